using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The set Corpus/tickets-fresh11.jsonl (S001–S150, written in session 13: developers' pastes, business users, CSM escalations, mixed issues), labelled from the manual and D11–D17
/// by a helper who read neither the corpus texts, the earlier sets' files nor the keyword lists and rules, and committed
/// on its own before any engine ran on it (see Corpus/make_fresh11.py). It served its one unseen measurement on the
/// shipped code (rules + reader 74.0 / 84.7 / 90.7 %, false pages 2.7 %) and its misses were read and tuned on in session 14, so it is TUNING data now,
/// with floors at the figures reached then (rules + reader: 132 / 130 / 139 of 150, false pages 1 (0.7 %), due pages not sent 7). It stays in UnseenTicketSetTests' sets for
/// structure. The report is written when TAI_FRESH11_REPORT=path is set.
/// </summary>
public sealed class FreshTickets11Tests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<TriageCorpus.Ticket> Tickets = TriageCorpus.Load("tickets-fresh11.jsonl");

    /// <summary>Every ticket triages to known values, the report lists every miss (written when TAI_FRESH11_REPORT=path is
    /// set), and the figures stay at or above those reached when the set was tuned on (session 14).</summary>
    [Fact]
    public void Every_ticket_triages_the_report_lists_every_miss_and_the_tuned_figures_hold()
    {
        var outcomes = TriageCorpus.Run(TicketTriage.Default, Tickets);
        TriageCorpus.AssertKnownValues(outcomes);
        var report = TriageCorpus.SetReport("fresh11", outcomes);
        Assert.All(outcomes.Where(o => o.Priority != o.Ticket.Priority || o.Category != o.Ticket.Category || o.Route != o.Ticket.Route), o => Assert.Contains(o.Ticket.Id, report));
        if (Environment.GetEnvironmentVariable("TAI_FRESH11_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report);
            output.WriteLine($"fresh11 report written to {path}");
        }

        TriageCorpus.AssertFloors(outcomes, "fresh11", 132, 130, 139, 1, 7);
    }
}
