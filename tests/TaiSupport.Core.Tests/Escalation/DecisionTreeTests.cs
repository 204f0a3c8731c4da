using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Tests.Escalation;

public sealed class DecisionTreeTests
{
    private static readonly DecisionAction AlertCsm = new("alertCsm", Duration.FromHours(1), "§4.3, D14", "Alert CSM");
    private static readonly DecisionAction PageVp = new("pageVpProduct", Duration.Zero, "§4.3, D14", "Page VP Product");

    private static DecisionTree<(int Csat, bool Canceling)> Chain()
    {
        var canceling = new CheckNode<(int Csat, bool Canceling)>(
            "canceling", "Says canceling?", "§4.3", x => Verdict.Of(x.Canceling, $"canceling={x.Canceling}"),
            yes: new EmitNode<(int, bool)>("canceling.page", [PageVp], DecisionNode<(int, bool)>.End),
            no: DecisionNode<(int, bool)>.End);
        var csat = new CheckNode<(int Csat, bool Canceling)>(
            "csat", "CSAT below 5?", "§4.3", x => Verdict.Of(x.Csat < 5, $"CSAT {x.Csat}"),
            yes: new EmitNode<(int, bool)>("csat.alert", [AlertCsm], canceling),
            no: canceling);
        return new DecisionTree<(int, bool)>("churn", csat);
    }

    [Fact]
    public void Evaluate_ChainOfChecks_ReturnsEveryTriggeredActionWithThePath()
    {
        var outcome = Chain().Evaluate((4, true));
        Assert.Equal(["alertCsm", "pageVpProduct"], outcome.Actions.Select(a => a.Action));
        Assert.Equal(["csat", "csat.alert", "canceling", "canceling.page"], outcome.Path.Select(p => p.Rule));
        Assert.Contains("CSAT 4", outcome.Path[0].Reason);
    }

    [Fact]
    public void Evaluate_NothingHolds_ReturnsNoActions()
    {
        var outcome = Chain().Evaluate((5, false));
        Assert.Empty(outcome.Actions);
        Assert.Equal(["csat", "canceling"], outcome.Path.Select(p => p.Rule));
    }

    [Fact]
    public void InsertCheckBefore_KeepsEveryOriginalLeafReachableAndAddsItsActions()
    {
        var vip = new DecisionAction("callAccountOwner", Duration.FromHours(2), "runbook 1", "Call the account owner");
        var tree = Chain().InsertCheckBefore("canceling", "vip", "VIP customer?", "runbook 1", x => Verdict.Of(x.Csat == 1, "csat 1 means VIP here"), [vip]);
        Assert.Superset(Chain().Leaves.Select(l => l.Id).ToHashSet(), tree.Leaves.Select(l => l.Id).ToHashSet());
        Assert.Equal(["alertCsm", "callAccountOwner", "pageVpProduct"], tree.Evaluate((1, true)).Actions.Select(a => a.Action));
        Assert.Equal(["alertCsm", "pageVpProduct"], tree.Evaluate((2, true)).Actions.Select(a => a.Action));
        Assert.Single(tree.Nodes, n => n.Id == "canceling"); // the shared subtree is still shared, not copied
    }

    [Fact]
    public void Constructor_DuplicateIds_AreRejected()
    {
        var a = new EmitNode<int>("same", [AlertCsm], DecisionNode<int>.End);
        var b = new EmitNode<int>("same", [PageVp], DecisionNode<int>.End);
        var error = Assert.Throws<ArgumentException>(() => new DecisionTree<int>("t", new CheckNode<int>("c", "?", "§", _ => Verdict.Yes("y"), a, b)));
        Assert.Contains("two different nodes with id 'same'", error.Message);
    }

    [Fact]
    public void InsertBefore_UnknownNode_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => Chain().InsertBefore("nope", n => n));
}
