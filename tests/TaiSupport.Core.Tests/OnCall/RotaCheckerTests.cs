using TaiSupport.Core.Calendars;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>The checker (manual §5.4, D19): every violation with its rule id, person, weeks and a sentence.</summary>
public sealed class RotaCheckerTests
{
    private static readonly OnCallTeam Level1 = Team(OnCallRotations.Support.WithParticipants(Support));

    private static LocalDate D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Check_PlainRotationOfFourForAQuarter_IsFair()
    {
        // §5.1 "Repeat...": Sarah gets 4 weeks (Jan 5, Feb 2, Mar 2, Mar 30), the others 3 — within §5.4's 4.
        var check = RotaChecker.Check(OnCallSchedule.RoundRobin(Level1, Q1, Q1.PlusWeeks(13)));
        Assert.True(check.IsFair, string.Join("\n", check.Violations));
    }

    [Fact]
    public void Check_FourWeeksInAQuarter_IsAllowed_FiveIsAViolation()
    {
        // §5.4 "Maximum 4 weeks on-call per quarter" (D19): both sides of the limit.
        var four = Assign(Level1, OnCallLevel.Support, Q1, "Sarah", "Marcus", "Jessica", "Alex", "Sarah", "Marcus", "Jessica", "Alex", "Sarah", "Marcus", "Jessica", "Alex", "Sarah");
        Assert.DoesNotContain(RotaChecker.Check(four).Violations, v => v.Rule == OnCallRuleIds.QuarterLimit);
        var five = four.Swap(OnCallLevel.Support, D(1, 19), D(1, 26)).Swap(OnCallLevel.Support, D(1, 12), D(1, 19));
        five = five with { Shifts = five.Shifts.Replace(five.ShiftOn(OnCallLevel.Support, D(2, 9))!, new OnCallShift(OnCallLevel.Support, D(2, 9), "Sarah")) };
        var violation = Assert.Single(RotaChecker.Check(five).Violations, v => v.Rule == OnCallRuleIds.QuarterLimit);
        Assert.Equal("Sarah", violation.Person);
        Assert.Equal([D(1, 5), D(2, 2), D(2, 9), D(3, 2), D(3, 30)], violation.Weeks.ToArray());
        Assert.Equal("Sarah is on call 5 weeks starting in 2026 Q1 (weeks of 2026-01-05, 2026-02-02, 2026-02-09, 2026-03-02, 2026-03-30); the limit is 4 per quarter (§5.4).", violation.Message);
        Assert.Equal("§5.4, D19", violation.Source);
    }

    [Fact]
    public void Check_AWeekCountsInTheQuarterWhereItStarts()
    {
        // D19: the week of Monday 2026-03-30 runs into April but counts in Q1; the week of 2026-04-06 counts in Q2.
        var team = Level1.WithPolicy(r => r with { MaxWeeksPerQuarter = 1, MaxConsecutiveEveningWeeks = 5 });
        var acrossQuarters = Assign(team, OnCallLevel.Support, D(3, 30), "Sarah", "Sarah");
        Assert.True(RotaChecker.Check(acrossQuarters).IsFair);
        var bothInQ1 = Assign(team, OnCallLevel.Support, D(3, 23), "Sarah", "Sarah");
        var violation = Assert.Single(RotaChecker.Check(bothInQ1).Violations);
        Assert.Equal([D(3, 23), D(3, 30)], violation.Weeks.ToArray());
    }

    [Fact]
    public void Check_TwoConsecutiveEveningWeeks_AreAllowed_ThreeAreAViolation()
    {
        // §5.4 "Cannot work evening shift (5 PM-9 AM) more than 2 consecutive weeks" (D19).
        Assert.True(RotaChecker.Check(Assign(Level1, OnCallLevel.Support, Q1, "Sarah", "Sarah", "Marcus")).IsFair);
        var violation = Assert.Single(RotaChecker.Check(Assign(Level1, OnCallLevel.Support, Q1, "Sarah", "Sarah", "Sarah", "Marcus")).Violations);
        Assert.Equal((OnCallRuleIds.ConsecutiveEvenings, "Sarah"), (violation.Rule, violation.Person));
        Assert.Equal([D(1, 5), D(1, 12), D(1, 19)], violation.Weeks.ToArray());
        Assert.Equal("Sarah works the evening shift 3 weeks in a row (weeks of 2026-01-05, 2026-01-12, 2026-01-19); the limit is 2 consecutive weeks (§5.4).", violation.Message);
    }

    [Fact]
    public void Check_ThreeWeeksOnADaytimeRotation_AreNotEveningWeeks()
    {
        var daytime = new CoverageWindow
        {
            Name = "daytime",
            Week = BusinessCalendarDefinition.SameShifts(BusinessCalendarDefinition.Weekdays, new ShiftInterval(new LocalTime(9, 0), new LocalTime(17, 0))),
        };
        var team = Team((OnCallRotations.Support with { Coverage = daytime }).WithParticipants(Support));
        Assert.True(RotaChecker.Check(Assign(team, OnCallLevel.Support, Q1, "Sarah", "Sarah", "Sarah")).IsFair);
    }

    [Fact]
    public void Check_ACoverInTheWeekBetweenTwoOwnWeeks_MakesThreeConsecutiveEveningWeeks()
    {
        // Marcus covers one Saturday night of Jessica's week, between his own two weeks.
        var schedule = Assign(Level1, OnCallLevel.Support, Q1, "Marcus", "Jessica", "Marcus", "Alex")
            .WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-17T20:00:00-08:00"), T("2026-01-18T08:00:00-08:00"), "Marcus"));
        var violation = Assert.Single(RotaChecker.Check(schedule).Violations);
        Assert.Equal((OnCallRuleIds.ConsecutiveEvenings, "Marcus"), (violation.Rule, violation.Person));
        Assert.Equal([D(1, 5), D(1, 12), D(1, 19)], violation.Weeks.ToArray());
    }

    [Theory]
    [InlineData(3, false)] // §5.4 "busy (>3 incidents)": 3 is not busy
    [InlineData(4, true)]
    public void Check_OnCallTheWeekAfterABusyWeek_IsAViolationOnlyAboveThreeIncidents(int incidents, bool violation)
    {
        var schedule = Assign(Level1, OnCallLevel.Support, Q1, "Sarah", "Sarah", "Marcus");
        var log = Enumerable.Range(0, incidents).Select(i => new PagedIncident(T("2026-01-06T20:00:00-08:00") + Duration.FromDays(i)));
        var found = RotaChecker.Check(schedule, log).Violations.Where(v => v.Rule == OnCallRuleIds.BusyWeekRest).ToList();
        Assert.Equal(violation, found.Count == 1);
        if (violation)
        {
            Assert.Equal([D(1, 5), D(1, 12)], found[0].Weeks.ToArray());
            Assert.Equal("Sarah had 4 incidents in the week of 2026-01-05 (more than 3: a busy week) but is on call again in the week of 2026-01-12; a busy week earns the next week off (§5.4).", found[0].Message);
        }
    }

    [Fact]
    public void Check_IncidentsDuringBusinessHours_CountForLevel2_NotLevel1()
    {
        // §5.3: nobody is on call at Level 1 on a weekday at noon, so the page goes to Level 2.
        var team = Team(OnCallRotations.Support.WithParticipants(Support), OnCallRotations.Engineering.WithParticipants(Engineers));
        var schedule = OnCallSchedule.RoundRobin(team, Q1, Q1.PlusWeeks(3)) with { };
        schedule = schedule with { Shifts = schedule.Shifts.Replace(schedule.ShiftOn(OnCallLevel.Support, D(1, 12))!, new OnCallShift(OnCallLevel.Support, D(1, 12), "Sarah")) };
        var noon = Enumerable.Range(0, 4).Select(i => new PagedIncident(T("2026-01-06T12:00:00-08:00") + Duration.FromDays(i)));
        Assert.DoesNotContain(RotaChecker.Check(schedule, noon).Violations, v => v.Rule == OnCallRuleIds.BusyWeekRest);
        var evenings = noon.Select(i => i with { At = i.At + Duration.FromHours(8) });
        Assert.Contains(RotaChecker.Check(schedule, evenings).Violations, v => v.Rule == OnCallRuleIds.BusyWeekRest && v.Person == "Sarah");
    }

    [Fact]
    public void Check_OnCallDuringTimeOff_IsAViolation()
    {
        var team = Level1.WithTimeOff("Sarah", D(1, 7), D(1, 9));
        var violation = Assert.Single(RotaChecker.Check(OnCallSchedule.RoundRobin(team, Q1, Q1.PlusWeeks(4))).Violations);
        Assert.Equal((OnCallRuleIds.TimeOff, "Sarah"), (violation.Rule, violation.Person));
        Assert.Equal([D(1, 5)], violation.Weeks.ToArray());
        Assert.Equal("Sarah is on time off 2026-01-07..2026-01-09 but on call for level 1 during it (week of 2026-01-05).", violation.Message);
    }

    [Fact]
    public void Check_TimeOffOutsideTheCoverageWindow_IsNoViolation()
    {
        // A weekend-only rotation: Sarah away Tuesday–Thursday of her week never misses a covered hour.
        var team = Team(OnCallRotations.SupportWeekendOnly.WithParticipants(Support)).WithTimeOff("Sarah", D(1, 6), D(1, 8));
        Assert.True(RotaChecker.Check(OnCallSchedule.RoundRobin(team, Q1, Q1.PlusWeeks(4))).IsFair);
        var friday = Team(OnCallRotations.SupportWeekendOnly.WithParticipants(Support)).WithTimeOff("Sarah", D(1, 6), D(1, 9));
        Assert.Single(RotaChecker.Check(OnCallSchedule.RoundRobin(friday, Q1, Q1.PlusWeeks(4))).Violations);
    }

    [Fact]
    public void Check_OnCallAtTwoLevelsAtOnce_IsAViolation()
    {
        var team = Team(OnCallRotations.Support.WithParticipants(Support), OnCallRotations.Engineering.WithParticipants("Sarah", "Tom", "Chen", "Ana"));
        var violations = RotaChecker.Check(OnCallSchedule.RoundRobin(team, Q1, Q1.PlusWeeks(1))).Violations;
        var violation = Assert.Single(violations);
        Assert.Equal((OnCallRuleIds.OneLevelAtATime, "Sarah"), (violation.Rule, violation.Person));
        Assert.False(RotaChecker.Check(OnCallSchedule.RoundRobin(team.WithPolicy(r => r with { OneLevelAtATime = false }), Q1, Q1.PlusWeeks(1))).Violations.Any());
    }

    [Fact]
    public void Check_AMissingShift_IsAGap_UnlessAnOverrideCoversIt()
    {
        var schedule = OnCallSchedule.RoundRobin(Level1, Q1, Q1.PlusWeeks(4));
        var missing = schedule with { Shifts = schedule.Shifts.Remove(schedule.ShiftOn(OnCallLevel.Support, D(1, 19))!) };
        var violation = Assert.Single(RotaChecker.Check(missing).Violations);
        Assert.Equal((OnCallRuleIds.Gap, null), (violation.Rule, violation.Person));
        Assert.Equal([D(1, 19)], violation.Weeks.ToArray());
        Assert.Equal("Nobody is on call for level 1 (support) during part of the shift of 2026-01-19; assign the shift or add an override.", violation.Message);
        var covered = missing.WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-19T17:00:00-08:00"), T("2026-01-26T09:00:00-08:00"), "Alex"));
        Assert.True(RotaChecker.Check(covered).IsFair, string.Join("\n", RotaChecker.Check(covered).Violations));
    }

    [Fact]
    public void Check_AWeekMostlyCoveredByOverride_CountsForTheCover()
    {
        // Marcus covers all of Sarah's week but the Monday evening: the week is his for the quarter limit.
        var schedule = Assign(Level1.WithPolicy(r => r with { MaxWeeksPerQuarter = 1, MaxConsecutiveEveningWeeks = 4 }), OnCallLevel.Support, Q1, "Sarah", "Marcus")
            .WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-06T09:00:00-08:00"), T("2026-01-12T09:00:00-08:00"), "Marcus") { For = "Sarah" });
        var violation = Assert.Single(RotaChecker.Check(schedule).Violations);
        Assert.Equal((OnCallRuleIds.QuarterLimit, "Marcus"), (violation.Rule, violation.Person));
    }

    [Fact]
    public void Check_TheManualsEngineeringExampleWithThreeEngineers_BreaksTheQuarterLimit()
    {
        // §5.1 "Jan 1-7: Senior Eng #1, Jan 8-14: #2, Jan 15-21: #3, Repeat..." gives #1 five Q1 weeks; §5.4 allows 4.
        var engineering = (OnCallRotations.Engineering with { HandOffDate = D(1, 1) }).WithParticipants("Senior Eng #1", "Senior Eng #2", "Senior Eng #3");
        var schedule = OnCallSchedule.RoundRobin(Team(engineering), D(1, 1), D(4, 1));
        var timeline = schedule.Compile();
        Assert.Equal("Senior Eng #1", timeline.Who(OnCallLevel.Engineering, T("2026-01-03T12:00:00-08:00")).OnCall);
        Assert.Equal("Senior Eng #2", timeline.Who(OnCallLevel.Engineering, T("2026-01-10T12:00:00-08:00")).OnCall);
        Assert.Equal("Senior Eng #3", timeline.Who(OnCallLevel.Engineering, T("2026-01-20T12:00:00-08:00")).OnCall);
        Assert.Equal("Senior Eng #1", timeline.Who(OnCallLevel.Engineering, T("2026-01-25T12:00:00-08:00")).OnCall);
        var violation = Assert.Single(RotaChecker.Check(timeline).Violations);
        Assert.Equal((OnCallRuleIds.QuarterLimit, "Senior Eng #1"), (violation.Rule, violation.Person));
        Assert.Equal([D(1, 1), D(1, 22), D(2, 12), D(3, 5), D(3, 26)], violation.Weeks.ToArray());
    }

    [Fact]
    public void Check_ListsEveryViolation_NotJustTheFirst()
    {
        var team = Level1.WithTimeOff("Jessica", D(1, 5), D(1, 27));
        var schedule = Assign(team, OnCallLevel.Support, Q1, "Sarah", "Sarah", "Sarah", "Jessica", "Sarah", "Sarah", "Sarah");
        var rules = RotaChecker.Check(schedule).Violations.Select(v => (v.Rule, v.Person)).ToList();
        Assert.Contains((OnCallRuleIds.QuarterLimit, "Sarah"), rules);
        Assert.Equal(2, rules.Count(r => r == (OnCallRuleIds.ConsecutiveEvenings, "Sarah")));
        Assert.Contains((OnCallRuleIds.TimeOff, "Jessica"), rules);
    }
}
