using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// The open time of one fixed stretch of the instant line (52 weeks), precomputed as sorted, merged, disjoint
/// intervals in nanoseconds from the chunk's start, with the running total of open time at each interval's end.
/// An instant's interval is found through a per-day index (the intervals starting before each UTC day of the chunk),
/// then a step back over that day's few intervals; open time is located by galloping: a query's cost does not depend
/// on how much time it spans.
/// </summary>
internal sealed class OpenTimeChunk
{
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly long[] openTimeAtEnd;
    private readonly int[] startingBeforeDay;

    public OpenTimeChunk(Instant start, long lengthNanoseconds, long[] starts, long[] ends)
    {
        Start = start;
        LengthNanoseconds = lengthNanoseconds;
        this.starts = starts;
        this.ends = ends;
        openTimeAtEnd = new long[starts.Length];
        long total = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            total += ends[i] - starts[i];
            openTimeAtEnd[i] = total;
        }

        Total = total;
        startingBeforeDay = StartingBeforeDay(starts, lengthNanoseconds);
    }

    public Instant Start { get; }

    public long LengthNanoseconds { get; }

    /// <summary>The open time in the whole chunk.</summary>
    public long Total { get; }

    public int IntervalCount => starts.Length;

    /// <summary>True when the chunk's first instant is open.</summary>
    public bool StartsOpen => starts.Length > 0 && starts[0] == 0;

    /// <summary>True when the chunk is open right up to its end.</summary>
    public bool EndsOpen => ends.Length > 0 && ends[^1] == LengthNanoseconds;

    public long IntervalStart(int index) => starts[index];

    public ReadOnlySpan<long> Starts => starts;

    public ReadOnlySpan<long> Ends => ends;

    public long IntervalEnd(int index) => ends[index];

    public long Offset(Instant instant) => (instant - Start).ToInt64Nanoseconds();

    public Instant At(long offset) => Start.PlusNanoseconds(offset);

    /// <summary>The open time within <c>[0, offset)</c>.</summary>
    public long OpenTimeBefore(long offset) => OpenTimeBeforeInterval(offset, LastStartingAtOrBefore(offset));

    /// <summary>
    /// As <see cref="OpenTimeBefore(long)"/>, also giving the interval found, so locating open time after it can gallop
    /// from it (<see cref="Locate(long, int)"/>) instead of searching the whole chunk: a due is usually a few intervals
    /// after its start.
    /// </summary>
    public long OpenTimeBefore(long offset, out int interval)
    {
        interval = LastStartingAtOrBefore(offset);
        return OpenTimeBeforeInterval(offset, interval);
    }

    /// <summary>As <see cref="OpenTimeBefore(long, out int)"/> for an offset in the chunk whose UTC day (<c>offset / NanosecondsPerDay</c>) the caller knows.</summary>
    public long OpenTimeBefore(long day, long offset, out int interval)
    {
        interval = LastStartingAtOrBefore(day, offset);
        return OpenTimeBeforeInterval(offset, interval);
    }

    /// <summary>The open time within <c>[0, offset)</c>, given the last interval starting at or before it.</summary>
    public long OpenTimeBeforeInterval(long offset, int i)
    {
        if (i < 0)
        {
            return 0;
        }

        var end = ends[i];
        return offset >= end ? openTimeAtEnd[i] : openTimeAtEnd[i] - (end - offset);
    }

    public bool IsOpen(long offset)
    {
        var i = LastStartingAtOrBefore(offset);
        return i >= 0 && offset < ends[i];
    }

    /// <summary>The earliest offset at which the open time since the chunk's start reaches <paramref name="openTime"/> (0 &lt; it ≤ Total).</summary>
    public long Locate(long openTime) => Locate(openTime, 0);

    /// <summary>As <see cref="Locate(long)"/>, knowing the answer's interval is not before <paramref name="from"/>: gallops from it.</summary>
    public long Locate(long openTime, int from)
    {
        int lo = Math.Clamp(from, 0, openTimeAtEnd.Length - 1), hi = openTimeAtEnd.Length - 1, step = 1;

        // A due is usually in the start's interval or a few after it: step forward over up to four intervals (the
        // same first interval whose running total reaches the open time, or the last), then gallop from there.
        for (var near = 0; near < 4; near++)
        {
            if (lo == hi || openTimeAtEnd[lo] >= openTime)
            {
                return ends[lo] - (openTimeAtEnd[lo] - openTime);
            }

            lo++;
        }

        while (lo + step <= hi && openTimeAtEnd[lo + step] < openTime)
        {
            lo += step;
            step <<= 1;
        }

        hi = Math.Min(hi, lo + step);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (openTimeAtEnd[mid] >= openTime)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return ends[lo] - (openTimeAtEnd[lo] - openTime);
    }

    /// <summary>The latest offset at which the open time since the chunk's start is <paramref name="openTime"/> (0 ≤ it &lt; Total).</summary>
    public long LocateLatest(long openTime)
    {
        int lo = 0, hi = openTimeAtEnd.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (openTimeAtEnd[mid] > openTime)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return ends[lo] - (openTimeAtEnd[lo] - openTime);
    }

    /// <summary>The index of the last interval starting at or before <paramref name="offset"/>, or -1.</summary>
    public int LastStartingAtOrBefore(long offset)
    {
        if (offset < 0)
        {
            return -1;
        }

        return LastStartingAtOrBefore(offset / NodaConstants.NanosecondsPerDay, offset);
    }

    /// <summary>As <see cref="LastStartingAtOrBefore(long)"/> for a non-negative offset whose UTC day in the chunk is <paramref name="day"/>.</summary>
    public int LastStartingAtOrBefore(long day, long offset)
    {
        var i = day + 1 < startingBeforeDay.Length ? startingBeforeDay[day + 1] - 1 : starts.Length - 1;
        while (i >= 0 && starts[i] > offset)
        {
            i--;
        }

        return i;
    }

    /// <summary>Per day <c>d</c> of the chunk (and one past its end), how many intervals start before <c>d</c> days from its start.</summary>
    private static int[] StartingBeforeDay(long[] starts, long lengthNanoseconds)
    {
        var days = (int)((lengthNanoseconds + NodaConstants.NanosecondsPerDay - 1) / NodaConstants.NanosecondsPerDay);
        var before = new int[days + 2];
        var i = 0;
        for (var d = 0; d < before.Length; d++)
        {
            var dayStart = d * NodaConstants.NanosecondsPerDay;
            while (i < starts.Length && starts[i] < dayStart)
            {
                i++;
            }

            before[d] = i;
        }

        return before;
    }
}
