using System.Text.Json.Serialization;
using TaiSupport.Core.Json;

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

/// <summary>The contracts of <c>tai assign</c>'s own fields.</summary>
[JsonSerializable(typeof(AssignTicketExtras))]
internal sealed partial class AssignLines : JsonSerializerContext
{
    /// <summary>The contracts in the library's spellings.</summary>
    public static AssignLines Contracts { get; } = new(TaiJson.ContractOptions());
}
