using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A ticket linked to an incident counts once among the affected customers, whatever the link order (§3.2 phase 2).</summary>
public sealed class IncidentTicketProperties
{
    private static readonly Instant Start = Instant.FromUtc(2026, 2, 10, 22, 0);

    private static readonly Gen<(int Item1, int Item2, int Item3)> Row =
        from customer in Gen.Choose(0, 9)
        from tier in Gen.Choose(0, 2)
        from minute in Gen.Choose(0, 120)
        select (customer, tier, minute);

    private static readonly Gen<IncidentTicket[]> Tickets =
        from count in Gen.Choose(0, 30)
        from rows in Gen.ArrayOf(Row, count)
        select rows.Select((r, i) => new IncidentTicket
        {
            TicketId = $"T{i}", CustomerId = $"C{r.Item1}", Tier = (Tier)r.Item2, OpenedAt = Start + Duration.FromMinutes(r.Item3),
        }).ToArray();

    private static readonly Gen<(IncidentTicket[] Tickets, string[] Links, string[] Reordered)> Linked =
        from tickets in Tickets
        from picks in Gen.ArrayOf(Gen.Choose(0, 35))
        let links = picks.Select(p => $"T{p}").ToArray()
        from keys in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), links.Length * 2)
        select (tickets, links, links.Concat(links).Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray());

    [Property(MaxTest = 300)]
    public Property Affected_LinkOrderAndRepeats_DoNotChangeTheCount() =>
        Prop.ForAll(Arb.From(Linked), x =>
        {
            var a = IncidentTickets.Affected(x.Links, x.Tickets);
            var b = IncidentTickets.Affected(x.Reordered, x.Tickets);
            var linkedKnown = x.Links.Distinct().Where(id => x.Tickets.Any(t => t.TicketId == id)).ToArray();
            return a.Customers == b.Customers && a.Tickets == b.Tickets && a.ByTier.SequenceEqual(b.ByTier)
                && a.CustomerIds.SequenceEqual(b.CustomerIds) && a.Note == b.Note
                && a.Tickets == linkedKnown.Length
                && a.Customers == linkedKnown.Select(id => x.Tickets.First(t => t.TicketId == id).CustomerId).Distinct().Count()
                && a.ByTier.Sum(t => t.Customers) == a.Customers && a.ByTier.Sum(t => t.Tickets) == a.Tickets;
        });
}
