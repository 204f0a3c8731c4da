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
}
