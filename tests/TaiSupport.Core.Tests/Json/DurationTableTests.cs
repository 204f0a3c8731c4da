using System.Text.Json;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Json;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// docs/json.md's table of the same four durations (24 h, 14 days, −30 min, 0) as every capability writes them — in
/// files, in <c>tai</c>'s result lines and in traces for people — is computed here from the real writers: a row that
/// drifts from what the code writes fails (issue 11 "one duration spelling in every file, trace and CLI output").
/// </summary>
public sealed class DurationTableTests
{
    private static readonly Duration[] Four = [Duration.FromHours(24), Duration.FromDays(14), Duration.FromMinutes(-30), Duration.Zero];

    public static TheoryData<string> Rows() => new(Table().Select(r => r.Row));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Docs_TheDurationTable_IsWhatTheWritersWrite(string row) =>
        Assert.Contains(row, Docs(), StringComparison.Ordinal);

    [Fact]
    public void EveryFileAndResultLine_UsesTheIsoSpelling_EveryTraceTheHumanOne()
    {
        foreach (var (_, name, medium, cells) in Table())
        {
            // A zero window in a decision tree is said in words, "(immediately)", rather than "(within 0m)".
            string[] human = name.StartsWith("Decision-tree", StringComparison.Ordinal) ? ["24h", "336h", "-30m", "immediately"] : ["24h", "336h", "-30m", "0m"];
            // What a customer reads (template values) is in words, as the manual's templates are (HumanDuration.FormatInWords).
            string[] words = ["24 hours", "2 weeks", "-30 minutes", "0 minutes"];
            Assert.Equal(medium switch { "people" => human, "customers (words)" => words, _ => ["`PT24H`", "`PT336H`", "`-PT30M`", "`PT0S`"] }, cells);
        }
    }

    private static IEnumerable<(string Row, string Name, string Medium, string[] Cells)> Table()
    {
        (string Name, string Medium, Func<Duration, string> Write)[] writers =
        [
            ("SLA policy file (`SlaPolicyJson.Write`, `tai policy show`)", "file", d => Between(SlaPolicyJson.Write(SlaPolicy.Default with { AtRiskLead = d }), "\"atRiskLead\": \"")),
            ("Triage policy file (`TriagePolicyJson.Write`, `tai triage --print-policy`)", "file", d => Between(TriagePolicyJson.Write(TriagePolicy.Default with { Escalation = TriagePolicy.Default.Escalation with { InvestigationPageAfter = d } }), "\"investigationPageAfter\": \"")),
            ("Incident policy file (`IncidentPolicyJson.Write`, `tai incident policy`)", "file", d => Between(IncidentPolicyJson.Write(IncidentPolicy.Default with { ApiDownOver = d }), "\"apiDownOver\": \"")),
            ("Report, QA, KB-upkeep, customer-template policy files (`ToJson()`)", "file", d => Between((ReportPolicy.Default with { CloseToMissWithin = d }).ToJson(), "\"closeToMissWithin\": \"")),
            ("On-call policy JSON (`OnCallJson`, the pack's `onCall`)", "file", d => Between(TaiPolicyJson.Write(TaiPolicy.Default with { OnCall = OnCallPolicy.Default with { Compensation = OnCallPolicy.Default.Compensation with { MinimumCallIn = d } } }), "\"minimumCallIn\": \"")),
            ("`tai sla` / `tai triage` / `tai incident` lines (`TaiResultJson`, e.g. an action's `within`)", "line", d => TaiResultJson.Triage(TriageWithin(d), DateTimeZone.Utc)["actions"]![0]!["within"]!.GetValue<string>()),
            ("A host's JSON (`TaiJson.ConfigureForTaiSupport`)", "line", d => JsonSerializer.Serialize(d, TaiJson.Options).Trim('"')),
            ("Incident reasons and playbook (`IncidentDeclaration`, `IncidentPlaybook`)", "people", IncidentReasonThreshold),
            ("Decision-tree actions, escalation, assignment (`(within …)`)", "people", d => DecisionWithin(d)),
            ("Customer templates (`TemplateSuggester` `responseSla`, `inactiveFor`)", "customers (words)", TemplateSuggester.DescribeDuration),
        ];
        foreach (var (name, medium, write) in writers)
        {
            var cells = Four.Select(d => medium is "people" or "customers (words)" ? write(d) : $"`{write(d)}`").ToArray();
            yield return ($"| {name} | {medium} | {string.Join(" | ", cells)} |", name, medium, cells);
        }
    }

    private static string Between(string json, string start)
    {
        var at = json.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return json[at..json.IndexOf('"', at)];
    }

    private static TriageResult TriageWithin(Duration d) => new()
    {
        Tier = Tier.Enterprise,
        Priority = Priority.High,
        Category = Category.Platform,
        Route = TicketRoute.AutoResolve,
        HeldBy = Core.Escalation.EscalationTier.SupportEngineer,
        Actions = [new ScheduledAction("reply", d, null, "§", "Reply")],
        Signals = new TicketSignals(),
        Trace = [],
        Now = Instant.FromUtc(2026, 1, 26, 0, 0),
    };

    private static string IncidentReasonThreshold(Duration d)
    {
        var reason = IncidentDeclaration.Assess(new IncidentSignals { ApiDown = Duration.FromHours(400) }, IncidentPolicy.Default with { ApiDownOver = d }).Reasons.Single();
        return reason[(reason.IndexOf("> ", StringComparison.Ordinal) + 2)..];
    }

    private static string DecisionWithin(Duration d)
    {
        var tree = DecisionChain.For<int>().Emit("x", [new DecisionAction("x", d, "§", "X")]).Build("t");
        var reason = tree.Evaluate(0).Path[^1].Reason;
        return reason.EndsWith("(immediately)", StringComparison.Ordinal) ? "immediately" : reason[(reason.IndexOf("(within ", StringComparison.Ordinal) + 8)..^1];
    }

    private static string Docs()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "json.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory.FullName, "docs", "json.md")).ReplaceLineEndings("\n");
    }
}
