using NodaTime;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.Cli;

/// <summary>
/// The dates and instants a command-line option may name: the library's one range, <see cref="SupportedDates"/>
/// (0002-01-01 to 9996-12-31), the same range every input reader accepts. Calendar arithmetic reaches years −9997 to
/// 9997; an option is a period's anchor from which commands step weeks, months, a year back (trends) or forward (dues,
/// rotas), so the range keeps a year of room on both sides. Outside it the option is unusable: exit code 2 with this
/// message, never an overflow.
/// </summary>
internal static class OptionRange
{
    /// <summary>The first date an option may name.</summary>
    public static readonly LocalDate First = SupportedDates.First;

    /// <summary>The last date an option may name.</summary>
    public static readonly LocalDate Last = SupportedDates.Last;

    /// <summary>The date itself, or a <see cref="CliFatalException"/> naming <paramref name="option"/> when it lies outside the range.</summary>
    public static LocalDate Date(LocalDate date, string option) =>
        date >= First && date <= Last ? date : throw Outside(option, NodaTime.Text.LocalDatePattern.Iso.Format(date));

    /// <summary>The month itself, or a <see cref="CliFatalException"/> when it lies outside the range.</summary>
    public static YearMonth Month(YearMonth month, string option) =>
        month.OnDayOfMonth(1) >= First && month.OnDayOfMonth(1) <= Last ? month : throw Outside(option, NodaTime.Text.YearMonthPattern.Iso.Format(month));

    /// <summary>The instant itself, or a <see cref="CliFatalException"/> when its UTC date lies outside the range.</summary>
    public static Instant Instant(Instant instant, string option) =>
        instant.InUtc().Date >= First && instant.InUtc().Date <= Last ? instant : throw Outside(option, Core.Text.OffsetInstant.Format(instant, DateTimeZone.Utc));

    private static CliFatalException Outside(string option, string value) =>
        new($"{option}: {value} is outside the dates tai computes with, {SupportedDates.Description}.");
}
