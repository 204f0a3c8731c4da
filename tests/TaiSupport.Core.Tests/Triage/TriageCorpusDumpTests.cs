using System.Text.Json;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// A tool, not a check: when TAI_TRIAGE_DUMP=path is set, writes one JSON line per labelled ticket of every set (the
/// corpus and the fresh sets) with what triage decided and what the label says, so a change to the keywords or rules can
/// be compared ticket by ticket (<c>tools/triage-diff.py</c>). Without the variable it does nothing.
/// </summary>
public sealed class TriageCorpusDumpTests
{
    private static readonly string[] Files = ["tickets.jsonl", "tickets-fresh.jsonl", "tickets-fresh2.jsonl", "tickets-fresh3.jsonl", "tickets-fresh4.jsonl"];

    [Fact]
    public void Dump_every_labelled_ticket_when_asked()
    {
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_DUMP") is not { Length: > 0 } path)
        {
            return;
        }

        var lines = Files.SelectMany(f => TriageCorpus.Run(TicketTriage.Default, TriageCorpus.Load(f)))
            .Select(o => JsonSerializer.Serialize(new
            {
                id = o.Ticket.Id, split = o.Ticket.Split, tier = o.Ticket.Request.Tier.ToString(),
                want = new { priority = o.Ticket.Priority, category = o.Ticket.Category, route = o.Ticket.Route, pages = o.Ticket.Pages.Order(StringComparer.Ordinal) },
                got = new { priority = o.Priority, category = o.Category, route = o.Route, pages = o.Pages },
                evidence = o.Result.Evidence.Select(e => e.ToString()),
                subject = o.Ticket.Request.Subject,
            }));
        File.WriteAllLines(path, lines);
    }
}
