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

    /// <summary>
    /// Changes from a date (issue 17): each starts a new shift sequence at its hand-off on <see cref="RotationChange.From"/>
    /// (at <see cref="HandOffTime"/>), cutting any shift in progress there; shifts before it never move.
    /// </summary>
    /// <value>Empty by default; in increasing <see cref="RotationChange.From"/> order, each after <see cref="HandOffDate"/>.</value>
    public ImmutableArray<RotationChange> Changes { get; init; } = [];

    /// <summary>The participants, in order, of the sequence that <paramref name="slot"/> belongs to (the latest change at or before it, else <see cref="Participants"/>).</summary>
    /// <param name="slot">A shift of this rotation.</param>
    /// <returns>The order in force for that shift.</returns>
    public ImmutableArray<string> ParticipantsFor(RotationSlot slot)
    {
        if (Changes.IsDefaultOrEmpty)
        {
            return Participants;
        }

        return SequenceOf(slot.Index).Order;
    }

    /// <summary>Everyone who takes a turn at some time: <see cref="Participants"/> and every change's order.</summary>
    internal IEnumerable<string> AllParticipants => Changes.IsDefaultOrEmpty
        ? Participants
        : Participants.Concat(Changes.Where(c => c?.Order is { IsDefault: false }).SelectMany(c => c.Order!.Value)).Distinct(StringComparer.Ordinal);

    /// <summary>The number of the shift sequence (0 before the first change) that shift <paramref name="index"/> belongs to, and its order.</summary>
    internal (int Sequence, ImmutableArray<string> Order) SequenceOf(long index)
    {
        if (Changes.IsDefaultOrEmpty)
        {
            return (0, Participants);
        }

        var segments = Segments(Zone);
        var at = SegmentOf(segments, index);
        return (at, segments[at].Order);
    }

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
        if (!Changes.IsDefaultOrEmpty)
        {
            var zone = Zone;
            for (var slot = SlotAt(HandOff(zone, date, LocalTime.Midnight)); slot.Date <= date; slot = Slot(zone, slot.Index + 1))
            {
                if (slot.Date == date)
                {
                    return true;
                }
            }

            return false;
        }

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
    public bool IsHandOff(LocalDate date, LocalTime? time) => !Changes.IsDefaultOrEmpty
        ? (time is null) != ShiftLength.IsHourBased && SlotAt(HandOff(Zone, date, time ?? HandOffTime)) is var s && s.Date == date && s.Time == time
        : ShiftLength.IsHourBased
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

        if (!Changes.IsDefaultOrEmpty && IsHandOff(date, time))
        {
            return SlotAt(HandOff(Zone, date, time!.Value));
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
        if (!Changes.IsDefaultOrEmpty)
        {
            var segments = Segments(zone);
            var at = segments.Length - 1;
            while (at > 0 && segments[at].Start > instant)
            {
                at--;
            }

            return Slot(zone, segments, at, segments[at].Base + SegmentIndexAt(zone, segments[at], instant));
        }

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

        if (!Changes.IsDefaultOrEmpty)
        {
            var slot = SlotAt(HandOff(date));
            return slot.Date == date
                ? slot
                : throw new ArgumentException($"{date:uuuu-MM-dd} is not a hand-off date of rotation {Name}: {DescribeHandOff()}, changing from {string.Join(", ", Changes.Select(c => c.From.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}.", nameof(date));
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
        if (!Changes.IsDefaultOrEmpty)
        {
            var segments = Segments(zone);
            return Slot(zone, segments, SegmentOf(segments, index), index);
        }

        var start = ShiftLength.HandOffAt(Anchor, index);
        var next = ShiftLength.HandOffAt(Anchor, index + 1);
        return new RotationSlot(index, start.Date, next.Date, HandOff(zone, start.Date, start.TimeOfDay), HandOff(zone, next.Date, next.TimeOfDay))
        {
            Time = ShiftLength.IsHourBased ? start.TimeOfDay : null,
        };
    }
    /// <summary>One sequence of shifts: from <c>Start</c> (inclusive) to the next one's start; shift <c>k</c> of it has index <c>Base + k</c>.</summary>
    private readonly record struct Segment(LocalDateTime Anchor, ShiftLength Length, ImmutableArray<string> Order, long Base, Instant Start, LocalDate? NextFrom, Instant End);

    private ImmutableArray<Segment> Segments(DateTimeZone zone)
    {
        var builder = ImmutableArray.CreateBuilder<Segment>(Changes.Length + 1);
        var current = new Segment(Anchor, ShiftLength, Participants, 0, Instant.MinValue, null, Instant.MaxValue);
        foreach (var change in Changes)
        {
            var start = HandOff(zone, change.From, HandOffTime);
            var cut = current with { NextFrom = change.From, End = start };
            builder.Add(cut);
            var local = SegmentIndexAt(zone, cut, start);
            var first = cut.Base + local + (SegmentStart(zone, cut, local) == start ? 0 : 1);
            current = new Segment(change.From + HandOffTime, change.Length ?? current.Length, change.Order ?? current.Order, first, start, null, Instant.MaxValue);
        }

        builder.Add(current);
        return builder.MoveToImmutable();
    }

    private static int SegmentOf(ImmutableArray<Segment> segments, long index)
    {
        var at = segments.Length - 1;
        while (at > 0 && segments[at].Base > index)
        {
            at--;
        }

        return at;
    }

    private static Instant SegmentStart(DateTimeZone zone, Segment segment, long local)
    {
        var at = segment.Length.HandOffAt(segment.Anchor, local);
        return HandOff(zone, at.Date, at.TimeOfDay);
    }

    private static long SegmentIndexAt(DateTimeZone zone, Segment segment, Instant instant)
    {
        var index = segment.Length.EstimateIndex(segment.Anchor, instant.InZone(zone).LocalDateTime);
        while (SegmentStart(zone, segment, index) > instant)
        {
            index--;
        }

        while (SegmentStart(zone, segment, index + 1) <= instant)
        {
            index++;
        }

        return index;
    }

    private static RotationSlot Slot(DateTimeZone zone, ImmutableArray<Segment> segments, int at, long index)
    {
        var segment = segments[at];
        var local = index - segment.Base;
        var start = segment.Length.HandOffAt(segment.Anchor, local);
        var next = segment.Length.HandOffAt(segment.Anchor, local + 1);
        var startInstant = HandOff(zone, start.Date, start.TimeOfDay);
        var endInstant = HandOff(zone, next.Date, next.TimeOfDay);
        var nextDate = next.Date;
        if (endInstant > segment.End)
        {
            endInstant = segment.End;
            nextDate = segment.NextFrom!.Value;
        }

        return new RotationSlot(index, start.Date, nextDate, startInstant, endInstant)
        {
            Time = segment.Length.IsHourBased ? start.TimeOfDay : null,
        };
    }
}

/// <summary>A change of a rotation from a hand-off date on (issue 17): a new shift length, a new order, or both.</summary>
/// <param name="From">The local date of the first hand-off under the change, at the rotation's hand-off time; the shift in progress then ends there.</param>
/// <param name="Length">The new shift length; null keeps the one in force (hour-based only after hour-based, day or month only after day or month).</param>
/// <param name="Order">The new participants in rotation order; null keeps the order in force.</param>
public sealed record RotationChange(LocalDate From, ShiftLength? Length = null, ImmutableArray<string>? Order = null);

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
