using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Escalation;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Checks a <see cref="TriagePolicy"/> and reports every problem at once, each with the JSON path of the value
/// (<c>keywords.churnThreat[2]</c>, <c>escalation.csatBelow</c>, <c>assignment.skillRules[1].levels</c>).
/// </summary>
public sealed class TriagePolicyValidator : AbstractValidator<TriagePolicy>
{
    /// <summary>Creates the validator.</summary>
    public TriagePolicyValidator()
    {
        RuleFor(p => p).Custom((policy, context) =>
        {
            var problems = new List<ValidationFailure>();
            CheckKeywords(policy, problems);
            CheckPriorities(policy, problems);
            if (policy.Escalation is null)
            {
                problems.Add(new ValidationFailure("escalation", "is missing."));
            }
            else
            {
                CheckEscalation(policy.Escalation, problems);
            }

            if (policy.Assignment is null)
            {
                problems.Add(new ValidationFailure("assignment", "is missing."));
            }
            else
            {
                CheckAssignment(policy.Assignment, problems);
            }

            problems.ForEach(context.AddFailure);
        });
    }

    /// <summary>The JSON name of a property or enum value: its name with a lowercase first letter.</summary>
    internal static string JsonName(string name) => string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static void CheckKeywords(TriagePolicy policy, List<ValidationFailure> problems)
    {
        if (policy.Keywords is null)
        {
            problems.Add(new ValidationFailure("keywords", "is missing."));
        }
        else
        {
            foreach (var (signal, phrases) in policy.Keywords.OrderBy(p => p.Key))
            {
                var path = Enum.IsDefined(signal) ? $"keywords.{JsonName(signal.ToString())}" : "keywords";
                if (!Enum.IsDefined(signal))
                {
                    problems.Add(new ValidationFailure(path, $"{(int)signal} is not a keyword signal."));
                }

                CheckPhrases(phrases, path, problems);
            }
        }

        if (policy.ApiErrorKeywords is null)
        {
            problems.Add(new ValidationFailure("apiErrorKeywords", "is missing."));
        }
        else
        {
            foreach (var (code, phrases) in policy.ApiErrorKeywords)
            {
                var path = $"apiErrorKeywords['{code}']";
                if (string.IsNullOrWhiteSpace(code))
                {
                    problems.Add(new ValidationFailure(path, "an API error code must not be blank."));
                }

                CheckPhrases(phrases, path, problems);
            }
        }

        if (policy.AutoResolveApiErrors.IsDefault)
        {
            problems.Add(new ValidationFailure("autoResolveApiErrors", "is missing; give a list such as [\"401\", \"429\", \"malformedJson\"] (it may be empty)."));
            return;
        }

        for (var i = 0; i < policy.AutoResolveApiErrors.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(policy.AutoResolveApiErrors[i]))
            {
                problems.Add(new ValidationFailure($"autoResolveApiErrors[{i}]", "an API error code must not be blank."));
            }
        }
    }

    private static void CheckPhrases(ImmutableArray<string> phrases, string path, List<ValidationFailure> problems)
    {
        if (phrases.IsDefault)
        {
            problems.Add(new ValidationFailure(path, "the list of phrases is missing (it may be empty)."));
            return;
        }

        for (var i = 0; i < phrases.Length; i++)
        {
            if (!KeywordIndex.IsValidPhrase(phrases[i]))
            {
                problems.Add(new ValidationFailure(
                    $"{path}[{i}]",
                    $"\"{phrases[i]}\" is not a keyword phrase: use words of letters and digits separated by spaces, hyphens, underscores, slashes or apostrophes."));
            }
        }
    }

    private static void CheckPriorities(TriagePolicy policy, List<ValidationFailure> problems)
    {
        Defined(policy.ChurnThreatPriority, "churnThreatPriority", problems);
        Defined(policy.LegalOrSecurityPriority, "legalOrSecurityPriority", problems);
        Defined(policy.DataLossPriority, "dataLossPriority", problems);
        if (!Enum.IsDefined(policy.UncertainPages))
        {
            problems.Add(new ValidationFailure("uncertainPages", $"must be one of {string.Join(", ", Enum.GetNames<UncertainPagePolicy>())}."));
        }

        if (policy.ReviewBelowConfidence is < 0m or > 1m)
        {
            problems.Add(new ValidationFailure("reviewBelowConfidence", "must be between 0 and 1."));
        }

        if (policy.SecondReaderThreshold is < 0.5m or > 1m)
        {
            problems.Add(new ValidationFailure("secondReaderThreshold", "must be between 0.5 and 1."));
        }
    }

    private static void CheckEscalation(EscalationPolicy e, List<ValidationFailure> problems)
    {
        NotNegative(e.CriticalPageWithin, "escalation.criticalPageWithin", problems);
        NotNegative(e.StatusPageWithin, "escalation.statusPageWithin", problems);
        NotNegative(e.ExecutivePageWithin, "escalation.executivePageWithin", problems);
        NotNegative(e.DedicatedCsmWithin, "escalation.dedicatedCsmWithin", problems);
        NotNegative(e.InvestigationPageAfter, "escalation.investigationPageAfter", problems);
        NotNegative(e.InvestigationEngineeringAfter, "escalation.investigationEngineeringAfter", problems);
        if (e.InvestigationEngineeringAfter < e.InvestigationPageAfter)
        {
            problems.Add(new ValidationFailure(
                "escalation.investigationEngineeringAfter",
                $"must be at least investigationPageAfter ({TaiSupport.Core.Text.HumanDuration.Format(e.InvestigationPageAfter)}): §4.2 escalates to engineering only after paging a support engineer."));
        }

        NotNegative(e.FinancialImpactAbove, "escalation.financialImpactAbove", problems);
        NotNegative(e.ChurnPageWithin, "escalation.churnPageWithin", problems);
        NotNegative(e.LegalSecurityPageWithin, "escalation.legalSecurityPageWithin", problems);
        if (e.CsatBelow is <= 0m or > 10m)
        {
            problems.Add(new ValidationFailure("escalation.csatBelow", $"must be above 0 and at most 10 (the manual's CSAT scale), got {e.CsatBelow}."));
        }

        NotNegative(e.CsatAlertWithin, "escalation.csatAlertWithin", problems);
        NotNegative(e.CsatCallWithin, "escalation.csatCallWithin", problems);
        NotNegative(e.CancelingCallWithin, "escalation.cancelingCallWithin", problems);
        NotNegative(e.FixPeriodDays, "escalation.fixPeriodDays", problems);
        if (e.InactiveFor <= Duration.Zero)
        {
            problems.Add(new ValidationFailure("escalation.inactiveFor", "must be positive."));
        }

        NotNegative(e.WorkingSession, "escalation.workingSession", problems);
        if (e.RepeatTicketsAtLeast < 2)
        {
            problems.Add(new ValidationFailure("escalation.repeatTicketsAtLeast", $"must be at least 2 (one ticket is not a repeat), got {e.RepeatTicketsAtLeast}."));
        }

        Percent(e.WidespreadOutageAbovePct, "escalation.widespreadOutageAbovePct", problems);
        NotNegative(Tickets.Milliseconds.Of(e.LatencyAbove), "escalation.latencyAboveMs", problems);
        Percent(e.ErrorRateAbovePct, "escalation.errorRateAbovePct", problems);
        NotNegative(e.UrgentCallWithin, "escalation.urgentCallWithin", problems);
        NotNegative(e.UrgentDiagnosisWithin, "escalation.urgentDiagnosisWithin", problems);
        NotNegative(e.HighResponseWithin, "escalation.highResponseWithin", problems);
        NotNegative(e.MediumResponseBusinessDays, "escalation.mediumResponseBusinessDays", problems);
        if (string.IsNullOrWhiteSpace(e.MediumResponseCalendar))
        {
            problems.Add(new ValidationFailure("escalation.mediumResponseCalendar", "is missing; give a calendar id such as professional-hours."));
        }
    }

    private static void CheckAssignment(AssignmentPolicy a, List<ValidationFailure> problems)
    {
        NotNegative(a.EndOfShiftGuard, "assignment.endOfShiftGuard", problems);
        CheckLevels(a.DefaultLevels, "assignment.defaultLevels", problems);
        if (a.SkillRules.IsDefault)
        {
            problems.Add(new ValidationFailure("assignment.skillRules", "is missing (it may be empty)."));
            return;
        }

        for (var i = 0; i < a.SkillRules.Length; i++)
        {
            var path = $"assignment.skillRules[{i}]";
            var rule = a.SkillRules[i];
            if (rule is null)
            {
                problems.Add(new ValidationFailure(path, "is missing."));
                continue;
            }

            CheckLevels(rule.Levels, path + ".levels", problems);
            if (string.IsNullOrWhiteSpace(rule.Description))
            {
                problems.Add(new ValidationFailure(path + ".description", "is missing; say the rule in the manual's words."));
            }

            if (rule.Tier is { } tier)
            {
                Defined(tier, path + ".tier", problems);
            }

            if (rule.Priority is { } priority)
            {
                Defined(priority, path + ".priority", problems);
            }

            if (rule.Category is { } category)
            {
                Defined(category, path + ".category", problems);
            }
        }
    }

    private static void CheckLevels(ImmutableArray<TeamLevel> levels, string path, List<ValidationFailure> problems)
    {
        if (levels.IsDefaultOrEmpty)
        {
            problems.Add(new ValidationFailure(path, $"must name at least one level: {string.Join(", ", Enum.GetNames<TeamLevel>())}."));
            return;
        }

        for (var i = 0; i < levels.Length; i++)
        {
            Defined(levels[i], $"{path}[{i}]", problems);
        }
    }

    private static void Defined<T>(T value, string path, List<ValidationFailure> problems)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(new ValidationFailure(path, $"{value} is not one of {string.Join(", ", Enum.GetNames<T>())}."));
        }
    }

    private static void NotNegative(Duration value, string path, List<ValidationFailure> problems)
    {
        if (value < Duration.Zero)
        {
            problems.Add(new ValidationFailure(path, $"must not be negative, got {TaiSupport.Core.Text.HumanDuration.Format(value)}."));
        }
    }

    private static void NotNegative(decimal value, string path, List<ValidationFailure> problems)
    {
        if (value < 0m)
        {
            problems.Add(new ValidationFailure(path, $"must not be negative, got {value}."));
        }
    }

    private static void Percent(decimal value, string path, List<ValidationFailure> problems)
    {
        if (value is < 0m or > 100m)
        {
            problems.Add(new ValidationFailure(path, $"must be a percentage from 0 to 100, got {value}."));
        }
    }
}
