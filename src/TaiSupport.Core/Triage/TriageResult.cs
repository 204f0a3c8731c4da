using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>An action to take with its window and the instant it is due (manual §4.2 "every action with its response window").</summary>
/// <param name="Action">The stable action name (<see cref="EscalationActions"/>).</param>
/// <param name="Within">The window; zero means immediately; null when the manual gives none.</param>
/// <param name="Due">When it is due: the decision instant plus the window (in business time for §4.4 MEDIUM); null without a window.</param>
/// <param name="Source">The manual section and D id.</param>
/// <param name="Description">What to do, in the manual's words.</param>
public sealed record ScheduledAction(string Action, Duration? Within, Instant? Due, string Source, string Description);

/// <summary>Everything triage decided about one ticket, with the trace that explains it.</summary>
public sealed record TriageResult
{
    /// <summary>The ticket's id, as given.</summary>
    public string? Id { get; init; }

    /// <summary>The customer's tier, as given.</summary>
    public required Tier Tier { get; init; }

    /// <summary>The priority (D11).</summary>
    public required Priority Priority { get; init; }

    /// <summary>The category (§2.2.2).</summary>
    public required Category Category { get; init; }

    /// <summary>The route (§2.1, D12).</summary>
    public required TicketRoute Route { get; init; }

    /// <summary>Who holds the ticket in the §4.1 tier matrix.</summary>
    public required EscalationTier HeldBy { get; init; }

    /// <summary>The §4.4 engineering escalation level; null when the ticket does not go to engineering.</summary>
    public EngineeringLevel? EngineeringLevel { get; init; }

    /// <summary>
    /// Every action, in this order: the route's (§2.1), the §4.2 escalation criteria's, the §4.3 churn triggers' and
    /// the §4.4 engineering protocol's. The same action may appear twice from different rules (VP Product paged
    /// within 1 h for a critical ticket and immediately for a customer who says "canceling"); each keeps its source.
    /// </summary>
    public required ImmutableArray<ScheduledAction> Actions { get; init; }

    /// <summary>The effective signals (structured, with keyword fills).</summary>
    public required TicketSignals Signals { get; init; }

    /// <summary>Why, step by step: classification, route, then the §4.2, §4.3, §4.1 and §4.4 trees' paths.</summary>
    public required ImmutableArray<TraceStep> Trace { get; init; }

    /// <summary>The instant the decision was made at.</summary>
    public required Instant Now { get; init; }

    /// <summary>How sure triage is, from 0 to 1 (see <c>docs/triage-and-escalation.md</c>, "Confidence").</summary>
    /// <value>The default is 1.</value>
    public decimal Confidence { get; init; } = 1m;

    /// <summary>Whether a person should review the decision (<see cref="Confidence"/> below <see cref="TriagePolicy.ReviewBelowConfidence"/>).</summary>
    public bool NeedsReview { get; init; }

    /// <summary>Why the decision needs review; empty when it does not.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> ReviewReasons { get; init; } = [];

    /// <summary>The evidence found in the text (the words behind every signal), used or ignored.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<SignalEvidence> Evidence { get; init; } = [];

    /// <summary>True when the policy held this uncertain decision's pages for a person (<see cref="UncertainPagePolicy.Hold"/>).</summary>
    public bool PagesHeldForReview { get; init; }
}
