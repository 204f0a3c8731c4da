using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>Manual §3.1 and §5.3 as read by D16: each criterion at its strict boundary, and each exclusion.</summary>
public sealed class IncidentDeclarationTests
{
    private static IncidentAssessment Assess(IncidentSignals signals) => IncidentDeclaration.Assess(signals, IncidentPolicy.Default);

    // §3.1 "TAI API down for >3 minutes": exactly 3 minutes is not P1; 3 min 1 s is (D16 "Thresholds are strict").
    [Fact]
    public void Assess_ApiDownExactlyThreeMinutes_IsNotAnIncident() =>
        Assert.Equal(IncidentLevel.None, Assess(new() { ApiDown = Duration.FromMinutes(3) }).Level);

    [Fact]
    public void Assess_ApiDownThreeMinutesOneSecond_IsP1WithTheReason()
    {
        var result = Assess(new() { ApiDown = Duration.FromSeconds(181) });
        Assert.Equal(IncidentLevel.P1, result.Level);
        Assert.Equal(["API down 3m 1s > 3m"], result.Reasons);
        Assert.Equal(IncidentCriteria.ApiDownId, result.Fired.Single().Criterion);
    }

    // §3.1 ">50% of customers unable to use core feature".
    [Theory]
    [InlineData("50", IncidentLevel.None)]
    [InlineData("50.1", IncidentLevel.P1)]
    public void Assess_CustomersUnableCoreFeature_IsStrictAtFiftyPercent(string pct, IncidentLevel expected) =>
        Assert.Equal(expected, Assess(new() { CustomersUnableCoreFeaturePct = decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture) }).Level);

    // §3.1 "Data loss or corruption detected", "Security breach or unauthorized access", "Regulatory/compliance event".
    [Theory]
    [InlineData(nameof(IncidentSignals.DataLoss), IncidentCriteria.DataLossId)]
    [InlineData(nameof(IncidentSignals.DataCorruption), IncidentCriteria.DataCorruptionId)]
    [InlineData(nameof(IncidentSignals.SecurityBreach), IncidentCriteria.SecurityBreachId)]
    [InlineData(nameof(IncidentSignals.UnauthorizedAccess), IncidentCriteria.UnauthorizedAccessId)]
    [InlineData(nameof(IncidentSignals.RegulatoryEvent), IncidentCriteria.RegulatoryEventId)]
    public void Assess_EachP1Flag_DeclaresP1(string flag, string criterion)
    {
        var result = Assess(Flag(flag));
        Assert.Equal(IncidentLevel.P1, result.Level);
        Assert.Equal(criterion, result.Fired.Single().Criterion);
    }

    // §3.1 P2 "Single customer unable to use core feature for >15 minutes".
    [Theory]
    [InlineData(15, IncidentLevel.None)]
    [InlineData(16, IncidentLevel.P2)]
    public void Assess_SingleCustomerOutage_IsStrictAtFifteenMinutes(int minutes, IncidentLevel expected) =>
        Assert.Equal(expected, Assess(new() { SingleCustomerCoreFeatureOutage = Duration.FromMinutes(minutes) }).Level);

    [Fact]
    public void Assess_SingleCustomerOutageFifteenMinutesOneSecond_IsP2() =>
        Assert.Equal(IncidentLevel.P2, Assess(new() { SingleCustomerCoreFeatureOutage = Duration.FromSeconds(15 * 60 + 1) }).Level);

    // §3.1 "Feature degradation (latency >1 sec ...)"; D16 P3 "latency > 500 ms".
    [Theory]
    [InlineData(500, IncidentLevel.None)]
    [InlineData(501, IncidentLevel.P3)]
    [InlineData(1000, IncidentLevel.P3)]
    [InlineData(1001, IncidentLevel.P2)]
    public void Assess_Latency_IsStrictAtBothThresholds(int ms, IncidentLevel expected) =>
        Assert.Equal(expected, Assess(new() { Latency = Duration.FromMilliseconds(ms) }).Level);

    [Fact]
    public void Assess_Latency1001Ms_ReportsBothTheP2AndTheP3Criterion()
    {
        var result = Assess(new() { Latency = Duration.FromMilliseconds(1001) });
        Assert.Equal([IncidentCriteria.LatencyId, IncidentCriteria.SignificantLatencyId], result.Fired.Select(f => f.Criterion));
        Assert.Equal(["latency 1001 ms > 1000 ms", "latency 1001 ms > 500 ms"], result.Reasons);
    }

    // §3.1 "error rate >5%".
    [Theory]
    [InlineData("5", IncidentLevel.None)]
    [InlineData("5.01", IncidentLevel.P2)]
    public void Assess_ErrorRate_IsStrictAtFivePercent(string pct, IncidentLevel expected) =>
        Assert.Equal(expected, Assess(new() { ErrorRatePct = decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture) }).Level);

    // §3.1 "Webhook delivery failure (>20% not delivered)".
    [Theory]
    [InlineData("20", IncidentLevel.None)]
    [InlineData("20.01", IncidentLevel.P2)]
    public void Assess_WebhookFailure_IsStrictAtTwentyPercent(string pct, IncidentLevel expected) =>
        Assert.Equal(expected, Assess(new() { WebhookFailurePct = decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture) }).Level);

    // §3.1 "Data inconsistency (but not loss)" is P2; D16 "a reproducible bug with customer impact" is P3.
    [Fact]
    public void Assess_DataInconsistency_IsP2() => Assert.Equal(IncidentLevel.P2, Assess(new() { DataInconsistency = true }).Level);

    [Fact]
    public void Assess_ReproducibleBugWithImpact_IsP3() => Assert.Equal(IncidentLevel.P3, Assess(new() { ReproducibleBugWithImpact = true }).Level);

    [Fact]
    public void Assess_NoSignals_IsNoneWithATrace()
    {
        var result = Assess(new());
        Assert.Equal(IncidentLevel.None, result.Level);
        Assert.False(result.Declare);
        Assert.Equal("incident.level", result.Trace.Single().Rule);
        Assert.Equal("None: no criterion fired", result.Trace.Single().Reason);
    }

    [Fact]
    public void Assess_SeveralCriteria_TakesTheHighestAndListsEveryOneHighestFirst()
    {
        var result = Assess(new() { ErrorRatePct = 7m, ReproducibleBugWithImpact = true, DataLoss = true });
        Assert.Equal(IncidentLevel.P1, result.Level);
        Assert.Equal([IncidentCriteria.DataLossId, IncidentCriteria.ErrorRateId, IncidentCriteria.ReproducibleBugId], result.Fired.Select(f => f.Criterion));
        Assert.Equal(["incident.p1.data-loss", "incident.p2.error-rate", "incident.p3.reproducible-bug", "incident.level"], result.Trace.Select(t => t.Rule));
        Assert.Equal("P1: the highest level of the 3 criteria that fired", result.Trace[^1].Reason);
        Assert.Equal("§3.1, D16", result.Trace[0].Source);
    }

    // §3.1 "Do NOT declare incident for": D16 "these never declare, whatever else is reported alongside them for the same single customer".
    [Theory]
    [InlineData(UserError.WrongApiKey, "incident.exclusion.wrong-api-key")]
    [InlineData(UserError.RateLimit, "incident.exclusion.rate-limit")]
    [InlineData(UserError.Documentation, "incident.exclusion.documentation")]
    [InlineData(UserError.FeatureRequest, "incident.exclusion.feature-request")]
    [InlineData(UserError.Cosmetic, "incident.exclusion.cosmetic")]
    public void Assess_EachExclusionAlone_NeverDeclares(UserError userError, string rule)
    {
        var result = Assess(new() { UserError = userError });
        Assert.Equal(IncidentLevel.None, result.Level);
        Assert.Equal([rule, "incident.level"], result.Trace.Select(t => t.Rule));
        Assert.StartsWith("None: only an exclusion applies", result.Trace[^1].Reason);
    }

    [Theory]
    [InlineData(UserError.WrongApiKey)]
    [InlineData(UserError.RateLimit)]
    [InlineData(UserError.Documentation)]
    [InlineData(UserError.FeatureRequest)]
    [InlineData(UserError.Cosmetic)]
    public void Assess_EachExclusionWithSingleCustomerSignals_CancelsThemAndDeclaresNothing(UserError userError)
    {
        var result = Assess(new() { UserError = userError, SingleCustomerCoreFeatureOutage = Duration.FromMinutes(40), ReproducibleBugWithImpact = true });
        Assert.Equal(IncidentLevel.None, result.Level);
        Assert.Empty(result.Fired);
        Assert.Equal([IncidentCriteria.SingleCustomerOutageId, IncidentCriteria.ReproducibleBugId], result.Cancelled.Select(c => c.Criterion));
        Assert.Contains("cancels the single-customer criteria", result.Trace[0].Reason);
    }

    [Theory]
    [InlineData(UserError.WrongApiKey)]
    [InlineData(UserError.RateLimit)]
    [InlineData(UserError.Documentation)]
    [InlineData(UserError.FeatureRequest)]
    [InlineData(UserError.Cosmetic)]
    public void Assess_EachExclusionWithAnApiWideOutage_StillDeclaresP1(UserError userError)
    {
        var result = Assess(new() { UserError = userError, ApiDown = Duration.FromMinutes(5), SingleCustomerCoreFeatureOutage = Duration.FromMinutes(40) });
        Assert.Equal(IncidentLevel.P1, result.Level);
        Assert.Equal([IncidentCriteria.ApiDownId], result.Fired.Select(f => f.Criterion));
        Assert.Equal([IncidentCriteria.SingleCustomerOutageId], result.Cancelled.Select(c => c.Criterion));
    }

    [Fact]
    public void Assess_ExclusionWithPlatformErrorRate_StillDeclaresP2() =>
        Assert.Equal(IncidentLevel.P2, Assess(new() { UserError = UserError.RateLimit, ErrorRatePct = 9m }).Level);

    [Fact]
    public void Assess_PolicyThatCancelsNothing_LetsTheSingleCustomerOutageDeclare()
    {
        var policy = IncidentPolicy.Default with { CriteriaCancelledByUserError = [] };
        var result = IncidentDeclaration.Assess(new() { UserError = UserError.WrongApiKey, SingleCustomerCoreFeatureOutage = Duration.FromMinutes(40) }, policy);
        Assert.Equal(IncidentLevel.P2, result.Level);
    }

    [Fact]
    public void Assess_ChangedThreshold_IsTakenFromThePolicy()
    {
        var policy = IncidentPolicy.Default with { ApiDownOver = Duration.FromMinutes(1) };
        Assert.Equal(IncidentLevel.P1, IncidentDeclaration.Assess(new() { ApiDown = Duration.FromSeconds(61) }, policy).Level);
        Assert.Equal(IncidentLevel.None, IncidentDeclaration.Assess(new() { ApiDown = Duration.FromSeconds(60) }, policy).Level);
    }

    [Fact]
    public void Assess_CustomCriterion_CountsLikeAShippedOne()
    {
        var nightly = new IncidentCriterion("acme.p2.backup-missed", IncidentLevel.P2, "runbook 7", "Nightly backup missed",
            (s, _) => s.DataInconsistency && s.ReproducibleBugWithImpact ? "backup missed" : null);
        var result = IncidentDeclaration.Assess(new() { DataInconsistency = true, ReproducibleBugWithImpact = true }, IncidentPolicy.Default, [.. IncidentCriteria.All, nightly]);
        Assert.Contains(result.Fired, f => f.Criterion == "acme.p2.backup-missed");
        Assert.Equal(IncidentLevel.P2, result.Level);
    }

    [Fact]
    public void Criteria_IdsAreUnique() => Assert.Equal(IncidentCriteria.Ids.Length, IncidentCriteria.Ids.Distinct().Count());

    private static IncidentSignals Flag(string name) => name switch
    {
        nameof(IncidentSignals.DataLoss) => new() { DataLoss = true },
        nameof(IncidentSignals.DataCorruption) => new() { DataCorruption = true },
        nameof(IncidentSignals.SecurityBreach) => new() { SecurityBreach = true },
        nameof(IncidentSignals.UnauthorizedAccess) => new() { UnauthorizedAccess = true },
        _ => new() { RegulatoryEvent = true },
    };
}
