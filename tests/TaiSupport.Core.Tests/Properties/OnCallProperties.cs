using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of on-call (manual §5, D18–D20): coverage without gap or overlap across DST, generator output that the
/// checker accepts, planted violations always found, pay monotonic in call-in time. Replay a failure with the seed
/// FsCheck prints: <c>[Property(Replay = "…")]</c>.
/// </summary>
public sealed class OnCallProperties
{
    [Property(MaxTest = 200)]
    public Property Timeline_CoversEveryInstantOfThePeriodByExactlyOnePerson() =>
        Prop.ForAll(Arb.From(OnCallGenerators.Rota), x =>
        {
            var timeline = x.Schedule.Compile();
            var span = OnCallGenerators.Span(x.Schedule);
            var segments = timeline.Segments(OnCallLevel.Engineering);
            var contiguous = segments.Zip(segments.Skip(1)).All(p => p.First.End == p.Second.Start);
            var spans = segments.Length > 0 && segments[0].Start <= span.Start && segments[^1].End >= span.End;
            var staffed = segments.All(s => s.Person is not null && s.End > s.Start);
            var slots = OnCallSchedule.SlotsInPeriod(x.Rotation, x.Schedule.From, x.Schedule.To);
            var handOffsJoin = slots.Zip(slots.Skip(1)).All(p => p.First.End == p.Second.Start);
            var coverage = x.Rotation.CoverageCalendar();
            var answers = x.Instants.All(t =>
            {
                // Independent oracle: the last override containing t, else the holder of the rotation's slot at t.
                var expected = x.Schedule.Overrides.LastOrDefault(o => o.Start <= t && t < o.End)?.Person
                    ?? x.Schedule.ShiftOn(OnCallLevel.Engineering, x.Rotation.SlotAt(t).Date)?.Person;
                var holders = segments.Where(s => s.Start <= t && t < s.End).ToList();
                var answer = timeline.Who(OnCallLevel.Engineering, t);
                return holders.Count == 1 && answer.Person == expected && holders[0].Person == expected
                    && answer.InCoverage == coverage.IsOpen(t) && answer.IsOnCall == answer.InCoverage;
            });
            return (contiguous && handOffsJoin && spans && staffed && answers)
                .Label($"contiguous {contiguous}, hand-offs join {handOffsJoin}, spans {spans}, staffed {staffed}, answers {answers}");
        });

    [Property(MaxTest = 150)]
    public Property HandOff_IsTheFirstInstantTheLocalClockReachesTheHandOffTime() =>
        Prop.ForAll(Arb.From(OnCallGenerators.Rota), x =>
        {
            var rotation = x.Rotation;
            var zone = rotation.Zone;
            // The oracle steps back minute by minute over the 4 hours before the hand-off (more than any DST jump).
            return OnCallSchedule.SlotsInPeriod(rotation, x.Schedule.From, x.Schedule.To).All(slot =>
            {
                var target = slot.Date + rotation.HandOffTime;
                var reached = slot.Start.InZone(zone).LocalDateTime >= target;
                var notBefore = Enumerable.Range(1, 4 * 60).Select(m => slot.Start - Duration.FromMinutes(m)).Append(slot.Start - Duration.FromSeconds(1))
                    .All(t => t.InZone(zone).LocalDateTime < target);
                return reached && notBefore;
            });
        });

    [Property(MaxTest = 120)]
    public Property Generate_WhenItSucceeds_TheCheckerFindsNothing() =>
        Prop.ForAll(Arb.From(OnCallGenerators.Plan), x =>
        {
            var plan = RotaGenerator.Generate(x.Request);
            if (!plan.Succeeded)
            {
                // A failure must explain itself, and must never be the safety net catching a rota that breaks the rules.
                return (plan.Problems.Length > 0 && plan.Problems.All(p => p.Fix.Length > 0 && !p.Message.StartsWith("The generated rota still breaks", StringComparison.Ordinal)))
                    .Label($"failure: {string.Join(" | ", plan.Problems)}");
            }

            var alone = RotaChecker.Check(plan.Schedule!, x.Request.Incidents);
            var withHistory = WithHistory(x.Request, plan.Schedule!);
            return (alone.IsFair && withHistory.Count == 0).Label($"alone: {string.Join(" | ", alone.Violations)}; with history: {string.Join(" | ", withHistory)}");
        });

    [Property(MaxTest = 100)]
    public Property Generate_WithEnoughPeopleAndNoConstraints_AlwaysSucceeds() =>
        Prop.ForAll(Arb.From(OnCallGenerators.Plan), x =>
        {
            var team = x.Request.Team with { People = [], Rotations = [.. x.Request.Team.Rotations.Where(r => r.Participants.Length >= 4)] };
            var shared = team.Rotations.SelectMany(r => r.Participants).GroupBy(p => p).Any(g => g.Count() > 1);
            return (team.Rotations.IsEmpty || shared || RotaGenerator.Generate(x.Request with { Team = team, History = null, Incidents = [] }).Succeeded)
                .Label("four or more people per level, nobody away, nobody on two levels");
        });

    [Property(MaxTest = 150)]
    public Property Check_FindsEveryViolationPlantedInAFairRota() =>
        Prop.ForAll(Arb.From(from rota in OnCallGenerators.FairRota from kind in Gen.Choose(0, 5) from pick in Gen.Choose(0, 1000) select (rota, kind, pick)), x =>
        {
            var (schedule, incidents, rule, person, weeks) = Plant(x.rota, x.kind, x.pick);
            var found = RotaChecker.Check(schedule, incidents).Violations;
            return found.Any(v => v.Rule == rule && v.Person == person && weeks.All(v.Weeks.Contains))
                .Label($"planted {rule} for {person ?? "nobody"} in {string.Join(", ", weeks)}; found: {string.Join(" | ", found)}");
        });

    [Property(MaxTest = 200)]
    public Property Pay_IsMonotonicInCallInTime() =>
        Prop.ForAll(
            Arb.From(
                from inLieu in Gen.Elements(false, true)
                from count in Gen.Choose(1, 8)
                from calls in Gen.ListOf(from who in Gen.Choose(0, 3) from start in Gen.Choose(0, 13 * 7 * 24 * 60) from minutes in Gen.Choose(0, 300) select (who, start, minutes), count)
                from which in Gen.Choose(0, count - 1)
                from more in Gen.Choose(0, 600)
                select (inLieu, calls, which, more)),
            x =>
            {
                var team = new OnCallTeam
                {
                    Rotations = [OnCallRotations.Support.WithParticipants(Names)],
                    People = x.inLieu ? [new OnCallMember { Name = Names[1], Compensation = CompensationChoice.TimeOffInLieu }] : [],
                };
                var schedule = OnCallSchedule.RoundRobin(team, Start, Start.PlusWeeks(13));
                var origin = team.Zone.AtStartOfDay(Start).ToInstant();
                var callIns = x.calls.Select(c => new CallIn(Names[c.who], origin + Duration.FromMinutes(c.start), origin + Duration.FromMinutes(c.start + c.minutes))).ToList();
                var longer = callIns.Select((c, i) => i == x.which ? c with { End = c.End + Duration.FromMinutes(x.more) } : c).ToList();
                var before = OnCallPay.Report(schedule, callIns, Start, Start.PlusWeeks(13));
                var after = OnCallPay.Report(schedule, longer, Start, Start.PlusWeeks(13));
                var extra = OnCallPay.Report(schedule, [.. callIns, callIns[x.which]], Start, Start.PlusWeeks(13));
                return before.People.Zip(after.People, extra.People).All(p =>
                    p.Second.TotalPay >= p.First.TotalPay && p.Second.TotalTimeOff >= p.First.TotalTimeOff
                    && p.Third.TotalPay >= p.First.TotalPay && p.Third.TotalTimeOff >= p.First.TotalTimeOff);
            });

    [Property(MaxTest = 300)]
    public Property CountedCallIn_IsMonotonic_AtLeastTheWork_AndLessThanAnHourMore() =>
        Prop.ForAll(Arb.From(from a in Gen.Choose(0, 100_000) from b in Gen.Choose(0, 100_000) select (a, b)), x =>
        {
            var policy = CompensationPolicy.Default;
            var (small, large) = (Duration.FromSeconds(Math.Min(x.a, x.b)), Duration.FromSeconds(Math.Max(x.a, x.b)));
            var counted = policy.CountedCallIn(small);
            return policy.CountedCallIn(small) <= policy.CountedCallIn(large)
                && counted >= small && counted >= Duration.FromHours(1)
                && (small < Duration.FromHours(1) || counted - small < Duration.FromHours(1))
                && counted.ToInt64Nanoseconds() % NodaConstants.NanosecondsPerHour == 0;
        });

    private static readonly string[] Names = ["Sarah", "Marcus", "Jessica", "Alex"];

    private static readonly LocalDate Start = new(2026, 1, 5);

    /// <summary>Violations of history plus plan that involve a week the generator chose (not one already published).</summary>
    private static List<RotaViolation> WithHistory(RotaRequest request, OnCallSchedule plan)
    {
        if (request.History is not { } history)
        {
            return [];
        }

        var pinned = history.Shifts.Select(s => (s.Level, s.Date)).ToHashSet();
        var chosen = plan.Shifts.Where(s => !pinned.Contains((s.Level, s.Date))).Select(s => s.Date).ToHashSet();
        var combined = plan with
        {
            From = history.From,
            Shifts = [.. history.Shifts.Where(s => plan.ShiftOn(s.Level, s.Date) is null), .. plan.Shifts],
        };
        return [.. RotaChecker.Check(combined, request.Incidents).Violations.Where(v => v.Weeks.Any(chosen.Contains))];
    }

    /// <summary>Plants one kind of violation into a fair weekly Level 1 rota; returns what the checker must then report.</summary>
    private static (OnCallSchedule Schedule, PagedIncident[] Incidents, string Rule, string? Person, LocalDate[] Weeks) Plant(OnCallSchedule rota, int kind, int pick)
    {
        var shifts = rota.Shifts.OrderBy(s => s.Date).ToList();
        var rotation = rota.Team.Rotations[0];
        OnCallSchedule Reassign(IEnumerable<int> indexes, string person) =>
            rota with { Shifts = [.. shifts.Select((s, i) => indexes.Contains(i) ? s with { Person = person } : s)] };
        Instant Saturday(int i, int hour) => rotation.Zone.AtStartOfDay(shifts[i].Date.PlusDays(5)).ToInstant() + Duration.FromHours(hour);

        switch (kind)
        {
            case 0:
            {
                var quarter = shifts.Select((s, i) => (s, i)).GroupBy(p => (p.s.Date.Year, (p.s.Date.Month - 1) / 3)).OrderByDescending(g => g.Count()).First();
                var chosen = quarter.Take(rota.Team.Policy.Fairness.MaxWeeksPerQuarter + 1).Select(p => p.i).ToList();
                var person = shifts[chosen[pick % chosen.Count]].Person;
                return (Reassign(chosen, person), [], OnCallRuleIds.QuarterLimit, person, [.. chosen.Select(i => shifts[i].Date)]);
            }

            case 1:
            {
                var i = pick % (shifts.Count - 2);
                var person = shifts[i].Person;
                return (Reassign([i + 1, i + 2], person), [], OnCallRuleIds.ConsecutiveEvenings, person, [shifts[i].Date, shifts[i + 1].Date, shifts[i + 2].Date]);
            }

            case 2:
            {
                var i = pick % (shifts.Count - 1);
                var person = shifts[i].Person;
                var incidents = Enumerable.Range(12, 4).Select(h => new PagedIncident(Saturday(i, h)) { Person = person }).ToArray();
                return (Reassign([i + 1], person), incidents, OnCallRuleIds.BusyWeekRest, person, [shifts[i].Date, shifts[i + 1].Date]);
            }

            case 3:
            {
                var i = pick % shifts.Count;
                var person = shifts[i].Person;
                var saturday = shifts[i].Date.PlusDays(5);
                var team = rota.Team with { People = [new OnCallMember { Name = person, TimeOff = [new TimeOff(saturday, saturday)] }] };
                return (rota with { Team = team }, [], OnCallRuleIds.TimeOff, person, [shifts[i].Date]);
            }

            case 4:
            {
                var i = pick % shifts.Count;
                return (rota with { Shifts = [.. shifts.Where((_, j) => j != i)] }, [], OnCallRuleIds.Gap, null, [shifts[i].Date]);
            }

            default:
            {
                var i = pick % shifts.Count;
                var person = shifts[i].Person;
                var engineering = OnCallRotations.Engineering.WithParticipants(person, "Zed");
                var slot = engineering.SlotAt(Saturday(i, 12));
                var team = rota.Team with { Rotations = [.. rota.Team.Rotations, engineering] };
                return (rota with { Team = team, Shifts = [.. shifts, new OnCallShift(OnCallLevel.Engineering, slot.Date, person)] }, [], OnCallRuleIds.OneLevelAtATime, person, [shifts[i].Date]);
            }
        }
    }
}
