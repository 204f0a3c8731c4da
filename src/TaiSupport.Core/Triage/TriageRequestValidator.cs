using FluentValidation;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Checks a <see cref="TriageRequest"/> with the ranges <see cref="TriageRequestJson"/> enforces: a defined tier,
/// priority and category; CSAT 0–10 (§4.3, §8.2); percentages 0–100; no negative money, time or latency; at least one
/// same-issue ticket. Property names are the JSON paths without <c>$.</c>: <c>tier</c>, <c>signals.csat</c>.
/// </summary>
public sealed class TriageRequestValidator : AbstractValidator<TriageRequest>
{
    /// <summary>Creates the validator.</summary>
    public TriageRequestValidator()
    {
        RuleFor(r => r.Tier).IsInEnum().WithMessage(r => $"({(int)r.Tier}) is not a tier; use one of {string.Join(", ", Enum.GetNames<Tier>())}.").OverridePropertyName("tier");
        RuleFor(r => r.Priority).Must(p => p is null || Enum.IsDefined(p.Value))
            .WithMessage(r => $"({(int)r.Priority!.Value}) is not a priority; use one of {string.Join(", ", Enum.GetNames<Priority>())}.").OverridePropertyName("priority");
        RuleFor(r => r.Category).Must(c => c is null || Enum.IsDefined(c.Value))
            .WithMessage(r => $"({(int)r.Category!.Value}) is not a category; use one of {string.Join(", ", Enum.GetNames<Category>())}.").OverridePropertyName("category");
        RuleFor(r => r.Signals).NotNull().OverridePropertyName("signals");
        When(r => r.Signals is not null, () =>
        {
            Range(r => r.Signals.Csat, "signals.csat", 0m, 10m, "a CSAT score from 0 to 10");
            Range(r => r.Signals.PlatformImpactPct, "signals.platformImpactPct", 0m, 100m, "a percentage from 0 to 100");
            Range(r => r.Signals.ErrorRatePct, "signals.errorRatePct", 0m, 100m, "a percentage from 0 to 100");
            Range(r => r.Signals.FinancialImpact, "signals.financialImpact", 0m, decimal.MaxValue, "an amount of 0 or more");
            Range(r => Milliseconds.Of(r.Signals.Latency), "signals.latencyMs", 0m, Milliseconds.Max, "milliseconds, 0 or more");
            RuleFor(r => r.Signals.InvestigationTime).Must(t => t is null || t >= NodaTime.Duration.Zero)
                .WithMessage("must not be negative.").OverridePropertyName("signals.investigationMinutes");
            RuleFor(r => r.Signals.SameIssueTickets).Must(n => n is null || n >= 1)
                .WithMessage(r => $"must be at least 1, got {r.Signals.SameIssueTickets}.").OverridePropertyName("signals.sameIssueTickets");
        });
    }

    /// <summary>True when <paramref name="request"/> passes every rule; allocates nothing, so engines check on every call.</summary>
    internal static bool IsValid(TriageRequest request)
    {
        if (!Enum.IsDefined(request.Tier) || (request.Priority is { } p && !Enum.IsDefined(p)) || (request.Category is { } c && !Enum.IsDefined(c)))
        {
            return false;
        }

        if (request.Signals is not { } s)
        {
            return false;
        }

        return In(s.Csat, 0m, 10m) && In(s.PlatformImpactPct, 0m, 100m) && In(s.ErrorRatePct, 0m, 100m)
            && In(s.FinancialImpact, 0m, decimal.MaxValue) && (s.Latency is null || s.Latency >= NodaTime.Duration.Zero)
            && (s.InvestigationTime is null || s.InvestigationTime >= NodaTime.Duration.Zero)
            && (s.SameIssueTickets is null || s.SameIssueTickets >= 1);
    }

    private static bool In(decimal? value, decimal min, decimal max) => value is null || (value >= min && value <= max);

    private void Range(System.Linq.Expressions.Expression<Func<TriageRequest, decimal?>> value, string name, decimal min, decimal max, string what) =>
        RuleFor(value).Must(v => In(v, min, max)).WithMessage((_, v) => $"must be {what}, got {v}.").OverridePropertyName(name);
}
