using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Text;

/// <summary>
/// The one range of dates the library computes with: 0002-01-01 to 9996-12-31 (UTC for instants). Every reader of an
/// instant (<see cref="OffsetInstant.TryParse"/>) or a date refuses values outside it as a problem at the field's path,
/// and the engines that step weeks, months or a year from an input (dues, reports, rotas, plans) validate against it, so
/// no input inside the range overflows NodaTime's calendar arithmetic (years −9997 to 9997): a year of room on both sides.
/// </summary>
public static class SupportedDates
{
    /// <summary>The first supported date, 0002-01-01.</summary>
    public static readonly LocalDate First = new(2, 1, 1);

    /// <summary>The last supported date, 9996-12-31.</summary>
    public static readonly LocalDate Last = new(9996, 12, 31);

    private static readonly Instant FirstComputable = Instant.FromUtc(1, 1, 2, 0, 0), LastComputable = Instant.FromUtc(9997, 12, 31, 0, 0);

    /// <summary>The range as text for messages: <c>0002-01-01 to 9996-12-31</c>.</summary>
    public static readonly string Description = $"{LocalDatePattern.Iso.Format(First)} to {LocalDatePattern.Iso.Format(Last)}";

    /// <summary>Whether <paramref name="date"/> lies in the supported range.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>True when <see cref="First"/> ≤ <paramref name="date"/> ≤ <see cref="Last"/>.</returns>
    public static bool Contains(LocalDate date) => date >= First && date <= Last;

    /// <summary>Whether the UTC date of <paramref name="instant"/> lies in the supported range.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>True when its UTC date is between <see cref="First"/> and <see cref="Last"/>.</returns>
    public static bool Contains(Instant instant) => instant >= OffsetInstant.MinValue && instant <= OffsetInstant.MaxValue;

    /// <summary>Whether every day of <paramref name="month"/> lies in the supported range.</summary>
    /// <param name="month">Any month.</param>
    /// <returns>True when its first and last days are supported.</returns>
    public static bool Contains(YearMonth month) => Contains(month.OnDayOfMonth(1)) && Contains(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));

    /// <summary>
    /// Whether an engine can compute at <paramref name="instant"/>: 0001-01-02 to 9997-12-31 (UTC), the supported dates and
    /// a year of room either side (where a report evaluates a period's end), so every result can still be shown in any zone.
    /// </summary>
    internal static bool IsComputable(Instant instant) => instant >= FirstComputable && instant <= LastComputable;

    /// <summary>The sentence a reader appends to an out-of-range value.</summary>
    internal static string OutOfRange(string text) =>
        $"\"{SafeText.Echo(text, 60)}\" is out of range, outside the dates tai computes with: {Description} (UTC).";
}
