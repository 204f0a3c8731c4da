using System.Text.Json.Nodes;
using TaiSupport.Core.Policies;

namespace TaiSupport.Core.Tests.Cli;

/// <summary><c>tai policy show|check</c> on the pack, and <c>--policy PACK</c> on the commands that take a policy.</summary>
public sealed class PolicyPackCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tai-pack-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ShowThenCheck_ThePrintedPackPasses()
    {
        var (showExit, pack, _) = CliRunner.Run(string.Empty, "policy", "show");
        Assert.Equal(0, showExit);
        var path = File("pack.json", pack);

        var (exit, output, error) = CliRunner.Run(string.Empty, "policy", "check", path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal("ok: policy pack; sections sla, triage, incidents, onCall, reports, qa, kbUpkeep, templates, ticketLife, resolutionFields valid; sla: 12 targets on 3 calendars", output.Trim());
    }

    [Fact]
    public void Check_APackWithOneMistakeInEachOfThreeSections_ListsAllThreePaths_AndExits2()
    {
        var root = JsonNode.Parse(TaiPolicyJson.Write(TaiPolicy.Default))!.AsObject();
        root["sla"]!["targets"]![3]!["firstResponse"]!["target"] = "P2D";
        root["incidents"]!["serviceCreditPct"] = -5;
        root["templates"]!["churnCsatBelow"] = 42;

        var (exit, _, error) = CliRunner.Run(root.ToJsonString(), "policy", "check", "-");

        Assert.Equal(2, exit);
        Assert.Contains("is not a valid policy pack:", error, StringComparison.Ordinal);
        Assert.Contains("  $.sla.targets[3].firstResponse.target: ", error, StringComparison.Ordinal);
        Assert.Contains("  $.incidents.serviceCreditPct: ", error, StringComparison.Ordinal);
        Assert.Contains("  $.templates.churnCsatBelow: ", error, StringComparison.Ordinal);
        Assert.Equal(3, error.Split('\n').Count(l => l.StartsWith("  $.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_APartialPack_NamesTheSectionsAtTheirDefaults()
    {
        var (exit, output, _) = CliRunner.Run("""{"qa": {"samplePercent": 20}}""", "policy", "check", "-");
        Assert.Equal(0, exit);
        Assert.Equal("ok: policy pack; sections qa valid; sla, triage, incidents, onCall, reports, kbUpkeep, templates, ticketLife, resolutionFields at their defaults; sla: 12 targets on 3 calendars", output.Trim());
    }

    [Fact]
    public void GivenSections_TheSamplesRecordNamesEverySectionOfThePack_InPackOrder()
    {
        // PolicyLines.PolicyPackSections reads which sections a pack gives; it must follow TaiPolicyJson.SectionNames.
        Assert.Equal(TaiPolicyJson.SectionNames, TaiSupport.Cli.Lines.LineContract.Contracts.PolicyPackSections.Properties.Select(p => p.Name));
        Assert.Equal(["qa", "ticketLife"], TaiSupport.Cli.Lines.PolicyLines.GivenSections("""{"name":"x","sla":null,"qa":{},"ticketLife":{"versions":[]}}"""));
    }

    [Fact]
    public void IncidentPolicy_TakesThePacksIncidentsSection()
    {
        var pack = File("pack.json", """{"incidents": {"apiDownOver": "PT1M"}}""");
        var (exit, output, _) = CliRunner.Run("""{"id":"a","apiDownMinutes":2}""", "incident", "assess", "--input", "-", "--policy", pack);
        Assert.Equal(0, exit);
        Assert.Contains("\"level\":\"P1\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_TakesThePacksSlaSection_AndAnInvalidPackStopsTheCommand()
    {
        var good = File("pack.json", TaiPolicyJson.Write(TaiPolicy.Default));
        var ticket = """{"id":"T-1","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,"statusChanges":[]}""";
        var (exit, output, _) = CliRunner.Run(ticket, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00", "--policy", good);
        Assert.Equal(0, exit);
        Assert.Contains("\"firstResponseDue\":\"2026-01-26T17:45:00-08:00\"", output, StringComparison.Ordinal);

        var bad = File("bad.json", """{"sla": {"atRiskLead": "soon"}, "qa": {"samplePercent": 500}}""");
        var (badExit, _, error) = CliRunner.Run(ticket, "sla", "--input", "-", "--now", "2026-01-26T17:00:00-08:00", "--policy", bad);
        Assert.Equal(2, badExit);
        Assert.Contains("$.sla.atRiskLead", error, StringComparison.Ordinal);
        Assert.Contains("$.qa.samplePercent", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_TakesThePacksTriageSection()
    {
        var line = """{"tier":"Starter","signals":{"apiErrorCode":"401"}}""";
        var pack = File("pack.json", """{"triage": {"autoResolveApiErrors": []}}""");
        var (exit, output, error) = CliRunner.Run(line, "triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00", "--policy", pack);
        Assert.True(exit == 0, error);
        Assert.Contains("\"route\":\"EngineeringEscalation\"", output, StringComparison.Ordinal);

        var (_, defaultOutput, _) = CliRunner.Run(line, "triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00");
        Assert.DoesNotContain("\"route\":\"EngineeringEscalation\"", defaultOutput, StringComparison.Ordinal);
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
