using System.Globalization;
using System.Text;
using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Measurements of the second reader (docs/triage-and-escalation.md, "The second reader"), written only when asked:
/// TAI_TRIAGE_READER_CV=path — leave-one-writer-out cross-validation over the training groups (train on seven, test on the
/// eighth), the rules alone against rules + reader; TAI_TRIAGE_READER_FRESH8=path — the single run on the unseen eighth
/// set, AGGREGATES ONLY (no ticket, no miss is printed).
/// </summary>
public sealed class TriageReaderMeasurementTests(ITestOutputHelper output)
{
    private static readonly decimal[] Thresholds = [0.9m, 0.95m, 0.99m, 0.999m];

    [Fact]
    public void Cross_validation_by_writer_when_asked()
    {
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_READER_CV") is not { Length: > 0 } path)
        {
            return;
        }

        var rules = TicketTriage.Default.WithReader(null);
        var sb = new StringBuilder();
        sb.AppendLine("| Held-out writer | Tickets | Engine | P / C / R / all / false pages / missed pages |");
        var totals = new Dictionary<string, List<TriageCorpus.Outcome>>();
        foreach (var (name, tickets) in TriageReaderTraining.Load())
        {
            var model = TriageReaderTrainer.Train(TriageReaderTraining.Examples(except: name));
            Add("rules", TriageCorpus.Run(rules, tickets));
            foreach (var t in Thresholds)
            {
                var hybrid = TicketTriage.Create(TriagePolicy.Default with { SecondReaderThreshold = t }).WithReader(model);
                Add($"rules + reader ≥ {t}", TriageCorpus.Run(hybrid, tickets));
            }

            void Add(string config, List<TriageCorpus.Outcome> outcomes)
            {
                sb.AppendLine(Line(name, config, outcomes));
                (totals.TryGetValue(config, out var all) ? all : totals[config] = []).AddRange(outcomes);
            }
        }

        foreach (var (config, outcomes) in totals)
        {
            sb.AppendLine(Line("all (pooled)", config, outcomes));
        }

        File.WriteAllText(path, sb.ToString());
        output.WriteLine(sb.ToString());
    }

    /// <summary>An unseen set's single run (fresh8 in session 12 by ml12, fresh9 once by the lead in session 12, fresh10 once by the lead in session 13; fresh11 once by the lead in session 14; fresh12 once by the lead at the end of session 14, on the final code and on the session start): aggregates only.</summary>
    [Theory]
    [InlineData("fresh8", "TAI_TRIAGE_READER_FRESH8")]
    [InlineData("fresh9", "TAI_TRIAGE_READER_FRESH9")]
    [InlineData("fresh10", "TAI_TRIAGE_READER_FRESH10")]
    [InlineData("fresh11", "TAI_TRIAGE_READER_FRESH11")]
    [InlineData("fresh12", "TAI_TRIAGE_READER_FRESH12")]
    public void The_single_run_on_an_unseen_set_prints_aggregates_only_when_asked(string set, string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } path)
        {
            return;
        }

        var tickets = TriageCorpus.Load($"tickets-{set}.jsonl");
        var sb = new StringBuilder();
        sb.AppendLine(Line(set, "rules alone", TriageCorpus.Run(TicketTriage.Default.WithReader(null), tickets)));
        sb.AppendLine(Line(set, "rules + reader (TicketTriage.Default)", TriageCorpus.Run(TicketTriage.Default, tickets)));
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>The corpus's held-out split (never trained on) with the shipped reader: rules alone and rules + reader.</summary>
    [Fact]
    public void The_held_out_split_with_and_without_the_reader_when_asked()
    {
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_READER_HELDOUT") is not { Length: > 0 } path)
        {
            return;
        }

        var tickets = TriageCorpus.Load().Where(t => t.Split == "heldout").ToList();
        var sb = new StringBuilder();
        sb.AppendLine(Line("heldout", "rules alone", TriageCorpus.Run(TicketTriage.Default.WithReader(null), tickets)));
        sb.AppendLine(Line("heldout", "rules + reader (TicketTriage.Default)", TriageCorpus.Run(TicketTriage.Default, tickets)));
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>TAI_TRIAGE_READER_DUMP=path: per training-group ticket (model trained without its writer) and per held-out
    /// ticket (model trained on every group), the rules' answers and evidence and the reader's answers with their
    /// probabilities, to study gates offline. Never fresh8.</summary>
    [Fact]
    public void Per_ticket_dump_for_gate_studies_when_asked()
    {
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_READER_DUMP") is not { Length: > 0 } path)
        {
            return;
        }

        var rules = TicketTriage.Default.WithReader(null);
        var lines = new List<string>();
        var groups = TriageReaderTraining.Load().Select(g => (g.Name, g.Tickets, Model: TriageReaderTrainer.Train(TriageReaderTraining.Examples(except: g.Name))))
            .Append(("heldout", TriageCorpus.Load().Where(t => t.Split == "heldout").ToList(), TriageReaderTrainer.Train(TriageReaderTraining.Examples())));
        foreach (var (name, tickets, model) in groups)
        {
            foreach (var t in tickets)
            {
                var r = rules.Evaluate(t.Request, TriageCorpus.Now);
                var m = model.Read(t.Request);
                lines.Add(System.Text.Json.JsonSerializer.Serialize(new
                {
                    group = name, id = t.Id,
                    want = new { priority = t.Priority, category = t.Category, route = t.Route, pages = t.Pages },
                    got = new { priority = r.Priority.ToString(), category = r.Category.ToString(), route = r.Route.ToString(), pages = TriageCorpus.PagesOf(r) },
                    model = new { priority = m.Priority.ToString(), pp = m.PriorityP, category = m.Category.ToString(), cp = m.CategoryP, route = m.Route.ToString(), rp = m.RouteP },
                    confidence = r.Confidence,
                    used = r.Evidence.Where(e => e.Used).Select(e => e.Signal).Distinct(),
                    structured = t.Request.Signals != Core.Tickets.TicketSignals.None,
                    priorityStep = r.Trace.First(s => s.Rule == "triage.priority").Reason,
                    categoryStep = r.Trace.First(s => s.Rule == "triage.category").Reason,
                    routeStep = r.Trace.First(s => s.Rule == "triage.route").Reason,
                    words = (t.Request.Subject + " " + t.Request.Body).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
                }));
            }
        }

        File.WriteAllLines(path, lines);
    }

    private static string Line(string group, string config, IReadOnlyCollection<TriageCorpus.Outcome> outcomes)
    {
        var a = TriageCorpus.Measure(outcomes);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {group} | {a.Count} | {config} | {a.Priority:0.0} / {a.Category:0.0} / {a.Route:0.0} / {a.All:0.0} / {a.FalsePages:0.0} / {TriageCorpus.MissedPages(outcomes):0.0} | overrides {outcomes.Count(o => o.Result.Trace.Any(s => s.Rule == "triage.reader" || s.Source.StartsWith("second reader", StringComparison.Ordinal)))} |");
    }
}
