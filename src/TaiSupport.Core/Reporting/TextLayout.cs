using System.Globalization;
using System.Text;

namespace TaiSupport.Core.Reporting;

/// <summary>The manual's plain-text layout: titled sections whose lines hang from <c>├─</c> and <c>└─</c> (§8.1, §8.2, §6.3).</summary>
internal static class TextLayout
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Appends a section title and its lines as a tree.</summary>
    public static StringBuilder Tree(this StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        text.Append(title).Append('\n');
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(i == lines.Count - 1 ? "└─ " : "├─ ").Append(lines[i]).Append('\n');
        }

        return text.Append('\n');
    }

    /// <summary>Appends a section title and its lines numbered 1., 2., …</summary>
    public static StringBuilder Numbered(this StringBuilder text, string title, IReadOnlyList<string> lines, string whenEmpty)
    {
        text.Append(title).Append('\n');
        if (lines.Count == 0)
        {
            text.Append(whenEmpty).Append('\n');
        }

        for (var i = 0; i < lines.Count; i++)
        {
            text.Append((i + 1).ToString(Invariant)).Append(". ").Append(lines[i]).Append('\n');
        }

        return text.Append('\n');
    }

    /// <summary>A whole percentage, rounded half away from zero: <c>96%</c>; <c>n/a</c> without a denominator.</summary>
    public static string Percent(decimal? value) =>
        value is { } v ? Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%" : "n/a";

    /// <summary>One decimal: <c>9.4</c>.</summary>
    public static string OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", Invariant);

    /// <summary>An average time rounded to whole minutes, in the one human spelling: <c>2h 18m</c>, <c>4h</c>; <c>n/a</c> when there is nothing to average.</summary>
    public static string Hours(NodaTime.Duration? duration) => Minutes(duration);

    /// <summary>A time of day with the zone label: <c>8:00 AM PT</c>.</summary>
    public static string Time(NodaTime.Instant instant, NodaTime.DateTimeZone zone, string label) =>
        $"{ClockTime.Format(instant.InZone(zone).TimeOfDay)} {label}";

    /// <summary>A time of day, with its date when it is not <paramref name="onDate"/>: <c>8:00 AM PT</c> or <c>Jan 25, 3:00 PM PT</c>.</summary>
    public static string TimeOn(NodaTime.Instant instant, NodaTime.DateTimeZone zone, string label, NodaTime.LocalDate onDate)
    {
        var local = instant.InZone(zone);
        return local.Date == onDate ? Time(instant, zone, label) : $"{ShortDate.Format(local.Date)}, {Time(instant, zone, label)}";
    }

    /// <summary>"Monday, January 26, 2026".</summary>
    public static string LongDate(NodaTime.LocalDate date) => LongDatePattern.Format(date);

    /// <summary>An instant as RFC 3339 in a zone: <c>2026-01-26T16:30:00-08:00</c>.</summary>
    public static string Rfc3339(NodaTime.Instant instant, NodaTime.DateTimeZone zone) =>
        TaiSupport.Core.Text.OffsetInstant.Format(instant, zone);

    private static readonly NodaTime.Text.LocalTimePattern ClockTime = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("h:mm tt");
    private static readonly NodaTime.Text.LocalDatePattern ShortDate = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("MMM d");
    private static readonly NodaTime.Text.LocalDatePattern LongDatePattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("dddd, MMMM d, uuuu");

    /// <summary>Rounded to whole minutes, in the one human spelling: <c>42m</c>, <c>1h 30m</c>.</summary>
    public static string Minutes(NodaTime.Duration? duration) =>
        duration is { } d
            ? TaiSupport.Core.Text.HumanDuration.Format(NodaTime.Duration.FromMinutes((long)Math.Round((decimal)d.TotalMinutes, 0, MidpointRounding.AwayFromZero)))
            : "n/a";

    /// <summary>A count with thousands separators: <c>12,000</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    /// <summary>"1 ticket", "8 tickets".</summary>
    public static string Plural(long n, string noun) => $"{n.ToString(Invariant)} {noun}{(n == 1 ? string.Empty : "s")}";
}
