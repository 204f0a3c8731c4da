using System.Collections.Immutable;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.OnCall;

/// <summary>What to plan: the team, the period, and recent history (earlier shifts and the incidents they saw).</summary>
/// <example>
/// <code>
/// var request = RotaRequest.ForWeeks(team, new LocalDate(2026, 1, 5), 13) with { History = lastQuarter, Incidents = log };
/// var plan = RotaGenerator.Generate(request);
/// </code>
/// </example>
public sealed record RotaRequest
{
    /// <summary>The team: rotations, people (time off, compensation) and policy.</summary>
    public required OnCallTeam Team { get; init; }

    /// <summary>The period's first date.</summary>
    public LocalDate From { get; init; }

    /// <summary>The period's end date (exclusive).</summary>
    public LocalDate To { get; init; }

    /// <summary>
    /// Earlier shifts: who was on call lately counts towards this quarter's limit, consecutive weeks and rest after a
    /// busy week; a history shift that overlaps the period is kept as it is (it was already published).
    /// </summary>
    public OnCallSchedule? History { get; init; }

    /// <summary>Incidents during <see cref="History"/>: busy weeks earn rest, and the most-paged people get fewer weeks first.</summary>
    public ImmutableArray<PagedIncident> Incidents { get; init; } = [];

    /// <summary>Kept for source compatibility; the search no longer has a try limit.</summary>
    /// <value>
    /// The default is 200,000. It is ignored: the search is complete (it prunes only branches that provably cannot be
    /// completed and remembers states already shown to be dead ends), so it finds a rota whenever one exists.
    /// </value>
    public int SearchBudget { get; init; } = 200_000;

    /// <summary>Repair mode: the holder each shift had when published, tried first so as few shifts as possible change.</summary>
    internal ImmutableDictionary<(OnCallLevel Level, LocalDate Date, LocalTime? Time), string>? Preferred { get; init; }

    /// <summary>A request for <paramref name="weeks"/> weeks from <paramref name="from"/>.</summary>
    /// <param name="team">The team.</param>
    /// <param name="from">The first date.</param>
    /// <param name="weeks">How many weeks; 13 is a quarter.</param>
    /// <returns>The request.</returns>
    /// <exception cref="TaiValidationException"><paramref name="from"/> is outside <see cref="SupportedDates"/>, or the
    /// weeks are negative or run past its last date (on-call dates stop at 9990, as the schedule check does).</exception>
    public static RotaRequest ForWeeks(OnCallTeam team, LocalDate from, int weeks)
    {
        var last = new LocalDate(9990, 12, 31);
        if (!SupportedDates.Contains(from) || from > last)
        {
            throw new TaiValidationException("rota request", [new ValidationFailure(nameof(from), $"must lie from {LocalDatePattern.Iso.Format(SupportedDates.First)} to 9990-12-31, the dates the on-call engine computes with.")]);
        }

        if (weeks < 0 || weeks > Period.Between(from, last, PeriodUnits.Weeks).Weeks)
        {
            throw new TaiValidationException("rota request", [new ValidationFailure(nameof(weeks), $"must be from 0 to {Period.Between(from, last, PeriodUnits.Weeks).Weeks} (the weeks left before 9990-12-31), got {weeks}.")]);
        }

        return new() { Team = team, From = from, To = from.PlusWeeks(weeks) };
    }
}

/// <summary>A rule the generator cannot satisfy, and what would fix it.</summary>
/// <param name="Rule">The rule that cannot be met (an id of <see cref="OnCallRuleIds"/>).</param>
/// <param name="Source">The manual section and default-policy id.</param>
/// <param name="Level">The level concerned, if one.</param>
/// <param name="Week">The first hand-off date concerned, if one.</param>
/// <param name="Message">Why no rota can be built.</param>
/// <param name="Fix">What would make it possible, such as "needs at least 4 people".</param>
public sealed record RotaProblem(string Rule, string Source, OnCallLevel? Level, LocalDate? Week, string Message, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Rule}] {Message} Fix: {Fix}";
}

/// <summary>The generator's answer: a rota that satisfies every hard rule, or the problems that make one impossible.</summary>
/// <param name="Schedule">The rota, or null when none could be built.</param>
/// <param name="Problems">Why not; empty on success.</param>
/// <param name="Trace">How each shift was decided and how well the soft goals were met.</param>
public sealed record RotaPlan(OnCallSchedule? Schedule, ImmutableArray<RotaProblem> Problems, ImmutableArray<TraceStep> Trace)
{
    /// <summary>True when <see cref="Schedule"/> holds a rota that satisfies every hard rule.</summary>
    public bool Succeeded => Schedule is not null;
}

/// <summary>
/// Builds rotas that are fair by construction (manual §5.4, D19): every hard rule holds — at most N weeks per quarter,
/// no more than N consecutive evening weeks, a rest week after a busy week, nobody on call during time off or at two
/// levels at once — and weeks and paged load are spread evenly (the soft "1 week/month" goal). Deterministic: the
/// same request always gives the same rota. When no rota exists it says which rule cannot be met and what would fix
/// it, never returns a broken rota.
/// </summary>
/// <remarks>
/// <para>Shifts are filled in time order. Each takes the eligible participant with the fewest shifts so far in the
/// period, then one who was not on call the week before, then the least paged recently, then the one off call the
/// longest, then rotation order — so a team without constraints gets the plain rotation of §5.1. A depth-first search
/// with backtracking handles time off and history; obvious impossibilities (too few people for the quarter limit,
/// everyone away the same week) are reported up front with a fix.</para>
/// <para>The search is complete: it has no try limit. Before each shift it checks, per rotation and quarter, that the
/// weeks still to staff fit into what the participants can still take (their quarter allowance and the weeks they are
/// not on time off), and it remembers every state (shift, quarter counts, recent holders) already shown to be a dead
/// end. Both cuts are exact — they drop only branches with no rota — so "impossible" means no rota exists.</para>
/// </remarks>
/// <example>
/// <code>
/// var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, new LocalDate(2026, 1, 5), 13));
/// if (!plan.Succeeded) foreach (var p in plan.Problems) Console.WriteLine($"{p.Message} Fix: {p.Fix}");
/// </code>
/// </example>
public static class RotaGenerator
{
    private static readonly OnCallTeamValidator TeamValidator = new();

    /// <summary>Plans the period.</summary>
    /// <param name="request">The team, period and history.</param>
    /// <returns>The rota, or the problems.</returns>
    public static RotaPlan Generate(RotaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invalid = Validate(request);
        if (invalid.Length > 0)
        {
            return new RotaPlan(null, invalid, []);
        }

        var search = new RotaSearch(request);
        var upFront = search.Impossibilities();
        if (upFront.Count > 0)
        {
            return new RotaPlan(null, [.. upFront], []);
        }

        if (!search.Run())
        {
            return new RotaPlan(null, [search.Diagnose()], []);
        }

        var schedule = search.ToSchedule();
        var check = RotaChecker.Check(schedule, request.Incidents);
        if (!check.IsFair)
        {
            // The search enforces exactly the checker's rules, so what is left comes from shifts published before (the
            // history cannot be changed here) or is a defect, reported rather than hidden.
            var published = search.PublishedDates;
            return new RotaPlan(null, [.. check.Violations.Select(v => v.Weeks.All(published.Contains)
                ? new RotaProblem(v.Rule, v.Source, v.Level, v.Weeks.FirstOrDefault(), $"Shifts already published in the history break a rule: {v.Message}",
                    "swap those shifts or cover them with an override in the history before planning.")
                : new RotaProblem(v.Rule, v.Source, v.Level, v.Weeks.FirstOrDefault(), $"The generated rota still breaks a rule: {v.Message}",
                    "report this as a bug with the team file."))], []);
        }

        return new RotaPlan(schedule, [], search.Trace(schedule));
    }

    private static ImmutableArray<RotaProblem> Validate(RotaRequest request)
    {
        var problems = new List<RotaProblem>();
        var failures = TeamValidator.Validate(request.Team).Errors;
        problems.AddRange(failures.Select(f => new RotaProblem(OnCallRuleIds.InvalidInput, "§5.1, D18", null, null, $"team.{f.PropertyName}: {f.ErrorMessage}", "correct the team.")));
        if (request.To <= request.From)
        {
            problems.Add(new RotaProblem(OnCallRuleIds.InvalidInput, "§5.1, D18", null, null, $"The period {request.From:uuuu-MM-dd}..{request.To:uuuu-MM-dd} is empty.", "end the period after it starts."));
        }

        if (request.History is { } history && history.Validate() is { IsValid: false } bad)
        {
            problems.AddRange(bad.Errors.Select(f => new RotaProblem(OnCallRuleIds.InvalidInput, "§5.1, D18", null, null, $"history.{f.PropertyName}: {f.ErrorMessage}", "correct the history schedule.")));
        }

        return [.. problems];
    }

    /// <summary>One shift to fill.</summary>
    private sealed class Slot(Rotation rotation, BusinessCalendar coverage, RotationSlot slot, FairnessRules rules)
    {
        public Rotation Rotation { get; } = rotation;

        public BusinessCalendar Coverage { get; } = coverage;

        public RotationSlot Shift { get; } = slot;

        /// <summary>Who takes turns in this shift: the order in force then (issue 17, rotation changes).</summary>
        public ImmutableArray<string> People { get; } = rotation.ParticipantsFor(slot);

        public ImmutableArray<WeekUnit> Weeks { get; } = [.. WeekUnit.Split(rotation, slot, null, rules)];

        public string? Pinned { get; set; }

        public string? Chosen { get; set; }

        public List<Slot> Clashes { get; } = [];

        public string Label => $"level {(int)Rotation.Level} ({Rotation.Name}) shift of {Shift.Label}";
    }

    /// <summary>The state of one search: slots in time order, each person's weeks, the deepest failure seen.</summary>
    private sealed class RotaSearch
    {
        private const string SearchReason = "search";
        private readonly RotaRequest request;
        private readonly FairnessRules rules;
        private readonly List<Slot> slots;
        private readonly Dictionary<string, List<Participation>> weeks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> planShifts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> order = new(StringComparer.Ordinal);
        private readonly OnCallTimeline? history;
        private readonly Dictionary<Slot, string> decisions = [];
        private readonly HashSet<string> deadEnds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (TimeOff Off, Interval At)[]> absences = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Year, int Quarter), int> quarterIndex = [];
        private readonly List<Rotation> fairRotations = [];
        private int[,] held = new int[0, 0];
        private int[][,] need = [];
        private int[][,,] available = [];
        private int deepest = -1;
        private List<string> deepestReasons = [];

        public RotaSearch(RotaRequest request)
        {
            this.request = request;
            rules = request.Team.Policy.Fairness;
            slots = [.. request.Team.Rotations.SelectMany(rotation =>
            {
                var coverage = rotation.CoverageCalendar();
                return OnCallSchedule.SlotsInPeriod(rotation, request.From, request.To).Select(s => new Slot(rotation, coverage, s, rules));
            }).OrderBy(s => s.Shift.Start).ThenBy(s => s.Rotation.Level)];
            foreach (var (person, i) in request.Team.Everyone.Select((p, i) => (p, i)))
            {
                order[person] = i;
            }

            if (request.History is { } past)
            {
                history = past.Compile();
                LoadHistory(history);
            }

            FindClashes();
            PrepareBounds();
        }

        public List<RotaProblem> Impossibilities()
        {
            var problems = new List<RotaProblem>();
            foreach (var rotation in request.Team.Rotations)
            {
                var mine = slots.Where(s => s.Rotation == rotation).ToList();
                if (rules.AppliesTo(rotation.Level))
                {
                    QuarterCapacity(rotation, mine, problems);
                    EveningRuns(rotation, mine, problems);
                }
            }

            foreach (var slot in slots)
            {
                var away = slot.People.Select(p => (Person: p, Off: TimeOffDuring(slot, p))).ToList();
                if (slot.Pinned is { } pinned && away.First(a => a.Person == pinned).Off is { } off)
                {
                    problems.Add(new RotaProblem(OnCallRuleIds.TimeOff, OnCallRuleIds.Limits, slot.Rotation.Level, slot.Shift.Date,
                        $"The already published {slot.Label} is held by {pinned}, who is on time off {off}.",
                        $"swap that shift or cover it with an override in the history before planning."));
                }
                else if (slot.Pinned is null && away.All(a => a.Off is not null))
                {
                    problems.Add(new RotaProblem(OnCallRuleIds.TimeOff, OnCallRuleIds.Limits, slot.Rotation.Level, slot.Shift.Date,
                        $"Every participant of the {slot.Label} is on time off ({string.Join("; ", away.Select(a => $"{a.Person} {a.Off}"))}).",
                        $"move someone's time off, or add a participant to rotation {slot.Rotation.Name}."));
                }
            }

            return problems;
        }

        /// <summary>The week starts of the shifts kept from the history.</summary>
        public HashSet<LocalDate> PublishedDates => [.. slots.Where(s => s.Pinned is not null).SelectMany(s => s.Weeks.Select(w => w.Start))];

        public bool Run() => Fill(0);

        public RotaProblem Diagnose()
        {
            var slot = slots[Math.Max(0, deepest)];
            // Time off is a given; when something else blocks too, that is the rule that cannot be met.
            var blocking = deepestReasons.Select(r => r.Split(':')[0]).Where(r => r != SearchReason).ToList();
            var rule = blocking.Where(r => r != OnCallRuleIds.TimeOff).GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
                ?? blocking.FirstOrDefault() ?? OnCallRuleIds.QuarterLimit;
            return new RotaProblem(rule, OnCallRuleIds.Limits, slot.Rotation.Level, slot.Shift.Date,
                $"No rota satisfies every rule: nobody can take the {slot.Label} ({string.Join("; ", deepestReasons.Select(r => r[(r.IndexOf(':') + 2)..]))}).",
                rule switch
                {
                    OnCallRuleIds.TimeOff => $"move some time off, or add a participant to rotation {slot.Rotation.Name}.",
                    OnCallRuleIds.OneLevelAtATime => $"put different people on different levels, or add a participant to rotation {slot.Rotation.Name}.",
                    _ => $"add a participant to rotation {slot.Rotation.Name} (needs at least {slot.Rotation.Participants.Length + 1} people), or relax the limit in the policy.",
                });
        }

        public OnCallSchedule ToSchedule()
        {
            var shifts = slots.Select(s => new OnCallShift(s.Rotation.Level, s.Shift.Date, s.Pinned ?? s.Chosen!) { Time = s.Shift.Time })
                .OrderBy(s => s.Level).ThenBy(s => s.Date).ThenBy(s => s.Time);
            var covers = request.History is { } past
                ? past.Overrides.Where(o => slots.Any(s => s.Pinned is not null && s.Rotation.Level == o.Level && o.Start < s.Shift.End && o.End > s.Shift.Start))
                : [];
            return new OnCallSchedule { Team = request.Team, From = request.From, To = request.To, Shifts = [.. shifts], Overrides = [.. covers] };
        }

        public ImmutableArray<TraceStep> Trace(OnCallSchedule schedule)
        {
            var trace = slots.Select(s => new TraceStep("oncall.plan.assign", OnCallRuleIds.Limits, decisions.GetValueOrDefault(s) ?? $"{s.Label}: {s.Pinned} (already published in the history)")).ToList();
            foreach (var rotation in request.Team.Rotations)
            {
                var counts = rotation.Participants.Select(p => $"{p} {schedule.Shifts.Count(s => s.Level == rotation.Level && s.Person == p)}");
                trace.Add(new TraceStep("oncall.plan.balance", OnCallRuleIds.Limits, $"level {(int)rotation.Level} ({rotation.Name}) shifts per person: {string.Join(", ", counts)}."));
            }

            var crowded = slots.Where(s => rules.AppliesTo(s.Rotation.Level))
                .SelectMany(s => s.Weeks.Select(w => (Person: s.Pinned ?? s.Chosen!, Month: (w.Start.Year, w.Start.Month))))
                .GroupBy(x => x).Where(g => g.Count() > rules.TargetWeeksPerMonth)
                .Select(g => $"{g.Key.Person} {g.Count()} weeks in {g.Key.Month.Year}-{g.Key.Month.Month:00}").ToList();
            trace.Add(new TraceStep("oncall.plan.month-goal", OnCallRuleIds.Limits, crowded.Count == 0
                ? $"soft goal met: nobody has more than {rules.TargetWeeksPerMonth} week(s) starting in one month."
                : $"soft goal \"{rules.TargetWeeksPerMonth} week/month\" missed where the weeks do not divide evenly: {string.Join(", ", crowded)}."));
            return [.. trace];
        }

        private bool Fill(int index)
        {
            if (index == slots.Count)
            {
                return true;
            }

            var slot = slots[index];
            if (slot.Pinned is { } pinned)
            {
                Assign(slot, pinned, []); // published before: its weeks are in the history, and later shifts check against it
                return Fill(index + 1);
            }

            if (QuarterShortfall(index) is { } shortfall)
            {
                Remember(index, [shortfall]);
                return false;
            }

            var key = StateKey(index);
            if (deadEnds.Contains(key))
            {
                return false;
            }

            var reasons = new List<string>();
            foreach (var person in Candidates(slot))
            {
                var why = Rejection(slot, person);
                if (why is not null)
                {
                    reasons.Add(why);
                    continue;
                }

                Assign(slot, person, reasons);
                if (Fill(index + 1))
                {
                    return true;
                }

                Unassign(slot, person);
                reasons.Add($"{SearchReason}: {person} would leave a later shift with nobody");
            }

            deadEnds.Add(key);
            Remember(index, reasons);
            return false;
        }

        private void Remember(int index, List<string> reasons)
        {
            if (index > deepest)
            {
                deepest = index;
                deepestReasons = reasons;
            }
        }

        /// <summary>
        /// Counts, per fairness rotation and quarter, the weeks from each shift on and the weeks each
        /// participant could take (participant, not on time off); and the weeks each person already holds per quarter.
        /// </summary>
        private void PrepareBounds()
        {
            fairRotations.AddRange(request.Team.Rotations.Where(r => rules.AppliesTo(r.Level)));
            foreach (var quarter in slots.SelectMany(s => s.Weeks).Select(w => w.Quarter).Concat(weeks.Values.SelectMany(l => l).Select(p => p.Unit.Quarter)).Distinct().Order())
            {
                quarterIndex[quarter] = quarterIndex.Count;
            }

            var (people, quarters, rotations) = (order.Count, quarterIndex.Count, fairRotations.Count);
            held = new int[people, quarters];
            foreach (var (person, list) in weeks)
            {
                if (order.TryGetValue(person, out var p))
                {
                    foreach (var week in list.Where(w => w.Holds && w.Unit.Fairness))
                    {
                        held[p, quarterIndex[week.Unit.Quarter]]++;
                    }
                }
            }

            need = new int[slots.Count + 1][,];
            available = new int[slots.Count + 1][,,];
            need[slots.Count] = new int[rotations, quarters];
            available[slots.Count] = new int[people, rotations, quarters];
            for (var i = slots.Count - 1; i >= 0; i--)
            {
                need[i] = (int[,])need[i + 1].Clone();
                available[i] = (int[,,])available[i + 1].Clone();
                var slot = slots[i];
                var r = fairRotations.IndexOf(slot.Rotation);
                if (slot.Pinned is not null || r < 0)
                {
                    continue;
                }

                var free = slot.People.Where(p => TimeOffDuring(slot, p) is null).Select(p => order[p]).ToList();
                foreach (var week in slot.Weeks)
                {
                    var q = quarterIndex[week.Quarter];
                    need[i][r, q]++;
                    foreach (var p in free)
                    {
                        available[i][p, r, q]++;
                    }
                }
            }
        }

        /// <summary>
        /// Why the shifts from <paramref name="index"/> on cannot be staffed whatever is chosen: in some quarter a
        /// rotation has more weeks left than its participants can still take (each at most the quarter allowance left
        /// and the weeks they are free), or all rotations together have more than everyone can take. Null when they fit.
        /// Exact: every week is held by exactly one participant, so a rota needs both sums to cover the weeks.
        /// </summary>
        private string? QuarterShortfall(int index)
        {
            var (needs, free) = (need[index], available[index]);
            for (var q = 0; q < quarterIndex.Count; q++)
            {
                var total = 0;
                for (var r = 0; r < fairRotations.Count; r++)
                {
                    total += needs[r, q];
                    if (needs[r, q] == 0)
                    {
                        continue;
                    }

                    var capacity = 0;
                    foreach (var person in fairRotations[r].AllParticipants)
                    {
                        var p = order[person];
                        capacity += Math.Min(Math.Max(0, rules.MaxWeeksPerQuarter - held[p, q]), free[p, r, q]);
                    }

                    if (capacity < needs[r, q])
                    {
                        return Shortfall(fairRotations[r].Name, q, needs[r, q], capacity);
                    }
                }

                if (total > 0 && fairRotations.Count > 1)
                {
                    var capacity = 0;
                    for (var p = 0; p < order.Count; p++)
                    {
                        var weeksFree = 0;
                        for (var r = 0; r < fairRotations.Count; r++)
                        {
                            weeksFree += free[p, r, q];
                        }

                        capacity += Math.Min(Math.Max(0, rules.MaxWeeksPerQuarter - held[p, q]), weeksFree);
                    }

                    if (capacity < total)
                    {
                        return Shortfall("all rotations", q, total, capacity);
                    }
                }
            }

            return null;
        }

        private string Shortfall(string rotation, int q, int weeksLeft, int capacity)
        {
            var (year, quarter) = quarterIndex.First(kv => kv.Value == q).Key;
            return $"{OnCallRuleIds.QuarterLimit}: {rotation} still has {weeksLeft} weeks to staff in {year} Q{quarter} but its people, at most {rules.MaxWeeksPerQuarter} weeks each a quarter and only when not on time off, can take only {capacity}";
        }

        /// <summary>
        /// What decides whether the shifts from <paramref name="index"/> on can be completed: the weeks each person holds
        /// in the quarters still to come, and who holds the recent shifts (those a later shift can clash with or extend an
        /// evening run of; a run that breaks no rule spans at most the limit). Everything else is fixed by the request.
        /// </summary>
        private string StateKey(int index)
        {
            var slot = slots[index];
            var key = new System.Text.StringBuilder().Append(index);
            var early = slot.Shift.Date.PlusDays(-7);
            var first = quarterIndex.Where(kv => kv.Key.CompareTo((early.Year, ((early.Month - 1) / 3) + 1)) >= 0).Select(kv => kv.Value).DefaultIfEmpty(quarterIndex.Count).Min();
            for (var p = 0; p < order.Count; p++)
            {
                key.Append('|');
                for (var q = first; q < quarterIndex.Count; q++)
                {
                    key.Append(held[p, q]).Append(',');
                }
            }

            var horizon = slot.Shift.Date.PlusDays(-7 * (rules.MaxConsecutiveEveningWeeks + 3));
            for (var j = index - 1; j >= 0; j--)
            {
                var before = slots[j];
                if (before.Pinned is null && (before.Shift.NextDate >= horizon || before.Shift.End > slot.Shift.Start))
                {
                    key.Append('#').Append(j).Append('=').Append(before.Chosen);
                }
            }

            return key.ToString();
        }

        private IEnumerable<string> Candidates(Slot slot)
        {
            var weekBefore = slot.Shift.Start - Duration.FromDays(7);
            var ordered = slot.People
                .OrderBy(p => planShifts.GetValueOrDefault(p))
                .ThenBy(p => Mine(p).Any(w => w.Unit.To > weekBefore && w.Unit.From < slot.Shift.Start) ? 1 : 0)
                .ThenBy(p => pages.GetValueOrDefault(p))
                .ThenBy(p => Mine(p).Select(w => w.Unit.To).DefaultIfEmpty(Instant.MinValue).Max())
                .ThenBy(p => order.GetValueOrDefault(p))
                .ToList();
            if (request.Preferred is { } preferred && preferred.TryGetValue((slot.Rotation.Level, slot.Shift.Date, slot.Shift.Time), out var before) && ordered.Remove(before))
            {
                ordered.Insert(0, before);
            }

            return ordered;
        }

        /// <summary>Why <paramref name="person"/> cannot take <paramref name="slot"/> as things stand, as "rule-id: sentence"; null when they can.</summary>
        private string? Rejection(Slot slot, string person)
        {
            if (TimeOffDuring(slot, person) is { } off)
            {
                return $"{OnCallRuleIds.TimeOff}: {person} is on time off {off}";
            }

            if (rules.OneLevelAtATime && OtherLevel(slot, person) is { } level)
            {
                return $"{OnCallRuleIds.OneLevelAtATime}: {person} is on call at level {(int)level} then";
            }

            var mine = Mine(person);
            var added = slot.Weeks.Select(w => new Participation(w, person, holds: true, Duration.Zero)).ToList();
            var all = mine.Concat(added).ToList();
            bool IsNew(WeekUnit w) => added.Any(a => a.Unit == w);
            var quarter = FairnessMath.QuarterBreaches(all, rules).FirstOrDefault(b => b.Weeks.Any(IsNew));
            if (quarter.Weeks is not null)
            {
                return $"{OnCallRuleIds.QuarterLimit}: {person} would have {quarter.Weeks.Count} weeks in {quarter.Quarter.Year} Q{quarter.Quarter.Quarter} (limit {rules.MaxWeeksPerQuarter})";
            }

            if (FairnessMath.EveningRunBreaches(all, rules).FirstOrDefault(run => run.Any(IsNew)) is { } run)
            {
                return $"{OnCallRuleIds.ConsecutiveEvenings}: {person} would work the evening shift {FairnessMath.RunWeeks(run)} weeks in a row (limit {rules.MaxConsecutiveEveningWeeks})";
            }

            var rest = FairnessMath.BusyRestBreaches(all, rules).FirstOrDefault(b => IsNew(b.Next) || IsNew(b.Busy.Unit));
            return rest.Busy is not null
                ? $"{OnCallRuleIds.BusyWeekRest}: {person} had a busy week of {rest.Busy.Unit.Start:uuuu-MM-dd} ({rest.Busy.Incidents} incidents) and rests the week after"
                : null;
        }

        private void Assign(Slot slot, string person, List<string> skipped)
        {
            slot.Chosen = person;
            decisions[slot] = slot.Pinned is not null
                ? $"{slot.Label}: {person} (already published in the history)"
                : $"{slot.Label}: {person} ({planShifts.GetValueOrDefault(person)} shifts so far, {pages.GetValueOrDefault(person)} recent pages)"
                    + (skipped.Count == 0 ? "." : $"; passed over: {string.Join("; ", skipped.Select(r => r[(r.IndexOf(':') + 2)..]))}.");
            if (slot.Pinned is not null)
            {
                return; // its weeks are already in the history
            }

            planShifts[person] = planShifts.GetValueOrDefault(person) + 1;
            CountHeld(slot, person, +1);
            MineList(person).AddRange(slot.Weeks.Select(w => new Participation(w with { Assignee = person }, person, holds: true, Duration.Zero)));
        }

        private void Unassign(Slot slot, string person)
        {
            slot.Chosen = null;
            decisions.Remove(slot);
            if (slot.Pinned is not null)
            {
                return;
            }

            planShifts[person]--;
            CountHeld(slot, person, -1);
            MineList(person).RemoveRange(MineList(person).Count - slot.Weeks.Length, slot.Weeks.Length);
        }

        private void CountHeld(Slot slot, string person, int change)
        {
            if (order.TryGetValue(person, out var p))
            {
                foreach (var week in slot.Weeks.Where(w => w.Fairness))
                {
                    held[p, quarterIndex[week.Quarter]] += change;
                }
            }
        }

        private IReadOnlyList<Participation> Mine(string person) => weeks.TryGetValue(person, out var list) ? list : [];

        private List<Participation> MineList(string person)
        {
            if (!weeks.TryGetValue(person, out var list))
            {
                weeks[person] = list = [];
            }

            return list;
        }

        private TimeOff? TimeOffDuring(Slot slot, string person)
        {
            if (!absences.TryGetValue(person, out var list))
            {
                var zone = request.Team.Zone;
                var first = slots.Count == 0 ? request.From : slots.Min(s => s.Shift.Date);
                var last = slots.Count == 0 ? request.To : slots.Max(s => s.Shift.NextDate);
                absences[person] = list = [.. request.Team.Absences(person, first.PlusDays(-1), last.PlusDays(1)).Select(off => (off, off.In(zone)))];
            }

            foreach (var (off, interval) in list)
            {
                if (FairnessMath.CoveredDuring(slot.Coverage, slot.Shift.Start, slot.Shift.End, interval.Start, interval.End))
                {
                    return off;
                }
            }

            return null;
        }

        private OnCallLevel? OtherLevel(Slot slot, string person)
        {
            foreach (var other in slot.Clashes)
            {
                if ((other.Pinned ?? other.Chosen) == person)
                {
                    return other.Rotation.Level;
                }
            }

            if (history is null)
            {
                return null;
            }

            foreach (var level in history.Levels.Where(l => l != slot.Rotation.Level))
            {
                foreach (var segment in history.Segments(level, slot.Shift.Start, slot.Shift.End).Where(s => s.Person == person))
                {
                    if (FairnessMath.CoveredTogether(slot.Coverage, history.Coverage(level)!, segment.Start, segment.End))
                    {
                        return level;
                    }
                }
            }

            return null;
        }

        private void LoadHistory(OnCallTimeline past)
        {
            var ledger = RotaLedger.Build(past, rules);
            ledger.AddIncidents(request.Incidents);
            foreach (var (person, list) in ledger.ByPerson)
            {
                MineList(person).AddRange(list);
                pages[person] = list.Sum(p => p.Incidents);
            }

            foreach (var slot in slots)
            {
                var published = past.Schedule.ShiftFor(slot.Rotation.Level, slot.Shift);
                var before = past.Rotation(slot.Rotation.Level);
                if (published is not null && before is not null && slot.People.Contains(published.Person)
                    && before.IsHandOff(slot.Shift.Date, slot.Shift.Time) && before.SlotOn(slot.Shift.Date, slot.Shift.Time) == slot.Shift)
                {
                    slot.Pinned = published.Person;
                }
            }
        }

        /// <summary>Pairs of shifts at different levels whose coverage is open at the same instant.</summary>
        private void FindClashes()
        {
            for (var i = 0; i < slots.Count; i++)
            {
                for (var j = i + 1; j < slots.Count && slots[j].Shift.Start < slots[i].Shift.End; j++)
                {
                    var (a, b) = (slots[i], slots[j]);
                    if (a.Rotation.Level != b.Rotation.Level && FairnessMath.CoveredTogether(a.Coverage, b.Coverage, b.Shift.Start, a.Shift.End < b.Shift.End ? a.Shift.End : b.Shift.End))
                    {
                        a.Clashes.Add(b);
                        b.Clashes.Add(a);
                    }
                }
            }
        }

        private void QuarterCapacity(Rotation rotation, List<Slot> mine, List<RotaProblem> problems)
        {
            var free = mine.Where(s => s.Pinned is null).SelectMany(s => s.Weeks).GroupBy(w => w.Quarter);
            foreach (var quarter in free)
            {
                var already = rotation.AllParticipants.ToDictionary(p => p, p => Mine(p).Count(w => w.Holds && w.Unit.Fairness && w.Unit.Quarter == quarter.Key));
                var capacity = already.Values.Sum(n => Math.Max(0, rules.MaxWeeksPerQuarter - n));
                var needed = quarter.Count();
                if (needed <= capacity)
                {
                    continue;
                }

                var people = rotation.Participants.Length + (needed - capacity + rules.MaxWeeksPerQuarter - 1) / rules.MaxWeeksPerQuarter;
                var history = already.Where(p => p.Value > 0).Select(p => $"{p.Key} already has {p.Value}").ToList();
                problems.Add(new RotaProblem(OnCallRuleIds.QuarterLimit, OnCallRuleIds.Limits, rotation.Level, quarter.Min(w => w.Start),
                    $"Rotation {rotation.Name} has {needed} weeks to staff starting in {quarter.Key.Year} Q{quarter.Key.Quarter}, but {rotation.Participants.Length} people at most {rules.MaxWeeksPerQuarter} weeks each can take only {capacity}{(history.Count == 0 ? string.Empty : $" ({string.Join(", ", history)} from the history)")}.",
                    $"needs at least {people} people: add {people - rotation.Participants.Length} to rotation {rotation.Name}, or raise maxWeeksPerQuarter."));
            }
        }

        private void EveningRuns(Rotation rotation, List<Slot> mine, List<RotaProblem> problems)
        {
            if (!rotation.Coverage.Overlaps(rules.EveningShift) || rotation.ShiftLength.IsHourBased)
            {
                return;
            }

            var longest = mine.Where(s => s.Pinned is null).Select(s => Period.DaysBetween(s.Shift.Date, s.Shift.NextDate)).DefaultIfEmpty(0).Max();
            if (longest > rules.MaxConsecutiveEveningWeeks * 7)
            {
                problems.Add(new RotaProblem(OnCallRuleIds.ConsecutiveEvenings, OnCallRuleIds.Limits, rotation.Level, mine[0].Shift.Date,
                    $"Rotation {rotation.Name} covers evenings in shifts of up to {longest} days, longer than the limit of {rules.MaxConsecutiveEveningWeeks} consecutive evening weeks.",
                    $"shorten its shiftLength to at most {rules.MaxConsecutiveEveningWeeks * 7} days, or take it out of the fairness levels."));
            }
            else if (rotation.Participants.Length == 1 && mine.Sum(s => s.Weeks.Length) > rules.MaxConsecutiveEveningWeeks)
            {
                problems.Add(new RotaProblem(OnCallRuleIds.ConsecutiveEvenings, OnCallRuleIds.Limits, rotation.Level, mine[0].Shift.Date,
                    $"Rotation {rotation.Name} has one participant for {mine.Sum(s => s.Weeks.Length)} consecutive evening weeks; the limit is {rules.MaxConsecutiveEveningWeeks}.",
                    $"needs at least 2 people: add a participant to rotation {rotation.Name}."));
            }
        }
    }
}
