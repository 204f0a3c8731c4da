using System.Globalization;
using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// How long one on-call shift lasts: a whole number of days (a week is 7) or of calendar months (manual §5.1, D18).
/// </summary>
/// <remarks>
/// Shift <c>k</c> of a rotation starts on the hand-off date <c>anchor + k × length</c>. Month shifts are counted from
/// the anchor each time, so an anchor on the 31st hands off on the last day of shorter months and on the 31st again
/// afterwards.
/// </remarks>
/// <example>
/// <code>
/// ShiftLength.Week;        // 7 days (Levels 1 and 2)
/// ShiftLength.Month;       // one calendar month (Level 3)
/// ShiftLength.Days(10);    // any whole number of days
/// </code>
/// </example>
public readonly record struct ShiftLength
{
    private ShiftLength(int days, int months)
    {
        DayCount = days;
        MonthCount = months;
    }

    /// <summary>Seven days.</summary>
    public static ShiftLength Week => new(7, 0);

    /// <summary>One calendar month.</summary>
    public static ShiftLength Month => new(0, 1);

    /// <summary>The number of days; zero for a month-based length.</summary>
    public int DayCount { get; }

    /// <summary>The number of calendar months; zero for a day-based length.</summary>
    public int MonthCount { get; }

    /// <summary>True for a usable length: 1–366 days or 1–12 months.</summary>
    public bool IsValid => (DayCount is >= 1 and <= 366 && MonthCount == 0) || (MonthCount is >= 1 and <= 12 && DayCount == 0);

    /// <summary>A length of <paramref name="count"/> days.</summary>
    /// <param name="count">1–366.</param>
    /// <returns>The length.</returns>
    public static ShiftLength Days(int count) => new(count, 0);

    /// <summary>A length of <paramref name="count"/> calendar months.</summary>
    /// <param name="count">1–12.</param>
    /// <returns>The length.</returns>
    public static ShiftLength Months(int count) => new(0, count);

    /// <summary>Parses <c>week</c>, <c>month</c>, or an ISO period of whole days, weeks or months (<c>P10D</c>, <c>P2W</c>, <c>P1M</c>).</summary>
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

    /// <summary>Writes <c>week</c>, <c>month</c>, <c>P10D</c> or <c>P2M</c>.</summary>
    /// <returns>The text that <see cref="TryParse"/> reads back.</returns>
    public override string ToString() => this == Week ? "week" : this == Month ? "month" : MonthCount > 0 ? $"P{MonthCount}M" : $"P{DayCount}D";

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
