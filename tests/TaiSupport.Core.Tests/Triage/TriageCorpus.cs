using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The labelled corpus (Corpus/tickets.jsonl, written and labelled before any run; see Corpus/make_corpus.py) and the
/// accuracy of an engine on it: exact priority, category and route, false pages, confusion matrices.
/// </summary>
public static class TriageCorpus
{
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 17, 0);

    public sealed record Ticket(string Id, string Split, TriageRequest Request, string Priority, string Category, string Route, string[] Pages, string Reason);

    public sealed record Outcome(Ticket Ticket, string Priority, string Category, string Route, string[] Pages, TriageResult Result)
    {
        public bool FalsePage => Pages.Except(Ticket.Pages).Any();
    }

    /// <summary>Loads a labelled corpus file from Triage/Corpus (tickets.jsonl by default; tickets-fresh.jsonl and tickets-fresh2.jsonl are the fresh sets).</summary>
    public static IReadOnlyList<Ticket> Load(string file = "tickets.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Triage", "Corpus", file);
        var tickets = new List<Ticket>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var node = JsonNode.Parse(line)!.AsObject();
            var expected = node["expected"]!.AsObject();
            var split = node["split"]!.GetValue<string>();
            node.Remove("expected");
            node.Remove("split");
            node.Remove("channel");
            var request = TriageRequestJson.Read(node.ToJsonString()).GetValueOrThrow();
            tickets.Add(new Ticket(
                request.Id!, split, request,
                expected["priority"]!.GetValue<string>(), expected["category"]!.GetValue<string>(), expected["route"]!.GetValue<string>(),
                [.. expected["pages"]!.AsArray().Select(p => p!.GetValue<string>())], expected["reason"]!.GetValue<string>()));
        }

        return tickets;
    }

    /// <summary>Which pagers a result sends: vp, legal, status, oncall.</summary>
    public static string[] PagesOf(TriageResult result)
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in result.Actions)
        {
            switch (a.Action)
            {
                case EscalationActions.PageVpProduct or EscalationActions.PageVpProductOrCsm:
                    pages.Add("vp");
                    break;
                case EscalationActions.PageGeneralCounsel or EscalationActions.PageCiso:
                    pages.Add("legal");
                    break;
                case EscalationActions.UpdateStatusPage:
                    pages.Add("status");
                    break;
                case EscalationActions.PageOnCallEngineer or EscalationActions.PageEngineering:
                    pages.Add("oncall");
                    break;
            }
        }

        return [.. pages];
    }

    public static List<Outcome> Run(TicketTriage triage, IEnumerable<Ticket> tickets) =>
        [.. tickets.Select(t =>
        {
            var r = triage.Evaluate(t.Request, Now);
            return new Outcome(t, r.Priority.ToString(), r.Category.ToString(), r.Route.ToString(), PagesOf(r), r);
        })];

    public sealed record Accuracy(int Count, double Priority, double Category, double Route, double All, double FalsePages);

    public static Accuracy Measure(IReadOnlyCollection<Outcome> outcomes) => new(
        outcomes.Count,
        Share(outcomes, o => o.Priority == o.Ticket.Priority),
        Share(outcomes, o => o.Category == o.Ticket.Category),
        Share(outcomes, o => o.Route == o.Ticket.Route),
        Share(outcomes, o => o.Priority == o.Ticket.Priority && o.Category == o.Ticket.Category && o.Route == o.Ticket.Route),
        Share(outcomes, o => o.FalsePage));

    private static double Share(IReadOnlyCollection<Outcome> outcomes, Func<Outcome, bool> p) => outcomes.Count == 0 ? 0 : 100.0 * outcomes.Count(p) / outcomes.Count;

    public static string Row(string name, Accuracy a) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {name} | {a.Count} | {a.Priority:0.0} % | {a.Category:0.0} % | {a.Route:0.0} % | {a.All:0.0} % | {a.FalsePages:0.0} % |");

    /// <summary>A markdown confusion matrix: rows expected, columns actual.</summary>
    public static string Confusion(IReadOnlyCollection<Outcome> outcomes, string title, Func<Outcome, string> expected, Func<Outcome, string> actual, string[] labels)
    {
        var sb = new StringBuilder();
        sb.Append("| ").Append(title).Append(" (expected ↓ / actual →) |");
        foreach (var l in labels)
        {
            sb.Append(' ').Append(l).Append(" |");
        }

        sb.AppendLine().Append("|---|");
        foreach (var _ in labels)
        {
            sb.Append("---:|");
        }

        sb.AppendLine();
        foreach (var e in labels)
        {
            sb.Append("| ").Append(e).Append(" |");
            foreach (var a in labels)
            {
                var n = outcomes.Count(o => expected(o) == e && actual(o) == a);
                sb.Append(' ').Append(n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture)).Append(" |");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    public static readonly string[] Priorities = ["Critical", "High", "Medium", "Low"];
    public static readonly string[] Categories = ["Platform", "Feature", "Integration", "Billing", "Other"];
    public static readonly string[] Routes = ["AutoResolve", "EngineeringEscalation", "Finance", "FeatureRequestLog", "ChurnEscalation", "StandardSupport"];

    public static string Report(IReadOnlyCollection<Outcome> outcomes) =>
        Confusion(outcomes, "Priority", o => o.Ticket.Priority, o => o.Priority, Priorities) + Environment.NewLine
        + Confusion(outcomes, "Category", o => o.Ticket.Category, o => o.Category, Categories) + Environment.NewLine
        + Confusion(outcomes, "Route", o => o.Ticket.Route, o => o.Route, Routes);

    public static string Failures(IEnumerable<Outcome> outcomes) => string.Join(
        Environment.NewLine,
        outcomes.Where(o => o.Priority != o.Ticket.Priority || o.Category != o.Ticket.Category || o.Route != o.Ticket.Route || o.FalsePage)
            .Select(o => $"{o.Ticket.Id} [{o.Ticket.Request.Tier}] want {o.Ticket.Priority}/{o.Ticket.Category}/{o.Ticket.Route}/[{string.Join(",", o.Ticket.Pages)}] got {o.Priority}/{o.Category}/{o.Route}/[{string.Join(",", o.Pages)}] :: {o.Ticket.Request.Subject} | {Short(o.Ticket.Request.Body)}"));

    /// <summary>The page kinds a label and a result name: VP Product, General Counsel/CISO, status page, on-call.</summary>
    public static readonly string[] PageKinds = ["vp", "legal", "status", "oncall"];

    /// <summary>Every outcome names a priority, category, route and pages from the label vocabulary (so the figures compare like with like).</summary>
    public static void AssertKnownValues(IReadOnlyCollection<Outcome> outcomes) => Assert.All(outcomes, o =>
    {
        Assert.Contains(o.Priority, Priorities);
        Assert.Contains(o.Category, Categories);
        Assert.Contains(o.Route, Routes);
        Assert.All(o.Pages, p => Assert.Contains(p, PageKinds));
    });

    /// <summary>A labelled set's structure: <paramref name="count"/> tickets with distinct ids, all in <paramref name="split"/>,
    /// each with a reason and known page kinds, and every route, priority, category, page kind and tier among them.</summary>
    public static void AssertCoversEverything(IReadOnlyList<Ticket> tickets, string split, int count)
    {
        Assert.Equal(count, tickets.Count);
        Assert.Equal(count, tickets.Select(t => t.Id).Distinct().Count());
        Assert.All(tickets, t => Assert.Equal(split, t.Split));
        Assert.All(tickets, t => Assert.False(string.IsNullOrWhiteSpace(t.Reason)));
        Assert.All(tickets, t => Assert.All(t.Pages, p => Assert.Contains(p, PageKinds)));
        Assert.All(Routes, r => Assert.Contains(tickets, t => t.Route == r));
        Assert.All(Priorities, p => Assert.Contains(tickets, t => t.Priority == p));
        Assert.All(Categories, c => Assert.Contains(tickets, t => t.Category == c));
        Assert.All(PageKinds, k => Assert.Contains(tickets, t => t.Pages.Contains(k)));
        Assert.Contains(tickets, t => t.Pages.Length == 0);
        Assert.Equal(3, tickets.Select(t => t.Request.Tier).Distinct().Count());
    }

    /// <summary>Share of tickets (percent) where a page the label calls for was not sent.</summary>
    public static double MissedPages(IReadOnlyCollection<Outcome> outcomes) =>
        outcomes.Count == 0 ? 0 : 100.0 * outcomes.Count(MissesAPage) / outcomes.Count;

    /// <summary>A tuning set's floors: tickets right on priority, category and route at least, tickets with a false page
    /// and with a due page not sent at most.</summary>
    public static void AssertFloors(IReadOnlyCollection<Outcome> outcomes, string name, int priority, int category, int route, int falsePages, int missedPages)
    {
        Assert.True(outcomes.Count(o => o.Priority == o.Ticket.Priority) >= priority, $"{name} priority");
        Assert.True(outcomes.Count(o => o.Category == o.Ticket.Category) >= category, $"{name} category");
        Assert.True(outcomes.Count(o => o.Route == o.Ticket.Route) >= route, $"{name} route");
        Assert.True(outcomes.Count(o => o.FalsePage) <= falsePages, $"{name} false pages");
        Assert.True(outcomes.Count(o => o.Ticket.Pages.Except(o.Pages).Any()) <= missedPages, $"{name} due pages not sent");
    }

    /// <summary>A fresh set's report: its figures, due pages not sent (per page kind), the confusion matrices and every miss.</summary>
    public static string SetReport(string name, IReadOnlyCollection<Outcome> outcomes)
    {
        var perKind = string.Join(", ", PageKinds.Select(k => string.Create(
            CultureInfo.InvariantCulture,
            $"{k}: due {outcomes.Count(o => o.Ticket.Pages.Contains(k))}, missed {outcomes.Count(o => o.Ticket.Pages.Contains(k) && !o.Pages.Contains(k))}, false {outcomes.Count(o => !o.Ticket.Pages.Contains(k) && o.Pages.Contains(k))}")));
        return string.Join(
            Environment.NewLine,
            "| Set | Tickets | Priority | Category | Route | All three | False pages |",
            "|---|---:|---:|---:|---:|---:|---:|",
            Row(name, Measure(outcomes)),
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Due pages not sent: {MissedPages(outcomes):0.0} % of tickets ({outcomes.Count(MissesAPage)}). Per page — {perKind}."),
            string.Empty,
            Report(outcomes),
            "MISSES:",
            Failures(outcomes));
    }

    private static bool MissesAPage(Outcome o) => o.Ticket.Pages.Except(o.Pages).Any();

    private static string Short(string s) => s.Length <= 140 ? s.Replace('\n', ' ') : s[..140].Replace('\n', ' ') + "…";
}
