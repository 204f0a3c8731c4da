using System.Collections.Immutable;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

/// <summary>The playbook's clocks: manual §3.2, §3.3, §5.3 as read by D17.</summary>
public sealed class IncidentPlaybookTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 2, 10, 22, 0); // 14:00 PST
    private static readonly IncidentPolicy Policy = IncidentPolicy.Default;

    private static IncidentRecord P1 => new() { Id = "INC-1", Level = IncidentLevel.P1, DeclaredAt = T0 };

    private static Instant At(int minutes, int seconds = 0) => T0 + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    private static PlaybookStatus Next(IncidentRecord incident, Instant now) => IncidentPlaybook.NextActions(incident, now, Policy);

    private static RequiredAction Action(PlaybookStatus status, string name) => status.Actions.Single(a => a.Action == name);

    [Fact]
    public void NextActions_FreshP1_ListsPhaseOneActionsDecisionPointAndLevel2PageByDueInstant()
    {
        var status = Next(P1, At(0, 30));
        Assert.Equal(IncidentPhase.Investigating, status.Phase);
        Assert.Equal(["acknowledge", "updateStatusPage", "notifyCustomers", "decisionPoint", "pageLevel2"], status.Actions.Select(a => a.Action));
        Assert.Equal([At(2), At(2), At(2), At(15), At(20)], status.Actions.Select(a => a.Due));
        Assert.All(status.Actions, a => Assert.False(a.Overdue));
        Assert.Equal("declared 14:00 + 2m", status.Actions[0].Reason);
    }

    // §3.2 phase 1 "Actions (First 2 minutes)": due at 2 min, overdue only after it.
    [Fact]
    public void NextActions_AcknowledgeAtTwoMinutes_IsDueButNotOverdue_AndOverdueOneSecondLater()
    {
        Assert.False(Action(Next(P1, At(2)), PlaybookActions.Acknowledge).Overdue);
        Assert.True(Action(Next(P1, At(2, 1)), PlaybookActions.Acknowledge).Overdue);
    }

    [Fact]
    public void NextActions_Acknowledged_DropsTheAcknowledgement()
    {
        var status = Next(P1 with { Acknowledgements = [At(1)] }, At(3));
        Assert.DoesNotContain(status.Actions, a => a.Action == PlaybookActions.Acknowledge);
    }

    [Fact]
    public void NextActions_EventsAfterNow_DoNotCountYet()
    {
        var incident = P1 with { Acknowledgements = [At(5)], ResolvedAt = At(30) };
        var status = Next(incident, At(3));
        Assert.True(Action(status, PlaybookActions.Acknowledge).Overdue);
        Assert.Equal(IncidentPhase.Investigating, status.Phase);
    }

    // §3.3 "Every 15 min minimum".
    [Fact]
    public void NextActions_StatusPage_IsDueFifteenMinutesAfterTheLastUpdate()
    {
        var incident = P1 with { StatusUpdates = [At(2), At(10)] };
        var update = Action(Next(incident, At(11)), PlaybookActions.UpdateStatusPage);
        Assert.Equal(At(25), update.Due);
        Assert.Equal("last update 14:10 + 15m", update.Reason);
        Assert.False(Action(Next(incident, At(25)), PlaybookActions.UpdateStatusPage).Overdue);
        Assert.True(Action(Next(incident, At(25, 1)), PlaybookActions.UpdateStatusPage).Overdue);
    }

    // §3.2 phase 3 "Status Updates (Every 10 minutes)" while fixing.
    [Fact]
    public void NextActions_WhileFixing_StatusPageIsDueTenMinutesAfterTheLaterOfLastUpdateAndRootCause()
    {
        var incident = P1 with { StatusUpdates = [At(2), At(16)], RootCauseFoundAt = At(15) };
        var update = Action(Next(incident, At(17)), PlaybookActions.UpdateStatusPage);
        Assert.Equal(At(26), update.Due);
        Assert.Equal("while fixing: last update 14:16 + 10m", update.Reason);
        Assert.Equal(IncidentPhase.Fixing, Next(incident, At(17)).Phase);
    }

    [Fact]
    public void NextActions_RootCauseFoundAfterLastUpdate_StartsTheTenMinuteCadenceButNeverLaterThanFifteen()
    {
        var early = P1 with { StatusUpdates = [At(2)], RootCauseFoundAt = At(10) };
        Assert.Equal(At(17), Action(Next(early, At(11)), PlaybookActions.UpdateStatusPage).Due); // 14:02 + 15 beats 14:10 + 10
        var late = P1 with { StatusUpdates = [At(2), At(12)], RootCauseFoundAt = At(14) };
        var update = Action(Next(late, At(15)), PlaybookActions.UpdateStatusPage);
        Assert.Equal(At(24), update.Due); // 14:14 + 10 beats 14:12 + 15
        Assert.Equal("while fixing: root cause found 14:14 + 10m", update.Reason);
    }

    // §3.2 phase 1 step 5 "Notify customers (if P1)".
    [Fact]
    public void NextActions_CustomerNotice_IsForP1Only()
    {
        Assert.Contains(Next(P1, At(1)).Actions, a => a.Action == PlaybookActions.NotifyCustomers);
        Assert.DoesNotContain(Next(P1 with { Level = IncidentLevel.P2 }, At(1)).Actions, a => a.Action == PlaybookActions.NotifyCustomers);
        Assert.DoesNotContain(Next(P1 with { CustomersNotifiedAt = At(1) }, At(1)).Actions, a => a.Action == PlaybookActions.NotifyCustomers);
    }

    // §3.2 phase 2 "Decision Point (Minute 10-15)", D17 15 min.
    [Fact]
    public void NextActions_DecisionPoint_IsDoneByRootCauseOrEscalation()
    {
        Assert.True(Action(Next(P1, At(15, 1)), PlaybookActions.DecisionPoint).Overdue);
        Assert.DoesNotContain(Next(P1 with { RootCauseFoundAt = At(12) }, At(16)).Actions, a => a.Action == PlaybookActions.DecisionPoint);
        Assert.DoesNotContain(Next(P1 with { EscalatedAt = At(15) }, At(16)).Actions, a => a.Action == PlaybookActions.DecisionPoint);
    }

    // §5.3 "If >20 minutes: Page on-call engineer (Level 2)".
    [Fact]
    public void NextActions_Level2Page_IsDueAtTwentyMinutesForAnUnresolvedP1()
    {
        Assert.False(Action(Next(P1, At(20)), PlaybookActions.PageLevel2).Overdue);
        Assert.True(Action(Next(P1, At(20, 1)), PlaybookActions.PageLevel2).Overdue);
        Assert.DoesNotContain(Next(P1 with { Level2PagedAt = At(20) }, At(21)).Actions, a => a.Action == PlaybookActions.PageLevel2);
        Assert.DoesNotContain(Next(P1 with { ResolvedAt = At(19) }, At(21)).Actions, a => a.Action == PlaybookActions.PageLevel2);
        Assert.DoesNotContain(Next(P1 with { Level = IncidentLevel.P2 }, At(21)).Actions, a => a.Action == PlaybookActions.PageLevel2);
    }

    // §3.2 phase 4 "Run synthetic monitoring test 5x (all should pass)".
    [Fact]
    public void NextActions_Verification_NeedsFiveConsecutivePasses()
    {
        var four = P1 with { RootCauseFoundAt = At(15), VerificationRuns = [.. Enumerable.Range(0, 4).Select(i => new VerificationRun(At(30 + i), true))] };
        var verify = Action(Next(four, At(40)), PlaybookActions.Verify);
        Assert.Equal(At(90), verify.Due);
        Assert.StartsWith("4 of 5 consecutive passes so far", verify.Reason);

        var five = four with { VerificationRuns = four.VerificationRuns.Add(new VerificationRun(At(35), true)) };
        var status = Next(five, At(40));
        Assert.DoesNotContain(status.Actions, a => a.Action == PlaybookActions.Verify);
        Assert.Equal(At(35), status.VerifiedAt);
    }

    [Fact]
    public void VerifiedAt_AFailureAfterFivePasses_UndoesTheVerification()
    {
        var runs = Enumerable.Range(0, 5).Select(i => new VerificationRun(At(30 + i), true)).Append(new VerificationRun(At(36), false)).ToImmutableArray();
        Assert.Equal(At(34), IncidentPlaybook.VerifiedAt(runs, At(35), 5));
        Assert.Null(IncidentPlaybook.VerifiedAt(runs, At(36), 5));
    }

    [Fact]
    public void VerifiedAt_FailureBetweenPasses_RestartsTheCount()
    {
        var runs = ImmutableArray.Create(
            new VerificationRun(At(30), true), new VerificationRun(At(31), true), new VerificationRun(At(32), false),
            new VerificationRun(At(33), true), new VerificationRun(At(34), true), new VerificationRun(At(35), true), new VerificationRun(At(36), true));
        Assert.Null(IncidentPlaybook.VerifiedAt(runs, At(40), 5));
        Assert.Equal(At(36), IncidentPlaybook.VerifiedAt(runs, At(40), 4));
    }

    [Fact]
    public void NextActions_Verification_IsNotListedBeforeTheFixPhase() =>
        Assert.DoesNotContain(Next(P1, At(40)).Actions, a => a.Action == PlaybookActions.Verify);

    // §3.2 phase 5: resolution notice, and "Schedule for next day (24 hours after incident)".
    [Fact]
    public void NextActions_Resolved_ListsVerificationNoticeAndPostMortemOnly()
    {
        var resolved = P1 with { RootCauseFoundAt = At(15), ResolvedAt = At(45) };
        var status = Next(resolved, At(46));
        Assert.Equal(IncidentPhase.Resolved, status.Phase);
        Assert.Equal(["sendResolutionNotice", "verify", "holdPostMortem"], status.Actions.Select(a => a.Action));
        Assert.Equal([At(60), At(90), At(45) + Duration.FromHours(24)], status.Actions.Select(a => a.Due));
        Assert.Equal("resolved 14:45 + 24h", status.Actions[2].Reason);
    }

    [Fact]
    public void NextActions_EverythingDone_IsClosedWithNothingDue()
    {
        var done = P1 with
        {
            ResolvedAt = At(45),
            VerificationRuns = [.. Enumerable.Range(0, 5).Select(i => new VerificationRun(At(40 + i), true))],
            ResolutionNoticeSentAt = At(50),
            PostMortemHeldAt = At(45) + Duration.FromHours(24),
        };
        var status = Next(done, At(45) + Duration.FromHours(25));
        Assert.Equal(IncidentPhase.Closed, status.Phase);
        Assert.Empty(status.Actions);
    }

    // §5.3 "IF P3: ... No need to page on-call": only the acknowledgement.
    [Fact]
    public void NextActions_P3_OnlyNeedsAcknowledging()
    {
        var p3 = P1 with { Level = IncidentLevel.P3 };
        Assert.Equal(["acknowledge"], Next(p3, At(1)).Actions.Select(a => a.Action));
        Assert.Empty(Next(p3 with { Acknowledgements = [At(1)] }, At(30)).Actions);
    }

    [Fact]
    public void NextActions_PolicyClocks_AreData()
    {
        var policy = Policy with { Level2PageAfter = Duration.FromMinutes(30), StatusUpdateEvery = Duration.FromMinutes(20) };
        var status = IncidentPlaybook.NextActions(P1 with { StatusUpdates = [At(2)] }, At(3), policy);
        Assert.Equal(At(30), Action(status, PlaybookActions.PageLevel2).Due);
        Assert.Equal(At(22), Action(status, PlaybookActions.UpdateStatusPage).Due);
    }

    [Fact]
    public void NextActions_LevelNone_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => Next(P1 with { Level = IncidentLevel.None }, At(1)));
}
