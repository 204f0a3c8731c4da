using System.Collections.Immutable;

namespace TaiSupport.Core.Decisions;

/// <summary>
/// A node of a <see cref="DecisionTree{TInput}"/>: a <see cref="CheckNode{TInput}"/> with a condition and two
/// branches, an <see cref="EmitNode{TInput}"/> (a leaf) that emits actions and may continue to a next node, or
/// <see cref="DecisionNode{TInput}.End"/>. Nodes are immutable and may be shared by several parents.
/// </summary>
/// <typeparam name="TInput">What the tree decides about.</typeparam>
public abstract record DecisionNode<TInput>
{
    private protected DecisionNode(string id) => Id = id;

    /// <summary>The terminal node: nothing more to do.</summary>
    public static DecisionNode<TInput> End { get; } = new EndNode<TInput>();

    /// <summary>A stable id, unique within a tree, such as <c>§4.2.critical</c>.</summary>
    public string Id { get; }

    /// <summary>The nodes this one leads to.</summary>
    public abstract IEnumerable<DecisionNode<TInput>> Children { get; }
}

/// <summary>A yes/no question with a branch for each answer.</summary>
/// <typeparam name="TInput">What the tree decides about.</typeparam>
public sealed record CheckNode<TInput> : DecisionNode<TInput>
{
    /// <summary>Creates a check.</summary>
    /// <param name="id">A stable id, unique within the tree.</param>
    /// <param name="question">The question in the manual's words, e.g. "Critical severity?".</param>
    /// <param name="source">The manual section and D id.</param>
    /// <param name="condition">A pure function answering the question with a reason.</param>
    /// <param name="yes">Where a yes leads.</param>
    /// <param name="no">Where a no leads.</param>
    public CheckNode(string id, string question, string source, Func<TInput, Verdict> condition, DecisionNode<TInput> yes, DecisionNode<TInput> no)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(yes);
        ArgumentNullException.ThrowIfNull(no);
        Question = question;
        Source = source;
        Condition = condition;
        Yes = yes;
        No = no;
    }

    /// <summary>The question.</summary>
    public string Question { get; init; }

    /// <summary>The manual section and D id.</summary>
    public string Source { get; init; }

    /// <summary>The condition.</summary>
    public Func<TInput, Verdict> Condition { get; init; }

    /// <summary>Where a yes leads.</summary>
    public DecisionNode<TInput> Yes { get; init; }

    /// <summary>Where a no leads.</summary>
    public DecisionNode<TInput> No { get; init; }

    /// <inheritdoc />
    public override IEnumerable<DecisionNode<TInput>> Children => [Yes, No];
}

/// <summary>A leaf: emits actions, then continues with <see cref="Next"/> (often <see cref="DecisionNode{TInput}.End"/>).</summary>
/// <typeparam name="TInput">What the tree decides about.</typeparam>
public sealed record EmitNode<TInput> : DecisionNode<TInput>
{
    /// <summary>Creates a leaf.</summary>
    /// <param name="id">A stable id, unique within the tree.</param>
    /// <param name="actions">The actions emitted.</param>
    /// <param name="next">Where evaluation continues; <see cref="DecisionNode{TInput}.End"/> to stop.</param>
    public EmitNode(string id, ImmutableArray<DecisionAction> actions, DecisionNode<TInput> next)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(next);
        Actions = actions.IsDefault ? [] : actions;
        Next = next;
    }

    /// <summary>The actions emitted.</summary>
    public ImmutableArray<DecisionAction> Actions { get; init; }

    /// <summary>Where evaluation continues.</summary>
    public DecisionNode<TInput> Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<DecisionNode<TInput>> Children => [Next];
}

/// <summary>The terminal node.</summary>
/// <typeparam name="TInput">What the tree decides about.</typeparam>
public sealed record EndNode<TInput> : DecisionNode<TInput>
{
    internal EndNode()
        : base("end")
    {
    }

    /// <inheritdoc />
    public override IEnumerable<DecisionNode<TInput>> Children => [];
}
