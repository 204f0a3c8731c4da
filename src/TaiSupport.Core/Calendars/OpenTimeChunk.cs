using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// The open time of one fixed stretch of the instant line (52 weeks), precomputed as sorted, merged, disjoint
/// intervals in nanoseconds from the chunk's start, with the running total of open time at each interval's end.
/// Every query is a binary search: its cost does not depend on how much time it spans.
/// </summary>
internal sealed class OpenTimeChunk
{
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly long[] openTimeAtEnd;

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
    /// As <see cref="OpenTimeBefore(long)"/>, also giving the interval found, so a second query close by can gallop
    /// from it (<see cref="LastStartingAtOrBefore(long, int)"/>, <see cref="Locate(long, int)"/>) instead of searching the
    /// whole chunk again: a due or an end is usually a few intervals after its start.
    /// </summary>
    public long OpenTimeBefore(long offset, out int interval)
    {
        interval = LastStartingAtOrBefore(offset);
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
    public int LastStartingAtOrBefore(long offset) => LastStartingAtOrBefore(offset, 0);

    /// <summary>As <see cref="LastStartingAtOrBefore(long)"/>, knowing the answer is not before <paramref name="from"/>: gallops from it.</summary>
    public int LastStartingAtOrBefore(long offset, int from)
    {
        if (from <= 0 || from >= starts.Length || starts[from] > offset)
        {
            from = 0;
        }

        int lo = from, hi = starts.Length - 1, step = 1;
        while (lo + step <= hi && starts[lo + step] <= offset)
        {
            lo += step;
            step <<= 1;
        }

        hi = Math.Min(hi, lo + step - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi;
    }
}
