using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Issue 15, "we will also run triage on realistic tickets you have not seen": 120 tickets (Corpus/tickets-fresh.jsonl,
/// Corpus/make_fresh.py) written and labelled in session 7 by someone who had not read tickets.jsonl's texts, committed
/// before any tool ran on them. The first run measured how triage generalises (docs/triage-and-escalation.md "Fresh
/// tickets (session 7)"); the lead then added the vocabulary and two rules their misses called for, so since then they
/// are tuning data, like the corpus's tuning half (the second fresh set, Corpus/tickets-fresh2.jsonl, is the unseen one).
/// The floors are the figures after those fixes: a change that reads fewer of them right fails here. Set TAI_CORPUS_REPORT=path to write the tables and every miss.
/// </summary>
public sealed class FreshTicketsAccuracyTests
{
    // First run (session 7, unseen), in tickets out of 120: priority 80, category 79, route 94, all three 67, false pages 3.
    // After the fixes fitted to its misses (same session): 105, 102, 112, 98 and 1. After session 8's fixes (fitted to the
    // third set): 110, 106, 115, 102 and 1 — the floors. Raise them; never lower them for a regression. Session 9 lowered
    // the category and all-three floors by one on purpose: a cosmetic defect of the product's screens is now Feature (the later sets'
    // labels and the quick reference's feature ladder, docs/triage-and-escalation.md), and this set labels its one such
    // ticket (F057, lowercase column headers) Other.
    private const int PriorityRight = 110;
    private const int CategoryRight = 105;
    private const int RouteRight = 115;
    private const int AllThreeRight = 101;
    private const int FalsePagesAtMost = 1;

    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load("tickets-fresh.jsonl");

    [Fact]
    public void The_fresh_set_has_120_labelled_tickets_covering_every_route_priority_tier_and_page()
    {
        Assert.Equal(120, Tickets.Count);
        Assert.All(Tickets, t => Assert.Equal("fresh", t.Split));
        Assert.All(Tickets, t => Assert.False(string.IsNullOrWhiteSpace(t.Reason)));
        Assert.Equal(Tickets.Count, Tickets.Select(t => t.Id).Distinct().Count());
        Assert.All(TriageCorpus.Routes, r => Assert.Contains(Tickets, t => t.Route == r));
        Assert.All(TriageCorpus.Priorities, p => Assert.Contains(Tickets, t => t.Priority == p));
        Assert.All(TriageCorpus.Categories, c => Assert.Contains(Tickets, t => t.Category == c));
        Assert.All(new[] { "vp", "legal", "status", "oncall" }, p => Assert.Contains(Tickets, t => t.Pages.Contains(p)));
        Assert.All(Enum.GetValues<TaiSupport.Core.Tickets.Tier>(), tier => Assert.Contains(Tickets, t => t.Request.Tier == tier));
    }

    [Fact]
    public void Fresh_tickets_read_at_least_as_well_as_when_first_measured()
    {
        var outcomes = TriageCorpus.Run(TicketTriage.Default, Tickets);
        var a = TriageCorpus.Measure(outcomes);
        if (Environment.GetEnvironmentVariable("TAI_CORPUS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join(
                Environment.NewLine,
                "| Set | Tickets | Priority | Category | Route | All three | False pages |",
                "|---|---:|---:|---:|---:|---:|---:|",
                TriageCorpus.Row("fresh (session 7)", a),
                string.Empty,
                $"counts: priority {outcomes.Count(o => o.Priority == o.Ticket.Priority)}, category {outcomes.Count(o => o.Category == o.Ticket.Category)}, "
                    + $"route {outcomes.Count(o => o.Route == o.Ticket.Route)}, all three {outcomes.Count(AllThree)}, false pages {outcomes.Count(o => o.FalsePage)}, "
                    + $"missed pages {outcomes.Count(o => o.Ticket.Pages.Except(o.Pages).Any())}",
                string.Empty,
                TriageCorpus.Report(outcomes),
                "MISSES:",
                TriageCorpus.Failures(outcomes),
                string.Empty,
                "PAGES (false / missed):",
                string.Join(Environment.NewLine, outcomes
                    .Where(o => !o.Pages.SequenceEqual(o.Ticket.Pages.Order(StringComparer.Ordinal)))
                    .Select(o => $"{o.Ticket.Id} want [{string.Join(",", o.Ticket.Pages.Order(StringComparer.Ordinal))}] got [{string.Join(",", o.Pages)}]")),
                string.Empty,
                "EVIDENCE OF MISSES:",
                string.Join(Environment.NewLine, outcomes.Where(o => !AllThree(o) || o.FalsePage).Select(o =>
                    $"== {o.Ticket.Id} conf {o.Result.Confidence}{Environment.NewLine}"
                    + string.Join(Environment.NewLine, o.Result.Evidence.Select(e => "  " + e))))));
        }

        Assert.True(outcomes.Count(o => o.Priority == o.Ticket.Priority) >= PriorityRight, $"priority {a.Priority:0.0} %");
        Assert.True(outcomes.Count(o => o.Category == o.Ticket.Category) >= CategoryRight, $"category {a.Category:0.0} %");
        Assert.True(outcomes.Count(o => o.Route == o.Ticket.Route) >= RouteRight, $"route {a.Route:0.0} %");
        Assert.True(outcomes.Count(AllThree) >= AllThreeRight, $"all three {a.All:0.0} %");
        Assert.True(outcomes.Count(o => o.FalsePage) <= FalsePagesAtMost, $"false pages {a.FalsePages:0.0} %");
    }

    private static bool AllThree(TriageCorpus.Outcome o) =>
        o.Priority == o.Ticket.Priority && o.Category == o.Ticket.Category && o.Route == o.Ticket.Route;
}
