using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary><c>tai triage</c> and <c>tai assign</c>, run in-process.</summary>
public sealed class TriageCliTests : IDisposable
{
    private readonly List<string> files = [];

    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    private string TempFile(string content)
    {
        var path = Path.GetTempFileName();
        files.Add(path);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    private static JsonElement[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Triage_WritesOneLinePerTicketWithActionsWindowsDueInstantsAndTrace()
    {
        var input = """
            {"id":"T1","tier":"Professional","subject":"Production down","body":"…"}
            {"id":2,"tier":"Starter","signals":{"apiErrorCode":429}}
            """;
        var (exit, output, error) = Run(input, "triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);

        var first = lines[0];
        Assert.Equal("T1", first.GetProperty("id").GetString());
        Assert.Equal(("Critical", "Platform", "ChurnEscalation"), (first.GetProperty("priority").GetString(), first.GetProperty("category").GetString(), first.GetProperty("route").GetString()));
        var page = first.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("action").GetString() == "pageOnCallEngineer");
        Assert.Equal("PT1H", page.GetProperty("within").GetString());
        Assert.Equal("2026-01-30T17:00:00-08:00", page.GetProperty("due").GetString());
        Assert.Contains(first.GetProperty("trace").EnumerateArray(), t => t.GetProperty("rule").GetString() == "§4.2.critical");

        var second = lines[1];
        Assert.Equal(2, second.GetProperty("id").GetInt32());
        Assert.Equal("AutoResolve", second.GetProperty("route").GetString());
        var close = second.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("action").GetString() == "closeTicket");
        Assert.Equal(JsonValueKind.Null, close.GetProperty("within").ValueKind);
    }

    [Fact]
    public void Triage_BadLine_GetsAnErrorLineNamingEachFieldAndExitsOne()
    {
        var input = """
            {"id":"ok","tier":"Starter"}
            {"id":"bad","tier":"Gold","signals":{"csat":11}}
            """;
        var (exit, output, error) = Run(input, "triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00");
        Assert.Equal(1, exit);
        var lines = Lines(output);
        Assert.Equal("StandardSupport", lines[0].GetProperty("route").GetString());
        Assert.Equal("tier: \"Gold\" is not a tier; use one of Starter, Professional, Enterprise. signals.csat: must be a CSAT score from 0 to 10, got 11.", lines[1].GetProperty("error").GetString());
        Assert.Contains("line 2 (id \"bad\")", error);
    }

    [Fact]
    public void Triage_WithAPolicyFile_UsesIt()
    {
        var policy = TempFile("""{ "autoResolveApiErrors": [] }""");
        var (exit, output, _) = Run("""{"tier":"Starter","signals":{"apiErrorCode":"401"}}""", "triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00", "--policy", policy);
        Assert.Equal(0, exit);
        Assert.Equal("EngineeringEscalation", Lines(output)[0].GetProperty("route").GetString());
    }

    [Fact]
    public void Triage_InvalidPolicy_ExitsTwoListingEveryProblem()
    {
        var policy = TempFile("""{ "escalation": { "csatBelow": 0, "inactiveFor": "soon" } }""");
        var (exit, output, error) = Run(string.Empty, "triage", "--input", "-", "--policy", policy);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("$.escalation.csatBelow:", error);
        Assert.Contains("$.escalation.inactiveFor:", error);
    }

    [Fact]
    public void Triage_MalformedNow_ExitsTwo()
    {
        var (exit, _, error) = Run(string.Empty, "triage", "--input", "-", "--now", "tomorrow");
        Assert.Equal(2, exit);
        Assert.Contains("--now: \"tomorrow\" is not a date-time with offset", error);
    }

    [Fact]
    public void Triage_PrintPolicy_WritesTheDefaultPolicyJson()
    {
        var (exit, output, _) = Run(string.Empty, "triage", "--print-policy");
        Assert.Equal(0, exit);
        Assert.Equal(TriagePolicyJson.Write(TriagePolicy.Default), TriagePolicyJson.Write(TriagePolicyJson.Read(output).GetValueOrThrow()));
    }

    [Fact]
    public void Assign_WritesOneObjectWithTheChoiceAndWhy()
    {
        var ticket = TempFile("""{"id":"T9","tier":"Professional","subject":"Webhook integration drops events","complex":true,"relatedTickets":["T7"]}""");
        var team = TempFile("""
            {"members":[
              {"name":"Jo","level":"Junior","shift":"professional-hours","openTickets":0},
              {"name":"Dana","level":"Senior","shift":"professional-hours","openTickets":5,"handledTickets":["T7"]},
              {"name":"Sam","level":"Senior","shift":"professional-hours","openTickets":1}
            ]}
            """);
        var (exit, output, error) = Run(string.Empty, "assign", "--ticket", ticket, "--team", team, "--now", "2026-01-26T10:00:00-08:00");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var result = Lines(output).Single();
        Assert.Equal(("T9", "Dana", "Senior", "Integration"), (result.GetProperty("id").GetString(), result.GetProperty("assignee").GetString(), result.GetProperty("level").GetString(), result.GetProperty("category").GetString()));
        Assert.Contains(result.GetProperty("trace").EnumerateArray(), t => t.GetProperty("reason").GetString() == "continuity: Dana responded to T7");
    }

    [Fact]
    public void Assign_BadFiles_ExitTwoNamingEachProblem()
    {
        var ticket = TempFile("""{"tier":"Starter","complex":"yes"}""");
        var team = TempFile("""{"members":[{"name":"Jo","level":"Boss","shift":"always"}]}""");
        var (exit, _, error) = Run(string.Empty, "assign", "--ticket", ticket, "--team", team, "--now", "2026-01-26T10:00:00-08:00");
        Assert.Equal(2, exit);
        Assert.Contains("--team: not a valid team", error);
        Assert.Contains("$.members[0].level", error);

        var goodTeam = TempFile("""{"members":[{"name":"Jo","level":"Junior","shift":"always"}]}""");
        (exit, _, error) = Run(string.Empty, "assign", "--ticket", ticket, "--team", goodTeam, "--now", "2026-01-26T10:00:00-08:00");
        Assert.Equal(2, exit);
        Assert.Contains("--ticket: complex: expected true or false, got the string \"yes\".", error);
    }

    [Fact]
    public void Demo_ShowsTriageAndAssignment()
    {
        var (exit, output, _) = Run(string.Empty);
        Assert.Equal(0, exit);
        Assert.Contains(". Triage, escalation and assignment (manual §2.1–§2.3, §4.1–§4.4, D11–D15)", output);
        Assert.Contains("T1 Professional \"Production down since 09:10\": Critical / Platform → ChurnEscalation", output);
        Assert.Contains("T9 (Low) → Dana: continuity: Dana responded to T7", output);
        Assert.Contains("T10 (Critical) → Vic + Eli", output);
    }
}
