using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Every number of the manual's incident chapter as data: the declaration thresholds (§3.1, D16), the playbook's clocks
/// (§3.2, §3.3, §5.3, D17), the service credit (§3.2 phase 5) and the on-call response windows (§5.2, §5.3).
/// </summary>
/// <remarks>
/// Change one value with <c>with</c>; load and save with <see cref="IncidentPolicyJson"/>; check with
/// <see cref="IncidentPolicyValidator"/>. Thresholds are strict: a signal must be <em>more than</em> the threshold to fire.
/// </remarks>
/// <example>
/// <code>
/// var policy = IncidentPolicy.Default with { Level2PageAfter = Duration.FromMinutes(30) };
/// </code>
/// </example>
public sealed record IncidentPolicy
{
    /// <summary>The manual's policy, read through default-policy.md (D16, D17).</summary>
    public static IncidentPolicy Default { get; } = new();

    /// <summary>P1 when the API has been down for more than this.</summary>
    /// <value>The default is 3 minutes (manual §3.1, D16).</value>
    public Duration ApiDownOver { get; init; } = Duration.FromMinutes(3);

    /// <summary>P1 when more than this share of customers (0–100) cannot use a core feature.</summary>
    /// <value>The default is 50 % (manual §3.1, D16).</value>
    public decimal CustomersUnableCoreFeatureOverPct { get; init; } = 50m;

    /// <summary>P2 when one customer has been unable to use a core feature for more than this.</summary>
    /// <value>The default is 15 minutes (manual §3.1, D16).</value>
    public Duration SingleCustomerOutageOver { get; init; } = Duration.FromMinutes(15);

    /// <summary>P2 (feature degradation) when latency is more than this.</summary>
    /// <value>The default is 1 second (manual §3.1, D16).</value>
    public Duration LatencyOver { get; init; } = Duration.FromSeconds(1);

    /// <summary>P2 (feature degradation) when the error rate is more than this percentage.</summary>
    /// <value>The default is 5 % (manual §3.1, D16).</value>
    public decimal ErrorRateOverPct { get; init; } = 5m;

    /// <summary>P2 when more than this percentage of webhooks is not delivered.</summary>
    /// <value>The default is 20 % (manual §3.1, D16).</value>
    public decimal WebhookFailureOverPct { get; init; } = 20m;

    /// <summary>P3 (significant) when latency is more than this; must be below <see cref="LatencyOver"/>.</summary>
    /// <value>The default is 500 milliseconds (manual §5.3, D16).</value>
    public Duration SignificantLatencyOver { get; init; } = Duration.FromMilliseconds(500);

    /// <summary>
    /// The criteria a <see cref="UserError"/> cancels: the single-customer ones, since the exclusions "never declare,
    /// whatever else is reported alongside them for the same single customer". Ids from <see cref="IncidentCriteria"/>.
    /// </summary>
    /// <value>
    /// The default is <c>incident.p2.single-customer-outage</c> and <c>incident.p3.reproducible-bug</c> (manual §3.1, D16).
    /// </value>
    public ImmutableArray<string> CriteriaCancelledByUserError { get; init; } =
        [IncidentCriteria.SingleCustomerOutageId, IncidentCriteria.ReproducibleBugId];

    /// <summary>Phase-1 actions (acknowledge, first status-page update, P1 customer notice) are due this long after declaration.</summary>
    /// <value>The default is 2 minutes (manual §3.2 phase 1 "first 2 minutes", D17).</value>
    public Duration DetectionActionsWithin { get; init; } = Duration.FromMinutes(2);

    /// <summary>The longest gap between public status-page updates during an incident.</summary>
    /// <value>The default is 15 minutes (manual §3.3 "every 15 min minimum", D17).</value>
    public Duration StatusUpdateEvery { get; init; } = Duration.FromMinutes(15);

    /// <summary>The longest gap between status updates while fixing (from the root cause being found to resolution).</summary>
    /// <value>The default is 10 minutes (manual §3.2 phase 3, D17).</value>
    public Duration StatusUpdateWhileFixingEvery { get; init; } = Duration.FromMinutes(10);

    /// <summary>The root-cause decision point: found → fix; unclear → escalate to on-call + a second engineer.</summary>
    /// <value>The default is 15 minutes after declaration (manual §3.2 phase 2, D17).</value>
    public Duration DecisionPointAfter { get; init; } = Duration.FromMinutes(15);

    /// <summary>A P1 not resolved this long after declaration pages Level-2 engineering on-call.</summary>
    /// <value>The default is 20 minutes (manual §5.3, D17).</value>
    public Duration Level2PageAfter { get; init; } = Duration.FromMinutes(20);

    /// <summary>Consecutive passing synthetic-monitoring runs that verify the fix.</summary>
    /// <value>The default is 5 (manual §3.2 phase 4, D17).</value>
    public int VerificationPasses { get; init; } = 5;

    /// <summary>Verification is due this long after declaration.</summary>
    /// <value>The default is 90 minutes (manual §3.2 phase 4 "Minutes 60-90").</value>
    public Duration VerifyWithin { get; init; } = Duration.FromMinutes(90);

    /// <summary>The resolution notice (the final status update) is due this long after resolution.</summary>
    /// <value>The default is 15 minutes, the status-update cadence (manual §3.2 phase 5, §3.3).</value>
    public Duration ResolutionNoticeWithin { get; init; } = Duration.FromMinutes(15);

    /// <summary>The post-mortem is held this long after resolution.</summary>
    /// <value>The default is 24 hours (manual §3.2 phase 5 "next day", D17).</value>
    public Duration PostMortemAfter { get; init; } = Duration.FromHours(24);

    /// <summary>How long the post-mortem meeting lasts.</summary>
    /// <value>The default is 30 minutes (manual §3.2 phase 5).</value>
    public Duration PostMortemMeeting { get; init; } = Duration.FromMinutes(30);

    /// <summary>Who attends the post-mortem, by role.</summary>
    /// <value>The default is on-call engineer, support lead, product lead (manual §3.2 phase 5).</value>
    public ImmutableArray<string> PostMortemRoles { get; init; } = ["on-call engineer", "support lead", "product lead"];

    /// <summary>The post-mortem's fixes are verified this long after it.</summary>
    /// <value>The default is 7 days, "in 1 week" (manual §3.2 post-mortem template).</value>
    public Duration FollowUpAfter { get; init; } = Duration.FromDays(7);

    /// <summary>The proactive service credit for affected customers, in percent (0–100).</summary>
    /// <value>The default is 25 % (manual §3.2 phase 5).</value>
    public decimal ServiceCreditPct { get; init; } = 25m;

    /// <summary>The on-call engineer responds to a page (acknowledges it) within this.</summary>
    /// <value>The default is 15 minutes (manual §5.2, §5.3).</value>
    public Duration OnCallRespondWithin { get; init; } = Duration.FromMinutes(15);

    /// <summary>On a P2, the on-call engineer investigates the root cause for at most this before escalating.</summary>
    /// <value>The default is 10 minutes (manual §5.3 "10 minutes max").</value>
    public Duration P2InvestigateFor { get; init; } = Duration.FromMinutes(10);

    /// <summary>Equal values everywhere, the criteria and role lists compared by content (issue 11).</summary>
    /// <param name="other">The other policy.</param>
    /// <returns>True when both policies hold the same values.</returns>
    public bool Equals(IncidentPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (ApiDownOver == other.ApiDownOver && CustomersUnableCoreFeatureOverPct == other.CustomersUnableCoreFeatureOverPct
                && SingleCustomerOutageOver == other.SingleCustomerOutageOver && LatencyOver == other.LatencyOver
                && ErrorRateOverPct == other.ErrorRateOverPct && WebhookFailureOverPct == other.WebhookFailureOverPct
                && SignificantLatencyOver == other.SignificantLatencyOver
                && ValueEquality.Sequence(CriteriaCancelledByUserError, other.CriteriaCancelledByUserError)
                && DetectionActionsWithin == other.DetectionActionsWithin && StatusUpdateEvery == other.StatusUpdateEvery
                && StatusUpdateWhileFixingEvery == other.StatusUpdateWhileFixingEvery && DecisionPointAfter == other.DecisionPointAfter
                && Level2PageAfter == other.Level2PageAfter && VerificationPasses == other.VerificationPasses
                && VerifyWithin == other.VerifyWithin && ResolutionNoticeWithin == other.ResolutionNoticeWithin
                && PostMortemAfter == other.PostMortemAfter && PostMortemMeeting == other.PostMortemMeeting
                && ValueEquality.Sequence(PostMortemRoles, other.PostMortemRoles) && FollowUpAfter == other.FollowUpAfter
                && ServiceCreditPct == other.ServiceCreditPct && OnCallRespondWithin == other.OnCallRespondWithin
                && P2InvestigateFor == other.P2InvestigateFor));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(ApiDownOver, LatencyOver, ErrorRateOverPct, Level2PageAfter, VerificationPasses, ServiceCreditPct, P2InvestigateFor, ValueEquality.Length(PostMortemRoles));
}
