using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>
/// <see cref="DecisionTree{TInput}.Evaluate"/> reuses this thread's builders between evaluations (issue 15's speed
/// work): outcomes must not share or lose anything, also when a condition evaluates another tree of the same input type
/// while the outer evaluation is building, and after a condition threw.
/// </summary>
public sealed class DecisionTreeBuilderReuseTests
{
    private static readonly DecisionAction Inner = new("inner", null, "test", "Inner action");
    private static readonly DecisionAction Outer = new("outer", null, "test", "Outer action");
    private static readonly DecisionAction After = new("after", null, "test", "After action");

    private static readonly DecisionTree<int> InnerTree = new("inner", new CheckNode<int>(
        "inner.check", "Positive?", "test", x => x > 0 ? throw new InvalidOperationException("boom") : Verdict.Of(x == 0, $"x {x}"),
        yes: new EmitNode<int>("inner.emit", [Inner], DecisionNode<int>.End),
        no: DecisionNode<int>.End));

    private static readonly DecisionTree<int> OuterTree = new("outer", new CheckNode<int>(
        "outer.check", "Inner tree emits?", "test", x => Verdict.Of(!InnerTree.Evaluate(x - 1).Actions.IsEmpty, $"inner for {x - 1}"),
        yes: new EmitNode<int>("outer.emit", [Outer], new CheckNode<int>(
            "outer.after", "Always?", "test", _ => Verdict.Of(true, "always"),
            yes: new EmitNode<int>("outer.after.emit", [After], DecisionNode<int>.End),
            no: DecisionNode<int>.End)),
        no: DecisionNode<int>.End));

    [Fact]
    public void Evaluate_WhileAnotherTreeOfTheSameInputIsBuilding_KeepsBothOutcomesWhole()
    {
        var first = OuterTree.Evaluate(1);
        var second = OuterTree.Evaluate(1);
        var inner = InnerTree.Evaluate(0);

        Assert.Equal(["outer", "after"], first.Actions.Select(a => a.Action));
        Assert.Equal(["outer.check", "outer.emit", "outer.after", "outer.after.emit"], first.Path.Select(p => p.Rule));
        Assert.Equal(first.Actions.ToArray(), second.Actions.ToArray());
        Assert.Equal(first.Path.ToArray(), second.Path.ToArray());
        Assert.Equal(["inner"], inner.Actions.Select(a => a.Action));
        Assert.Equal(["inner.check", "inner.emit"], inner.Path.Select(p => p.Rule));
    }

    [Fact]
    public void Evaluate_AfterAConditionThrew_StartsClean()
    {
        Assert.Throws<InvalidOperationException>(() => InnerTree.Evaluate(5));
        var outcome = InnerTree.Evaluate(0);
        Assert.Equal(["inner"], outcome.Actions.Select(a => a.Action));
        Assert.Equal(["inner.check", "inner.emit"], outcome.Path.Select(p => p.Rule));
        Assert.Empty(InnerTree.Evaluate(-3).Actions);
    }
}
