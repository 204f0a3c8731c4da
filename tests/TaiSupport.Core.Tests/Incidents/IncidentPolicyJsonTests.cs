using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

public sealed class IncidentPolicyJsonTests
{
    [Fact]
    public void Default_HasTheManualsNumbers()
    {
        var p = IncidentPolicy.Default;
        Assert.Equal(Duration.FromMinutes(3), p.ApiDownOver);
        Assert.Equal(50m, p.CustomersUnableCoreFeatureOverPct);
        Assert.Equal(Duration.FromMinutes(15), p.SingleCustomerOutageOver);
        Assert.Equal(Duration.FromSeconds(1), p.LatencyOver);
        Assert.Equal(5m, p.ErrorRateOverPct);
        Assert.Equal(20m, p.WebhookFailureOverPct);
        Assert.Equal(Duration.FromMilliseconds(500), p.SignificantLatencyOver);
        Assert.Equal(Duration.FromMinutes(15), p.StatusUpdateEvery);
        Assert.Equal(Duration.FromMinutes(10), p.StatusUpdateWhileFixingEvery);
        Assert.Equal(Duration.FromMinutes(15), p.DecisionPointAfter);
        Assert.Equal(Duration.FromMinutes(20), p.Level2PageAfter);
        Assert.Equal(5, p.VerificationPasses);
        Assert.Equal(Duration.FromHours(24), p.PostMortemAfter);
        Assert.Equal(25m, p.ServiceCreditPct);
        Assert.True(new IncidentPolicyValidator().Validate(p).IsValid);
    }

    [Fact]
    public void WriteThenRead_RoundTripsTheDefault()
    {
        var json = IncidentPolicyJson.Write(IncidentPolicy.Default);
        Assert.Contains("\"apiDownOver\": \"PT3M\"", json);
        Assert.Contains("\"significantLatencyOver\": \"PT0.5S\"", json);
        Assert.Contains("\"followUpAfter\": \"PT168H\"", json);
        var read = IncidentPolicyJson.Read(json);
        Assert.True(read.IsValid, read.IsValid ? null : read.DescribeProblems());
        Assert.Equal(json, IncidentPolicyJson.Write(read.Value!));
    }

    [Fact]
    public void Read_PartialFile_OverridesOnlyWhatItNames()
    {
        var policy = IncidentPolicyJson.Read("""{"level2PageAfter": "PT30M", "serviceCreditPct": 10, "followUpAfter": "P14D"}""").GetValueOrThrow();
        Assert.Equal(Duration.FromMinutes(30), policy.Level2PageAfter);
        Assert.Equal(10m, policy.ServiceCreditPct);
        Assert.Equal(Duration.FromDays(14), policy.FollowUpAfter);
        Assert.Equal(IncidentPolicy.Default.ApiDownOver, policy.ApiDownOver);
    }

    [Fact]
    public void Read_ManyMistakes_ReportsEveryOneWithItsPath()
    {
        var result = IncidentPolicyJson.Read("""
            {
              "apiDownOver": "3 minutes",
              "latencyOver": "PT0.4S",
              "errorRateOverPct": 105,
              "statusUpdateWhileFixingEvery": "PT20M",
              "verificationPasses": 0,
              "criteriaCancelledByUserError": ["incident.p2.single-customer-outage", "incident.p9.nope"],
              "postMortemAfter": "-PT1H",
              "levelTwoPageAfter": "PT20M"
            }
            """);
        Assert.False(result.IsValid);
        Assert.Equal(
            new[] { "$.apiDownOver", "$.errorRateOverPct", "$.levelTwoPageAfter", "$.postMortemAfter", "$.significantLatencyOver",
                "$.statusUpdateWhileFixingEvery", "$.verificationPasses", "$.criteriaCancelledByUserError[1]" }.Order(),
            result.Problems.Select(p => p.PropertyName).Order());
        Assert.Contains(result.Problems, p => p.ErrorMessage.Contains("must be below the P2 threshold latencyOver 400 ms"));
    }

    [Fact]
    public void Validator_ExtraCriterionIds_MayBeCancelled()
    {
        var policy = IncidentPolicy.Default with { CriteriaCancelledByUserError = ["acme.p2.queue"] };
        Assert.False(new IncidentPolicyValidator().Validate(policy).IsValid);
        Assert.True(new IncidentPolicyValidator(["acme.p2.queue"]).Validate(policy).IsValid);
    }
}
