using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// The data that defines a business calendar (manual §1.2, D1–D4): a tzdb time zone, the open shifts of each
/// weekday, holidays and date overrides. Validate it with <see cref="BusinessCalendarDefinitionValidator"/> or
/// compile it with <see cref="BusinessCalendar.Create(BusinessCalendarDefinition)"/>.
/// </summary>
/// <remarks>
/// <para>A holiday closes its whole date. An override replaces its date's weekday shifts; an empty override closes
/// the date. Either one governs the shifts that <em>open</em> on its date, including the after-midnight part of an
/// overnight shift; the tail of the previous night's shift is not cut (D2).</para>
/// </remarks>
/// <example>
/// <code>
/// var definition = new BusinessCalendarDefinition
/// {
///     TimeZoneId = "America/Los_Angeles",
///     Week = BusinessCalendarDefinition.SameShifts(BusinessCalendarDefinition.Weekdays,
///         new ShiftInterval(new LocalTime(9, 0), new LocalTime(17, 0))),
///     Holidays = [new LocalDate(2026, 11, 26)],
/// };
/// </code>
/// </example>
public sealed record BusinessCalendarDefinition
{
    /// <summary>Monday to Friday.</summary>
    public static ImmutableArray<IsoDayOfWeek> Weekdays { get; } =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    /// <summary>Monday to Sunday.</summary>
    public static ImmutableArray<IsoDayOfWeek> AllDays { get; } = [.. Weekdays, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>The tzdb id of the calendar's time zone, such as <c>America/Los_Angeles</c>.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>The open shifts of each weekday; a missing weekday is closed.</summary>
    public ImmutableDictionary<IsoDayOfWeek, ImmutableArray<ShiftInterval>> Week { get; init; } =
        ImmutableDictionary<IsoDayOfWeek, ImmutableArray<ShiftInterval>>.Empty;

    /// <summary>Local dates closed all day.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; init; } = [];

    /// <summary>Dates whose own shifts replace their weekday's; an empty list closes the date.</summary>
    public ImmutableSortedDictionary<LocalDate, ImmutableArray<ShiftInterval>> Overrides { get; init; } =
        ImmutableSortedDictionary<LocalDate, ImmutableArray<ShiftInterval>>.Empty;

    /// <summary>Names of holidays (from a <see cref="HolidaySet"/> or an iCalendar import); a date here need not be in <see cref="Holidays"/> and is only a label.</summary>
    public ImmutableSortedDictionary<LocalDate, string> HolidayNames { get; init; } = ImmutableSortedDictionary<LocalDate, string>.Empty;

    /// <summary>Adds named holidays: each date joins <see cref="Holidays"/> (unless it has an override, which wins) and keeps its name (an existing name is kept).</summary>
    /// <param name="holidays">The holidays to add.</param>
    /// <returns>A new definition.</returns>
    public BusinessCalendarDefinition WithHolidays(IEnumerable<NamedHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var dates = Holidays.ToBuilder();
        var names = HolidayNames.ToBuilder();
        foreach (var holiday in holidays)
        {
            if (Overrides.ContainsKey(holiday.Date))
            {
                continue;
            }

            dates.Add(holiday.Date);
            names.TryAdd(holiday.Date, holiday.Name);
        }

        return this with { Holidays = dates.ToImmutable(), HolidayNames = names.ToImmutable() };
    }

    /// <summary>How a due instant landing exactly on a closing is reported.</summary>
    /// <value>The default is <see cref="DueAtClosing.ClosingInstant"/> (D3).</value>
    public DueAtClosing DueAtClosing { get; init; }

    /// <summary>Builds a week in which each of <paramref name="days"/> has the same <paramref name="shifts"/>.</summary>
    /// <param name="days">The days that open.</param>
    /// <param name="shifts">The shifts of each of those days.</param>
    /// <returns>The week, other days closed.</returns>
    public static ImmutableDictionary<IsoDayOfWeek, ImmutableArray<ShiftInterval>> SameShifts(
        IEnumerable<IsoDayOfWeek> days, params ShiftInterval[] shifts)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = ImmutableArray.Create(shifts);
        return days.ToImmutableDictionary(day => day, _ => list);
    }

    /// <summary>The shifts that open on <paramref name="date"/>: none on a holiday, the override's if any, else the weekday's.</summary>
    /// <param name="date">A local date in the calendar's zone.</param>
    /// <returns>The shifts opening on that date, possibly empty.</returns>
    public ImmutableArray<ShiftInterval> ShiftsOpeningOn(LocalDate date)
    {
        if (Holidays.Contains(date))
        {
            return [];
        }

        if (Overrides.TryGetValue(date, out var replaced))
        {
            return replaced.IsDefault ? [] : replaced;
        }

        return Week.TryGetValue(date.DayOfWeek, out var shifts) && !shifts.IsDefault ? shifts : [];
    }

    /// <summary>Equal zone, week, holidays, overrides, holiday names and closing rule, compared by content (issue 11).</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when both define the same calendar data.</returns>
    public bool Equals(BusinessCalendarDefinition? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (TimeZoneId == other.TimeZoneId && DueAtClosing == other.DueAtClosing
                && ValueEquality.Map(Week, other.Week, (x, y) => ValueEquality.Sequence(x, y))
                && ValueEquality.Set(Holidays, other.Holidays)
                && ValueEquality.Map(Overrides, other.Overrides, (x, y) => ValueEquality.Sequence(x, y))
                && ValueEquality.Map(HolidayNames, other.HolidayNames)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TimeZoneId, DueAtClosing, Week.Count, Holidays.Count, Overrides.Count, HolidayNames.Count);
}
