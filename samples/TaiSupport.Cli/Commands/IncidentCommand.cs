using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai incident assess|next|notice|postmortem|policy</c>: incident declaration (D16), the playbook's clocks (D17) and
/// the messages of manual §3.2 phase 5 (docs/cli.md, docs/incidents.md).
/// </summary>
internal sealed class IncidentCommand : ITaiCommand
{
    public int Order => 50;

    public Command Create(CliContext io)
    {
        var command = new Command("incident", "Incidents: declaration from signals (§3.1, D16), the playbook's clocks (§3.2, §3.3, §5.3, D17) and the resolution notice and post-mortem (§3.2 phase 5).");
        command.Subcommands.Add(Assess(io));
        command.Subcommands.Add(Next(io));
        command.Subcommands.Add(Message(io, "notice", "Render the resolution notice (§3.2 phase 5) of an incident.", (incident, policy) => new IncidentMessenger(policy).BuildResolutionNotice(incident)));
        command.Subcommands.Add(Message(io, "postmortem", "Render the post-mortem skeleton (§3.2 phase 5) of an incident.", (incident, policy) => new IncidentMessenger(policy).BuildPostMortem(incident)));
        command.Subcommands.Add(Policy(io));
        return command;
    }

    public void RunDemo(CliContext io)
    {
        var policy = IncidentPolicy.Default;
        io.Out.WriteLine("5. Incidents (manual §3, §5.3, D16–D17)");
        foreach (var (label, signals) in new (string, IncidentSignals)[]
        {
            ("API down exactly 3m", new() { ApiDown = Duration.FromMinutes(3) }),
            ("API down 3m 1s", new() { ApiDown = Duration.FromSeconds(181) }),
            ("wrong API key, that customer down 40m", new() { UserError = UserError.WrongApiKey, SingleCustomerCoreFeatureOutage = Duration.FromMinutes(40) }),
            ("latency 1200 ms, 7 % errors", new() { Latency = Duration.FromMilliseconds(1200), ErrorRatePct = 7m }),
        })
        {
            var assessment = IncidentDeclaration.Assess(signals, policy);
            io.Out.WriteLine($"   {label}: {assessment.Level}{(assessment.Declare ? " (" + string.Join("; ", assessment.Reasons) + ")" : string.Empty)}");
        }

        var declared = CliFormat.ParseInstant("2026-02-10T14:00:00-08:00")!.Value;
        var incident = new IncidentRecord
        {
            Id = "INC-DEMO",
            Level = IncidentLevel.P1,
            DeclaredAt = declared,
            Acknowledgements = [declared + Duration.FromMinutes(1)],
            StatusUpdates = [declared + Duration.FromMinutes(2), declared + Duration.FromMinutes(16)],
            CustomersNotifiedAt = declared + Duration.FromMinutes(2),
            RootCauseFoundAt = declared + Duration.FromMinutes(15),
        };
        var now = declared + Duration.FromMinutes(21);
        io.Out.WriteLine($"   P1 declared 14:00, acknowledged 14:01, status page 14:02 and 14:16, root cause 14:15; due at {CliFormat.Instant(now, incident.Zone)}:");
        foreach (var action in IncidentPlaybook.NextActions(incident, now, policy).Actions)
        {
            io.Out.WriteLine($"     {action.Action,-20} due {CliFormat.Instant(action.Due, incident.Zone)}{(action.Overdue ? " OVERDUE" : string.Empty)}  ({action.Reason})");
        }

        var response = OnCallResponseTree.Default.Evaluate(new OnCallSituation(IncidentLevel.P1, Duration.FromMinutes(21)));
        io.Out.WriteLine($"   §5.3 tree, P1 unresolved at 21 min: {string.Join(", ", response.Actions.Select(a => a.Action))}");
        io.Out.WriteLine();
    }

    private static Command Assess(CliContext io)
    {
        var input = CliOptions.Input("JSON lines of signals {\"id\",\"apiDownMinutes\",\"latencyMs\",\"userError\",…}; - reads standard input.");
        var policyOption = PolicyOption();
        var command = new Command("assess", "For each line of signals, write {\"id\",\"level\",\"reasons\",\"trace\"}: P1, P2, P3 or None with every criterion that fired (§3.1, D16).")
        {
            input,
            policyOption,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = LoadPolicy(io, parse.GetValue(policyOption));
            return JsonLines.RunElements(io, parse.GetValue(input)!, line =>
            {
                var signals = LineReads.ValueOrThrow(IncidentSignalsJson.Read(line.GetRawText()));
                var assessment = IncidentDeclaration.Assess(signals, policy);
                return TaiResultJson.IncidentAssessment(assessment);
            });
        }));
        return command;
    }

    private static Command Next(CliContext io)
    {
        var incidentOption = IncidentOption();
        var now = CliOptions.Now(required: true);
        var policyOption = PolicyOption();
        var command = new Command("next", "Write the actions the playbook still requires at --now, ordered by due instant, each with whether it is overdue (§3.2, §3.3, §5.3, D17).")
        {
            incidentOption,
            now,
            policyOption,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = LoadPolicy(io, parse.GetValue(policyOption));
            var incident = LoadIncident(io, parse.GetValue(incidentOption)!);
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            var status = IncidentPlaybook.NextActions(incident, at, policy);
            var zone = incident.Zone;
            var output = new JsonObject
            {
                ["id"] = incident.Id,
                ["level"] = incident.Level.ToString(),
                ["now"] = CliFormat.Instant(at, zone),
                ["phase"] = JsonNamingPolicy.CamelCase.ConvertName(status.Phase.ToString()),
                ["verifiedAt"] = status.VerifiedAt is { } verified ? CliFormat.Instant(verified, zone) : null,
                ["actions"] = new JsonArray([.. status.Actions.Select(a => (JsonNode)new JsonObject
                {
                    ["action"] = a.Action,
                    ["due"] = CliFormat.Instant(a.Due, zone),
                    ["overdue"] = a.Overdue,
                    ["dueIn"] = CliFormat.IsoDuration(a.Due - at),
                    ["source"] = a.Source,
                    ["description"] = a.Description,
                    ["reason"] = a.Reason,
                    ["slackChannel"] = Core.Communication.SlackChannelPolicy.Default.ChannelFor(a.Action),
                })]),
            };
            io.Out.WriteLine(output.ToJsonString(CliFormat.IndentedJson));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Message(CliContext io, string name, string description, Func<IncidentRecord, IncidentPolicy, RenderResult> render)
    {
        var incidentOption = IncidentOption();
        var policyOption = PolicyOption();
        var command = new Command(name, description + " A fact the message needs but the incident lacks is named on stderr (exit 2).")
        {
            incidentOption,
            policyOption,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = LoadPolicy(io, parse.GetValue(policyOption));
            var incident = LoadIncident(io, parse.GetValue(incidentOption)!);
            var result = render(incident, policy);
            if (!result.IsValid)
            {
                throw new CliFatalException($"--incident: cannot render the {name}; the incident lacks:{Indent(result.DescribeProblems())}");
            }

            io.Out.WriteLine(result.Text);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Policy(CliContext io)
    {
        var policyOption = PolicyOption();
        var command = new Command("policy", "Print the incident policy (the default, or --policy FILE after checking it) as JSON.") { policyOption };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            io.Out.WriteLine(IncidentPolicyJson.Write(LoadPolicy(io, parse.GetValue(policyOption))));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static JsonArray Trace(IEnumerable<Core.Decisions.TraceStep> trace) => TaiResultJson.Trace(trace);

    private static IncidentPolicy LoadPolicy(CliContext io, string? path)
    {
        if (path is null)
        {
            return IncidentPolicy.Default;
        }

        return PolicyFiles.Load(io, path, "--policy", pack => pack.Incidents, json => IncidentPolicyJson.Read(json), result =>
            $"--policy: '{path}' is not a valid incident policy:{Indent(result.DescribeProblems())}");
    }

    private static IncidentRecord LoadIncident(CliContext io, string path)
    {
        var result = IncidentRecordJson.Read(io.ReadFile(path, "--incident"));
        return result.IsValid ? result.Value! : throw new CliFatalException($"--incident: '{path}' is not a valid incident:{Indent(result.DescribeProblems())}");
    }

    private static string Indent(string lines) =>
        Environment.NewLine + "  " + lines.Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal);

    private static Option<string> IncidentOption() => new("--incident")
    {
        Description = "The incident record as JSON (docs/incidents.md); - reads standard input.",
        Required = true,
    };

    private static Option<string?> PolicyOption() => new("--policy")
    {
        Description = "A policy pack (its incidents section; see tai policy show) or an incident policy JSON file (docs/incidents.md); the default policy (D16, D17) when left out.",
    };
}
