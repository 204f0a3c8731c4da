using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Sla;

/// <summary>Durations in SLA JSON (ISO-8601 hours, minutes, seconds: <c>PT4H</c>, <c>PT1H30M</c>) and in trace sentences (<c>1h 30m</c>).</summary>
internal static class SlaDurations
{
    /// <summary>Formats as <c>PT18H</c>, <c>PT1H30M</c>, <c>PT0S</c>; hours are never folded into days (a business day is not 24 hours, D4).</summary>
    public static string ToIso(Duration duration)
    {
        var sign = duration < Duration.Zero ? "-" : string.Empty;
        var span = duration < Duration.Zero ? -duration : duration;
        var text = new StringBuilder();
        var hours = (long)Math.Floor(span.TotalHours);
        if (hours > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hours}H");
        }

        if (span.Minutes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{span.Minutes}M");
        }

        var seconds = span.Seconds + (span.SubsecondNanoseconds / 1e9m);
        if (seconds > 0)
        {
            text.Append(seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
        }

        return $"{sign}PT{(text.Length == 0 ? "0S" : text.ToString())}";
    }

    /// <summary>Parses <c>PT…</c> durations; refuses days, weeks, months and years, which are ambiguous on business calendars (D4).</summary>
    /// <returns>The duration, or null with <paramref name="problem"/> set.</returns>
    public static Duration? FromIso(string text, out string? problem)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success)
        {
            problem = $"\"{text}\" is not an ISO-8601 duration; write hours and minutes such as PT4H or PT1H30M.";
            return null;
        }

        if (parsed.Value.HasDateComponent)
        {
            problem = $"\"{text}\" counts days, which are ambiguous on business calendars (a Professional business day is 9 hours, D4); write the hours, such as PT18H.";
            return null;
        }

        problem = null;
        return parsed.Value.ToDuration();
    }

    /// <summary>Formats for people: <c>56h</c>, <c>1h 30m</c>, <c>45m</c>, <c>2m 30s</c>, <c>0m</c>.</summary>
    public static string ToHuman(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            return "-" + ToHuman(-duration);
        }

        var hours = (long)Math.Floor(duration.TotalHours);
        var parts = new List<string>(3);
        if (hours > 0)
        {
            parts.Add(hours.ToString(CultureInfo.InvariantCulture) + "h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add(duration.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        }

        var seconds = duration.Seconds + (duration.SubsecondNanoseconds / 1e9m);
        if (seconds > 0)
        {
            parts.Add(seconds.ToString("0.#########", CultureInfo.InvariantCulture) + "s");
        }

        return parts.Count == 0 ? "0m" : string.Join(' ', parts);
    }
}
