using System.Text.Json;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>The manual's weekly example (§8.2) reproduced from <see cref="ManualWeek"/>, a ticket set built to match it.</summary>
public sealed class WeeklyReportTests
{
    private static readonly WeeklyReport Manual =
        WeeklyReport.Build(ManualWeek.Tuesday, ManualWeek.Tickets(), [], ManualWeek.End, SlaEvaluator.Default, ManualWeek.Policy, ManualWeek.Notes);

    [Fact]
    public void Build_ManualExample_ReproducesEveryNumber()
    {
        var w = Manual.Week;
        Assert.Equal(new LocalDate(2026, 1, 20), w.Period.First);
        Assert.Equal("January 20-26, 2026", w.Period.ToString());
        Assert.Equal(47, w.New);                                       // Total tickets: 47
        Assert.Equal(9.4m, w.AveragePerDay);                           // Avg per day: 9.4 (5 working days)
        Assert.Equal(41, Manual.PreviousWeek.New);
        Assert.Equal("↑ +15%", Manual.VolumeTrend.ToString());         // Trend: ↑ +15% vs last week
        Assert.Equal((41, 6), (w.NewResolved, w.NewStillOpen));        // Resolved: 41 (87%), Still open: 6 (13%)
        Assert.Equal(Duration.FromMinutes(138), w.FirstResponse.AverageTime);   // Avg response time: 2.3 hours
        Assert.Equal(Duration.FromMinutes(1116), w.Resolution.AverageTime);     // Avg resolution time: 18.6 hours
        Assert.Equal((86, 90), (w.FirstResponse.Met + w.Resolution.Met, w.FirstResponse.Decided + w.Resolution.Decided));
        Assert.Equal(96m, Math.Round(w.SlaMetPercent!.Value, MidpointRounding.AwayFromZero)); // % SLA met: 96%
        Assert.Equal(8.1m, Math.Round(w.AverageCsat!.Value, 1));       // Avg CSAT: 8.1/10
        Assert.Equal("↑ +0.2", Manual.CsatTrend.ToString());           // (↑ +0.2 vs prior week)
        Assert.Equal(2, w.Detractors);                                 // Detractors: 2
        Assert.Equal([8, 1, 0], w.Escalations.Select(e => e.Count).ToArray()); // 8 to engineering, 1 to VP Product
        Assert.Equal(
            ["API authentication errors 8", "Webhook configuration 6", "Billing questions 5"],
            w.Tags.Take(3).Select(t => $"{t.Tag} {t.Tickets}").ToArray());
        Assert.Equal(new PersonCount("Marcus", 15), w.Resolvers[0]);   // Marcus: Resolved 15 tickets (highest)
        Assert.Equal(0, w.Incidents.Declared);                         // Sarah on-call: 0 incidents (quiet week)
    }

    [Fact]
    public void ToText_ManualExample_HasTheManualsLines()
    {
        var text = Manual.ToText();
        string[] lines =
        [
            "WEEKLY SUPPORT REPORT\nWeek of January 20-26, 2026\n",
            "VOLUME METRICS\n├─ Total tickets: 47\n├─ Avg per day: 9.4\n├─ Trend: ↑ +15% vs last week (busier)\n├─ Resolved: 41 (87%)\n└─ Still open: 6 (13%)\n",
            "├─ Avg response time: 2h 18m (SLA: 5h 33m)\n├─ Avg resolution time: 18h 36m (SLA: 33h 28m)\n└─ % SLA met: 96% ✓\n",
            "Times are on each ticket's own SLA clock, so they compare with its target.",
            "├─ Avg CSAT: 8.1/10 (↑ +0.2 vs prior week)\n├─ Detractors: 2 (out of 41 rated)\n└─ Escalations: 8 to engineering, 1 to VP Product\n",
            "TOP ISSUES SEEN:\n1. API authentication errors (8 tickets)\n2. Webhook configuration (6 tickets)\n3. Billing questions (5 tickets)\n",
            "├─ Sarah on-call: 0 incidents (quiet week)\n├─ Marcus: Resolved 15 tickets (highest)\n",
            "├─ Jessica: Working on KB improvements\n└─ Open position: Still recruiting support engineer (offer out)\n",
            "BLOCKERS:\n├─ Slow incident response last Tuesday (short staffed due to sick leave)\n",
            "NEXT WEEK PRIORITIES:\n1. Deploy auto-response for API errors (reduce manual tickets)\n",
        ];
        Assert.All(lines, line => Assert.Contains(line, text));
    }

    [Fact]
    public void Days_AddUpToTheWeek()
    {
        // Each clock is counted in the day it was decided, so the days' SLA clocks and volumes sum to the week's.
        Assert.Equal(7, Manual.Days.Length);
        Assert.Equal(Manual.Week.New, Manual.Days.Sum(d => d.New));
        Assert.Equal(Manual.Week.ResolvedInPeriod, Manual.Days.Sum(d => d.ResolvedInPeriod));
        Assert.Equal(Manual.Week.FirstResponse.Met + Manual.Week.Resolution.Met, Manual.Days.Sum(d => d.FirstResponse.Met + d.Resolution.Met));
        Assert.Equal(Manual.Week.Misses.Length, Manual.Days.Sum(d => d.Misses.Length));
    }

    [Fact]
    public void ToJson_CarriesTheMetricsTrendsAndDays()
    {
        using var json = JsonDocument.Parse(Manual.ToJson());
        var root = json.RootElement;
        Assert.Equal("weekly", root.GetProperty("report").GetString());
        Assert.Equal(47, root.GetProperty("volume").GetProperty("new").GetInt32());
        Assert.Equal(9.4m, root.GetProperty("volume").GetProperty("averagePerDay").GetDecimal());
        Assert.Equal(95.56m, root.GetProperty("sla").GetProperty("metPercent").GetDecimal());
        Assert.Equal(2.3m, root.GetProperty("sla").GetProperty("firstResponse").GetProperty("averageHours").GetDecimal());
        Assert.Contains("own SLA clock", root.GetProperty("sla").GetProperty("clockNote").GetString());
        Assert.Equal("↑ +15%", root.GetProperty("trends").GetProperty("volume").GetProperty("text").GetString());
        Assert.Equal(8.1m, root.GetProperty("csat").GetProperty("average").GetDecimal());
        Assert.Equal(7, root.GetProperty("days").GetArrayLength());
        Assert.Equal("2026-01-20T00:00:00-08:00", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(4, root.GetProperty("sla").GetProperty("misses").GetArrayLength());
    }

    [Fact]
    public void Build_BeforeTheWeekEnds_ShowsTheDaysSoFarAndSaysAsOf()
    {
        var friday = ManualWeek.End - Duration.FromDays(3) - Duration.FromHours(7); // Friday 17:00
        var report = WeeklyReport.Build(ManualWeek.Tuesday, ManualWeek.Tickets(), [], friday, SlaEvaluator.Default, ManualWeek.Policy);
        Assert.Equal(4, report.Days.Length);
        Assert.Equal(45, report.Week.New);
        Assert.Contains("Week of January 20-26, 2026 (as of Friday, January 23, 2026, 5:00 PM PT)", report.ToText());
    }

    [Fact]
    public void VolumeTrend_WithNoTicketsLastWeek_IsNew_AndQuieterWeeksSaySo()
    {
        var onlyThisWeek = ManualWeek.Tickets().Where(t => t.Ticket.CreatedAt >= ManualWeek.End - Duration.FromDays(7));
        var report = WeeklyReport.Build(ManualWeek.Tuesday, onlyThisWeek, [], ManualWeek.End, SlaEvaluator.Default, ManualWeek.Policy);
        Assert.Contains("Trend: n/a (no tickets last week)\n", report.ToText());
        var lastWeek = WeeklyReport.Build(ManualWeek.Tuesday.PlusDays(-7), ManualWeek.Tickets(), [], ManualWeek.End, SlaEvaluator.Default, ManualWeek.Policy);
        Assert.Equal("new", lastWeek.VolumeTrend.ToString());
    }

    [Theory]
    [InlineData(95.55, " ✓")]
    [InlineData(95.56, " ✗")] // the week's 86 / 90 = 95.555… % is below 95.56
    public void ToText_SlaMetMark_ComparesTheExactShareWithTheGoal(double goal, string mark)
    {
        var report = Manual with { Policy = ManualWeek.Policy with { SlaGoalPercent = (decimal)goal } };
        Assert.Contains($"└─ % SLA met: 96%{mark}\n", report.ToText());
    }
}
