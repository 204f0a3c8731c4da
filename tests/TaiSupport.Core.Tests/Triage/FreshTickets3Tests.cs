using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The THIRD fresh set (Corpus/tickets-fresh3.jsonl, H001–H120, session 7): written and labelled from the manual and
/// D11–D16 by a helper who read neither the corpus texts nor the keyword lists, and committed on its own before any
/// engine ran on it. Measured once unseen at the end of session 7 (60.8 / 55.0 / 74.2 %, false pages 5.0 %, due pages
/// missed 19.2 %); session 8 then fitted phrases and rules to its misses, so it is tuning data now and holds floors
/// (the fourth set was the unseen one in session 8, the fifth in session 9). Report: TAI_FRESH3_REPORT=path.
/// </summary>
public sealed class FreshTickets3Tests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load("tickets-fresh3.jsonl");

    [Fact]
    public void The_third_set_has_120_labelled_tickets_covering_every_route_priority_category_page_and_tier()
    {
        TriageCorpus.AssertCoversEverything(Tickets, "fresh3", 120);
    }

    /// <summary>Floors: the figures after session 9's fixes (107, 99 and 109 of 120 exact; 3 tickets with a false page, 7 with a due page not sent; after session 8: 107, 96, 109). Raise them; never lower them.</summary>
    [Fact]
    public void The_third_set_reads_at_least_as_well_as_after_session_8()
    {
        var outcomes = TriageCorpus.Run(TicketTriage.Default, Tickets);
        if (Environment.GetEnvironmentVariable("TAI_FRESH3_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, TriageCorpus.SetReport("fresh3", outcomes));
            output.WriteLine($"fresh3 report written to {path}");
        }

        TriageCorpus.AssertFloors(outcomes, "fresh3", 107, 99, 109, 3, 7);
    }
}
