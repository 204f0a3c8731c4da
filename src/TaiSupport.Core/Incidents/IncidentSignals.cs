using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// A snapshot of what monitoring and the support team report at one moment, from which
/// <see cref="IncidentDeclaration.Assess(IncidentSignals, IncidentPolicy)"/> decides the incident level (manual §3.1,
/// §5.3, D16). Every signal is optional: an absent (null or false) signal never fires a criterion.
/// </summary>
/// <remarks>
/// <para>
/// Spans are <see cref="Duration"/>s, so they carry fractions: 3 min 1 s is <c>Duration.FromSeconds(181)</c>, which
/// is more than 3 minutes, while exactly 3 minutes is not (thresholds are strict, D16). In JSON the spans are
/// written in (fractional) minutes or milliseconds: <c>apiDownMinutes</c>, <c>singleCustomerCoreFeatureOutageMinutes</c>,
/// <c>latencyMs</c>.
/// </para>
/// <para>
/// Scope: <see cref="SingleCustomerCoreFeatureOutage"/> and <see cref="ReproducibleBugWithImpact"/> describe the one
/// customer who reported; every other signal is platform-wide, measured across all customers (the §3.2 Datadog queries:
/// error rate is <c>status &gt;= 500</c>, latency is the API's). This is what the exclusions rely on (see
/// <see cref="UserError"/>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var signals = new IncidentSignals { ApiDown = Duration.FromSeconds(181), Latency = Duration.FromMilliseconds(1200) };
/// var assessment = IncidentDeclaration.Assess(signals, IncidentPolicy.Default); // P1: API down 3 min 1 s &gt; 3 min
/// </code>
/// </example>
public sealed record IncidentSignals
{
    /// <summary>How long the TAI API has not been responding to requests (JSON <c>apiDownMinutes</c>).</summary>
    public Duration? ApiDown { get; init; }

    /// <summary>The share of customers unable to use a core feature, 0–100 (JSON <c>customersUnableCoreFeaturePct</c>).</summary>
    public decimal? CustomersUnableCoreFeaturePct { get; init; }

    /// <summary>Data loss detected (JSON <c>dataLoss</c>).</summary>
    public bool DataLoss { get; init; }

    /// <summary>Data corruption detected (JSON <c>dataCorruption</c>).</summary>
    public bool DataCorruption { get; init; }

    /// <summary>A security breach (JSON <c>securityBreach</c>).</summary>
    public bool SecurityBreach { get; init; }

    /// <summary>Unauthorized access (JSON <c>unauthorizedAccess</c>).</summary>
    public bool UnauthorizedAccess { get; init; }

    /// <summary>A regulatory or compliance event such as a PCI violation (JSON <c>regulatoryEvent</c>).</summary>
    public bool RegulatoryEvent { get; init; }

    /// <summary>
    /// How long the reporting customer has been unable to use a core feature (JSON
    /// <c>singleCustomerCoreFeatureOutageMinutes</c>). Single-customer scope.
    /// </summary>
    public Duration? SingleCustomerCoreFeatureOutage { get; init; }

    /// <summary>The API's latency (JSON <c>latencyMs</c>).</summary>
    public Duration? Latency { get; init; }

    /// <summary>The platform's error rate, 0–100 (JSON <c>errorRatePct</c>).</summary>
    public decimal? ErrorRatePct { get; init; }

    /// <summary>Data inconsistency, but not loss (JSON <c>dataInconsistency</c>).</summary>
    public bool DataInconsistency { get; init; }

    /// <summary>The share of webhooks not delivered, 0–100 (JSON <c>webhookFailurePct</c>).</summary>
    public decimal? WebhookFailurePct { get; init; }

    /// <summary>A reproducible bug with customer impact (§4.4 High; JSON <c>reproducibleBugWithImpact</c>). Single-customer scope.</summary>
    public bool ReproducibleBugWithImpact { get; init; }

    /// <summary>
    /// The report is a user error or expected behaviour (JSON <c>userError</c>: <c>wrongApiKey</c>, <c>rateLimit</c>,
    /// <c>documentation</c>, <c>featureRequest</c>, <c>cosmetic</c>). It never declares, and it cancels the
    /// single-customer criteria reported alongside it (<see cref="IncidentPolicy.CriteriaCancelledByUserError"/>); the
    /// platform-wide criteria still declare.
    /// </summary>
    public UserError? UserError { get; init; }

    /// <summary>
    /// Validates a snapshot with <see cref="IncidentSignalsValidator"/>, naming every problem by its JSON name
    /// (<c>apiDownMinutes</c>, <c>errorRatePct</c>); <see cref="IncidentDeclaration.Assess(IncidentSignals, IncidentPolicy)"/>
    /// throws a <see cref="TaiValidationException"/> with the same problems.
    /// </summary>
    /// <param name="signals">The snapshot.</param>
    /// <returns>Every problem; valid when none.</returns>
    public static FluentValidation.Results.ValidationResult Validate(IncidentSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return Validator.Validate(signals);
    }

    /// <summary>True when every rule of <see cref="IncidentSignalsValidator"/> holds; allocates nothing.</summary>
    internal bool IsPlainlyValid() =>
        NotNegative(ApiDown) && NotNegative(SingleCustomerCoreFeatureOutage) && NotNegative(Latency)
        && Percent(CustomersUnableCoreFeaturePct) && Percent(ErrorRatePct) && Percent(WebhookFailurePct)
        && (UserError is null || Enum.IsDefined(UserError.Value));

    private static bool NotNegative(Duration? span) => span is null || span >= Duration.Zero;

    private static bool Percent(decimal? pct) => pct is null || (pct >= 0m && pct <= 100m);

    private static readonly IncidentSignalsValidator Validator = new();
}
