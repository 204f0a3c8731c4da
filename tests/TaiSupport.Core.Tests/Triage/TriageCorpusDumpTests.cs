using System.Text.Json;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Triages every labelled ticket of every set (the corpus and the fresh sets) and checks each gets an answer in the
/// labels' vocabulary; when TAI_TRIAGE_DUMP=path is set it also writes one JSON line per ticket with what triage decided
/// and what the label says, so a change to the keywords or rules can be compared ticket by ticket
/// (<c>tools/triage-diff.py</c>).
/// </summary>
public sealed class TriageCorpusDumpTests
{
    private static readonly string[] Files = ["tickets.jsonl", "tickets-fresh.jsonl", "tickets-fresh2.jsonl", "tickets-fresh3.jsonl", "tickets-fresh4.jsonl", "tickets-fresh5.jsonl", "tickets-fresh6.jsonl", "tickets-fresh7.jsonl", "tickets-fresh8.jsonl", "tickets-fresh9.jsonl", "tickets-fresh10.jsonl", "tickets-fresh11.jsonl", "tickets-fresh12.jsonl"];

    [Fact]
    public void Every_labelled_ticket_triages_to_known_values_and_is_dumped_when_asked()
    {
        var sets = Files.Select(f => TriageCorpus.Load(f)).ToList();
        var outcomes = sets.SelectMany(set => TriageCorpus.Run(TicketTriage.Default, set)).ToList();
        Assert.Equal(sets.Sum(set => set.Count), outcomes.Count);
        TriageCorpus.AssertKnownValues(outcomes);
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_DUMP") is { Length: > 0 } path)
        {
            Dump(path, outcomes);
        }

        // TAI_TRIAGE_DUMP_RULES=path: the same dump from the rules alone (no second reader), to see a rule change
        // without the model's overrides on top.
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_DUMP_RULES") is { Length: > 0 } rulesPath)
        {
            Dump(rulesPath, sets.SelectMany(set => TriageCorpus.Run(TicketTriage.Default.WithReader(null), set)).ToList());
        }
    }

    private static void Dump(string path, List<TriageCorpus.Outcome> outcomes)
    {
        File.WriteAllLines(path, outcomes.Select(o => JsonSerializer.Serialize(new
        {
            id = o.Ticket.Id, split = o.Ticket.Split, tier = o.Ticket.Request.Tier.ToString(),
            want = new { priority = o.Ticket.Priority, category = o.Ticket.Category, route = o.Ticket.Route, pages = o.Ticket.Pages.Order(StringComparer.Ordinal) },
            got = new { priority = o.Priority, category = o.Category, route = o.Route, pages = o.Pages },
            evidence = o.Result.Evidence.Select(e => e.ToString()),
            subject = o.Ticket.Request.Subject,
        })));
    }
}
