namespace TaiSupport.Cli.Lines;

/// <summary>
/// What <c>tai assign --ticket</c> reads besides the triage ticket (the library's <c>TriageRequestJson</c>):
/// <c>{"complex": true, "relatedTickets": ["T7"]}</c> (docs/triage-and-escalation.md).
/// </summary>
internal sealed record AssignTicketExtras
{
    /// <summary>Whether the ticket needs a senior (§2.3); false when absent.</summary>
    public bool? Complex { get; init; }

    /// <summary>Earlier tickets of the same customer or issue, for continuity.</summary>
    public List<string>? RelatedTickets { get; init; }
}
