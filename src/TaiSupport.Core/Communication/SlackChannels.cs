using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Communication;

/// <summary>An action with the §10.2 Slack channel it is posted to.</summary>
/// <param name="Action">The action.</param>
/// <param name="SlackChannel">The channel, such as <c>#support-escalations</c>.</param>
public sealed record RoutedAction(DecisionAction Action, string SlackChannel);

/// <summary>
/// The §10.2 Slack channels and which action goes to which, as policy data:
/// <c>SlackChannelPolicy.Default with { Fallback = "#support-team" }</c>.
/// </summary>
/// <remarks>Manual §10.2. Actions not in <see cref="ByAction"/> go to <see cref="Fallback"/> (#support-general).</remarks>
public sealed record SlackChannelPolicy
{
    /// <summary>#support-general: all support discussions, team collaboration (§10.2).</summary>
    public const string General = "#support-general";

    /// <summary>#support-alerts: automated alerts from Datadog (§10.2).</summary>
    public const string Alerts = "#support-alerts";

    /// <summary>#support-escalations: escalated tickets to engineering (§10.2).</summary>
    public const string Escalations = "#support-escalations";

    /// <summary>#support-critical: active incidents, P1/P2 (§10.2, §3.3).</summary>
    public const string Critical = "#support-critical";

    /// <summary>#support-feature-requests: customer feature requests for product review (§10.2).</summary>
    public const string FeatureRequests = "#support-feature-requests";

    /// <summary>#support-standdown: daily 15-min standup notes (§10.2).</summary>
    public const string Standdown = "#support-standdown";

    /// <summary>The mapping described in docs/words.md ("Slack channels").</summary>
    public static SlackChannelPolicy Default { get; } = new();

    /// <summary>The channels of §10.2, in the manual's order.</summary>
    public static ImmutableArray<string> ManualChannels { get; } = [General, Alerts, Escalations, Critical, FeatureRequests, Standdown];

    /// <summary>Action name → channel.</summary>
    /// <value>
    /// Incident actions (the §3.2 playbook's, the §3.3 channels', and the post-mortem's publication and fix verification) → #support-critical; engineering escalations → #support-escalations; feature requests →
    /// #support-feature-requests; the standup → #support-standdown; SLA and monitoring alerts → #support-alerts.
    /// </value>
    public ImmutableDictionary<string, string> ByAction { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["updateStatusPage"] = Critical, ["logInSupportCritical"] = Critical, ["emailEnterpriseCustomer"] = Critical,
        ["callEnterpriseCustomer"] = Critical, ["escalateToVpProduct"] = Critical, ["pageOnCallEngineer"] = Critical,
        ["declareIncident"] = Critical,
        ["escalateToEngineering"] = Escalations, ["pageEngineering"] = Escalations, ["engineeringCall"] = Escalations,
        ["engineeringDiagnosis"] = Escalations, ["messageEngineering"] = Escalations, ["engineeringResponse"] = Escalations,
        ["routeToEngineeringEscalations"] = Escalations, ["handToEngineeringAndCsm"] = Escalations, ["escalateToVpEngineering"] = Escalations,
        ["sendFeatureRequestTemplate"] = FeatureRequests, ["addToFeatureRequestLog"] = FeatureRequests,
        ["standup"] = Standdown,
        ["slaAtRisk"] = Alerts, ["slaBreached"] = Alerts,
        ["acknowledge"] = Critical, ["notifyCustomers"] = Critical, ["decisionPoint"] = Critical, ["verify"] = Critical,
        ["sendResolutionNotice"] = Critical, ["holdPostMortem"] = Critical, ["pageLevel2"] = Critical, ["publishPostMortem"] = Critical, ["verifyFixes"] = Critical,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The channel for an action not in <see cref="ByAction"/>.</summary>
    /// <value>The default is #support-general.</value>
    public string Fallback { get; init; } = General;

    /// <summary>The channel for <paramref name="action"/>.</summary>
    /// <param name="action">An action name such as <c>pageEngineering</c>.</param>
    /// <returns>The channel.</returns>
    public string ChannelFor(string action) => action is not null && ByAction.TryGetValue(action, out var channel) ? channel : Fallback;

    /// <summary>Each action with its channel, in the same order.</summary>
    /// <param name="actions">The actions of any decision.</param>
    /// <returns>The routed actions.</returns>
    public ImmutableArray<RoutedAction> Route(IEnumerable<DecisionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return [.. actions.Select(a => new RoutedAction(a, ChannelFor(a.Action)))];
    }

    /// <summary>Checks that every channel starts with <c>#</c> and no action name is blank.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new SlackChannelPolicyValidator().Validate(this);
}

/// <summary>Validates a <see cref="SlackChannelPolicy"/>.</summary>
public sealed class SlackChannelPolicyValidator : AbstractValidator<SlackChannelPolicy>
{
    /// <summary>Creates the validator.</summary>
    public SlackChannelPolicyValidator()
    {
        RuleFor(p => p.Fallback).Must(c => c is { Length: > 1 } && c[0] == '#').WithMessage("must be a channel such as #support-general.");
        RuleFor(p => p.ByAction).Must(m => m.All(p => !string.IsNullOrWhiteSpace(p.Key) && p.Value is { Length: > 1 } && p.Value[0] == '#'))
            .WithMessage("every action needs a non-blank name and a channel starting with #.");
    }
}
