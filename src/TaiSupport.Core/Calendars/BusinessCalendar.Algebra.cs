using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>Calendar algebra: union, intersection and difference of calendars in any zones (issue 13).</summary>
public sealed partial class BusinessCalendar
{
    private BusinessCalendar(CalendarOperator op, BusinessCalendar left, BusinessCalendar right)
    {
        Operator = op;
        Left = left;
        Right = right;
        Definition = left.Definition;
        Zone = left.Zone;
        BusinessDay = op switch
        {
            CalendarOperator.Union => Duration.Max(left.BusinessDay, right.BusinessDay),
            CalendarOperator.Intersect => Duration.Min(left.BusinessDay, right.BusinessDay),
            _ => left.BusinessDay,
        };
        (lastChunkWithOpenTime, lastChunkThatCanClose, firstChunkWithOpenTime, firstChunkThatCanClose) = op switch
        {
            CalendarOperator.Union => (
                Math.Max(left.lastChunkWithOpenTime, right.lastChunkWithOpenTime),
                Math.Min(left.lastChunkThatCanClose, right.lastChunkThatCanClose),
                Math.Min(left.firstChunkWithOpenTime, right.firstChunkWithOpenTime),
                Math.Max(left.firstChunkThatCanClose, right.firstChunkThatCanClose)),
            CalendarOperator.Intersect => (
                Math.Min(left.lastChunkWithOpenTime, right.lastChunkWithOpenTime),
                Math.Max(left.lastChunkThatCanClose, right.lastChunkThatCanClose),
                Math.Max(left.firstChunkWithOpenTime, right.firstChunkWithOpenTime),
                Math.Min(left.firstChunkThatCanClose, right.firstChunkThatCanClose)),
            _ => (
                left.lastChunkWithOpenTime,
                Math.Max(left.lastChunkThatCanClose, right.lastChunkWithOpenTime),
                left.firstChunkWithOpenTime,
                Math.Min(left.firstChunkThatCanClose, right.firstChunkWithOpenTime)),
        };
    }

    /// <summary>How this calendar combines <see cref="Left"/> and <see cref="Right"/>; <see cref="CalendarOperator.None"/> for a plain calendar.</summary>
    public CalendarOperator Operator { get; }

    /// <summary>The left operand of a composed calendar; null for a plain one.</summary>
    public BusinessCalendar? Left { get; }

    /// <summary>The right operand of a composed calendar; null for a plain one.</summary>
    public BusinessCalendar? Right { get; }

    /// <summary>
    /// A calendar open whenever <paramref name="a"/> or <paramref name="b"/> is open, in any zones (follow-the-sun
    /// coverage). It is compiled to the same precomputed open time as a plain calendar, so its arithmetic is as fast.
    /// </summary>
    /// <param name="a">The first calendar; the result takes its <see cref="Zone"/> (for working days) and <see cref="Definition"/>.</param>
    /// <param name="b">The second calendar.</param>
    /// <returns>The union.</returns>
    /// <example>
    /// <code>
    /// var followTheSun = BusinessCalendar.Union(losAngeles, berlin);
    /// followTheSun.IsOpen(Instant.FromUtc(2026, 1, 12, 17, 0)); // 18:00 Berlin: Los Angeles opens at 09:00 PST
    /// </code>
    /// </example>
    public static BusinessCalendar Union(BusinessCalendar a, BusinessCalendar b) => Compose(CalendarOperator.Union, a, b);

    /// <summary>A calendar open whenever both <paramref name="a"/> and <paramref name="b"/> are open.</summary>
    /// <param name="a">The first calendar; the result takes its <see cref="Zone"/> and <see cref="Definition"/>.</param>
    /// <param name="b">The second calendar.</param>
    /// <returns>The intersection.</returns>
    public static BusinessCalendar Intersect(BusinessCalendar a, BusinessCalendar b) => Compose(CalendarOperator.Intersect, a, b);

    /// <summary>A calendar open whenever <paramref name="a"/> is open and <paramref name="b"/> is closed.</summary>
    /// <param name="a">The calendar to cut from; the result takes its <see cref="Zone"/> and <see cref="Definition"/>.</param>
    /// <param name="b">The time to remove (such as a maintenance window).</param>
    /// <returns>The difference.</returns>
    public static BusinessCalendar Except(BusinessCalendar a, BusinessCalendar b) => Compose(CalendarOperator.Except, a, b);

    /// <summary>Combines two calendars with <paramref name="op"/>.</summary>
    /// <param name="op">Union, intersect or except.</param>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The composed calendar.</returns>
    public static BusinessCalendar Compose(CalendarOperator op, BusinessCalendar a, BusinessCalendar b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (op is not (CalendarOperator.Union or CalendarOperator.Intersect or CalendarOperator.Except))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "Compose with Union, Intersect or Except.");
        }

        return new BusinessCalendar(op, a, b);
    }

    private OpenTimeChunk Combine(long index)
    {
        var a = Left!.ChunkAt(index);
        var b = Right!.ChunkAt(index);
        var starts = new List<long>(a.IntervalCount + b.IntervalCount);
        var ends = new List<long>(a.IntervalCount + b.IntervalCount);
        switch (Operator)
        {
            case CalendarOperator.Union:
                UnionOf(a.Starts, a.Ends, b.Starts, b.Ends, starts, ends);
                break;
            case CalendarOperator.Intersect:
                IntersectionOf(a.Starts, a.Ends, b.Starts, b.Ends, starts, ends);
                break;
            default:
                DifferenceOf(a.Starts, a.Ends, b.Starts, b.Ends, starts, ends);
                break;
        }

        return new OpenTimeChunk(a.Start, ChunkNanoseconds, [.. starts], [.. ends]);
    }

    private static void Append(List<long> starts, List<long> ends, long start, long end)
    {
        if (start >= end)
        {
            return;
        }

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

    private static void UnionOf(
        ReadOnlySpan<long> aStarts, ReadOnlySpan<long> aEnds, ReadOnlySpan<long> bStarts, ReadOnlySpan<long> bEnds, List<long> starts, List<long> ends)
    {
        int i = 0, j = 0;
        while (i < aStarts.Length || j < bStarts.Length)
        {
            if (j >= bStarts.Length || (i < aStarts.Length && aStarts[i] <= bStarts[j]))
            {
                Append(starts, ends, aStarts[i], aEnds[i]);
                i++;
            }
            else
            {
                Append(starts, ends, bStarts[j], bEnds[j]);
                j++;
            }
        }
    }

    private static void IntersectionOf(
        ReadOnlySpan<long> aStarts, ReadOnlySpan<long> aEnds, ReadOnlySpan<long> bStarts, ReadOnlySpan<long> bEnds, List<long> starts, List<long> ends)
    {
        int i = 0, j = 0;
        while (i < aStarts.Length && j < bStarts.Length)
        {
            Append(starts, ends, Math.Max(aStarts[i], bStarts[j]), Math.Min(aEnds[i], bEnds[j]));
            if (aEnds[i] < bEnds[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    private static void DifferenceOf(
        ReadOnlySpan<long> aStarts, ReadOnlySpan<long> aEnds, ReadOnlySpan<long> bStarts, ReadOnlySpan<long> bEnds, List<long> starts, List<long> ends)
    {
        var j = 0;
        for (var i = 0; i < aStarts.Length; i++)
        {
            var cursor = aStarts[i];
            while (j < bStarts.Length && bEnds[j] <= cursor)
            {
                j++;
            }

            var k = j;
            while (k < bStarts.Length && bStarts[k] < aEnds[i])
            {
                Append(starts, ends, cursor, bStarts[k]);
                cursor = Math.Max(cursor, bEnds[k]);
                k++;
            }

            Append(starts, ends, cursor, aEnds[i]);
        }
    }
}
