using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Calendar algebra and working days on random calendars (random zones incl. DST, overnight shifts, holidays,
/// overrides), checked pointwise and against the minute-stepping oracle.
/// </summary>
public sealed class CalendarAlgebraProperties
{
    /// <summary>Two random calendars (each in its own random zone) and an instant.</summary>
    private static readonly Gen<(CalendarCase A, BusinessCalendarDefinition B)> Pair =
        from a in CalendarGenerators.Case
        from zone in CalendarGenerators.Zone
        from b in CalendarGenerators.DefinitionAround(zone, a.Instant.InUtc().Date).Where(CalendarGenerators.IsValid)
        select (a, b);

    private static bool OracleOpen(CalendarOperator op, MinuteSteppingOracle a, MinuteSteppingOracle b, Instant t) => op switch
    {
        CalendarOperator.Union => a.IsOpen(t) || b.IsOpen(t),
        CalendarOperator.Intersect => a.IsOpen(t) && b.IsOpen(t),
        _ => a.IsOpen(t) && !b.IsOpen(t),
    };

    [Property(MaxTest = 150)]
    public Property Composition_IsOpenPointwise_AndElapsedMatchesTheOracle() =>
        Prop.ForAll(
            Arb.From(from p in Pair from op in Gen.Elements(CalendarOperator.Union, CalendarOperator.Intersect, CalendarOperator.Except) from m in Gen.Choose(0, 3 * 24 * 60) select (p, op, m)),
            x =>
            {
                var a = x.p.A.Calendar;
                var b = BusinessCalendar.Create(x.p.B);
                var composed = BusinessCalendar.Compose(x.op, a, b);
                var oa = new MinuteSteppingOracle(x.p.A.Definition);
                var ob = new MinuteSteppingOracle(x.p.B);
                var t = x.p.A.Instant + Duration.FromMinutes(x.m);
                var pointwise = composed.IsOpen(t) == OracleOpen(x.op, oa, ob, t)
                    && composed.IsOpen(t) == OracleOpen(x.op, new(a.Definition), new(b.Definition), t);
                var from = x.p.A.Instant;
                var to = from + Duration.FromDays(2);
                long minutes = 0;
                for (var m = from; m < to; m += Duration.FromMinutes(1))
                {
                    minutes += OracleOpen(x.op, oa, ob, m) ? 1 : 0;
                }

                return pointwise.Label($"IsOpen at {t}")
                    .And((composed.Elapsed(from, to) == Duration.FromMinutes(minutes)).Label($"Elapsed {composed.Elapsed(from, to)} vs {minutes} min"));
            });

    [Property(MaxTest = 200)]
    public Property ElapsedOfUnion_IsInclusionExclusion() =>
        Prop.ForAll(
            Arb.From(from p in Pair from m in Gen.Choose(-20000, 20000) select (p, m)),
            x =>
            {
                var a = x.p.A.Calendar;
                var b = BusinessCalendar.Create(x.p.B);
                var from = x.p.A.Instant;
                var to = from + Duration.FromMinutes(x.m);
                return BusinessCalendar.Union(a, b).Elapsed(from, to)
                    == a.Elapsed(from, to) + b.Elapsed(from, to) - BusinessCalendar.Intersect(a, b).Elapsed(from, to);
            });

    [Property(MaxTest = 150)]
    public Property AddAndSubtractOnAComposition_AreInverse() =>
        Prop.ForAll(
            Arb.From(from p in Pair from d in CalendarGenerators.Minutes select (p, d)),
            x =>
            {
                var union = BusinessCalendar.Union(x.p.A.Calendar, BusinessCalendar.Create(x.p.B));
                var t = x.p.A.Instant;
                var due = union.Add(t, x.d, DueAtClosing.ClosingInstant);
                return (union.Elapsed(t, due) == x.d).Label("Elapsed(t, Add)")
                    .And((union.Elapsed(union.Subtract(t, x.d), t) == x.d).Label("Elapsed(Subtract, t)"));
            });

    [Property(MaxTest = 150)]
    public Property WorkingDayResults_AreWorkingDaysAgreeingWithTheOracle() =>
        Prop.ForAll(
            Arb.From(from c in CalendarGenerators.Case from n in Gen.Choose(-4, 6) from mode in Gen.Elements(WorkingDayMode.SameLocalTime, WorkingDayMode.EndOfDay, WorkingDayMode.StartOfDay) select (c, n, mode)),
            x =>
            {
                var calendar = x.c.Calendar;
                var zone = calendar.Zone;
                var oracle = new MinuteSteppingOracle(x.c.Definition);
                var startDate = x.c.Instant.InZone(zone).Date;
                if (!calendar.TryMoveForTest(startDate, x.n, out var target))
                {
                    return true.Label("ran out of working days");
                }

                var result = calendar.AddWorkingDays(x.c.Instant, x.n, x.mode);
                var hours = calendar.WorkingHours(target)!.Value;
                var inHours = result >= hours.Start && result <= hours.End;
                var oracleSaysWorking = OracleIsWorkingDay(oracle, zone, target);
                var between = calendar.WorkingDaysBetween(startDate, target);
                var expectedBetween = x.n == 0 ? (target == startDate ? 0 : 1) : x.n;
                return inHours.Label($"{result} outside {hours}")
                    .And(oracleSaysWorking.Label($"oracle: {target} is not a working day"))
                    .And((x.mode != WorkingDayMode.StartOfDay || calendar.IsOpen(result)).Label("start of day is open"))
                    .And((between == expectedBetween).Label($"WorkingDaysBetween {between}, expected {expectedBetween}"));
            });

    /// <summary>
    /// The precomputed working-day blocks answer exactly as one NextWorkingDay/PreviousWorkingDay per day, for every
    /// mode and counts that cross several blocks (128 days each).
    /// </summary>
    [Property(MaxTest = 150)]
    public Property AddWorkingDays_ByBlocks_EqualsDayByDay() =>
        Prop.ForAll(
            Arb.From(
                from c in CalendarGenerators.Case
                from n in Gen.Frequency((3, Gen.Choose(-8, 8)), (1, Gen.Choose(-300, 300)))
                from mode in Gen.Elements(WorkingDayMode.SameLocalTime, WorkingDayMode.EndOfDay, WorkingDayMode.StartOfDay, WorkingDayMode.AtLocalTime)
                from minute in Gen.Choose(0, (24 * 60) - 1)
                select (c, n, mode, at: LocalTime.Midnight.PlusMinutes(minute))),
            x =>
            {
                var calendar = x.c.Calendar;
                Instant? expected;
                try
                {
                    expected = calendar.AddWorkingDaysDayByDay(x.c.Instant, x.n, x.mode, x.at);
                }
                catch (InvalidOperationException)
                {
                    expected = null;
                }

                Instant? actual;
                try
                {
                    actual = calendar.AddWorkingDays(x.c.Instant, x.n, x.mode, x.at);
                }
                catch (InvalidOperationException)
                {
                    actual = null;
                }

                return (actual == expected).Label($"blocks {actual}, day by day {expected}");
            });

    [Property(MaxTest = 150)]
    public Property IsWorkingDay_AgreesWithTheOracle() =>
        Prop.ForAll(
            Arb.From(from c in CalendarGenerators.Case from k in Gen.Choose(-3, 12) select (c, k)),
            x =>
            {
                var date = x.c.Instant.InZone(x.c.Calendar.Zone).Date.PlusDays(x.k);
                var oracle = OracleIsWorkingDay(new MinuteSteppingOracle(x.c.Definition), x.c.Calendar.Zone, date);
                return (x.c.Calendar.IsWorkingDay(date) == oracle).Label($"{date}: engine {x.c.Calendar.IsWorkingDay(date)}, oracle {oracle}");
            });

    [Property(MaxTest = 150)]
    public Property Stretches_TileTheRangeAndSumToElapsed() =>
        Prop.ForAll(
            Arb.From(from c in CalendarGenerators.Case from m in Gen.Choose(0, 20000) select (c, m)),
            x =>
            {
                var calendar = x.c.Calendar;
                var from = x.c.Instant;
                var to = from + Duration.FromMinutes(x.m);
                var open = Duration.Zero;
                var closed = Duration.Zero;
                var ok = true;
                foreach (var s in calendar.OpenStretches(from, to))
                {
                    open += s.Length;
                    ok &= calendar.IsOpen(s.Start) && s.Start < s.End;
                }

                foreach (var s in calendar.ClosedStretches(from, to))
                {
                    closed += s.Length;
                    ok &= !calendar.IsOpen(s.Start) && calendar.ClosedReason(s.Start) != ClosedReason.Open;
                }

                return (ok && open == calendar.Elapsed(from, to) && open + closed == to - from).Label($"open {open}, closed {closed}");
            });

    /// <summary>
    /// The working-day rule read naively: some open minute of the local day that is not the tail of a stretch that
    /// was already open at the day's start and closes before the day ends.
    /// </summary>
    private static bool OracleIsWorkingDay(MinuteSteppingOracle oracle, DateTimeZone zone, LocalDate date)
    {
        // Leniently: a date the zone skipped whole (Pacific/Apia, 2011-12-30) is an empty day, not an exception.
        var start = zone.AtLeniently(date.AtMidnight()).ToInstant();
        var end = zone.AtLeniently(date.PlusDays(1).AtMidnight()).ToInstant();
        var minute = Duration.FromMinutes(1);
        var t = start;
        if (oracle.IsOpen(t) && oracle.IsOpen(t - minute))
        {
            while (t < end && oracle.IsOpen(t))
            {
                t += minute;
            }

            if (t >= end)
            {
                return true;
            }
        }

        for (; t < end; t += minute)
        {
            if (oracle.IsOpen(t))
            {
                return true;
            }
        }

        return false;
    }
}

internal static class WorkingDayTestExtensions
{
    /// <summary>The target date of AddWorkingDays, or false when the calendar runs out (rare on random calendars).</summary>
    public static bool TryMoveForTest(this BusinessCalendar calendar, LocalDate date, int days, out LocalDate target)
    {
        target = date;
        if (days == 0)
        {
            if (calendar.IsWorkingDay(date))
            {
                return true;
            }

            days = 1;
        }

        for (var i = 0; i < days; i++)
        {
            if (calendar.NextWorkingDay(target) is not { } next)
            {
                return false;
            }

            target = next;
        }

        for (var i = 0; i > days; i--)
        {
            if (calendar.PreviousWorkingDay(target) is not { } previous)
            {
                return false;
            }

            target = previous;
        }

        return true;
    }
}
