using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of triage, the escalation trees and assignment on random tickets whose signals sit on both sides of
/// every threshold. Replay a failure with the seed FsCheck prints: <c>[Property(Replay = "…")]</c>.
/// </summary>
public sealed class TriageProperties
{
    private static readonly TicketTriage Triage = TicketTriage.Default;

    private static readonly (string Name, DecisionTree<EscalationCase> Tree)[] ManualTrees =
    [
        ("§4.2", Triage.EscalationCriteria), ("§4.1", Triage.TierMatrix), ("§4.3", Triage.ChurnTriggers), ("§4.4", Triage.EngineeringEscalation),
    ];

    [Property(MaxTest = 300)]
    public Property Evaluate_IsTotal_EveryTicketGetsAPriorityARouteAndATrace() =>
        Prop.ForAll(Arb.From(TriageGenerators.Request), request =>
        {
            var result = Triage.Evaluate(request, TriageGenerators.Now);
            return (Enum.IsDefined(result.Priority) && Enum.IsDefined(result.Route) && Enum.IsDefined(result.Category) && Enum.IsDefined(result.HeldBy)).Label("defined values")
                .And(result.Trace.Any(t => t.Rule == "triage.priority") && result.Trace.Any(t => t.Rule == "triage.route")).Label("trace explains priority and route")
                .And(result.Actions.All(a => (a.Within is null) == (a.Due is null) && (a.Due is null || a.Due >= result.Now))).Label("every window has a due instant")
                .And((result.Priority >= (request.Priority ?? Core.Tickets.Priority.Low)).Label("an agent's priority is a floor"));
        });

    [Property(MaxTest = 300)]
    public Property AddingAChurnSignal_NeverLowersPriorityOrRemovesAnAction() =>
        Prop.ForAll(Arb.From(from r in TriageGenerators.Request where r.Signals.ChurnThreat != true select r), request =>
        {
            var before = Triage.Evaluate(request, TriageGenerators.Now);
            var structured = Triage.Evaluate(request with { Signals = request.Signals with { ChurnThreat = true } }, TriageGenerators.Now);
            var spoken = Triage.Evaluate(request with { Body = request.Body + " We are canceling." }, TriageGenerators.Now);
            return KeepsEverything(before, structured).Label("churnThreat: true")
                .And((request.Signals.ChurnThreat is not null || KeepsEverything(before, spoken)).Label("\"canceling\" in the body"));
        });

    [Property(MaxTest = 200)]
    public Property InsertingACheck_StillReachesEveryOriginalLeaf() =>
        Prop.ForAll(
            Arb.From(
                from t in Gen.Elements(ManualTrees)
                from index in Gen.Choose(0, 1000)
                from holds in Gen.Elements(true, false)
                from cases in Gen.ListOf(TriageGenerators.Case, 10)
                select (t.Name, t.Tree, Target: t.Tree.Nodes[index % t.Tree.Nodes.Length].Id, holds, cases)),
            x =>
            {
                var extra = new Decisions.DecisionAction("extra", null, "test", "Extra");
                var tree = x.Tree.InsertCheckBefore(x.Target, "inserted", "Inserted?", "test", c => Verdict.Of(x.holds ^ (c.Tier == Core.Tickets.Tier.Starter), "random"), [extra]);
                var leaves = tree.Leaves.Select(l => l.Id).ToHashSet();
                var structural = x.Tree.Leaves.All(l => leaves.Contains(l.Id));
                var dynamic = x.cases.All(c =>
                {
                    var original = x.Tree.Evaluate(c);
                    var extended = tree.Evaluate(c);
                    return IsSubsequence(original.Path.Select(p => p.Rule), extended.Path.Select(p => p.Rule))
                        && IsSubsequence(original.Actions.Select(a => a.Action), extended.Actions.Select(a => a.Action));
                });
                return structural.Label($"{x.Name} before {x.Target}: every original leaf is still in the tree")
                    .And(dynamic.Label("every evaluation still visits every original step and emits every original action"));
            });

    [Property(MaxTest = 300)]
    public Property Assign_ChoosesATeamMember_OnShiftWhenAnyoneIs_AndNotAtTheEndOfTheirShiftWhenAvoidable() =>
        Prop.ForAll(
            Arb.From(from team in TriageGenerators.Team from ticket in TriageGenerators.AssignmentTicket from now in TriageGenerators.Moment select (team, ticket, now)),
            x =>
            {
                var result = TicketAssignment.Assign(x.ticket, x.team, x.now);
                var assignee = result.Assignee!;
                var onShift = x.team.Where(m => m.Shift.IsOpen(x.now)).ToList();
                var fresh = onShift.Where(m => !EndsSoon(m, x.now)).ToList();
                return x.team.Contains(assignee).Label("a team member")
                    .And((onShift.Count == 0 || assignee.Shift.IsOpen(x.now)).Label("on shift when anyone is"))
                    .And((fresh.Count == 0 || !EndsSoon(assignee, x.now)).Label("not at the end of the shift when someone else is on"))
                    .And(result.Collaborators.All(c => c.Level == TeamLevel.Engineer && !ReferenceEquals(c, assignee)).Label("collaborators are other engineers"));
            });

    private static bool EndsSoon(AssignableAgent member, Instant now) =>
        member.Shift.NextClosing(now) is { } closing && closing - now <= AssignmentPolicy.Default.EndOfShiftGuard;

    private static bool KeepsEverything(TriageResult before, TriageResult after)
    {
        var remaining = after.Actions.Select(a => (a.Action, a.Within, a.Source)).ToList();
        return after.Priority >= before.Priority && before.Actions.All(a => remaining.Remove((a.Action, a.Within, a.Source)));
    }

    private static bool IsSubsequence(IEnumerable<string> part, IEnumerable<string> whole)
    {
        using var cursor = whole.GetEnumerator();
        return part.All(item =>
        {
            while (cursor.MoveNext())
            {
                if (cursor.Current == item)
                {
                    return true;
                }
            }

            return false;
        });
    }
}
