using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>Small report tickets for hand-worked examples; times are Pacific wall-clock ("2026-01-26 10:00").</summary>
internal static class R
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static readonly LocalDate Monday = new(2026, 1, 26);

    public static ReportTicket Ticket(
        string id, Tier tier, Priority priority, string created, string? responded = null, params (string At, TicketStatus Status)[] changes) => new()
    {
        Ticket = new Ticket
        {
            Id = id,
            Tier = tier,
            Priority = priority,
            CreatedAt = Pt.At(created),
            FirstResponseAt = responded is null ? null : Pt.At(responded),
            StatusChanges = [.. changes.Select(c => new StatusChange(Pt.At(c.At), c.Status))],
        },
    };

    public static ReportTicket Resolved(string id, string created, string resolved, Tier tier = Tier.Enterprise) =>
        Ticket(id, tier, Priority.High, created, created, (resolved, TicketStatus.Resolved));

    public static ReportPeriod Day(LocalDate date) => ReportPeriod.Day(date, Zone);
}
