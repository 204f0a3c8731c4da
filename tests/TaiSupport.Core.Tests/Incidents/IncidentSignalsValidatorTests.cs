using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

public sealed class IncidentSignalsValidatorTests
{
    [Fact]
    public void Validate_NegativeSpansAndOutOfRangePercentages_NameEachField()
    {
        var result = new IncidentSignalsValidator().Validate(new IncidentSignals
        {
            ApiDown = Duration.FromMinutes(-1),
            Latency = Duration.FromMilliseconds(-5),
            ErrorRatePct = 100.5m,
            WebhookFailurePct = -1m,
            CustomersUnableCoreFeaturePct = 100m,
        });
        Assert.Equal(["apiDownMinutes", "latencyMs", "errorRatePct", "webhookFailurePct"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Validate_EmptySnapshot_IsValid() => Assert.True(new IncidentSignalsValidator().Validate(new IncidentSignals()).IsValid);
}
