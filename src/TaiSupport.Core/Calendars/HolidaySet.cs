using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>A named holiday on a date (observed date for shifted holidays).</summary>
/// <param name="Date">The local date the calendar closes.</param>
/// <param name="Name">The holiday's name; "(observed)" is appended when the date was moved off a weekend.</param>
public readonly record struct NamedHoliday(LocalDate Date, string Name);

/// <summary>
/// A country's or region's public holidays as data: rules (fixed dates, n-th and last weekdays, Easter offsets) with
/// weekend observance. Ships in <see cref="HolidaySets"/>; merge into a calendar with
/// <see cref="MergeInto(BusinessCalendarDefinition, int, int)"/>.
/// </summary>
/// <param name="Id">A short id such as <c>us-federal</c>.</param>
/// <param name="Name">A human name.</param>
/// <param name="Rules">The rules.</param>
public sealed record HolidaySet(string Id, string Name, ImmutableArray<HolidayRule> Rules)
{
    /// <summary>The holidays observed from <paramref name="fromYear"/> to <paramref name="throughYear"/> (dates within those years), in date order.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="throughYear">The last year, included.</param>
    /// <returns>The dated holidays.</returns>
    public ImmutableArray<NamedHoliday> Holidays(int fromYear, int throughYear)
    {
        var result = ImmutableArray.CreateBuilder<NamedHoliday>();
        for (var year = Math.Max(1, fromYear - 1); year <= Math.Min(9989, throughYear + 1); year++)
        {
            foreach (var holiday in ObservedIn(year))
            {
                if (holiday.Date.Year >= fromYear && holiday.Date.Year <= throughYear)
                {
                    result.Add(holiday);
                }
            }
        }

        return [.. result.OrderBy(h => h.Date)];
    }

    /// <summary>Adds this set's holidays from <paramref name="fromYear"/> to <paramref name="throughYear"/> to a definition, with their names; dates it already has keep theirs, and an override on a date is kept (the holiday is skipped there).</summary>
    /// <param name="definition">The calendar data.</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="throughYear">The last year, included.</param>
    /// <returns>The definition with the holidays merged.</returns>
    public BusinessCalendarDefinition MergeInto(BusinessCalendarDefinition definition, int fromYear, int throughYear)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.WithHolidays(Holidays(fromYear, throughYear));
    }

    private List<NamedHoliday> ObservedIn(int year)
    {
        var taken = new HashSet<LocalDate>();
        var actual = Rules.Select(r => (Rule: r, Date: r.DateIn(year))).Where(p => p.Date is not null).OrderBy(p => p.Date).ToList();
        foreach (var (_, date) in actual)
        {
            taken.Add(date!.Value);
        }

        var result = new List<NamedHoliday>();
        foreach (var (rule, date) in actual)
        {
            var day = date!.Value;
            var weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (!weekend || rule.Observed == ObservedShift.None)
            {
                result.Add(new NamedHoliday(day, rule.Name));
                continue;
            }

            var observed = rule.Observed == ObservedShift.NearestWeekday
                ? day.PlusDays(day.DayOfWeek == IsoDayOfWeek.Saturday ? -1 : 1)
                : NextFreeWeekday(day, taken);
            taken.Add(observed);
            result.Add(new NamedHoliday(observed, $"{rule.Name} (observed)"));
        }

        return result;
    }

    private static LocalDate NextFreeWeekday(LocalDate day, HashSet<LocalDate> taken)
    {
        var next = day.PlusDays(1);
        while (next.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || taken.Contains(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }
}
