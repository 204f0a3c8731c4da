using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary><see cref="IncidentSignalsJson"/>: the signals of <c>tai incident assess</c>, read by the library (issue 11b).</summary>
public sealed class IncidentSignalsJsonTests
{
    [Fact]
    public void Seconds_AndMinutes_ReadExactly_AndTheIdIsIgnored()
    {
        var signals = IncidentSignalsJson.Read("""{"id":"14:00:01","apiDownSeconds":181,"latencyMs":1200.5,"singleCustomerCoreFeatureOutageMinutes":3.5,"userError":"rateLimit","dataLoss":null}""").GetValueOrThrow();
        Assert.Equal(Duration.FromSeconds(181), signals.ApiDown);
        Assert.Equal(Duration.FromNanoseconds(1_200_500_000), signals.Latency);
        Assert.Equal(Duration.FromSeconds(210), signals.SingleCustomerCoreFeatureOutage);
        Assert.Equal(UserError.RateLimit, signals.UserError);
        Assert.False(signals.DataLoss);
        Assert.Equal(IncidentLevel.P1, IncidentDeclaration.Assess(signals, IncidentPolicy.Default).Level);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_WithItsPath()
    {
        var result = IncidentSignalsJson.Read("""{"apiDownMinutes":3,"apiDownSeconds":181,"errorRate":5,"dataLoss":"yes","latencyMs":"fast","userError":"oops"}""");
        Assert.False(result.IsValid);
        Assert.Equal(
            ["$.errorRate", "$.apiDownSeconds", "$.dataLoss", "$.latencyMs", "$.userError"],
            result.Problems.Select(p => p.PropertyName));
        Assert.Equal("give apiDownMinutes or apiDownSeconds, not both.", result.Problems[1].ErrorMessage);
        Assert.Equal("expected true or false, got the string \"yes\".", result.Problems[2].ErrorMessage);
    }

    [Fact]
    public void TheValidatorsFindings_CarryTheirPath()
    {
        var result = IncidentSignalsJson.Read("""{"apiDownMinutes":-5,"errorRatePct":250}""");
        Assert.Equal(["$.apiDownMinutes", "$.errorRatePct"], result.Problems.Select(p => p.PropertyName));
        Assert.Equal("must be a percentage from 0 to 100, got 250.", result.Problems[1].ErrorMessage);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"apiDownMinutes\":1e400}")]
    [InlineData("{\"apiDownSeconds\":99999999999999999999}")]
    [InlineData("{")]
    public void HostileInput_GivesProblems(string json) => Assert.False(IncidentSignalsJson.Read(json).IsValid);

    [Fact]
    public void Write_IsExact_ToTheNanosecond()
    {
        var signals = new IncidentSignals { ApiDown = Duration.FromNanoseconds(180_000_000_001), Latency = Duration.FromNanoseconds(1), UserError = UserError.Cosmetic };
        Assert.Equal("""{"apiDownSeconds":180.000000001,"latencyMs":0.000001,"userError":"cosmetic"}""", IncidentSignalsJson.Write(signals));
        Assert.Equal(signals, IncidentSignalsJson.Read(IncidentSignalsJson.Write(signals)).GetValueOrThrow());
    }
}
