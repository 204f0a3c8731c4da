using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Incidents;

/// <summary>How incident reasons and messages write spans, percentages, counts and clock times.</summary>
internal static class IncidentText
{
    private static readonly LocalTimePattern ClockTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>A span for a trace, in the one human spelling: <c>3m 1s</c>, <c>1h 5m</c>, <c>0m</c>.</summary>
    public static string Span(Duration duration) => TaiSupport.Core.Text.HumanDuration.Format(duration);

    /// <summary>A span in milliseconds: <c>1001 ms</c>.</summary>
    public static string Milliseconds(Duration duration) => $"{Number(duration.ToInt64Nanoseconds() / 1_000_000m)} ms";

    /// <summary>A percentage: <c>50.1 %</c>.</summary>
    public static string Percent(decimal value) => $"{Number(value)} %";

    /// <summary>A decimal without trailing zeros, invariant culture: <c>50.1</c>, <c>5</c>.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators: <c>8,234</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A duration for messages, in the one human spelling rounded to the minute: <c>45m</c>, <c>1h 5m</c>, <c>168h</c>.</summary>
    public static string Words(Duration duration) =>
        TaiSupport.Core.Text.HumanDuration.Format(Duration.FromMinutes((long)Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero)));

    /// <summary>A local clock time for traces: <c>14:05</c>.</summary>
    public static string Clock(Instant instant, DateTimeZone zone) => ClockTime.Format(instant.InZone(zone).TimeOfDay);
}
