using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Decisions;

/// <summary>
/// An immutable decision tree (strictly, a directed acyclic graph: subtrees may be shared) whose evaluation returns
/// every action its leaves emit and the path that led there. The manual's trees (§4.1–§4.4, §5.3) are values built
/// from it; users build their own or insert a node into a shipped one with <see cref="InsertBefore"/>.
/// </summary>
/// <typeparam name="TInput">What the tree decides about.</typeparam>
/// <remarks>
/// Evaluation starts at <see cref="Root"/>. A <see cref="CheckNode{TInput}"/> asks its condition and follows the yes- or
/// no-branch; an <see cref="EmitNode{TInput}"/> adds its actions and continues with its next node; the end node stops.
/// The §4.2 tree is a chain of checks whose yes-branches emit and then continue with the next check, so it returns
/// every action it triggers (D13). Construction checks that ids are unique and that there is no cycle.
/// </remarks>
/// <example>
/// <code>
/// var tree = new DecisionTree&lt;int&gt;("csat", new CheckNode&lt;int&gt;(
///     "csat.low", "CSAT below 5?", "§4.3, D14", csat => Verdict.Of(csat &lt; 5, $"CSAT {csat}"),
///     yes: new EmitNode&lt;int&gt;("csat.alert", [alertCsm], DecisionNode&lt;int&gt;.End),
///     no: DecisionNode&lt;int&gt;.End));
/// var outcome = tree.Evaluate(3); // alertCsm, path: csat.low yes (CSAT 3)
/// </code>
/// </example>
public sealed class DecisionTree<TInput>
{
    // The nodes compiled once into a flat program (index 0 is the root) so that evaluation follows integer links and
    // builds each trace line with a single concatenation; a leaf's trace step depends only on the leaf and is prebuilt.
    private readonly Instruction[] program;
    private readonly int actionCapacity;

    /// <summary>
    /// This thread's builders for <see cref="Evaluate"/>, kept between evaluations so that one allocates only its
    /// result's two arrays. An evaluation takes them (leaving null) and puts them back when it returns, so a condition
    /// that itself evaluates a tree of the same input type builds with its own.
    /// </summary>
    [ThreadStatic]
    private static Builders? spare;

    /// <summary>Creates a tree, checking that node ids are unique and that no path loops.</summary>
    /// <param name="name">The tree's name, e.g. <c>§4.2 escalation criteria</c>.</param>
    /// <param name="root">The first node.</param>
    /// <exception cref="ArgumentException">Two different nodes share an id, or a path loops.</exception>
    public DecisionTree(string name, DecisionNode<TInput> root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Name = name;
        Root = root;
        Nodes = CollectAndCheck(root);
        (program, actionCapacity) = Compile(Nodes);
    }

    /// <summary>The tree's name.</summary>
    public string Name { get; }

    /// <summary>The first node.</summary>
    public DecisionNode<TInput> Root { get; }

    /// <summary>Every node reachable from the root, each once, in depth-first order.</summary>
    public ImmutableArray<DecisionNode<TInput>> Nodes { get; }

    /// <summary>The leaves: every node that emits actions.</summary>
    public IEnumerable<EmitNode<TInput>> Leaves => Nodes.OfType<EmitNode<TInput>>();

    /// <summary>The node with <paramref name="id"/>, or null.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The node or null.</returns>
    public DecisionNode<TInput>? Find(string id) => Nodes.FirstOrDefault(n => n.Id == id);

    /// <summary>Evaluates the tree for one input.</summary>
    /// <param name="input">The input.</param>
    /// <returns>Every action emitted, in order, and the path taken.</returns>
    public DecisionOutcome Evaluate(TInput input)
    {
        var builders = spare ?? new Builders(actionCapacity, program.Length);
        spare = null;
        var (actions, path) = (builders.Actions, builders.Path);
        var at = 0;
        while (true)
        {
            var instruction = program[at];
            if (instruction.Condition is { } condition)
            {
                var verdict = condition(input);
                path.Add(instruction.Step(verdict));
                at = verdict.Holds ? instruction.Yes : instruction.No;
            }
            else if (instruction.Next >= 0)
            {
                actions.AddRange(instruction.Actions);
                if (instruction.LeafStep is { } step)
                {
                    path.Add(step);
                }

                at = instruction.Next;
            }
            else
            {
                var outcome = new DecisionOutcome(actions.ToImmutable(), path.ToImmutable());
                actions.Clear();
                path.Clear();
                spare = builders;
                return outcome;
            }
        }
    }

    /// <summary>
    /// A new tree in which every edge into the node <paramref name="targetId"/> leads instead to
    /// <c>wrap(target)</c>, a node of yours that should itself lead on to the target.
    /// </summary>
    /// <param name="targetId">The id of the node to insert before.</param>
    /// <param name="wrap">Builds the inserted node from the target.</param>
    /// <returns>The new tree; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">No node has that id, or the result breaks the tree's rules.</exception>
    public DecisionTree<TInput> InsertBefore(string targetId, Func<DecisionNode<TInput>, DecisionNode<TInput>> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        var target = Find(targetId) ?? throw new ArgumentException($"The tree '{Name}' has no node '{targetId}'.", nameof(targetId));
        var inserted = wrap(target);
        return ReferenceEquals(target, Root)
            ? new DecisionTree<TInput>(Name, inserted)
            : new DecisionTree<TInput>(Name, Rebuild(Root, target, inserted, new Dictionary<DecisionNode<TInput>, DecisionNode<TInput>>(ReferenceEqualityComparer.Instance)));
    }

    /// <summary>
    /// Inserts a check before <paramref name="targetId"/>: when it holds, <paramref name="actions"/> are emitted; either
    /// way evaluation goes on to the target, so every original leaf stays reachable.
    /// </summary>
    /// <param name="targetId">The id of the node to insert before.</param>
    /// <param name="id">The new check's id.</param>
    /// <param name="question">Its question.</param>
    /// <param name="source">Its source (your runbook's section, say).</param>
    /// <param name="condition">Its condition.</param>
    /// <param name="actions">What it emits when it holds.</param>
    /// <returns>The new tree.</returns>
    public DecisionTree<TInput> InsertCheckBefore(
        string targetId, string id, string question, string source, Func<TInput, Verdict> condition, ImmutableArray<DecisionAction> actions) =>
        InsertBefore(targetId, target => new CheckNode<TInput>(id, question, source, condition,
            yes: new EmitNode<TInput>(id + ".actions", actions, target), no: target));

    private static string Describe(DecisionAction action) => action.Within switch
    {
        null => action.Description,
        { } within when within == Duration.Zero => $"{action.Description} (immediately)",
        { } within => $"{action.Description} (within {WindowText.Format(within)})",
    };

    /// <summary>The action and path builders of one evaluation (see <see cref="spare"/>).</summary>
    private sealed class Builders(int actionCapacity, int pathCapacity)
    {
        public ImmutableArray<DecisionAction>.Builder Actions { get; } = ImmutableArray.CreateBuilder<DecisionAction>(actionCapacity);

        public ImmutableArray<TraceStep>.Builder Path { get; } = ImmutableArray.CreateBuilder<TraceStep>(pathCapacity);
    }

    /// <summary>One node of a compiled tree: a check (with a condition), a leaf (with a next index) or the end (next −1).</summary>
    /// <remarks>
    /// A check remembers the trace step it last built for each answer, keyed by the reason string's reference, so a
    /// condition that answers with a constant reason ("no CSAT given") reuses one immutable step instead of allocating
    /// a new one per evaluation. The memo is swapped atomically and never changes a result.
    /// </remarks>
    private sealed record Instruction(
        string Id, string Source, Func<TInput, Verdict>? Condition, string YesText, string NoText, int Yes, int No,
        ImmutableArray<DecisionAction> Actions, TraceStep? LeafStep, int Next)
    {
        private Memo? yesMemo;
        private Memo? noMemo;

        public TraceStep Step(Verdict verdict)
        {
            ref var memo = ref verdict.Holds ? ref yesMemo : ref noMemo;
            var last = Volatile.Read(ref memo);
            if (last is not null && ReferenceEquals(last.Reason, verdict.Reason))
            {
                return last.Step;
            }

            var step = new TraceStep(Id, Source, string.Concat(verdict.Holds ? YesText : NoText, verdict.Reason));
            Volatile.Write(ref memo, new Memo(verdict.Reason, step));
            return step;
        }

        private sealed record Memo(string Reason, TraceStep Step);
    }

    private static (Instruction[] Program, int ActionCapacity) Compile(ImmutableArray<DecisionNode<TInput>> nodes)
    {
        var index = new Dictionary<DecisionNode<TInput>, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Length; i++)
        {
            index[nodes[i]] = i;
        }

        var program = new Instruction[nodes.Length];
        var capacity = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            program[i] = nodes[i] switch
            {
                CheckNode<TInput> c => new Instruction(c.Id, c.Source, c.Condition, c.Question + " Yes: ", c.Question + " No: ", index[c.Yes], index[c.No], [], null, 0),
                EmitNode<TInput> e => new Instruction(e.Id, string.Empty, null, string.Empty, string.Empty, 0, 0, e.Actions, LeafStep(e), index[e.Next]),
                _ => new Instruction("end", string.Empty, null, string.Empty, string.Empty, 0, 0, [], null, -1),
            };
            capacity += program[i].Actions.Length;
        }

        return (program, capacity);
    }

    private static TraceStep? LeafStep(EmitNode<TInput> leaf) => leaf.Actions.Length == 0 ? null
        : new TraceStep(leaf.Id, string.Join("; ", leaf.Actions.Select(a => a.Source).Distinct()), string.Join("; ", leaf.Actions.Select(Describe)));

    private static DecisionNode<TInput> Rebuild(
        DecisionNode<TInput> node, DecisionNode<TInput> target, DecisionNode<TInput> inserted, Dictionary<DecisionNode<TInput>, DecisionNode<TInput>> done)
    {
        if (ReferenceEquals(node, target))
        {
            return inserted;
        }

        if (done.TryGetValue(node, out var rebuilt))
        {
            return rebuilt;
        }

        rebuilt = node switch
        {
            CheckNode<TInput> check => Changed(check.Yes, check.No, out var yes, out var no) ? check with { Yes = yes, No = no } : check,
            EmitNode<TInput> emit => Rebuild(emit.Next, target, inserted, done) is var next && !ReferenceEquals(next, emit.Next) ? emit with { Next = next } : emit,
            _ => node,
        };
        done[node] = rebuilt;
        return rebuilt;

        bool Changed(DecisionNode<TInput> oldYes, DecisionNode<TInput> oldNo, out DecisionNode<TInput> newYes, out DecisionNode<TInput> newNo)
        {
            newYes = Rebuild(oldYes, target, inserted, done);
            newNo = Rebuild(oldNo, target, inserted, done);
            return !ReferenceEquals(newYes, oldYes) || !ReferenceEquals(newNo, oldNo);
        }
    }

    private ImmutableArray<DecisionNode<TInput>> CollectAndCheck(DecisionNode<TInput> root)
    {
        var ordered = ImmutableArray.CreateBuilder<DecisionNode<TInput>>();
        var done = new HashSet<DecisionNode<TInput>>(ReferenceEqualityComparer.Instance);
        var onPath = new HashSet<DecisionNode<TInput>>(ReferenceEqualityComparer.Instance);
        var byId = new Dictionary<string, DecisionNode<TInput>>(StringComparer.Ordinal);
        Visit(root);
        return ordered.ToImmutable();

        void Visit(DecisionNode<TInput> node)
        {
            if (!onPath.Add(node))
            {
                throw new ArgumentException($"The tree '{Name}' loops back to node '{node.Id}'.");
            }

            if (done.Add(node))
            {
                if (node is not EndNode<TInput> && byId.TryGetValue(node.Id, out var other) && !ReferenceEquals(other, node))
                {
                    throw new ArgumentException($"The tree '{Name}' has two different nodes with id '{node.Id}'.");
                }

                byId[node.Id] = node;
                ordered.Add(node);
                foreach (var child in node.Children)
                {
                    Visit(child);
                }
            }

            onPath.Remove(node);
        }
    }
}

/// <summary>What a decision tree decided: the actions emitted in order and the path that led there.</summary>
/// <param name="Actions">Every action emitted, in evaluation order.</param>
/// <param name="Path">One trace step per check answered and per leaf that emitted.</param>
public sealed record DecisionOutcome(ImmutableArray<DecisionAction> Actions, ImmutableArray<TraceStep> Path);
