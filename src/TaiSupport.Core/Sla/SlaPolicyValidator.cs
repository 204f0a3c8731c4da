using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// Checks an <see cref="SlaPolicy"/>: a tzdb display zone; calendars with ids and weekly open time (so every due
/// exists); exactly one target per tier × priority, each clock positive, at most a year, on a calendar of the
/// policy; non-negative at-risk lead and reassign grace; pausing and stopping statuses that are known and disjoint;
/// a queue rank for every tier. Every problem is reported at once with a JSON-style path such as
/// <c>targets[3].firstResponse.calendar</c>.
/// </summary>
public sealed class SlaPolicyValidator : AbstractValidator<SlaPolicy>
{
    /// <summary>The error code of a clock naming a calendar the policy does not define; the custom state is the id.</summary>
    public const string UnknownCalendarCode = "UnknownCalendar";

    /// <summary>The error code of a tier × priority without a target.</summary>
    public const string MissingTargetCode = "MissingTarget";

    private static readonly Duration LongestTarget = Duration.FromDays(366);

    /// <summary>Creates the validator.</summary>
    public SlaPolicyValidator()
    {
        RuleFor(p => p.TimeZoneId)
            .Must(id => !string.IsNullOrWhiteSpace(id) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null)
            .WithMessage(p => $"'{p.TimeZoneId}' is not a tzdb time-zone id (for example America/Los_Angeles).")
            .OverridePropertyName("timeZone");
        RuleFor(p => p.AtRiskLead)
            .Must(d => d >= Duration.Zero && d <= LongestTarget)
            .WithMessage(p => $"must be between zero (no at-risk alerts) and 366 days, got {Text.IsoDuration.Format(p.AtRiskLead)}.")
            .OverridePropertyName("atRiskLead");
        RuleFor(p => p.ReassignGrace)
            .Must(d => d >= Duration.Zero && d <= LongestTarget)
            .WithMessage(p => $"must be between zero and 366 days, got {Text.IsoDuration.Format(p.ReassignGrace)}.")
            .OverridePropertyName("reassignGrace");
        RuleFor(p => p).Custom((policy, context) =>
        {
            CheckCalendars(policy, context);
            CheckTargets(policy, context);
            CheckStatuses(policy, context);
            CheckTierRanks(policy, context);
        });
    }

    private static void CheckCalendars(SlaPolicy policy, ValidationContext<SlaPolicy> context)
    {
        if (policy.Calendars is null || policy.Calendars.IsEmpty)
        {
            context.AddFailure(new ValidationFailure("calendars", "the policy defines no calendar; give at least one, such as \"always\"."));
            return;
        }

        foreach (var (id, calendar) in policy.Calendars)
        {
            var path = $"calendars['{id}']";
            if (string.IsNullOrWhiteSpace(id))
            {
                context.AddFailure(new ValidationFailure(path, "a calendar id must not be blank."));
            }

            if (calendar is null)
            {
                context.AddFailure(new ValidationFailure(path, "the calendar is missing."));
            }
            else if (!calendar.Definition.Week.Values.Any(shifts => !shifts.IsDefaultOrEmpty))
            {
                context.AddFailure(new ValidationFailure(
                    path + ".week",
                    "the calendar opens only on override dates, so an SLA due could never be reached after them; give it weekly shifts."));
            }
        }
    }

    private static void CheckTargets(SlaPolicy policy, ValidationContext<SlaPolicy> context)
    {
        var targets = policy.Targets.IsDefault ? [] : policy.Targets;
        var seen = new Dictionary<(Tier, Priority), int>();
        for (var i = 0; i < targets.Length; i++)
        {
            var path = $"targets[{i}]";
            var target = targets[i];
            if (target is null)
            {
                context.AddFailure(new ValidationFailure(path, "the target is missing."));
                continue;
            }

            var known = true;
            if (!Enum.IsDefined(target.Tier))
            {
                context.AddFailure(new ValidationFailure(path + ".tier", TicketValidator.NotOneOf(target.Tier)));
                known = false;
            }

            if (!Enum.IsDefined(target.Priority))
            {
                context.AddFailure(new ValidationFailure(path + ".priority", TicketValidator.NotOneOf(target.Priority)));
                known = false;
            }

            if (known && !seen.TryAdd((target.Tier, target.Priority), i))
            {
                context.AddFailure(new ValidationFailure(
                    path,
                    $"{target.Tier} × {target.Priority} is already given by targets[{seen[(target.Tier, target.Priority)]}]; give each tier × priority once."));
            }

            CheckClock(policy, target.FirstResponse, path + ".firstResponse", context);
            CheckClock(policy, target.Resolution, path + ".resolution", context);
        }

        foreach (var tier in Enum.GetValues<Tier>())
        {
            foreach (var priority in Enum.GetValues<Priority>())
            {
                if (!seen.ContainsKey((tier, priority)))
                {
                    context.AddFailure(new ValidationFailure("targets", $"no target for {tier} × {priority}; every tier × priority needs one.")
                    {
                        ErrorCode = MissingTargetCode,
                    });
                }
            }
        }
    }

    private static void CheckClock(SlaPolicy policy, SlaClock? clock, string path, ValidationContext<SlaPolicy> context)
    {
        if (clock is null)
        {
            context.AddFailure(new ValidationFailure(path, "the clock is missing; give {\"target\": \"PT4H\", \"calendar\": \"…\"}."));
            return;
        }

        if (clock.Target <= Duration.Zero || clock.Target > LongestTarget)
        {
            context.AddFailure(new ValidationFailure(path + ".target", $"must be positive and at most 366 days, got {Text.IsoDuration.Format(clock.Target)}."));
        }

        if (policy.Calendars is not null && (clock.CalendarId is null || !policy.Calendars.ContainsKey(clock.CalendarId)))
        {
            var known = string.Join(", ", policy.Calendars.Keys);
            context.AddFailure(new ValidationFailure(path + ".calendar", $"'{clock.CalendarId}' is not a calendar of this policy; known: {known}.")
            {
                ErrorCode = UnknownCalendarCode,
                CustomState = clock.CalendarId,
            });
        }
    }

    private static void CheckStatuses(SlaPolicy policy, ValidationContext<SlaPolicy> context)
    {
        var pausing = policy.PausingStatuses ?? [];
        var stopping = policy.StoppingStatuses ?? [];
        foreach (var status in pausing.Where(s => !Enum.IsDefined(s)))
        {
            context.AddFailure(new ValidationFailure("pausingStatuses", TicketValidator.NotOneOf(status)));
        }

        foreach (var status in stopping.Where(s => !Enum.IsDefined(s)))
        {
            context.AddFailure(new ValidationFailure("stoppingStatuses", TicketValidator.NotOneOf(status)));
        }

        foreach (var status in pausing.Intersect(stopping))
        {
            context.AddFailure(new ValidationFailure("pausingStatuses", $"{status} both pauses and stops the clocks; list it in one of pausingStatuses and stoppingStatuses."));
        }
    }

    private static void CheckTierRanks(SlaPolicy policy, ValidationContext<SlaPolicy> context)
    {
        var ranks = policy.TierRanks ?? ImmutableSortedDictionary<Tier, Priority>.Empty;
        foreach (var tier in Enum.GetValues<Tier>().Where(t => !ranks.ContainsKey(t)))
        {
            context.AddFailure(new ValidationFailure("tierRanks", $"no queue rank for {tier}; give every tier a rank (D10)."));
        }

        foreach (var (tier, rank) in ranks)
        {
            if (!Enum.IsDefined(tier))
            {
                context.AddFailure(new ValidationFailure("tierRanks", TicketValidator.NotOneOf(tier)));
            }
            else if (!Enum.IsDefined(rank))
            {
                context.AddFailure(new ValidationFailure($"tierRanks.{tier}", TicketValidator.NotOneOf(rank)));
            }
        }
    }
}
