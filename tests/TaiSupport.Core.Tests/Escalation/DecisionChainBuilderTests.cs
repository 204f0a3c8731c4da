using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Tests.Escalation;

public sealed class DecisionChainBuilderTests
{
    private static readonly DecisionAction A = new("a", null, "§", "A");
    private static readonly DecisionAction B = new("b", null, "§", "B");
    private static readonly DecisionAction C = new("c", Duration.FromMinutes(30), "§", "C");

    [Fact]
    public void Check_EmitsOnYesAndAlwaysGoesOn()
    {
        var tree = DecisionChain.For<int>()
            .Check("even", "Even?", "§", x => Verdict.Of(x % 2 == 0, $"{x}"), [A])
            .Check("big", "Big?", "§", x => Verdict.Of(x > 10, $"{x}"), [B])
            .Build("t");
        Assert.Equal(["a", "b"], tree.Evaluate(12).Actions.Select(a => a.Action));
        Assert.Equal(["b"], tree.Evaluate(11).Actions.Select(a => a.Action));
        Assert.Equal(["even", "big", "big.yes"], tree.Evaluate(11).Path.Select(p => p.Rule));
    }

    [Fact]
    public void Check_WithANestedChain_AsksItOnlyAfterAYes()
    {
        var tree = DecisionChain.For<int>()
            .Check("even", "Even?", "§", x => Verdict.Of(x % 2 == 0, $"{x}"), [], then => then.Check("four", "Multiple of 4?", "§", x => Verdict.Of(x % 4 == 0, $"{x}"), [A]))
            .Check("big", "Big?", "§", x => Verdict.Of(x > 10, $"{x}"), [B])
            .Build("t");
        Assert.Equal(["a", "b"], tree.Evaluate(12).Actions.Select(a => a.Action));
        Assert.Equal(["even", "big"], tree.Evaluate(3).Path.Select(p => p.Rule));
        Assert.Equal(["even", "four", "big", "big.yes"], tree.Evaluate(14).Path.Select(p => p.Rule));
    }

    [Fact]
    public void FirstMatch_StopsAtTheFirstYes()
    {
        var tree = DecisionChain.For<int>()
            .FirstMatch("big", "Big?", "§", x => Verdict.Of(x > 10, $"{x}"), [A])
            .FirstMatch("positive", "Positive?", "§", x => Verdict.Of(x > 0, $"{x}"), [B])
            .Emit("otherwise", [C])
            .Build("t");
        Assert.Equal(["a"], tree.Evaluate(11).Actions.Select(a => a.Action));
        Assert.Equal(["b"], tree.Evaluate(1).Actions.Select(a => a.Action));
        Assert.Equal(["c"], tree.Evaluate(-1).Actions.Select(a => a.Action));
        Assert.Equal("C (within 30m)", tree.Evaluate(-1).Path[^1].Reason);
    }

    [Fact]
    public void Branch_EmitsOneSideThenGoesOn()
    {
        var tree = DecisionChain.For<int>()
            .Branch("sign", "Positive?", "§", x => Verdict.Of(x > 0, $"{x}"), [A], [B])
            .Emit("always", [C])
            .Build("t");
        Assert.Equal(["a", "c"], tree.Evaluate(1).Actions.Select(a => a.Action));
        Assert.Equal(["b", "c"], tree.Evaluate(0).Actions.Select(a => a.Action));
        Assert.Equal(["always", "sign.no", "sign.yes"], tree.Leaves.Select(l => l.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_DuplicateIds_AreRejected()
    {
        var builder = DecisionChain.For<int>()
            .Check("x", "?", "§", _ => Verdict.Yes("y"), [A])
            .Check("x", "?", "§", _ => Verdict.Yes("y"), [B]);
        Assert.Throws<ArgumentException>(() => builder.Build("t"));
    }

    [Fact]
    public void Build_EmptyChain_DoesNothing()
    {
        var outcome = DecisionChain.For<int>().Build("t").Evaluate(1);
        Assert.Empty(outcome.Actions);
        Assert.Empty(outcome.Path);
    }

    [Fact]
    public void Evaluate_ImmediateWindows_ReadAsImmediately()
    {
        var page = new DecisionAction("page", Duration.Zero, "§", "Page");
        var tree = DecisionChain.For<int>().Emit("p", [page]).Build("t");
        Assert.Equal("Page (immediately)", tree.Evaluate(0).Path[0].Reason);
    }

    [Fact]
    public void Evaluate_ConcurrentlyWithChangingReasons_GivesTheSequentialAnswers()
    {
        // Checks memoise the trace step of their last reason; the memo must never leak one input's reason into another's.
        var tree = DecisionChain.For<int>()
            .Check("even", "Even?", "§", x => Verdict.Of(x % 2 == 0, x % 3 == 0 ? "constant" : $"value {x}"), [A])
            .Build("t");
        var expected = Enumerable.Range(0, 2000).Select(i => tree.Evaluate(i).Path[0].Reason).ToArray();
        var actual = new string[expected.Length];
        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = tree.Evaluate(i).Path[0].Reason);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void DocsExample_EveryKindOfStep()
    {
        // docs/triage-and-escalation.md "Extending a tree" copies this example.
        var tree = DecisionChain.For<int>()
            .Check("even", "Even?", "§", x => Verdict.Of(x % 2 == 0, $"{x}"), [A])            // on yes emit, then go on
            .FirstMatch("big", "Big?", "§", x => Verdict.Of(x > 10, $"{x}"), [B])             // on yes emit and stop
            .Branch("sign", "Positive?", "§", x => Verdict.Of(x > 0, $"{x}"), [A], [B])       // emit one side, go on
            .Emit("always", [C])                                                              // unconditional leaf
            .Build("t");
        Assert.Equal(["a", "b"], tree.Evaluate(12).Actions.Select(a => a.Action));
        Assert.Equal(["a", "a", "c"], tree.Evaluate(2).Actions.Select(a => a.Action));
        Assert.Equal(["b", "c"], tree.Evaluate(-1).Actions.Select(a => a.Action));
    }
}
