using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of open-time arithmetic on random calendars (random tzdb zones, split and overnight shifts, holidays,
/// overrides) at random instants, half of them within two days of a DST or other offset transition.
/// Replay a failure with the seed FsCheck prints: <c>[Property(Replay = "…")]</c>.
/// </summary>
public sealed class BusinessCalendarProperties
{
    private static Arbitrary<(CalendarCase Case, Duration Duration)> CaseAndDuration => CalendarGenerators.CaseAndDuration;

    [Property(MaxTest = 300)]
    public Property Elapsed_FromStartToAdd_IsTheDuration() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var due = x.Case.Calendar.Add(x.Case.Instant, x.Duration, DueAtClosing.ClosingInstant);
            return x.Case.Calendar.Elapsed(x.Case.Instant, due) == x.Duration;
        });

    [Property(MaxTest = 300)]
    public Property Add_IsAssociative() =>
        Prop.ForAll(
            Arb.From(from c in CalendarGenerators.Case from a in CalendarGenerators.Minutes from b in CalendarGenerators.Minutes select (c, a, b)),
            x =>
            {
                var calendar = x.c.Calendar;
                return calendar.Add(calendar.Add(x.c.Instant, x.a), x.b) == calendar.Add(x.c.Instant, x.a + x.b);
            });

    [Property(MaxTest = 300)]
    public Property Add_IsMonotonicInStartAndDuration() =>
        Prop.ForAll(
            Arb.From(
                from c in CalendarGenerators.Case
                from d in CalendarGenerators.Minutes
                from later in Gen.Choose(0, 3000)
                from more in Gen.Choose(0, 3000)
                select (c, d, later: Duration.FromMinutes(later), more: Duration.FromMinutes(more))),
            x =>
            {
                var calendar = x.c.Calendar;
                var due = calendar.Add(x.c.Instant, x.d);
                return calendar.Add(x.c.Instant + x.later, x.d) >= due && calendar.Add(x.c.Instant, x.d + x.more) >= due;
            });

    [Property(MaxTest = 300)]
    public Property Elapsed_IsAdditiveOverAnyThreeInstants() =>
        Prop.ForAll(
            Arb.From(
                from c in CalendarGenerators.Case
                from b in Gen.Choose(-20000, 20000)
                from e in Gen.Choose(-20000, 20000)
                select (c, b: c.Instant + Duration.FromMinutes(b), e: c.Instant + Duration.FromMinutes(e))),
            x =>
            {
                var calendar = x.c.Calendar;
                var a = x.c.Instant;
                return calendar.Elapsed(a, x.b) + calendar.Elapsed(x.b, x.e) == calendar.Elapsed(a, x.e)
                    && calendar.Elapsed(x.b, a) == -calendar.Elapsed(a, x.b);
            });

    [Property(MaxTest = 200)]
    public Property Add_OnAnAlwaysOpenCalendar_IsPlainAddition() =>
        Prop.ForAll(
            Arb.From(
                from c in CalendarGenerators.AlwaysOpenCase
                from minutes in Gen.Choose(0, 2_000_000)
                select (c, d: Duration.FromMinutes(minutes))),
            x => x.c.Calendar.Add(x.c.Instant, x.d) == x.c.Instant + x.d
                && x.c.Calendar.Elapsed(x.c.Instant, x.c.Instant + x.d) == x.d);

    [Property(MaxTest = 150)]
    public Property AddAndElapsed_AgreeWithTheMinuteSteppingOracle() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var oracle = new MinuteSteppingOracle(x.Case.Definition);
            var start = x.Case.Instant;
            var due = x.Case.Calendar.Add(start, x.Duration, DueAtClosing.ClosingInstant);
            var expected = oracle.Add(start, x.Duration);
            var window = start + Duration.FromDays(3);
            return (due == expected)
                .Label($"Add: engine {due}, oracle {expected}")
                .And((x.Case.Calendar.Elapsed(start, window) == oracle.Elapsed(start, window)).Label("Elapsed over 3 days"));
        });

    [Property(MaxTest = 150)]
    public Property IsOpenNextOpeningNextClosing_AgreeWithTheOracle() =>
        Prop.ForAll(Arb.From(CalendarGenerators.Case), c =>
        {
            var oracle = new MinuteSteppingOracle(c.Definition);
            var limit = Duration.FromDays(20);
            var opening = c.Calendar.NextOpening(c.Instant);
            var closing = c.Calendar.NextClosing(c.Instant);
            var expectedOpening = oracle.NextOpening(c.Instant, limit);
            var expectedClosing = oracle.NextClosing(c.Instant, limit);
            return (c.Calendar.IsOpen(c.Instant) == oracle.IsOpen(c.Instant)).Label("IsOpen")
                .And((expectedOpening is null || opening == expectedOpening).Label($"NextOpening: engine {opening}, oracle {expectedOpening}"))
                .And((expectedClosing is null || closing == expectedClosing).Label($"NextClosing: engine {closing}, oracle {expectedClosing}"));
        });

    [Property(MaxTest = 200)]
    public Property Add_WithNextOpening_NeverLandsOnAClosedInstant() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var calendar = x.Case.Calendar;
            var plain = calendar.Add(x.Case.Instant, x.Duration, DueAtClosing.ClosingInstant);
            var moved = calendar.Add(x.Case.Instant, x.Duration, DueAtClosing.NextOpening);
            return x.Duration == Duration.Zero
                ? moved == x.Case.Instant
                : (calendar.IsOpen(plain) ? moved == plain : moved == calendar.NextOpening(plain) && calendar.Elapsed(plain, moved) == Duration.Zero);
        });
}
