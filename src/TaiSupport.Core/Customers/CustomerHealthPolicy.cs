using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.Customers;

/// <summary>
/// The §4.3 churn triggers as they apply to the customer base (D14), with the windows of their actions. Change one
/// value with <c>with</c>: <c>CustomerHealthPolicy.Default with { InactiveAfter = Duration.FromDays(10) }</c>.
/// </summary>
/// <remarks>Manual §4.3 triggers 1, 3 and 4 (trigger 2, "canceling"/"leaving", is read from a ticket's text by triage).</remarks>
public sealed record CustomerHealthPolicy
{
    /// <summary>The policy the manual describes.</summary>
    public static CustomerHealthPolicy Default { get; } = new();

    /// <summary>No API call for at least this long is a trigger.</summary>
    /// <value>The default is 14 days, inclusive: 14 days fires, 13 days 23 h 59 min does not (manual §4.3 trigger 3 "14+ days", D14).</value>
    public Duration InactiveAfter { get; init; } = Duration.FromDays(14);

    /// <summary>A latest CSAT score below this is a trigger.</summary>
    /// <value>The default is 5: 4 fires, 5 does not (manual §4.3 trigger 1 "CSAT Score &lt; 5", D14).</value>
    public int CsatBelow { get; init; } = 5;

    /// <summary>A low score older than this no longer fires (the customer's latest score is what counts).</summary>
    /// <value>The default is 30 days (our choice; the manual gives none).</value>
    public Duration CsatLookback { get; init; } = Duration.FromDays(30);

    /// <summary>How soon after a low score the CSM is alerted.</summary>
    /// <value>The default is 1 hour (manual §4.3 trigger 1 "Alert CSM within 1 hour").</value>
    public Duration CsatAlertWithin { get; init; } = Duration.FromHours(1);

    /// <summary>How soon after a low score the customer is called.</summary>
    /// <value>The default is 24 hours (manual §4.3 trigger 1 "Call customer within 24 hours").</value>
    public Duration CsatCallWithin { get; init; } = Duration.FromHours(24);

    /// <summary>This many distinct tickets linked to one issue is a trigger.</summary>
    /// <value>The default is 3: three fire, two do not (manual §4.3 trigger 4 "3+ times", D14).</value>
    public int SameIssueTicketsAtLeast { get; init; } = 3;

    /// <summary>The window given to the actions the manual sets no window for (alert CSM, re-engagement email, alert VP Product…).</summary>
    /// <value>The default is 24 hours, one daily list (our choice; the manual gives none).</value>
    public Duration UnwindowedActionsWithin { get; init; } = Duration.FromHours(24);

    /// <summary>Checks the policy, listing every problem.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new CustomerHealthPolicyValidator().Validate(this);
}

/// <summary>Validates a <see cref="CustomerHealthPolicy"/>.</summary>
public sealed class CustomerHealthPolicyValidator : AbstractValidator<CustomerHealthPolicy>
{
    /// <summary>Creates the validator.</summary>
    public CustomerHealthPolicyValidator()
    {
        RuleFor(p => p.InactiveAfter).GreaterThan(Duration.Zero).WithMessage("must be a positive duration such as PT336H.");
        RuleFor(p => p.CsatBelow).InclusiveBetween(0, 11).WithMessage(p => $"must be between 0 and 11 (CSAT is 0–10), got {p.CsatBelow}.");
        RuleFor(p => p.CsatLookback).GreaterThan(Duration.Zero).WithMessage("must be a positive duration.");
        RuleFor(p => p.CsatAlertWithin).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
        RuleFor(p => p.CsatCallWithin).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
        RuleFor(p => p.SameIssueTicketsAtLeast).GreaterThanOrEqualTo(2).WithMessage(p => $"must be at least 2, got {p.SameIssueTicketsAtLeast}.");
        RuleFor(p => p.UnwindowedActionsWithin).GreaterThanOrEqualTo(Duration.Zero).WithMessage("must not be negative.");
    }
}
