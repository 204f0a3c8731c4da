using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Checks a <see cref="BusinessCalendarDefinition"/>: a known tzdb zone, no overlapping shifts (within a day, and
/// across midnight within the weekly pattern), no date that is both a holiday and an override, and some open time.
/// Every problem is reported at once with a JSON-style path such as <c>week.tuesday[1]</c>.
/// </summary>
public sealed class BusinessCalendarDefinitionValidator : AbstractValidator<BusinessCalendarDefinition>
{
    private const long NanosecondsPerWeek = 7 * NodaConstants.NanosecondsPerDay;
    private const int MinYear = 1;
    private const int MaxYear = 9990;

    /// <summary>Creates the validator.</summary>
    public BusinessCalendarDefinitionValidator()
    {
        RuleFor(d => d.TimeZoneId)
            .Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("the time zone is missing; give a tzdb id such as America/Los_Angeles.")
            .Must(id => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id!) is not null)
            .When(d => !string.IsNullOrWhiteSpace(d.TimeZoneId), ApplyConditionTo.CurrentValidator)
            .WithMessage(d => $"'{d.TimeZoneId}' is not a tzdb time-zone id (for example America/Los_Angeles or Europe/Berlin).")
            .OverridePropertyName("timeZone");

        RuleFor(d => d).Custom((definition, context) =>
        {
            CheckDateRange(definition, context);
            CheckWeeklyOverlaps(definition, context);
            CheckOverrides(definition, context);
            if (!HasAnyShift(definition))
            {
                context.AddFailure(new ValidationFailure("week", "the calendar is never open: give at least one weekday or override a shift."));
            }
        });
    }

    internal static string DayName(IsoDayOfWeek day) => day.ToString().ToLowerInvariant();

    private static void CheckDateRange(BusinessCalendarDefinition definition, ValidationContext<BusinessCalendarDefinition> context)
    {
        foreach (var date in definition.Holidays.Where(OutOfRange))
        {
            context.AddFailure(new ValidationFailure("holidays", $"{date:uuuu-MM-dd} is outside the supported years {MinYear}–{MaxYear}."));
        }

        foreach (var date in definition.Overrides.Keys.Where(OutOfRange))
        {
            context.AddFailure(new ValidationFailure($"overrides['{date:uuuu-MM-dd}']", $"{date:uuuu-MM-dd} is outside the supported years {MinYear}–{MaxYear}."));
        }

        static bool OutOfRange(LocalDate date) => date.Year < MinYear || date.Year > MaxYear;
    }

    private static bool HasAnyShift(BusinessCalendarDefinition definition) =>
        definition.Week.Values.Any(s => !s.IsDefaultOrEmpty) || definition.Overrides.Values.Any(s => !s.IsDefaultOrEmpty);

    private static void CheckWeeklyOverlaps(BusinessCalendarDefinition definition, ValidationContext<BusinessCalendarDefinition> context)
    {
        var placed = new List<(string Path, ShiftInterval Shift, long Start)>();
        foreach (var (day, shifts) in definition.Week.OrderBy(p => p.Key))
        {
            if (shifts.IsDefault)
            {
                continue;
            }

            for (var i = 0; i < shifts.Length; i++)
            {
                var start = ((int)day - 1) * NodaConstants.NanosecondsPerDay + shifts[i].OpenNanoseconds;
                placed.Add(($"week.{DayName(day)}[{i}]", shifts[i], start));
            }
        }

        ReportOverlaps(placed, NanosecondsPerWeek, context);
    }

    private static void CheckOverrides(BusinessCalendarDefinition definition, ValidationContext<BusinessCalendarDefinition> context)
    {
        foreach (var (date, shifts) in definition.Overrides)
        {
            var path = $"overrides['{date:uuuu-MM-dd}']";
            if (definition.Holidays.Contains(date))
            {
                context.AddFailure(new ValidationFailure(path, $"{date:uuuu-MM-dd} is both a holiday and an override; keep one of them."));
            }

            if (shifts.IsDefault)
            {
                continue;
            }

            var placed = shifts.Select((s, i) => ($"{path}[{i}]", s, s.OpenNanoseconds)).ToList();
            ReportOverlaps(placed, period: 0, context);
        }
    }

    /// <summary>Reports each overlapping pair once; with a period, intervals wrap around (the week is a circle).</summary>
    private static void ReportOverlaps(
        List<(string Path, ShiftInterval Shift, long Start)> placed, long period, ValidationContext<BusinessCalendarDefinition> context)
    {
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                if (Overlap(placed[i].Start, placed[i].Shift.LengthNanoseconds, placed[j].Start, placed[j].Shift.LengthNanoseconds, period))
                {
                    context.AddFailure(new ValidationFailure(
                        placed[j].Path,
                        $"{placed[j].Shift} overlaps {placed[i].Path} {placed[i].Shift}; shifts must not overlap."));
                }
            }
        }
    }

    private static bool Overlap(long aStart, long aLength, long bStart, long bLength, long period)
    {
        if (period == 0)
        {
            return aStart < bStart + bLength && bStart < aStart + aLength;
        }

        return Mod(bStart - aStart, period) < aLength || Mod(aStart - bStart, period) < bLength;
    }

    private static long Mod(long value, long period) => ((value % period) + period) % period;
}
