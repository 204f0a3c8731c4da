using System.Text.Json;
using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>The <c>tai incident</c> contract (issue 5 §5, docs/cli.md).</summary>
public sealed class IncidentCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tai-incident-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Assess_WritesLevelReasonsAndTracePerLine()
    {
        var input = string.Join('\n',
            """{"id":"a","apiDownMinutes":3}""",
            """{"id":"b","apiDownSeconds":181}""",
            """{"id":"c","userError":"wrongApiKey","singleCustomerCoreFeatureOutageMinutes":40}""",
            """{"id":"d","latencyMs":1001,"errorRatePct":5}""");
        var (exit, output, error) = CliRunner.Run(input, "incident", "assess", "--input", "-");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = CliRunner.Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["None", "P1", "None", "P2"], lines.Select(l => l.GetProperty("level").GetString()));
        Assert.Equal("API down 3m 1s > 3m", lines[1].GetProperty("reasons")[0].GetString());
        Assert.Equal("incident.p1.api-down", lines[1].GetProperty("trace")[0].GetProperty("rule").GetString());
        Assert.Equal("incident.exclusion.wrong-api-key", lines[2].GetProperty("trace")[0].GetProperty("rule").GetString());
        Assert.Equal(2, lines[3].GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public void Assess_FractionalMinutes_AreAccepted()
    {
        var (_, output, _) = CliRunner.Run("""{"id":1,"apiDownMinutes":3.5}""", "incident", "assess", "-i", "-");
        Assert.StartsWith("""{"id":1,"level":"P1","reasons":["API down 3m 30s > 3m"]""", output);
    }

    [Fact]
    public void Assess_BadLines_NameEveryBadFieldAndTheRestStillRun()
    {
        var input = string.Join('\n',
            """{"id":"x","apiDownMinuts":5,"userError":"WrongApiKey","errorRatePct":120,"dataLoss":"yes"}""",
            """{"id":"y","apiDownMinutes":4,"apiDownSeconds":240}""",
            """{"id":"z","dataLoss":true}""");
        var (exit, output, error) = CliRunner.Run(input, "incident", "assess", "--input", "-");
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.Contains("apiDownMinuts: unknown property 'apiDownMinuts'", lines[0]);
        Assert.Contains("userError: \\u0022WrongApiKey\\u0022 is not one of wrongApiKey", lines[0].Replace("\\\"", "\\u0022"));
        Assert.Contains("dataLoss: expected true or false", lines[0]);
        Assert.Contains("apiDownSeconds: give apiDownMinutes or apiDownSeconds, not both.", lines[1]);
        Assert.StartsWith("""{"id":"z","level":"P1",""", lines[2]);
        Assert.Contains("line 1 (id \"x\")", error);
    }

    [Fact]
    public void Assess_OutOfRangePercentage_IsALineError()
    {
        var (exit, output, _) = CliRunner.Run("""{"id":"p","errorRatePct":120}""", "incident", "assess", "--input", "-");
        Assert.Equal(1, exit);
        Assert.Equal("""{"id":"p","error":"errorRatePct: must be a percentage from 0 to 100, got 120."}""", CliRunner.Lines(output).Single());
    }

    [Fact]
    public void Next_WritesTheDueActionsInTheIncidentsZone()
    {
        var path = File("incident.json", IncidentExamples.Json);
        var (exit, output, error) = CliRunner.Run("", "incident", "next", "--incident", path, "--now", "2026-02-10T22:17:00Z");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("fixing", root.GetProperty("phase").GetString());
        Assert.Equal("2026-02-10T14:17:00-08:00", root.GetProperty("now").GetString());
        var actions = root.GetProperty("actions").EnumerateArray().ToArray();
        Assert.Equal(["pageLevel2", "updateStatusPage", "verify"], actions.Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("2026-02-10T14:20:00-08:00", actions[0].GetProperty("due").GetString());
        Assert.False(actions[0].GetProperty("overdue").GetBoolean());
        Assert.Equal("PT3M", actions[0].GetProperty("dueIn").GetString());
    }

    [Fact]
    public void Next_InvalidIncident_ListsEveryProblemAndExitsTwo()
    {
        var path = File("bad.json", """{"level":"P5","declaredAt":"2026-02-10T14:00:00-08:00","statusUpdates":["2026-02-10T13:00:00-08:00"]}""");
        var (exit, output, error) = CliRunner.Run("", "incident", "next", "--incident", path, "--now", "2026-02-10T14:00:00-08:00");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("$.level: \"P5\" is not an incident level", error);
        Assert.Contains("$.statusUpdates[0]: 2026-02-10T13:00:00-08:00 is before declaredAt", error);
    }

    [Fact]
    public void Next_MalformedNow_ExitsTwo()
    {
        var path = File("incident.json", IncidentExamples.Json);
        var (exit, _, error) = CliRunner.Run("", "incident", "next", "--incident", path, "--now", "at noon");
        Assert.Equal(2, exit);
        Assert.Contains("--now: \"at noon\" is not a date-time with offset", error);
    }

    [Fact]
    public void Notice_RendersTheResolutionNotice()
    {
        var (exit, output, _) = CliRunner.Run(IncidentExamples.Json, "incident", "notice", "--incident", "-");
        Assert.Equal(0, exit);
        Assert.StartsWith("INCIDENT RESOLVED [2:45 PM PST]", output);
        Assert.Contains("- Errors: 8,234 failed requests (out of 120,000 total)", output);
    }

    [Fact]
    public void Notice_MissingField_IsNamedOnStderrWithExitTwo()
    {
        var path = File("open.json", """{"id":"INC-9","level":"P1","declaredAt":"2026-02-10T14:00:00-08:00","impact":{"affectedCustomers":3}}""");
        var (exit, output, error) = CliRunner.Run("", "incident", "notice", "--incident", path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("resolvedAt: the resolution notice (§3.2 phase 5) needs when the incident was resolved", error);
        Assert.Contains("impact.failedRequests:", error);
        Assert.Contains("prevention:", error);
        Assert.DoesNotContain("impact.affectedCustomers", error);
    }

    [Fact]
    public void Postmortem_RendersTheSkeleton()
    {
        var (exit, output, _) = CliRunner.Run(IncidentExamples.Json, "incident", "postmortem", "--incident", "-");
        Assert.Equal(0, exit);
        Assert.StartsWith("INCIDENT POST-MORTEM\nDate: 2026-02-10\nSeverity: P1", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Policy_WithABadFile_ListsEveryProblem()
    {
        var path = File("policy.json", """{"apiDownOver":"soon","serviceCreditPct":-5}""");
        var (exit, _, error) = CliRunner.Run("", "incident", "policy", "--policy", path);
        Assert.Equal(2, exit);
        Assert.Contains("$.apiDownOver: \"soon\" is not an ISO-8601 duration", error);
        Assert.Contains("$.serviceCreditPct: must be a percentage from 0 to 100, got -5.", error);
    }

    [Fact]
    public void Policy_ChangesTheAssessment()
    {
        var path = File("policy.json", """{"apiDownOver":"PT1M"}""");
        var (_, output, _) = CliRunner.Run("""{"id":"a","apiDownMinutes":2}""", "incident", "assess", "--input", "-", "--policy", path);
        Assert.Contains("\"level\":\"P1\"", output);
    }

    [Fact]
    public void Demo_ShowsTheIncidentSection()
    {
        var (exit, output, _) = CliRunner.Run("");
        Assert.Equal(0, exit);
        Assert.Contains("Incidents (manual §3, §5.3, D16–D17)", output);
        Assert.Contains("API down 3m 1s: P1 (API down 3m 1s > 3m)", output);
    }
}
