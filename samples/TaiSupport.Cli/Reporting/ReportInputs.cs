using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Commands;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Json;
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

    /// <summary>Report ticket lines read by <see cref="ReportTicketJson"/>; a bad line or an id given twice stops the command with every problem by line (exit code 2).</summary>
    public static IReadOnlyList<ReportTicket> LoadTickets(CliContext io, string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return JsonLines.ReadAllElements(io, path, "--tickets", line =>
            LineReads.ValueOrThrow(ReportTicketJson.Read(line)) is var ticket && ids.Add(ticket.Id)
                ? ticket
                : throw new LineException($"id: \"{ticket.Id}\" is on an earlier line too; each ticket once."));
    }

    /// <summary>Incident lines: one <c>tai incident</c> record per line (docs/incidents.md), mapped with <see cref="ReportIncident.From"/>.</summary>
    public static IReadOnlyList<ReportIncident> LoadIncidents(CliContext io, string? path) =>
        path is null ? [] : JsonLines.ReadAllElements(io, path, "--incidents", line =>
            LineReads.ValueOrThrow(IncidentRecordJson.Read(line.GetRawText())) is { Level: not IncidentLevel.None } incident
                ? ReportIncident.From(incident)
                : throw new LineException("level: None is not an incident; report P1, P2 or P3."));

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

    /// <summary>The <c>--notes</c> file <c>{"onCall", "staffing", "blockers", "nextWeekPriorities", "notes"}</c>, read through the library as <see cref="ReportNotes"/>.</summary>
    public static ReportNotes LoadNotes(CliContext io, string? path)
    {
        if (path is null)
        {
            return ReportNotes.None;
        }

        var read = TaiJson.Read(io.ReadFile(path, "--notes"), LineContract.Contracts.ReportNotes, null, ignoreUnknown: true);
        return read.Value ?? throw new CliFatalException($"--notes: {string.Join(" ", read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}"))}");
    }

    public static LocalDate ParseDate(string text, string option)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? OptionRange.Date(parsed.Value, option) : throw new CliFatalException($"{option}: \"{text}\" is not a date; write it like 2026-01-26.");
    }

    /// <summary>
    /// Builds a report that also reads the periods around the one <paramref name="option"/> names (the week before, a
    /// year back, the weeks ahead): when one of them reaches outside the dates tai computes with (a week of 0002-01-01
    /// starts in year 1), the option is unusable (exit code 2 naming it), not an internal error.
    /// </summary>
    public static T Around<T>(string option, string? value, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Core.TaiValidationException e) when (e.Input == "report period")
        {
            throw new CliFatalException($"{option}: {Core.Text.SafeText.Echo(value)} is too near the edge of the dates tai computes with ({Core.Text.SupportedDates.Description}): the report also covers the periods around it. ({e.Errors.First().PropertyName}: {e.Errors.First().ErrorMessage})");
        }
    }

    public static Instant? ParseNow(string? text) => text is null ? null : CliFormat.ParseInstantOption(text, "--now");
}
