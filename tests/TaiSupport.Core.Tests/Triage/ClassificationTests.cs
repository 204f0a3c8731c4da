using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>Classification (D11): the quick reference "Severity Decision", keywords filling gaps, floors, category.</summary>
public sealed class ClassificationTests
{
    private static Classification Classify(TicketSignals? signals = null, string subject = "", string body = "", Tier tier = Tier.Professional, Priority? priority = null, Category? category = null) =>
        TicketTriage.Default.EvaluateClassification(new TriageRequest { Tier = tier, Subject = subject, Body = body, Signals = signals ?? TicketSignals.None, Priority = priority, Category = category });

    [Fact]
    public void ProductionDown_IsCritical()
    {
        // Quick reference: "CRITICAL: TAI is down or customer is losing money → Page on-call immediately"
        Assert.Equal(Priority.Critical, Classify(new TicketSignals { ProductionDown = true }).Priority);
    }

    [Fact]
    public void LosingMoney_IsCritical()
    {
        Assert.Equal(Priority.Critical, Classify(new TicketSignals { LosingMoney = true }).Priority);
    }

    [Fact]
    public void FeatureBrokenWithoutAWorkaround_IsHigh()
    {
        // Quick reference: "HIGH: Feature broken, workaround doesn't exist → Escalate to engineering"
        Assert.Equal(Priority.High, Classify(new TicketSignals { FeatureBroken = true, WorkaroundExists = false }).Priority);
    }

    [Fact]
    public void FeatureBrokenWithAnUnknownWorkaround_IsHigh()
    {
        var classification = Classify(new TicketSignals { FeatureBroken = true });
        Assert.Equal(Priority.High, classification.Priority);
        Assert.Contains(classification.Trace, t => t.Reason == "High: feature broken, no workaround known");
    }

    [Fact]
    public void FeatureBrokenWithAWorkaround_IsMedium()
    {
        // Quick reference: "MEDIUM: Feature broken, workaround exists → Standard support"
        Assert.Equal(Priority.Medium, Classify(new TicketSignals { FeatureBroken = true, WorkaroundExists = true }).Priority);
    }

    [Fact]
    public void Cosmetic_IsLow()
    {
        // Quick reference: "LOW: Cosmetic or documentation → Reply within SLA, low priority"
        var classification = Classify(new TicketSignals { Cosmetic = true });
        Assert.Equal(Priority.Low, classification.Priority);
        Assert.Contains(classification.Trace, t => t.Reason == "Low: cosmetic or documentation");
    }

    [Fact]
    public void NothingClear_DefaultsToLow()
    {
        // §2.2.1: "Default to LOW unless clear from description"
        var classification = Classify(subject: "Question about pagination");
        Assert.Equal(Priority.Low, classification.Priority);
        Assert.Contains(classification.Trace, t => t.Rule == "triage.priority" && t.Reason.Contains("default Low"));
    }

    [Theory]
    [InlineData("Production down", "productionDown: the phrase \"production down\" in the subject")]
    [InlineData("Help", "losingMoney: the phrase \"losing money\" in the body")]
    public void ProductionDownOrLosingMoneyInTheText_IsCritical(string subject, string reason)
    {
        // §2.2.1: "Re-assess if customer mentions 'production down' or 'losing money'"
        var classification = Classify(subject: subject, body: "Since 9 we are losing money.");
        Assert.Equal(Priority.Critical, classification.Priority);
        Assert.Contains(classification.Trace, t => t.Reason == reason);
    }

    [Fact]
    public void AnExplicitFalseSignal_IsNeverOverriddenByAKeyword()
    {
        // D11: "Structured signals decide first; keywords only fill gaps."
        var classification = Classify(new TicketSignals { ProductionDown = false }, subject: "Outage?");
        Assert.Equal(Priority.Low, classification.Priority);
        Assert.False(classification.Signals.ProductionDown);
        Assert.Contains(classification.Trace, t => t.Reason.Contains("productionDown is false as given, so the phrase \"outage\" in the subject is ignored"));
    }

    [Fact]
    public void AnExplicitTrueSignal_NeedsNoKeyword()
    {
        var classification = Classify(new TicketSignals { ChurnThreat = true }, body: "we are leaving");
        Assert.DoesNotContain(classification.Trace, t => t.Rule == "triage.keyword.churnThreat");
    }

    [Fact]
    public void ChurnThreat_RaisesPriorityToHigh()
    {
        var classification = Classify(body: "We are canceling.");
        Assert.True(classification.Signals.ChurnThreat);
        Assert.Equal(Priority.High, classification.Priority);
        Assert.Contains(classification.Trace, t => t.Rule == "triage.priority.floor" && t.Reason.StartsWith("raised Low → High", StringComparison.Ordinal));
    }

    [Fact]
    public void DataLoss_RaisesPriorityToCritical()
    {
        Assert.Equal(Priority.Critical, Classify(new TicketSignals { DataLoss = true }).Priority);
    }

    [Fact]
    public void LegalOrSecurity_RaisesPriorityToHigh_ButNeverLowersIt()
    {
        Assert.Equal(Priority.High, Classify(new TicketSignals { SecurityVulnerability = true }).Priority);
        Assert.Equal(Priority.Critical, Classify(new TicketSignals { LegalOrSecurity = true, ProductionDown = true }).Priority);
    }

    [Fact]
    public void PriorityFloors_ComeFromThePolicy()
    {
        var triage = TicketTriage.Create(TriagePolicy.Default with { ChurnThreatPriority = Priority.Low });
        Assert.Equal(Priority.Low, triage.EvaluateClassification(new TriageRequest { Tier = Tier.Starter, Body = "we are leaving" }).Priority);
    }

    [Fact]
    public void AnAgentsPriority_IsAFloor()
    {
        Assert.Equal(Priority.High, Classify(priority: Priority.High).Priority);
        Assert.Equal(Priority.Critical, Classify(new TicketSignals { ProductionDown = true }, priority: Priority.Medium).Priority);
    }

    [Theory]
    [InlineData("{\"billing\":true,\"productionDown\":true}", Category.Billing)]
    [InlineData("{\"productionDown\":true,\"apiErrorCode\":\"500\"}", Category.Platform)]
    [InlineData("{\"platformImpactPct\":30}", Category.Platform)]
    [InlineData("{\"apiErrorCode\":\"429\",\"featureBroken\":true}", Category.Integration)]
    [InlineData("{\"integration\":true}", Category.Integration)]
    [InlineData("{\"featureBroken\":true}", Category.Feature)]
    [InlineData("{\"featureRequest\":true}", Category.Feature)]
    [InlineData("{\"wrongData\":true}", Category.Feature)]
    [InlineData("{}", Category.Other)]
    public void Category_FollowsTheSignalsInOrder(string signals, Category expected)
    {
        // §2.2.2: "Severity Category: Platform / Feature / Integration / Billing / Other"
        var request = TriageRequestJson.Read($$"""{"tier":"Starter","signals":{{signals}}}""").GetValueOrThrow();
        Assert.Equal(expected, TicketTriage.Default.EvaluateClassification(request).Category);
    }

    [Fact]
    public void AnAgentsCategory_IsKept()
    {
        Assert.Equal(Category.Other, Classify(new TicketSignals { Billing = true }, category: Category.Other).Category);
    }

    [Fact]
    public void ApiErrorKeywords_PreferACodeThatIsNotAutoResolved()
    {
        // Both a 401 and a 500 are mentioned: engineering, not an automatic close.
        var classification = Classify(subject: "401 Unauthorized", body: "then an Internal Server Error");
        Assert.Equal("500", classification.Signals.ApiErrorCode);
        Assert.Contains(classification.Trace, t => t.Reason == "apiErrorCode 500: the phrase \"internal server error\" in the body");
    }

    [Fact]
    public void AGivenApiErrorCode_IsNotReplacedByAKeyword()
    {
        Assert.Equal("401", Classify(new TicketSignals { ApiErrorCode = "401" }, body: "internal server error").Signals.ApiErrorCode);
    }
}
