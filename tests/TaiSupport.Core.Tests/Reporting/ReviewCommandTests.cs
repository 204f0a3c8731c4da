using System.Text.Json;
using TaiSupport.Cli.Reporting;
using TaiSupport.Core.Tests.Cli;
using TaiSupport.Core.Tests.Incidents;
using TaiSupport.Core.Tests.KnowledgeBase;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>Issue 16's commands: tai report monthly|certification|onboarding|resolution|kb-calendar|kb-article, standup routines, incident-tickets suggest|closure, tai slack.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("tai-review-");

    public void Dispose() => dir.Delete(recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir.FullName, name);
        System.IO.File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    [Fact]
    public void DailyBreakdowns_AddTheSections_WithoutTheFlagTheTextIsUnchanged()
    {
        var (_, plain, _) = CliRunner.Run(DemoData.Tickets, "report", "daily", "-t", "-", "-d", "2026-01-26");
        var (exit, with, _) = CliRunner.Run(DemoData.Tickets, "report", "daily", "-t", "-", "-d", "2026-01-26", "--breakdowns");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("BY CATEGORY", plain, StringComparison.Ordinal);
        Assert.Contains("BY CATEGORY (6 new tickets):\n├─ Platform: 0\n", with);
    }

    [Fact]
    public void Monthly_PrintsTheReview_OrJson()
    {
        var (exit, text, error) = CliRunner.Run(DemoData.Tickets, "report", "monthly", "-t", "-", "-m", "2026-01");
        Assert.True(exit == 0, error);
        Assert.StartsWith("MONTHLY SUPPORT REVIEW\nJanuary 2026 (review: Friday, February 6, 2026)\n\nBOARD SUMMARY\n", text);
        var (_, json, _) = CliRunner.Run(DemoData.Tickets, "report", "monthly", "-t", "-", "-m", "2026-01", "--json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal("monthly", document.RootElement.GetProperty("report").GetString());
        var (bad, _, message) = CliRunner.Run(DemoData.Tickets, "report", "monthly", "-t", "-", "-m", "January");
        Assert.Equal(2, bad);
        Assert.Contains("--month: \"January\" is not a month such as 2026-01.", message);
    }

    [Fact]
    public void Certification_ReadsTicketsAndReviews_BadQuarterExits2()
    {
        var (exit, text, error) = CliRunner.Run(DemoData.Tickets, "report", "certification", "-t", "-", "-q", "2026-Q1");
        Assert.True(exit == 0, error);
        Assert.StartsWith("QUARTERLY CERTIFICATION Q1 2026 (Thursday, January 1, 2026 to Tuesday, March 31, 2026)\n", text);
        Assert.Contains("NOT ENOUGH DATA", text);
        var (bad, _, message) = CliRunner.Run(DemoData.Tickets, "report", "certification", "-t", "-", "-q", "2026-Q5");
        Assert.Equal(2, bad);
        Assert.Contains("--quarter", message);
    }

    [Fact]
    public void Onboarding_Checklist_UnknownStepExits2()
    {
        var (exit, text, error) = CliRunner.Run(string.Empty, "report", "onboarding", "--engineer", "Priya", "--start", "2026-02-02", "-d", "2026-02-04",
            "--done", "product-training,tools-setup", "--count", "shadow=2");
        Assert.True(exit == 0, error);
        Assert.StartsWith("ONBOARDING: Priya (started Monday, February 2, 2026), as of Wednesday, February 4, 2026\nProgress: 2 of 9 steps (22%)\n", text);
        Assert.Contains("[ ] Day 3 (Wed 4 Feb): Runbooks review (common issues, escalation paths) ← today\n", text);
        var (bad, _, message) = CliRunner.Run(string.Empty, "report", "onboarding", "--engineer", "Priya", "--start", "2026-02-02", "-d", "2026-02-04", "--done", "lunch");
        Assert.Equal(2, bad);
        Assert.Contains("--done: \"lunch\" is not a step", message);
    }

    [Fact]
    public void Resolution_OneLinePerTicket_NamingTheMissingFields()
    {
        const string input = """
            {"id":"1","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T09:00:00-08:00","statusChanges":[{"at":"2026-01-26T10:00:00-08:00","status":"Resolved"}]}
            {"id":"2","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T09:00:00-08:00","statusChanges":[{"at":"2026-01-26T10:00:00-08:00","status":"Resolved"}],"rootCause":"ProductBug","resolutionSummary":"Fixed the retry loop. Deployed."}
            {"id":"3","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T09:00:00-08:00"}
            {"id":"4","tier":"Enterprise","priority":"Loud","createdAt":"2026-01-26T09:00:00-08:00"}
            """;
        var (exit, output, _) = CliRunner.Run(input, "report", "resolution", "-i", "-");
        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("""{"id":"1","status":"Resolved","ok":false,"problems":[{"field":"rootCause",""", lines[0]);
        Assert.Contains("""{"field":"resolutionSummary",""", lines[0]);
        Assert.Equal("""{"id":"2","status":"Resolved","ok":true,"problems":[]}""", lines[1]);
        Assert.Equal("""{"id":"3","status":"Open","ok":true,"problems":[]}""", lines[2]);
        Assert.Contains("\"error\"", lines[3]);
        var (off, offOutput, _) = CliRunner.Run(input.Split('\n')[0], "report", "resolution", "-i", "-", "--not-required");
        Assert.Equal(0, off);
        Assert.Contains("\"ok\":true", offOutput);
    }

    [Fact]
    public void Resolution_PolicyPack_ResolutionFieldsSection()
    {
        const string line = """{"id":"5","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T09:00:00-08:00","statusChanges":[{"at":"2026-01-26T10:00:00-08:00","status":"Resolved"}],"resolutionSummary":"Fixed it."}""";
        var (strict, strictOutput, _) = CliRunner.Run(line, "report", "resolution", "-i", "-");
        Assert.Equal(0, strict);
        Assert.StartsWith("""{"id":"5","status":"Resolved","ok":false,"problems":[{"field":"rootCause",""", strictOutput);

        var pack = File("pack.json", """{"resolutionFields": {"requireRootCause": false}}""");
        var (exit, output, error) = CliRunner.Run(line, "report", "resolution", "-i", "-", "--policy", pack);
        Assert.True(exit == 0, error);
        Assert.Equal("""{"id":"5","status":"Resolved","ok":true,"problems":[]}""", CliRunner.Lines(output)[0]);

        var section = File("section.json", """{"requireRootCause": false}""");
        Assert.Equal(0, CliRunner.Run(line, "report", "resolution", "-i", "-", "--policy", section).Exit);

        var bad = File("bad.json", """{"resolutionFields": {"minSentences": 0}}""");
        var (invalid, _, message) = CliRunner.Run(line, "report", "resolution", "-i", "-", "--policy", bad);
        Assert.Equal(2, invalid);
        Assert.Contains("$.resolutionFields.minSentences", message);
    }

    [Fact]
    public void Resolution_SeededFuzz_NeverCrashes() =>
        CliFuzz.Run(1616, 150, """{"id":"2","tier":"Enterprise","priority":"High","createdAt":"2026-01-26T09:00:00-08:00","statusChanges":[{"at":"2026-01-26T10:00:00-08:00","status":"Resolved"}],"rootCause":"ProductBug","resolutionSummary":"Fixed it."}""",
            "report", "resolution", "-i", "-");

    [Fact]
    public void KbCalendarAndArticle()
    {
        var tickets = File("t.jsonl", """
            {"id":"1","tier":"Enterprise","priority":"High","createdAt":"2026-01-12T10:00:00-08:00","tags":["webhooks"]}
            """);
        var (exit, text, error) = CliRunner.Run(string.Empty, "report", "kb-calendar", "-t", tickets, "-m", "2026-02");
        Assert.True(exit == 0, error);
        Assert.Contains("the #1 question was \"webhooks\" (1 ticket)\n├─ No KB article: create it\n", text);

        var good = File("good.md", KbRoutineTests.GoodArticle);
        var bad = File("bad.md", KbRoutineTests.GoodArticle.Replace("## FAQ", "## Questions", StringComparison.Ordinal));
        var (code, output, _) = CliRunner.Run(string.Empty, "report", "kb-article", good, bad);
        Assert.Equal(1, code);
        var lines = CliRunner.Lines(output);
        Assert.EndsWith("\"ok\":true,\"findings\":[]}", lines[0]);
        Assert.Contains("\"rule\":\"kb.section-missing\"", lines[1]);
    }

    [Fact]
    public void Standup_KnownIssuesAndRotation()
    {
        var issues = File("k.jsonl", """
            {"title":"Database upgrade","kind":"maintenance","from":"2026-01-27T22:00:00-08:00","until":"2026-01-27T23:00:00-08:00"}
            """);
        var (exit, text, error) = CliRunner.Run(DemoData.Tickets, "report", "standup", "-t", "-", "--now", DemoData.StandupAt, "--known-issues", issues,
            "--rotation", "Marcus,Priya,Sam", "--rotation-start", "2026-01-05");
        Assert.True(exit == 0, error);
        Assert.Contains("KNOWN ISSUES / MAINTENANCE: 1\n└─ Maintenance: Database upgrade (from 10:00 PM PT until 11:00 PM PT)\n\nPRIMARY SUPPORT OWNER TODAY: Priya\n", text);
        var (bad, _, message) = CliRunner.Run(DemoData.Tickets, "report", "standup", "-t", "-", "--now", DemoData.StandupAt, "--known-issues",
            File("b.jsonl", """{"title":"x","kind":"outage","from":"2026-01-27T22:00:00-08:00"}"""));
        Assert.Equal(2, bad);
        Assert.Contains("kind", message);
        var (noStart, _, _) = CliRunner.Run(DemoData.Tickets, "report", "standup", "-t", "-", "--now", DemoData.StandupAt, "--rotation", "A,B");
        Assert.Equal(2, noStart);
    }

    [Fact]
    public void Standup_KnownIssueLines_SeededFuzz_NeverCrashes()
    {
        var tickets = File("demo.jsonl", DemoData.Tickets);
        CliFuzz.Run(1617, 120, """
            {"title":"Database upgrade","kind":"maintenance","from":"2026-01-27T22:00:00-08:00","until":"2026-01-27T23:00:00-08:00"}
            {"title":"Webhook retries delayed","kind":"knownIssue","from":"2026-01-26T15:00:00-08:00"}
            """, false, "report", "standup", "-t", tickets, "--now", DemoData.StandupAt, "--known-issues", "-", "--rotation", "Marcus,Priya", "--rotation-start", "2026-01-05");
    }

    [Fact]
    public void SlackRoute_SeededFuzz_NeverCrashes() =>
        CliFuzz.Run(1618, 150, """{"id":"a","action":"pageEngineering"}""", "slack", "route", "-i", "-");

    [Fact]
    public void IncidentTickets_SuggestAndClosure_SlackMapAndRoute()
    {
        var incident = File("incident.json", IncidentExamples.Json);
        var (exit, output, error) = CliRunner.Run(IncidentTicketsCommandTests.Tickets, "incident-tickets", "suggest", "-i", "-", "--incident", incident,
            "--word", "timeout", "--now", "2026-02-10T16:00:00-08:00");
        Assert.True(exit == 0, error);
        Assert.NotEmpty(CliRunner.Lines(output));
        Assert.All(CliRunner.Lines(output), l => Assert.Contains("\"reasons\":[", l));

        var (closure, tasks, closureError) = CliRunner.Run(string.Empty, "incident-tickets", "closure", "--incident", incident, "--now", "2026-02-12T16:00:00-08:00");
        Assert.True(closure == 0, closureError);
        Assert.StartsWith("{\"task\":\"publishPostMortem\"", CliRunner.Lines(tasks)[0]);
        Assert.Contains("\"slackChannel\":", tasks);

        var (_, map, _) = CliRunner.Run(string.Empty, "slack", "map");
        using var document = JsonDocument.Parse(map);
        Assert.Equal(6, document.RootElement.GetProperty("channels").GetArrayLength());
        Assert.Equal("#support-escalations", document.RootElement.GetProperty("byAction").GetProperty("pageEngineering").GetString());
        var (_, routed, _) = CliRunner.Run("""
            {"id":"a","action":"pageEngineering"}
            {"id":"b","action":"somethingElse"}
            """, "slack", "route", "-i", "-");
        Assert.Equal(
            ["""{"id":"a","action":"pageEngineering","slackChannel":"#support-escalations","known":true}""", """{"id":"b","action":"somethingElse","slackChannel":"#support-general","known":false}"""],
            CliRunner.Lines(routed));
    }
}
