using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>How a public holiday's date is found each year.</summary>
public enum HolidayRuleKind
{
    /// <summary>A fixed month and day (July 4).</summary>
    FixedDate = 0,

    /// <summary>The n-th given weekday of a month (the 4th Thursday of November).</summary>
    NthWeekday = 1,

    /// <summary>The last given weekday of a month (the last Monday of May).</summary>
    LastWeekday = 2,

    /// <summary>Days from Western (Gregorian) Easter Sunday (Good Friday is −2).</summary>
    EasterOffset = 3,
}

/// <summary>How a fixed-date holiday that falls on a weekend is observed.</summary>
public enum ObservedShift
{
    /// <summary>Not moved.</summary>
    None = 0,

    /// <summary>Saturday moves to Friday, Sunday to Monday (US federal, 5 U.S.C. 6103).</summary>
    NearestWeekday = 1,

    /// <summary>Saturday and Sunday move to the next weekday not already a holiday (UK substitute days).</summary>
    NextFreeWeekday = 2,
}

/// <summary>One public-holiday rule, as data (issue 13). Build with the static factories.</summary>
/// <param name="Name">The holiday's name, kept with its dates.</param>
/// <param name="Kind">How the date is found.</param>
/// <param name="Month">The month (1–12) for fixed, n-th and last-weekday rules.</param>
/// <param name="Day">The day of month for a fixed date; the n (1–5) for an n-th weekday; days from Easter for an Easter offset.</param>
/// <param name="Weekday">The weekday for n-th and last-weekday rules.</param>
/// <param name="Observed">How a weekend date is observed (fixed dates only).</param>
/// <param name="FirstYear">The first year the holiday exists (Juneteenth: 2021).</param>
public sealed record HolidayRule(
    string Name, HolidayRuleKind Kind, int Month, int Day, IsoDayOfWeek Weekday, ObservedShift Observed, int FirstYear)
{
    /// <summary>A fixed date each year.</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day of month.</param>
    /// <param name="observed">How a weekend date is observed.</param>
    /// <returns>The rule.</returns>
    public static HolidayRule Fixed(string name, int month, int day, ObservedShift observed) =>
        new(name, HolidayRuleKind.FixedDate, month, day, IsoDayOfWeek.None, observed, 1);

    /// <summary>The <paramref name="n"/>-th <paramref name="weekday"/> of <paramref name="month"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1 for the first, up to 4 (5 only where every year has one).</param>
    /// <returns>The rule.</returns>
    public static HolidayRule Nth(string name, int month, IsoDayOfWeek weekday, int n) =>
        new(name, HolidayRuleKind.NthWeekday, month, n, weekday, ObservedShift.None, 1);

    /// <summary>The last <paramref name="weekday"/> of <paramref name="month"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="month">The month.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    public static HolidayRule Last(string name, int month, IsoDayOfWeek weekday) =>
        new(name, HolidayRuleKind.LastWeekday, month, 0, weekday, ObservedShift.None, 1);

    /// <summary><paramref name="days"/> from Easter Sunday.</summary>
    /// <param name="name">The name.</param>
    /// <param name="days">Days from Easter Sunday (negative before).</param>
    /// <returns>The rule.</returns>
    public static HolidayRule FromEaster(string name, int days) =>
        new(name, HolidayRuleKind.EasterOffset, 0, days, IsoDayOfWeek.None, ObservedShift.None, 1);

    /// <summary>The holiday's actual (not observed) date in <paramref name="year"/>, or null before <see cref="FirstYear"/>.</summary>
    /// <param name="year">The year (1–9990).</param>
    /// <returns>The date, or null.</returns>
    public LocalDate? DateIn(int year)
    {
        if (year < FirstYear)
        {
            return null;
        }

        switch (Kind)
        {
            case HolidayRuleKind.FixedDate:
                return new LocalDate(year, Month, Math.Min(Day, CalendarSystem.Iso.GetDaysInMonth(year, Month)));
            case HolidayRuleKind.NthWeekday:
                var first = new LocalDate(year, Month, 1);
                var offset = ((int)Weekday - (int)first.DayOfWeek + 7) % 7;
                var nth = first.PlusDays(offset + (7 * (Day - 1)));
                return nth.Month == Month ? nth : null;
            case HolidayRuleKind.LastWeekday:
                var last = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
                return last.PlusDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
            default:
                return EasterSunday(year).PlusDays(Day);
        }
    }

    /// <summary>Western Easter Sunday (Gregorian computus, the anonymous algorithm).</summary>
    /// <param name="year">The year.</param>
    /// <returns>Easter Sunday.</returns>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
