using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Builds a <see cref="BusinessCalendar"/> step by step; <see cref="Build"/> validates once and yields an immutable
/// calendar. Start one with <see cref="BusinessCalendar.For(string)"/>.
/// </summary>
/// <example>
/// <code>
/// var support = BusinessCalendar.For("Europe/Berlin")
///     .OpenWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
///     .OpenWeekdays(new LocalTime(13, 0), new LocalTime(17, 0))
///     .Holiday(new LocalDate(2026, 12, 25))
///     .Build();
/// </code>
/// </example>
public sealed class BusinessCalendarBuilder
{
    private readonly string timeZoneId;
    private readonly Dictionary<IsoDayOfWeek, List<ShiftInterval>> week = [];
    private readonly SortedSet<LocalDate> holidays = [];
    private readonly SortedDictionary<LocalDate, List<ShiftInterval>> overrides = [];
    private DueAtClosing dueAtClosing;

    /// <summary>Starts a builder for a zone.</summary>
    /// <param name="timeZoneId">A tzdb id; checked at <see cref="Build"/>.</param>
    public BusinessCalendarBuilder(string timeZoneId) => this.timeZoneId = timeZoneId;

    /// <summary>Adds a shift to one weekday.</summary>
    /// <param name="day">The weekday the shift opens on.</param>
    /// <param name="open">Opening time.</param>
    /// <param name="close">Closing time; at or before <paramref name="open"/> runs past midnight.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder Open(IsoDayOfWeek day, LocalTime open, LocalTime close)
    {
        if (!week.TryGetValue(day, out var shifts))
        {
            week[day] = shifts = [];
        }

        shifts.Add(new ShiftInterval(open, close));
        return this;
    }

    /// <summary>Adds the same shift to Monday–Friday.</summary>
    /// <param name="open">Opening time.</param>
    /// <param name="close">Closing time.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder OpenWeekdays(LocalTime open, LocalTime close) => OpenOn(BusinessCalendarDefinition.Weekdays, open, close);

    /// <summary>Adds the same shift to every day of the week.</summary>
    /// <param name="open">Opening time.</param>
    /// <param name="close">Closing time.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder OpenEveryDay(LocalTime open, LocalTime close) => OpenOn(BusinessCalendarDefinition.AllDays, open, close);

    /// <summary>Closes a date all day.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder Holiday(LocalDate date)
    {
        holidays.Add(date);
        return this;
    }

    /// <summary>Replaces one date's shifts; no shifts closes it.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="shifts">The date's own shifts.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder Override(LocalDate date, params ShiftInterval[] shifts)
    {
        overrides[date] = [.. shifts];
        return this;
    }

    /// <summary>Chooses how a due instant that lands on a closing is reported.</summary>
    /// <param name="choice">The choice.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder ReportDueAtClosingAs(DueAtClosing choice)
    {
        dueAtClosing = choice;
        return this;
    }

    /// <summary>The data gathered so far.</summary>
    /// <returns>A definition, not yet validated.</returns>
    public BusinessCalendarDefinition ToDefinition() => new()
    {
        TimeZoneId = timeZoneId,
        Week = week.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
        Holidays = [.. holidays],
        Overrides = overrides.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
        DueAtClosing = dueAtClosing,
    };

    /// <summary>Validates and compiles the calendar.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="FluentValidation.ValidationException">The calendar is invalid; every problem is listed.</exception>
    public BusinessCalendar Build() => BusinessCalendar.Create(ToDefinition());

    private BusinessCalendarBuilder OpenOn(IEnumerable<IsoDayOfWeek> days, LocalTime open, LocalTime close)
    {
        foreach (var day in days)
        {
            Open(day, open, close);
        }

        return this;
    }
}
