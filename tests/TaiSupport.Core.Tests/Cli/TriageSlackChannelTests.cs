using System.Text.Json.Nodes;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>Issue 16, §10.2: every action `tai triage` prints names its Slack channel from the channel map.</summary>
public sealed class TriageSlackChannelTests
{
    [Fact]
    public void EveryTriageAction_CarriesItsSlackChannel_FromTheMap()
    {
        var (exit, output, _) = CliRunner.Run(
            """{"id":"T1","tier":"Enterprise","subject":"Production down","signals":{"productionDown":true}}""",
            "triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00");

        Assert.Equal(0, exit);
        var actions = JsonNode.Parse(output)!["actions"]!.AsArray()
            .ToDictionary(a => a!["action"]!.GetValue<string>(), a => a!["slackChannel"]!.GetValue<string>());
        Assert.Equal("#support-critical", actions["updateStatusPage"]);
        Assert.Equal("#support-escalations", actions["pageEngineering"]);
        Assert.Equal("#support-general", actions["routeToDedicatedCsm"]);
        Assert.All(actions.Values, c => Assert.Contains(c, Core.Communication.SlackChannelPolicy.ManualChannels));
    }
}
