using System.Collections.Immutable;
using FluentValidation.Results;
using FluentValidation;
using NodaTime;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Lifecycle;

/// <summary>
/// Checks a <see cref="TicketLifePolicy"/>: a valid SLA policy, positive conversation targets, inbox checks and a
/// known check calendar, rungs with ids and known deferral calendars, customer and team calendars that exist, and a
/// known calendar choice. Every problem is reported at once with a JSON-style path.
/// </summary>
public sealed class TicketLifePolicyValidator : AbstractValidator<TicketLifePolicy>
{
    /// <summary>Creates the validator.</summary>
    public TicketLifePolicyValidator()
    {
        RuleFor(p => p).Custom(Check);
    }

    private static void Check(TicketLifePolicy policy, ValidationContext<TicketLifePolicy> context)
    {
        void Fail(string path, string message) => context.AddFailure(new ValidationFailure(path, message));

        if (policy.Sla is null)
        {
            Fail("sla", "the SLA policy is missing.");
            return;
        }

        foreach (var failure in SlaPolicy.Validate(policy.Sla).Errors)
        {
            Fail("sla." + failure.PropertyName, failure.ErrorMessage);
        }

        var calendars = policy.Sla.Calendars ?? ImmutableSortedDictionary<string, Calendars.BusinessCalendar>.Empty;
        CheckRule("acknowledge", policy.Acknowledge);
        CheckRule("nextReply", policy.NextReply);
        if (policy.Assignment is not { } assignment)
        {
            Fail("assignment", "the assignment rule is missing.");
        }
        else
        {
            if (assignment.Checks.IsDefaultOrEmpty)
            {
                Fail("assignment.checks", "give at least one inbox check time, such as 09:00.");
            }

            if (assignment.CheckCalendarId is null || !calendars.ContainsKey(assignment.CheckCalendarId))
            {
                Fail("assignment.checkCalendar", $"'{assignment.CheckCalendarId}' is not a calendar of the SLA policy.");
            }

            if (assignment.Target < Duration.Zero || assignment.CriticalTarget < Duration.Zero)
            {
                Fail("assignment.target", "assignment targets cannot be negative.");
            }
        }

        if (policy.Rungs.IsDefault)
        {
            Fail("rungs", "the rungs are missing; give an empty list for no alerts.");
        }
        else
        {
            for (var i = 0; i < policy.Rungs.Length; i++)
            {
                var rung = policy.Rungs[i];
                if (rung is null || string.IsNullOrWhiteSpace(rung.Id))
                {
                    Fail($"rungs[{i}].id", "every rung needs an id.");
                    continue;
                }

                if (!Enum.IsDefined(rung.Level) || !Enum.IsDefined(rung.Measure))
                {
                    Fail($"rungs[{i}].level", "unknown level or measure.");
                }

                if (rung.DeferToCalendarId is not null && !calendars.ContainsKey(rung.DeferToCalendarId))
                {
                    Fail($"rungs[{i}].deferTo", $"'{rung.DeferToCalendarId}' is not a calendar of the SLA policy.");
                }

                if ((rung.Offset > Duration.FromDays(100) || rung.Offset < -Duration.FromDays(100)))
                {
                    Fail($"rungs[{i}].offset", "an offset beyond 100 days is not a useful alert.");
                }
            }
        }

        if (!Enum.IsDefined(policy.CalendarChoice))
        {
            Fail("calendarChoice", $"{(int)policy.CalendarChoice} is not a calendar choice; use Policy, Customer or OwningTeam.");
        }

        foreach (var (name, map) in new[] { ("customerCalendars", policy.CustomerCalendars), ("teamCalendars", policy.TeamCalendars) })
        {
            foreach (var (key, id) in map ?? ImmutableSortedDictionary<string, string>.Empty)
            {
                if (!calendars.ContainsKey(id))
                {
                    Fail($"{name}.{key}", $"'{id}' is not a calendar of the SLA policy.");
                }
            }
        }

        if (policy.RelativeTargets.IsDefault)
        {
            Fail("relativeTargets", "the relative targets are missing; give an empty list for none.");
        }
        else
        {
            for (var i = 0; i < policy.RelativeTargets.Length; i++)
            {
                var rule = policy.RelativeTargets[i];
                if (rule?.Target is null)
                {
                    Fail($"relativeTargets[{i}].target", "every relative target rule needs a target.");
                    continue;
                }

                if (!Enum.IsDefined(rule.Clock) || rule.Clock == TicketClock.NextReply)
                {
                    Fail($"relativeTargets[{i}].clock", "a relative target applies to acknowledge, firstResponse, assignment or resolution.");
                }

                if (rule.Target.Days is < 0 or > 366)
                {
                    Fail($"relativeTargets[{i}].days", $"{rule.Target.Days} working days is outside 0 to 366.");
                }

                if (!Enum.IsDefined(rule.Target.Mode))
                {
                    Fail($"relativeTargets[{i}].mode", "unknown mode; use endOfDay, startOfDay, sameLocalTime or atLocalTime.");
                }
            }
        }

        void CheckRule(string path, ConversationClockRule? rule)
        {
            if (rule is null)
            {
                Fail(path, "the rule is missing.");
            }
            else if (rule.Target <= Duration.Zero)
            {
                Fail(path + ".target", "the target must be positive.");
            }
        }
    }

    /// <summary>The problems of later versions built in code (D28), with JSON paths under <paramref name="path"/> (<c>$.ticketLife</c>): order, range and each version's own policy (its SLA part included).</summary>
    internal static IEnumerable<ValidationFailure> ValidateVersions(IReadOnlyList<TicketLifePolicyVersion> later, string path)
    {
        var previous = Instant.MinValue;
        foreach (var (version, at) in later.Select((v, i) => (v, $"{path}.versions[{i}]")))
        {
            if (version?.Policy is null)
            {
                yield return new ValidationFailure(at, "is required.");
                continue;
            }

            if (!SupportedDates.Contains(version.EffectiveFrom) || version.EffectiveFrom <= previous)
            {
                yield return new ValidationFailure(at + ".effectiveFrom", SupportedDates.Contains(version.EffectiveFrom) ? NotAfter(previous) : $"must lie between {SupportedDates.Description} (UTC).");
            }

            previous = version.EffectiveFrom > previous ? version.EffectiveFrom : previous;
            foreach (var failure in TicketLifePolicy.Validate(version.Policy).Errors)
            {
                yield return new ValidationFailure($"{at}.{CamelPath(failure.PropertyName)}", failure.ErrorMessage);
            }
        }
    }

    /// <summary>A validator's property path (<c>Rungs[0].Offset</c>) in the JSON's camelCase (<c>rungs[0].offset</c>).</summary>
    private static string CamelPath(string path) =>
        string.Join(".", path.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? char.ToLowerInvariant(part[0]) + part[1..] : part));

    /// <summary>The sentence for a version's <c>effectiveFrom</c> not after <paramref name="previous"/> (the JSON reader's too).</summary>
    internal static string NotAfter(Instant previous) => previous == Instant.MinValue
        ? "must be a real instant (the section itself is the version in force from the beginning of time)."
        : "must be after the previous version's effectiveFrom; list versions in time order.";
}
