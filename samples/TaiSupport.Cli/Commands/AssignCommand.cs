using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Json;
using TaiSupport.Core.Triage;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai assign --ticket T.json --team TEAM.json --now … [--policy …]</c>: who should own a ticket under §2.3's
/// assignment rules, and why (docs/cli.md, docs/triage-and-escalation.md).
/// </summary>
internal sealed class AssignCommand : ITaiCommand
{
    private const string DemoTeam = """
        {"members":[
          {"name":"Ana","level":"Junior","shift":"starter-hours","openTickets":4},
          {"name":"Ben","level":"Junior","shift":"starter-hours","openTickets":2},
          {"name":"Dana","level":"Senior","shift":"professional-hours","openTickets":5,"handledTickets":["T7"]},
          {"name":"Vic","level":"VpCustomerSuccess","shift":"professional-hours","openTickets":1},
          {"name":"Eli","level":"Engineer","shift":"always","openTickets":2}
        ]}
        """;

    public int Order => 31;

    public Command Create(CliContext io)
    {
        var ticket = new Option<string>("--ticket") { Description = "A ticket JSON file: the triage ticket fields plus \"complex\" and \"relatedTickets\"; - reads standard input.", Required = true };
        var team = new Option<string>("--team") { Description = "A team JSON file {\"members\":[{\"name\",\"level\",\"shift\",\"openTickets\",\"handledTickets\"}]}.", Required = true };
        var now = CliOptions.Now(required: true);
        now.Description = "When the assignment is made, with offset, e.g. 2026-01-26T17:00:00-08:00.";
        var policy = TriageCommand.PolicyOption();
        var command = new Command("assign", "Choose who should own a ticket (manual §2.3) and write {\"id\",\"assignee\",\"level\",\"collaborators\",\"priority\",\"category\",\"trace\"}.")
        {
            ticket,
            team,
            now,
            policy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var triage = TriageCommand.LoadTriage(io, parse.GetValue(policy));
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            var members = LoadTeam(io.ReadFile(parse.GetValue(team)!, "--team"), "--team");
            var output = Assign(io.ReadFile(parse.GetValue(ticket)!, "--ticket"), members, at, triage);
            io.Out.WriteLine(output.ToJsonString(CliFormat.Json));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The assignment part of the triage demo (one demo section covers §2.1–§2.3 and §4).</summary>
    internal static void Demo(CliContext io)
    {
        io.Out.WriteLine("   Assignment (§2.3) at Monday 16:40 PT, when the Starter-hours shift ends within 30 minutes:");
        var now = CliFormat.ParseInstant("2026-01-26T16:40:00-08:00")!.Value;
        var team = LoadTeam(DemoTeam, "demo team");
        foreach (var ticket in new[]
        {
            """{"id":"T8","tier":"Starter","subject":"How do I paginate results?"}""",
            """{"id":"T9","tier":"Professional","subject":"Webhook integration drops events","complex":true,"relatedTickets":["T7"]}""",
            """{"id":"T10","tier":"Enterprise","subject":"Production down"}""",
        })
        {
            var output = Assign(ticket, team, now, TicketTriage.Default);
            var collaborators = output["collaborators"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
            io.Out.WriteLine($"   {output["id"]} ({output["priority"]}) → {output["assignee"]}{(collaborators.Count > 0 ? " + " + string.Join(", ", collaborators) : string.Empty)}"
                + $": {Decisive(output["trace"]!.AsArray())}");
        }
    }

    /// <summary>The reason of the last rule that narrowed the choice of assignee (not the engineer's, not the final "chosen" line).</summary>
    private static string Decisive(JsonArray trace) => trace
        .Select(s => (Rule: s!["rule"]!.GetValue<string>(), Reason: s["reason"]!.GetValue<string>()))
        .Last(s => s.Rule.StartsWith("assign.", StringComparison.Ordinal) && !s.Rule.StartsWith("assign.engineer", StringComparison.Ordinal) && s.Rule != "assign.chosen")
        .Reason;

    private static ImmutableArray<AssignableAgent> LoadTeam(string json, string option)
    {
        var result = TeamJson.Read(json);
        return result.IsValid
            ? result.Value!.Members
            : throw new CliFatalException($"{option}: not a valid team:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    private static JsonObject Assign(string ticketJson, ImmutableArray<AssignableAgent> team, NodaTime.Instant now, TicketTriage triage)
    {
        var request = TriageRequestJson.Read(ticketJson);
        var extras = TaiJson.Read(ticketJson, LineContract.Contracts.AssignTicketExtras, null, ignoreUnknown: true);
        if (request.Value is null || extras.Value is null)
        {
            // One list: the triage reader's problems, then those of complex and relatedTickets (a path only once).
            var reported = request.Problems.Select(p => p.PropertyName).ToHashSet(StringComparer.Ordinal);
            throw new CliFatalException($"--ticket: {TriageCommand.Describe(request.Problems.Concat(extras.Problems.Where(p => !reported.Contains(p.PropertyName))))}");
        }

        var classification = triage.EvaluateClassification(request.Value);
        var ticket = new AssignmentTicket
        {
            Id = request.Value.Id,
            Tier = classification.Tier,
            Priority = classification.Priority,
            Category = classification.Category,
            Complex = extras.Value.Complex ?? false,
            RelatedTicketIds = [.. extras.Value.RelatedTickets ?? []],
        };
        var result = TicketAssignment.Assign(ticket, team, now, triage.Policy.Assignment);
        return new JsonObject
        {
            ["id"] = ticket.Id,
            ["assignee"] = result.Assignee?.Name,
            ["level"] = result.Assignee?.Level.ToString(),
            ["collaborators"] = new JsonArray([.. result.Collaborators.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["level"] = c.Level.ToString() })]),
            ["priority"] = ticket.Priority.ToString(),
            ["category"] = ticket.Category.ToString(),
            ["trace"] = TriageCommand.TraceJson(classification.Trace.Concat(result.Trace)),
        };
    }
}
