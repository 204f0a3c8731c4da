using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The FOURTH set (Corpus/tickets-fresh4.jsonl, K001–K150, session 8): written and labelled from the manual and D11–D16
/// by a helper who read neither the corpus texts, the earlier fresh sets' files nor the keyword lists and rules, and
/// committed on its own before any engine ran on it (see Corpus/make_fresh4.py for the labelling rules and a
/// disclosure). Measured unseen once at the end of session 8 (73.3 / 63.3 / 77.3 %, false pages 1.3 %, due pages missed
/// 12.0 %); session 9 then fitted phrases and rules to its misses (docs/triage-and-escalation.md "Fixes from the fourth
/// set (session 9)"), so it is tuning data now and holds floors; the fifth set (Corpus/tickets-fresh5.jsonl) is the
/// unseen one. Report: TAI_FRESH4_REPORT=path.
/// </summary>
public sealed class FreshTickets4Tests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load("tickets-fresh4.jsonl");

    [Fact]
    public void The_fourth_set_has_150_labelled_tickets_covering_every_route_priority_category_page_and_tier()
    {
        TriageCorpus.AssertCoversEverything(Tickets, "fresh4", 150);
    }

    /// <summary>Floors: the figures after session 9's fixes (135, 128 and 143 of 150 exact; 1 ticket with a false page, 3
    /// with a due page not sent). Raise them; never lower them.</summary>
    [Fact]
    public void The_fourth_set_reads_at_least_as_well_as_after_session_9()
    {
        var outcomes = TriageCorpus.Run(TicketTriage.Default, Tickets);
        TriageCorpus.AssertKnownValues(outcomes);
        if (Environment.GetEnvironmentVariable("TAI_FRESH4_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, TriageCorpus.SetReport("fresh4", outcomes));
            output.WriteLine($"fresh4 report written to {path}");
        }

        TriageCorpus.AssertFloors(outcomes, "fresh4", 135, 128, 143, 1, 3);
    }
}
