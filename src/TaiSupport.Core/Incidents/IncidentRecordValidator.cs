using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Checks an <see cref="IncidentRecord"/>: a declared level (P1–P3), no milestone before the declaration, the notice and
/// post-mortem only after resolution, counts not negative and failed requests within the total, a service credit in
/// 0–100, nothing blank. Every problem is reported at once, named by its JSON path (<c>statusUpdates[2]</c>,
/// <c>impact.failedRequests</c>).
/// </summary>
public sealed class IncidentRecordValidator : AbstractValidator<IncidentRecord>
{
    /// <summary>Creates the validator.</summary>
    public IncidentRecordValidator()
    {
        RuleFor(r => r.Level).Must(l => l is IncidentLevel.P1 or IncidentLevel.P2 or IncidentLevel.P3)
            .WithMessage(r => $"must be P1, P2 or P3, got {r.Level} (None is not an incident).").OverridePropertyName("level");
        RuleFor(r => r.Zone).NotNull().WithMessage("is missing; give a tzdb id such as America/Los_Angeles.").OverridePropertyName("timeZone");
        RuleFor(r => r).Custom((record, context) =>
        {
            CheckMilestones(record, context);
            CheckImpact(record.Impact, context);
            CheckTexts(record, context);
        });
    }

    private static void CheckMilestones(IncidentRecord r, ValidationContext<IncidentRecord> context)
    {
        NotBefore(context, r, "acknowledgements", r.Acknowledgements);
        NotBefore(context, r, "statusUpdates", r.StatusUpdates);
        NotBefore(context, r, "customersNotifiedAt", r.CustomersNotifiedAt);
        NotBefore(context, r, "rootCauseFoundAt", r.RootCauseFoundAt);
        NotBefore(context, r, "escalatedAt", r.EscalatedAt);
        NotBefore(context, r, "level2PagedAt", r.Level2PagedAt);
        NotBefore(context, r, "resolvedAt", r.ResolvedAt);
        NotBefore(context, r, "verificationRuns", r.VerificationRuns.IsDefault ? [] : [.. r.VerificationRuns.Select(v => v?.At ?? r.DeclaredAt)], ".at");
        AfterResolution(context, r, "resolutionNoticeSentAt", r.ResolutionNoticeSentAt, "the resolution notice");
        AfterResolution(context, r, "postMortemHeldAt", r.PostMortemHeldAt, "the post-mortem");
        if (r.ServiceCreditPct is { } credit && (credit < 0m || credit > 100m))
        {
            context.AddFailure("serviceCreditPct", $"must be a percentage from 0 to 100, got {IncidentText.Number(credit)}.");
        }
    }

    private static void CheckImpact(IncidentImpact? impact, ValidationContext<IncidentRecord> context)
    {
        if (impact is null)
        {
            context.AddFailure("impact", "is missing; give an object (it may be empty).");
            return;
        }

        NotNegative(context, "impact.affectedCustomers", impact.AffectedCustomers);
        NotNegative(context, "impact.failedRequests", impact.FailedRequests);
        NotNegative(context, "impact.totalRequests", impact.TotalRequests);
        if (impact.RevenueImpactUsd is < 0m)
        {
            context.AddFailure("impact.revenueImpactUsd", $"must not be negative, got {IncidentText.Number(impact.RevenueImpactUsd.Value)}.");
        }

        if (impact is { FailedRequests: { } failed, TotalRequests: { } total } && failed > total)
        {
            context.AddFailure("impact.failedRequests", $"{IncidentText.Count(failed)} failed requests are more than the {IncidentText.Count(total)} total requests.");
        }
    }

    private static void CheckTexts(IncidentRecord r, ValidationContext<IncidentRecord> context)
    {
        foreach (var (name, text) in new[] { ("summary", r.Summary), ("rootCause", r.RootCause), ("impact.affectedCustomersNote", r.Impact?.AffectedCustomersNote) })
        {
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                context.AddFailure(name, "must not be blank.");
            }
        }

        NotBlank(context, "prevention", r.Prevention);
        NotBlank(context, "attendees", r.Attendees);
        NotBlank(context, "wentWell", r.WentWell);
        NotBlank(context, "wentBadly", r.WentBadly);
        var timeline = r.Timeline.IsDefault ? [] : r.Timeline;
        for (var i = 0; i < timeline.Length; i++)
        {
            if (timeline[i] is null)
            {
                context.AddFailure($"timeline[{i}]", "is null; give an entry {\"at\", \"event\"}.");
            }
            else if (string.IsNullOrWhiteSpace(timeline[i].Event))
            {
                context.AddFailure($"timeline[{i}].event", "must not be blank.");
            }
        }

        var items = r.ActionItems.IsDefault ? [] : r.ActionItems;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                context.AddFailure($"actionItems[{i}]", "is null; give an action item {\"action\", \"owner\"}.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(items[i].Action))
            {
                context.AddFailure($"actionItems[{i}].action", "must not be blank.");
            }

            if (string.IsNullOrWhiteSpace(items[i].Owner))
            {
                context.AddFailure($"actionItems[{i}].owner", "must not be blank.");
            }
        }
    }

    private static void NotBefore(ValidationContext<IncidentRecord> context, IncidentRecord r, string name, Instant? at)
    {
        if (at is { } t && t < r.DeclaredAt)
        {
            context.AddFailure(name, Before(r, t));
        }
    }

    private static void NotBefore(ValidationContext<IncidentRecord> context, IncidentRecord r, string name, ImmutableArray<Instant> instants, string suffix = "")
    {
        var list = instants.IsDefault ? [] : instants;
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] < r.DeclaredAt)
            {
                context.AddFailure($"{name}[{i}]{suffix}", Before(r, list[i]));
            }
        }
    }

    private static void AfterResolution(ValidationContext<IncidentRecord> context, IncidentRecord r, string name, Instant? at, string what)
    {
        if (at is not { } t)
        {
            return;
        }

        if (r.ResolvedAt is not { } resolved)
        {
            context.AddFailure(name, $"{what} comes after resolution, but resolvedAt is missing.");
        }
        else if (t < resolved)
        {
            context.AddFailure(name, $"{Text.OffsetInstant.Format(t, r.Zone ?? DateTimeZone.Utc)} is before resolvedAt {Text.OffsetInstant.Format(resolved, r.Zone ?? DateTimeZone.Utc)}.");
        }
    }

    private static string Before(IncidentRecord r, Instant t) =>
        $"{Text.OffsetInstant.Format(t, r.Zone ?? DateTimeZone.Utc)} is before declaredAt {Text.OffsetInstant.Format(r.DeclaredAt, r.Zone ?? DateTimeZone.Utc)}.";

    private static void NotNegative(ValidationContext<IncidentRecord> context, string name, long? value)
    {
        if (value is < 0)
        {
            context.AddFailure(name, $"must not be negative, got {value}.");
        }
    }

    private static void NotBlank(ValidationContext<IncidentRecord> context, string name, ImmutableArray<string> texts)
    {
        var list = texts.IsDefault ? [] : texts;
        for (var i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                context.AddFailure(new ValidationFailure($"{name}[{i}]", "must not be blank."));
            }
        }
    }
}
