using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Benchmarks.UserData;

/// <summary>Seeded, repeatable built-in workloads: the same numbers on every run and machine.</summary>
internal static class Workloads
{
    /// <summary>
    /// <paramref name="count"/> tickets of every tier and priority, created over the 30 days before <paramref name="now"/>,
    /// two in three answered within 10 hours, with 0–6 status changes up to two days apart.
    /// </summary>
    public static Ticket[] Tickets(int count, Instant now, int seed)
    {
        var random = new Random(seed);
        var statuses = Enum.GetValues<TicketStatus>();
        var tickets = new Ticket[count];
        for (var i = 0; i < tickets.Length; i++)
        {
            var created = now - Duration.FromMinutes(random.Next(0, 60 * 24 * 30));
            var changes = ImmutableArray.CreateBuilder<StatusChange>();
            var at = created;
            for (var c = random.Next(0, 7); c > 0; c--)
            {
                at += Duration.FromMinutes(random.Next(0, 60 * 24 * 2));
                changes.Add(new StatusChange(at, statuses[random.Next(statuses.Length)]));
            }

            tickets[i] = new Ticket
            {
                Id = $"T-{i}",
                Tier = (Tier)random.Next(3),
                Priority = (Priority)random.Next(4),
                CreatedAt = created,
                FirstResponseAt = random.Next(3) == 0 ? null : created + Duration.FromMinutes(random.Next(0, 600)),
                StatusChanges = changes.ToImmutable(),
            };
        }

        return tickets;
    }

    /// <summary><paramref name="count"/> instants spread uniformly over the 365 days from <paramref name="from"/>.</summary>
    public static Instant[] InstantsOverAYear(int count, Instant from, int seed)
    {
        var random = new Random(seed);
        var year = Duration.FromDays(365).TotalTicks;
        return [.. Enumerable.Range(0, count).Select(_ => from + Duration.FromTicks((long)(random.NextDouble() * year)))];
    }
}
