using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Customers;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai customers health --input C.jsonl --now T [--list]</c>: the §4.3 churn triggers over the customer base
/// (docs/customer-health.md).
/// </summary>
internal sealed class CustomersCommand : ITaiCommand
{
    public int Order => 75;

    public Command Create(CliContext io)
    {
        var command = new Command("customers", "The customer base (§4.3): daily health triggers per customer with actions and dues.");
        command.Subcommands.Add(Health(io));
        return command;
    }

    internal static JsonObject ResultJson(CustomerHealthResult result) => new()
    {
        ["healthy"] = result.IsHealthy,
        ["triggers"] = new JsonArray([.. result.Triggers.Select(t => (JsonNode)new JsonObject
        {
            ["trigger"] = t.Trigger,
            ["since"] = CliFormat.Instant(t.Since, TriageCommand.OutputZone),
            ["reason"] = t.Reason,
            ["actions"] = new JsonArray([.. t.Actions.Select(a => (JsonNode)new JsonObject
            {
                ["action"] = a.Action.Action,
                ["within"] = a.Action.Within is { } within ? CliFormat.IsoDuration(within) : null,
                ["due"] = a.Due is { } due ? CliFormat.Instant(due, TriageCommand.OutputZone) : null,
                ["overdue"] = a.Overdue,
                ["source"] = a.Action.Source,
                ["description"] = a.Action.Description,
                ["slackChannel"] = Core.Communication.SlackChannelPolicy.Default.ChannelFor(a.Action.Action),
            })]),
        })]),
        ["trace"] = TemplateCommand.TraceJson(result.Trace),
    };

    /// <summary>A customer line read through the library (<see cref="CustomerLine"/>); a bad line throws a <see cref="LineException"/>.</summary>
    internal static CustomerRecord ReadCustomer(JsonElement line) =>
        LineContract.Read(line, LineContract.Contracts.CustomerLine, CustomerLine.Validator.Validate).ToRecord();

    private static Command Health(CliContext io)
    {
        var input = CliOptions.Input("JSON lines, one customer each: {\"id\", \"tier\", \"lastApiCallAt\", \"csat\": [{\"at\", \"score\"}], \"sameIssueTickets\": [{\"ticket\", \"issue\", \"openedAt\"}]}; - reads standard input.");
        var now = CliOptions.Now(required: true);
        var list = new Option<bool>("--list") { Description = "Print the day's list as text (customers with triggers only, most urgent first) instead of JSON lines." };
        var command = new Command("health", "For each customer, the §4.3 triggers that hold (CSAT < 5, no API call in 14+ days, 3+ tickets on the same issue) with actions and dues.") { input, now, list };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            if (!parse.GetValue(list))
            {
                return JsonLines.RunElements(io, parse.GetValue(input)!, line => ResultJson(CustomerHealthMonitor.Default.Evaluate(ReadCustomer(line), at)));
            }

            var customers = JsonLines.ReadAllElements(io, parse.GetValue(input)!, "--input", ReadCustomer);
            var daily = CustomerHealthMonitor.Default.EvaluateDailyList(customers, at);
            io.Out.WriteLine($"Customer health {CliFormat.Instant(at, TriageCommand.OutputZone)}: {daily.Length} of {customers.Count} customers need action (§4.3)");
            foreach (var result in daily)
            {
                io.Out.WriteLine($"- {result.CustomerId}");
                foreach (var trigger in result.Triggers)
                {
                    io.Out.WriteLine($"  {trigger.Trigger}: {trigger.Reason}");
                    foreach (var action in trigger.Actions)
                    {
                        var due = action.Due is { } d ? $"due {CliFormat.Instant(d, TriageCommand.OutputZone)}{(action.Overdue ? " OVERDUE" : string.Empty)}" : "no deadline";
                        io.Out.WriteLine($"    {action.Action.Action}: {due} — {action.Action.Description}");
                    }
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
