using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Communication;

/// <summary>
/// The thresholds and default wording the <see cref="TemplateSuggester"/> uses to pick a §7 template. Change one value
/// with <c>with</c>: <c>CustomerTemplatePolicy.Default with { UsageAlertAtPercent = 80 }</c>.
/// </summary>
/// <remarks>Manual §7.1, §7.2, §4.3 (churn triggers, D14).</remarks>
public sealed record CustomerTemplatePolicy
{
    /// <summary>The policy the manual describes.</summary>
    public static CustomerTemplatePolicy Default { get; } = new();

    /// <summary>Usage at or above this share of a plan limit suggests template E.</summary>
    /// <value>The default is 90 % (manual §7.2, "450/500 SKUs").</value>
    public decimal UsageAlertAtPercent { get; init; } = 90m;

    /// <summary>No API call for at least this long suggests template F.</summary>
    /// <value>The default is 14 days (manual §4.3 trigger 3, §7.2, D14).</value>
    public Duration InactiveAfter { get; init; } = Duration.FromDays(14);

    /// <summary>A CSAT score below this is a churn signal and suggests template D.</summary>
    /// <value>The default is 5 (manual §4.3 trigger 1, D14).</value>
    public int ChurnCsatBelow { get; init; } = 5;

    /// <summary>
    /// Words in the customer's message that mean they threaten to leave (whole words, any case), read by the one churn
    /// detector triage uses too (<see cref="Triage.TextSignalExtractor.ThreatensChurn"/>): these phrases are added to the
    /// triage policy's churn phrases, and the detector's rules apply to all ("cancel the duplicate webhook" is not churn,
    /// "if we ever left" is hypothetical).
    /// </summary>
    /// <value>The default is canceling, cancelling, cancel, leaving (manual §4.3 trigger 2, D14).</value>
    public ImmutableArray<string> ChurnKeywords { get; init; } = ["canceling", "cancelling", "cancel", "leaving"];

    /// <summary>What template C promises for engineering's answer; pre-fills <c>engineeringWindow</c>.</summary>
    /// <value>The default is "4-24 hours" (manual §7.1 template C).</value>
    public string EngineeringWindow { get; init; } = "4-24 hours";

    /// <summary>How soon template D promises a call; pre-fills <c>callWithin</c>.</summary>
    /// <value>The default is "2 hours" (manual §7.1 template D, §4.3 "CSM calls within 2 hours").</value>
    public string ChurnCallWithin { get; init; } = "2 hours";

    /// <summary>Checks the policy, listing every problem.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new CustomerTemplatePolicyValidator().Validate(this);

    /// <summary>Reads a policy from JSON; properties left out keep their <see cref="Default"/> values.</summary>
    /// <param name="json">The JSON text, e.g. <c>{"usageAlertAtPercent": 80}</c>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<CustomerTemplatePolicy> FromJson(string json) =>
        PolicyJson.Read(json, Default, new CustomerTemplatePolicyValidator());

    /// <summary>Writes the policy as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => PolicyJson.Write(this);

    /// <summary>Equal values everywhere, the churn keywords compared by content (issue 11).</summary>
    /// <param name="other">The other policy.</param>
    /// <returns>True when both policies hold the same values.</returns>
    public bool Equals(CustomerTemplatePolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (UsageAlertAtPercent == other.UsageAlertAtPercent && InactiveAfter == other.InactiveAfter
                && ChurnCsatBelow == other.ChurnCsatBelow && ValueEquality.Sequence(ChurnKeywords, other.ChurnKeywords)
                && EngineeringWindow == other.EngineeringWindow && ChurnCallWithin == other.ChurnCallWithin));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UsageAlertAtPercent, InactiveAfter, ChurnCsatBelow, ValueEquality.Length(ChurnKeywords), EngineeringWindow, ChurnCallWithin);
}

/// <summary>Validates a <see cref="CustomerTemplatePolicy"/>.</summary>
public sealed class CustomerTemplatePolicyValidator : AbstractValidator<CustomerTemplatePolicy>
{
    /// <summary>Creates the validator.</summary>
    public CustomerTemplatePolicyValidator()
    {
        RuleFor(p => p.UsageAlertAtPercent).GreaterThan(0).LessThanOrEqualTo(100)
            .WithMessage(p => $"must be a percentage above 0 and at most 100, got {p.UsageAlertAtPercent}.");
        RuleFor(p => p.InactiveAfter).GreaterThan(Duration.Zero).WithMessage("must be a positive duration such as P14D.");
        RuleFor(p => p.ChurnCsatBelow).InclusiveBetween(0, 11).WithMessage(p => $"must be between 0 and 11 (CSAT is 0–10), got {p.ChurnCsatBelow}.");
        RuleFor(p => p.ChurnKeywords).Must(k => !k.IsDefault && k.All(w => !string.IsNullOrWhiteSpace(w)))
            .WithMessage("every keyword must be a non-blank word.");
        RuleFor(p => p.EngineeringWindow).NotEmpty().WithMessage("must not be blank.");
        RuleFor(p => p.ChurnCallWithin).NotEmpty().WithMessage("must not be blank.");
    }
}
