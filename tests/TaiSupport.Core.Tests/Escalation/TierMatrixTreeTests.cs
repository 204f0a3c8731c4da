using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tests.Escalation.EscalationTestData;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>The §4.1 tier escalation matrix: who holds the ticket, one test per branch, quoting the manual.</summary>
public sealed class TierMatrixTreeTests
{
    private static readonly DecisionTree<EscalationCase> Tree = EscalationTrees.TierMatrix(EscalationPolicy.Default);

    [Fact]
    public void NothingSpecial_StaysWithTheSupportEngineer()
    {
        // §4.1: "TIER 1: SUPPORT ENGINEER ├─ Responds to: All tickets"
        Assert.Equal(["supportEngineerKeeps"], ActionNames(Tree.Evaluate(Case())));
    }

    [Fact]
    public void InvestigationOfExactlyThirtyMinutes_StaysAtTier1()
    {
        Assert.Equal(["supportEngineerKeeps"], ActionNames(Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(30) }))));
    }

    [Fact]
    public void InvestigationOverThirtyMinutes_GoesToEngineeringAndCsmInParallel()
    {
        // §4.1: "↓ [INVESTIGATION >30 MINUTES] TIER 2: ENGINEERING + CSM (Parallel)"
        var outcome = Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(31) }));
        Assert.Equal(["handToEngineeringAndCsm"], ActionNames(outcome));
    }

    [Fact]
    public void RoutedToEngineering_IsHeldAtTier2()
    {
        // §4.1 Tier 1: "Escalates to: Engineering (complex bugs)"
        Assert.Equal(["handToEngineeringAndCsm"], ActionNames(Tree.Evaluate(Case(route: TicketRoute.EngineeringEscalation))));
    }

    [Fact]
    public void CriticalBugAtTier2_AlsoEscalatesToVpEngineering()
    {
        // §4.1 Tier 2: "Escalates to: VP Product (churn risk) or VP Eng (critical bug)"
        var outcome = Tree.Evaluate(Case(priority: Priority.Critical));
        Assert.Equal(["handToEngineeringAndCsm", "escalateToVpEngineering"], ActionNames(outcome));
    }

    [Fact]
    public void ChurnThreat_GoesToVpProductAndCeoWithinTwoHours()
    {
        // §4.1: "↓ [CHURN RISK or CUSTOMER THREATENS TO LEAVE] TIER 3: VP PRODUCT + CEO … Available within 2 hours (page directly)"
        var outcome = Tree.Evaluate(Case(new TicketSignals { ChurnThreat = true, InvestigationTime = Duration.FromHours(1) }));
        Assert.Equal(["handToVpProductAndCeo"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(2), outcome.Actions[0].Within);
    }

    [Fact]
    public void ChurnRiskFromALowCsat_IsHeldAtTier3()
    {
        var outcome = Tree.Evaluate(Case(new TicketSignals { Csat = 3m }));
        Assert.Equal(["handToVpProductAndCeo"], ActionNames(outcome));
        Assert.Contains(outcome.Path, p => p.Reason.Contains("CSAT 3 < 5"));
    }

    [Fact]
    public void LegalOrSecurity_GoesToGeneralCounselAndCisoWithinFourHours_WhateverElseHolds()
    {
        // §4.1: "↓ [LEGAL or SECURITY ISSUE] TIER 4: GENERAL COUNSEL + CISO … Availability: Within 4 hours"
        var outcome = Tree.Evaluate(Case(new TicketSignals { LegalOrSecurity = true, ChurnThreat = true }, priority: Priority.Critical));
        Assert.Equal(["handToGeneralCounselAndCiso"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(4), outcome.Actions[0].Within);
    }
}
