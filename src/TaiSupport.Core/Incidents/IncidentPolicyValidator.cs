using System.Linq.Expressions;
using FluentValidation;
using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Checks an <see cref="IncidentPolicy"/>: every span positive, percentages in 0–100, the P3 latency threshold below
/// the P2 one, the fixing cadence no slower than the normal one, at least one verification pass, and only known
/// criterion ids in <see cref="IncidentPolicy.CriteriaCancelledByUserError"/>. Every problem is reported at once, named by
/// its JSON property (<c>latencyOver</c>…).
/// </summary>
public sealed class IncidentPolicyValidator : AbstractValidator<IncidentPolicy>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="extraCriterionIds">Ids of your own criteria that a user error may cancel, besides <see cref="IncidentCriteria.Ids"/>.</param>
    public IncidentPolicyValidator(IEnumerable<string>? extraCriterionIds = null)
    {
        var known = IncidentCriteria.Ids.Concat(extraCriterionIds ?? []).ToHashSet(StringComparer.Ordinal);
        Positive(p => p.ApiDownOver, "apiDownOver");
        Positive(p => p.SingleCustomerOutageOver, "singleCustomerOutageOver");
        Positive(p => p.LatencyOver, "latencyOver");
        Positive(p => p.SignificantLatencyOver, "significantLatencyOver");
        Positive(p => p.DetectionActionsWithin, "detectionActionsWithin");
        Positive(p => p.StatusUpdateEvery, "statusUpdateEvery");
        Positive(p => p.StatusUpdateWhileFixingEvery, "statusUpdateWhileFixingEvery");
        Positive(p => p.DecisionPointAfter, "decisionPointAfter");
        Positive(p => p.Level2PageAfter, "level2PageAfter");
        Positive(p => p.VerifyWithin, "verifyWithin");
        Positive(p => p.ResolutionNoticeWithin, "resolutionNoticeWithin");
        Positive(p => p.PostMortemAfter, "postMortemAfter");
        Positive(p => p.PostMortemMeeting, "postMortemMeeting");
        Positive(p => p.FollowUpAfter, "followUpAfter");
        Positive(p => p.OnCallRespondWithin, "onCallRespondWithin");
        Positive(p => p.P2InvestigateFor, "p2InvestigateFor");
        Percentage(p => p.CustomersUnableCoreFeatureOverPct, "customersUnableCoreFeatureOverPct");
        Percentage(p => p.ErrorRateOverPct, "errorRateOverPct");
        Percentage(p => p.WebhookFailureOverPct, "webhookFailureOverPct");
        Percentage(p => p.ServiceCreditPct, "serviceCreditPct");

        RuleFor(p => p.SignificantLatencyOver).Must((p, significant) => significant < p.LatencyOver)
            .WithMessage(p => $"the P3 latency threshold {IncidentText.Milliseconds(p.SignificantLatencyOver)} must be below the P2 threshold latencyOver {IncidentText.Milliseconds(p.LatencyOver)}.")
            .OverridePropertyName("significantLatencyOver");
        RuleFor(p => p.StatusUpdateWhileFixingEvery).Must((p, fixing) => fixing <= p.StatusUpdateEvery)
            .WithMessage(p => $"updates while fixing ({IncidentText.Span(p.StatusUpdateWhileFixingEvery)}) must be at least as frequent as statusUpdateEvery ({IncidentText.Span(p.StatusUpdateEvery)}).")
            .OverridePropertyName("statusUpdateWhileFixingEvery");
        RuleFor(p => p.VerificationPasses).InclusiveBetween(1, 1000)
            .WithMessage(p => $"must be from 1 to 1000 passing runs, got {p.VerificationPasses}.").OverridePropertyName("verificationPasses");
        RuleFor(p => p.CriteriaCancelledByUserError).Custom((ids, context) =>
        {
            if (ids.IsDefault)
            {
                context.AddFailure("criteriaCancelledByUserError", "is missing; give a list of criterion ids (it may be empty).");
                return;
            }

            for (var i = 0; i < ids.Length; i++)
            {
                if (!known.Contains(ids[i]))
                {
                    context.AddFailure($"criteriaCancelledByUserError[{i}]", $"'{ids[i]}' is not a criterion id; use one of {string.Join(", ", known)}.");
                }
            }
        });
        RuleFor(p => p.PostMortemRoles).Custom((roles, context) =>
        {
            if (roles.IsDefaultOrEmpty || roles.Any(string.IsNullOrWhiteSpace))
            {
                context.AddFailure("postMortemRoles", "needs at least one role, none blank (the manual: on-call engineer, support lead, product lead).");
            }
        });
    }

    private void Positive(Expression<Func<IncidentPolicy, Duration>> span, string name) =>
        RuleFor(span).Must(d => d > Duration.Zero)
            .WithMessage((_, d) => $"must be a positive duration, got {IncidentText.Span(d)}.").OverridePropertyName(name);

    private void Percentage(Expression<Func<IncidentPolicy, decimal>> pct, string name) =>
        RuleFor(pct).InclusiveBetween(0m, 100m)
            .WithMessage((_, p) => $"must be a percentage from 0 to 100, got {IncidentText.Number(p)}.").OverridePropertyName(name);
}
