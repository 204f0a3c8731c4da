using TaiSupport.Core.Decisions;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>Manual §5.3 "On-Call Escalation Decision Tree".</summary>
public sealed class OnCallResponseTreeTests
{
    private static DecisionOutcome Walk(IncidentLevel level, Duration sinceAlert, bool resolved = false, bool obvious = false) =>
        OnCallResponseTree.Default.Evaluate(new OnCallSituation(level, sinceAlert, resolved, FixIsObvious: obvious));

    [Fact]
    public void Evaluate_AnyAlert_RespondsWithinFifteenMinutes()
    {
        var outcome = Walk(IncidentLevel.None, Duration.Zero);
        Assert.Equal(["acknowledgeAlert", "joinIncidentChannel", "assessSeverity"], outcome.Actions.Select(a => a.Action));
        Assert.All(outcome.Actions, a => Assert.Equal(Duration.FromMinutes(15), a.Within));
    }

    // "If >20 minutes: Page on-call engineer (Level 2)" — strict.
    [Fact]
    public void Evaluate_P1AtExactlyTwentyMinutes_DoesNotPageLevel2Yet()
    {
        var outcome = Walk(IncidentLevel.P1, Duration.FromMinutes(20));
        Assert.Equal(["acknowledgeAlert", "joinIncidentChannel", "assessSeverity", "investigateRootCause", "attemptFix", "updateStatusPage", "notifyEnterpriseCustomers"],
            outcome.Actions.Select(a => a.Action));
        Assert.Contains("20m since the alert <= 20m", outcome.Path.Single(p => p.Rule == "§5.3.p1.over-20-min").Reason);
    }

    [Fact]
    public void Evaluate_P1TwentyMinutesOneSecond_PagesLevel2()
    {
        var outcome = Walk(IncidentLevel.P1, Duration.FromSeconds(20 * 60 + 1));
        Assert.Equal("pageLevel2Engineer", outcome.Actions[^1].Action);
        Assert.Equal(Duration.FromMinutes(15), outcome.Actions.Single(a => a.Action == "updateStatusPage").Within);
    }

    [Fact]
    public void Evaluate_P1ResolvedOrTakenOver_DoesNotPage()
    {
        Assert.DoesNotContain(Walk(IncidentLevel.P1, Duration.FromMinutes(30), resolved: true).Actions, a => a.Action == "pageLevel2Engineer");
        var takenOver = OnCallResponseTree.Default.Evaluate(new OnCallSituation(IncidentLevel.P1, Duration.FromMinutes(30), EngineerTookOver: true));
        Assert.DoesNotContain(takenOver.Actions, a => a.Action == "pageLevel2Engineer");
    }

    [Fact]
    public void Evaluate_P2_InvestigatesTenMinutesThenFixesOrEscalates()
    {
        var unclear = Walk(IncidentLevel.P2, Duration.FromMinutes(5));
        Assert.Equal(["investigateRootCause", "escalateToEngineeringOnCall", "stayCommunicationLiaison"], unclear.Actions.Skip(3).Select(a => a.Action));
        Assert.Equal(Duration.FromMinutes(10), unclear.Actions[3].Within);
        var obvious = Walk(IncidentLevel.P2, Duration.FromMinutes(5), obvious: true);
        Assert.Equal(["investigateRootCause", "applyFix", "stayCommunicationLiaison"], obvious.Actions.Skip(3).Select(a => a.Action));
    }

    [Fact]
    public void Evaluate_P3_LogsForTheMorningWithoutPaging()
    {
        var outcome = Walk(IncidentLevel.P3, Duration.FromMinutes(5));
        Assert.Equal(["logInSlack", "assignNextDaySupportEngineer"], outcome.Actions.Skip(3).Select(a => a.Action));
        Assert.Equal(["§5.3.respond", "§5.3.p1", "§5.3.p2", "§5.3.p3", "§5.3.p3.log"], outcome.Path.Select(p => p.Rule));
    }

    [Fact]
    public void Create_WithPolicy_UsesItsWindows()
    {
        var tree = OnCallResponseTree.Create(IncidentPolicy.Default with { Level2PageAfter = Duration.FromMinutes(30), OnCallRespondWithin = Duration.FromMinutes(5) });
        var outcome = tree.Evaluate(new OnCallSituation(IncidentLevel.P1, Duration.FromMinutes(25)));
        Assert.DoesNotContain(outcome.Actions, a => a.Action == "pageLevel2Engineer");
        Assert.Equal(Duration.FromMinutes(5), outcome.Actions[0].Within);
    }

    [Fact]
    public void InsertCheckBefore_AddsARunbookStepAndKeepsEveryLeaf()
    {
        var callCsm = new DecisionAction("callCsm", Duration.FromMinutes(30), "runbook 3", "Call the CSM of affected Enterprise customers");
        var tree = OnCallResponseTree.Default.InsertCheckBefore("§5.3.p1.act", "acme.enterprise", "Enterprise affected?", "runbook 3",
            s => Verdict.Of(s.Level == IncidentLevel.P1, "P1 touches Enterprise"), [callCsm]);
        Assert.Equal(OnCallResponseTree.Default.Leaves.Select(l => l.Id).Order(), tree.Leaves.Where(l => l.Id != "acme.enterprise.actions").Select(l => l.Id).Order());
        Assert.Equal("callCsm", tree.Evaluate(new OnCallSituation(IncidentLevel.P1, Duration.Zero)).Actions[3].Action);
    }
}
