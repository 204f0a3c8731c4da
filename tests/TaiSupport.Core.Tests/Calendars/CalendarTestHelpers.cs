using NodaTime.Text;

namespace TaiSupport.Core.Tests.Calendars;

internal static class At
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Parses "2026-03-06T16:30:00-08:00" into an instant.</summary>
    public static Instant Parse(string text) => Pattern.Parse(text).GetValueOrThrow().ToInstant();

    public static string InZone(Instant instant, string zoneId) =>
        OffsetDateTimePattern.Rfc3339.Format(instant.InZone(DateTimeZoneProviders.Tzdb[zoneId]).ToOffsetDateTime());
}
