using System.Collections.Immutable;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// The declaration criteria of manual §3.1 and §5.3 as read by D16, each a <see cref="IncidentCriterion"/> with a
/// stable id. Every threshold comes from the <see cref="IncidentPolicy"/> and is strict ("&gt;"): exactly 3 minutes down is
/// not P1; 3 min 1 s is.
/// </summary>
public static class IncidentCriteria
{
    /// <summary>Id of "TAI API down for &gt;3 minutes".</summary>
    public const string ApiDownId = "incident.p1.api-down";

    /// <summary>Id of "&gt;50% of customers unable to use core feature".</summary>
    public const string CustomersUnableCoreFeatureId = "incident.p1.customers-unable-core-feature";

    /// <summary>Id of "Data loss detected".</summary>
    public const string DataLossId = "incident.p1.data-loss";

    /// <summary>Id of "Data corruption detected".</summary>
    public const string DataCorruptionId = "incident.p1.data-corruption";

    /// <summary>Id of "Security breach".</summary>
    public const string SecurityBreachId = "incident.p1.security-breach";

    /// <summary>Id of "Unauthorized access".</summary>
    public const string UnauthorizedAccessId = "incident.p1.unauthorized-access";

    /// <summary>Id of "Regulatory/compliance event".</summary>
    public const string RegulatoryEventId = "incident.p1.regulatory-event";

    /// <summary>Id of "Single customer unable to use core feature for &gt;15 minutes".</summary>
    public const string SingleCustomerOutageId = "incident.p2.single-customer-outage";

    /// <summary>Id of "Feature degradation (latency &gt;1 sec)".</summary>
    public const string LatencyId = "incident.p2.latency";

    /// <summary>Id of "Feature degradation (error rate &gt;5%)".</summary>
    public const string ErrorRateId = "incident.p2.error-rate";

    /// <summary>Id of "Data inconsistency (but not loss)".</summary>
    public const string DataInconsistencyId = "incident.p2.data-inconsistency";

    /// <summary>Id of "Webhook delivery failure (&gt;20% not delivered)".</summary>
    public const string WebhookFailureId = "incident.p2.webhook-failure";

    /// <summary>Id of the P3 "latency &gt; 500 ms" criterion (D16).</summary>
    public const string SignificantLatencyId = "incident.p3.latency";

    /// <summary>Id of the P3 "reproducible bug with customer impact" criterion (D16, §4.4 High).</summary>
    public const string ReproducibleBugId = "incident.p3.reproducible-bug";

    private const string P1Source = "§3.1, D16";
    private const string P2Source = "§3.1, D16";
    private const string P3Source = "§5.3, D16";

    /// <summary>TAI API down for more than <see cref="IncidentPolicy.ApiDownOver"/> (P1).</summary>
    public static IncidentCriterion ApiDown { get; } = new(
        ApiDownId, IncidentLevel.P1, P1Source, "TAI API down (not responding to requests)",
        (s, p) => s.ApiDown is { } down && down > p.ApiDownOver
            ? $"API down {IncidentText.Span(down)} > {IncidentText.Span(p.ApiDownOver)}" : null);

    /// <summary>More than <see cref="IncidentPolicy.CustomersUnableCoreFeatureOverPct"/> of customers unable to use a core feature (P1).</summary>
    public static IncidentCriterion CustomersUnableCoreFeature { get; } = new(
        CustomersUnableCoreFeatureId, IncidentLevel.P1, P1Source, "Customers unable to use core feature",
        (s, p) => s.CustomersUnableCoreFeaturePct is { } pct && pct > p.CustomersUnableCoreFeatureOverPct
            ? $"{IncidentText.Percent(pct)} of customers unable to use a core feature > {IncidentText.Percent(p.CustomersUnableCoreFeatureOverPct)}" : null);

    /// <summary>Data loss detected (P1).</summary>
    public static IncidentCriterion DataLoss { get; } = new(
        DataLossId, IncidentLevel.P1, P1Source, "Data loss detected", (s, _) => s.DataLoss ? "data loss detected" : null);

    /// <summary>Data corruption detected (P1).</summary>
    public static IncidentCriterion DataCorruption { get; } = new(
        DataCorruptionId, IncidentLevel.P1, P1Source, "Data corruption detected", (s, _) => s.DataCorruption ? "data corruption detected" : null);

    /// <summary>Security breach (P1).</summary>
    public static IncidentCriterion SecurityBreach { get; } = new(
        SecurityBreachId, IncidentLevel.P1, P1Source, "Security breach", (s, _) => s.SecurityBreach ? "security breach" : null);

    /// <summary>Unauthorized access (P1).</summary>
    public static IncidentCriterion UnauthorizedAccess { get; } = new(
        UnauthorizedAccessId, IncidentLevel.P1, P1Source, "Unauthorized access", (s, _) => s.UnauthorizedAccess ? "unauthorized access" : null);

    /// <summary>Regulatory or compliance event, such as a PCI violation (P1).</summary>
    public static IncidentCriterion RegulatoryEvent { get; } = new(
        RegulatoryEventId, IncidentLevel.P1, P1Source, "Regulatory/compliance event (e.g., PCI violation)",
        (s, _) => s.RegulatoryEvent ? "regulatory/compliance event" : null);

    /// <summary>One customer unable to use a core feature for more than <see cref="IncidentPolicy.SingleCustomerOutageOver"/> (P2).</summary>
    public static IncidentCriterion SingleCustomerOutage { get; } = new(
        SingleCustomerOutageId, IncidentLevel.P2, P2Source, "Single customer unable to use core feature",
        (s, p) => s.SingleCustomerCoreFeatureOutage is { } outage && outage > p.SingleCustomerOutageOver
            ? $"one customer unable to use a core feature for {IncidentText.Span(outage)} > {IncidentText.Span(p.SingleCustomerOutageOver)}" : null);

    /// <summary>Feature degradation: latency more than <see cref="IncidentPolicy.LatencyOver"/> (P2).</summary>
    public static IncidentCriterion Latency { get; } = new(
        LatencyId, IncidentLevel.P2, P2Source, "Feature degradation (latency)",
        (s, p) => s.Latency is { } latency && latency > p.LatencyOver
            ? $"latency {IncidentText.Milliseconds(latency)} > {IncidentText.Milliseconds(p.LatencyOver)}" : null);

    /// <summary>Feature degradation: error rate more than <see cref="IncidentPolicy.ErrorRateOverPct"/> (P2).</summary>
    public static IncidentCriterion ErrorRate { get; } = new(
        ErrorRateId, IncidentLevel.P2, P2Source, "Feature degradation (error rate)",
        (s, p) => s.ErrorRatePct is { } rate && rate > p.ErrorRateOverPct
            ? $"error rate {IncidentText.Percent(rate)} > {IncidentText.Percent(p.ErrorRateOverPct)}" : null);

    /// <summary>Data inconsistency, but not loss (P2).</summary>
    public static IncidentCriterion DataInconsistency { get; } = new(
        DataInconsistencyId, IncidentLevel.P2, P2Source, "Data inconsistency (but not loss)",
        (s, _) => s.DataInconsistency ? "data inconsistency" : null);

    /// <summary>Webhook delivery failure: more than <see cref="IncidentPolicy.WebhookFailureOverPct"/> not delivered (P2).</summary>
    public static IncidentCriterion WebhookFailure { get; } = new(
        WebhookFailureId, IncidentLevel.P2, P2Source, "Webhook delivery failure",
        (s, p) => s.WebhookFailurePct is { } pct && pct > p.WebhookFailureOverPct
            ? $"{IncidentText.Percent(pct)} of webhooks not delivered > {IncidentText.Percent(p.WebhookFailureOverPct)}" : null);

    /// <summary>Significant: latency more than <see cref="IncidentPolicy.SignificantLatencyOver"/> (P3).</summary>
    public static IncidentCriterion SignificantLatency { get; } = new(
        SignificantLatencyId, IncidentLevel.P3, P3Source, "Significant latency",
        (s, p) => s.Latency is { } latency && latency > p.SignificantLatencyOver
            ? $"latency {IncidentText.Milliseconds(latency)} > {IncidentText.Milliseconds(p.SignificantLatencyOver)}" : null);

    /// <summary>Significant: a reproducible bug with customer impact (P3, §4.4 High).</summary>
    public static IncidentCriterion ReproducibleBug { get; } = new(
        ReproducibleBugId, IncidentLevel.P3, "§5.3, §4.4, D16", "Reproducible bug with customer impact",
        (s, _) => s.ReproducibleBugWithImpact ? "reproducible bug with customer impact" : null);

    /// <summary>Every shipped criterion, P1 first, in the manual's order.</summary>
    public static ImmutableArray<IncidentCriterion> All { get; } =
    [
        ApiDown, CustomersUnableCoreFeature, DataLoss, DataCorruption, SecurityBreach, UnauthorizedAccess, RegulatoryEvent,
        SingleCustomerOutage, Latency, ErrorRate, DataInconsistency, WebhookFailure,
        SignificantLatency, ReproducibleBug,
    ];

    /// <summary>The ids of <see cref="All"/>.</summary>
    public static ImmutableArray<string> Ids { get; } = [.. All.Select(c => c.Id)];
}
