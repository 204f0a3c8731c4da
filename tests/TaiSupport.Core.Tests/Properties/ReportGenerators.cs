using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Random report tickets over two weeks from Monday 2026-01-12 PT (so weekly reports have a previous week): any tier and
/// priority, created at any minute, answered or not, up to four status changes (pauses, resolutions, reopens), CSAT,
/// tags and escalations. Ids are unique.
/// </summary>
public static class ReportGenerators
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 12, 8, 0); // Monday 00:00 PST
    private const int Span = 14 * 24 * 60;

    private static readonly string[] TagNames = ["API authentication errors", "Webhook configuration", "Billing questions", "Data import"];
    private static readonly string[] Destinations = ["engineering", "vpProduct", "finance", "legal"];
    private static readonly string[] People = ["Marcus", "Jessica", "Sarah"];

    private static Gen<Func<int, ReportTicket>> Ticket { get; } =
        from tier in Gen.Elements(Enum.GetValues<Tier>())
        from priority in Gen.Elements(Enum.GetValues<Priority>())
        from created in Gen.Choose(0, Span)
        from responseAfter in Gen.Frequency((3, Gen.Choose(0, 3000).Select(m => (int?)m)), (1, Gen.Constant((int?)null)))
        from changeCount in Gen.Choose(0, 4)
        from gaps in Gen.ListOf(Gen.Choose(0, 2000), changeCount)
        from statuses in Gen.ListOf(Gen.Elements(TicketStatus.InProgress, TicketStatus.WaitingOnCustomer, TicketStatus.Resolved, TicketStatus.Closed, TicketStatus.Resolved), changeCount)
        from csat in Gen.Frequency((2, Gen.Choose(0, 10).Select(c => (int?)c)), (1, Gen.Constant((int?)null)))
        from tagCount in Gen.Choose(0, 2)
        from tags in Gen.ListOf(Gen.Elements(TagNames), tagCount)
        from escalationCount in Gen.Choose(0, 2)
        from escalationAfter in Gen.ListOf(Gen.Choose(0, 3000), escalationCount)
        from destinations in Gen.ListOf(Gen.Elements(Destinations), escalationCount)
        from person in Gen.Elements(People)
        select (Func<int, ReportTicket>)(index => Build(index, tier, priority, created, responseAfter, gaps, statuses, csat, tags, escalationAfter, destinations, person));

    /// <summary>0–40 tickets.</summary>
    public static Gen<ReportTicket[]> Tickets { get; } =
        from count in Gen.Choose(0, 40)
        from makers in Gen.ListOf(Ticket, count)
        select makers.Select((make, i) => make(i)).ToArray();

    /// <summary>Tickets and a permutation of them.</summary>
    public static Gen<(ReportTicket[] Tickets, ReportTicket[] Shuffled)> TicketsAndShuffle { get; } =
        from tickets in Tickets
        from keys in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), tickets.Length)
        select (tickets, tickets.Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray());

    private static ReportTicket Build(
        int index, Tier tier, Priority priority, int created, int? responseAfter, IReadOnlyList<int> gaps, IReadOnlyList<TicketStatus> statuses,
        int? csat, IReadOnlyList<string> tags, IReadOnlyList<int> escalationAfter, IReadOnlyList<string> destinations, string person)
    {
        var createdAt = Start + Duration.FromMinutes(created);
        var at = createdAt;
        var changes = new List<StatusChange>();
        for (var i = 0; i < gaps.Count; i++)
        {
            at += Duration.FromMinutes(gaps[i]);
            changes.Add(new StatusChange(at, statuses[i]));
        }

        return new ReportTicket
        {
            Ticket = new Ticket
            {
                Id = $"T{index:000}",
                Tier = tier,
                Priority = priority,
                CreatedAt = createdAt,
                FirstResponseAt = responseAfter is { } r ? createdAt + Duration.FromMinutes(r) : null,
                StatusChanges = [.. changes],
                Assignee = person,
            },
            Csat = csat,
            Tags = [.. tags],
            Escalations = [.. escalationAfter.Zip(destinations).Select(e => new TicketEscalation(e.Second, createdAt + Duration.FromMinutes(e.First)))],
            ResolvedBy = index % 3 == 0 ? null : person,
        };
    }
}
