using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>An incident that paged on-call (manual §5.3), for the busy-week rule (§5.4, D19).</summary>
/// <param name="At">When it paged.</param>
/// <remarks>
/// It counts for <see cref="Person"/> when given, else for whoever was on call at <see cref="Level"/>, else for the
/// lowest level on call at that instant (the first responder, §5.3). An incident while nobody was on call (Level 1
/// during business hours) counts for nobody.
/// </remarks>
public sealed record PagedIncident(Instant At)
{
    /// <summary>The caller's id, echoed in reports.</summary>
    public string? Id { get; init; }

    /// <summary>The level that was paged, if known.</summary>
    public OnCallLevel? Level { get; init; }

    /// <summary>Who was paged, if known.</summary>
    public string? Person { get; init; }
}

/// <summary>One broken rule in a rota: which rule, whom it concerns, which weeks, and a plain sentence.</summary>
/// <param name="Rule">A stable id from <see cref="OnCallRuleIds"/>.</param>
/// <param name="Source">The manual section and default-policy id, such as <c>§5.4, D19</c>.</param>
/// <param name="Person">Whom it concerns; null for a gap.</param>
/// <param name="Level">The level concerned.</param>
/// <param name="Weeks">The hand-off dates of the weeks involved, in order.</param>
/// <param name="Message">What is wrong, with the values.</param>
public sealed record RotaViolation(string Rule, string Source, string? Person, OnCallLevel Level, ImmutableArray<LocalDate> Weeks, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Rule}] ({Source}) {Message}";
}

/// <summary>The checker's verdict: every violation, and the incidents that could not be pinned on anyone.</summary>
/// <param name="Violations">Every broken rule, ordered by rule, person and first week.</param>
/// <param name="UnattributedIncidents">Incidents at instants when nobody (or not the named person) was on call.</param>
public sealed record RotaCheck(ImmutableArray<RotaViolation> Violations, ImmutableArray<PagedIncident> UnattributedIncidents)
{
    /// <summary>True when no rule is broken.</summary>
    public bool IsFair => Violations.IsEmpty;
}

/// <summary>The stable ids of the on-call rules, used in violations and generator problems.</summary>
public static class OnCallRuleIds
{
    /// <summary>At most N weeks per calendar quarter, counted where the week starts (§5.4, D19).</summary>
    public const string QuarterLimit = "oncall.quarter-limit";

    /// <summary>Never more than N consecutive weeks on the evening shift (§5.4, D19).</summary>
    public const string ConsecutiveEvenings = "oncall.consecutive-evenings";

    /// <summary>A week with more than N incidents earns the next week off (§5.4, D19).</summary>
    public const string BusyWeekRest = "oncall.busy-week-rest";

    /// <summary>Nobody is on call during their time off (§5.4, D19).</summary>
    public const string TimeOff = "oncall.time-off";

    /// <summary>Nobody is on call at two levels at once (§5.3 escalation, our reading).</summary>
    public const string OneLevelAtATime = "oncall.one-level-at-a-time";

    /// <summary>Every covered instant of the period has someone on call (§5.1, D18).</summary>
    public const string Gap = "oncall.gap";

    /// <summary>The team or period is invalid, so no rota can be built (generator only).</summary>
    public const string InvalidInput = "oncall.invalid-input";

    internal const string Limits = "§5.4, D19";
    internal const string Rotations = "§5.1, D18";
}

/// <summary>
/// Checks any rota — generated, hand-edited, with overrides and swaps — against the §5.4 limits (D19), time off, one
/// level at a time and gaps, given the incident log for the busy-week rule. Lists every violation; never stops at
/// the first.
/// </summary>
/// <remarks>
/// <para>Weeks are 7-day pieces of shifts counted from their hand-off date. With overrides, a week is held by whoever
/// covered most of its covered time (ties: the shift holder) — that is whose quarter it counts in — while everyone who
/// covered part of it "worked" it for the consecutive-evenings, busy-week and time-off rules.</para>
/// </remarks>
/// <example>
/// <code>
/// var check = RotaChecker.Check(schedule, incidents);
/// foreach (var violation in check.Violations) Console.WriteLine(violation.Message);
/// </code>
/// </example>
public static class RotaChecker
{
    /// <summary>Checks a schedule without an incident log.</summary>
    /// <param name="schedule">A valid schedule.</param>
    /// <returns>Every violation.</returns>
    /// <exception cref="FluentValidation.ValidationException">The schedule is invalid.</exception>
    public static RotaCheck Check(OnCallSchedule schedule) => Check(schedule, null);

    /// <summary>Checks a compiled schedule without an incident log.</summary>
    /// <param name="timeline">The compiled schedule.</param>
    /// <returns>Every violation.</returns>
    public static RotaCheck Check(OnCallTimeline timeline) => Check(timeline, null);

    /// <summary>Checks a schedule.</summary>
    /// <param name="schedule">A valid schedule.</param>
    /// <param name="incidents">The incident log, if any.</param>
    /// <returns>Every violation.</returns>
    /// <exception cref="FluentValidation.ValidationException">The schedule is invalid.</exception>
    public static RotaCheck Check(OnCallSchedule schedule, IEnumerable<PagedIncident>? incidents)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Check(schedule.Compile(), incidents);
    }

    /// <summary>Checks a compiled schedule.</summary>
    /// <param name="timeline">The compiled schedule.</param>
    /// <param name="incidents">The incident log, if any.</param>
    /// <returns>Every violation.</returns>
    public static RotaCheck Check(OnCallTimeline timeline, IEnumerable<PagedIncident>? incidents)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var rules = timeline.Schedule.Team.Policy.Fairness;
        var ledger = RotaLedger.Build(timeline, rules);
        var unattributed = ledger.AddIncidents(incidents ?? []);
        var violations = new List<RotaViolation>();
        foreach (var (person, mine) in ledger.ByPerson.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            violations.AddRange(WeekLimits(person, mine, rules));
        }

        violations.AddRange(TimeOffBreaches(timeline, ledger));
        if (rules.OneLevelAtATime)
        {
            violations.AddRange(DoubleBookings(timeline, ledger));
        }

        violations.AddRange(Gaps(timeline));
        return new RotaCheck(
            [.. violations.OrderBy(v => v.Rule, StringComparer.Ordinal).ThenBy(v => v.Person, StringComparer.Ordinal).ThenBy(v => v.Weeks.FirstOrDefault())],
            [.. unattributed]);
    }

    /// <summary>The quarter, consecutive-evenings and busy-week rules for one person (shared with the generator).</summary>
    internal static IEnumerable<RotaViolation> WeekLimits(string person, IReadOnlyList<Participation> mine, FairnessRules rules)
    {
        foreach (var ((year, quarter), weeks) in FairnessMath.QuarterBreaches(mine, rules))
        {
            yield return new RotaViolation(OnCallRuleIds.QuarterLimit, OnCallRuleIds.Limits, person, weeks[0].Level, Dates(weeks),
                $"{person} is on call {weeks.Count} weeks starting in {year} Q{quarter} (weeks of {List(weeks)}); the limit is {rules.MaxWeeksPerQuarter} per quarter (§5.4).");
        }

        foreach (var run in FairnessMath.EveningRunBreaches(mine, rules))
        {
            yield return new RotaViolation(OnCallRuleIds.ConsecutiveEvenings, OnCallRuleIds.Limits, person, run[0].Level, Dates(run),
                $"{person} works the evening shift {FairnessMath.RunWeeks(run)} weeks in a row (weeks of {List(run)}); the limit is {rules.MaxConsecutiveEveningWeeks} consecutive weeks (§5.4).");
        }

        foreach (var (busy, next) in FairnessMath.BusyRestBreaches(mine, rules))
        {
            yield return new RotaViolation(OnCallRuleIds.BusyWeekRest, OnCallRuleIds.Limits, person, next.Level, Dates([busy.Unit, next]),
                $"{person} had {busy.Incidents} incidents in the week of {busy.Unit.Start:uuuu-MM-dd} (more than {rules.BusyWeekIncidents}: a busy week) but is on call again in the week of {next.Start:uuuu-MM-dd}; a busy week earns the next week off (§5.4).");
        }
    }

    private static IEnumerable<RotaViolation> TimeOffBreaches(OnCallTimeline timeline, RotaLedger ledger)
    {
        var team = timeline.Schedule.Team;
        var zone = team.Zone;
        var schedule = timeline.Schedule;
        var first = schedule.Shifts.IsDefaultOrEmpty ? schedule.From : schedule.Shifts.Min(s => s.Date);
        var last = schedule.Shifts.IsDefaultOrEmpty ? schedule.To : schedule.Shifts.Max(s => s.Date).PlusMonths(12);
        first = (first < schedule.From ? first : schedule.From).PlusDays(-1);
        last = (last > schedule.To ? last : schedule.To).PlusDays(1);
        foreach (var member in team.People)
        {
            foreach (var off in team.Absences(member.Name, first, last))
            {
                var interval = off.In(zone);
                foreach (var level in timeline.Levels)
                {
                    var calendar = timeline.Coverage(level)!;
                    var clash = timeline.Segments(level, interval.Start, interval.End)
                        .Where(s => s.Person == member.Name && calendar.Elapsed(s.Start, s.End) > Duration.Zero)
                        .ToList();
                    if (clash.Count == 0)
                    {
                        continue;
                    }

                    var weeks = clash.SelectMany(s => UnitsOverlapping(ledger, level, s.Start, s.End)).Distinct().ToList();
                    yield return new RotaViolation(OnCallRuleIds.TimeOff, OnCallRuleIds.Limits, member.Name, level, Dates(weeks),
                        $"{member.Name} is on time off {off}{(off.Note is null ? string.Empty : $" ({off.Note})")} but on call for level {(int)level} during it (week of {List(weeks)}).");
                }
            }
        }
    }

    private static IEnumerable<RotaViolation> DoubleBookings(OnCallTimeline timeline, RotaLedger ledger)
    {
        var levels = timeline.Levels;
        for (var i = 0; i < levels.Length; i++)
        {
            for (var j = i + 1; j < levels.Length; j++)
            {
                var (a, b) = (levels[i], levels[j]);
                var clashes = new Dictionary<string, List<WeekUnit>>(StringComparer.Ordinal);
                foreach (var first in timeline.Segments(a).Where(s => s.Person is not null))
                {
                    foreach (var second in timeline.Segments(b, first.Start, first.End).Where(s => s.Person == first.Person))
                    {
                        if (FairnessMath.CoveredTogether(timeline.Coverage(a)!, timeline.Coverage(b)!, second.Start, second.End))
                        {
                            if (!clashes.TryGetValue(first.Person!, out var weeks))
                            {
                                clashes[first.Person!] = weeks = [];
                            }

                            weeks.AddRange(UnitsOverlapping(ledger, a, second.Start, second.End));
                        }
                    }
                }

                foreach (var (person, weeks) in clashes)
                {
                    var distinct = weeks.Distinct().ToList();
                    yield return new RotaViolation(OnCallRuleIds.OneLevelAtATime, "§5.3, D18", person, a, Dates(distinct),
                        $"{person} is on call at level {(int)a} and level {(int)b} at the same time (level {(int)a} week of {List(distinct)}); escalating from one level to the next (§5.3) must reach someone else.");
                }
            }
        }
    }

    private static IEnumerable<RotaViolation> Gaps(OnCallTimeline timeline)
    {
        var schedule = timeline.Schedule;
        foreach (var level in timeline.Levels)
        {
            var rotation = timeline.Rotation(level)!;
            var calendar = timeline.Coverage(level)!;
            var empty = new List<RotationSlot>();
            foreach (var slot in OnCallSchedule.SlotsInPeriod(rotation, schedule.From, schedule.To))
            {
                if (Uncovered(timeline, level, slot.Start, slot.End).Any(gap => calendar.Elapsed(gap.Start, gap.End) > Duration.Zero))
                {
                    empty.Add(slot);
                }
            }

            if (empty.Count > 0)
            {
                yield return new RotaViolation(OnCallRuleIds.Gap, OnCallRuleIds.Rotations, null, level, [.. empty.Select(s => s.Date)],
                    $"Nobody is on call for level {(int)level} ({rotation.Name}) during part of the shift{(empty.Count > 1 ? "s" : string.Empty)} of {string.Join(", ", empty.Select(s => s.Date.ToString("uuuu-MM-dd", null)))}; assign the shift or add an override.");
            }
        }
    }

    /// <summary>The parts of <c>[from, to)</c> where nobody holds the level.</summary>
    private static IEnumerable<Interval> Uncovered(OnCallTimeline timeline, OnCallLevel level, Instant from, Instant to)
    {
        var cursor = from;
        foreach (var segment in timeline.Segments(level, from, to).Where(s => s.Person is not null))
        {
            if (segment.Start > cursor)
            {
                yield return new Interval(cursor, segment.Start);
            }

            cursor = segment.End;
        }

        if (cursor < to)
        {
            yield return new Interval(cursor, to);
        }
    }

    private static IEnumerable<WeekUnit> UnitsOverlapping(RotaLedger ledger, OnCallLevel level, Instant from, Instant to) =>
        ledger.Units.Where(u => u.Level == level && u.From < to && u.To > from);

    private static ImmutableArray<LocalDate> Dates(IEnumerable<WeekUnit> weeks) => [.. weeks.Select(u => u.Start).Distinct().Order()];

    private static string List(IEnumerable<WeekUnit> weeks) => string.Join(", ", weeks.Select(u => u.Start).Distinct().Order().Select(d => d.ToString("uuuu-MM-dd", null)));
}
