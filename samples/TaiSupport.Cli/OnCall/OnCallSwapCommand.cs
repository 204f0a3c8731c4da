using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.OnCall;

/// <summary>
/// <c>tai oncall swap</c>: swap and cover requests as JSON lines (issue 17, manual §5.1, §5.4, D19; docs/oncall.md).
/// Each line is one step — request, accept, decline or cancel — applied in order to the schedule; accepted requests
/// become overrides, and <c>--out</c> writes the schedule afterwards for <c>who</c>, <c>check</c> and <c>pay</c>.
/// </summary>
internal static class OnCallSwapCommand
{
    public static Command Create(CliContext io)
    {
        var schedule = new Option<string>("--schedule", "-s") { Description = "A schedule JSON file, such as plan's output.", Required = true };
        var input = new Option<string>("--input", "-i") { Description = "Request lines {\"id\",\"action\",…}; - reads standard input (docs/oncall.md).", Required = true };
        var incidents = new Option<string?>("--incidents") { Description = "Incident JSON lines for the busy-week rule." };
        var output = new Option<string?>("--out") { Description = "Write the schedule with the accepted swaps to this file." };
        var command = new Command("swap", "Request, accept, decline or cancel swaps and covers; each is checked against every §5.4 rule before it is accepted.")
        {
            schedule, input, incidents, output,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var current = OnCallFiles.Schedule(io, parse.GetValue(schedule)!);
            var log = parse.GetValue(incidents) is { } path ? OnCallFiles.Incidents(io, path) : [];
            var desk = new SwapCoordinator(current.Team.Policy); // the team's policy, or the pack's with --policy
            var requests = new Dictionary<string, SwapRequest>(StringComparer.Ordinal);
            var code = JsonLines.RunElements(io, parse.GetValue(input)!, root =>
            {
                var line = OnCallLines.Swap(root, current);
                var id = line.Id;
                SwapDecision decision;
                switch (line.Action)
                {
                    case "request":
                        if (requests.ContainsKey(id))
                        {
                            throw new LineException($"id: request {id} already exists.");
                        }

                        decision = desk.EvaluateProposal(current, OnCallLines.Request(line, current), log);
                        break;
                    default:
                        var by = line.By!;
                        var open = requests.TryGetValue(id, out var found) ? found : throw new LineException($"id: no request {id}; request it first.");
                        decision = line.Action switch
                        {
                            "accept" => desk.EvaluateAcceptance(current, open, by, log),
                            "decline" => desk.EvaluateDecline(current, open, by),
                            _ => desk.EvaluateCancellation(current, open, by),
                        };
                        break;
                }

                var invalid = decision.Violations.Where(v => v.Rule == OnCallRuleIds.InvalidInput).ToList();
                if (invalid.Count > 0)
                {
                    throw new LineException(string.Join(" ", invalid.Select(v => v.Message)));
                }

                requests[id] = decision.Request;
                current = decision.Schedule;
                return Output(decision, line.Action == "request" ? [.. decision.Trace.Skip(1)] : []);
            });
            if (parse.GetValue(output) is { } target)
            {
                OnCallFiles.Write(target, OnCallJson.Write(current), "--out");
            }

            return code;
        }));
        return command;
    }

    /// <summary><c>tai oncall certificate</c>: each person's slack under the quarter limit and the consecutive-evening limit.</summary>
    public static Command Certificate(CliContext io)
    {
        var schedule = new Option<string>("--schedule", "-s") { Description = "A schedule JSON file, such as plan's output.", Required = true };
        var command = new Command("certificate", "Each person's weeks per quarter and longest evening run against the §5.4 limits, with the slack left (one more week breaks the rule).") { schedule };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var certificate = RotaCertificate.For(OnCallFiles.Schedule(io, parse.GetValue(schedule)!));
            var entries = new JsonArray([.. certificate.Entries.Select(e => new JsonObject
            {
                ["person"] = e.Person, ["rule"] = e.Rule, ["scope"] = e.Scope, ["used"] = e.Used, ["limit"] = e.Limit, ["slack"] = e.Slack, ["message"] = e.Message,
            })]);
            io.Out.WriteLine(new JsonObject { ["withinLimits"] = certificate.WithinLimits, ["entries"] = entries }.ToJsonString(CliFormat.IndentedJson));
            return certificate.WithinLimits ? ExitCodes.Success : 1;
        }));
        return command;
    }

    private static JsonObject Output(SwapDecision decision, List<TaiSupport.Core.Decisions.TraceStep> wouldBreak)
    {
        var request = decision.Request;
        var result = new JsonObject
        {
            ["status"] = SwapDesk.Word(request.Status),
            ["kind"] = request.IsSwap ? "swap" : "cover",
            ["requestedBy"] = request.RequestedBy,
            ["coveredBy"] = request.CoveredBy,
        };
        if (request.ApprovedBy is { } approver)
        {
            result["approvedBy"] = approver;
        }

        if (request.DecidedBy is { } decider && request.Status != SwapStatus.Accepted)
        {
            result["decidedBy"] = decider;
        }

        var violations = new JsonArray();
        foreach (var v in decision.Violations)
        {
            violations.Add(new JsonObject { ["rule"] = v.Rule, ["person"] = v.Person, ["message"] = v.Message });
        }

        result["violations"] = violations;
        if (wouldBreak.Count > 0)
        {
            result["wouldBreak"] = new JsonArray([.. wouldBreak.Select(t => new JsonObject { ["rule"] = t.Rule, ["message"] = t.Reason })]);
        }

        return result;
    }
}
