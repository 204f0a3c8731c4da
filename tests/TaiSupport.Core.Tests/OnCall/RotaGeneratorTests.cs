using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>The generator (manual §5.1, §5.4, D18–D19): fair by construction, deterministic, and honest when it cannot be.</summary>
public sealed class RotaGeneratorTests
{
    private static LocalDate D(int month, int day) => new(2026, month, day);

    private static string[] Holders(OnCallSchedule schedule, OnCallLevel level) =>
        [.. schedule.Shifts.Where(s => s.Level == level).OrderBy(s => s.Date).Select(s => s.Person)];

    [Fact]
    public void Generate_TheQ1Example_GivesTheManualsRotation()
    {
        // §5.1 "Week 1: Sarah, Week 2: Marcus, Week 3: Jessica, Week 4: Alex, Repeat..."; VP Product #1–#3 by month.
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(ThreeLevels(), Q1, 13));
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        var schedule = plan.Schedule!;
        Assert.Equal(
            ["Sarah", "Marcus", "Jessica", "Alex", "Sarah", "Marcus", "Jessica", "Alex", "Sarah", "Marcus", "Jessica", "Alex", "Sarah"],
            Holders(schedule, OnCallLevel.Support));
        Assert.Equal(D(1, 5), schedule.Shifts.Where(s => s.Level == OnCallLevel.Support).Min(s => s.Date));
        Assert.Equal(["VP Product #1", "VP Product #2", "VP Product #3", "VP Product #1"], Holders(schedule, OnCallLevel.VpProduct));
        Assert.Equal(14, Holders(schedule, OnCallLevel.Engineering).Length); // Sunday hand-offs Jan 4 … Apr 5 cover Jan 5 09:00 … Apr 6 09:00
        Assert.True(RotaChecker.Check(schedule).IsFair);
    }

    [Fact]
    public void Generate_TheQ1Example_ReportsTheSoftGoalItCannotMeet()
    {
        // D19: four people, weekly — March 2026 has five Mondays, so someone is on twice that month.
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(Team(OnCallRotations.Support.WithParticipants(Support)), Q1, 13));
        var goal = Assert.Single(plan.Trace, t => t.Rule == "oncall.plan.month-goal");
        Assert.Contains("Sarah 2 weeks in 2026-03", goal.Reason);
        Assert.Contains(plan.Trace, t => t.Rule == "oncall.plan.balance" && t.Reason.Contains("Sarah 4, Marcus 3, Jessica 3, Alex 3", StringComparison.Ordinal));
        Assert.Contains(plan.Trace, t => t.Rule == "oncall.plan.assign" && t.Reason.StartsWith("level 1 (support) shift of 2026-01-05: Sarah", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ThreePeopleForAQuarter_SaysItNeedsFour()
    {
        // §5.4: 13 weeks at most 4 each needs 4 people; the manual's own 3-engineer example cannot be fair.
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(Team(OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica")), Q1, 13));
        Assert.False(plan.Succeeded);
        Assert.Null(plan.Schedule);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(OnCallRuleIds.QuarterLimit, problem.Rule);
        Assert.Equal("Rotation support has 13 weeks to staff starting in 2026 Q1, but 3 people at most 4 weeks each can take only 12.", problem.Message);
        Assert.Equal("needs at least 4 people: add 1 to rotation support, or raise maxWeeksPerQuarter.", problem.Fix);
    }

    [Fact]
    public void Generate_FourPeopleForAQuarter_Succeeds()
    {
        Assert.True(RotaGenerator.Generate(RotaRequest.ForWeeks(Team(OnCallRotations.Support.WithParticipants(Support)), Q1, 13)).Succeeded);
    }

    [Fact]
    public void Generate_OnePersonForThreeWeeks_SaysItNeedsTwo()
    {
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(Team(OnCallRotations.Support.WithParticipants("Sarah")), Q1, 3));
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(OnCallRuleIds.ConsecutiveEvenings, problem.Rule);
        Assert.StartsWith("needs at least 2 people", problem.Fix, StringComparison.Ordinal);
        Assert.True(RotaGenerator.Generate(RotaRequest.ForWeeks(Team(OnCallRotations.Support.WithParticipants("Sarah")), Q1, 2)).Succeeded);
    }

    [Fact]
    public void Generate_EveryoneAwayTheSameWeek_NamesTheWeekAndTheFix()
    {
        var team = Support.Aggregate(Team(OnCallRotations.Support.WithParticipants(Support)), (t, p) => t.WithTimeOff(p, D(2, 10), D(2, 12)));
        var problem = Assert.Single(RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Problems);
        Assert.Equal((OnCallRuleIds.TimeOff, D(2, 9)), (problem.Rule, problem.Week));
        Assert.Contains("Sarah 2026-02-10..2026-02-12", problem.Message);
        Assert.Equal("move someone's time off, or add a participant to rotation support.", problem.Fix);
    }

    [Fact]
    public void Generate_RespectsTimeOff_AndStaysBalanced()
    {
        var team = Team(OnCallRotations.Support.WithParticipants(Support)).WithTimeOff("Sarah", D(1, 5), D(1, 20)).WithTimeOff("Marcus", D(2, 1), D(2, 14));
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13));
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        Assert.True(RotaChecker.Check(plan.Schedule!).IsFair);
        var counts = Holders(plan.Schedule!, OnCallLevel.Support).GroupBy(p => p).Select(g => g.Count()).ToList();
        Assert.True(counts.Max() - counts.Min() <= 1, string.Join(",", Holders(plan.Schedule!, OnCallLevel.Support)));
        Assert.Contains(plan.Trace, t => t.Reason.Contains("passed over: Sarah is on time off 2026-01-05..2026-01-20", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_IsDeterministic()
    {
        var team = ThreeLevels().WithTimeOff("Jessica", D(2, 1), D(2, 20)).WithTimeOff("Tom", D(3, 1), D(3, 9));
        var first = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 26));
        var second = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 26));
        Assert.Equal(first.Schedule!.Shifts.ToArray(), second.Schedule!.Shifts.ToArray());
        Assert.Equal(first.Trace.ToArray(), second.Trace.ToArray());
    }

    [Fact]
    public void Generate_KeepsPeopleOnOneLevelAtATime()
    {
        var team = Team(OnCallRotations.Support.WithParticipants(Support), OnCallRotations.Engineering.WithParticipants("Sarah", "Tom", "Chen", "Ana", "Priya"));
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13));
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        Assert.True(RotaChecker.Check(plan.Schedule!).IsFair, string.Join("\n", RotaChecker.Check(plan.Schedule!).Violations));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)] // §5.4 "If on-call was busy (>3 incidents), give next week off"
    public void Generate_AfterABusyWeekInTheHistory_GivesTheNextWeekOff(int incidents, bool sarahCanTakeTheFirstWeek)
    {
        var team = Team(OnCallRotations.Support.WithParticipants(Support));
        foreach (var other in Support.Skip(1))
        {
            team = team.WithTimeOff(other, D(1, 5), D(1, 11)); // only Sarah is available the first week
        }

        var history = Assign(team, OnCallLevel.Support, new LocalDate(2025, 12, 29), "Sarah");
        var log = Enumerable.Range(0, incidents).Select(i => new PagedIncident(T("2025-12-30T20:00:00-08:00") + Duration.FromDays(i)));
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 4) with { History = history, Incidents = [.. log] });
        Assert.Equal(sarahCanTakeTheFirstWeek, plan.Succeeded);
        if (!sarahCanTakeTheFirstWeek)
        {
            var problem = Assert.Single(plan.Problems);
            Assert.Equal((OnCallRuleIds.BusyWeekRest, D(1, 5)), (problem.Rule, problem.Week));
            Assert.Contains("Sarah had a busy week of 2025-12-29 (4 incidents) and rests the week after", problem.Message);
        }
    }

    [Fact]
    public void Generate_CountsHistoryWeeksInTheQuarter()
    {
        var team = Team(OnCallRotations.Support.WithParticipants(Support)).WithPolicy(r => r with { MaxWeeksPerQuarter = 1 });
        var history = Assign(team, OnCallLevel.Support, Q1, "Sarah");
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, D(1, 12), 4) with { History = history });
        var problem = Assert.Single(plan.Problems);
        Assert.Contains("(Sarah already has 1 from the history)", problem.Message);
        Assert.True(RotaGenerator.Generate(RotaRequest.ForWeeks(team, D(1, 12), 3) with { History = history }).Succeeded);
    }

    [Fact]
    public void Generate_KeepsAPublishedShiftThatOverlapsThePeriod()
    {
        // The Level 2 week of Sunday 2026-01-04 was published last quarter with Tom; a plan from Monday keeps it.
        var team = Team(OnCallRotations.Engineering.WithParticipants(Engineers));
        var history = Assign(team, OnCallLevel.Engineering, new LocalDate(2025, 12, 28), "Chen", "Tom");
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 4) with { History = history });
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        Assert.Equal("Tom", plan.Schedule!.ShiftOn(OnCallLevel.Engineering, D(1, 4))!.Person);
        Assert.NotEqual("Tom", plan.Schedule.ShiftOn(OnCallLevel.Engineering, D(1, 11))!.Person);
        Assert.Contains(plan.Trace, t => t.Reason == "level 2 (engineering) shift of 2026-01-04: Tom (already published in the history)");
    }

    [Fact]
    public void Generate_PutsTheMostPagedPersonLaterInTheRound()
    {
        // "who was paged most" (issue): Sarah took 3 pages in her last week, so she goes last in each round and gets 3 weeks, not 4.
        var team = Team(OnCallRotations.Support.WithParticipants(Support));
        var history = Assign(team, OnCallLevel.Support, new LocalDate(2025, 12, 8), "Sarah", "Marcus", "Jessica", "Alex");
        var log = Enumerable.Range(0, 3).Select(i => new PagedIncident(T("2025-12-09T20:00:00-08:00") + Duration.FromDays(i)));
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13) with { History = history, Incidents = [.. log] });
        var holders = Holders(plan.Schedule!, OnCallLevel.Support);
        Assert.Equal(["Marcus", "Jessica", "Alex", "Sarah", "Marcus"], holders.Take(5));
        Assert.Equal(3, holders.Count(h => h == "Sarah"));
    }

    [Fact]
    public void Generate_AnInvalidTeam_ListsEveryProblem()
    {
        var team = Team(OnCallRotations.Support.WithParticipants("Sarah", "Sarah"), OnCallRotations.Support with { Name = "again" });
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 0));
        Assert.All(plan.Problems, p => Assert.Equal(OnCallRuleIds.InvalidInput, p.Rule));
        Assert.Contains(plan.Problems, p => p.Message.StartsWith("team.rotations[0].participants[1]: Sarah is listed twice", StringComparison.Ordinal));
        Assert.Contains(plan.Problems, p => p.Message.StartsWith("team.rotations[1].level: level 1 already has a rotation", StringComparison.Ordinal));
        Assert.Contains(plan.Problems, p => p.Message.StartsWith("team.rotations[1].participants: the rotation has nobody", StringComparison.Ordinal));
        Assert.Contains(plan.Problems, p => p.Message.Contains("is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_AYearForThirtyPeople_SucceedsQuickly()
    {
        var team = Team(
            OnCallRotations.Support.WithParticipants([.. Enumerable.Range(1, 15).Select(i => $"Support {i}")]),
            OnCallRotations.Engineering.WithParticipants([.. Enumerable.Range(1, 12).Select(i => $"Engineer {i}")]),
            OnCallRotations.VpProduct.WithParticipants("VP 1", "VP 2", "VP 3"));
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 52));
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        Assert.True(RotaChecker.Check(plan.Schedule!).IsFair);
    }
}
