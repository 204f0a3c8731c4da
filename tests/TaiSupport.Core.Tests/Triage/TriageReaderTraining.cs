using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The second reader's training groups, one per writer: the corpus's TUNING split (never its held-out split, whose
/// figures the issue reports) and the fresh sets fresh … fresh7 (never fresh8, the unseen set left, nor any later set).
/// </summary>
public static class TriageReaderTraining
{
    /// <summary>The groups in a fixed order: name, file, split kept.</summary>
    public static readonly (string Name, string File, string Split)[] Groups =
    [
        ("corpus", "tickets.jsonl", "tuning"),
        ("fresh", "tickets-fresh.jsonl", "fresh"),
        ("fresh2", "tickets-fresh2.jsonl", "fresh2"),
        ("fresh3", "tickets-fresh3.jsonl", "fresh3"),
        ("fresh4", "tickets-fresh4.jsonl", "fresh4"),
        ("fresh5", "tickets-fresh5.jsonl", "fresh5"),
        ("fresh6", "tickets-fresh6.jsonl", "fresh6"),
        ("fresh7", "tickets-fresh7.jsonl", "fresh7"),
    ];

    private static readonly Lazy<IReadOnlyList<(string Name, IReadOnlyList<TriageCorpus.Ticket> Tickets)>> Loaded = new(() =>
        [.. Groups.Select(g => (g.Name, (IReadOnlyList<TriageCorpus.Ticket>)[.. TriageCorpus.Load(g.File).Where(t => t.Split == g.Split)]))]);

    /// <summary>Every training group's tickets.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<TriageCorpus.Ticket> Tickets)> Load() => Loaded.Value;

    /// <summary>A labelled ticket as a training example.</summary>
    internal static TriageReaderExample Example(TriageCorpus.Ticket t) => new(
        t.Request, Enum.Parse<Priority>(t.Priority), Enum.Parse<Category>(t.Category), Enum.Parse<TicketRoute>(t.Route));

    /// <summary>The examples of every group but <paramref name="except"/>.</summary>
    internal static IEnumerable<TriageReaderExample> Examples(string? except = null) =>
        Load().Where(g => g.Name != except).SelectMany(g => g.Tickets).Select(Example);
}
