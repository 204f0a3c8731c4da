using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// <c>CalendarTimeline.Subtract</c> (on the calendar's <see cref="BusinessCalendar.TrySubtract"/>, issue 13) gives
/// exactly what the bisection it replaced gave (<see cref="Bisection"/>, the old <c>CalendarTimeline.Before</c>, kept
/// here as the reference), on one calendar and on timelines of several pieces (policy versions, follow-the-sun).
/// </summary>
public sealed class CalendarTimelineSubtractProperties
{
    private static readonly Instant Year = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly BusinessCalendar Berlin = BusinessCalendar.For("Europe/Berlin")
        .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
        .Holiday(new LocalDate(2026, 3, 30))
        .Holiday(new LocalDate(2026, 10, 26))
        .Build();

    private static readonly BusinessCalendar[] Calendars =
        [BusinessCalendars.StarterHours, BusinessCalendars.ProfessionalHours, BusinessCalendars.Always, Berlin];

    private static readonly Gen<(CalendarTimeline Timeline, Instant End, Duration Duration)> Cases =
        from pieceCount in Gen.Choose(1, 4)
        from calendars in Gen.ListOf(Gen.Elements(Calendars), pieceCount)
        from starts in Gen.ListOf(Gen.Choose(0, 364 * 24 * 60), pieceCount)
        from end in Gen.Choose(20 * 24 * 60, 364 * 24 * 60)
        from seconds in Gen.Frequency((3, Gen.Choose(0, 60).Select(m => m * 3600)), (2, Gen.Choose(0, 200 * 3600)), (1, Gen.Choose(0, 2000 * 3600)))
        select (Timeline(calendars, starts), Year + Duration.FromMinutes(end), Duration.FromSeconds(seconds));

    [Property(MaxTest = 400)]
    public Property Subtract_AgreesWithTheBisectionItReplaced() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var expected = Bisection(c.Timeline, c.End, c.Duration);
            var actual = c.Timeline.Subtract(c.End, c.Duration);
            return (expected == actual).Label($"end {c.End}, {c.Duration}, {c.Timeline.PieceCount} pieces: bisection {expected}, Subtract {actual}");
        });

    private static CalendarTimeline Timeline(IReadOnlyList<BusinessCalendar> calendars, IReadOnlyList<int> starts)
    {
        var froms = starts.Select(m => Year + Duration.FromMinutes(m)).Order().ToArray();
        froms[0] = Instant.MinValue;
        return new CalendarTimeline([.. calendars.Select((calendar, i) => new CalendarPiece(froms[i], calendar, null))]);
    }

    /// <summary>The old <c>CalendarTimeline.Before</c>: a bisection on the monotone <c>Elapsed</c> over the 400 days before the end, exact to the nanosecond.</summary>
    private static Instant? Bisection(CalendarTimeline timeline, Instant end, Duration duration)
    {
        if (duration <= Duration.Zero)
        {
            return end;
        }

        var limit = Duration.FromDays(400);
        if (timeline.Elapsed(end - limit, end) < duration)
        {
            return null;
        }

        var low = end - limit;
        var high = end;
        while (high - low > Duration.Epsilon)
        {
            var mid = low + Duration.FromNanoseconds((high - low).ToInt64Nanoseconds() / 2);
            if (timeline.Elapsed(mid, end) >= duration)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
