using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tests.Escalation.EscalationTestData;
using Ids = TaiSupport.Core.Escalation.EscalationNodeIds;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>The §4.2 escalation criteria decision tree (D13), one test per branch, quoting the manual.</summary>
public sealed class EscalationCriteriaTreeTests
{
    private static readonly DecisionTree<EscalationCase> Tree = EscalationTrees.EscalationCriteria(EscalationPolicy.Default);

    [Fact]
    public void Critical_PagesVpProductAndOnCallEngineerWithinAnHourAndUpdatesTheStatusPage()
    {
        // §4.2: "[CRITICAL SEVERITY?] ──→ YES → IMMEDIATE: Page VP Product + On-Call Eng (1-hour response SLA) Update status page"
        var outcome = Tree.Evaluate(Case(priority: Priority.Critical));
        Assert.Equal(["pageVpProduct", "pageOnCallEngineer", "updateStatusPage"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(1), Single(outcome, "pageVpProduct").Within);
        Assert.Equal(Duration.FromHours(1), Single(outcome, "pageOnCallEngineer").Within);
        Assert.Equal(Duration.Zero, Single(outcome, "updateStatusPage").Within);
        Assert.Contains("priority Critical", outcome.Path[0].Reason);
    }

    [Fact]
    public void High_IsNotCritical()
    {
        var outcome = Tree.Evaluate(Case(priority: Priority.High));
        Assert.Empty(outcome.Actions);
        Assert.StartsWith("Critical severity? No", outcome.Path[0].Reason);
    }

    [Fact]
    public void Enterprise_WithContractChange_PagesVpProduct()
    {
        // §4.2: "[CUSTOMER TIER 3 (ENTERPRISE)?] ──→ YES → Check if needs CEO involvement (contract change? price negotiation?) If yes → Page VP Product"
        var outcome = Tree.Evaluate(Case(new TicketSignals { ContractChange = true }, Tier.Enterprise));
        Assert.Equal(["pageVpProduct"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(2), outcome.Actions[0].Within);
        Assert.Contains(outcome.Path, p => p.Rule == Ids.CriteriaCeoInvolvement && p.Reason.Contains("Yes: contract change"));
    }

    [Fact]
    public void Enterprise_WithPriceNegotiation_PagesVpProduct()
    {
        var outcome = Tree.Evaluate(Case(new TicketSignals { PriceNegotiation = true }, Tier.Enterprise));
        Assert.Equal(["pageVpProduct"], ActionNames(outcome));
        Assert.Contains(outcome.Path, p => p.Reason.Contains("Yes: price negotiation"));
    }

    [Fact]
    public void Enterprise_WithoutCeoInvolvement_RoutesToTheDedicatedCsm()
    {
        // §4.2: "If no → Route to dedicated CSM"
        var outcome = Tree.Evaluate(Case(tier: Tier.Enterprise));
        Assert.Equal(["routeToDedicatedCsm"], ActionNames(outcome));
        Assert.Contains(Ids.CriteriaCeoInvolvement + ".no", Rules(outcome));
    }

    [Theory]
    [InlineData(Tier.Starter)]
    [InlineData(Tier.Professional)]
    public void OtherTiers_SkipTheEnterpriseBranch(Tier tier)
    {
        var outcome = Tree.Evaluate(Case(new TicketSignals { ContractChange = true }, tier));
        Assert.Empty(outcome.Actions);
        Assert.DoesNotContain(Ids.CriteriaCeoInvolvement, Rules(outcome));
    }

    [Fact]
    public void Investigation_ExactlyThirtyMinutes_DoesNotPage()
    {
        // §4.2: "[NEEDS INVESTIGATION >30 MINUTES?]" — strictly more than 30.
        var outcome = Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(30) }));
        Assert.Empty(outcome.Actions);
    }

    [Fact]
    public void Investigation_ThirtyOneMinutes_PagesASupportEngineer()
    {
        // §4.2: "YES → Page support engineer"
        var outcome = Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(31) }));
        Assert.Equal(["pageSupportEngineer"], ActionNames(outcome));
        Assert.Contains(outcome.Path, p => p.Rule == Ids.CriteriaInvestigationEngineering && p.Reason.StartsWith("Investigation > 2h? No", StringComparison.Ordinal));
    }

    [Fact]
    public void Investigation_ExactlyTwoHours_DoesNotEscalateToEngineering()
    {
        var outcome = Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromHours(2) }));
        Assert.Equal(["pageSupportEngineer"], ActionNames(outcome));
    }

    [Fact]
    public void Investigation_OverTwoHours_AlsoEscalatesToEngineering()
    {
        // §4.2: "If >2 hours → Escalate to eng"
        var outcome = Tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(121) }));
        Assert.Equal(["pageSupportEngineer", "escalateToEngineering"], ActionNames(outcome));
    }

    [Fact]
    public void FinancialImpact_ExactlyTenThousand_DoesNotAlert()
    {
        // §4.2: "[FINANCIAL IMPACT >$10K]" — strictly more.
        var outcome = Tree.Evaluate(Case(new TicketSignals { FinancialImpact = 10_000m }));
        Assert.Empty(outcome.Actions);
        Assert.Contains(outcome.Path, p => p.Reason == "Financial impact > $10,000? No: impact $10,000");
    }

    [Fact]
    public void FinancialImpact_OneCentOverTenThousand_AlertsFinanceAndCsm()
    {
        // §4.2: "YES → Alert Finance + CSM"
        var outcome = Tree.Evaluate(Case(new TicketSignals { FinancialImpact = 10_000.01m }));
        Assert.Equal(["alertFinance", "alertCsm"], ActionNames(outcome));
        Assert.Contains(outcome.Path, p => p.Reason == "Financial impact > $10,000? Yes: impact $10,000.01");
    }

    [Fact]
    public void ChurnThreat_PagesVpProductWithinTwoHours()
    {
        // §4.2: "[CUSTOMER THREATENING CHURN?] ──→ YES → Immediate: Page VP Product (within 2 hours, not email response)"
        var outcome = Tree.Evaluate(Case(new TicketSignals { ChurnThreat = true }));
        Assert.Equal(["pageVpProduct"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(2), outcome.Actions[0].Within);
    }

    [Fact]
    public void LegalOrSecurity_PagesGeneralCounselAndCisoWithinFourHours()
    {
        // §4.2: "[LEGAL/SECURITY ISSUE?] ──→ YES → Page General Counsel + CISO (within 4 hours)"
        var outcome = Tree.Evaluate(Case(new TicketSignals { LegalOrSecurity = true }));
        Assert.Equal(["pageGeneralCounsel", "pageCiso"], ActionNames(outcome));
        Assert.All(outcome.Actions, a => Assert.Equal(Duration.FromHours(4), a.Within));
    }

    [Fact]
    public void SecurityVulnerability_IsASecurityIssue()
    {
        var outcome = Tree.Evaluate(Case(new TicketSignals { SecurityVulnerability = true }));
        Assert.Equal(["pageGeneralCounsel", "pageCiso"], ActionNames(outcome));
    }

    [Fact]
    public void NothingHolds_IsTheStandardSupportResponse()
    {
        // §4.2: "Standard Support Response └─ Response within SLA └─ Resolution within resolution target"
        var outcome = Tree.Evaluate(Case());
        Assert.Empty(outcome.Actions);
        var last = outcome.Path[^1];
        Assert.Equal(Ids.CriteriaStandard, last.Rule);
        Assert.StartsWith("Standard support response? Yes", last.Reason);
    }

    [Fact]
    public void EveryCriterion_TriggersAllItsActionsTopDown()
    {
        // D13: "evaluated top-down and returns every action it triggers with its response window"
        var signals = new TicketSignals
        {
            PriceNegotiation = true, InvestigationTime = Duration.FromHours(3), FinancialImpact = 50_000m, ChurnThreat = true, LegalOrSecurity = true,
        };
        var outcome = Tree.Evaluate(Case(signals, Tier.Enterprise, Priority.Critical));
        Assert.Equal(
            ["pageVpProduct", "pageOnCallEngineer", "updateStatusPage", "pageVpProduct", "pageSupportEngineer", "escalateToEngineering", "alertFinance", "alertCsm", "pageVpProduct", "pageGeneralCounsel", "pageCiso"],
            ActionNames(outcome));
        Assert.StartsWith("Standard support response? No", outcome.Path[^1].Reason);
    }

    [Fact]
    public void Thresholds_ComeFromThePolicy()
    {
        var tree = EscalationTrees.EscalationCriteria(EscalationPolicy.Default with { FinancialImpactAbove = 50_000m, InvestigationPageAfter = Duration.FromMinutes(10) });
        Assert.Empty(tree.Evaluate(Case(new TicketSignals { FinancialImpact = 20_000m })).Actions);
        Assert.Equal(["pageSupportEngineer"], ActionNames(tree.Evaluate(Case(new TicketSignals { InvestigationTime = Duration.FromMinutes(11) }))));
        Assert.Contains(tree.Nodes.OfType<CheckNode<EscalationCase>>(), n => n.Question == "Needs investigation > 10m?");
    }

    [Fact]
    public void InsertCheckBefore_AddsARunbookCheckAndKeepsEveryManualBranch()
    {
        // docs/triage-and-escalation.md "Extending a tree" copies this example.
        var callAccountOwner = new Decisions.DecisionAction("callAccountOwner", Duration.FromMinutes(30), "runbook §7", "Call the account owner");
        var tree = EscalationTrees.EscalationCriteria(EscalationPolicy.Default)
            .InsertCheckBefore(
                EscalationNodeIds.CriteriaChurn, "runbook.strategic", "Strategic account (impact over $1M)?", "runbook §7",
                c => Verdict.Of(c.Signals.FinancialImpact > 1_000_000m, $"impact {c.Signals.FinancialImpact}"), [callAccountOwner]);

        var outcome = tree.Evaluate(Case(new TicketSignals { FinancialImpact = 2_000_000m, ChurnThreat = true }));
        Assert.Equal(["alertFinance", "alertCsm", "callAccountOwner", "pageVpProduct"], ActionNames(outcome));
        Assert.Superset(Tree.Leaves.Select(l => l.Id).ToHashSet(), tree.Leaves.Select(l => l.Id).ToHashSet());
    }
}
