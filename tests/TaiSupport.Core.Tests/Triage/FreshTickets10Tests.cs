using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The set Corpus/tickets-fresh10.jsonl (R001–R150, written in session 13: chat and phone transcripts, web forms, account-manager forwards), labelled from the manual and D11–D17
/// by a helper who read neither the corpus texts, the earlier sets' files nor the keyword lists and rules, and committed
/// on its own before any engine ran on it (see Corpus/make_fresh10.py). It served its one unseen measurement on the
/// shipped code (rules + reader 80.0 / 84.0 / 84.7 %, false pages 4.7 %) and its misses were read and tuned on in session 14, so it is TUNING data now,
/// with floors at the figures reached then (rules + reader: 128 / 127 / 129 of 150, false pages 4 (2.7 %), due pages not sent 11). It stays in UnseenTicketSetTests' sets for
/// structure. The report is written when TAI_FRESH10_REPORT=path is set.
/// </summary>
public sealed class FreshTickets10Tests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load("tickets-fresh10.jsonl");

    /// <summary>Every ticket triages to known values, the report lists every miss (written when TAI_FRESH10_REPORT=path is
    /// set), and the figures stay at or above those reached when the set was tuned on (session 14).</summary>
    [Fact]
    public void Every_ticket_triages_the_report_lists_every_miss_and_the_tuned_figures_hold()
    {
        var outcomes = TriageCorpus.Run(TicketTriage.Default, Tickets);
        TriageCorpus.AssertKnownValues(outcomes);
        var report = TriageCorpus.SetReport("fresh10", outcomes);
        Assert.All(outcomes.Where(o => o.Priority != o.Ticket.Priority || o.Category != o.Ticket.Category || o.Route != o.Ticket.Route), o => Assert.Contains(o.Ticket.Id, report));
        if (Environment.GetEnvironmentVariable("TAI_FRESH10_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report);
            output.WriteLine($"fresh10 report written to {path}");
        }

        TriageCorpus.AssertFloors(outcomes, "fresh10", 128, 127, 129, 4, 11);
    }
}
