using System.Text.Json;
using TaiSupport.Cli.Reporting;
using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>The <c>tai report</c>, <c>tai handoff</c> and <c>tai qa</c> commands, in-process (docs/cli.md, docs/reports.md).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("tai-report-");

    public void Dispose() => dir.Delete(recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir.FullName, name);
        System.IO.File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    private static string ManualWeekPath => Path.Combine(SampleFilesTests.RepositoryRoot(), "samples", "TaiSupport.Cli", "Reporting", "manual-week.jsonl");

    [Fact]
    public void Daily_PrintsTheDashboard_OrJson()
    {
        var incidents = File("i.jsonl", DemoData.Incidents);
        var (exit, output, error) = CliRunner.Run(DemoData.Tickets, "report", "daily", "--tickets", "-", "--incidents", incidents, "--date", "2026-01-26");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("DATE: Monday, January 26, 2026\n", output);
        Assert.Contains("├─ P1 incidents today: 1\n├─ MTTR (mean time to resolution): 42m\n", output);

        var (_, json, _) = CliRunner.Run(DemoData.Tickets, "report", "daily", "-t", "-", "-d", "2026-01-26", "--json", "--now", "2026-01-26T17:00:00-08:00");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(5, document.RootElement.GetProperty("volume").GetProperty("new").GetInt32());
        Assert.Equal("2026-01-26T17:00:00-08:00", document.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Weekly_ManualWeek_PrintsTheManualsNumbersAndDrawsTheChart()
    {
        var policy = File("p.json", """{"weekStartsOn": "tuesday"}""");
        var notes = File("n.json", """{"onCall": "Sarah", "blockers": ["Need to hire support engineer faster"]}""");
        var chart = Path.Combine(dir.FullName, "week.png");
        var (exit, output, error) = CliRunner.Run(
            "", "report", "weekly", "--tickets", ManualWeekPath, "--date", "2026-01-22", "--report-policy", policy, "--notes", notes, "--chart", chart);
        Assert.Equal(0, exit);
        Assert.Contains("Week of January 20-26, 2026\n", output);
        Assert.Contains("├─ Total tickets: 47\n├─ Avg per day: 9.4\n├─ Trend: ↑ +15% vs last week (busier)\n├─ Resolved: 41 (87%)\n└─ Still open: 6 (13%)\n", output);
        Assert.Contains("└─ % SLA met: 96% ✓\n", output);
        Assert.Contains("├─ Sarah on-call: 0 incidents (quiet week)\n", output);
        Assert.Contains("BLOCKERS:\n└─ Need to hire support engineer faster\n", output);
        Assert.Contains("chart written to", error);
        var png = System.IO.File.ReadAllBytes(chart);
        Assert.True(png.Length > 10_000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4).ToArray());
    }

    [Fact]
    public void Report_BadTicketLines_ExitTwoListingEveryProblemWithItsLine()
    {
        var input = string.Join('\n',
            """{"id":"a","tier":"Starter","priority":"Low","createdAt":"2026-01-26T09:00:00-08:00"}""",
            """{"id":"b","tier":"Gold","priority":"Low","createdAt":"2026-01-26T09:00:00-08:00","csat":12}""",
            "not json",
            """{"id":"a","tier":"Starter","priority":"Low","createdAt":"2026-01-26T09:00:00-08:00"}""");
        var (exit, output, error) = CliRunner.Run(input, "report", "daily", "--tickets", "-", "--date", "2026-01-26");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("line 2: tier: \"Gold\" is not a tier", error);
        Assert.Contains(" csat: must be a score from 0 to 10, got 12.", error);
        Assert.Contains("line 3: not valid JSON", error);
        Assert.Contains("line 4: id: \"a\" is on an earlier line too; each ticket once.", error);
    }

    [Theory]
    [InlineData("--date", "26/01/2026", "--date: \"26/01/2026\" is not a date; write it like 2026-01-26.")]
    [InlineData("--now", "5pm", "--now: \"5pm\" is not a date-time with offset")]
    public void Report_BadOptions_ExitTwo(string option, string value, string message)
    {
        string[] args = option == "--date"
            ? ["report", "daily", "-t", "-", "--date", value]
            : ["report", "daily", "-t", "-", "--date", "2026-01-26", "--now", value];
        var (exit, _, error) = CliRunner.Run(DemoData.Tickets, args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Report_BadIncidentLine_ExitsTwoNamingTheField()
    {
        var incidents = File("i.jsonl", """{"id":"X","level":"P4","declaredAt":"2026-01-26T10:00:00-08:00","color":1}""");
        var (exit, _, error) = CliRunner.Run(DemoData.Tickets, "report", "daily", "-t", "-", "-d", "2026-01-26", "--incidents", incidents);
        Assert.Equal(2, exit);
        Assert.Contains("line 1: level: ", error);
        Assert.Contains(" color: unknown property 'color'", error);
    }

    [Fact]
    public void Standup_PrintsTheSummary()
    {
        var (exit, output, _) = CliRunner.Run(DemoData.Tickets, "report", "standup", "--tickets", "-", "--now", DemoData.StandupAt, "--owner", "Marcus");
        Assert.Equal(0, exit);
        Assert.StartsWith("#support-standup: Tuesday, January 27, 2026, 9:00 AM PT\n", output);
        Assert.EndsWith("PRIMARY SUPPORT OWNER TODAY: Marcus\n", output);
    }

    [Fact]
    public void Kb_PrintsTheMonthlyDashboard()
    {
        var articles = File("a.jsonl", """
            {"id":"start","title":"Getting Started Guide","lastUpdated":"2025-07-30","wordCount":12000,"views":120,"previousViews":130}
            {"id":"auth","title":"How to Authenticate with API Key","lastUpdated":"2025-12-01","wordCount":900,"views":452,"previousViews":404,"openFeedback":["Customer feedback: needs more examples"]}
            """);
        var searches = File("s.jsonl", """{"term":"How do I export my data?","searchesPerMonth":5,"hasArticle":false}""");
        var (exit, output, _) = CliRunner.Run("", "report", "kb", "--articles", articles, "--searches", searches, "--date", "2026-01-30");
        Assert.Equal(0, exit);
        Assert.Contains("1. How to Authenticate with API Key - 452 views (↑ +12%)\n", output);
        Assert.Contains("├─ \"Getting Started Guide\" - Last updated 6 months ago\n", output);
        Assert.Contains("1. \"How do I export my data?\" (5 searches/month) - CREATE ARTICLE\n", output);
        Assert.Contains("- \"Getting Started Guide\" is 12,000 words - SPLIT into 3 articles\n", output);

        var bad = File("bad.jsonl", """
            {"id":"x","title":"X","lastUpdated":"July","wordCount":1,"views":1}
            {"id":"y","title":"Y","lastUpdated":"2025-01-01","wordCount":-1,"views":-2}
            """);
        var (badExit, _, error) = CliRunner.Run("", "report", "kb", "--articles", bad, "--date", "2026-01-30");
        Assert.Equal(2, badExit);
        Assert.Contains("line 1: lastUpdated: \"July\" is not a date", error);
        Assert.Contains("line 2: wordCount: must be between 0 and 2147483647, got -1. views: must be at least 0, got -2.", error);
    }

    [Fact]
    public void Handoff_ByDateOrInstant_InTheManualsFormat()
    {
        var (exit, output, _) = CliRunner.Run(DemoData.Tickets, "handoff", "--tickets", "-", "--date", "2026-01-26", "--owner", "Marcus");
        Assert.Equal(0, exit);
        Assert.StartsWith("@support-next-day\nTicket #1835: Hooli (Professional) - HIGH Dashboard blank\n", output);
        var (_, same, _) = CliRunner.Run(DemoData.Tickets, "handoff", "--tickets", "-", "--now", DemoData.HandoffAt, "--owner", "Marcus");
        Assert.Equal(output, same);
        var (_, json, _) = CliRunner.Run(DemoData.Tickets, "handoff", "-t", "-", "-d", "2026-01-26", "--json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["1835", "1823", "1832"], document.RootElement.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray());
        Assert.Equal("paused", document.RootElement.GetProperty("tickets")[1].GetProperty("state").GetString());

        var (both, _, error) = CliRunner.Run(DemoData.Tickets, "handoff", "-t", "-", "-d", "2026-01-26", "--now", DemoData.HandoffAt);
        Assert.Equal(2, both);
        Assert.Contains("give either --date", error);
    }

    [Fact]
    public void QaSample_IsReproducibleForASeed()
    {
        var (exit, output, _) = CliRunner.Run("", "qa", "sample", "--tickets", ManualWeekPath, "--month", "2026-01", "--seed", "7");
        Assert.Equal(0, exit);
        var lines = CliRunner.Lines(output);
        Assert.Equal("QA SAMPLE: January 2026, seed 7", lines[0]);
        Assert.Equal("82 resolved tickets; 10% rounded up = 9 to review", lines[1]);
        Assert.Equal(11, lines.Length);
        Assert.Equal(output, CliRunner.Run("", "qa", "sample", "--tickets", ManualWeekPath, "--month", "2026-01", "--seed", "7").Out);

        var (_, json, _) = CliRunner.Run("", "qa", "sample", "-t", ManualWeekPath, "-m", "2026-01", "-s", "7", "--json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(9, document.RootElement.GetProperty("sampleSize").GetInt32());

        var (bad, _, error) = CliRunner.Run("", "qa", "sample", "-t", ManualWeekPath, "-m", "Jan", "-s", "7");
        Assert.Equal(2, bad);
        Assert.Contains("--month: \"Jan\" is not a month", error);
    }

    [Fact]
    public void QaAudit_ScoresEachReview_FindsPatternsAcrossLines_AndPrintsTheManualsLayout()
    {
        var reviews = string.Join('\n',
            """{"id":1,"ticket":"1847","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":{"passed":true,"note":"1 hour (SLA 4 hours) - Exceeds"},"resolution":true,"tone":true,"accuracy":true,"escalation":{"passed":false,"note":"Could have tried 1 more debug step before escalating","suggestion":"Always test your own API key before concluding it's a customer issue"}}}""",
            """{"id":2,"ticket":"1850","engineer":"Jo","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":false,"tone":false,"accuracy":true,"escalation":true}}""",
            """{"id":3,"ticket":"1790","engineer":"Jo","reviewedOn":"2026-01-02","checks":{"responseTime":true,"resolution":false,"tone":true,"accuracy":true,"escalation":true}}""",
            """{"id":4,"ticket":"1801","reviewedOn":"2026-01-30","checks":{"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""",
            """{"id":5,"ticket":"1802","engineer":"Jo","reviewedOn":"2026-01-30","checks":{"tone":"yes"}}""",
            """{"id":6,"ticket":"1802","engineer":"Jo","reviewedOn":"2026-01-30","checks":{"tone":true}}""");
        var (exit, output, _) = CliRunner.Run(reviews, "qa", "audit", "--input", "-", "--tickets", ManualWeekPath);
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.StartsWith("""{"id":1,"ticket":"1847","engineer":"Marcus","score":4,"rating":"Excellent overall","feedback":"positiveFeedback","action":"Positive feedback shared with Marcus","patterns":[]""", lines[0]);
        Assert.Contains("\"score\":3,\"rating\":\"Good, some issues\",\"feedback\":\"training\",\"action\":\"Additional training required for Jo: Resolution (pattern of issues)\",\"patterns\":[\"resolution\"]", lines[1]);
        Assert.Contains("\"feedback\":\"positiveFeedback\"", lines[2]); // the earlier audit: no pattern yet
        Assert.Contains("\"engineer\":\"Marcus\",\"score\":5", lines[3]); // engineer and response time from the ticket line (answered in 30 min)
        Assert.StartsWith("""{"id":5,"error":""", lines[4]);
        Assert.Equal("""{"id":5,"error":"checks.tone: expected a check object, got the string \"yes\"."}""", lines[4]);
        Assert.Equal("""{"id":6,"error":"checks.resolution: is required: true, false or {\"passed\", \"note\", \"suggestion\"}. checks.accuracy: is required: true, false or {\"passed\", \"note\", \"suggestion\"}. checks.escalation: is required: true, false or {\"passed\", \"note\", \"suggestion\"}."}""", lines[5]);

        var (_, text, _) = CliRunner.Run(reviews.Split('\n')[0], "qa", "audit", "--input", "-", "--text");
        Assert.StartsWith("TICKET #1847 AUDIT\nSupport Engineer: Marcus\n\nQUALITY CHECK:\n✓ Response time: 1 hour (SLA 4 hours) - Exceeds\n", text);
        Assert.Contains("SCORE: 4/5 (Excellent overall)\nACTION: Positive feedback shared with Marcus\n", text);
    }

    [Fact]
    public void Demo_IncludesAShortReport()
    {
        var (exit, output, _) = CliRunner.Run("");
        Assert.Equal(0, exit);
        Assert.Contains("6. Reports (manual §8.1, §1.4) on a demo day, as of 5:00 PM PT", output);
        Assert.Contains("   ├─ Response SLA met: 80% (4 of 5)", output);
        Assert.Contains("Hand-off (§1.4): 3 tickets reach an SLA due before 2026-01-27T10:00:00-08:00: #1835, #1823, #1832", output);
        Assert.Contains("7. Customer templates (manual §7)", output);
    }
}
