using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Incidents;

/// <summary>How incident reasons and messages write spans, percentages, counts and clock times.</summary>
internal static class IncidentText
{
    private static readonly LocalTimePattern ClockTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>A span for a trace: <c>3 min 1 s</c>, <c>1 h 5 min</c>, <c>0 s</c>.</summary>
    public static string Span(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            return "-" + Span(-duration);
        }

        var hours = (long)Math.Floor(duration.TotalHours);
        var seconds = (duration - Duration.FromHours(hours) - Duration.FromMinutes(duration.Minutes)).ToInt64Nanoseconds() / 1_000_000_000m;
        var parts = new List<string>(3);
        if (hours > 0)
        {
            parts.Add($"{hours} h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add($"{duration.Minutes} min");
        }

        if (seconds > 0 || parts.Count == 0)
        {
            parts.Add($"{Number(seconds)} s");
        }

        return string.Join(' ', parts);
    }

    /// <summary>A span in milliseconds: <c>1001 ms</c>.</summary>
    public static string Milliseconds(Duration duration) => $"{Number(duration.ToInt64Nanoseconds() / 1_000_000m)} ms";

    /// <summary>A percentage: <c>50.1 %</c>.</summary>
    public static string Percent(decimal value) => $"{Number(value)} %";

    /// <summary>A decimal without trailing zeros, invariant culture: <c>50.1</c>, <c>5</c>.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators: <c>8,234</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A duration in words for messages: <c>45 minutes</c>, <c>1 hour 5 minutes</c>, <c>1 week</c>.</summary>
    public static string Words(Duration duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes > 0 && minutes % (7 * 24 * 60) == 0)
        {
            return Plural(minutes / (7 * 24 * 60), "week");
        }

        if (minutes > 0 && minutes % (24 * 60) == 0)
        {
            return Plural(minutes / (24 * 60), "day");
        }

        var hours = minutes / 60;
        var rest = minutes % 60;
        return hours == 0 ? Plural(rest, "minute")
            : rest == 0 ? Plural(hours, "hour")
            : $"{Plural(hours, "hour")} {Plural(rest, "minute")}";
    }

    /// <summary>A local clock time for traces: <c>14:05</c>.</summary>
    public static string Clock(Instant instant, DateTimeZone zone) => ClockTime.Format(instant.InZone(zone).TimeOfDay);

    private static string Plural(long count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
