using TaiSupport.Core.Communication;

namespace TaiSupport.Core.Tests.Communication;

public sealed class CustomerTemplatePolicyTests
{
    [Fact]
    public void Default_MatchesTheManual()
    {
        var p = CustomerTemplatePolicy.Default;
        Assert.Equal(90m, p.UsageAlertAtPercent);
        Assert.Equal(Duration.FromDays(14), p.InactiveAfter);
        Assert.Equal(5, p.ChurnCsatBelow);
        Assert.True(p.Validate().IsValid);
    }

    [Fact]
    public void FromJson_RoundTripsTheDefault_AndKeepsDefaultsForMissingProperties()
    {
        var changed = CustomerTemplatePolicy.Default with { InactiveAfter = Duration.FromHours(240) }; // every property: Json/RoundTripProperties
        var back = CustomerTemplatePolicy.FromJson(changed.ToJson());
        Assert.True(back.IsValid, back.IsValid ? null : back.DescribeProblems());
        Assert.Equal(changed.ChurnKeywords.ToArray(), back.Value!.ChurnKeywords.ToArray());
        Assert.Equal(changed with { ChurnKeywords = back.Value.ChurnKeywords }, back.Value);
        Assert.Contains("\"inactiveAfter\": \"PT336H\"", CustomerTemplatePolicy.Default.ToJson()); // one spelling: hours, never days (issue 11)

        var partial = CustomerTemplatePolicy.FromJson("""{"usageAlertAtPercent": 80}""");
        Assert.Equal(80m, partial.Value!.UsageAlertAtPercent);
        Assert.Equal(Duration.FromDays(14), partial.Value.InactiveAfter);
    }

    [Fact]
    public void FromJson_ReportsEveryProblemWithItsPath()
    {
        var result = CustomerTemplatePolicy.FromJson("""{"usageAlertAtPercent": "x", "inactiveAfter": "P1M", "churnKeywords": ["ok", 3], "colour": 1}""");
        Assert.False(result.IsValid);
        Assert.Equal(
            ["$.churnKeywords[1]", "$.colour", "$.inactiveAfter", "$.usageAlertAtPercent"],
            result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void FromJson_ValidatorProblems_UseJsonPaths()
    {
        var result = CustomerTemplatePolicy.FromJson("""{"usageAlertAtPercent": 120, "inactiveAfter": "PT0S"}""");
        Assert.Equal(["$.inactiveAfter", "$.usageAlertAtPercent"], result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("at most 100, got 120", result.DescribeProblems());
    }
}
