using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Text;

/// <summary>
/// The one ISO-8601 duration spelling of the library, used by every file, trace and output:
/// hours, minutes and seconds, never days (<c>PT24H</c>, <c>PT336H</c>, <c>-PT30M</c>, <c>PT0S</c>, <c>PT1H30M</c>).
/// </summary>
/// <remarks>
/// Days are never written because a business day is not 24 hours (a Professional business day is 9 hours, D4):
/// <c>P1D</c> in a file would read as 24 hours of open time to one reader and as one working day to another.
/// Readers accept days only where a caller says a day is unambiguous (<see cref="IsoDurationDays.AsTwentyFourHours"/>),
/// and then read one day as exactly 24 hours. Weeks, months and years are never accepted.
/// </remarks>
/// <example><code>
/// IsoDuration.Format(Duration.FromHours(24));       // "PT24H"
/// IsoDuration.Format(Duration.FromMinutes(-30));    // "-PT30M"
/// IsoDuration.TryParse("PT1H30M", out var d, out _); // d == 90 minutes
/// </code></example>
public static class IsoDuration
{
    /// <summary>The largest magnitude a reader accepts: 100 years of 365.25 days. Longer spans are problems, not overflows.</summary>
    public static readonly Duration MaxMagnitude = Duration.FromDays(36_525);

    /// <summary>Formats <paramref name="duration"/> in the library's one ISO spelling: <c>PT24H</c>, <c>-PT30M</c>, <c>PT0S</c>, <c>PT2.5S</c>.</summary>
    /// <param name="duration">Any duration; negative durations get a leading minus sign.</param>
    /// <returns>The ISO-8601 text, hours never folded into days.</returns>
    public static string Format(Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return "PT0S";
        }

        var negative = duration < Duration.Zero;
        var span = negative ? -duration : duration;
        var text = new StringBuilder(negative ? "-PT" : "PT", 16);
        var hours = (long)span.TotalHours;
        var rest = span - Duration.FromHours(hours);
        if (rest < Duration.Zero)
        {
            hours--;
            rest += Duration.FromHours(1);
        }

        if (hours > 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (rest.Minutes > 0)
        {
            text.Append(rest.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        var seconds = rest.Seconds + (rest.SubsecondNanoseconds / 1e9m);
        if (seconds > 0)
        {
            text.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }

        return text.ToString();
    }

    /// <summary>Reads an ISO-8601 duration such as <c>PT4H</c>, <c>-PT30M</c> or <c>PT1H30M</c>.</summary>
    /// <param name="text">The text to read; null or empty is a problem.</param>
    /// <param name="value">The duration read, or zero when <paramref name="problem"/> is set.</param>
    /// <param name="problem">A plain sentence saying what is wrong, or null.</param>
    /// <param name="days">Whether a day component is refused (the default) or read as 24 hours.</param>
    /// <returns>True when <paramref name="text"/> is a duration in range.</returns>
    public static bool TryParse(string? text, out Duration value, out string? problem, IsoDurationDays days = IsoDurationDays.Refused)
    {
        value = Duration.Zero;
        if (string.IsNullOrEmpty(text))
        {
            problem = "is empty; write an ISO-8601 duration such as PT4H or PT1H30M.";
            return false;
        }

        // The one spelling puts the sign before the P (-PT30M, as Format writes it); NodaTime reads it on each component.
        var negative = text[0] == '-' && text.Length > 1 && text[1] is 'P' or 'p';
        var parsed = PeriodPattern.NormalizingIso.Parse(negative ? text[1..] : text);
        if (!parsed.Success)
        {
            problem = $"\"{Quote(text)}\" is not an ISO-8601 duration; write hours and minutes such as PT4H or PT1H30M.";
            return false;
        }

        var period = parsed.Value;
        if (period.Years != 0 || period.Months != 0 || period.Weeks != 0)
        {
            problem = $"\"{Quote(text)}\" counts weeks, months or years, which have no fixed length; write the hours, such as PT336H.";
            return false;
        }

        if (period.Days != 0 && days == IsoDurationDays.Refused)
        {
            problem = $"\"{Quote(text)}\" counts days, which are ambiguous on business calendars (a Professional business day is 9 hours, D4); write the hours, such as PT24H.";
            return false;
        }

        if (!TryToDuration(period, out value))
        {
            problem = $"\"{Quote(text)}\" is longer than {MaxMagnitude.Days} days, the longest duration the library reads.";
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        problem = null;
        return true;
    }

    private static bool TryToDuration(Period period, out Duration value)
    {
        value = Duration.Zero;
        try
        {
            // Each component is bounded before summing so no step can overflow.
            decimal nanos = (period.Days * 86_400m * 1e9m) + (period.Hours * 3_600m * 1e9m) + (period.Minutes * 60m * 1e9m)
                + (period.Seconds * 1e9m) + (period.Milliseconds * 1e6m) + (period.Ticks * 100m) + period.Nanoseconds;
            if (Math.Abs(nanos) > (decimal)MaxMagnitude.TotalNanoseconds)
            {
                return false;
            }

            value = Duration.FromNanoseconds((long)nanos);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Echoes user text in a problem sentence without lone surrogates or control characters, and at most 60 characters long.</summary>
    internal static string Quote(string text) => SafeText.Echo(text, 60);
}

/// <summary>Whether a duration reader accepts a day component.</summary>
public enum IsoDurationDays
{
    /// <summary>Days are refused with a problem: the default, because a business day is not 24 hours (D4).</summary>
    Refused = 0,

    /// <summary>One day reads as exactly 24 hours of elapsed (wall-clock) time, for fields where that is unambiguous.</summary>
    AsTwentyFourHours = 1,
}
