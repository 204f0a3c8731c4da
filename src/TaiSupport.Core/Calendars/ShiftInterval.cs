using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// One open interval of a business day, in local wall-clock time: from <see cref="Open"/> (inclusive)
/// to <see cref="Close"/> (exclusive).
/// </summary>
/// <remarks>
/// <para>A <see cref="Close"/> at or before <see cref="Open"/> means the shift runs past midnight and ends at
/// <see cref="Close"/> on the next day; it still belongs to the day it opens on (manual §1.2, D2). So
/// <c>22:00–06:00</c> is an eight-hour night shift, <c>09:00–00:00</c> ends at midnight (written <c>24:00</c> in
/// JSON) and <c>00:00–00:00</c> is the whole day (<see cref="AllDay"/>).</para>
/// </remarks>
/// <example>
/// <code>
/// var morning = new ShiftInterval(new LocalTime(9, 0), new LocalTime(12, 0));
/// var night = new ShiftInterval(new LocalTime(22, 0), new LocalTime(6, 0)); // runs past midnight
/// </code>
/// </example>
public readonly record struct ShiftInterval
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Creates a shift from <paramref name="open"/> to <paramref name="close"/>.</summary>
    /// <param name="open">The local time the shift opens (inclusive).</param>
    /// <param name="close">The local time it closes (exclusive); at or before <paramref name="open"/> means the next day.</param>
    public ShiftInterval(LocalTime open, LocalTime close)
    {
        Open = open;
        Close = close;
    }

    /// <summary>The whole day, <c>00:00–24:00</c>.</summary>
    public static ShiftInterval AllDay { get; } = new(LocalTime.Midnight, LocalTime.Midnight);

    /// <summary>The local time the shift opens (inclusive).</summary>
    public LocalTime Open { get; }

    /// <summary>The local time the shift closes (exclusive); on the next day when <see cref="EndsNextDay"/>.</summary>
    public LocalTime Close { get; }

    /// <summary>True when the shift runs past midnight (its close is at or before its open).</summary>
    public bool EndsNextDay => Close <= Open;

    /// <summary>The wall-clock length of the shift, between zero (exclusive) and 24 hours (inclusive).</summary>
    /// <remarks>On a day with a DST transition the real open time may be shorter or longer (D2).</remarks>
    public Duration Length => Duration.FromNanoseconds(LengthNanoseconds);

    internal long OpenNanoseconds => Open.NanosecondOfDay;

    internal long LengthNanoseconds
    {
        get
        {
            var length = Close.NanosecondOfDay - Open.NanosecondOfDay;
            return length > 0 ? length : length + NodaConstants.NanosecondsPerDay;
        }
    }

    /// <summary>Formats as <c>HH:mm–HH:mm</c>, writing a close at midnight as <c>24:00</c>.</summary>
    public override string ToString() => $"{Format(Open)}–{(Close == LocalTime.Midnight ? "24:00" : Format(Close))}";

    private static string Format(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 ? HourMinute.Format(time) : LocalTimePattern.ExtendedIso.Format(time);
}
