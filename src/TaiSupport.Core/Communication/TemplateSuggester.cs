using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Communication;

/// <summary>
/// Picks the §7 template for a <see cref="CustomerSituation"/> with a <see cref="DecisionTree{TInput}"/>, so the choice
/// carries its path and users can insert their own checks (<see cref="DecisionTree{TInput}.InsertCheckBefore"/>).
/// </summary>
/// <remarks>
/// <para>The checks run in this order and the first that holds wins, because a message answers the most urgent thing
/// first: churn threat → D (§4.3: "canceling"/"leaving" or CSAT below 5); escalated to engineering → C; solution found →
/// B (B.code with a code example); new ticket → A; then the proactive ones: usage at 90 % of a plan limit → E; no API
/// call for 14 days → F; a fix we can suggest → G. None holding suggests no template.</para>
/// <para>Fields the situation already answers are pre-filled (<see cref="TemplateSuggestion.KnownValues"/>); the rest
/// are listed in <see cref="TemplateSuggestion.FieldsToFill"/>. The policy pre-fills C's <c>engineeringWindow</c> and D's
/// <c>callWithin</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var suggestion = TemplateSuggester.Default.Evaluate(new CustomerSituation { UsageUsed = 450, UsageLimit = 500 });
/// // suggestion.Template == CustomerTemplates.E; trace: "usage 450/500 = 90 % ≥ 90 %"
/// </code>
/// </example>
public sealed class TemplateSuggester
{
    private const string ActionPrefix = "useTemplate:";

    /// <summary>Creates a suggester for a policy.</summary>
    /// <param name="policy">The thresholds.</param>
    public TemplateSuggester(CustomerTemplatePolicy policy)
        : this(policy, BuildTree(TaiValidationException.Validated("customer template policy", policy, p => new CustomerTemplatePolicyValidator().Validate(p))))
    {
    }

    private TemplateSuggester(CustomerTemplatePolicy policy, DecisionTree<CustomerSituation> tree)
    {
        Policy = policy;
        Tree = tree;
    }

    /// <summary>The suggester for <see cref="CustomerTemplatePolicy.Default"/>.</summary>
    public static TemplateSuggester Default { get; } = new(CustomerTemplatePolicy.Default);

    /// <summary>The policy.</summary>
    public CustomerTemplatePolicy Policy { get; }

    /// <summary>The decision tree; each leaf emits the action <c>useTemplate:&lt;id&gt;</c>.</summary>
    public DecisionTree<CustomerSituation> Tree { get; }

    /// <summary>A suggester that uses <paramref name="tree"/> (for example this one's tree with a check inserted).</summary>
    /// <param name="tree">A tree whose leaves emit <c>useTemplate:&lt;id&gt;</c> actions naming templates of <see cref="CustomerTemplates.All"/>.</param>
    /// <returns>The new suggester.</returns>
    public TemplateSuggester WithTree(DecisionTree<CustomerSituation> tree) => new(Policy, tree ?? throw new ArgumentNullException(nameof(tree)));

    /// <summary>The action a leaf emits to choose <paramref name="template"/>.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The action.</returns>
    public static DecisionAction UseTemplate(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new DecisionAction(ActionPrefix + template.Id, null, template.Source, $"Template {template.Id}: {template.Title}");
    }

    /// <summary>Suggests the template for a situation.</summary>
    /// <param name="situation">What is happening.</param>
    /// <returns>The template (or none), the pre-filled fields, the fields still to fill and the trace.</returns>
    public TemplateSuggestion Evaluate(CustomerSituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var outcome = Tree.Evaluate(situation);
        var template = outcome.Actions
            .Where(a => a.Action.StartsWith(ActionPrefix, StringComparison.Ordinal))
            .Select(a => CustomerTemplates.Find(a.Action[ActionPrefix.Length..]))
            .FirstOrDefault(t => t is not null);
        if (template is null)
        {
            return new TemplateSuggestion(null, ImmutableDictionary<string, string>.Empty, [], outcome.Path);
        }

        var known = KnownValues(situation).Where(p => template.Fields.Contains(p.Key)).ToImmutableDictionary();
        return new TemplateSuggestion(template, known, [.. template.Fields.Where(f => !known.ContainsKey(f))], outcome.Path);
    }

    private static DecisionTree<CustomerSituation> BuildTree(CustomerTemplatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var keywords = ChurnDetector.For(policy.ChurnKeywords);
        DecisionNode<CustomerSituation> end = DecisionNode<CustomerSituation>.End;

        DecisionNode<CustomerSituation> Use(MessageTemplate template) => new EmitNode<CustomerSituation>("template." + template.Id, [UseTemplate(template)], end);

        var proactiveFix = new CheckNode<CustomerSituation>("template.proactive-fix", "A fix we can suggest?", "§7.2",
            s => Verdict.Of(s.ProactiveFixAvailable, s.ProactiveFixAvailable ? "we noticed something to optimize" : "nothing to suggest"),
            Use(CustomerTemplates.G), end);
        var inactive = new CheckNode<CustomerSituation>("template.inactive", $"No API call for {Days(policy.InactiveAfter)}?", "§4.3, §7.2, D14",
            s => Inactive(s, policy), Use(CustomerTemplates.F), proactiveFix);
        var usage = new CheckNode<CustomerSituation>("template.usage", $"Usage at {Percent(policy.UsageAlertAtPercent)} of a plan limit?", "§7.2",
            s => NearLimit(s, policy), Use(CustomerTemplates.E), inactive);
        var newTicket = new CheckNode<CustomerSituation>("template.new-ticket", "A new ticket to acknowledge?", "§7.1",
            s => Verdict.Of(s.NewTicket, s.NewTicket ? "the ticket just arrived" : "not a new ticket"), Use(CustomerTemplates.A), usage);
        var code = new CheckNode<CustomerSituation>("template.solution.code", "Comes with a code example?", "§7.1",
            s => Verdict.Of(s.HasCodeExample, s.HasCodeExample ? "a code example applies" : "no code example"),
            Use(CustomerTemplates.BWithCode), Use(CustomerTemplates.B));
        var solution = new CheckNode<CustomerSituation>("template.solution", "A solution found?", "§7.1",
            s => Verdict.Of(s.SolutionFound, s.SolutionFound ? "a solution was found" : "no solution yet"), code, newTicket);
        var escalated = new CheckNode<CustomerSituation>("template.escalated", "Escalated to engineering?", "§7.1, §4.4",
            s => Verdict.Of(s.EscalatedToEngineering, s.EscalatedToEngineering ? "the ticket went to engineering" : "not escalated"),
            Use(CustomerTemplates.C), solution);
        var churn = new CheckNode<CustomerSituation>("template.churn", "Customer threatening to churn?", "§4.3, §7.1, D14",
            s => Churn(s, policy, keywords), Use(CustomerTemplates.D), escalated);
        return new DecisionTree<CustomerSituation>("§7 customer template", churn);
    }

    private static Verdict Churn(CustomerSituation s, CustomerTemplatePolicy policy, TextSignalExtractor keywords)
    {
        if (s.ThreatensToLeave)
        {
            return Verdict.Yes("the customer says they are leaving");
        }

        if (s.CustomerMessage is { } message && keywords.ThreatensChurn(message, out var words))
        {
            return Verdict.Yes($"the message says \"{words}\"");
        }

        return s.Csat is { } csat
            ? Verdict.Of(csat < policy.ChurnCsatBelow, $"CSAT {csat} {(csat < policy.ChurnCsatBelow ? "<" : "≥")} {policy.ChurnCsatBelow}")
            : Verdict.No("no churn keyword, no low CSAT");
    }

    private static Verdict NearLimit(CustomerSituation s, CustomerTemplatePolicy policy)
    {
        if (s.UsageUsed is not { } used || s.UsageLimit is not { } limit || limit <= 0)
        {
            return Verdict.No("no usage against a plan limit given");
        }

        var share = 100m * used / limit;
        var holds = share >= policy.UsageAlertAtPercent;
        return Verdict.Of(holds, $"usage {used}/{limit} = {Percent(share)} {(holds ? "≥" : "<")} {Percent(policy.UsageAlertAtPercent)}");
    }

    private static Verdict Inactive(CustomerSituation s, CustomerTemplatePolicy policy)
    {
        if (s.SinceLastApiCall is not { } since)
        {
            return Verdict.No("no last API call given");
        }

        var holds = since >= policy.InactiveAfter;
        return Verdict.Of(holds, $"last API call {Days(since)} ago {(holds ? "≥" : "<")} {Days(policy.InactiveAfter)}");
    }

    private IEnumerable<KeyValuePair<string, string>> KnownValues(CustomerSituation s)
    {
        yield return new("engineeringWindow", Policy.EngineeringWindow);
        yield return new("callWithin", Policy.ChurnCallWithin);
        if (!string.IsNullOrWhiteSpace(s.CustomerName))
        {
            yield return new("name", s.CustomerName);
            yield return new("customerName", s.CustomerName);
        }

        if (s.ResponseTarget is { } target)
        {
            yield return new("responseSla", DescribeDuration(target));
        }

        if (s.UsageUsed is { } used && s.UsageLimit is { } limit)
        {
            yield return new("used", used.ToString(CultureInfo.InvariantCulture));
            yield return new("limit", limit.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(s.UsageUnit))
        {
            yield return new("unit", s.UsageUnit);
        }

        if (!string.IsNullOrWhiteSpace(s.CurrentTier))
        {
            yield return new("currentTier", s.CurrentTier);
        }

        if (s.SinceLastApiCall is { } since)
        {
            yield return new("inactiveFor", DescribeDuration(since));
        }
    }

    /// <summary>
    /// Describes a duration for a customer-facing template value, in words as the manual's templates write them
    /// (<see cref="HumanDuration.FormatInWords"/>): "2 weeks", "15 days", "4 hours", "1 hour 30 minutes".
    /// </summary>
    /// <param name="duration">A positive duration.</param>
    /// <returns>The words.</returns>
    public static string DescribeDuration(Duration duration) => HumanDuration.FormatInWords(duration);

    private static string Days(Duration d) => HumanDuration.Format(d);

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " %";
}

/// <summary>The template suggested for a situation.</summary>
/// <param name="Template">The template; null when none fits (answer with a standard response).</param>
/// <param name="KnownValues">Field values the situation already answers, e.g. <c>used</c> = 450.</param>
/// <param name="FieldsToFill">The template's other fields, in order, that the caller must supply.</param>
/// <param name="Trace">The checks the decision tree asked, in order, with their answers.</param>
public sealed record TemplateSuggestion(
    MessageTemplate? Template,
    ImmutableDictionary<string, string> KnownValues,
    ImmutableArray<string> FieldsToFill,
    ImmutableArray<TraceStep> Trace);
