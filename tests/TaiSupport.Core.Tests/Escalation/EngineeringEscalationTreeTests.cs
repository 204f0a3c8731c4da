using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tests.Escalation.EscalationTestData;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>The §4.4 engineering escalation protocol (D15): "not all at once, urgent first".</summary>
public sealed class EngineeringEscalationTreeTests
{
    private static readonly DecisionTree<EscalationCase> Tree = EscalationTrees.EngineeringEscalation(EscalationPolicy.Default);

    public static TheoryData<string, TicketSignals, Tier, Priority> UrgentCases => new()
    {
        // §4.4 URGENT: "Data loss or corruption", "Security vulnerability", "Production customer (Tier 3) unable to use product",
        // "Widespread outage (>20% of platform)"; and critical severity, for which §4.2 pages the on-call engineer.
        { "data loss or corruption", new TicketSignals { DataLoss = true }, Tier.Starter, Priority.Low },
        { "security vulnerability", new TicketSignals { SecurityVulnerability = true }, Tier.Starter, Priority.Low },
        { "production customer (Tier 3) unable to use product", new TicketSignals { ProductionDown = true }, Tier.Enterprise, Priority.Low },
        { "widespread outage: 20.01% of platform > 20%", new TicketSignals { PlatformImpactPct = 20.01m }, Tier.Starter, Priority.Low },
        { "critical severity", TicketSignals.None, Tier.Starter, Priority.Critical },
    };

    public static TheoryData<string, TicketSignals> HighCases => new()
    {
        // §4.4 HIGH: "Reproducible bug with customer impact", "Performance degradation (latency >500ms or error rate >5%)",
        // "Feature not working as documented", "API returning wrong data".
        { "reproducible bug with customer impact", new TicketSignals { ReproducibleBug = true } },
        { "performance degradation: latency 501 ms > 500 ms", new TicketSignals { Latency = Duration.FromMilliseconds(501) } },
        { "performance degradation: error rate 5.01% > 5%", new TicketSignals { ErrorRatePct = 5.01m } },
        { "feature not working as documented, no workaround", new TicketSignals { FeatureBroken = true } },
        { "API returning wrong data", new TicketSignals { WrongData = true } },
    };

    public static TheoryData<string, TicketSignals> MediumCases => new()
    {
        // §4.4 MEDIUM: "Potential bug (customer unsure if it's us or them)", "Performance question", "Edge case behavior",
        // "Feature enhancement request".
        { "potential bug", new TicketSignals { PotentialBug = true } },
        { "performance question", new TicketSignals { PerformanceQuestion = true } },
        { "edge case behavior", new TicketSignals { EdgeCase = true } },
        { "feature enhancement request", new TicketSignals { FeatureRequest = true } },
    };

    [Theory]
    [MemberData(nameof(UrgentCases))]
    public void Urgent_PagesImmediatelyCallsWithinAnHourAndDiagnosesWithinTwo(string reason, TicketSignals signals, Tier tier, Priority priority)
    {
        // §4.4: "URGENT (page immediately, call within 1 hour)" and "URGENT: 2 hour diagnosis + action plan"
        var outcome = Tree.Evaluate(Case(signals, tier, priority));
        Assert.Equal(["pageEngineering", "engineeringCall", "engineeringDiagnosis"], ActionNames(outcome));
        Assert.Equal([Duration.Zero, Duration.FromHours(1), Duration.FromHours(2)], outcome.Actions.Select(a => a.Within!.Value));
        Assert.Equal($"{outcome.Path[^2].Reason.Split("? ")[0]}? Yes: {reason}", outcome.Path[^2].Reason);
    }

    [Theory]
    [MemberData(nameof(HighCases))]
    public void High_SlackMessageAndDiagnosisWithinFourHours(string reason, TicketSignals signals)
    {
        // §4.4: "HIGH (slack message, respond within 4 hours)" and "HIGH: 4 hour diagnosis + initial investigation"
        var outcome = Tree.Evaluate(Case(signals));
        Assert.Equal(["messageEngineering", "engineeringDiagnosis"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(4), outcome.Actions[1].Within);
        Assert.Equal($"{outcome.Path[^2].Reason.Split("? ")[0]}? Yes: {reason}", outcome.Path[^2].Reason);
    }

    [Theory]
    [MemberData(nameof(MediumCases))]
    public void Medium_RespondsWithinOneBusinessDay(string reason, TicketSignals signals)
    {
        // §4.4: "MEDIUM (async, respond within 1 business day)"; D15: on professional-hours, whose business day is 9 h (D4)
        var outcome = Tree.Evaluate(Case(signals));
        Assert.Equal(["engineeringResponse"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(9), outcome.Actions[0].Within);
        Assert.Equal($"{outcome.Path[^2].Reason.Split("? ")[0]}? Yes: {reason}", outcome.Path[^2].Reason);
    }

    [Fact]
    public void UrgentFirst_OnlyTheFirstMatchingLevelApplies()
    {
        // §4.4: "not all at once, urgent first"
        var outcome = Tree.Evaluate(Case(new TicketSignals { DataLoss = true, ReproducibleBug = true, EdgeCase = true }));
        Assert.Equal(["pageEngineering", "engineeringCall", "engineeringDiagnosis"], ActionNames(outcome));
    }

    [Fact]
    public void ThresholdsAtTheirLimits_AreNotDegradation()
    {
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { Latency = Duration.FromMilliseconds(500), ErrorRatePct = 5m, PlatformImpactPct = 20m })).Actions);
    }

    [Fact]
    public void ProductionDownForANonEnterpriseCustomer_IsNotUrgentByItself()
    {
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { ProductionDown = true }, Tier.Professional)).Actions);
    }

    [Fact]
    public void FeatureBrokenWithAWorkaround_IsNotHigh()
    {
        // Quick reference: "MEDIUM: Feature broken, workaround exists → Standard support"
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { FeatureBroken = true, WorkaroundExists = true })).Actions);
    }

    [Fact]
    public void RoutedToEngineeringWithoutACriterion_IsMedium()
    {
        // §2.1: "If no → Route to Engineering Escalations"; no §4.4 criterion → MEDIUM
        var outcome = Tree.Evaluate(Case(route: TicketRoute.EngineeringEscalation));
        Assert.Equal(["engineeringResponse"], ActionNames(outcome));
        Assert.Contains(EscalationNodeIds.EngineeringAlready + ".yes", Rules(outcome));
    }

    [Fact]
    public void InvestigationOverTwoHours_IsMedium()
    {
        // §4.2: "If >2 hours → Escalate to eng"
        Assert.Equal(["engineeringResponse"], ActionNames(Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(121) }))));
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromHours(2) })).Actions);
    }

    [Fact]
    public void NothingForEngineering_EmitsNothing()
    {
        var outcome = Tree.Evaluate(Case());
        Assert.Empty(outcome.Actions);
        Assert.StartsWith("Going to engineering anyway? No", outcome.Path[^1].Reason);
    }

    [Fact]
    public void MediumWindow_IsMeasuredOnTheGivenCalendarsBusinessDay()
    {
        var tree = EscalationTrees.EngineeringEscalation(EscalationPolicy.Default with { MediumResponseBusinessDays = 2 }, BusinessCalendars.StarterHours);
        Assert.Equal(Duration.FromHours(16), tree.Evaluate(Case(new TicketSignals { EdgeCase = true })).Actions[0].Within);
    }

    [Fact]
    public void UnknownBuiltInCalendar_IsAProgrammerError()
    {
        var error = Assert.Throws<ArgumentException>(() => EscalationTrees.EngineeringEscalation(EscalationPolicy.Default with { MediumResponseCalendar = "emea" }));
        Assert.Contains("'emea' is not a built-in calendar", error.Message);
    }
}
