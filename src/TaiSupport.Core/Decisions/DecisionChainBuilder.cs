using System.Collections.Immutable;

namespace TaiSupport.Core.Decisions;

/// <summary>Starts a <see cref="DecisionChainBuilder{TInput}"/>.</summary>
public static class DecisionChain
{
    /// <summary>A new, empty chain of questions about <typeparamref name="TInput"/>.</summary>
    /// <typeparam name="TInput">What the tree decides about.</typeparam>
    /// <returns>The builder.</returns>
    public static DecisionChainBuilder<TInput> For<TInput>() => new();
}

/// <summary>
/// Builds a <see cref="DecisionTree{TInput}"/> the way the manual draws its trees: questions read top-down, each with
/// what to do on a yes. The product is an ordinary tree of <see cref="CheckNode{TInput}"/> and
/// <see cref="EmitNode{TInput}"/>, so everything the toolkit offers (<see cref="DecisionTree{TInput}.InsertCheckBefore"/>,
/// <see cref="DecisionTree{TInput}.Leaves"/>) works on it.
/// </summary>
/// <typeparam name="TInput">What the tree decides about.</typeparam>
/// <remarks>
/// Leaf ids are derived from the check's id: <c>{id}.yes</c> and <c>{id}.no</c>. Ids are checked for uniqueness when
/// the tree is built. Three kinds of step:
/// <list type="bullet">
/// <item><see cref="Check"/>: on a yes emit (and run a nested chain), then go on with the next step either way — every
/// triggered action is returned (the §4.2 and §4.3 trees, D13, D14).</item>
/// <item><see cref="FirstMatch"/>: on a yes emit and stop; on a no go on — the first matching level wins (§4.4, D15).</item>
/// <item><see cref="Branch"/>: emit one set on a yes, another on a no, then go on (§4.2 "If yes … If no …").</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// var churn = DecisionChain.For&lt;int&gt;()
///     .Check("csat.low", "CSAT below 5?", "§4.3, D14", csat => Verdict.Of(csat &lt; 5, $"CSAT {csat}"), [alertCsm, callCustomer])
///     .Check("csat.zero", "CSAT 0?", "runbook 7", csat => Verdict.Of(csat == 0, $"CSAT {csat}"), [callAccountOwner])
///     .Build("churn");
/// churn.Evaluate(0).Actions; // alertCsm, callCustomer, callAccountOwner
/// </code>
/// </example>
public sealed class DecisionChainBuilder<TInput>
{
    private readonly List<Func<DecisionNode<TInput>, DecisionNode<TInput>>> steps = [];

    internal DecisionChainBuilder()
    {
    }

    /// <summary>Asks a question; on a yes emits <paramref name="whenYes"/> and runs <paramref name="thenWhenYes"/>; then, either way, the next step.</summary>
    /// <param name="id">The check's id, unique within the tree.</param>
    /// <param name="question">The question in the manual's words.</param>
    /// <param name="source">The manual section and D id.</param>
    /// <param name="condition">Answers the question with a reason.</param>
    /// <param name="whenYes">What a yes emits (may be empty).</param>
    /// <param name="thenWhenYes">Further questions asked only after a yes, before the next step.</param>
    /// <returns>This builder.</returns>
    public DecisionChainBuilder<TInput> Check(
        string id, string question, string source, Func<TInput, Verdict> condition, ImmutableArray<DecisionAction> whenYes,
        Action<DecisionChainBuilder<TInput>>? thenWhenYes = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var nested = Nested(thenWhenYes);
        steps.Add(next =>
        {
            var afterYes = nested?.BuildNode(next) ?? next;
            var yes = whenYes.IsDefaultOrEmpty ? afterYes : new EmitNode<TInput>(id + ".yes", whenYes, afterYes);
            return new CheckNode<TInput>(id, question, source, condition, yes, next);
        });
        return this;
    }

    /// <summary>Asks a question; on a yes emits <paramref name="whenYes"/> and stops; on a no goes on with the next step.</summary>
    /// <param name="id">The check's id, unique within the tree.</param>
    /// <param name="question">The question in the manual's words.</param>
    /// <param name="source">The manual section and D id.</param>
    /// <param name="condition">Answers the question with a reason.</param>
    /// <param name="whenYes">What a yes emits.</param>
    /// <param name="thenWhenYes">Further questions asked only after a yes, before stopping.</param>
    /// <returns>This builder.</returns>
    public DecisionChainBuilder<TInput> FirstMatch(
        string id, string question, string source, Func<TInput, Verdict> condition, ImmutableArray<DecisionAction> whenYes,
        Action<DecisionChainBuilder<TInput>>? thenWhenYes = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var nested = Nested(thenWhenYes);
        steps.Add(next => new CheckNode<TInput>(
            id, question, source, condition, new EmitNode<TInput>(id + ".yes", whenYes, nested?.BuildNode(DecisionNode<TInput>.End) ?? DecisionNode<TInput>.End), next));
        return this;
    }

    /// <summary>Asks a question; emits <paramref name="whenYes"/> or <paramref name="whenNo"/>; then goes on with the next step.</summary>
    /// <param name="id">The check's id, unique within the tree.</param>
    /// <param name="question">The question in the manual's words.</param>
    /// <param name="source">The manual section and D id.</param>
    /// <param name="condition">Answers the question with a reason.</param>
    /// <param name="whenYes">What a yes emits.</param>
    /// <param name="whenNo">What a no emits.</param>
    /// <returns>This builder.</returns>
    public DecisionChainBuilder<TInput> Branch(
        string id, string question, string source, Func<TInput, Verdict> condition, ImmutableArray<DecisionAction> whenYes, ImmutableArray<DecisionAction> whenNo)
    {
        ArgumentNullException.ThrowIfNull(condition);
        steps.Add(next => new CheckNode<TInput>(
            id, question, source, condition, new EmitNode<TInput>(id + ".yes", whenYes, next), new EmitNode<TInput>(id + ".no", whenNo, next)));
        return this;
    }

    /// <summary>A leaf reached by everyone who gets this far: emits <paramref name="actions"/>, then goes on.</summary>
    /// <param name="id">The leaf's id, unique within the tree.</param>
    /// <param name="actions">What it emits.</param>
    /// <returns>This builder.</returns>
    public DecisionChainBuilder<TInput> Emit(string id, ImmutableArray<DecisionAction> actions)
    {
        steps.Add(next => new EmitNode<TInput>(id, actions, next));
        return this;
    }

    /// <summary>The first node of the chain, whose last step leads to <paramref name="next"/>.</summary>
    /// <param name="next">Where the chain ends up; <see cref="DecisionNode{TInput}.End"/> to stop.</param>
    /// <returns>The chain's first node (<paramref name="next"/> itself for an empty chain).</returns>
    public DecisionNode<TInput> BuildNode(DecisionNode<TInput> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var node = next;
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            node = steps[i](node);
        }

        return node;
    }

    /// <summary>Builds the tree, checking that ids are unique.</summary>
    /// <param name="name">The tree's name.</param>
    /// <returns>The immutable tree.</returns>
    /// <exception cref="ArgumentException">Two nodes share an id.</exception>
    public DecisionTree<TInput> Build(string name) => new(name, BuildNode(DecisionNode<TInput>.End));

    private static DecisionChainBuilder<TInput>? Nested(Action<DecisionChainBuilder<TInput>>? configure)
    {
        if (configure is null)
        {
            return null;
        }

        var nested = new DecisionChainBuilder<TInput>();
        configure(nested);
        return nested;
    }
}
