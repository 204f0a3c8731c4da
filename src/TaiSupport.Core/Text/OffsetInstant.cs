using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Text;

/// <summary>
/// The one spelling of an instant in files and outputs: RFC 3339 with the offset of a zone,
/// such as <c>2026-03-09T12:30:00-07:00</c> (fractional seconds only when present).
/// </summary>
/// <example><code>OffsetInstant.Format(Instant.FromUtc(2026, 3, 9, 19, 30), zone); // "2026-03-09T12:30:00-07:00" in Los Angeles</code></example>
public static class OffsetInstant
{
    /// <summary>The earliest instant a reader accepts: 0002-01-01T00:00:00Z, the start of <see cref="SupportedDates.First"/>. Earlier ones are problems, not overflows.</summary>
    public static readonly Instant MinValue = Instant.FromUtc(SupportedDates.First.Year, SupportedDates.First.Month, SupportedDates.First.Day, 0, 0);

    /// <summary>The latest instant a reader accepts: 9996-12-31T23:59:59.999999999Z, the end of <see cref="SupportedDates.Last"/>, so a year of calendar arithmetic after it cannot overflow.</summary>
    public static readonly Instant MaxValue = Instant.FromUtc(SupportedDates.Last.Year, SupportedDates.Last.Month, SupportedDates.Last.Day, 0, 0) + Duration.FromDays(1) - Duration.Epsilon;

    /// <summary>Formats <paramref name="instant"/> in <paramref name="zone"/> with its offset.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The zone whose offset is written.</param>
    /// <returns>RFC 3339 text such as <c>2026-01-26T16:45:00-08:00</c>.</returns>
    public static string Format(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime());
    }

    /// <summary>Reads an RFC 3339 instant with an offset (<c>Z</c> or <c>±hh:mm</c>) between <see cref="MinValue"/> and <see cref="MaxValue"/> (<see cref="SupportedDates"/>).</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="value">The instant read, or the Unix epoch when <paramref name="problem"/> is set.</param>
    /// <param name="problem">A plain sentence saying what is wrong, or null.</param>
    /// <returns>True when <paramref name="text"/> is an instant in range.</returns>
    public static bool TryParse(string? text, out Instant value, out string? problem)
    {
        value = NodaConstants.UnixEpoch;
        if (string.IsNullOrEmpty(text))
        {
            problem = "is empty; write an instant with its offset such as 2026-03-09T12:30:00-07:00.";
            return false;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            problem = $"\"{SafeText.Echo(text, 60)}\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z.";
            return false;
        }

        var local = parsed.Value.LocalDateTime;
        if (local.Year < SupportedDates.First.Year - 1 || local.Year > SupportedDates.Last.Year + 1)
        {
            // Checked on the local value first: converting an extreme local time with its offset can leave NodaTime's range.
            problem = SupportedDates.OutOfRange(text);
            return false;
        }

        var instant = parsed.Value.ToInstant();
        if (!SupportedDates.Contains(instant))
        {
            problem = SupportedDates.OutOfRange(text);
            return false;
        }

        value = instant;

        problem = null;
        return true;
    }
}
