using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// When, inside a shift, the on-call person actually answers pages: a weekly pattern of wall-clock shifts (and
/// optional date overrides) in the rotation's zone (manual §5.1, D18). It compiles to a <see cref="BusinessCalendar"/>, so
/// it follows the calendar's wall-clock rule (D2) across DST changes and overnight shifts.
/// </summary>
/// <remarks>
/// The ready values are <see cref="AllHours"/> (<c>24/7</c>), <see cref="EveningsAndWeekends"/> (weekday evenings
/// 17:00–09:00 plus weekends, Level 1, D18) and <see cref="WeekendOnly"/> (17:00 Friday – 09:00 Monday, the
/// §5.1 example's variant). Outside the window nobody is on call at that level: business-hours staff answer.
/// </remarks>
/// <example>
/// <code>
/// var nights = new CoverageWindow
/// {
///     Name = "nights",
///     Week = BusinessCalendarDefinition.SameShifts(BusinessCalendarDefinition.AllDays,
///         new ShiftInterval(new LocalTime(22, 0), new LocalTime(6, 0))),
/// };
/// </code>
/// </example>
public sealed record CoverageWindow
{
    private static readonly LocalTime Five = new(17, 0);
    private static readonly LocalTime Nine = new(9, 0);

    /// <summary>The id written in JSON: <c>24/7</c>, <c>evenings-and-weekends</c>, <c>weekend-only</c>, or a name of your own.</summary>
    public required string Name { get; init; }

    /// <summary>The covered wall-clock shifts of each weekday; overnight shifts belong to the day they start on.</summary>
    public ImmutableDictionary<IsoDayOfWeek, ImmutableArray<ShiftInterval>> Week { get; init; } =
        ImmutableDictionary<IsoDayOfWeek, ImmutableArray<ShiftInterval>>.Empty;

    /// <summary>Dates whose own covered shifts replace their weekday's, e.g. a company holiday covered all day.</summary>
    public ImmutableSortedDictionary<LocalDate, ImmutableArray<ShiftInterval>> Overrides { get; init; } =
        ImmutableSortedDictionary<LocalDate, ImmutableArray<ShiftInterval>>.Empty;

    /// <summary>Around the clock, every day (Levels 2 and 3, §5.1, D18).</summary>
    public static CoverageWindow AllHours { get; } = new()
    {
        Name = "24/7",
        Week = BusinessCalendarDefinition.SameShifts(BusinessCalendarDefinition.AllDays, ShiftInterval.AllDay),
    };

    /// <summary>
    /// Weekday evenings 17:00–09:00 and the whole weekend, 17:00 Friday – 09:00 Monday (Level 1, §5.1 "Mon-Sun,
    /// 5 PM PT - 9 AM PT next day", D18): every hour outside Monday–Friday 09:00–17:00.
    /// </summary>
    public static CoverageWindow EveningsAndWeekends { get; } = new()
    {
        Name = "evenings-and-weekends",
        Week = ImmutableDictionary.CreateRange(
        [
            Day(IsoDayOfWeek.Monday, Five, Nine),
            Day(IsoDayOfWeek.Tuesday, Five, Nine),
            Day(IsoDayOfWeek.Wednesday, Five, Nine),
            Day(IsoDayOfWeek.Thursday, Five, Nine),
            Day(IsoDayOfWeek.Friday, Five, Nine),
            Day(IsoDayOfWeek.Saturday, Nine, Nine),
            Day(IsoDayOfWeek.Sunday, Nine, Nine),
        ]),
    };

    /// <summary>17:00 Friday – 09:00 Monday only (the §5.1 example "5 PM Fri - 9 AM Mon PT", an option of D18).</summary>
    public static CoverageWindow WeekendOnly { get; } = new()
    {
        Name = "weekend-only",
        Week = ImmutableDictionary.CreateRange(
        [
            Day(IsoDayOfWeek.Friday, Five, Nine),
            Day(IsoDayOfWeek.Saturday, Nine, Nine),
            Day(IsoDayOfWeek.Sunday, Nine, Nine),
        ]),
    };

    /// <summary>The ready values, by <see cref="Name"/>.</summary>
    public static ImmutableArray<CoverageWindow> BuiltIn { get; } = [AllHours, EveningsAndWeekends, WeekendOnly];

    /// <summary>The window as a business-calendar definition in a zone.</summary>
    /// <param name="timeZoneId">The rotation's tzdb zone.</param>
    /// <returns>The definition; validate it with <see cref="BusinessCalendar.Validate"/>.</returns>
    public BusinessCalendarDefinition In(string timeZoneId) => new()
    {
        TimeZoneId = timeZoneId,
        Week = Week,
        Overrides = Overrides,
    };

    /// <summary>
    /// True when the window covers some wall-clock time inside <paramref name="daily"/> on some day: for the evening
    /// shift 17:00–09:00 this says whether the rotation is an evening shift for §5.4's consecutive-weeks limit.
    /// </summary>
    /// <param name="daily">A daily wall-clock interval, possibly overnight.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(ShiftInterval daily)
    {
        const long Day = NodaConstants.NanosecondsPerDay;
        var shifts = Week.Where(p => !p.Value.IsDefault).SelectMany(p => p.Value.Select(s => (Day: (long)p.Key - 1, Shift: s)))
            .Concat(Overrides.Where(p => !p.Value.IsDefault).SelectMany(p => p.Value.Select(s => (Day: (long)p.Key.DayOfWeek - 1, Shift: s))));
        foreach (var (day, shift) in shifts)
        {
            var start = day * Day + shift.OpenNanoseconds;
            for (var other = 0L; other < 7; other++)
            {
                var windowStart = other * Day + daily.OpenNanoseconds;
                if (Mod(windowStart - start, 7 * Day) < shift.LengthNanoseconds || Mod(start - windowStart, 7 * Day) < daily.LengthNanoseconds)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The window's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    private static KeyValuePair<IsoDayOfWeek, ImmutableArray<ShiftInterval>> Day(IsoDayOfWeek day, LocalTime open, LocalTime close) =>
        new(day, [new ShiftInterval(open, close)]);

    private static long Mod(long value, long period) => ((value % period) + period) % period;
}
