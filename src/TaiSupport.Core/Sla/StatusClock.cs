using System.Runtime.CompilerServices;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// A clock that counts a calendar's open time while the ticket's status runs, pauses it while the status pauses, and
/// stops at a stopping status (D7): the one implementation behind <see cref="SlaEvaluator"/>'s resolution clock and
/// every pausing clock of <see cref="Lifecycle.TicketLife"/> (resolution, next reply). Fed status segments in time order.
/// </summary>
/// <remarks>
/// The target counts as reached inside a running segment only when the due falls strictly before the segment ends,
/// or in the last segment (up to now): a pause or resolution exactly at the due is in time, as a first response exactly
/// at its due is. When a stretch buffer is given, every running stretch is recorded with the open time counted
/// before it, so alert rungs can be placed on the due as it stood in each stretch (D27, D29 a–b).
/// </remarks>
internal ref struct StatusClock
{
    public readonly CalendarTimeline Calendar;
    public readonly Duration Target;
    public TicketStatus Status;
    public Instant From;
    public Instant Segment;
    public Duration Counted;
    public Duration Paused;
    public Instant? ReachedAt;
    public Instant? StoppedAt;
    public int StretchCount;

    private readonly int pausingMask;
    private readonly int stoppingMask;
    private readonly Span<ClockStretch> stretches;
    private bool hasMemo;
    private Instant memoStart;
    private Duration memoCountedBefore;
    private Instant memoDue;
    private bool hasPoint;
    private Instant pointAt;
    private OpenTimePoint point;

    public StatusClock(CalendarTimeline calendar, Duration target, int pausingMask, int stoppingMask, Instant start, TicketStatus status, Span<ClockStretch> stretches)
    {
        Calendar = calendar;
        Target = target;
        this.pausingMask = pausingMask;
        this.stoppingMask = stoppingMask;
        this.stretches = stretches;
        Segment = start;
        From = start;
        Status = status;
    }

    public readonly bool IsStopping(TicketStatus status) => (stoppingMask & (1 << (int)status)) != 0;

    public readonly bool IsPausing(TicketStatus status) => (pausingMask & (1 << (int)status)) != 0;

    /// <summary>Whether the status at the end of the walk stops the clock.</summary>
    public readonly bool Stopped => IsStopping(Status);

    /// <summary>Whether the status at the end of the walk pauses the clock.</summary>
    public readonly bool IsPaused => IsPausing(Status);

    /// <summary>Gives the clock an instant already located on its one calendar (the start, located for other clocks too).</summary>
    public void Seed(Instant at, in OpenTimePoint located) => (pointAt, point, hasPoint) = (at, located, true);

    /// <summary>A status change at <paramref name="at"/> (not before the current segment's start).</summary>
    public void Change(Instant at, TicketStatus status)
    {
        if (at > Segment)
        {
            Count(Segment, at, final: false);
        }

        Segment = at;
        Status = status;
    }

    /// <summary>Ends the walk at <paramref name="end"/> (now): the last segment runs to it and a due inside it counts.</summary>
    public void Finish(Instant end) => Count(Segment, end, final: true);

    /// <summary>Ends the walk at a stop that is not a status (a reply): counts the last segment, in time only strictly before it.</summary>
    public void StopAt(Instant at)
    {
        if (at > Segment)
        {
            Count(Segment, at, final: false);
        }
        else
        {
            From = Segment;
        }

        Segment = at;
    }

    /// <summary>The projected due while running at <paramref name="now"/> (the counted time not yet reached).</summary>
    public readonly Instant ProjectedDue(Instant now)
    {
        if (ReachedAt is { } reached)
        {
            return reached;
        }

        var clockNow = now < From ? From : now;
        var remaining = Target - Counted;

        // The walk's last boundary is usually now, already located on the one calendar: counting on from it is exactly
        // Add (which locates it again); a due Add cannot find falls through to Add, which throws as before.
        if (hasPoint && pointAt == clockNow && remaining > Duration.Zero && Calendar.Single is { } single
            && single.TryAddFrom(point, remaining, single.DueAtClosing, out var due))
        {
            return due;
        }

        return Calendar.Add(clockNow, remaining, Calendar.DueAtClosing(clockNow));
    }

    /// <summary>The recorded running stretches.</summary>
    public readonly ReadOnlySpan<ClockStretch> Stretches => stretches[..StretchCount];

    /// <summary>The recorded running stretch <paramref name="index"/>.</summary>
    public readonly ref readonly ClockStretch Stretch(int index) => ref stretches[index];

    /// <summary>The due as it stood during a running stretch: the reached instant, or the open time still to go from its start.</summary>
    public Instant DueIn(in ClockStretch stretch)
    {
        if (stretch.CountedBefore >= Target && ReachedAt is { } reached)
        {
            return reached;
        }

        return DueFrom(stretch.Start, stretch.CountedBefore, stretch.StartPoint, stretch.Located);
    }

    /// <summary>Reports a due that lands on a closing as the calendar asks (<see cref="BusinessCalendar.DueAtClosing"/>).</summary>
    public static Instant Present(CalendarTimeline calendar, Instant due) =>
        calendar.DueAtClosing(due) == DueAtClosing.NextOpening && !calendar.IsOpen(due) ? calendar.NextOpening(due) ?? due : due;

    // Out of line (as DueFrom): inlined into every clock method and then into each caller's walk it made multi-KB
    // methods whose frames were zeroed on every call; one call per status segment costs less.
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SkipLocalsInit] // no buffers: spares zeroing the struct locals of the frame on every call
    private void Count(Instant from, Instant to, bool final)
    {
        var status = Status;
        From = from;
        if (IsStopping(status))
        {
            StoppedAt ??= from;
            return;
        }

        if (to <= from && !final)
        {
            return;
        }

        // On one calendar each boundary is located once: the end of this segment is the start of the next.
        Duration elapsed;
        var fromPoint = default(OpenTimePoint);
        var located = false;
        if (Calendar.Single is { } single && to >= from)
        {
            fromPoint = hasPoint && pointAt == from ? point : single.Locate(from);
            point = single.Locate(to);
            (pointAt, hasPoint, located) = (to, true, true);
            elapsed = single.ElapsedBetween(fromPoint, point);
        }
        else
        {
            elapsed = Calendar.Elapsed(from, to);
        }

        if (IsPausing(status))
        {
            Paused += elapsed;
            return;
        }

        if (StretchCount < stretches.Length)
        {
            stretches[StretchCount++] = new ClockStretch(from, final ? Instant.MaxValue : to, Counted, fromPoint, located);
        }

        if (ReachedAt is null && Counted + elapsed >= Target)
        {
            var due = DueFrom(from, Counted, fromPoint, located);
            if (due < to || final)
            {
                ReachedAt = due;
            }
        }

        Counted += elapsed;
    }

    /// <summary>The due of a stretch starting at <paramref name="start"/> with <paramref name="countedBefore"/> counted, remembering the last one: the walk and the rungs ask for the same stretch twice.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SkipLocalsInit] // no buffers: spares zeroing the struct locals of the frame on every call
    private Instant DueFrom(Instant start, Duration countedBefore, in OpenTimePoint startPoint, bool located)
    {
        if (hasMemo && memoStart == start && memoCountedBefore == countedBefore)
        {
            return memoDue;
        }

        var remaining = Target - countedBefore;
        var due = located && remaining > Duration.Zero && Calendar.Single is { } single && single.TryAddFrom(startPoint, remaining, DueAtClosing.ClosingInstant, out var added)
            ? added
            : Calendar.Add(start, remaining, DueAtClosing.ClosingInstant);
        var presented = Present(Calendar, due);
        (memoDue, memoStart, memoCountedBefore, hasMemo) = (presented, start, countedBefore, true);

        // The local, not the field just written: reading the memo back whole stalled on its two field stores.
        return presented;
    }
}

/// <summary>One stretch in which a clock ran: <c>[Start, End)</c> (End is the end of time for the stretch running at now), with the open time counted before it and, when <paramref name="Located"/>, its start located on the one calendar.</summary>
internal readonly record struct ClockStretch(Instant Start, Instant End, Duration CountedBefore, OpenTimePoint StartPoint = default, bool Located = false);
