using System.Runtime.CompilerServices;
using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// An instant located on a calendar's open time: its chunk, the open time before it in that chunk and the interval
/// found there. A clock walking status segments locates each boundary once and reuses it for the segment that ends
/// there and the one that starts there (and for a due counted from it), instead of searching for it two or three times.
/// </summary>
/// <param name="Chunk">The chunk index.</param>
/// <param name="OpenBefore">The open time in the chunk before the instant, in nanoseconds.</param>
/// <param name="Interval">The last interval of the chunk starting at or before the instant, or -1.</param>
internal readonly record struct OpenTimePoint(long Chunk, long OpenBefore, int Interval);

/// <summary>Located instants (<see cref="OpenTimePoint"/>): the same answers as <see cref="Elapsed(Instant, Instant)"/> and <see cref="TryAdd(Instant, Duration, DueAtClosing, out Instant)"/>, without locating an instant twice.</summary>
public sealed partial class BusinessCalendar
{
    /// <summary>Locates <paramref name="instant"/> on the open time.</summary>
    /// <remarks>
    /// Chunks are whole numbers of days from the epoch, so the chunk, the day in it and the offset come from the
    /// instant's day and nanosecond of day: the same answers as <see cref="ChunkIndex"/> and
    /// <see cref="OpenTimeChunk.Offset"/>, without their tick conversion, 64-bit divisions and checked nanosecond
    /// arithmetic (a clock walk locates every status boundary, reply and due start).
    /// </remarks>
    internal OpenTimePoint Locate(Instant instant)
    {
        var sinceEpoch = instant - NodaConstants.UnixEpoch;
        long day = sinceEpoch.Days; // truncated towards zero, the nanoseconds then negative: floored below
        var nanosecond = sinceEpoch.NanosecondOfDay;
        if (nanosecond < 0)
        {
            day--;
            nanosecond += NodaConstants.NanosecondsPerDay;
        }

        var index = FloorDiv(day, ChunkDays);
        if (index < MinChunk || index > MaxChunk)
        {
            return LocateByTicks(instant); // throws there, as every calendar operation outside the supported years
        }

        var chunk = ChunkAt(index);
        var dayInChunk = day - (index * ChunkDays);
        var openBefore = chunk.OpenTimeBefore(dayInChunk, (dayInChunk * NodaConstants.NanosecondsPerDay) + nanosecond, out var interval);
        return new OpenTimePoint(index, openBefore, interval);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private OpenTimePoint LocateByTicks(Instant instant)
    {
        var index = ChunkIndex(instant);
        var chunk = ChunkAt(index);
        var openBefore = chunk.OpenTimeBefore(chunk.Offset(instant), out var interval);
        return new OpenTimePoint(index, openBefore, interval);
    }

    /// <summary>The open time between two located instants, <paramref name="from"/> not after <paramref name="to"/>: exactly <see cref="Elapsed(Instant, Instant)"/>.</summary>
    internal Duration ElapsedBetween(in OpenTimePoint from, in OpenTimePoint to)
    {
        if (from.Chunk == to.Chunk)
        {
            return Duration.FromNanoseconds(to.OpenBefore - from.OpenBefore);
        }

        var total = Duration.FromNanoseconds(ChunkAt(from.Chunk).Total - from.OpenBefore);
        for (var index = from.Chunk + 1; index < to.Chunk; index++)
        {
            total += Duration.FromNanoseconds(ChunkAt(index).Total);
        }

        return total + Duration.FromNanoseconds(to.OpenBefore);
    }

    /// <summary>Exactly <see cref="TryAdd(Instant, Duration, DueAtClosing, out Instant)"/> from a located start, for a positive <paramref name="duration"/>.</summary>
    internal bool TryAddFrom(in OpenTimePoint start, Duration duration, DueAtClosing atClosing, out Instant due) =>
        TryAddFrom(start.Chunk, ChunkAt(start.Chunk), start.OpenBefore, start.Interval, duration, atClosing, out due);
}
