using System.Linq.Expressions;
using FluentValidation;
using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Checks a snapshot of signals: spans are not negative and percentages lie in 0–100. Property names are the JSON
/// names (<c>apiDownMinutes</c>, <c>errorRatePct</c>…), so a message can be shown next to the field it is about.
/// </summary>
public sealed class IncidentSignalsValidator : AbstractValidator<IncidentSignals>
{
    /// <summary>Creates the validator.</summary>
    public IncidentSignalsValidator()
    {
        NotNegative(s => s.ApiDown, "apiDownMinutes");
        NotNegative(s => s.SingleCustomerCoreFeatureOutage, "singleCustomerCoreFeatureOutageMinutes");
        NotNegative(s => s.Latency, "latencyMs");
        Percentage(s => s.CustomersUnableCoreFeaturePct, "customersUnableCoreFeaturePct");
        Percentage(s => s.ErrorRatePct, "errorRatePct");
        Percentage(s => s.WebhookFailurePct, "webhookFailurePct");
        RuleFor(s => s.UserError).IsInEnum().OverridePropertyName("userError");
    }

    private void NotNegative(Expression<Func<IncidentSignals, Duration?>> span, string name) =>
        RuleFor(span).Must(d => d is null || d >= Duration.Zero).WithMessage("must not be negative.").OverridePropertyName(name);

    private void Percentage(Expression<Func<IncidentSignals, decimal?>> pct, string name) =>
        RuleFor(pct).Must(p => p is null || (p >= 0m && p <= 100m))
            .WithMessage((_, p) => $"must be a percentage from 0 to 100, got {IncidentText.Number(p!.Value)}.").OverridePropertyName(name);
}
