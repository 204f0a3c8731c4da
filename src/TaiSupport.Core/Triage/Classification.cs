using System.Collections.Immutable;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>What classification decided (D11): priority, category, and the effective signals with keywords filled in.</summary>
/// <param name="Tier">The customer's tier, as given.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Category">The category.</param>
/// <param name="Signals">The structured signals, with unknown ones filled in by keywords.</param>
/// <param name="Trace">Why: every keyword used or ignored, the priority rule and any floor, the category rule.</param>
public sealed record Classification(Tier Tier, Priority Priority, Category Category, TicketSignals Signals, ImmutableArray<TraceStep> Trace)
{
    /// <summary>How sure triage is of this classification, from 0 to 1 (see <c>docs/triage-and-escalation.md</c>, "Confidence").</summary>
    /// <value>The default is 1.</value>
    public decimal Confidence { get; init; } = 1m;

    /// <summary>Whether a person should review the classification: <see cref="Confidence"/> is below <see cref="TriagePolicy.ReviewBelowConfidence"/>.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>Why the classification needs review (conflicting or thin evidence); empty when it does not.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> ReviewReasons { get; init; } = [];

    /// <summary>The evidence the extractor found in the text, used or ignored.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<SignalEvidence> Evidence { get; init; } = [];
}

/// <summary>What routing decided (§2.1, D12).</summary>
/// <param name="Route">The route: the first matching tier of the §2.1 workflow.</param>
/// <param name="Actions">What the route itself requires (auto-response, page VP Product / CSM, …); empty for standard support.</param>
/// <param name="Trace">Why.</param>
public sealed record RoutingDecision(TicketRoute Route, ImmutableArray<DecisionAction> Actions, TraceStep Trace);
