using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Accuracy on the labelled corpus. The floors are asserted on the HELD-OUT half only (the acceptance
/// line); the tuning half is reported. Set TAI_CORPUS_REPORT=path to write the tables and every miss.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load();

    [Fact]
    public void The_corpus_has_at_least_300_labelled_tickets_in_two_halves()
    {
        Assert.True(Tickets.Count >= 300);
        Assert.All(Tickets, t => Assert.False(string.IsNullOrWhiteSpace(t.Reason)));
        Assert.InRange(Tickets.Count(t => t.Split == "heldout"), Tickets.Count / 3, Tickets.Count * 2 / 3);
        Assert.All(TriageCorpus.Routes, r => Assert.Contains(Tickets, t => t.Route == r));
        Assert.All(TriageCorpus.Priorities, p => Assert.Contains(Tickets, t => t.Priority == p));
    }

    [Fact]
    public void Held_out_accuracy_meets_the_floors()
    {
        var heldOut = TriageCorpus.Run(TicketTriage.Default, Tickets.Where(t => t.Split == "heldout"));
        var tuning = TriageCorpus.Run(TicketTriage.Default, Tickets.Where(t => t.Split == "tuning"));
        var a = TriageCorpus.Measure(heldOut);
        if (Environment.GetEnvironmentVariable("TAI_CORPUS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join(
                Environment.NewLine,
                "| Half | Tickets | Priority | Category | Route | All three | False pages |",
                "|---|---:|---:|---:|---:|---:|---:|",
                TriageCorpus.Row("tuning", TriageCorpus.Measure(tuning)),
                TriageCorpus.Row("held-out", a),
                string.Empty,
                "Held-out:",
                TriageCorpus.Report(heldOut),
                "Tuning:",
                TriageCorpus.Report(tuning),
                "TUNING MISSES:",
                TriageCorpus.Failures(tuning),
                string.Empty,
                "HELD-OUT MISSES:",
                TriageCorpus.Failures(heldOut)));
        }

        Assert.True(a.Priority >= 90, $"held-out priority {a.Priority:0.0} %");
        Assert.True(a.Route >= 90, $"held-out route {a.Route:0.0} %");
        Assert.True(a.Category >= 85, $"held-out category {a.Category:0.0} %");
        Assert.True(a.FalsePages <= 2, $"held-out false pages {a.FalsePages:0.0} %");
    }
}

/// <summary>Debug aid: TAI_TRIAGE_DEBUG=C042-0,C156-0 TAI_CORPUS_REPORT=path writes the evidence and trace of those tuning tickets.</summary>
public sealed class CorpusDebug
{
    [Fact]
    public void Write_evidence_of_listed_tuning_tickets()
    {
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_DEBUG") is not { Length: > 0 } ids || Environment.GetEnvironmentVariable("TAI_DEBUG_OUT") is not { Length: > 0 } path)
        {
            return;
        }

        var wanted = ids.Split(',');
        var lines = new List<string>();
        foreach (var t in TriageCorpus.Load().Where(t => t.Split == "tuning" && wanted.Contains(t.Id)))
        {
            var r = TicketTriage.Default.Evaluate(t.Request, TriageCorpus.Now);
            lines.Add($"== {t.Id} {r.Priority}/{r.Category}/{r.Route} conf {r.Confidence}");
            lines.AddRange(r.Evidence.Select(e => "  " + e));
            lines.AddRange(r.Trace.Take(12).Select(s => "  . " + s.Reason));
        }

        File.WriteAllLines(path, lines);
    }
}
