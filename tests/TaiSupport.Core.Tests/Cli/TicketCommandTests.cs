using System.Text.Json.Nodes;

namespace TaiSupport.Core.Tests.Cli;

/// <summary><c>tai ticket</c>: one output line per input line with the issue's field names and spellings; errors in place.</summary>
public sealed class TicketCommandTests
{
    private const string SlackTicket =
        """{"id":"T-7","tier":"Professional","priority":"High","channel":"slack","customer":"acme","createdAt":"2026-03-06T16:30:00-08:00","events":[{"at":"2026-03-06T16:40:00-08:00","type":"agentReply","holding":true}]}""";

    [Fact]
    public void WritesClocksAlertsAndNextCheck_WithTheIssuesSpellings()
    {
        var (exit, output, _) = CliRunner.Run(SlackTicket + "\n", "ticket", "--input", "-", "--now", "2026-03-06T16:50:00-08:00");
        Assert.Equal(0, exit);
        var line = JsonNode.Parse(Assert.Single(CliRunner.Lines(output)))!;
        Assert.Equal("T-7", (string?)line["id"]);
        var acknowledge = line["clocks"]![0]!;
        Assert.Equal(
            """{"clock":"acknowledge","cycle":1,"state":"met","target":"PT15M","calendar":"professional-hours","startedAt":"2026-03-06T16:30:00-08:00","due":"2026-03-06T16:45:00-08:00","stoppedAt":"2026-03-06T16:40:00-08:00","counted":"PT10M","paused":"PT0S"}""",
            acknowledge.ToJsonString());
        Assert.Equal("firstResponse", (string?)line["clocks"]![1]!["clock"]);
        Assert.Equal("pending", (string?)line["clocks"]![1]!["state"]);
        var alert = line["alerts"]![0]!;
        Assert.Equal(("acknowledge", "atRisk", "2026-03-06T16:30:00-08:00", true), ((string?)alert["clock"], (string?)alert["level"], (string?)alert["at"], (bool?)alert["fired"]));
        Assert.Equal("2026-03-09T11:00:00-07:00", (string?)line["nextCheckAt"]);
        Assert.NotEmpty(line["trace"]!.AsArray());
    }

    [Fact]
    public void ABadLine_IsAnErrorInPlace()
    {
        var bad = """{"id":"T-8","tier":"Starter","priority":"Low","createdAt":"2026-03-06T16:30:00-08:00","events":[{"at":"2026-03-06T16:40:00-08:00","type":"assigned","team":"eu"}]}""";
        var (exit, output, error) = CliRunner.Run(bad + "\n" + SlackTicket + "\n", "ticket", "--input", "-", "--now", "2026-03-06T16:50:00-08:00");
        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.Equal("T-8", (string?)JsonNode.Parse(lines[0])!["id"]);
        Assert.Contains("events[0].assignee", (string?)JsonNode.Parse(lines[0])!["error"], StringComparison.Ordinal);
        Assert.Contains("line 1", error, StringComparison.Ordinal);
        Assert.Equal("T-7", (string?)JsonNode.Parse(lines[1])!["id"]);
    }

    [Fact]
    public void PolicyPack_ItsTicketLifeSectionDecides_AndTheSectionIsShownByPolicyShow()
    {
        var (_, shown, _) = CliRunner.Run(string.Empty, "policy", "show");
        var pack = JsonNode.Parse(shown)!.AsObject();
        Assert.Contains("ticketLife", pack.Select(p => p.Key));
        pack["ticketLife"]!["relativeTargets"] = JsonNode.Parse("""[{"clock":"firstResponse","days":1,"mode":"atLocalTime","at":"16:00"}]""");
        var path = Path.Combine(Directory.CreateTempSubdirectory("tai-ticket-").FullName, "pack.json");
        File.WriteAllText(path, pack.ToJsonString());
        try
        {
            var (exit, output, _) = CliRunner.Run(SlackTicket + "\n", "ticket", "--input", "-", "--now", "2026-03-06T16:50:00-08:00", "--policy", path);
            Assert.Equal(0, exit);
            var first = JsonNode.Parse(Assert.Single(CliRunner.Lines(output)))!["clocks"]![1]!;
            Assert.Equal(("firstResponse", "2026-03-09T16:00:00-07:00", "16:00 on the next working day", "PT8H30M"), ((string?)first["clock"], (string?)first["due"], (string?)first["relative"], (string?)first["target"]));

            pack["ticketLife"]!["relativeTargets"]![0]!["clock"] = "nextReply";
            File.WriteAllText(path, pack.ToJsonString());
            var (badExit, _, error) = CliRunner.Run(SlackTicket + "\n", "ticket", "--input", "-", "--now", "2026-03-06T16:50:00-08:00", "--policy", path);
            Assert.Equal(2, badExit);
            Assert.Contains("$.ticketLife.relativeTargets[0].clock", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
