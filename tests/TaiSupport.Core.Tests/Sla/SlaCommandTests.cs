using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Tests.Sla;

/// <summary><c>tai sla</c> and <c>tai policy</c>, run in-process (docs/cli.md: JSON lines, bad lines, exit codes).</summary>
public sealed class SlaCommandTests : IDisposable
{
    private const string IssueLine =
        """{"id":"T-1823","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,"statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}]}""";

    private readonly string directory = Directory.CreateTempSubdirectory("tai-sla-tests").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static (int Code, string Out, string Error) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static JsonElement[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    private string File(string name, string text)
    {
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Sla_TheIssueExample_WritesTheFieldsTheIssueLists()
    {
        var (code, output, error) = Run(IssueLine, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var line = Lines(output).Single();
        Assert.Equal(
            ["id", "firstResponseDue", "firstResponseState", "resolutionDue", "resolutionState", "reassign"],
            line.EnumerateObject().Take(6).Select(p => p.Name));
        Assert.Equal("T-1823", line.GetProperty("id").GetString());
        Assert.Equal("2026-01-26T17:45:00-08:00", line.GetProperty("firstResponseDue").GetString());
        Assert.Equal("pending", line.GetProperty("firstResponseState").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("resolutionDue").ValueKind);
        Assert.Equal("paused", line.GetProperty("resolutionState").GetString());
        Assert.False(line.GetProperty("reassign").GetBoolean());
        Assert.Equal("PT5M", line.GetProperty("resolutionCounted").GetString());
        Assert.Equal("WaitingOnCustomer", line.GetProperty("status").GetString());
        var trace = line.GetProperty("trace").EnumerateArray().ToList();
        Assert.Equal(SlaRules.Target, trace[0].GetProperty("rule").GetString());
        Assert.Equal(SlaRules.ResolutionPaused, trace[^1].GetProperty("rule").GetString());
        Assert.All(trace, step => Assert.Contains("§", step.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Sla_StatesAreCamelCaseAndInstantsCarryThePolicyZonesOffset()
    {
        var input = string.Join('\n',
            """{"id":"risk","tier":"Enterprise","priority":"High","createdAt":"2026-07-06T16:40:00Z"}""",
            """{"id":"late","tier":"Starter","priority":"Low","createdAt":"2026-07-02T16:00:00Z","firstResponseAt":"2026-07-06T17:00:00Z","statusChanges":[{"at":"2026-07-06T17:00:00Z","status":"Resolved"}]}""");
        var (code, output, _) = Run(input, "sla", "--input", "-", "--now", "2026-07-06T17:15:00Z");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal("atRisk", lines[0].GetProperty("firstResponseState").GetString());
        Assert.Equal("2026-07-06T10:40:00-07:00", lines[0].GetProperty("firstResponseDue").GetString()); // PDT
        Assert.Equal("missed", lines[1].GetProperty("firstResponseState").GetString());
        Assert.Equal("met", lines[1].GetProperty("resolutionState").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("reassignAt").ValueKind);
    }

    [Fact]
    public void Sla_BadLines_GetAnErrorLineInPlaceAndTheOthersStillRun()
    {
        var input = string.Join('\n',
            "not json",
            """{"id":"x","tier":"Gold","priority":"High"}""",
            """{"id":"future","tier":"Starter","priority":"Low","createdAt":"2026-01-27T10:00:00-08:00"}""",
            "",
            IssueLine);
        var (code, output, error) = Run(input, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00");
        Assert.Equal(1, code);
        var lines = Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("not valid JSON", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            "tier: \"Gold\" is not a tier; use one of Starter, Professional, Enterprise. createdAt: is required.",
            lines[1].GetProperty("error").GetString());
        Assert.Equal("x", lines[1].GetProperty("id").GetString());
        Assert.Equal(
            "createdAt: 2026-01-27T10:00:00-08:00 is after --now 2026-01-26T17:00:00-08:00; the ticket did not exist yet.",
            lines[2].GetProperty("error").GetString());
        Assert.Equal("pending", lines[3].GetProperty("firstResponseState").GetString());
        Assert.Contains("line 2 (id \"x\"): tier:", error, StringComparison.Ordinal);
        Assert.Contains("3 of the input lines failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_WithAPolicyFile_UsesIt()
    {
        var policy = File("lead.json", SlaPolicyJson.Write(SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(50) }));
        var (code, output, _) = Run(IssueLine, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00", "--policy", policy);
        Assert.Equal(0, code);
        Assert.Equal("atRisk", Lines(output).Single().GetProperty("firstResponseState").GetString()); // due 17:45, 45 min away
    }

    [Fact]
    public void Sla_AnInvalidPolicyFile_StopsWithEveryProblemAndExitCode2()
    {
        var policy = File("bad.json", """{"calendars": {}, "targets": [], "atRiskLead": "soon"}""");
        var (code, output, error) = Run(IssueLine, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00", "--policy", policy);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: --policy: '{policy}' is not a valid SLA policy:", error, StringComparison.Ordinal);
        Assert.Contains("  $.atRiskLead: \"soon\" is not an ISO-8601 duration", error, StringComparison.Ordinal);
        Assert.Contains("  $.calendars: the policy defines no calendar", error, StringComparison.Ordinal);
        Assert.Contains("  $.targets: no target for Enterprise × Critical", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_AMissingPolicyFileOrAMalformedNow_ExitsWith2()
    {
        var missing = Run(IssueLine, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00", "--policy", Path.Combine(directory, "nope.json"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        var now = Run(IssueLine, "sla", "--input", "-", "--now", "tomorrow");
        Assert.Equal(2, now.Code);
        Assert.Equal("error: --now: \"tomorrow\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z.", now.Error.Trim());
    }

    [Fact]
    public void Sla_WithoutNow_IsAMalformedCommandLine()
    {
        Assert.Equal(1, Run(IssueLine, "sla", "--input", "-").Code);
    }

    [Fact]
    public void PolicyShow_PrintsTheDefaultPackWhoseSlaSectionIsTheDefaultSlaPolicy()
    {
        var (code, output, _) = Run(string.Empty, "policy", "show");
        Assert.Equal(0, code);
        Assert.Equal(Core.Policies.TaiPolicyJson.Write(Core.Policies.TaiPolicy.Default), output.TrimEnd('\n'));
        using var pack = System.Text.Json.JsonDocument.Parse(output);
        Assert.True(SlaPolicyJson.Read(pack.RootElement.GetProperty("sla").GetRawText()).IsValid);
    }

    [Fact]
    public void PolicyCheck_AValidFile_SaysOk()
    {
        var file = File("ok.json", SlaPolicyJson.Write(SlaPolicy.Default));
        var (code, output, _) = Run(string.Empty, "policy", "check", file);
        Assert.Equal(0, code);
        Assert.Equal(
            "ok: 12 targets on 3 calendars (always, professional-hours, starter-hours), at risk PT30M before a due, reassign PT2H after, shown in America/Los_Angeles",
            output.Trim());
    }

    [Fact]
    public void PolicyCheck_AnInvalidFile_ListsEveryProblemAndExitsWith2()
    {
        var json = SlaPolicyJson.Write(SlaPolicy.Default)
            .Replace("\"target\": \"PT56H\"", "\"target\": \"P7D\"", StringComparison.Ordinal)
            .Replace("\"calendar\": \"always\"", "\"calendar\": \"24x7\"", StringComparison.Ordinal);
        var (code, _, error) = Run(json, "policy", "check", "-");
        Assert.Equal(2, code);
        Assert.Contains("$.targets[0].resolution.target: \"P7D\" counts days", error, StringComparison.Ordinal);
        Assert.Contains("$.targets[3].firstResponse.calendar: '24x7' is not a calendar of this policy", error, StringComparison.Ordinal);
        Assert.Equal(3 + 12, error.Split('\n').Count(l => l.StartsWith("  $.", StringComparison.Ordinal))); // 3 Starter cells × P7D; 6 cells on "always" × 2 clocks
    }

    [Fact]
    public void Demo_ShowsTheSlaClocks()
    {
        var (code, output, _) = Run(string.Empty);
        Assert.Equal(0, code);
        Assert.Contains("2. SLA clocks", output, StringComparison.Ordinal);
        Assert.Contains("T-1823 Enterprise Critical", output, StringComparison.Ordinal);
        Assert.Contains("[sla.reassign]", output, StringComparison.Ordinal);
    }
}
