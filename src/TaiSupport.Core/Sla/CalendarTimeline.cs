using System.Runtime.CompilerServices;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Sla;

/// <summary>
/// The calendar a clock runs on, which may change at instants: one calendar (every <see cref="SlaEvaluator"/> clock),
/// or pieces, each in force from an instant until the next — policy versions whose calendars were edited (D28) and
/// follow-the-sun ownership (each owning team's hours in turn). Open time is counted piece by piece.
/// </summary>
internal readonly struct CalendarTimeline
{
    private readonly BusinessCalendar single;
    private readonly CalendarPiece[]? pieces;

    public CalendarTimeline(BusinessCalendar calendar)
    {
        single = calendar;
        pieces = null;
    }

    /// <summary>Pieces sorted by <see cref="CalendarPiece.From"/>; the first one is in force from the beginning of time.</summary>
    public CalendarTimeline(CalendarPiece[] pieces)
    {
        single = pieces[0].Calendar;
        this.pieces = pieces.Length == 1 ? null : pieces;
    }

    public int PieceCount => pieces?.Length ?? 1;

    /// <summary>The one calendar when the timeline has a single piece (then instants can be located on it once, <see cref="OpenTimePoint"/>); else null.</summary>
    public BusinessCalendar? Single => pieces is null ? single : null;

    public CalendarPiece Piece(int index) => pieces is null ? new CalendarPiece(Instant.MinValue, single, null) : pieces[index];

    public BusinessCalendar At(Instant instant) => pieces is null ? single : pieces[IndexAt(instant)].Calendar;

    public int IndexAt(Instant instant)
    {
        if (pieces is null)
        {
            return 0;
        }

        var i = pieces.Length - 1;
        while (i > 0 && pieces[i].From > instant)
        {
            i--;
        }

        return i;
    }

    public bool IsOpen(Instant instant) => At(instant).IsOpen(instant);

    public Instant? NextOpening(Instant instant) => At(instant).NextOpening(instant);

    public DueAtClosing DueAtClosing(Instant instant) => At(instant).DueAtClosing;

    /// <summary>The open time in <c>[from, to)</c>, each stretch on the calendar then in force.</summary>
    public Duration Elapsed(Instant from, Instant to) => pieces is null ? single.Elapsed(from, to) : ElapsedAcrossPieces(from, to);

    /// <summary>"N of open time after <paramref name="start"/>" (D3) across the pieces.</summary>
    public Instant Add(Instant start, Duration duration, DueAtClosing atClosing) =>
        pieces is null ? single.Add(start, duration, atClosing) : AddAcrossPieces(start, duration, atClosing);

    /// <summary>
    /// The latest instant at or before <paramref name="end"/> from which <paramref name="duration"/> of open time
    /// reaches <paramref name="end"/>, each stretch on the calendar then in force: the calendar's
    /// <see cref="BusinessCalendar.TrySubtract"/> piece by piece, backwards; null when there is not that much open time
    /// before <paramref name="end"/>.
    /// </summary>
    public Instant? Subtract(Instant end, Duration duration)
    {
        if (duration <= Duration.Zero)
        {
            return end;
        }

        return pieces is null
            ? single.TrySubtract(end, duration, StartAtOpening.OpeningInstant, out var start) ? start : null
            : SubtractAcrossPieces(end, duration);
    }

    /// <summary>The open time in <c>[from, to)</c> that falls in piece <paramref name="index"/>.</summary>
    public Duration ElapsedIn(int index, Instant from, Instant to)
    {
        var piece = Piece(index);
        var start = piece.From > from ? piece.From : from;
        var end = pieces is not null && index + 1 < pieces.Length && pieces[index + 1].From < to ? pieces[index + 1].From : to;
        return start < end ? piece.Calendar.Elapsed(start, end) : Duration.Zero;
    }

    // The walks across pieces stay out of line: the one-calendar case, inlined into every clock, keeps a small frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Duration ElapsedAcrossPieces(Instant from, Instant to)
    {
        var pieces = this.pieces!;
        var total = Duration.Zero;
        for (var i = IndexAt(from); i < pieces.Length && from < to; i++)
        {
            var end = i + 1 < pieces.Length && pieces[i + 1].From < to ? pieces[i + 1].From : to;
            total += pieces[i].Calendar.Elapsed(from, end);
            from = end;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant AddAcrossPieces(Instant start, Duration duration, DueAtClosing atClosing)
    {
        var pieces = this.pieces!;
        var remaining = duration;
        for (var i = IndexAt(start); ; i++)
        {
            var calendar = pieces[i].Calendar;
            if (i + 1 == pieces.Length || remaining == Duration.Zero)
            {
                return calendar.Add(start, remaining, atClosing);
            }

            var end = pieces[i + 1].From;
            if (end <= start)
            {
                continue;
            }

            var available = calendar.Elapsed(start, end);
            if (available >= remaining)
            {
                var due = calendar.Add(start, remaining, atClosing);
                if (due < end || atClosing == Calendars.DueAtClosing.ClosingInstant)
                {
                    return due;
                }

                // Reported at the next opening, which lies in a later piece: that piece's calendar decides it.
                return pieces[i + 1].Calendar.IsOpen(end) ? end : pieces[i + 1].Calendar.NextOpening(end) ?? due;
            }

            remaining -= available;
            start = end;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant? SubtractAcrossPieces(Instant end, Duration duration)
    {
        var pieces = this.pieces!;
        var remaining = duration;
        for (var i = IndexAt(end); i >= 0; i--)
        {
            var calendar = pieces[i].Calendar;
            if (i > 0)
            {
                var from = pieces[i].From;
                if (from >= end)
                {
                    continue;
                }

                var available = calendar.Elapsed(from, end);
                if (available < remaining)
                {
                    remaining -= available;
                    end = from;
                    continue;
                }
            }

            return calendar.TrySubtract(end, remaining, StartAtOpening.OpeningInstant, out var start) ? start : null;
        }

        return null;
    }
}

/// <summary>One piece of a <see cref="CalendarTimeline"/>: a calendar in force from an instant, with the owning team when follow-the-sun chose it.</summary>
internal readonly record struct CalendarPiece(Instant From, BusinessCalendar Calendar, string? Team);
