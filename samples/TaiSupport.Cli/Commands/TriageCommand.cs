using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Json;
using TaiSupport.Core.Triage;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai triage --input TICKETS.jsonl [--now …] [--policy …]</c>: classification, routing and the §4 trees for each
/// ticket line, each decision with its trace (docs/cli.md, docs/triage-and-escalation.md).
/// </summary>
internal sealed class TriageCommand : ITaiCommand
{
    /// <summary>Output instants are written in the zone of the default calendars (D1).</summary>
    internal static readonly DateTimeZone OutputZone = DateTimeZoneProviders.Tzdb[BusinessCalendars.PacificTimeZoneId];

    private static readonly string[] DemoTickets =
    [
        """{"id":"T1","tier":"Professional","subject":"Production down since 09:10","body":"Every call fails. We are losing money."}""",
        """{"id":"T2","tier":"Starter","subject":"Getting 401 Unauthorized","body":"Since we rotated keys."}""",
        """{"id":"T3","tier":"Enterprise","subject":"Renewal","body":"Unless this is fixed we are canceling. We also want to renegotiate.","signals":{"csat":4}}""",
        """{"id":"T4","tier":"Professional","subject":"Export","body":"The CSV export is not working.","signals":{"workaroundExists":true,"reproducibleBug":true}}""",
    ];

    public int Order => 30;

    public Command Create(CliContext io)
    {
        var input = CliOptions.Input("JSON lines {\"id\",\"tier\",\"subject\",\"body\",\"priority\",\"category\",\"signals\":{…}}; - reads standard input.");
        input.Required = false;
        var now = CliOptions.Now(required: false);
        now.Description = "When the decision is made, with offset (e.g. 2026-01-26T17:00:00-08:00): action due instants count from here. Default: the current time.";
        var policy = PolicyOption();
        var printPolicy = new Option<bool>("--print-policy") { Description = "Print the policy in use (the default, or --policy) as JSON and exit." };
        var command = new Command(
            "triage",
            "For each ticket line, write {\"id\",\"priority\",\"category\",\"route\",\"heldBy\",\"engineeringLevel\",\"actions\",\"trace\"} (manual §2.1, §4, D11–D15).")
        {
            input,
            now,
            policy,
            printPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var triage = LoadTriage(io, parse.GetValue(policy));
            if (parse.GetValue(printPolicy))
            {
                io.Out.WriteLine(TriagePolicyJson.Write(triage.Policy));
                return ExitCodes.Success;
            }

            var path = parse.GetValue(input) ?? throw new CliFatalException("--input: give a JSON-lines file of tickets (- reads standard input), or --print-policy.");
            var at = parse.GetValue(now) is { } text ? CliFormat.ParseInstantOption(text, "--now") : SystemClock.Instance.GetCurrentInstant();
            return JsonLines.RunElements(io, path, line => ToJson(triage.Evaluate(ReadTicket(line), at)));
        }));
        return command;
    }

    public void RunDemo(CliContext io)
    {
        io.Out.WriteLine("3. Triage, escalation and assignment (manual §2.1–§2.3, §4.1–§4.4, D11–D15)");
        var now = CliFormat.ParseInstant("2026-01-26T10:00:00-08:00")!.Value;
        foreach (var line in DemoTickets)
        {
            var request = TriageRequestJson.Read(line).GetValueOrThrow();
            var result = TicketTriage.Default.Evaluate(request, now);
            io.Out.WriteLine($"   {result.Id} {result.Tier} \"{request.Subject}\": {result.Priority} / {result.Category} → {result.Route}, held by {result.HeldBy}"
                + (result.EngineeringLevel is { } level ? $", engineering {level}" : string.Empty));
            io.Out.WriteLine($"      {string.Join(", ", result.Actions.Select(a => a.Within is { } w ? $"{a.Action} {CliFormat.IsoDuration(w)}" : a.Action))}");
        }

        io.Out.WriteLine("   (tai triage --input tickets.jsonl writes every action's due instant and the full trace)");
        AssignCommand.Demo(io);
        io.Out.WriteLine();
    }

    /// <summary>Loads <c>--policy</c> (or the default) and compiles it.</summary>
    internal static TicketTriage LoadTriage(CliContext io, string? policyPath)
    {
        if (policyPath is null)
        {
            return TicketTriage.Default;
        }

        var policy = PolicyFiles.Load(io, policyPath, "--policy", pack => pack.Triage, TriagePolicyJson.Read, result =>
            $"--policy: '{policyPath}' is not a valid triage policy:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
        try
        {
            return TicketTriage.Create(policy);
        }
        catch (ArgumentException)
        {
            // The policy is valid data (a host may pass its own calendars), but tai has only the built-in ones.
            throw new CliFatalException($"--policy: escalation.mediumResponseCalendar: '{Core.Text.SafeText.Echo(policy.Escalation.MediumResponseCalendar)}' is not a built-in calendar; use one of {string.Join(", ", CliOptions.Calendars.Keys)}.");
        }
    }

    internal static Option<string> PolicyOption() => new("--policy")
    {
        Description = "A policy pack (its triage section; see tai policy show) or a triage policy JSON file listing what differs from the default (see tai triage --print-policy).",
    };

    /// <summary>Reads one ticket line, naming every bad field.</summary>
    internal static TriageRequest ReadTicket(JsonElement line)
    {
        var result = TriageRequestJson.Read(line);
        return result.IsValid ? result.Value! : throw new LineException(Describe(result.Problems));
    }

    /// <summary>Problems as "field: message" with the JSON root prefix dropped.</summary>
    internal static string Describe(IEnumerable<ValidationFailure> problems) =>
        string.Join(" ", problems.Select(p => $"{(p.PropertyName.StartsWith("$.", StringComparison.Ordinal) ? p.PropertyName[2..] : p.PropertyName)}: {p.ErrorMessage}"));

    internal static JsonArray TraceJson(IEnumerable<TraceStep> trace) => TaiResultJson.Trace(trace);

    private static JsonObject ToJson(TriageResult result) => TaiResultJson.Triage(result, OutputZone);
}
