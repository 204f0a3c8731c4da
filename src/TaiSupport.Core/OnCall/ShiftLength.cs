using System.Globalization;
using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// How long one on-call shift lasts: a whole number of days (a week is 7), of calendar months (manual §5.1, D18), or
/// of hours that divides a day or a week (issue 17: 8- and 12-hour shifts, follow-the-sun hand-offs).
/// </summary>
/// <remarks>
/// Shift <c>k</c> of a rotation starts on the hand-off date <c>anchor + k × length</c>. Month shifts are counted from
/// the anchor each time, so an anchor on the 31st hands off on the last day of shorter months and on the 31st again
/// afterwards. Hour shifts are counted on the local clock: shift <c>k</c> starts at the local date-time
/// <c>anchor + k × hours</c> (docs/oncall.md, "Hour-based rotations").
/// </remarks>
/// <example>
/// <code>
/// ShiftLength.Week;        // 7 days (Levels 1 and 2)
/// ShiftLength.Month;       // one calendar month (Level 3)
/// ShiftLength.Days(10);    // any whole number of days
/// ShiftLength.Hours(8);    // three shifts a day
/// </code>
/// </example>
public readonly record struct ShiftLength
{
    private ShiftLength(int days, int months, int hours = 0)
    {
        DayCount = days;
        MonthCount = months;
        HourCount = hours;
    }

    /// <summary>Seven days.</summary>
    public static ShiftLength Week => new(7, 0);

    /// <summary>One calendar month.</summary>
    public static ShiftLength Month => new(0, 1);

    /// <summary>The number of days; zero for a month-based length.</summary>
    public int DayCount { get; }

    /// <summary>The number of calendar months; zero for a day-based length.</summary>
    public int MonthCount { get; }

    /// <summary>The number of hours; zero for a day- or month-based length.</summary>
    public int HourCount { get; }

    /// <summary>True for an hour-based length (see <see cref="Hours"/>).</summary>
    public bool IsHourBased => HourCount > 0;

    /// <summary>
    /// True for a usable length: 1–366 days, 1–12 months, or a number of hours below a week that divides a day or a
    /// week (1, 2, 3, 4, 6, 7, 8, 12, 14, 21, 28, 42, 56, 84) and is not a whole number of days.
    /// </summary>
    public bool IsValid => HourCount == 0
        ? (DayCount is >= 1 and <= 366 && MonthCount == 0) || (MonthCount is >= 1 and <= 12 && DayCount == 0)
        : DayCount == 0 && MonthCount == 0 && HourCount < 168 && HourCount % 24 != 0 && (24 % HourCount == 0 || 168 % HourCount == 0);

    /// <summary>A length of <paramref name="count"/> hours (issue 17), e.g. 8 or 12.</summary>
    /// <param name="count">A number of hours that divides 24 or 168 and is not a multiple of 24 (see <see cref="IsValid"/>).</param>
    /// <returns>The length.</returns>
    public static ShiftLength Hours(int count) => new(0, 0, count);

    /// <summary>A length of <paramref name="count"/> days.</summary>
    /// <param name="count">1–366.</param>
    /// <returns>The length.</returns>
    public static ShiftLength Days(int count) => new(count, 0);

    /// <summary>A length of <paramref name="count"/> calendar months.</summary>
    /// <param name="count">1–12.</param>
    /// <returns>The length.</returns>
    public static ShiftLength Months(int count) => new(0, count);

    /// <summary>Parses <c>week</c>, <c>month</c>, an ISO period of whole days, weeks or months (<c>P10D</c>, <c>P2W</c>, <c>P1M</c>) or an ISO duration of whole hours (<c>PT8H</c>, <c>PT12H</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="length">The length when the result is true.</param>
    /// <returns>True when the text is understood.</returns>
    public static bool TryParse(string text, out ShiftLength length)
    {
        ArgumentNullException.ThrowIfNull(text);
        length = default;
        switch (text)
        {
            case "week":
                length = Week;
                return true;
            case "month":
                length = Month;
                return true;
        }

        if (text.Length >= 4 && text.StartsWith("PT", StringComparison.Ordinal) && text[^1] == 'H')
        {
            length = int.TryParse(text.AsSpan(2, text.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) ? Hours(hours) : default;
            return length.IsValid;
        }

        if (text.Length < 3 || text[0] != 'P' || !int.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        length = text[^1] switch
        {
            'D' => Days(count),
            'W' => Days(count * 7),
            'M' => Months(count),
            _ => default,
        };
        return length.IsValid;
    }

    /// <summary>The hand-off date of shift <paramref name="index"/> counted from <paramref name="anchor"/> (shift 0).</summary>
    /// <param name="anchor">The date of shift 0.</param>
    /// <param name="index">Any shift index, negative for earlier shifts.</param>
    /// <returns>The local date the shift starts on.</returns>
    public LocalDate HandOffDate(LocalDate anchor, long index) =>
        MonthCount > 0 ? anchor.PlusMonths(checked((int)(index * MonthCount))) : anchor.PlusDays(checked((int)(index * DayCount)));

    /// <summary>Writes <c>week</c>, <c>month</c>, <c>P10D</c>, <c>P2M</c> or <c>PT8H</c>.</summary>
    /// <returns>The text that <see cref="TryParse"/> reads back.</returns>
    public override string ToString() => this == Week ? "week" : this == Month ? "month" : HourCount > 0 ? $"PT{HourCount}H" : MonthCount > 0 ? $"P{MonthCount}M" : $"P{DayCount}D";

    /// <summary>The local date-time shift <paramref name="index"/> starts at, counted from <paramref name="anchor"/> (shift 0).</summary>
    /// <param name="anchor">The local date-time of shift 0.</param>
    /// <param name="index">Any shift index.</param>
    /// <returns>The local hand-off date-time (mapped to an instant by the DST rule of D18).</returns>
    public LocalDateTime HandOffAt(LocalDateTime anchor, long index) =>
        HourCount > 0 ? anchor.PlusHours(checked(index * HourCount)) : HandOffDate(anchor.Date, index) + anchor.TimeOfDay;

    /// <summary>A close estimate of the index of the shift starting on or before the local date-time <paramref name="at"/>.</summary>
    internal long EstimateIndex(LocalDateTime anchor, LocalDateTime at)
    {
        if (HourCount == 0)
        {
            return EstimateIndex(anchor.Date, at.Date);
        }

        var minutes = ((long)Period.DaysBetween(anchor.Date, at.Date) * 1440) + ((at.TimeOfDay.TickOfDay - anchor.TimeOfDay.TickOfDay) / NodaConstants.TicksPerMinute);
        return FloorDiv(minutes, HourCount * 60L);
    }

    /// <summary>A close estimate of the index of the shift starting on or before <paramref name="date"/>.</summary>
    internal long EstimateIndex(LocalDate anchor, LocalDate date)
    {
        if (MonthCount > 0)
        {
            var months = ((long)date.Year - anchor.Year) * 12 + date.Month - anchor.Month;
            return FloorDiv(months, MonthCount);
        }

        return FloorDiv(Period.DaysBetween(anchor, date), DayCount);
    }

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }
}
