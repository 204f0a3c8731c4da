using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// One on-call rotation (manual §5.1, D18): its participants in order, how long a shift lasts, when shifts hand off
/// (a local date and wall-clock time in a zone) and the coverage window inside each shift.
/// </summary>
/// <remarks>
/// <para><b>Hand-offs.</b> Shift <c>k</c> starts on the local date <see cref="HandOffDate"/> + <c>k</c> ×
/// <see cref="ShiftLength"/>, at the first instant the local clock reaches <see cref="HandOffTime"/> (D18): a
/// hand-off time skipped by a DST change hands off at the transition, a repeated one at its first occurrence. So a
/// weekly shift is 167 or 169 real hours long across a DST change, and every instant belongs to exactly one shift.</para>
/// <para><b>Hour shifts</b> (issue 17, <see cref="ShiftLength.Hours"/>): shift <c>k</c> starts at the local date-time
/// <see cref="HandOffDate"/> + <see cref="HandOffTime"/> + <c>k</c> × the hours, by the same rule, so an 8-hour shift
/// spanning the spring-forward lasts 7 real hours and one spanning the fall-back 9; a 1-hour shift whose hand-off is
/// skipped is empty and has no holder. Such a shift is identified by its hand-off date and local time
/// (<see cref="RotationSlot.Time"/>, <see cref="OnCallShift.Time"/>).</para>
/// <para>The ready values of §5.1 are in <see cref="OnCallRotations"/>; change one with <c>with</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var support = OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica", "Alex");
/// var fortnightly = support with { ShiftLength = ShiftLength.Days(14) };
/// </code>
/// </example>
public sealed record Rotation
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>A short id such as <c>support</c>; unique within a team.</summary>
    public required string Name { get; init; }

    /// <summary>The level this rotation staffs; one rotation per level in a team.</summary>
    public required OnCallLevel Level { get; init; }

    /// <summary>The tzdb zone of hand-offs and coverage.</summary>
    /// <value>The default is <c>America/Los_Angeles</c>, the manual's "PT" (D1, D18).</value>
    public string TimeZoneId { get; init; } = BusinessCalendars.PacificTimeZoneId;

    /// <summary>The people who take turns, in rotation order.</summary>
    public ImmutableArray<string> Participants { get; init; } = [];

    /// <summary>How long one shift lasts.</summary>
    /// <value>The default is one week (§5.1, D18).</value>
    public ShiftLength ShiftLength { get; init; } = ShiftLength.Week;

    /// <summary>A date on which a shift starts; every other hand-off date follows from it and <see cref="ShiftLength"/>.</summary>
    /// <remarks>For weekly rotations only its weekday matters: a Monday anchor hands off every Monday.</remarks>
    public LocalDate HandOffDate { get; init; }

    /// <summary>The local wall-clock time of the hand-off.</summary>
    /// <value>The default is 09:00.</value>
    public LocalTime HandOffTime { get; init; } = new(9, 0);

    /// <summary>When the on-call person answers pages inside a shift.</summary>
    /// <value>The default is <see cref="CoverageWindow.AllHours"/>.</value>
    public CoverageWindow Coverage { get; init; } = CoverageWindow.AllHours;

    /// <summary>The rotation's zone from tzdb.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>A copy with these participants, in this order.</summary>
    /// <param name="participants">The people.</param>
    /// <returns>The new rotation.</returns>
    public Rotation WithParticipants(params string[] participants) => this with { Participants = [.. participants] };

    /// <summary>The coverage window compiled in this rotation's zone.</summary>
    /// <returns>The calendar that is open exactly when someone is on call.</returns>
    /// <remarks>The ready windows in <c>America/Los_Angeles</c> are compiled once and shared, like <see cref="BusinessCalendars"/>.</remarks>
    public BusinessCalendar CoverageCalendar() => Coverage.CalendarIn(TimeZoneId);

    /// <summary>The instant a hand-off on <paramref name="date"/> happens: the first instant the local clock reaches <see cref="HandOffTime"/> (D18).</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The hand-off instant.</returns>
    /// <example>
    /// <code>
    /// // Level 2 hands off Sundays 09:00 Los Angeles; on 2026-03-08 that is 09:00 PDT, 16:00 UTC.
    /// OnCallRotations.Engineering.HandOff(new LocalDate(2026, 3, 8));
    /// </code>
    /// </example>
    public Instant HandOff(LocalDate date) => HandOff(Zone, date, HandOffTime);

    /// <summary>True when a shift starts on <paramref name="date"/>.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>True for a hand-off date.</returns>
    public bool IsHandOffDate(LocalDate date)
    {
        if (!ShiftLength.IsHourBased)
        {
            return ShiftLength.HandOffDate(HandOffDate, ShiftLength.EstimateIndex(HandOffDate, date)) == date;
        }

        var index = ShiftLength.EstimateIndex(Anchor, date + LocalTime.MaxValue);
        return ShiftLength.HandOffAt(Anchor, index).Date == date;
    }

    /// <summary>True when a shift starts on <paramref name="date"/> at <paramref name="time"/>: the time must be null for day and month lengths, and a hand-off time for hour lengths.</summary>
    /// <param name="date">A local date.</param>
    /// <param name="time">The local hand-off time of an hour-based shift; null otherwise.</param>
    /// <returns>True for a hand-off.</returns>
    public bool IsHandOff(LocalDate date, LocalTime? time) => ShiftLength.IsHourBased
        ? time is { } t && ShiftLength.HandOffAt(Anchor, ShiftLength.EstimateIndex(Anchor, date + t)) == date + t
        : time is null && IsHandOffDate(date);

    /// <summary>The shift that starts on <paramref name="date"/> at the local <paramref name="time"/> (null for day and month lengths).</summary>
    /// <param name="date">The hand-off date.</param>
    /// <param name="time">The hand-off time of an hour-based shift; null otherwise.</param>
    /// <returns>The shift.</returns>
    /// <exception cref="ArgumentException">No shift starts then (see <see cref="IsHandOff"/>).</exception>
    public RotationSlot SlotOn(LocalDate date, LocalTime? time)
    {
        if (!ShiftLength.IsHourBased && time is null)
        {
            return SlotOn(date);
        }

        return IsHandOff(date, time)
            ? Slot(Zone, ShiftLength.EstimateIndex(Anchor, date + time!.Value))
            : throw new ArgumentException($"No shift of rotation {Name} starts on {date:uuuu-MM-dd}{(time is { } t ? $" at {HourMinute.Format(t)}" : string.Empty)}: {DescribeHandOff()}.", nameof(time));
    }

    /// <summary>The shift that contains <paramref name="instant"/>.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The shift's dates and instants.</returns>
    public RotationSlot SlotAt(Instant instant)
    {
        var zone = Zone;
        var index = ShiftLength.EstimateIndex(Anchor, instant.InZone(zone).LocalDateTime);
        while (Start(zone, index) > instant)
        {
            index--;
        }

        while (Start(zone, index + 1) <= instant)
        {
            index++;
        }

        return Slot(zone, index);
    }

    /// <summary>The shift that starts on the hand-off date <paramref name="date"/>.</summary>
    /// <param name="date">A hand-off date (see <see cref="IsHandOffDate"/>).</param>
    /// <returns>The shift.</returns>
    /// <exception cref="ArgumentException">The date is not a hand-off date.</exception>
    public RotationSlot SlotOn(LocalDate date)
    {
        if (ShiftLength.IsHourBased)
        {
            throw new ArgumentException($"Rotation {Name} hands off {DescribeHandOff()}; give the hand-off time too.", nameof(date));
        }

        var index = ShiftLength.EstimateIndex(HandOffDate, date);
        return ShiftLength.HandOffDate(HandOffDate, index) == date
            ? Slot(Zone, index)
            : throw new ArgumentException($"{date:uuuu-MM-dd} is not a hand-off date of rotation {Name}: {DescribeHandOff()}.", nameof(date));
    }

    /// <summary>Every non-empty shift that overlaps <c>[from, to)</c>, in order.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <returns>The shifts.</returns>
    public ImmutableArray<RotationSlot> Slots(Instant from, Instant to)
    {
        var zone = Zone;
        var builder = ImmutableArray.CreateBuilder<RotationSlot>();
        for (var slot = SlotAt(from); slot.Start < to; slot = Slot(zone, slot.Index + 1))
        {
            if (slot.End > slot.Start)
            {
                builder.Add(slot);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The hand-off rule in words, e.g. <c>every week on Monday at 09:00 America/Los_Angeles</c>.</summary>
    /// <returns>The description.</returns>
    public string DescribeHandOff()
    {
        var when = ShiftLength.IsHourBased ? $"every {ShiftLength.HourCount} hours from {HandOffDate:uuuu-MM-dd}"
            : ShiftLength == ShiftLength.Week ? $"every week on {HandOffDate.DayOfWeek}"
            : ShiftLength == ShiftLength.Month ? $"every month on day {HandOffDate.Day}"
            : ShiftLength.MonthCount > 0 ? $"every {ShiftLength.MonthCount} months from {HandOffDate:uuuu-MM-dd}"
            : $"every {ShiftLength.DayCount} days from {HandOffDate:uuuu-MM-dd}";
        return $"{when} at {HourMinute.Format(HandOffTime)} {TimeZoneId}";
    }

    /// <summary>The DST rule of D18: the first instant the local clock reaches <paramref name="time"/> on <paramref name="date"/>.</summary>
    internal static Instant HandOff(DateTimeZone zone, LocalDate date, LocalTime time)
    {
        var mapping = zone.MapLocal(date + time);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }

    /// <summary>The same rotation with another shift length (the weeks of an hour-based rotation).</summary>
    internal static Rotation WithShiftLength(Rotation rotation, ShiftLength length) => rotation with { ShiftLength = length };

    /// <summary>The local date-time of shift 0.</summary>
    private LocalDateTime Anchor => HandOffDate + HandOffTime;

    private Instant Start(DateTimeZone zone, long index)
    {
        var at = ShiftLength.HandOffAt(Anchor, index);
        return HandOff(zone, at.Date, at.TimeOfDay);
    }

    private RotationSlot Slot(DateTimeZone zone, long index)
    {
        var start = ShiftLength.HandOffAt(Anchor, index);
        var next = ShiftLength.HandOffAt(Anchor, index + 1);
        return new RotationSlot(index, start.Date, next.Date, HandOff(zone, start.Date, start.TimeOfDay), HandOff(zone, next.Date, next.TimeOfDay))
        {
            Time = ShiftLength.IsHourBased ? start.TimeOfDay : null,
        };
    }
}

/// <summary>One shift of a rotation, before anyone is assigned: its index, local dates and instants.</summary>
/// <param name="Index">The shift number counted from the rotation's <see cref="Rotation.HandOffDate"/> (shift 0).</param>
/// <param name="Date">The hand-off date the shift starts on.</param>
/// <param name="NextDate">The hand-off date of the next shift (the end, exclusive).</param>
/// <param name="Start">The hand-off instant that starts the shift (inclusive).</param>
/// <param name="End">The next hand-off instant (exclusive).</param>
public readonly record struct RotationSlot(long Index, LocalDate Date, LocalDate NextDate, Instant Start, Instant End)
{
    /// <summary>The local hand-off time of an hour-based shift (issue 17); null for day and month lengths, whose shifts a date identifies.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>The shift as a label: <c>2026-03-08</c>, or <c>2026-03-08 07:00</c> for an hour-based shift.</summary>
    public string Label => Time is { } t ? $"{Date:uuuu-MM-dd} {t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}" : $"{Date:uuuu-MM-dd}";

    /// <summary>The real length of the shift: 167 or 169 hours for a week across a DST change.</summary>
    public Duration Length => End - Start;
}
