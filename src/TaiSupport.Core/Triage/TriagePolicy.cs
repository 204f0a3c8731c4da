using System.Collections.Immutable;
using FluentValidation.Results;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Everything triage and escalation decide with, as data: the keyword phrases (D11, D12), the auto-resolve list
/// (§2.1, D12), the priority floors, the §4 escalation numbers (<see cref="Escalation"/>, D13–D15) and the §2.3
/// assignment rules (<see cref="Assignment"/>). Load it from JSON with <see cref="TriagePolicyJson"/>; change one
/// value with <c>with</c>.
/// </summary>
/// <example>
/// <code>
/// var policy = TriagePolicy.Default with
/// {
///     AutoResolveApiErrors = ["401", "403", "429", "malformedJson"],
///     Escalation = EscalationPolicy.Default with { FinancialImpactAbove = 25_000m },
/// };
/// var triage = TicketTriage.Create(policy);
/// </code>
/// </example>
public sealed record TriagePolicy
{
    private static readonly TriagePolicyValidator Validator = new();

    /// <summary>The manual's reading (default-policy D11–D15).</summary>
    public static TriagePolicy Default { get; } = new();

    /// <summary>
    /// The phrases that fill in each yes/no signal when the structured signal is unknown: whole words or phrases,
    /// case-insensitive (see <c>docs/triage-and-escalation.md</c>, "Keywords").
    /// </summary>
    /// <value>The default is <see cref="DefaultKeywords.Signals"/>: "production down", "outage", "losing money", "canceling",
    /// "leaving", … (manual §2.2.1 "production down" or "losing money", §4.3 "canceling" or "leaving", D11, D14).</value>
    public ImmutableDictionary<KeywordSignal, ImmutableArray<string>> Keywords { get; init; } = DefaultKeywords.Signals;

    /// <summary>The phrases that reveal an API error code when <see cref="TicketSignals.ApiErrorCode"/> is unknown, by code.</summary>
    /// <value>The default is <see cref="DefaultKeywords.ApiErrors"/>: "401 unauthorized", "too many requests", "malformed json",
    /// "internal server error", … (manual §2.1 Tier 1, D12).</value>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> ApiErrorKeywords { get; init; } = DefaultKeywords.ApiErrors;

    /// <summary>The API errors answered with the auto-response and closed; any other API error goes to engineering. Compared case-insensitively.</summary>
    /// <value>The default is <c>401</c>, <c>429</c> and <c>malformedJson</c> (manual §2.1 "auto-resolve list (401, 429, malformed JSON, etc.)", D12).</value>
    public ImmutableArray<string> AutoResolveApiErrors { get; init; } = ["401", "429", "malformedJson"];

    /// <summary>The lowest priority of a ticket whose customer threatens churn.</summary>
    /// <value>The default is <see cref="Priority.High"/>: a ticket that pages VP Product within 2 hours is not left at Low (our reading of §4.2 and §4.3, recorded in the docs' Choices).</value>
    public Priority ChurnThreatPriority { get; init; } = Priority.High;

    /// <summary>The lowest priority of a legal or security issue (including a security vulnerability).</summary>
    /// <value>The default is <see cref="Priority.High"/>: General Counsel and the CISO answer within 4 hours (our reading of §4.1 Tier 4 and §4.2).</value>
    public Priority LegalOrSecurityPriority { get; init; } = Priority.High;

    /// <summary>The lowest priority of a ticket reporting data loss or corruption.</summary>
    /// <value>The default is <see cref="Priority.Critical"/>: data loss is a P1 incident (manual §3.1, D16) and URGENT for engineering (§4.4).</value>
    public Priority DataLossPriority { get; init; } = Priority.Critical;

    /// <summary>Below this confidence (0–1) a triage result is marked <c>needsReview</c>.</summary>
    /// <value>The default is 0.6 (our reading; the manual is silent, see the docs' Choices).</value>
    public decimal ReviewBelowConfidence { get; init; } = 0.6m;

    /// <summary>What happens to the pages of a result that needs review.</summary>
    /// <value>The default is <see cref="UncertainPagePolicy.Send"/>: an uncertain page still goes out (a missed outage costs more than a false page the on-call can dismiss).</value>
    public UncertainPagePolicy UncertainPages { get; init; } = UncertainPagePolicy.Send;

    /// <summary>
    /// Whether <see cref="TicketTriage.Evaluate"/> asks the second reader — a naive Bayes model per field trained on the
    /// labelled ticket sets and shipped with the library — after the rules have decided: where the model is at least
    /// <see cref="SecondReaderThreshold"/> sure of a priority, category or route, its answer replaces the rules' (never on a
    /// ticket with structured signals, a given priority or category, and never the route of an API error), the pages
    /// follow from the final values, and the override is in the trace and the review reasons
    /// (<c>docs/triage-and-escalation.md</c>, "The second reader").
    /// </summary>
    /// <value>The default is true: on a writer the rules were never tuned on it raises all three fields (measured by
    /// leave-one-writer-out cross-validation and on the eighth unseen set, see the docs).</value>
    public bool SecondReader { get; init; } = true;

    /// <summary>The least probability (0.5–1) at which the second reader's answer replaces the rules' (<see cref="SecondReader"/>).</summary>
    /// <value>The default is 0.99 (lower thresholds gained nothing on the writers the rules were not tuned on; session 11 experiment).</value>
    public decimal SecondReaderThreshold { get; init; } = 0.99m;

    /// <summary>The §4 escalation numbers.</summary>
    /// <value>The default is <see cref="EscalationPolicy.Default"/> (D13–D15).</value>
    public EscalationPolicy Escalation { get; init; } = EscalationPolicy.Default;

    /// <summary>The §2.3 assignment rules.</summary>
    /// <value>The default is <see cref="AssignmentPolicy.Default"/>.</value>
    public AssignmentPolicy Assignment { get; init; } = AssignmentPolicy.Default;

    /// <summary>Checks a policy, naming every problem with its JSON path (<c>escalation.csatBelow</c>, <c>keywords.churnThreat[2]</c>).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Every problem; valid when there is none.</returns>
    public static ValidationResult Validate(TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Validator.Validate(policy);
    }

    /// <summary>Equal values everywhere, keyword lists compared by content (issue 11).</summary>
    /// <param name="other">The other policy.</param>
    /// <returns>True when both policies hold the same values.</returns>
    public bool Equals(TriagePolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (ChurnThreatPriority == other.ChurnThreatPriority && LegalOrSecurityPriority == other.LegalOrSecurityPriority
                && DataLossPriority == other.DataLossPriority && ReviewBelowConfidence == other.ReviewBelowConfidence
                && UncertainPages == other.UncertainPages && SecondReader == other.SecondReader
                && SecondReaderThreshold == other.SecondReaderThreshold && Escalation.Equals(other.Escalation) && Assignment.Equals(other.Assignment)
                && ValueEquality.Map(Keywords, other.Keywords, (x, y) => ValueEquality.Sequence(x, y))
                && ValueEquality.Map(ApiErrorKeywords, other.ApiErrorKeywords, (x, y) => ValueEquality.Sequence(x, y))
                && ValueEquality.Sequence(AutoResolveApiErrors, other.AutoResolveApiErrors)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(ChurnThreatPriority, DataLossPriority, ReviewBelowConfidence, UncertainPages, Escalation, Keywords.Count, ApiErrorKeywords.Count, ValueEquality.Length(AutoResolveApiErrors));
}

/// <summary>What triage does with the pages of a result that needs review (<see cref="TriagePolicy.UncertainPages"/>).</summary>
public enum UncertainPagePolicy
{
    /// <summary>Page anyway; the result is still marked <c>needsReview</c>.</summary>
    Send,

    /// <summary>Hold every page and status-page action; one <c>reviewBeforePaging</c> action (due now) asks a person to confirm first.</summary>
    Hold,
}
