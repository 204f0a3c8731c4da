using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Communication;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai slack map|route</c>: the §10.2 Slack channels and the channel each action goes to (docs/incident-tickets.md).
/// </summary>
internal sealed class SlackCommand : ITaiCommand
{
    public int Order => 76;

    public Command Create(CliContext io)
    {
        var command = new Command("slack", "The §10.2 Slack channels: the action → channel map, and the channel of each action.");
        var map = new Command("map", "Prints the §10.2 channels and the action → channel map as one JSON object.");
        map.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = SlackChannelPolicy.Default;
            io.Out.WriteLine(new JsonObject
            {
                ["channels"] = new JsonArray([.. SlackChannelPolicy.ManualChannels.Select(c => (JsonNode)c)]),
                ["fallback"] = policy.Fallback,
                ["byAction"] = new JsonObject(policy.ByAction.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            }.ToJsonString(CliFormat.IndentedJson));
            return ExitCodes.Success;
        }));
        var input = CliOptions.Input("JSON lines, one action each: {\"id\", \"action\": \"pageEngineering\"}; - reads standard input.");
        var route = new Command("route", "The Slack channel of each action (§10.2); unknown actions go to #support-general.") { input };
        route.SetAction(parse => CliOptions.Guard(io, () => JsonLines.RunElements(io, parse.GetValue(input)!, line =>
        {
            var action = LineContract.Read(line, LineContract.Contracts.SlackRouteLine).Action;
            var policy = SlackChannelPolicy.Default;
            return new JsonObject
            {
                ["action"] = action,
                ["slackChannel"] = policy.ChannelFor(action),
                ["known"] = policy.ByAction.ContainsKey(action),
            };
        })));
        command.Subcommands.Add(map);
        command.Subcommands.Add(route);
        return command;
    }
}
