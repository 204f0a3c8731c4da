using System.CommandLine;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Commands;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;

namespace TaiSupport.Cli.Reporting;

/// <summary>
/// Loads what the report, hand-off and QA commands read: report ticket lines, incident lines, notes and policies.
/// A report needs every ticket, so a bad line stops the command (exit 2) with every problem listed, each with its line.
/// </summary>
internal static class ReportInputs
{
    public static Option<string> Tickets() => new("--tickets", "-t")
    {
        Description = "Report ticket lines (JSON lines: a 'tai sla' ticket plus customer, subject, csat, tags, escalations, resolvedBy…; docs/reports.md); - reads standard input.",
        Required = true,
    };

    public static Option<string?> Incidents() => new("--incidents")
    {
        Description = "Incident lines: one 'tai incident' record per line {\"id\",\"level\":\"P1\",\"declaredAt\",\"resolvedAt\",\"statusUpdates\":[…],\"impact\":{\"affectedCustomers\"}} (docs/incidents.md).",
    };

    public static Option<string?> ReportPolicyOption() => new("--report-policy")
    {
        Description = "A report policy JSON file (zone, working days, hand-off and standup times…); the default policy when omitted.",
    };

    public static Option<string?> NowOption(string what) => new("--now")
    {
        Description = $"The report instant with offset ({what}).",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of the manual's text layout." };

    public static IReadOnlyList<ReportTicket> LoadTickets(CliContext io, string path)
    {
        var tickets = new List<ReportTicket>();
        var problems = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        JsonLines.ForEachObject(io, path, "--tickets", (number, root) =>
        {
            var result = ReportTicketJson.Read(root);
            if (!result.IsValid)
            {
                problems.AddRange(result.Problems.Select(p => $"line {number}: {Field(p.PropertyName)}: {p.ErrorMessage}"));
                return;
            }

            var ticket = result.Value!;
            if (ids.TryGetValue(ticket.Id, out var first))
            {
                problems.Add($"line {number}: id: \"{ticket.Id}\" is also on line {first}; each ticket once.");
                return;
            }

            ids[ticket.Id] = number;
            tickets.Add(ticket);
        }, problems);
        return problems.Count == 0 ? tickets : throw JsonLines.BadLines("--tickets", path, problems);
    }

    /// <summary>Incident lines: one <c>tai incident</c> record per line (docs/incidents.md), mapped with <see cref="ReportIncident.From"/>.</summary>
    public static IReadOnlyList<ReportIncident> LoadIncidents(CliContext io, string? path)
    {
        if (path is null)
        {
            return [];
        }

        var incidents = new List<ReportIncident>();
        var problems = new List<string>();
        JsonLines.ForEachObject(io, path, "--incidents", (number, root) =>
        {
            var result = IncidentRecordJson.Read(root.GetRawText());
            if (!result.IsValid)
            {
                problems.AddRange(result.Problems.Select(p => $"line {number}: {Field(p.PropertyName)}: {p.ErrorMessage}"));
            }
            else if (result.Value!.Level == IncidentLevel.None)
            {
                problems.Add($"line {number}: level: None is not an incident; report P1, P2 or P3.");
            }
            else
            {
                incidents.Add(ReportIncident.From(result.Value));
            }
        }, problems);
        return problems.Count == 0 ? incidents : throw JsonLines.BadLines("--incidents", path, problems);
    }

    /// <summary>Loads <c>--report-policy</c>; without it, the reports section of a pack given as <c>--policy</c>, else the default.</summary>
    public static ReportPolicy LoadReportPolicy(CliContext io, string? path, string? packPath = null)
    {
        if (path is null)
        {
            return PolicyFiles.PackOrNull(io, packPath, "--policy")?.Reports ?? ReportPolicy.Default;
        }

        return PolicyFiles.Load(io, path, "--report-policy", pack => pack.Reports, ReportPolicy.FromJson, result =>
            JsonLines.BadLines("--report-policy", path, result.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}")).Message);
    }

    public static SlaEvaluator LoadSla(CliContext io, string? path) => new(SlaCommand.LoadPolicy(io, path));

    public static ReportNotes LoadNotes(CliContext io, string? path)
    {
        if (path is null)
        {
            return ReportNotes.None;
        }

        try
        {
            using var document = JsonDocument.Parse(io.ReadFile(path, "--notes"));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CliFatalException("--notes: expected an object {\"onCall\", \"staffing\", \"blockers\", \"nextWeekPriorities\", \"notes\"}.");
            }

            if (Core.Serialization.JsonWellFormedText.FirstIllFormed(root) is { } illFormed)
            {
                throw new CliFatalException($"--notes: {illFormed}: holds an unpaired surrogate escape (such as \\ud800), which is not text; write well-formed Unicode.");
            }

            return new ReportNotes
            {
                OnCall = root.TryGetProperty("onCall", out var onCall) && onCall.ValueKind == JsonValueKind.String ? onCall.GetString() : null,
                Staffing = [.. Strings(root, "staffing")],
                Blockers = [.. Strings(root, "blockers")],
                NextWeekPriorities = [.. Strings(root, "nextWeekPriorities")],
                Notes = [.. Strings(root, "notes")],
            };
        }
        catch (JsonException e)
        {
            throw new CliFatalException($"--notes: not valid JSON: {e.Message}");
        }
    }

    public static LocalDate ParseDate(string text, string option)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? OptionRange.Date(parsed.Value, option) : throw new CliFatalException($"{option}: \"{text}\" is not a date; write it like 2026-01-26.");
    }

    public static Instant? ParseNow(string? text) => text is null ? null : CliFormat.ParseInstantOption(text, "--now");

    private static IEnumerable<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];

    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

}
