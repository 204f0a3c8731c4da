using NodaTime.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Sla;

/// <summary>Pacific-time instants and tickets for SLA examples (D1: every default calendar is America/Los_Angeles).</summary>
internal static class Pt
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly OffsetDateTimePattern Offset = OffsetDateTimePattern.Rfc3339;

    /// <summary>"2026-01-23 17:55" Pacific wall-clock time (must exist and be unambiguous).</summary>
    public static Instant At(string local) => Pattern.Parse(local).GetValueOrThrow().InZoneStrictly(Zone).ToInstant();

    /// <summary>An instant as Pacific time with offset: 2026-01-26T12:55:00-08:00.</summary>
    public static string Show(Instant? instant) => instant is { } i ? Offset.Format(i.InZone(Zone).ToOffsetDateTime()) : "null";

    public static Ticket Ticket(Tier tier, Priority priority, string created, params (string At, TicketStatus Status)[] changes) => new()
    {
        Id = "T-1",
        Tier = tier,
        Priority = priority,
        CreatedAt = At(created),
        StatusChanges = [.. changes.Select(c => new StatusChange(At(c.At), c.Status))],
    };
}
