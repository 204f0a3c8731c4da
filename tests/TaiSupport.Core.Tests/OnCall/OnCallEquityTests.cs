using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>The load report, equity score and rebalance hint (issue 17, manual §5.4).</summary>
public sealed class OnCallEquityTests
{
    private static readonly OnCallTeam SupportOnly = Team(OnCallRotations.Support.WithParticipants(Support));

    /// <summary>Four weeks of the plain §5.1 rotation: Sarah, Marcus, Jessica, Alex from Monday 2026-01-05.</summary>
    private static OnCallSchedule Month() => OnCallSchedule.RoundRobin(SupportOnly, Q1, Q1.PlusWeeks(4));

    private static EquityReport Report(EquityOptions? options = null, OnCallSchedule? schedule = null) =>
        OnCallEquity.Report(schedule ?? Month(), Q1, Q1.PlusDays(28), options); // to Monday 2026-02-02: Alex's last night included

    private static PersonLoad Load(EquityReport report, string person) => report.Levels.Single().People.Single(p => p.Person == person);

    /// <summary><paramref name="count"/> five-minute call-ins in the person's week (Tuesday evening of week <paramref name="week"/>).</summary>
    private static IEnumerable<CallIn> Pages(string person, int week, int count) =>
        Enumerable.Range(0, count).Select(k =>
        {
            var start = T("2026-01-06T18:00:00-08:00") + Duration.FromDays(7 * week) + Duration.FromMinutes(10 * k);
            return new CallIn(person, start, start + Duration.FromMinutes(5)) { Level = OnCallLevel.Support };
        });

    private static EquityOptions PagesOnly(params IEnumerable<CallIn>[] callIns) => new()
    {
        CallIns = [.. callIns.SelectMany(c => c)],
        Weights = new EquityWeights { Weeks = 0, EveningHours = 0, WeekendHours = 0, HolidayHours = 0, Pages = 1, CallInHours = 0 },
    };

    [Fact]
    public void AnEvenRotation_SplitsEveningAndWeekendHours_AndScoresOne()
    {
        // evenings-and-weekends from Monday 09:00: Mon 17–24 (7 h), Tue–Fri 16 h each, next Mon 00–09 (9 h) = 80 h; Sat + Sun = 48 h.
        var report = Report();
        var level = report.Levels.Single();
        Assert.All(level.People, p => Assert.Equal((1, Duration.FromHours(80), Duration.FromHours(48), Duration.Zero, 0, 1m), (p.Weeks, p.EveningHours, p.WeekendHours, p.HolidayHours, p.Pages, p.LoadIndex)));
        Assert.Equal(1m, level.Score);
        Assert.Empty(level.Rebalance);
    }

    [Fact]
    public void HolidayHours_AreTakenOutOfEveningHours()
    {
        // Monday 2026-01-05 a holiday: Sarah's 17:00–24:00 that day is holiday time, not evening time.
        var report = Report(new EquityOptions { Holidays = [new LocalDate(2026, 1, 5)] });
        var sarah = Load(report, "Sarah");
        Assert.Equal((Duration.FromHours(73), Duration.FromHours(7), Duration.FromHours(48)), (sarah.EveningHours, sarah.HolidayHours, sarah.WeekendHours));
        Assert.Equal(Duration.FromHours(80), Load(report, "Marcus").EveningHours);
        Assert.True(Load(report, "Sarah").LoadIndex > Load(report, "Marcus").LoadIndex);
    }

    [Fact]
    public void AHolidayOnASaturday_IsHolidayTime_NotWeekendTime()
    {
        var sarah = Load(Report(new EquityOptions { Holidays = [new LocalDate(2026, 1, 10)] }), "Sarah");
        Assert.Equal((Duration.FromHours(24), Duration.FromHours(24), Duration.FromHours(80)), (sarah.HolidayHours, sarah.WeekendHours, sarah.EveningHours));
    }

    [Fact]
    public void Hours_AreExactAcrossTheSpringForwardWeek()
    {
        // Sarah's week of Monday 2026-03-02 holds the 2026-03-08 change: 127 real hours, not 128.
        var schedule = OnCallSchedule.RoundRobin(SupportOnly, Q1, Q1.PlusWeeks(13));
        var sarah = OnCallEquity.Report(schedule, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 9), null).Levels.Single().People.Single(p => p.Person == "Sarah");
        Assert.Equal((Duration.FromHours(47), Duration.FromHours(80)), (sarah.WeekendHours, sarah.EveningHours));
    }

    [Fact]
    public void DefaultWeights_GiveTheDocumentedIndexAndScore()
    {
        // Sarah: 4 pages, 20 min of call-ins; weeks, evening and weekend hours even; holidays none (left out).
        // Sarah (1 + 1 + 1 + 4 + 4) / 5 = 2.2, the others (1 + 1 + 1 + 0 + 0) / 5 = 0.6; Gini = 3 × 2 × 1.6 / (2 × 16) = 0.3.
        var level = Report(new EquityOptions { CallIns = [.. Pages("Sarah", 0, 4)] }).Levels.Single();
        Assert.Equal([2.2m, 0.6m, 0.6m, 0.6m], level.People.Select(p => p.LoadIndex));
        Assert.Equal(0.7m, level.Score);
        Assert.Equal(Duration.FromMinutes(20), level.People[0].CallInHours);
        var hint = Assert.Single(level.Rebalance);
        Assert.Equal("Sarah carries 2.2× the average level 1 load with 4 of the 4 pages; more than 1.5× the average: rebalance the team (§5.4); move weeks to Marcus (load index 0.6).", hint.Message);
    }

    [Fact]
    public void Rebalance_ExactlyOneAndAHalfTimesTheAverage_IsNotFlagged()
    {
        // 6 of 16 pages: the mean is 4, Sarah's index exactly 1.5.
        var level = Report(PagesOnly(Pages("Sarah", 0, 6), Pages("Marcus", 1, 4), Pages("Jessica", 2, 3), Pages("Alex", 3, 3))).Levels.Single();
        Assert.Equal(1.5m, level.People[0].LoadIndex);
        Assert.Empty(level.Rebalance);
    }

    [Fact]
    public void Rebalance_JustOverOneAndAHalfTimesTheAverage_IsFlagged()
    {
        // 7 of 16 pages: index 1.75.
        var level = Report(PagesOnly(Pages("Sarah", 0, 7), Pages("Marcus", 1, 3), Pages("Jessica", 2, 3), Pages("Alex", 3, 3))).Levels.Single();
        Assert.Equal(("Sarah", 7, 16), (Assert.Single(level.Rebalance).Person, level.Rebalance[0].Pages, level.Rebalance[0].LevelPages));
    }

    [Theory]
    [InlineData(3, false)] // index 4, but only 3 pages: never flagged
    [InlineData(4, true)]
    public void Rebalance_NeedsTheMinimumPages(int pages, bool flagged)
    {
        var level = Report(PagesOnly(Pages("Sarah", 0, pages))).Levels.Single();
        Assert.Equal(4m, level.People[0].LoadIndex);
        Assert.Equal(flagged, !level.Rebalance.IsEmpty);
    }

    [Fact]
    public void PagesOnly_MatchesThePayReportsHint()
    {
        var callIns = Pages("Sarah", 0, 5).Concat(Pages("Marcus", 1, 2)).Concat(Pages("Jessica", 2, 1)).ToList();
        var equity = Report(PagesOnly(callIns)).Levels.Single().Rebalance.Select(h => (h.Person, h.Pages, h.LevelPages));
        var pay = OnCallPay.Report(Month(), callIns, Q1, Q1.PlusDays(27)).Rebalance.Select(h => (h.Person, h.Pages, h.LevelPages));
        Assert.Equal(pay, equity);
        Assert.NotEmpty(equity);
    }

    [Fact]
    public void WithAnIncidentLog_PagesAreIncidents_NotCallIns()
    {
        var options = new EquityOptions
        {
            CallIns = [.. Pages("Sarah", 0, 4)],
            Incidents = [new PagedIncident(T("2026-01-13T20:00:00-08:00")), new PagedIncident(T("2026-01-14T20:00:00-08:00"))],
        };
        var report = Report(options);
        Assert.Equal((0, 2), (Load(report, "Sarah").Pages, Load(report, "Marcus").Pages));
        Assert.Equal(Duration.FromMinutes(20), Load(report, "Sarah").CallInHours);
    }

    [Fact]
    public void ACover_MovesTheHoursToWhoeverCovered()
    {
        var schedule = Month() with
        {
            Overrides = [new OnCallOverride(OnCallLevel.Support, T("2026-01-10T00:00:00-08:00"), T("2026-01-11T00:00:00-08:00"), "Marcus")],
        };
        var report = Report(schedule: schedule);
        Assert.Equal((Duration.FromHours(24), Duration.FromHours(72)), (Load(report, "Sarah").WeekendHours, Load(report, "Marcus").WeekendHours));
        Assert.True(report.Levels.Single().Score < 1m);
    }

    [Fact]
    public void InvalidWeights_AreRejectedWithTheirField()
    {
        var problems = new EquityWeightsValidator().Validate(new EquityWeights { Pages = -1 });
        Assert.Equal("pages", Assert.Single(problems.Errors).PropertyName);
        var none = new EquityWeightsValidator().Validate(new EquityWeights { Weeks = 0, EveningHours = 0, WeekendHours = 0, HolidayHours = 0, Pages = 0, CallInHours = 0 });
        Assert.Equal("weights", Assert.Single(none.Errors).PropertyName);
        Assert.Throws<ArgumentException>(() => Report(new EquityOptions { Weights = new EquityWeights { Pages = -1 } }));
    }

    [Theory]
    [InlineData(new[] { 1.0, 1.0, 1.0, 1.0 }, 1.0)]
    [InlineData(new[] { 4.0, 0.0, 0.0, 0.0 }, 0.25)]
    [InlineData(new[] { 0.0, 0.0 }, 1.0)]
    [InlineData(new[] { 1.5, 0.5 }, 0.75)]
    public void Score_IsOneMinusTheGiniCoefficient(double[] indices, double score)
    {
        Assert.Equal((decimal)score, OnCallEquity.Score([.. indices.Select(i => (decimal)i)]));
    }
}
