using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Triage;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai runbooks list|for</c>: the §10.3 runbook library and, for each ticket line, the runbook and automatic reply
/// its triage result links to (§2.1); <c>tai feature-requests review</c>: the §2.1 feature-request log's monthly review
/// (docs/cli.md, docs/triage-and-escalation.md "Runbooks and auto-replies").
/// </summary>
internal sealed class RunbooksCommand : ITaiCommand
{
    public int Order => 31;

    public Command Create(CliContext io)
    {
        var list = new Command("list", "Write one line per runbook of the §10.3 library: {\"id\",\"title\",\"autoResolve\",\"routes\"}.");
        list.SetAction(_ => CliOptions.Guard(io, () =>
        {
            var library = RunbookLibrary.Default;
            foreach (var runbook in library.Runbooks)
            {
                io.Out.WriteLine(new JsonObject
                {
                    ["id"] = runbook.Id,
                    ["title"] = runbook.Title,
                    ["autoResolve"] = new JsonArray([.. library.AutoResolve.Where(p => p.Value.RunbookId == runbook.Id).Select(p => p.Key).Order(StringComparer.Ordinal).Select(k => (JsonNode)JsonValue.Create(k))]),
                    ["routes"] = new JsonArray([.. library.Routes.Where(p => p.Value == runbook.Id).Select(p => p.Key.ToString()).Order(StringComparer.Ordinal).Select(k => (JsonNode)JsonValue.Create(k))]),
                }.ToJsonString(CliFormat.Json));
            }

            return ExitCodes.Success;
        }));

        var input = CliOptions.Input("JSON lines of tickets, as for tai triage; - reads standard input.");
        var now = CliOptions.Now(required: false);
        now.Description = "When the decision is made, with offset (e.g. 2026-01-26T17:00:00-08:00). Default: the current time.";
        var policy = TriageCommand.PolicyOption();
        var forTickets = new Command(
            "for",
            "For each ticket line, triage it and write {\"id\",\"priority\",\"route\",\"runbook\",\"title\",\"autoReply\"}: the runbook to follow and the text sent automatically (§2.1, §10.3).")
        {
            input,
            now,
            policy,
        };
        forTickets.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var triage = TriageCommand.LoadTriage(io, parse.GetValue(policy));
            var at = parse.GetValue(now) is { } text ? CliFormat.ParseInstantOption(text, "--now") : SystemClock.Instance.GetCurrentInstant();
            var library = RunbookLibrary.Default;
            return JsonLines.RunElements(io, parse.GetValue(input)!, line =>
            {
                var result = triage.Evaluate(TriageCommand.ReadTicket(line), at);
                var link = library.For(result);
                return new JsonObject
                {
                    ["priority"] = result.Priority.ToString(),
                    ["route"] = result.Route.ToString(),
                    ["runbook"] = link.RunbookId,
                    ["title"] = link.RunbookId is { } id ? library.Runbooks.FirstOrDefault(r => r.Id == id)?.Title : null,
                    ["autoReply"] = link.AutoReply,
                };
            });
        }));

        return new Command("runbooks", "The §10.3 runbook library and the runbook and automatic reply of each ticket (§2.1).") { list, forTickets };
    }
}
