using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Json;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai sla --input TICKETS.jsonl --now … [--policy POLICY.json]</c>: each ticket's first-response and resolution
/// dues and states, reassignment and trace (manual §1.2, §2.2.4–§2.2.6; D5–D10; docs/sla.md, docs/cli.md).
/// </summary>
internal sealed class SlaCommand : ITaiCommand
{
    public int Order => 20;

    public Command Create(CliContext io)
    {
        var input = CliOptions.Input("JSON lines, one ticket each (docs/sla.md); - reads standard input.");
        var now = CliOptions.Now(required: true);
        var policy = PolicyOption();
        var command = new Command("sla", "For each ticket line, write its first-response and resolution dues and states, whether to reassign, and the trace (manual §1.2, §2.2; D5–D10).")
        {
            input,
            now,
            policy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            var evaluator = new SlaEvaluator(LoadPolicy(io, parse.GetValue(policy)));
            return JsonLines.RunElements(io, parse.GetValue(input)!, line => Output(evaluator.Zone, Evaluate(evaluator, line, at)));
        }));
        return command;
    }

    public void RunDemo(CliContext io)
    {
        io.Out.WriteLine("2. SLA clocks (manual §1.2, §2.2.4–§2.2.6, D5–D10)");
        var professional = new Ticket
        {
            Id = "T-1901",
            Tier = Tier.Professional,
            Priority = Priority.Medium,
            CreatedAt = CliFormat.ParseInstant("2026-01-23T17:55:00-08:00")!.Value,
        };
        var critical = new Ticket
        {
            Id = "T-1823",
            Tier = Tier.Enterprise,
            Priority = Priority.Critical,
            CreatedAt = CliFormat.ParseInstant("2026-01-26T16:45:00-08:00")!.Value,
        }.WithStatusChange(CliFormat.ParseInstant("2026-01-26T16:50:00-08:00")!.Value, TicketStatus.WaitingOnCustomer);
        var now = CliFormat.ParseInstant("2026-01-26T17:00:00-08:00")!.Value;
        var evaluator = SlaEvaluator.Default;
        foreach (var result in evaluator.EvaluateQueue([professional, critical], now))
        {
            io.Out.WriteLine(
                $"   {result.Ticket.Id} {result.Ticket.Tier} {result.Ticket.Priority} at {CliFormat.Instant(now, evaluator.Zone)}: "
                + $"first response {State(result.FirstResponseState)} (due {CliFormat.Instant(result.FirstResponseDue, evaluator.Zone)}), "
                + $"resolution {State(result.ResolutionState)}{(result.ResolutionDue is { } due ? $" (due {CliFormat.Instant(due, evaluator.Zone)})" : string.Empty)}"
                + (result.Reassign ? ", reassign" : string.Empty));
            foreach (var step in result.Trace.Where(s => s.Rule is not (SlaRules.Target or SlaRules.FirstResponseDue or SlaRules.ResolutionClock)))
            {
                io.Out.WriteLine($"      {step}");
            }
        }

        io.Out.WriteLine();
    }

    /// <summary>Loads <c>--policy</c>, or the default SLA policy when it is not given.</summary>
    internal static SlaPolicy LoadPolicy(CliContext io, string? path)
    {
        if (path is null)
        {
            return SlaPolicy.Default;
        }

        return PolicyFiles.Load(io, path, "--policy", pack => pack.Sla, SlaPolicyJson.Read, result =>
                $"--policy: '{path}' is not a valid SLA policy:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    internal static Option<string?> PolicyOption() => new("--policy", "-p")
    {
        Description = "A policy pack (its sla section; see 'tai policy show') or an SLA policy JSON file; the default policy (default-policy.md D1, D4–D10) when omitted.",
    };

    internal static string State(SlaState state) => TaiResultJson.State(state);

    private static SlaResult Evaluate(SlaEvaluator evaluator, JsonElement line, Instant now)
    {
        var read = TicketJson.Read(line);
        if (!read.IsValid)
        {
            throw new LineException(string.Join(" ", read.Problems.Select(p => $"{Field(p.PropertyName)}: {p.ErrorMessage}")));
        }

        var ticket = read.Value!;
        return ticket.CreatedAt > now
            ? throw new LineException($"createdAt: {CliFormat.Instant(ticket.CreatedAt, evaluator.Zone)} is after --now {CliFormat.Instant(now, evaluator.Zone)}; the ticket did not exist yet.")
            : evaluator.Evaluate(ticket, now);
    }

    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static JsonObject Output(DateTimeZone zone, SlaResult result) => TaiResultJson.Sla(result, zone);
}
