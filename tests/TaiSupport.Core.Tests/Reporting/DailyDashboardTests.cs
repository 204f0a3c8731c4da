using System.Text.Json;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;

namespace TaiSupport.Core.Tests.Reporting;

public sealed class DailyDashboardTests
{
    [Fact]
    public void ToText_DemoDay_IsTheManualsLayoutWithHandWorkedNumbers()
    {
        // §8.1. Worked by hand (docs/reports.md): new 1823, 1830, 1832, 1834, 1836, 1840; resolved 1830 (4.75 h), 1831
        // (71 h wall-clock), 1834 (4 h) → 26.6 h; CSAT 9, 6, 8 → 7.7. First responses decided Monday: 1823, 1830, 1831,
        // 1836 met; 1834 missed (due 09:00, answered 09:30); 1840 breached at 23:15 → 4 of 6. Response times on each
        // ticket's clock: 10 + 45 + 150 + 90 + 45 min over 5 answered = 68 min → 1.1 h, against (1 + 4 + 8 + 1 + 8) / 5 = 4.4 h.
        var dashboard = DailyDashboard.Build(R.Monday, DemoDay.Tickets(), DemoDay.Incidents(), Pt.At("2026-01-27 00:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(
            """
            DATE: Monday, January 26, 2026
            ACTIVE SUPPORT STAFF: Jessica, Marcus, Sarah

            TICKETS TODAY:
            ├─ New tickets: 6
            ├─ Tickets resolved: 3
            ├─ Tickets in progress: 5
            ├─ Avg time to close: 26h 35m
            └─ Avg customer satisfaction: 7.7/10

            SLA COMPLIANCE:
            ├─ Response SLA met: 67% (4 of 6)
            ├─ Resolution SLA met: 100% (3 of 3)
            ├─ Avg response time: 1h 8m (SLA: 4h 24m)
            ├─ Avg resolution time: 5h 15m (SLA: 27h 20m)
            ├─ Missed SLAs: 2 → [Tickets #1834, #1840]
            └─ Action items: #1835 first response overdue since Jan 23, 2:00 PM PT; #1840 first response overdue since 11:15 PM PT
            Times are on each ticket's own SLA clock, so they compare with its target; time to close is wall-clock.

            ESCALATIONS:
            ├─ To engineering: 1
            ├─ To VP Product: 0
            ├─ To Finance: 1
            └─ Status: #1823 → engineering (since 3:40 PM PT)

            INCIDENTS:
            ├─ P1 incidents today: 1
            ├─ MTTR (mean time to resolution): 42m
            ├─ Customers affected: 12
            └─ Status page updates: 3

            NOTES:
            none

            """.ReplaceLineEndings("\n"),
            dashboard.ToText());
    }

    [Fact]
    public void ToText_DuringTheDay_SaysAsOfAndCountsOnlyWhatHappenedSoFar()
    {
        var dashboard = DailyDashboard.Build(R.Monday, DemoDay.Tickets(), [], Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default,
            new ReportNotes { Notes = ["Sarah out sick after 3 PM"] });
        var text = dashboard.ToText();
        Assert.StartsWith("DATE: Monday, January 26, 2026 (as of 5:00 PM PT)\n", text);
        Assert.Contains("├─ New tickets: 5\n", text);
        Assert.Contains("├─ Response SLA met: 80% (4 of 5)\n", text);
        Assert.EndsWith("NOTES:\nSarah out sick after 3 PM\n", text);
    }

    [Fact]
    public void ToText_EmptyDay_SaysNotApplicableInsteadOfDividingByZero()
    {
        var text = DailyDashboard.Build(R.Monday, [], [], Pt.At("2026-01-27 00:00"), SlaEvaluator.Default, ReportPolicy.Default).ToText();
        Assert.Contains("├─ Avg time to close: n/a\n└─ Avg customer satisfaction: n/a\n", text);
        Assert.Contains("├─ Response SLA met: n/a (none due)\n", text);
        Assert.Contains("ACTIVE SUPPORT STAFF: none recorded", text);
        Assert.Contains("└─ Status: none ongoing", text);
    }

    [Fact]
    public void ToJson_HasTheSameNumbers()
    {
        var dashboard = DailyDashboard.Build(R.Monday, DemoDay.Tickets(), DemoDay.Incidents(), Pt.At("2026-01-27 00:00"), SlaEvaluator.Default, ReportPolicy.Default);
        using var json = JsonDocument.Parse(dashboard.ToJson());
        var root = json.RootElement;
        Assert.Equal("daily", root.GetProperty("report").GetString());
        Assert.Equal(6, root.GetProperty("volume").GetProperty("new").GetInt32());
        Assert.Equal(66.67m, root.GetProperty("sla").GetProperty("firstResponse").GetProperty("metPercent").GetDecimal());
        Assert.Equal(42m, root.GetProperty("incidents").GetProperty("mttrMinutes").GetDecimal());
        Assert.Equal("1835", root.GetProperty("sla").GetProperty("overdue")[0].GetProperty("ticket").GetString());
        Assert.Equal("2026-01-23T14:00:00-08:00", root.GetProperty("sla").GetProperty("overdue")[0].GetProperty("due").GetString());
        Assert.Equal("breached", root.GetProperty("sla").GetProperty("overdue")[0].GetProperty("state").GetString());
    }
}
