using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A ticket and an evaluation instant, all on whole minutes in Los Angeles time.</summary>
public sealed record SlaCase(Ticket Ticket, Instant Now)
{
    public override string ToString() => $"now {Now}: {TicketJson.Write(Ticket, DateTimeZoneProviders.Tzdb[SlaGenerators.Zone])}";
}

/// <summary>
/// Generators for SLA properties: tickets created between 2000 and 2035 (half of them within two days of a DST
/// change), any tier and priority, up to six status changes with gaps of zero (equal-time changes), minutes or days,
/// a first response or none, and an evaluation instant up to two weeks after creation.
/// </summary>
public static class SlaGenerators
{
    public const string Zone = "America/Los_Angeles";

    private static readonly Gen<int> Gap = Gen.Frequency(
        (2, Gen.Constant(0)),
        (5, Gen.Choose(1, 600)),
        (3, Gen.Choose(600, 6000)));

    private static readonly Gen<TicketStatus> Status = Gen.Elements(Enum.GetValues<TicketStatus>());

    public static Gen<Priority> AnyPriority { get; } = Gen.Elements(Enum.GetValues<Priority>());

    public static Gen<Ticket> Ticket(Gen<Priority> priority) =>
        from created in CalendarGenerators.InstantIn(Zone)
        from tier in Gen.Elements(Enum.GetValues<Tier>())
        from p in priority
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 6)))
        from gaps in Gen.ListOf(Gap, count)
        from statuses in Gen.ListOf(Status, count)
        from response in Gen.Frequency((1, Gen.Constant(-1)), (2, Gap))
        select Build(created, tier, p, gaps, statuses, response);

    public static Gen<SlaCase> Case(Gen<Priority> priority) =>
        from ticket in Ticket(priority)
        from after in Gen.Frequency((1, Gen.Choose(0, 600)), (3, Gen.Choose(0, 20_000)))
        select new SlaCase(ticket, ticket.CreatedAt + Duration.FromMinutes(after));

    public static Gen<SlaCase> AnyCase { get; } = Case(AnyPriority);

    /// <summary>A case with a window <c>[from, to)</c> of whole minutes between creation and now.</summary>
    public static Gen<(SlaCase Case, Instant From, Instant To)> CaseWithWindow { get; } =
        from c in AnyCase
        let span = (int)(c.Now - c.Ticket.CreatedAt).TotalMinutes
        from a in Gen.Choose(0, span)
        from b in Gen.Choose(a, span)
        select (c, c.Ticket.CreatedAt + Duration.FromMinutes(a), c.Ticket.CreatedAt + Duration.FromMinutes(b));

    /// <summary>The ticket, waiting on the customer over <c>[from, to)</c> and as before everywhere else.</summary>
    public static Ticket Pause(Ticket ticket, Instant from, Instant to)
    {
        var changes = ImmutableArray.CreateBuilder<StatusChange>();
        changes.AddRange(ticket.StatusChanges.Where(c => c.At <= from));
        changes.Add(new StatusChange(from, TicketStatus.WaitingOnCustomer));
        changes.Add(new StatusChange(to, ticket.StatusAt(to)));
        changes.AddRange(ticket.StatusChanges.Where(c => c.At > to));
        return ticket with { StatusChanges = changes.ToImmutable() };
    }

    private static Ticket Build(Instant created, Tier tier, Priority priority, IList<int> gaps, IList<TicketStatus> statuses, int response)
    {
        var at = created;
        var changes = ImmutableArray.CreateBuilder<StatusChange>(gaps.Count);
        for (var i = 0; i < gaps.Count; i++)
        {
            at += Duration.FromMinutes(gaps[i]);
            changes.Add(new StatusChange(at, statuses[i]));
        }

        return new Ticket
        {
            Id = "P-1",
            Tier = tier,
            Priority = priority,
            CreatedAt = created,
            FirstResponseAt = response < 0 ? null : created + Duration.FromMinutes(response),
            StatusChanges = changes.MoveToImmutable(),
        };
    }
}
