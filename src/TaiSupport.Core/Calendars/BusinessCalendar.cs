using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// A business calendar compiled for fast, exact open-time arithmetic: is it open at an instant, when does it next
/// open or close, when will a given amount of open time have passed (<see cref="Add(Instant, Duration)"/>), and how
/// much open time lies between two instants (<see cref="Elapsed"/>). Manual §1.2; default policy D1–D4.
/// </summary>
/// <remarks>
/// <para><b>The wall-clock rule (D2).</b> An instant is open iff its local time of day lies in <c>[open, close)</c> of a
/// shift that opens on its local date, or in the after-midnight part of an overnight shift that opened the day
/// before, and that owning date is not a holiday. So a local hour skipped by a DST change never happens, a repeated
/// one counts twice, and a 24/7 calendar's <see cref="Add(Instant, Duration)"/> is plain instant addition.</para>
/// <para><b>Speed.</b> Open time is precomputed per 52-week stretch of the instant line as sorted intervals with running
/// totals, built on first use and memoised inside the instance (thread-safe; results never depend on the memo).
/// Each query is a couple of binary searches and allocates nothing, whatever the duration.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = BusinessCalendars.StarterHours;            // Mon–Fri 09:00–17:00 America/Los_Angeles
/// var start = Instant.FromUtc(2026, 3, 7, 0, 30);           // Friday 2026-03-06 16:30 PST
/// var due = calendar.Add(start, Duration.FromMinutes(240)); // Monday 2026-03-09 12:30 PDT
/// </code>
/// </example>
public sealed partial class BusinessCalendar
{
    private const long ChunkDays = 364;
    private const long ChunkTicks = ChunkDays * NodaConstants.TicksPerDay;
    private const long ChunkNanoseconds = ChunkTicks * NodaConstants.NanosecondsPerTick;
    private const long FirstCachedChunk = -128;
    private const int CachedChunks = 512;

    private static readonly BusinessCalendarDefinitionValidator Validator = new();
    private static readonly long MinChunk = FloorDiv(Instant.MinValue.ToUnixTimeTicks(), ChunkTicks) + 2;
    private static readonly long MaxChunk = FloorDiv(Instant.MaxValue.ToUnixTimeTicks(), ChunkTicks) - 2;

    private readonly OpenTimeChunk?[] nearChunks = new OpenTimeChunk?[CachedChunks];
    private readonly ConcurrentDictionary<long, OpenTimeChunk> farChunks = new();
    private readonly long lastChunkWithOpenTime;
    private readonly long lastChunkThatCanClose;
    private readonly long firstChunkWithOpenTime;
    private readonly long firstChunkThatCanClose;

    private BusinessCalendar(BusinessCalendarDefinition definition, DateTimeZone zone)
    {
        Definition = definition;
        Zone = zone;
        BusinessDay = definition.Week.Values
            .Select(shifts => shifts.IsDefault ? Duration.Zero : shifts.Aggregate(Duration.Zero, (sum, s) => sum + s.Length))
            .DefaultIfEmpty(Duration.Zero)
            .Max();
        lastChunkWithOpenTime = HasWeeklyOpenTime(definition) || definition.Overrides.Count == 0
            ? MaxChunk
            : Math.Min(MaxChunk, ChunkAfter(definition.Overrides.Keys.Max()));
        lastChunkThatCanClose = !CoversTheWholeWeek(definition) ? MaxChunk
            : definition.Holidays.Count == 0 && definition.Overrides.Count == 0 ? MinChunk
            : Math.Min(MaxChunk, ChunkAfter(definition.Holidays.Concat(definition.Overrides.Keys).Max()));
        firstChunkWithOpenTime = HasWeeklyOpenTime(definition) || definition.Overrides.Count == 0
            ? MinChunk
            : Math.Max(MinChunk, ChunkBefore(definition.Overrides.Keys.Min()));
        firstChunkThatCanClose = !CoversTheWholeWeek(definition) ? MinChunk
            : definition.Holidays.Count == 0 && definition.Overrides.Count == 0 ? MaxChunk
            : Math.Max(MinChunk, ChunkBefore(definition.Holidays.Concat(definition.Overrides.Keys).Min()));
    }

    /// <summary>The definition this calendar was compiled from.</summary>
    public BusinessCalendarDefinition Definition { get; }

    /// <summary>The calendar's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The wall-clock open time of the calendar's longest weekday: a "business day" (D4).</summary>
    /// <value>8 hours for <see cref="BusinessCalendars.StarterHours"/>, 9 for professional hours, 24 for <see cref="BusinessCalendars.Always"/>.</value>
    public Duration BusinessDay { get; }

    /// <summary>How <see cref="Add(Instant, Duration)"/> reports a due instant that lands exactly on a closing.</summary>
    public DueAtClosing DueAtClosing => Definition.DueAtClosing;

    /// <summary>Validates <paramref name="definition"/>, listing every problem.</summary>
    /// <param name="definition">The calendar data.</param>
    /// <returns>The validation result; valid when the definition can be compiled.</returns>
    public static ValidationResult Validate(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Validator.Validate(definition);
    }

    /// <summary>Compiles a validated calendar.</summary>
    /// <param name="definition">The calendar data.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ValidationException">The definition is invalid; the exception lists every problem.</exception>
    public static BusinessCalendar Create(BusinessCalendarDefinition definition)
    {
        var result = Validate(definition);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }

        return new BusinessCalendar(definition, DateTimeZoneProviders.Tzdb[definition.TimeZoneId]);
    }

    /// <summary>Starts a fluent <see cref="BusinessCalendarBuilder"/> for a zone.</summary>
    /// <param name="timeZoneId">A tzdb id such as <c>Europe/Berlin</c>.</param>
    /// <returns>A new builder.</returns>
    public static BusinessCalendarBuilder For(string timeZoneId) => new(timeZoneId);

    /// <summary>Whether <paramref name="instant"/> is open (D2).</summary>
    /// <param name="instant">Any instant between the years -9997 and 9997.</param>
    /// <returns>True when open.</returns>
    public bool IsOpen(Instant instant)
    {
        var chunk = ChunkAt(ChunkIndex(instant));
        return chunk.IsOpen(chunk.Offset(instant));
    }

    /// <summary>
    /// The earliest opening (an instant that is open while the instant just before is closed) at or after
    /// <paramref name="instant"/>; null when the calendar never opens again.
    /// </summary>
    /// <param name="instant">Where to start looking.</param>
    /// <returns>The opening, or null.</returns>
    /// <remarks>Inside an open stretch this is the start of the <em>next</em> stretch; exactly at an opening it is that instant.</remarks>
    public Instant? NextOpening(Instant instant)
    {
        var index = ChunkIndex(instant);
        var chunk = ChunkAt(index);
        var i = chunk.LastStartingAtOrBefore(chunk.Offset(instant));
        if (i < 0 || chunk.IntervalStart(i) != chunk.Offset(instant) || IsContinuation(index, chunk, i))
        {
            i++;
        }

        while (true)
        {
            for (; i < chunk.IntervalCount; i++)
            {
                if (!IsContinuation(index, chunk, i))
                {
                    return chunk.At(chunk.IntervalStart(i));
                }
            }

            if (++index > lastChunkWithOpenTime || index > lastChunkThatCanClose + 1)
            {
                return null;
            }

            chunk = ChunkAt(index);
            i = 0;
        }
    }

    /// <summary>
    /// The next closing: the end of the open stretch containing <paramref name="instant"/>, or of the next one when
    /// it is closed; null when the calendar never opens again.
    /// </summary>
    /// <param name="instant">Where to start looking.</param>
    /// <returns>The closing, or null.</returns>
    public Instant? NextClosing(Instant instant)
    {
        var index = ChunkIndex(instant);
        var chunk = ChunkAt(index);
        var offset = chunk.Offset(instant);
        var i = chunk.LastStartingAtOrBefore(offset);
        if (i < 0 || offset >= chunk.IntervalEnd(i))
        {
            i++;
        }

        while (true)
        {
            if (i < chunk.IntervalCount)
            {
                if (i < chunk.IntervalCount - 1 || !chunk.EndsOpen || index >= MaxChunk || !ChunkAt(index + 1).StartsOpen)
                {
                    return chunk.At(chunk.IntervalEnd(i));
                }
            }
            else if (index >= lastChunkWithOpenTime)
            {
                return null;
            }

            if (index > lastChunkThatCanClose)
            {
                return null;
            }

            chunk = ChunkAt(++index);
            i = 0;
        }
    }

    /// <summary>
    /// The earliest instant at which the open time since <paramref name="start"/> equals <paramref name="duration"/>
    /// (D3). Zero gives <paramref name="start"/>; a start outside hours runs from the next opening.
    /// </summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="duration">The open time to add; a negative duration subtracts (see <see cref="Subtract(Instant, Duration)"/>).</param>
    /// <returns>The due instant, reported per <see cref="DueAtClosing"/> when it lands on a closing.</returns>
    /// <exception cref="InvalidOperationException">The calendar never accumulates that much open time.</exception>
    /// <example>
    /// <code>
    /// // LA Mon–Fri 09–17: 16:00 plus 60 minutes is 17:00 the same day.
    /// var due = BusinessCalendars.StarterHours.Add(fourPm, Duration.FromHours(1));
    /// </code>
    /// </example>
    public Instant Add(Instant start, Duration duration) => Add(start, duration, DueAtClosing);

    /// <summary>As <see cref="Add(Instant, Duration)"/>, choosing how a due at a closing is reported.</summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="duration">The open time to add; negative subtracts: <c>Add(t, -d)</c> is <c>Subtract(t, d)</c>, with
    /// <see cref="DueAtClosing.ClosingInstant"/> read as <see cref="StartAtOpening.OpeningInstant"/> and
    /// <see cref="DueAtClosing.NextOpening"/> as <see cref="StartAtOpening.PreviousClosing"/>.</param>
    /// <param name="atClosing">How to report a due that lands exactly on a closing.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="InvalidOperationException">The calendar never accumulates that much open time.</exception>
    public Instant Add(Instant start, Duration duration, DueAtClosing atClosing) =>
        TryAdd(start, duration, atClosing, out var due)
            ? due
            : throw new InvalidOperationException($"The calendar does not accumulate {duration} of open time after {start}.");

    /// <summary>As <see cref="Add(Instant, Duration, DueAtClosing)"/>, returning false instead of throwing when the calendar never accumulates enough open time.</summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="duration">The open time to add; negative subtracts: <c>Add(t, -d)</c> is <c>Subtract(t, d)</c>, with
    /// <see cref="DueAtClosing.ClosingInstant"/> read as <see cref="StartAtOpening.OpeningInstant"/> and
    /// <see cref="DueAtClosing.NextOpening"/> as <see cref="StartAtOpening.PreviousClosing"/>.</param>
    /// <param name="atClosing">How to report a due that lands exactly on a closing.</param>
    /// <param name="due">The due instant when the result is true.</param>
    /// <returns>True when the due instant exists.</returns>
    public bool TryAdd(Instant start, Duration duration, DueAtClosing atClosing, out Instant due)
    {
        if (duration < Duration.Zero)
        {
            due = default; // Duration.MinValue has no negation, and no calendar holds that much open time (the instants span less)
            return duration != Duration.MinValue && TrySubtract(start, -duration, atClosing == DueAtClosing.NextOpening ? StartAtOpening.PreviousClosing : StartAtOpening.OpeningInstant, out due);
        }

        if (duration == Duration.Zero)
        {
            due = start;
            return true;
        }

        var index = ChunkIndex(start);
        var chunk = ChunkAt(index);
        var openBefore = chunk.OpenTimeBefore(chunk.Offset(start), out var interval);
        return TryAddFrom(index, chunk, openBefore, interval, duration, atClosing, out due);
    }

    /// <summary>The rest of <see cref="TryAdd(Instant, Duration, DueAtClosing, out Instant)"/> for a positive duration, from a start already located in its chunk.</summary>
    private bool TryAddFrom(long index, OpenTimeChunk chunk, long openBefore, int interval, Duration duration, DueAtClosing atClosing, out Instant due)
    {
        var remaining = duration;
        var available = Duration.FromNanoseconds(chunk.Total - openBefore);
        while (remaining > available)
        {
            remaining -= available;
            if (++index > lastChunkWithOpenTime)
            {
                due = default;
                return false;
            }

            chunk = ChunkAt(index);
            openBefore = 0;
            interval = 0;
            available = Duration.FromNanoseconds(chunk.Total);
        }

        due = chunk.At(chunk.Locate(openBefore + remaining.ToInt64Nanoseconds(), interval));
        if (atClosing == DueAtClosing.NextOpening && !IsOpen(due))
        {
            due = NextOpening(due) ?? due;
        }

        return true;
    }

    /// <summary>
    /// The latest instant at which the open time up to <paramref name="end"/> equals <paramref name="duration"/>: when
    /// must work start to have <paramref name="duration"/> of open time before <paramref name="end"/>? Zero gives
    /// <paramref name="end"/>; an end outside hours counts back from the previous closing. Exact on DST days (D2).
    /// </summary>
    /// <param name="end">When the open time must have passed.</param>
    /// <param name="duration">The open time to count back; not negative.</param>
    /// <returns>The start instant; a start landing exactly on an opening is that opening (<see cref="StartAtOpening.OpeningInstant"/>).</returns>
    /// <exception cref="InvalidOperationException">The calendar has less than that much open time before <paramref name="end"/>.</exception>
    /// <example>
    /// <code>
    /// // Mon–Fri 09–17: Monday 09:30 minus 1 business hour is the previous Friday 16:30.
    /// var start = calendar.Subtract(mondayNineThirty, Duration.FromHours(1));
    /// </code>
    /// </example>
    public Instant Subtract(Instant end, Duration duration) => Subtract(end, duration, StartAtOpening.OpeningInstant);

    /// <summary>As <see cref="Subtract(Instant, Duration)"/>, choosing how a start landing exactly on an opening is reported.</summary>
    /// <param name="end">When the open time must have passed.</param>
    /// <param name="duration">The open time to count back; not negative.</param>
    /// <param name="atOpening">How to report a start that lands exactly on an opening.</param>
    /// <returns>The start instant.</returns>
    /// <exception cref="InvalidOperationException">The calendar has less than that much open time before <paramref name="end"/>.</exception>
    public Instant Subtract(Instant end, Duration duration, StartAtOpening atOpening) =>
        TrySubtract(end, duration, atOpening, out var start)
            ? start
            : throw new InvalidOperationException($"The calendar does not have {duration} of open time before {end}.");

    /// <summary>As <see cref="Subtract(Instant, Duration, StartAtOpening)"/>, returning false instead of throwing.</summary>
    /// <param name="end">When the open time must have passed.</param>
    /// <param name="duration">The open time to count back; not negative.</param>
    /// <param name="atOpening">How to report a start that lands exactly on an opening.</param>
    /// <param name="start">The start instant when the result is true.</param>
    /// <returns>True when the start instant exists.</returns>
    public bool TrySubtract(Instant end, Duration duration, StartAtOpening atOpening, out Instant start)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, Duration.Zero);
        if (duration == Duration.Zero)
        {
            start = end;
            return true;
        }

        var index = ChunkIndex(end);
        var chunk = ChunkAt(index);
        var remaining = duration;
        var available = Duration.FromNanoseconds(chunk.OpenTimeBefore(chunk.Offset(end)));
        while (remaining > available)
        {
            remaining -= available;
            if (--index < firstChunkWithOpenTime)
            {
                start = default;
                return false;
            }

            chunk = ChunkAt(index);
            available = Duration.FromNanoseconds(chunk.Total);
        }

        start = chunk.At(chunk.LocateLatest((available - remaining).ToInt64Nanoseconds()));
        if (atOpening == StartAtOpening.PreviousClosing && !IsOpen(start - Duration.Epsilon))
        {
            start = PreviousClosing(start) ?? start;
        }

        return true;
    }

    /// <summary>
    /// The latest closing (a closed instant with the instant just before open) at or before <paramref name="instant"/>;
    /// null when the calendar never closed before it.
    /// </summary>
    /// <param name="instant">Where to start looking back.</param>
    /// <returns>The closing, or null.</returns>
    /// <remarks>Inside an open stretch this is the end of the <em>previous</em> stretch; exactly at a closing it is that instant.</remarks>
    public Instant? PreviousClosing(Instant instant)
    {
        var index = ChunkIndex(instant);
        var chunk = ChunkAt(index);
        var offset = chunk.Offset(instant);
        var i = chunk.LastStartingAtOrBefore(offset);
        if (i >= 0 && offset < chunk.IntervalEnd(i))
        {
            i--;
        }

        while (true)
        {
            for (; i >= 0; i--)
            {
                if (i < chunk.IntervalCount - 1 || !chunk.EndsOpen || index >= MaxChunk || !ChunkAt(index + 1).StartsOpen)
                {
                    return chunk.At(chunk.IntervalEnd(i));
                }
            }

            if (--index < firstChunkWithOpenTime || index < firstChunkThatCanClose - 1)
            {
                return null;
            }

            chunk = ChunkAt(index);
            i = chunk.IntervalCount - 1;
        }
    }

    /// <summary>
    /// The latest opening (an open instant with the instant just before closed) at or before <paramref name="instant"/>;
    /// null when the calendar never opened before it (or was always open).
    /// </summary>
    /// <param name="instant">Where to start looking back.</param>
    /// <returns>The opening, or null.</returns>
    /// <remarks>Inside an open stretch this is the start of that stretch.</remarks>
    public Instant? PreviousOpening(Instant instant)
    {
        var index = ChunkIndex(instant);
        var chunk = ChunkAt(index);
        var i = chunk.LastStartingAtOrBefore(chunk.Offset(instant));
        while (true)
        {
            for (; i >= 0; i--)
            {
                if (!IsContinuation(index, chunk, i))
                {
                    return chunk.At(chunk.IntervalStart(i));
                }
            }

            if (--index < firstChunkWithOpenTime || index < firstChunkThatCanClose - 1)
            {
                return null;
            }

            chunk = ChunkAt(index);
            i = chunk.IntervalCount - 1;
        }
    }

    /// <summary>
    /// The open time within <c>[from, to)</c>. When <paramref name="to"/> is before <paramref name="from"/> the result
    /// is the negated open time of <c>[to, from)</c>, so elapsed time adds up over any three instants.
    /// </summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <returns>The open time.</returns>
    public Duration Elapsed(Instant from, Instant to)
    {
        if (to < from)
        {
            return -Elapsed(to, from);
        }

        var first = ChunkIndex(from);
        var last = ChunkIndex(to);
        var start = ChunkAt(first);
        if (first == last)
        {
            return Duration.FromNanoseconds(start.OpenTimeBefore(start.Offset(to)) - start.OpenTimeBefore(start.Offset(from)));
        }

        var total = Duration.FromNanoseconds(start.Total - start.OpenTimeBefore(start.Offset(from)));
        for (var index = first + 1; index < last; index++)
        {
            total += Duration.FromNanoseconds(ChunkAt(index).Total);
        }

        var end = ChunkAt(last);
        return total + Duration.FromNanoseconds(end.OpenTimeBefore(end.Offset(to)));
    }

    private static bool HasWeeklyOpenTime(BusinessCalendarDefinition definition) =>
        definition.Week.Values.Any(s => !s.IsDefaultOrEmpty);

    /// <summary>A valid week has no overlaps, so it covers every wall-clock moment when its shifts add up to seven days.</summary>
    private static bool CoversTheWholeWeek(BusinessCalendarDefinition definition) =>
        definition.Week.Values.Where(s => !s.IsDefault).SelectMany(s => s).Sum(s => s.LengthNanoseconds) == 7 * NodaConstants.NanosecondsPerDay;

    /// <summary>The chunk index safely past every instant whose local date is <paramref name="date"/> or earlier.</summary>
    private static long ChunkAfter(LocalDate date) =>
        FloorDiv(date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks(), ChunkTicks) + 1;

    /// <summary>The chunk index safely before every instant whose local date is <paramref name="date"/> or later.</summary>
    private static long ChunkBefore(LocalDate date) =>
        FloorDiv(date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks(), ChunkTicks) - 1;

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }

    private static long ChunkIndex(Instant instant)
    {
        var index = FloorDiv(instant.ToUnixTimeTicks(), ChunkTicks);
        if (index < MinChunk || index > MaxChunk)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "Calendar arithmetic supports instants between the years -9997 and 9997.");
        }

        return index;
    }

    /// <summary>True when interval <paramref name="i"/> starts the chunk but only continues an open stretch of the previous chunk.</summary>
    private bool IsContinuation(long index, OpenTimeChunk chunk, int i) =>
        i == 0 && chunk.StartsOpen && index > MinChunk && ChunkAt(index - 1).EndsOpen;

    private OpenTimeChunk ChunkAt(long index)
    {
        var slot = index - FirstCachedChunk;
        if ((ulong)slot < CachedChunks)
        {
            var cached = Volatile.Read(ref nearChunks[slot]);
            if (cached is not null)
            {
                return cached;
            }

            var built = BuildChunk(index);
            return Interlocked.CompareExchange(ref nearChunks[slot], built, null) ?? built;
        }

        return farChunks.GetOrAdd(index, BuildChunk);
    }

    private OpenTimeChunk BuildChunk(long index)
    {
        if (Operator != CalendarOperator.None)
        {
            return Combine(index);
        }

        var chunkStart = Instant.FromUnixTimeTicks(index * ChunkTicks);
        var chunkEnd = chunkStart.PlusNanoseconds(ChunkNanoseconds);
        var margin = Duration.FromDays(3);
        var zoneIntervals = Zone.GetZoneIntervals(chunkStart - margin, chunkEnd + margin).ToArray();
        var pieces = new List<(long Start, long End)>();
        var lastDate = (chunkEnd + margin).InUtc().Date;
        for (var date = (chunkStart - margin).InUtc().Date; date <= lastDate; date = date.PlusDays(1))
        {
            foreach (var shift in Definition.ShiftsOpeningOn(date))
            {
                // The shift as if its local wall-clock times were UTC; each zone interval maps its part back (D2).
                var localStart = date.AtMidnight().InUtc().ToInstant().PlusNanoseconds(shift.OpenNanoseconds);
                var localEnd = localStart.PlusNanoseconds(shift.LengthNanoseconds);
                foreach (var zoneInterval in zoneIntervals)
                {
                    var offset = Duration.FromSeconds(zoneInterval.WallOffset.Seconds);
                    var from = Max(Max(localStart - offset, zoneInterval.HasStart ? zoneInterval.Start : Instant.MinValue), chunkStart);
                    var to = Min(Min(localEnd - offset, zoneInterval.HasEnd ? zoneInterval.End : Instant.MaxValue), chunkEnd);
                    if (from < to)
                    {
                        pieces.Add(((from - chunkStart).ToInt64Nanoseconds(), (to - chunkStart).ToInt64Nanoseconds()));
                    }
                }
            }
        }

        return Merge(chunkStart, pieces);
    }

    private static OpenTimeChunk Merge(Instant chunkStart, List<(long Start, long End)> pieces)
    {
        pieces.Sort();
        var starts = new List<long>(pieces.Count);
        var ends = new List<long>(pieces.Count);
        foreach (var (start, end) in pieces)
        {
            if (ends.Count > 0 && start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], end);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        return new OpenTimeChunk(chunkStart, ChunkNanoseconds, [.. starts], [.. ends]);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
