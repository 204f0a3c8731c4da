using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Burden and pay (manual §5.1, §5.4, D20).</summary>
public sealed class OnCallPayTests
{
    private static readonly LocalDate End = new(2026, 4, 5);

    private static OnCallSchedule Quarter(OnCallTeam? team = null) => OnCallSchedule.RoundRobin(team ?? ThreeLevels(), Q1, Q1.PlusWeeks(13));

    private static CallIn Call(string person, string start, int minutes) =>
        new(person, T(start), T(start) + Duration.FromMinutes(minutes));

    private static PersonPay PayOf(OnCallPayReport report, string person) => report.People.Single(p => p.Person == person);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(15, 1)] // §5.4 "$25/hour minimum, even if 15 min"
    [InlineData(59, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)] // D20: rounded up to the next whole hour
    [InlineData(120, 2)]
    [InlineData(121, 3)]
    public void CountedCallIn_RoundsUpToWholeHours_WithAOneHourMinimum(int minutes, int hours)
    {
        Assert.Equal(Duration.FromHours(hours), CompensationPolicy.Default.CountedCallIn(Duration.FromMinutes(minutes)));
    }

    [Fact]
    public void CountedCallIn_OneSecondOverAnHour_IsTwoHours()
    {
        Assert.Equal(Duration.FromHours(2), CompensationPolicy.Default.CountedCallIn(Duration.FromHours(1) + Duration.FromSeconds(1)));
    }

    [Fact]
    public void Report_AFifteenMinuteCallIn_IsPaidAsOneHour()
    {
        // §5.4 "Paid per hour called in ($25/hour minimum, even if 15 min)", D20.
        var report = OnCallPay.Report(Quarter(), [Call("Sarah", "2026-01-06T22:10:00-08:00", 15)], Q1, End);
        var sarah = PayOf(report, "Sarah");
        Assert.Equal((1, Duration.FromMinutes(15), Duration.FromHours(1), 25m), (sarah.CallIns, sarah.CallInTime, sarah.CountedCallInTime, sarah.CallInPay));
        Assert.Equal("call-in 2026-01-06 22:10 for 15 min counts 1 h × 25.00 = 25.00", Assert.Single(sarah.Trace, t => t.Rule == "oncall.pay.call-in").Reason);
    }

    [Fact]
    public void Report_Stipends_Are500ForLevel1And750ForLevel2_PerWeek()
    {
        // §5.1: Level 1 $500/week, Level 2 $750/week, Level 3 covered in salary (D20).
        var report = OnCallPay.Report(Quarter(), [], Q1, End);
        Assert.Equal((4, 2000m), (PayOf(report, "Sarah").WeeksOnCall, PayOf(report, "Sarah").Stipend));
        Assert.Equal((3, 1500m), (PayOf(report, "Marcus").WeeksOnCall, PayOf(report, "Marcus").Stipend));
        var tom = PayOf(report, "Tom"); // Level 2 weeks starting Jan 11, Feb 8, Mar 8, Apr 5
        Assert.Equal((4, 3000m), (tom.WeeksOnCall, tom.Stipend));
        var priya = PayOf(report, "Priya"); // her week of Sunday Jan 4 started before the period: Feb 1, Mar 1, Mar 29 count
        Assert.Equal((3, 2250m), (priya.WeeksOnCall, priya.Stipend));
        // Level 3 has no stipend; its month-long shifts count as weeks: Jan 8, 15, 22, 29 and the April shift's first week.
        var vp = PayOf(report, "VP Product #1");
        Assert.Equal((5, 0m), (vp.WeeksByLevel[OnCallLevel.VpProduct], vp.Stipend));
    }

    [Fact]
    public void Report_TimeOffInLieu_ReplacesMoneyWithTime_OneToOneForCallIns()
    {
        // §5.4 "Time-off in lieu: 1:1 (if paged for 3 hours, get 3 hours time-off)"; §5.1 "OR time-off in lieu".
        var team = ThreeLevels() with { People = [new OnCallMember { Name = "Jessica", Compensation = CompensationChoice.TimeOffInLieu }] };
        var report = OnCallPay.Report(Quarter(team), [Call("Jessica", "2026-01-20T23:00:00-08:00", 180)], Q1, End);
        var jessica = PayOf(report, "Jessica");
        Assert.Equal((0m, 0m, 0m), (jessica.Stipend, jessica.CallInPay, jessica.TotalPay));
        Assert.Equal(Duration.FromHours(3), jessica.CallInTimeOff);
        Assert.Equal(Duration.FromHours(3 * 8), jessica.StipendTimeOff);
        Assert.Equal(Duration.FromHours(27), jessica.TotalTimeOff);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)] // §5.4 "busy (>3 incidents)"
    public void Report_MarksABusyWeek_AboveThreeCallIns(int calls, bool busy)
    {
        var callIns = Enumerable.Range(0, calls).Select(i => Call("Marcus", $"2026-01-1{3 + i}T20:00:00-08:00", 30));
        var marcus = PayOf(OnCallPay.Report(Quarter(), callIns, Q1, End), "Marcus");
        Assert.Equal(busy ? [new LocalDate(2026, 1, 12)] : [], marcus.BusyWeeks.ToArray());
        Assert.Equal(calls * 25m, marcus.CallInPay);
    }

    [Theory]
    [InlineData(7, 9, true)] // 7 of 16 = 43.75 % > 1.5 × 25 %
    [InlineData(6, 10, false)] // 6 of 16 = 37.5 %: exactly 1.5 × the fair share is not outsized
    [InlineData(3, 1, false)] // 75 % but only 3 pages: below the minimum of 4
    [InlineData(4, 1, true)]
    public void Report_HintsRebalance_WhenOnePersonTakesAnOutsizedShareOfPages(int marcusPages, int otherPages, bool hint)
    {
        // §5.4 "If one engineer getting paged constantly, rebalance team".
        var marcus = Enumerable.Range(0, marcusPages).Select(i => Call("Marcus", "2026-01-13T20:00:00-08:00", 10) with { Start = T("2026-01-13T20:00:00-08:00") + Duration.FromHours(i), End = T("2026-01-13T20:10:00-08:00") + Duration.FromHours(i) });
        var others = Enumerable.Range(0, otherPages).Select(i => Call(Support[(i % 3) switch { 0 => 0, 1 => 2, _ => 3 }], "2026-02-03T20:00:00-08:00", 10) with { Level = OnCallLevel.Support });
        var report = OnCallPay.Report(Quarter(), [.. marcus, .. others], Q1, End);
        Assert.Equal(hint, report.Rebalance.Any(h => h.Person == "Marcus"));
        if (hint)
        {
            Assert.StartsWith($"Marcus took {marcusPages} of the {marcusPages + otherPages} level 1 pages", report.Rebalance.Single().Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_AnOverride_SharesTheWeeksStipendByCoveredTime()
    {
        // Marcus covers Sarah's Saturday (24 of the week's 128 covered hours): no unpaid on-call (§5.4).
        var schedule = Quarter().WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-10T09:00:00-08:00"), T("2026-01-11T09:00:00-08:00"), "Marcus"));
        var report = OnCallPay.Report(schedule, [], Q1, Q1.PlusDays(6));
        Assert.Equal(500m * 104 / 128, PayOf(report, "Sarah").Stipend);
        Assert.Equal(500m * 24 / 128, PayOf(report, "Marcus").Stipend);
        Assert.Equal((1, 0), (PayOf(report, "Sarah").WeeksOnCall, PayOf(report, "Marcus").WeeksOnCall));
    }

    [Fact]
    public void Report_OnlyCountsWeeksAndCallInsStartingInThePeriod()
    {
        var report = OnCallPay.Report(Quarter(), [Call("Sarah", "2026-01-04T23:30:00-08:00", 30), Call("Sarah", "2026-01-05T00:00:00-08:00", 30)], Q1, Q1.PlusDays(6));
        var sarah = PayOf(report, "Sarah");
        Assert.Equal((1, 1, 500m + 25m), (sarah.WeeksOnCall, sarah.CallIns, sarah.TotalPay));
        Assert.Equal(0, PayOf(report, "Marcus").WeeksOnCall);
        Assert.Equal(report.People.Sum(p => p.TotalPay), report.TotalPay);
    }

    [Fact]
    public void Report_SomeoneCalledInFromOutsideTheTeam_IsStillPaid()
    {
        var report = OnCallPay.Report(Quarter(), [Call("Dana (contractor)", "2026-01-06T22:00:00-08:00", 90)], Q1, End);
        var dana = PayOf(report, "Dana (contractor)");
        Assert.Equal((0, 50m), (dana.WeeksOnCall, dana.TotalPay));
    }

    [Fact]
    public void Report_ACallInEndingBeforeItStarts_IsRejected()
    {
        var bad = new CallIn("Sarah", T("2026-01-06T22:00:00-08:00"), T("2026-01-06T21:00:00-08:00"));
        Assert.Throws<ArgumentException>(() => OnCallPay.Report(Quarter(), [bad], Q1, End));
    }
}
