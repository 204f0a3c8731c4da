using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tests.Escalation.EscalationTestData;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>The §4.3 churn prevention triggers (D14), each on both sides of its threshold, quoting the manual.</summary>
public sealed class ChurnTriggersTreeTests
{
    private static readonly DecisionTree<EscalationCase> Tree = EscalationTrees.ChurnTriggers(EscalationPolicy.Default);

    [Fact]
    public void CsatOfFive_IsNotATrigger()
    {
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { Csat = 5m })).Actions);
    }

    [Fact]
    public void CsatOfFour_AlertsCsmCallsAndOffersConcessions()
    {
        // §4.3 1: "CSAT Score < 5: Alert CSM within 1 hour; Call customer within 24 hours; Offer concessions"
        var outcome = Tree.Evaluate(Case(new TicketSignals { Csat = 4m }));
        Assert.Equal(["alertCsm", "callCustomer", "offerConcessions"], ActionNames(outcome));
        Assert.Equal(Duration.FromHours(1), outcome.Actions[0].Within);
        Assert.Equal(Duration.FromHours(24), outcome.Actions[1].Within);
        Assert.Null(outcome.Actions[2].Within);
    }

    [Fact]
    public void SaysCanceling_PagesVpProductImmediatelyCsmCallsAndOffersAFixPeriod()
    {
        // §4.3 2: "Customer says 'canceling' or 'leaving': IMMEDIATE page to VP Product; CSM calls within 2 hours; Offer 30-day trial period to fix issue at no charge"
        var outcome = Tree.Evaluate(Case(new TicketSignals { ChurnThreat = true }));
        Assert.Equal(["pageVpProduct", "csmCall", "offerFixPeriod"], ActionNames(outcome));
        Assert.Equal(Duration.Zero, outcome.Actions[0].Within);
        Assert.Equal(Duration.FromHours(2), outcome.Actions[1].Within);
        Assert.Contains("30-day", outcome.Actions[2].Description);
    }

    [Fact]
    public void ThirteenDaysWithoutAnApiCall_IsNotATrigger()
    {
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { LastApiCallAt = Now - Duration.FromDays(13) })).Actions);
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { LastApiCallAt = Now - Duration.FromDays(14) + Duration.FromMinutes(1) })).Actions);
    }

    [Fact]
    public void FourteenDaysWithoutAnApiCall_AlertsCsmSendsReengagementAndOffersASession()
    {
        // §4.3 3: "Customer hasn't called API in 14+ days: Alert CSM; Send re-engagement email; Offer 1-hour working session to unblock"
        var outcome = Tree.Evaluate(Case(new TicketSignals { LastApiCallAt = Now - Duration.FromDays(14) }));
        Assert.Equal(["alertCsm", "sendReengagementEmail", "offerWorkingSession"], ActionNames(outcome));
        Assert.Contains("We noticed you haven't used TAI in 2 weeks", outcome.Actions[1].Description);
        Assert.Contains("1h working session", outcome.Actions[2].Description);
    }

    [Fact]
    public void TwoTicketsOnTheSameIssue_IsNotATrigger()
    {
        Assert.Empty(Tree.Evaluate(Case(new TicketSignals { SameIssueTickets = 2 })).Actions);
    }

    [Fact]
    public void ThreeTicketsOnTheSameIssue_AlertsVpProductToFixOrOfferACustomSolution()
    {
        // §4.3 4: "Support tickets on same issue 3+ times: Alert VP Product; Either: (a) Fix the product (if bug), or (b) Call customer and offer custom solution"
        var outcome = Tree.Evaluate(Case(new TicketSignals { SameIssueTickets = 3 }));
        Assert.Equal(["alertVpProduct", "fixOrOfferCustomSolution"], ActionNames(outcome));
    }

    [Fact]
    public void EveryTrigger_AddsItsFollowUps()
    {
        var outcome = Tree.Evaluate(Case(new TicketSignals { Csat = 1m, ChurnThreat = true, LastApiCallAt = Now - Duration.FromDays(30), SameIssueTickets = 5 }));
        Assert.Equal(11, outcome.Actions.Length);
        Assert.Equal(8, outcome.Path.Length);
    }

    [Fact]
    public void NoSignal_TriggersNothing_AndSaysWhy()
    {
        var outcome = Tree.Evaluate(Case());
        Assert.Empty(outcome.Actions);
        Assert.Equal(
            ["CSAT score < 5? No: no CSAT given", "Customer says \"canceling\" or \"leaving\"? No: churnThreat not given",
             "No API call for 14+ days? No: no last API call given", "Tickets on the same issue 3+ times? No: no repeat count given"],
            outcome.Path.Select(p => p.Reason));
    }
}
