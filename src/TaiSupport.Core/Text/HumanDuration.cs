using System.Globalization;
using NodaTime;

namespace TaiSupport.Core.Text;

/// <summary>
/// The one spelling of a duration for people, used in every trace, message and text report:
/// <c>56h</c>, <c>1h 30m</c>, <c>45m</c>, <c>2m 30s</c>, <c>0m</c>, <c>-30m</c>.
/// </summary>
/// <example><code>HumanDuration.Format(Duration.FromMinutes(90)); // "1h 30m"</code></example>
public static class HumanDuration
{
    /// <summary>Formats <paramref name="duration"/> as hours, minutes and seconds, largest unit first, zero parts left out.</summary>
    /// <param name="duration">Any duration; negative durations get a leading minus sign.</param>
    /// <returns>The text, such as <c>1h 30m</c>; zero is <c>0m</c>.</returns>
    public static string Format(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            return "-" + Format(-duration);
        }

        var hours = (long)Math.Floor(duration.TotalHours);
        var rest = duration - Duration.FromHours(hours);
        var parts = new List<string>(3);
        if (hours > 0)
        {
            parts.Add(hours.ToString(CultureInfo.InvariantCulture) + "h");
        }

        if (rest.Minutes > 0)
        {
            parts.Add(rest.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        }

        var seconds = rest.Seconds + (rest.SubsecondNanoseconds / 1e9m);
        if (seconds > 0)
        {
            parts.Add(seconds.ToString("0.#########", CultureInfo.InvariantCulture) + "s");
        }

        return parts.Count == 0 ? "0m" : string.Join(' ', parts);
    }

    /// <summary>
    /// Formats <paramref name="duration"/> in words for text a customer reads (the manual's templates say
    /// "2 weeks", "4 hours"): whole weeks as weeks; from two days up, whole days (rounded down: "15 days"); below that,
    /// hours and minutes in words. Traces and staff messages use <see cref="Format"/>.
    /// </summary>
    /// <param name="duration">Any duration; negative durations get a leading minus sign.</param>
    /// <returns>The words, such as <c>2 weeks</c>, <c>15 days</c>, <c>36 hours</c>, <c>1 hour 30 minutes</c>; zero is <c>0 minutes</c>.</returns>
    /// <example><code>HumanDuration.FormatInWords(Duration.FromDays(14)); // "2 weeks"</code></example>
    public static string FormatInWords(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            return "-" + FormatInWords(-duration);
        }

        var minutes = (long)Math.Floor(duration.TotalMinutes);
        const long Day = 24 * 60;
        if (minutes >= Day && minutes % (7 * Day) == 0)
        {
            return Count(minutes / (7 * Day), "week");
        }

        if (minutes >= 2 * Day)
        {
            return Count(minutes / Day, "day");
        }

        var (hours, rest) = (minutes / 60, minutes % 60);
        return (hours, rest) switch
        {
            (0, _) => Count(rest, "minute"),
            (_, 0) => Count(hours, "hour"),
            _ => Count(hours, "hour") + " " + Count(rest, "minute"),
        };
    }

    private static string Count(long n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? string.Empty : "s");
}
