using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>Working days and questions about closed time (issue 13; docs/calendars.md "Working days", "Queries").</summary>
public sealed partial class BusinessCalendar
{
    private static readonly Duration MaxZoneOffset = Duration.FromHours(18);
    private static readonly LocalDate EpochDate = new(1970, 1, 1);
    private const long FirstCachedDayBlock = FirstCachedChunk * 364 / WorkingDayBlock.Days;
    private const int CachedDayBlocks = CachedChunks * 364 / WorkingDayBlock.Days;

    /// <summary>
    /// Blocks whose days (with four days' margin for a day's look-ups) lie inside the supported chunks (see
    /// <c>MinChunk</c>/<c>MaxChunk</c>; recomputed here because static fields of partial files initialise in no set order).
    /// </summary>
    private static readonly long FirstSafeDayBlock =
        FloorDiv(((FloorDiv(Instant.MinValue.ToUnixTimeTicks(), ChunkTicks) + 2) * 364) + 4, WorkingDayBlock.Days) + 1;

    private static readonly long LastSafeDayBlock =
        FloorDiv(((FloorDiv(Instant.MaxValue.ToUnixTimeTicks(), ChunkTicks) - 1) * 364) - 4, WorkingDayBlock.Days) - 1;

    private WorkingDayBlock?[]? nearDayBlocks;
    private System.Collections.Concurrent.ConcurrentDictionary<long, WorkingDayBlock>? farDayBlocks;

    /// <summary>
    /// Whether <paramref name="date"/> (a local date in <see cref="Zone"/>) is a working day: its local day has open
    /// time of its own. The after-midnight tail of an overnight stretch that opened the day before and closes during
    /// this day belongs to the day before, so it alone does not make a working day; a stretch that runs through the
    /// whole day (24/7) does.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => OwnOpenTimeFrom(Computable(date, nameof(date))) is not null;

    /// <summary>The first working day strictly after <paramref name="date"/>; null when the calendar never opens again.</summary>
    /// <param name="date">The local date to count from (itself excluded).</param>
    /// <returns>The next working day, or null.</returns>
    public LocalDate? NextWorkingDay(LocalDate date)
    {
        var candidate = Computable(date, nameof(date)).PlusDays(1);
        var from = OwnOpenTimeFrom(candidate, out var dayStart);
        if (from is not null)
        {
            return candidate;
        }

        // Nothing of its own on the candidate: the next opening after its start (or after its tail) starts the next working day.
        var cursor = IsOpen(dayStart) && IsOpen(dayStart - Duration.Epsilon) ? NextClosing(dayStart) : dayStart;
        var opening = cursor is { } c ? NextOpening(c) : null;
        return opening is { } o ? LocalDateOf(o) : null;
    }

    /// <summary>The last working day strictly before <paramref name="date"/>; null when the calendar was never open before it.</summary>
    /// <param name="date">The local date to count back from (itself excluded).</param>
    /// <returns>The previous working day, or null.</returns>
    public LocalDate? PreviousWorkingDay(LocalDate date)
    {
        var end = LocalToInstant(Computable(date, nameof(date)).AtMidnight());
        while (true)
        {
            Instant lastOpen;
            if (IsOpen(end - Duration.Epsilon))
            {
                lastOpen = end - Duration.Epsilon;
            }
            else if (PreviousClosing(end) is { } closing)
            {
                lastOpen = closing - Duration.Epsilon;
            }
            else
            {
                return null;
            }

            var candidate = LocalDateOf(lastOpen);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }

            end = LocalToInstant(candidate.AtMidnight());
        }
    }

    /// <summary>
    /// The working hours of <paramref name="date"/>: from its first own open instant to the closing of its last open
    /// stretch (which may be after midnight for an overnight shift); null when it is not a working day.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <returns>The stretch, or null.</returns>
    public TimeStretch? WorkingHours(LocalDate date)
    {
        if (OwnOpenTimeFrom(Computable(date, nameof(date))) is not { } first)
        {
            return null;
        }

        var nextDayStart = LocalToInstant(date.PlusDays(1).AtMidnight());
        Instant end;
        if (IsOpen(nextDayStart - Duration.Epsilon))
        {
            // The last stretch runs to midnight: its after-midnight tail is this day's when it closes within the next day.
            var closing = NextClosing(nextDayStart - Duration.Epsilon);
            end = closing is { } c && c < LocalToInstant(date.PlusDays(2).AtMidnight()) ? c : nextDayStart;
        }
        else
        {
            end = PreviousClosing(nextDayStart) ?? nextDayStart;
        }

        return new TimeStretch(first, end);
    }

    /// <summary>
    /// Moves <paramref name="days"/> working days from <paramref name="start"/>: the target is the
    /// <paramref name="days"/>-th working day after the start's local date (the start's own date never counts, open
    /// or not; zero means the start's date when it is a working day, else the next one; negative counts back), and
    /// <paramref name="mode"/> picks the instant on it.
    /// </summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="days">How many working days to move.</param>
    /// <param name="mode">Which instant of the target day; <see cref="WorkingDayMode.AtLocalTime"/> needs the overload with a time.</param>
    /// <returns>The instant on the target working day.</returns>
    /// <exception cref="InvalidOperationException">The calendar runs out of working days.</exception>
    /// <example>
    /// <code>
    /// // Mon–Fri 09–17: Friday 16:30 plus 1 working day at the same time is Monday 16:30.
    /// var due = calendar.AddWorkingDays(friday1630, 1, WorkingDayMode.SameLocalTime);
    /// </code>
    /// </example>
    public Instant AddWorkingDays(Instant start, int days, WorkingDayMode mode)
    {
        if (mode == WorkingDayMode.AtLocalTime)
        {
            throw new ArgumentException("AtLocalTime needs a time: use AddWorkingDays(start, days, mode, at).", nameof(mode));
        }

        return AddWorkingDays(start, days, mode, LocalTime.Midnight);
    }

    /// <summary>As <see cref="AddWorkingDays(Instant, int, WorkingDayMode)"/>, with the clock time for <see cref="WorkingDayMode.AtLocalTime"/>.</summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="days">How many working days to move.</param>
    /// <param name="mode">Which instant of the target day.</param>
    /// <param name="at">The local time used by <see cref="WorkingDayMode.AtLocalTime"/>; ignored by the other modes.</param>
    /// <returns>The instant on the target working day.</returns>
    /// <exception cref="InvalidOperationException">The calendar runs out of working days.</exception>
    public Instant AddWorkingDays(Instant start, int days, WorkingDayMode mode, LocalTime at)
    {
        var local = (Text.SupportedDates.IsComputable(start) ? start : throw OutsideComputable(start, nameof(start))).InZone(Zone).LocalDateTime;
        return TryMoveWorkingDaysByBlocks(local.Date, days, out var block, out var rank)
            ? OnWorkingDay(local, block.Date(rank), block.Hours(rank), mode, at)
            : AddWorkingDaysDayByDay(start, days, mode, at);
    }

    /// <summary>
    /// <see cref="AddWorkingDays(Instant, int, WorkingDayMode, LocalTime)"/> without the precomputed blocks: one
    /// <see cref="NextWorkingDay"/> / <see cref="PreviousWorkingDay"/> per day. The fallback near the ends of the
    /// supported range, and the reference the blocks are tested against.
    /// </summary>
    internal Instant AddWorkingDaysDayByDay(Instant start, int days, WorkingDayMode mode, LocalTime at)
    {
        var local = start.InZone(Zone).LocalDateTime;
        var date = MoveWorkingDays(local.Date, days);
        return OnWorkingDay(local, date, WorkingHours(date)!.Value, mode, at);
    }

    private Instant OnWorkingDay(LocalDateTime local, LocalDate date, TimeStretch hours, WorkingDayMode mode, LocalTime at)
    {
        switch (mode)
        {
            case WorkingDayMode.AtLocalTime:
                return LocalToInstant(date + at);
            case WorkingDayMode.StartOfDay:
                return hours.Start;
            case WorkingDayMode.EndOfDay:
                return hours.End;
            case WorkingDayMode.SameLocalTime:
                var sameTime = LocalToInstant(date + local.TimeOfDay);
                if (sameTime <= hours.Start)
                {
                    return hours.Start;
                }

                if (sameTime >= hours.End)
                {
                    return hours.End;
                }

                return IsOpen(sameTime) ? sameTime : NextOpening(sameTime) ?? hours.End;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown working-day mode.");
        }
    }

    /// <summary>
    /// How many working days <see cref="AddWorkingDays(Instant, int, WorkingDayMode)"/> moves from
    /// <paramref name="from"/> to reach <paramref name="to"/>: forward, the working days <c>d</c> with
    /// <paramref name="from"/> &lt; d ≤ <paramref name="to"/>; backward (<paramref name="to"/> earlier), minus the
    /// working days with <paramref name="to"/> ≤ d &lt; <paramref name="from"/>.
    /// </summary>
    /// <param name="from">The date counted from (never counted itself).</param>
    /// <param name="to">The date counted to.</param>
    /// <returns>The count; its cost grows with the count (one jump per working day), never day by day over closed days.</returns>
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        (from, to) = (Computable(from, nameof(from)), Computable(to, nameof(to)));
        if (to < from)
        {
            return -(CountForward(to, from) - (IsWorkingDay(from) ? 1 : 0) + (IsWorkingDay(to) ? 1 : 0));
        }

        return CountForward(from, to);
    }

    /// <summary>Whether <paramref name="date"/> is a holiday: of the definition, or for a composed calendar of both operands (union), either (intersection) or the left one (difference).</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a holiday.</returns>
    public bool IsHoliday(LocalDate date) => Operator switch
    {
        CalendarOperator.None => Definition.Holidays.Contains(date),
        CalendarOperator.Union => Left!.IsHoliday(date) && Right!.IsHoliday(date),
        CalendarOperator.Intersect => Left!.IsHoliday(date) || Right!.IsHoliday(date),
        _ => Left!.IsHoliday(date),
    };

    /// <summary>The name of the holiday on <paramref name="date"/> (from <see cref="BusinessCalendarDefinition.HolidayNames"/>, searching a composed calendar's operands left first), or null.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The name, or null when the date is not a holiday or has no name.</returns>
    public string? HolidayName(LocalDate date) =>
        !IsHoliday(date) ? null
        : Operator == CalendarOperator.None ? Definition.HolidayNames.GetValueOrDefault(date)
        : Left!.HolidayName(date) ?? Right!.HolidayName(date);

    /// <summary>
    /// Why the calendar is closed at <paramref name="instant"/>: <see cref="Calendars.ClosedReason.Open"/> when it is
    /// open; else a holiday or override on the local date, a break between two open stretches of that date, or outside hours.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The reason.</returns>
    public ClosedReason ClosedReason(Instant instant)
    {
        if (IsOpen(instant))
        {
            return Calendars.ClosedReason.Open;
        }

        var date = LocalDateOf(instant);
        if (IsHoliday(date))
        {
            return Calendars.ClosedReason.Holiday;
        }

        if (Operator == CalendarOperator.None && Definition.Overrides.ContainsKey(date))
        {
            return Calendars.ClosedReason.Override;
        }

        var dayStart = LocalToInstant(date.AtMidnight());
        var nextDayStart = LocalToInstant(date.PlusDays(1).AtMidnight());
        var before = PreviousClosing(instant) is { } closing && closing > dayStart;
        var after = NextOpening(instant) is { } opening && opening < nextDayStart;
        return before && after ? Calendars.ClosedReason.BetweenShifts : Calendars.ClosedReason.OutsideHours;
    }

    /// <summary>The open stretches within <c>[from, to)</c>, clipped to it; an allocation-free <c>foreach</c>.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <returns>The stretches, in order.</returns>
    public CalendarStretches OpenStretches(Instant from, Instant to) => new(this, from, to, open: true);

    /// <summary>The closed stretches within <c>[from, to)</c>, clipped to it; an allocation-free <c>foreach</c>.</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <returns>The stretches, in order.</returns>
    public CalendarStretches ClosedStretches(Instant from, Instant to) => new(this, from, to, open: false);

    private int CountForward(LocalDate from, LocalDate to)
    {
        var count = 0;
        var day = from;
        while (NextWorkingDay(day) is { } next && next <= to)
        {
            count++;
            day = next;
        }

        return count;
    }

    private LocalDate LocalDateOf(Instant instant) => instant.InZone(Zone).Date;

    private LocalDate MoveWorkingDays(LocalDate date, int days)
    {
        if (days == 0)
        {
            return IsWorkingDay(date) ? date : NextWorkingDay(date) ?? throw NoMoreWorkingDays(date);
        }

        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDay(date) ?? throw NoMoreWorkingDays(date);
        }

        for (var i = 0; i > days; i--)
        {
            date = PreviousWorkingDay(date) ?? throw NoMoreWorkingDays(date);
        }

        return date;
    }

    /// <summary>
    /// <see cref="MoveWorkingDays"/> through the precomputed <see cref="WorkingDayBlock"/>s: the target's block and
    /// its rank there. A block without working days is jumped with <see cref="NextWorkingDay"/> /
    /// <see cref="PreviousWorkingDay"/> (which jump by openings, not days). False near the ends of the supported
    /// range, where the caller takes the day-by-day path; throws like it when the calendar runs out of working days.
    /// </summary>
    private bool TryMoveWorkingDaysByBlocks(LocalDate date, int days, out WorkingDayBlock block, out int rank)
    {
        var epochDay = WorkingDayBlock.EpochDay(date);
        var index = FloorDiv(epochDay, WorkingDayBlock.Days);
        var offset = (int)(epochDay - (index * WorkingDayBlock.Days));
        if (DayBlockAt(index) is not { } current)
        {
            block = null!;
            rank = 0;
            return false;
        }

        block = current;
        if (days == 0)
        {
            if (block.CountBefore(offset + 1) > block.CountBefore(offset))
            {
                rank = block.CountBefore(offset);
                return true;
            }

            days = 1;
        }

        if (days > 0)
        {
            // rank counts working days from the block's first one; it may run past the block.
            rank = block.CountBefore(offset + 1) + days - 1;
            while (rank >= block.Count)
            {
                rank -= block.Count;
                var last = block.FirstDate.PlusDays(WorkingDayBlock.Days - 1);
                if (DayBlockAt(++index) is not { } next)
                {
                    return false;
                }

                if (next.Count == 0)
                {
                    var jump = NextWorkingDay(last.PlusDays(WorkingDayBlock.Days)) ?? throw NoMoreWorkingDays(last);
                    var jumpDay = WorkingDayBlock.EpochDay(jump);
                    index = FloorDiv(jumpDay, WorkingDayBlock.Days);
                    if (DayBlockAt(index) is not { } landed)
                    {
                        return false;
                    }

                    next = landed;
                    rank += next.CountBefore((int)(jumpDay - (index * WorkingDayBlock.Days)));
                }

                block = next;
            }

            return true;
        }

        // Backward: rank may run before the block (negative).
        rank = block.CountBefore(offset) + days;
        while (rank < 0)
        {
            var first = block.FirstDate;
            if (DayBlockAt(--index) is not { } previous)
            {
                return false;
            }

            rank += previous.Count;
            if (previous.Count == 0)
            {
                // rank + 1 more working days are needed before the empty block; the first of them is jump.
                var jump = PreviousWorkingDay(first.PlusDays(-WorkingDayBlock.Days)) ?? throw NoMoreWorkingDays(first);
                var jumpDay = WorkingDayBlock.EpochDay(jump);
                index = FloorDiv(jumpDay, WorkingDayBlock.Days);
                if (DayBlockAt(index) is not { } landed)
                {
                    return false;
                }

                previous = landed;
                rank += previous.CountBefore((int)(jumpDay - (index * WorkingDayBlock.Days))) + 1;
            }

            block = previous;
        }

        return true;
    }

    /// <summary>The memoised working-day block <paramref name="index"/>, or null when it lies too near the supported range's ends.</summary>
    private WorkingDayBlock? DayBlockAt(long index)
    {
        if (index < FirstSafeDayBlock || index > LastSafeDayBlock)
        {
            return null;
        }

        var slot = index - FirstCachedDayBlock;
        if ((ulong)slot < CachedDayBlocks)
        {
            var near = Volatile.Read(ref nearDayBlocks) ?? (Interlocked.CompareExchange(ref nearDayBlocks, new WorkingDayBlock?[CachedDayBlocks], null) ?? nearDayBlocks);
            var cached = Volatile.Read(ref near[slot]);
            if (cached is not null)
            {
                return cached;
            }

            var built = BuildDayBlock(index);
            return Interlocked.CompareExchange(ref near[slot], built, null) ?? built;
        }

        var far = Volatile.Read(ref farDayBlocks)
            ?? Interlocked.CompareExchange(ref farDayBlocks, new System.Collections.Concurrent.ConcurrentDictionary<long, WorkingDayBlock>(), null)
            ?? farDayBlocks;
        return far.GetOrAdd(index, BuildDayBlock);
    }

    private WorkingDayBlock BuildDayBlock(long index) =>
        WorkingDayBlock.Build(EpochDate.PlusDays(checked((int)(index * WorkingDayBlock.Days))), WorkingHours);

    private static InvalidOperationException NoMoreWorkingDays(LocalDate date) =>
        new($"The calendar has no more working days beyond {date:yyyy-MM-dd}.");

    private Instant? OwnOpenTimeFrom(LocalDate date) => OwnOpenTimeFrom(date, out _);

    /// <summary>The first open instant of the date's own open time (excluding the previous day's tail), or null.</summary>
    private Instant? OwnOpenTimeFrom(LocalDate date, out Instant dayStart)
    {
        dayStart = LocalToInstant(date.AtMidnight());
        var nextDayStart = LocalToInstant(date.PlusDays(1).AtMidnight());
        var from = dayStart;
        if (IsOpen(dayStart))
        {
            if (!IsOpen(dayStart - Duration.Epsilon))
            {
                return dayStart;
            }

            // A stretch from the day before: the whole day if it lasts past this day, else only its tail.
            var closing = NextClosing(dayStart);
            if (closing is null || closing >= nextDayStart)
            {
                return dayStart;
            }

            from = closing.Value;
        }

        return NextOpening(from) is { } opening && opening < nextDayStart ? opening : null;
    }

    /// <summary>
    /// The earliest instant whose local date-time in <see cref="Zone"/> is at or after <paramref name="local"/>: an
    /// ambiguous time gives its earlier occurrence, a skipped one the end of the gap. Allocates nothing.
    /// </summary>
    private Instant LocalToInstant(LocalDateTime local)
    {
        var asUtc = local.InUtc().ToInstant();
        var zoneInterval = Zone.GetZoneInterval(asUtc - MaxZoneOffset);
        while (true)
        {
            var candidate = asUtc - Duration.FromSeconds(zoneInterval.WallOffset.Seconds);
            if (zoneInterval.HasStart && candidate < zoneInterval.Start)
            {
                return zoneInterval.Start;
            }

            if (!zoneInterval.HasEnd || candidate < zoneInterval.End)
            {
                return candidate;
            }

            zoneInterval = Zone.GetZoneInterval(zoneInterval.End);
        }
    }

    /// <summary><paramref name="date"/> when a working-day method can compute with it (years 1 to 9997: the supported dates and a year of room either side); else an <see cref="ArgumentOutOfRangeException"/> naming the parameter.</summary>
    private static LocalDate Computable(LocalDate date, string name) => date.Year is >= 1 and <= 9997 ? date : throw OutsideComputable(date, name);

    private static ArgumentOutOfRangeException OutsideComputable(object value, string name) =>
        new(name, value, $"{value} is outside the dates a calendar computes with: 0001 to 9997 (the supported dates {Text.SupportedDates.Description} and a year either side).");
}
