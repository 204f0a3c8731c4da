using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Accuracy on the SECOND unseen set (Corpus/tickets-fresh2.jsonl, G001–G120, session 7): written and labelled from the
/// manual and D11–D16 by a helper who read neither the corpus nor the keyword lists, and committed (0b776ca) before any
/// engine ran on it. Measured exactly as <see cref="CorpusAccuracyTests"/> measures the held-out half. First measured
/// unseen on the code before any session-7 fix (66.7 / 56.7 / 73.3 %, false pages 6.7 %, due pages missed 16.7 %), then
/// — still unseen — after the fixes fitted to the FIRST fresh set (69.2 / 57.5 / 75.0 %, 5.0 %); then the lead fixed
/// two of its false-page patterns (past outages, "exploit the API") and added phrases from its misses, so it is tuning
/// data now (Corpus/tickets-fresh3.jsonl is the unseen set). The floors below are the figures after those fixes
/// (a regression fails); the targets (priority and route ≥ 90 %,
/// category ≥ 85 %, false pages ≤ 2 %) are reported beside them. Tuning rules on this set's misses makes it seen:
/// write a new set to measure honestly again.
/// Report: TAI_FRESH2_REPORT=path, or TAI_CORPUS_REPORT=path (written to path as given when its name contains
/// "fresh2", else beside it as NAME-fresh2.EXT so that a run of the whole suite does not overwrite the corpus report).
/// </summary>
public sealed class FreshTickets2AccuracyTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load("tickets-fresh2.jsonl");

    // Floors = the figures measured on this branch's code (see docs/triage-and-escalation.md "Second fresh set (session 7)").
    // Measured on main 625b4f8 (session 7, before the lead's fixes): 80, 68 and 88 of 120 exact; 8 tickets with a
    // false page, 20 with a due page not sent. After session 8's fixes (fitted to this set and the third):
    // 85.0 / 72.5 / 85.0 %, false pages 2.5 %, due pages missed 5.8 % (7 tickets). After session 9's fixes (fitted to the
    // fourth set): 86.7 / 76.7 / 85.8 % — the floors (just under, for rounding). Raise these when the engine improves.
    private const double PriorityFloor = 86.6;
    private const double CategoryFloor = 76.6;
    private const double RouteFloor = 85.8;
    private const double FalsePagesCeiling = 2.5;
    private const double MissedPagesCeiling = 5.9;

    [Fact]
    public void The_set_has_120_labelled_tickets_covering_every_route_priority_tier_and_category()
    {
        Assert.Equal(120, Tickets.Count);
        Assert.Equal(120, Tickets.Select(t => t.Id).Distinct().Count());
        Assert.All(Tickets, t => Assert.False(string.IsNullOrWhiteSpace(t.Reason)));
        Assert.All(TriageCorpus.Routes, r => Assert.Contains(Tickets, t => t.Route == r));
        Assert.All(TriageCorpus.Priorities, p => Assert.Contains(Tickets, t => t.Priority == p));
        Assert.All(TriageCorpus.Categories, c => Assert.Contains(Tickets, t => t.Category == c));
        Assert.Equal(3, Tickets.Select(t => t.Request.Tier).Distinct().Count());
    }

    [Fact]
    public void Accuracy_on_the_second_fresh_set_does_not_regress()
    {
        var outcomes = TriageCorpus.Run(TicketTriage.Default, Tickets);
        var a = TriageCorpus.Measure(outcomes);
        var missed = TriageCorpus.MissedPages(outcomes);
        var report = TriageCorpus.SetReport("fresh2", outcomes);
        output.WriteLine(report);
        if (ReportPath() is { } path)
        {
            File.WriteAllText(path, report);
        }

        Assert.True(a.Priority >= PriorityFloor, $"fresh2 priority {a.Priority:0.0} % < floor {PriorityFloor} %");
        Assert.True(a.Category >= CategoryFloor, $"fresh2 category {a.Category:0.0} % < floor {CategoryFloor} %");
        Assert.True(a.Route >= RouteFloor, $"fresh2 route {a.Route:0.0} % < floor {RouteFloor} %");
        Assert.True(a.FalsePages <= FalsePagesCeiling, $"fresh2 false pages {a.FalsePages:0.0} % > ceiling {FalsePagesCeiling} %");
        Assert.True(missed <= MissedPagesCeiling, $"fresh2 due pages not sent {missed:0.0} % > ceiling {MissedPagesCeiling} %");
    }

    private static string? ReportPath()
    {
        if (Environment.GetEnvironmentVariable("TAI_FRESH2_REPORT") is { Length: > 0 } own)
        {
            return own;
        }

        if (Environment.GetEnvironmentVariable("TAI_CORPUS_REPORT") is not { Length: > 0 } shared)
        {
            return null;
        }

        return Path.GetFileName(shared).Contains("fresh2", StringComparison.OrdinalIgnoreCase)
            ? shared
            : Path.Combine(Path.GetDirectoryName(shared) ?? string.Empty, Path.GetFileNameWithoutExtension(shared) + "-fresh2" + Path.GetExtension(shared));
    }
}
