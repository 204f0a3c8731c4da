using System.Text;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Benchmarks.Triage;

/// <summary>Realistic ticket text: support-style English sentences, with the decisive phrase near the end of the body.</summary>
internal static class TriageBenchmarkData
{
    /// <summary>Monday 2026-01-26 10:00 PST.</summary>
    public static readonly NodaTime.Instant Now = NodaTime.Instant.FromUtc(2026, 1, 26, 18, 0);

    private static readonly string[] Sentences =
    [
        "Hi team, we have been using the scheduling API for a few months and it has mostly been great.",
        "Since this morning some of our requests take much longer than usual and a few of them time out.",
        "We checked our own logs and the client library is on the latest version, nothing changed on our side.",
        "Could you please have a look at the request ids below and tell us what you see on your end?",
        "The dashboard shows the jobs as queued but the status never changes, even after an hour.",
        "Our customers are starting to notice, so any update would be appreciated as soon as possible.",
        "I can share more details or jump on a call if that helps, just let me know what you need.",
        "We also noticed the export to CSV adds an extra column, although that is less important right now.",
        "For context, we process around forty thousand events per day and the account is on the annual plan.",
    ];

    /// <summary>A body of about <paramref name="length"/> characters ending with <paramref name="ending"/>.</summary>
    public static string Body(int length, string ending, int seed = 0)
    {
        var text = new StringBuilder();
        var i = seed;
        while (text.Length + ending.Length < length)
        {
            text.Append(Sentences[i++ % Sentences.Length]).Append(' ');
        }

        return text.Append(ending).ToString();
    }

    public static TriageRequest Ticket(int length) => new()
    {
        Id = "B1",
        Tier = Tier.Professional,
        Subject = "Jobs stuck in queued state",
        Body = Body(length, "Honestly the whole thing is not working and we are losing money every hour."),
        Signals = new TicketSignals { FinancialImpact = 12_000m },
    };
}
