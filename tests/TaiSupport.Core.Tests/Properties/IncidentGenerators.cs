using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Generators for incident signals (values clustered on both sides of every D16 threshold) and incident records (random
/// milestones within hours of the declaration, any level, with an instant to evaluate at).
/// </summary>
public static class IncidentGenerators
{
    private static readonly Instant Base = Instant.FromUtc(2026, 2, 10, 22, 0);

    /// <summary>A span near the given thresholds (in milliseconds), or anything up to an hour, or absent.</summary>
    private static Gen<Duration?> SpanNear(params long[] thresholdsMs) => Gen.Frequency(
        (2, Gen.Constant<Duration?>(null)),
        (3, from t in Gen.Elements(thresholdsMs) from delta in Gen.Elements(-1000L, -1L, 0L, 1L, 1000L) select (Duration?)Duration.FromMilliseconds(Math.Max(0, t + delta))),
        (2, Gen.Choose(0, 3_600_000).Select(ms => (Duration?)Duration.FromMilliseconds(ms))));

    /// <summary>A percentage near the given thresholds, or anything in 0–100 with two decimals, or absent.</summary>
    private static Gen<decimal?> PercentNear(params decimal[] thresholds) => Gen.Frequency(
        (2, Gen.Constant<decimal?>(null)),
        (3, from t in Gen.Elements(thresholds) from delta in Gen.Elements(-0.1m, -0.01m, 0m, 0.01m, 0.1m) select (decimal?)Math.Clamp(t + delta, 0m, 100m)),
        (2, Gen.Choose(0, 10_000).Select(x => (decimal?)(x / 100m))));

    private static Gen<bool> Flag { get; } = Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)));

    private static Gen<UserError?> UserErrors { get; } = Gen.Frequency(
        (3, Gen.Constant<UserError?>(null)),
        (2, Gen.Elements(Enum.GetValues<UserError>()).Select(u => (UserError?)u)));

    public static Gen<IncidentSignals> Signals { get; } =
        from apiDown in SpanNear(180_000)
        from customers in PercentNear(50m)
        from flags in Gen.ArrayOf(Flag, 7)
        from outage in SpanNear(900_000)
        from latency in SpanNear(500, 1000)
        from errorRate in PercentNear(5m)
        from webhook in PercentNear(20m)
        from userError in UserErrors
        select new IncidentSignals
        {
            ApiDown = apiDown, CustomersUnableCoreFeaturePct = customers, DataLoss = flags[0], DataCorruption = flags[1],
            SecurityBreach = flags[2], UnauthorizedAccess = flags[3], RegulatoryEvent = flags[4], SingleCustomerCoreFeatureOutage = outage,
            Latency = latency, ErrorRatePct = errorRate, DataInconsistency = flags[5], WebhookFailurePct = webhook,
            ReproducibleBugWithImpact = flags[6], UserError = userError,
        };

    /// <summary>The signals made worse in one respect: one span or percentage raised, or one flag set.</summary>
    public static Gen<(IncidentSignals Signals, IncidentSignals Worse)> Worsening { get; } =
        from signals in Signals
        from which in Gen.Choose(0, 12)
        from amount in Gen.Choose(0, 200_000)
        select (signals, Worsen(signals, which, amount));

    private static IncidentSignals Worsen(IncidentSignals s, int which, int amount)
    {
        var span = Duration.FromMilliseconds(amount);
        var pct = amount / 2000m;
        return which switch
        {
            0 => s with { ApiDown = (s.ApiDown ?? Duration.Zero) + span },
            1 => s with { CustomersUnableCoreFeaturePct = Math.Min(100m, (s.CustomersUnableCoreFeaturePct ?? 0m) + pct) },
            2 => s with { DataLoss = true },
            3 => s with { DataCorruption = true },
            4 => s with { SecurityBreach = true },
            5 => s with { UnauthorizedAccess = true },
            6 => s with { RegulatoryEvent = true },
            7 => s with { SingleCustomerCoreFeatureOutage = (s.SingleCustomerCoreFeatureOutage ?? Duration.Zero) + span },
            8 => s with { Latency = (s.Latency ?? Duration.Zero) + span },
            9 => s with { ErrorRatePct = Math.Min(100m, (s.ErrorRatePct ?? 0m) + pct) },
            10 => s with { DataInconsistency = true },
            11 => s with { WebhookFailurePct = Math.Min(100m, (s.WebhookFailurePct ?? 0m) + pct) },
            _ => s with { ReproducibleBugWithImpact = true },
        };
    }

    private static Gen<Instant?> Maybe(int fromMinute, int toMinute, Instant origin) => Gen.Frequency(
        (1, Gen.Constant<Instant?>(null)),
        (2, Gen.Choose(fromMinute * 60, toMinute * 60).Select(s => (Instant?)(origin + Duration.FromSeconds(s)))));

    private static Gen<ImmutableArray<Instant>> Several(int max, int toMinute, Instant origin) =>
        from count in Gen.Choose(0, max)
        from seconds in Gen.ListOf(Gen.Choose(0, toMinute * 60), count)
        select seconds.Select(s => origin + Duration.FromSeconds(s)).ToImmutableArray();

    /// <summary>A valid incident record (every milestone at or after the declaration, closure after resolution).</summary>
    public static Gen<IncidentRecord> Record { get; } =
        from level in Gen.Elements(IncidentLevel.P1, IncidentLevel.P2, IncidentLevel.P3)
        from offset in Gen.Choose(0, 60 * 24 * 30)
        let declared = Base + Duration.FromMinutes(offset)
        from acks in Several(2, 30, declared)
        from updates in Several(8, 180, declared)
        from notified in Maybe(0, 30, declared)
        from rootCause in Maybe(0, 120, declared)
        from escalated in Maybe(0, 60, declared)
        from level2 in Maybe(0, 90, declared)
        from resolved in Maybe(5, 240, declared)
        from runCount in Gen.Choose(0, 9)
        from runs in Gen.ListOf(
            from s in Gen.Choose(0, 240 * 60) from passed in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            select new VerificationRun(declared + Duration.FromSeconds(s), passed), runCount)
        from notice in resolved is { } r1 ? Maybe(0, 60, r1) : Gen.Constant<Instant?>(null)
        from postMortem in resolved is { } r2 ? Maybe(0, 48 * 60, r2) : Gen.Constant<Instant?>(null)
        select new IncidentRecord
        {
            Id = $"INC-{offset}", Level = level, DeclaredAt = declared, Acknowledgements = acks, StatusUpdates = updates,
            CustomersNotifiedAt = notified, RootCauseFoundAt = rootCause, EscalatedAt = escalated, Level2PagedAt = level2,
            ResolvedAt = resolved, VerificationRuns = [.. runs], ResolutionNoticeSentAt = notice, PostMortemHeldAt = postMortem,
        };

    /// <summary>A record and an instant from 10 minutes before its declaration to two days after.</summary>
    public static Gen<(IncidentRecord Incident, Instant Now)> RecordAndNow { get; } =
        from incident in Record
        from seconds in Gen.Choose(-600, 2 * 24 * 3600)
        select (incident, incident.DeclaredAt + Duration.FromSeconds(seconds));
}
