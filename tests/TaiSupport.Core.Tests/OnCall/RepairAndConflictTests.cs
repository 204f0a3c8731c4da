using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Repair mode after a new absence and minimal conflict sets for impossible requests (issue 17, manual §5.4, D19).</summary>
public sealed class RepairAndConflictTests
{
    private static OnCallTeam SupportOnly(params string[] people) => Team(OnCallRotations.Support.WithParticipants(people));

    private static Instant Evening(LocalDate date) => DateTimeZoneProviders.Tzdb[LosAngeles].AtStrictly(date.At(new LocalTime(20, 0))).ToInstant();

    [Fact]
    public void Repair_NewLeaveInAPublishedWeek_ChangesOnlyThatWeek()
    {
        var team = SupportOnly(Support);
        var published = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Schedule!;
        Assert.Equal("Jessica", published.ShiftOn(OnCallLevel.Support, new LocalDate(2026, 2, 16))!.Person);

        var repair = RotaRepair.Repair(published, team.WithTimeOff("Jessica", new LocalDate(2026, 2, 17), new LocalDate(2026, 2, 17)));
        Assert.True(repair.Succeeded, string.Join("\n", repair.Problems));
        Assert.Equal(new LocalDate(2026, 2, 16), repair.AffectedFrom);
        var change = Assert.Single(repair.Changes);
        Assert.Equal(new LocalDate(2026, 2, 16), change.Date);
        Assert.Equal("Jessica", change.Before);
        Assert.True(RotaChecker.Check(repair.Schedule!).IsFair);
    }

    [Fact]
    public void Repair_AbsenceOutsideEveryHoldersShift_ChangesNothing()
    {
        var team = SupportOnly(Support);
        var published = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Schedule!;
        // Sarah holds the week of 2026-01-05; an afternoon off in Jessica's week does not touch Jessica's evenings.
        var repair = RotaRepair.Repair(published, team with { People = [new OnCallMember { Name = "Jessica", TimeOff = [new TimeOff(new(2026, 1, 20), new(2026, 1, 20)) { StartTime = new LocalTime(12, 0), EndTime = new LocalTime(16, 0) }] }] });
        Assert.True(repair.Succeeded);
        Assert.Empty(repair.Changes);
        Assert.Null(repair.AffectedFrom);
    }

    [Fact]
    public void Repair_PersonLeavingTheTeam_ReplansFromTheirLastDayOnly()
    {
        var team = SupportOnly("Sarah", "Marcus", "Jessica", "Alex", "Kim");
        var published = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Schedule!;
        var leaving = team with { People = [new OnCallMember { Name = "Alex", Leaves = new LocalDate(2026, 2, 23) }] };
        var repair = RotaRepair.Repair(published, leaving);
        Assert.True(repair.Succeeded, string.Join("\n", repair.Problems));
        Assert.All(repair.Changes, c => Assert.True(c.Date >= new LocalDate(2026, 2, 16)));
        Assert.DoesNotContain(repair.Schedule!.Shifts, s => s.Person == "Alex" && s.Date >= new LocalDate(2026, 2, 23));
        Assert.All(published.Shifts.Where(s => s.Date < new LocalDate(2026, 2, 16)), s => Assert.Contains(s, repair.Schedule.Shifts));
    }

    [Fact]
    public void Repair_Impossible_ReturnsAMinimalExplanation()
    {
        var team = SupportOnly(Support);
        var published = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Schedule!;
        var repair = RotaRepair.Repair(published, team.WithTimeOff("Alex", new LocalDate(2026, 2, 1), new LocalDate(2026, 4, 30)));
        Assert.False(repair.Succeeded);
        Assert.NotNull(repair.Conflicts);
        Assert.Contains(repair.Conflicts!.Members, m => m.Id == OnCallRuleIds.QuarterLimit);
        Assert.Contains(repair.Conflicts.Members, m => m.Kind == RotaConflictKind.Absence && m.Person == "Alex");
    }

    /// <summary>
    /// Repair property: on random small teams a new random absence (whole or partial days) never moves an assignment
    /// before the absence's week; the repaired rota keeps every shift slot and passes the checker, or a conflict set
    /// explains why none exists.
    /// </summary>
    [Property(MaxTest = 120)]
    public Property Repair_NeverMovesAnythingBeforeTheAbsencesWeek() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var people = Support.Concat(["Kim", "Lee"]).Take(random.Next(4, 7)).ToArray();
            var from = Q1.PlusWeeks(random.Next(0, 52));
            var weeks = random.Next(2, 14);
            var team = SupportOnly(people);
            var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, from, weeks));
            if (!plan.Succeeded)
            {
                return true.Label("no published rota");
            }

            var published = plan.Schedule!;
            var start = from.PlusDays(random.Next(0, weeks * 7));
            var off = new TimeOff(start, start.PlusDays(random.Next(0, 12)))
            {
                StartTime = random.Next(2) == 0 ? null : new LocalTime(random.Next(0, 24), 0),
            };
            var person = people[random.Next(people.Length)];
            var changed = team with { People = [new OnCallMember { Name = person, TimeOff = [off] }] };
            var repair = RotaRepair.Repair(published, changed);
            var absenceWeek = team.Rotations[0].SlotAt(off.In(team.Zone).Start).Date;
            var before = published.Shifts.Where(s => s.Date < absenceWeek).ToList();
            if (!repair.Succeeded)
            {
                return (repair.Conflicts is { Members.Length: > 0 } && repair.AffectedFrom >= absenceWeek).Label($"seed {seed}: failed without a conflict set");
            }

            var kept = before.All(repair.Schedule!.Shifts.Contains);
            var sameSlots = repair.Schedule.Shifts.Select(s => s.Date).Order().SequenceEqual(published.Shifts.Select(s => s.Date).Order());
            var fair = RotaChecker.Check(repair.Schedule).IsFair;
            var changesAfter = repair.Changes.All(c => c.Date >= absenceWeek);
            var noLongerAway = !repair.Schedule.Shifts.Any(s => s.Person == person && RotaRepair.AffectedShifts(repair.Schedule).Contains(s));
            return (kept && sameSlots && fair && changesAfter && noLongerAway)
                .Label($"seed {seed}: kept {kept}, slots {sameSlots}, fair {fair}, changesAfter {changesAfter}, away {!noLongerAway}; {person} {off}; {string.Join("; ", repair.Changes)}");
        });

    [Fact]
    public void Explain_ThreePeopleForAQuarter_IsTheQuarterLimitAlone()
    {
        var conflicts = RotaConflicts.Explain(RotaRequest.ForWeeks(SupportOnly("Sarah", "Marcus", "Jessica"), Q1, 13));
        var member = Assert.Single(conflicts!.Members);
        Assert.Equal(OnCallRuleIds.QuarterLimit, member.Id);
        Assert.Contains("maxWeeksPerQuarter", member.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FourPeopleOneAwayAllQuarter_NamesTheRuleAndTheAbsenceButNotOtherLeave()
    {
        var team = SupportOnly(Support)
            .WithTimeOff("Alex", new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 30))
            .WithTimeOff("Sarah", new LocalDate(2026, 1, 6), new LocalDate(2026, 1, 7));
        var conflicts = RotaConflicts.Explain(RotaRequest.ForWeeks(team, Q1, 13));
        Assert.NotNull(conflicts);
        Assert.Equal([OnCallRuleIds.QuarterLimit, "people[0].timeOff[0]"], conflicts!.Members.Select(m => m.Id));
    }

    [Fact]
    public void Explain_FeasibleRequest_IsNull() =>
        Assert.Null(RotaConflicts.Explain(RotaRequest.ForWeeks(SupportOnly(Support), Q1, 13)));

    /// <summary>
    /// Every reported conflict set is sufficient (the sub-problem of its members alone has no rota) and minimal (without
    /// any one member a rota exists), on random small teams with random limits, absences and history.
    /// </summary>
    [Property(MaxTest = 80)]
    public Property Explain_IsSufficientAndMinimal() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var people = Support.Take(random.Next(1, 5)).ToArray();
            var from = Q1.PlusWeeks(random.Next(0, 40));
            var weeks = random.Next(1, 14);
            var team = SupportOnly(people).WithPolicy(r => r with { MaxWeeksPerQuarter = random.Next(1, 5), MaxConsecutiveEveningWeeks = random.Next(1, 3) });
            for (var a = random.Next(0, 4); a > 0; a--)
            {
                var start = from.PlusDays(random.Next(-7, weeks * 7));
                team = team.WithTimeOff(people[random.Next(people.Length)], start, start.PlusDays(random.Next(0, 30)));
            }

            var request = RotaRequest.ForWeeks(team, from, weeks);
            if (random.Next(2) == 0)
            {
                var history = Assign(team, OnCallLevel.Support, from.PlusWeeks(-2), people[random.Next(people.Length)], people[random.Next(people.Length)]);
                request = request with { History = history, Incidents = [.. Enumerable.Range(0, random.Next(0, 6)).Select(i => new PagedIncident(Evening(from.PlusWeeks(-1).PlusDays(i % 5))))] };
            }

            var conflicts = RotaConflicts.Explain(request);
            if (conflicts is null)
            {
                var plan = RotaGenerator.Generate(request);
                return (plan.Succeeded || plan.Problems.Any(p => p.Rule == OnCallRuleIds.InvalidInput || p.Message.Contains("already published", StringComparison.Ordinal)))
                    .Label($"seed {seed}: null explanation for an impossible request: {string.Join(" / ", plan.Problems)}");
            }

            var members = conflicts.Members;
            var sufficient = !RotaConflicts.Feasible(RotaConflicts.SubProblem(request, members));
            var minimal = members.All(m => RotaConflicts.Feasible(RotaConflicts.SubProblem(request, members.Remove(m))));
            return (members.Length > 0 && sufficient && minimal).Label($"seed {seed}: sufficient {sufficient}, minimal {minimal}: {string.Join(" | ", members)}");
        });
}
