using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>Backward arithmetic on random calendars (zones incl. DST, overnight shifts, holidays, overrides).</summary>
public sealed class SubtractProperties
{
    private static Arbitrary<(CalendarCase Case, Duration Duration)> CaseAndDuration => CalendarGenerators.CaseAndDuration;

    [Property(MaxTest = 300)]
    public Property Elapsed_FromSubtractToEnd_IsTheDuration() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var start = x.Case.Calendar.Subtract(x.Case.Instant, x.Duration);
            return x.Case.Calendar.Elapsed(start, x.Case.Instant) == x.Duration;
        });

    [Property(MaxTest = 300)]
    public Property SubtractOfAdd_IsNotBeforeTheStart_AndEqualWhenOpen() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var calendar = x.Case.Calendar;
            var t = x.Case.Instant;
            var back = calendar.Subtract(calendar.Add(t, x.Duration, DueAtClosing.ClosingInstant), x.Duration);
            return (back >= t).Label($"back {back} < t {t}")
                .And((!calendar.IsOpen(t) || x.Duration == Duration.Zero || back == t).Label($"open t {t} but back {back}"));
        });

    [Property(MaxTest = 150)]
    public Property Subtract_AgreesWithTheMinuteSteppingOracle() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var engine = x.Case.Calendar.Subtract(x.Case.Instant, x.Duration);
            var oracle = new MinuteSteppingOracle(x.Case.Definition).Subtract(x.Case.Instant, x.Duration);
            return (engine == oracle).Label($"engine {engine}, oracle {oracle}");
        });

    [Property(MaxTest = 200)]
    public Property Subtract_WithPreviousClosing_HasTheSameOpenTimeAndIsNeverOpenJustBefore() =>
        Prop.ForAll(CaseAndDuration, x =>
        {
            var calendar = x.Case.Calendar;
            var latest = calendar.Subtract(x.Case.Instant, x.Duration);
            var earliest = calendar.Subtract(x.Case.Instant, x.Duration, StartAtOpening.PreviousClosing);
            return (earliest <= latest && calendar.Elapsed(earliest, latest) == Duration.Zero)
                .Label($"latest {latest}, earliest {earliest}");
        });

    [Property(MaxTest = 200)]
    public Property PreviousOpeningAndClosing_AreBoundaries() =>
        Prop.ForAll(Arb.From(CalendarGenerators.Case), c =>
        {
            var calendar = c.Calendar;
            var opening = calendar.PreviousOpening(c.Instant);
            var closing = calendar.PreviousClosing(c.Instant);
            var eps = Duration.Epsilon;
            return (opening is null || (opening <= c.Instant && calendar.IsOpen(opening.Value) && !calendar.IsOpen(opening.Value - eps))).Label($"opening {opening}")
                .And((closing is null || (closing <= c.Instant && !calendar.IsOpen(closing.Value) && calendar.IsOpen(closing.Value - eps))).Label($"closing {closing}"));
        });
}
