using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai ticket --input TICKETS.jsonl --now … [--policy POLICY.json]</c>: each ticket's whole life — every clock with
/// its state, every alert with its instant, the next check and the trace (manual §1.2, §1.3, §2.2; D21–D29;
/// docs/ticket-life.md, docs/cli.md).
/// </summary>
internal sealed class TicketCommand : ITaiCommand
{
    public int Order => 21;

    public Command Create(CliContext io)
    {
        var input = CliOptions.Input("JSON lines, one ticket with its events each (docs/ticket-life.md); - reads standard input.");
        var now = CliOptions.Now(required: true);
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "A policy pack (its sla and ticketLife sections; see 'tai policy show') or an SLA policy JSON file (the ticket-life parts then the default's); the default policy (D1–D10, D21–D29) when omitted.",
        };
        var command = new Command("ticket", "For each ticket line, write every clock (acknowledge, first response, next reply, assignment, resolution) with its state, the alerts with their instants, the next check and the trace (manual §1.3, §2.2; D21–D29).")
        {
            input,
            now,
            policy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            var life = new TicketLife(LoadPolicy(io, parse.GetValue(policy)));
            return JsonLines.RunElements(io, parse.GetValue(input)!, line => Output(Evaluate(life, line, at)));
        }));
        return command;
    }

    /// <summary>A pack's <c>ticketLife</c> section on its <c>sla</c> section with its versions (D28), or an SLA policy file under the default ticket-life parts.</summary>
    private static IReadOnlyList<TicketLifePolicyVersion> LoadPolicy(CliContext io, string? path)
    {
        if (path is null)
        {
            return [new TicketLifePolicyVersion(Instant.MinValue, TicketLifePolicy.Default)];
        }

        return PolicyFiles.Load<IReadOnlyList<TicketLifePolicyVersion>>(
            io,
            path,
            "--policy",
            pack => pack.TicketLifeHistory,
            text => SlaPolicyJson.Read(text) is { IsValid: true } sla
                ? LoadResult<IReadOnlyList<TicketLifePolicyVersion>>.Success([new TicketLifePolicyVersion(Instant.MinValue, TicketLifePolicy.Default with { Sla = sla.Value! })])
                : LoadResult<IReadOnlyList<TicketLifePolicyVersion>>.Failure(SlaPolicyJson.Read(text).Problems),
            result => $"--policy: '{path}' is not a valid SLA policy:{PolicyFiles.Indent(result.DescribeProblems())}");
    }

    private static TicketLifeResult Evaluate(TicketLife life, JsonElement line, Instant now)
    {
        var read = TicketJson.Read(line);
        if (!read.IsValid)
        {
            throw new LineException(string.Join(" ", read.Problems.Select(p => $"{Field(p.PropertyName)}: {p.ErrorMessage}")));
        }

        var ticket = read.Value!;
        return ticket.CreatedAt > now
            ? throw new LineException($"createdAt: {OffsetInstant.Format(ticket.CreatedAt, life.Zone)} is after --now {OffsetInstant.Format(now, life.Zone)}; the ticket did not exist yet.")
            : life.Evaluate(ticket, now);
    }

    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static JsonNode? At(Instant? instant, DateTimeZone zone) => instant is { } i ? OffsetInstant.Format(i, zone) : null;

    private static JsonObject Output(TicketLifeResult result)
    {
        var zone = result.Zone;
        return new JsonObject
        {
            ["status"] = result.Status.ToString(),
            ["tier"] = result.Tier.ToString(),
            ["priority"] = result.Priority.ToString(),
            ["channel"] = Name(result.Ticket.Channel),
            ["clocks"] = new JsonArray([.. result.Clocks.Select(clock =>
            {
                var node = new JsonObject
                {
                    ["clock"] = Name(clock.Clock),
                    ["cycle"] = clock.Cycle,
                    ["state"] = Name(clock.State),
                    ["target"] = IsoDuration.Format(clock.Target),
                    ["calendar"] = clock.Calendar,
                    ["startedAt"] = At(clock.StartedAt, zone),
                    ["due"] = At(clock.Due, zone),
                    ["stoppedAt"] = At(clock.StoppedAt, zone),
                    ["counted"] = IsoDuration.Format(clock.Counted),
                    ["paused"] = IsoDuration.Format(clock.Paused),
                };
                if (clock.Relative is { } relative)
                {
                    node["relative"] = relative.Describe();
                }

                if (!clock.Teams.IsEmpty)
                {
                    node["teams"] = new JsonArray([.. clock.Teams.Select(t => (JsonNode)new JsonObject
                    {
                        ["team"] = t.Team,
                        ["counted"] = IsoDuration.Format(t.Counted),
                    })]);
                }

                return (JsonNode)node;
            })]),
            ["alerts"] = new JsonArray([.. result.Alerts.Select(alert => (JsonNode)new JsonObject
            {
                ["clock"] = Name(alert.Clock),
                ["cycle"] = alert.Cycle,
                ["level"] = Name(alert.Level),
                ["at"] = At(alert.At, zone),
                ["fired"] = alert.Fired,
                ["rule"] = alert.Rule,
                ["actions"] = new JsonArray([.. alert.Actions.Select(a => (JsonNode)JsonValue.Create(a))]),
            })]),
            ["nextCheckAt"] = At(result.NextCheckAt, zone),
            ["reassign"] = result.Reassign,
            ["trace"] = new JsonArray([.. result.Trace.Select(step => (JsonNode)new JsonObject
            {
                ["rule"] = step.Rule,
                ["source"] = step.Source,
                ["reason"] = step.Reason,
            })]),
        };
    }
}
