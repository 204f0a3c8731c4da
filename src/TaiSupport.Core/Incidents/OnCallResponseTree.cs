using NodaTime;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Incidents;

/// <summary>What the on-call engineer knows when walking the §5.3 tree.</summary>
/// <param name="Level">The assessed severity (from <see cref="IncidentDeclaration"/>).</param>
/// <param name="SinceAlert">How long since the PagerDuty alert fired.</param>
/// <param name="Resolved">The incident is resolved.</param>
/// <param name="EngineerTookOver">A Level-2 engineer has taken over.</param>
/// <param name="FixIsObvious">For a P2: investigation found an obvious fix.</param>
public sealed record OnCallSituation(IncidentLevel Level, Duration SinceAlert, bool Resolved = false, bool EngineerTookOver = false, bool FixIsObvious = false);

/// <summary>
/// The manual's §5.3 on-call escalation decision tree as a <see cref="DecisionTree{TInput}"/> value: respond within 15
/// minutes; a P1 is acted on at once and pages Level 2 when unresolved after more than 20 minutes; a P2 is investigated
/// for at most 10 minutes, then fixed if obvious or escalated to engineering; a P3 is logged for the morning.
/// </summary>
/// <remarks>
/// Node ids (<c>§5.3.respond</c>, <c>§5.3.p1</c>, <c>§5.3.p1.over-20-min</c>…) are stable, so you can insert your own
/// checks with <see cref="DecisionTree{TInput}.InsertCheckBefore"/>. The windows come from the <see cref="IncidentPolicy"/>
/// (D17): <see cref="IncidentPolicy.OnCallRespondWithin"/>, <see cref="IncidentPolicy.Level2PageAfter"/>,
/// <see cref="IncidentPolicy.StatusUpdateEvery"/>, <see cref="IncidentPolicy.P2InvestigateFor"/>. "More than 20 minutes"
/// is strict: at exactly 20 minutes Level 2 is not paged yet.
/// </remarks>
/// <example>
/// <code>
/// var outcome = OnCallResponseTree.Default.Evaluate(new OnCallSituation(IncidentLevel.P1, Duration.FromMinutes(21)));
/// // actions: acknowledgeAlert, joinIncidentChannel, assessSeverity, investigateRootCause, attemptFix,
/// //          updateStatusPage, notifyEnterpriseCustomers, pageLevel2Engineer
/// </code>
/// </example>
public static class OnCallResponseTree
{
    private const string Source = "§5.3";
    private const string ClockSource = "§5.3, D17";

    /// <summary>The tree with <see cref="IncidentPolicy.Default"/>'s windows.</summary>
    public static DecisionTree<OnCallSituation> Default { get; } = Create(IncidentPolicy.Default);

    /// <summary>Builds the tree with a policy's windows.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The tree.</returns>
    public static DecisionTree<OnCallSituation> Create(IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var end = DecisionNode<OnCallSituation>.End;

        var pageLevel2 = new CheckNode<OnCallSituation>(
            "§5.3.p1.over-20-min", $"P1 unresolved for more than {IncidentText.Span(policy.Level2PageAfter)}?", ClockSource,
            s => Verdict.Of(
                !s.Resolved && !s.EngineerTookOver && s.SinceAlert > policy.Level2PageAfter,
                s.Resolved ? "resolved" : s.EngineerTookOver ? "an engineer has taken over"
                    : $"{IncidentText.Span(s.SinceAlert)} since the alert {(s.SinceAlert > policy.Level2PageAfter ? ">" : "<=")} {IncidentText.Span(policy.Level2PageAfter)}"),
            yes: Emit("§5.3.p1.page-level-2", end, Act("pageLevel2Engineer", Duration.Zero, ClockSource, "Page on-call engineer (Level 2)")),
            no: end);

        var p1 = Emit("§5.3.p1.act", pageLevel2,
            Act("investigateRootCause", null, Source, "Investigate root cause (use Datadog, logs, git)"),
            Act("attemptFix", null, Source, "Attempt fix (restart, scale, rollback)"),
            Act("updateStatusPage", policy.StatusUpdateEvery, ClockSource, $"Update status page every {IncidentText.Span(policy.StatusUpdateEvery)}"),
            Act("notifyEnterpriseCustomers", null, Source, "Notify customers in Slack (Enterprise); continue until resolved or engineer takes over"));

        var p2Fix = new CheckNode<OnCallSituation>(
            "§5.3.p2.obvious-fix", "Obvious fix?", Source, s => Verdict.Of(s.FixIsObvious, s.FixIsObvious ? "the fix is obvious" : "the root cause is unclear"),
            yes: Emit("§5.3.p2.apply-fix", end,
                Act("applyFix", null, Source, "If obvious fix: apply it"),
                Act("stayCommunicationLiaison", null, Source, "Support engineer stays as communication liaison (not hands-on fix)")),
            no: Emit("§5.3.p2.escalate", end,
                Act("escalateToEngineeringOnCall", Duration.Zero, Source, "If unclear: escalate to engineering on-call immediately"),
                Act("stayCommunicationLiaison", null, Source, "Support engineer stays as communication liaison (not hands-on fix)")));

        var p2 = Emit("§5.3.p2.investigate", p2Fix,
            Act("investigateRootCause", policy.P2InvestigateFor, Source, $"Investigate root cause ({IncidentText.Span(policy.P2InvestigateFor)} max)"));

        var p3 = Emit("§5.3.p3.log", end,
            Act("logInSlack", null, Source, "Log details in Slack"),
            Act("assignNextDaySupportEngineer", null, Source, "Assign to next day's support engineer; no need to page on-call (can wait for business hours)"));

        var isP3 = Level("§5.3.p3", "P3: significant?", IncidentLevel.P3, p3, end);
        var isP2 = Level("§5.3.p2", "P2: major?", IncidentLevel.P2, p2, isP3);
        var isP1 = Level("§5.3.p1", "P1: critical?", IncidentLevel.P1, p1, isP2);

        var respond = Emit("§5.3.respond", isP1,
            Act("acknowledgeAlert", policy.OnCallRespondWithin, Source, $"Respond within {IncidentText.Span(policy.OnCallRespondWithin)}: acknowledge alert in PagerDuty"),
            Act("joinIncidentChannel", policy.OnCallRespondWithin, Source, "Join Slack #incidents-critical channel"),
            Act("assessSeverity", policy.OnCallRespondWithin, Source, "Assess severity: is it P1, P2, or P3?"));

        return new DecisionTree<OnCallSituation>("§5.3 on-call escalation decision tree", respond);
    }

    private static CheckNode<OnCallSituation> Level(string id, string question, IncidentLevel level, DecisionNode<OnCallSituation> yes, DecisionNode<OnCallSituation> no) =>
        new(id, question, "§5.3, D16", s => Verdict.Of(s.Level == level, $"assessed {s.Level}"), yes, no);

    private static EmitNode<OnCallSituation> Emit(string id, DecisionNode<OnCallSituation> next, params DecisionAction[] actions) =>
        new(id, [.. actions], next);

    private static DecisionAction Act(string action, Duration? within, string source, string description) => new(action, within, source, description);
}
