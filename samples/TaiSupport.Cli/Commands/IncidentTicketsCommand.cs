using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai incident-tickets impact|cluster</c>: incidents tied to the tickets they cause (§3.2 phase 2, §3.3;
/// docs/incident-tickets.md).
/// </summary>
internal sealed class IncidentTicketsCommand : ITaiCommand
{
    public int Order => 51;

    public Command Create(CliContext io)
    {
        var command = new Command("incident-tickets", "Incidents and their tickets (§3.2, §3.3): affected customers from linked tickets, channel actions, the notice; bursts of tickets.");
        command.Subcommands.Add(Impact(io));
        command.Subcommands.Add(Cluster(io));
        command.Subcommands.Add(Suggest(io));
        command.Subcommands.Add(Closure(io));
        return command;
    }

    internal static IncidentTicket ReadTicket(JsonElement line) => LineReads.ValueOrThrow(IncidentTicketJson.Read(line));

    private static List<IncidentTicket> Load(CliContext io, string path) =>
        JsonLines.ReadAllElements(io, path, "--input", ReadTicket);

    private static Command Impact(CliContext io)
    {
        var input = CliOptions.Input("JSON lines, one ticket each: {\"id\", \"customer\", \"tier\", \"openedAt\", \"category\", \"text\", \"phone\"}; - reads standard input.");
        var link = new Option<string[]>("--link") { Description = "Ticket ids linked to the incident (repeat or comma-separate); every input ticket when omitted." };
        var incident = new Option<string?>("--incident") { Description = "An INCIDENT.json file: print its resolution notice with the affected customers taken from the links." };
        var command = new Command("impact", "The customers affected by an incident, counted from its linked tickets, with one action per §3.3 channel.") { input, link, incident };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var tickets = Load(io, parse.GetValue(input)!);
            var links = parse.GetValue(link) is { Length: > 0 } given
                ? given.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
                : tickets.Select(t => t.TicketId).ToArray();
            var affected = IncidentTicketLinker.Default.EvaluateAffected(links, tickets);
            if (parse.GetValue(incident) is { } path)
            {
                var record = IncidentRecordJson.Read(io.ReadFile(path, "--incident"));
                if (!record.IsValid)
                {
                    throw new CliFatalException($"--incident: '{path}' is not a valid incident:{Environment.NewLine}  {record.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
                }

                var linked = record.Value! with { Impact = affected.ApplyTo(record.Value!.Impact) };
                var notice = IncidentMessenger.Default.BuildResolutionNotice(linked);
                if (!notice.IsValid)
                {
                    throw new CliFatalException($"the notice cannot be written:{Environment.NewLine}  {notice.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
                }

                io.Out.WriteLine(notice.Text);
                return ExitCodes.Success;
            }

            var channels = IncidentFollowUpTracker.Default.EvaluateChannels(affected, tickets);
            var output = new JsonObject
            {
                ["customers"] = affected.Customers,
                ["tickets"] = affected.Tickets,
                ["byTier"] = new JsonArray([.. affected.ByTier.Select(t => (JsonNode)new JsonObject { ["tier"] = t.Tier.ToString(), ["customers"] = t.Customers, ["tickets"] = t.Tickets })]),
                ["customerIds"] = new JsonArray([.. affected.CustomerIds.Select(c => (JsonNode)c)]),
                ["unknownTickets"] = new JsonArray([.. affected.UnknownTickets.Select(c => (JsonNode)c)]),
                ["note"] = affected.Note,
                ["scope"] = affected.Scope,
                ["channels"] = new JsonArray([.. channels.Select(c => (JsonNode)new JsonObject
                {
                    ["action"] = c.Action.Action,
                    ["channel"] = c.Channel,
                    ["target"] = c.Target,
                    ["within"] = c.Action.Within is { } w ? CliFormat.IsoDuration(w) : null,
                    ["source"] = c.Action.Source,
                    ["description"] = c.Action.Description,
                    ["slackChannel"] = SlackChannelPolicy.Default.ChannelFor(c.Action.Action),
                })]),
            };
            io.Out.WriteLine(output.ToJsonString(CliFormat.Json));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Cluster(CliContext io)
    {
        var input = CliOptions.Input("JSON lines, one incoming ticket each: {\"id\", \"customer\", \"tier\", \"openedAt\", \"text\"}; - reads standard input.");
        var command = new Command("cluster", "Bursts of tickets from one tier mentioning one word within 20 minutes (5 or more): possible incidents, one JSON line each.") { input };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            foreach (var cluster in IncidentTicketLinker.Default.EvaluateClusters(Load(io, parse.GetValue(input)!)))
            {
                io.Out.WriteLine(new JsonObject
                {
                    ["word"] = cluster.Word,
                    ["tier"] = cluster.Tier.ToString(),
                    ["tickets"] = new JsonArray([.. cluster.TicketIds.Select(t => (JsonNode)t)]),
                    ["first"] = CliFormat.Instant(cluster.First, TriageCommand.OutputZone),
                    ["last"] = CliFormat.Instant(cluster.Last, TriageCommand.OutputZone),
                    ["summary"] = cluster.Summary,
                }.ToJsonString(CliFormat.Json));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static IncidentRecord LoadIncident(CliContext io, string path)
    {
        var record = IncidentRecordJson.Read(io.ReadFile(path, "--incident"));
        return record.IsValid ? record.Value!
            : throw new CliFatalException($"--incident: '{path}' is not a valid incident:{Environment.NewLine}  {record.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    private static Command Suggest(CliContext io)
    {
        var input = CliOptions.Input("JSON lines, one candidate ticket each: {\"id\", \"customer\", \"tier\", \"openedAt\", \"category\", \"text\"}; - reads standard input.");
        var incident = new Option<string>("--incident") { Description = "The INCIDENT.json file (its declared and resolved instants set the window).", Required = true };
        var category = new Option<string?>("--category") { Description = "The incident's category, e.g. Integration: a ticket of the same category is suggested." };
        var words = new Option<string[]>("--word") { Description = "Evidence words, e.g. webhook (repeat or comma-separate): a ticket mentioning one is suggested." };
        var now = CliOptions.Now(required: true);
        var command = new Command("suggest", "Tickets to link to an incident (§3.2 phase 2): opened inside its window and matching its category or evidence words; one JSON line each, with the reasons.")
        {
            input, incident, category, words, now,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var record = LoadIncident(io, parse.GetValue(incident)!);
            var evidence = new IncidentEvidence(parse.GetValue(category),
                [.. (parse.GetValue(words) ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]);
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            foreach (var s in IncidentTicketLinker.Default.EvaluateLinks(record, evidence, Load(io, parse.GetValue(input)!), at))
            {
                io.Out.WriteLine(new JsonObject
                {
                    ["ticket"] = s.TicketId,
                    ["reasons"] = new JsonArray([.. s.Reasons.Select(r => (JsonNode)r)]),
                }.ToJsonString(CliFormat.Json));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Closure(CliContext io)
    {
        var incident = new Option<string>("--incident") { Description = "The INCIDENT.json file (resolved at, post-mortem held at, action items).", Required = true };
        var published = new Option<string?>("--published-at") { Description = "When the post-mortem went on the status page, with offset." };
        var archived = new Option<string?>("--archived-at") { Description = "When the incident moved to the archive page, with offset." };
        var now = CliOptions.Now(required: true);
        var command = new Command("closure", "A resolved incident's closure tasks (§1.3, §3.2 phase 5): post-mortem published within 24 h, archived after 90 days, fixes verified in 1 week, each action item by its due; one JSON line each.")
        {
            incident, published, archived, now,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var record = LoadIncident(io, parse.GetValue(incident)!);
            Instant? Optional(Option<string?> option, string name) => parse.GetValue(option) is { } text ? CliFormat.ParseInstantOption(text, name) : null;
            var tasks = IncidentFollowUpTracker.Default.EvaluateClosure(
                record, Optional(published, "--published-at"), Optional(archived, "--archived-at"), CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now"));
            if (tasks.IsEmpty)
            {
                io.Error.WriteLine("the incident is not resolved: no closure tasks yet.");
            }

            foreach (var t in tasks)
            {
                io.Out.WriteLine(new JsonObject
                {
                    ["task"] = t.Task,
                    ["description"] = t.Description,
                    ["due"] = t.Due is { } due ? CliFormat.Instant(due, record.Zone) : null,
                    ["done"] = t.Done,
                    ["overdue"] = t.Overdue,
                    ["source"] = t.Source,
                    ["slackChannel"] = SlackChannelPolicy.Default.ChannelFor(t.Task),
                }.ToJsonString(CliFormat.Json));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
