using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Public-holiday sets shipped as data (issue 13): encoded rules rather than a package, so the core stays
/// dependency-light. Statutory one-off changes (such as the UK's moved May bank holidays of 1995, 2020 and 2023 or a
/// state funeral) are not rules; add them as plain holidays.
/// </summary>
public static class HolidaySets
{
    /// <summary>US federal holidays (5 U.S.C. 6103): weekend dates observed on the nearest weekday; Juneteenth from 2021.</summary>
    public static HolidaySet UnitedStatesFederal { get; } = new("us-federal", "United States federal holidays",
    [
        HolidayRule.Fixed("New Year's Day", 1, 1, ObservedShift.NearestWeekday),
        HolidayRule.Nth("Birthday of Martin Luther King, Jr.", 1, IsoDayOfWeek.Monday, 3) with { FirstYear = 1986 },
        HolidayRule.Nth("Washington's Birthday", 2, IsoDayOfWeek.Monday, 3),
        HolidayRule.Last("Memorial Day", 5, IsoDayOfWeek.Monday),
        HolidayRule.Fixed("Juneteenth National Independence Day", 6, 19, ObservedShift.NearestWeekday) with { FirstYear = 2021 },
        HolidayRule.Fixed("Independence Day", 7, 4, ObservedShift.NearestWeekday),
        HolidayRule.Nth("Labor Day", 9, IsoDayOfWeek.Monday, 1),
        HolidayRule.Nth("Columbus Day", 10, IsoDayOfWeek.Monday, 2),
        HolidayRule.Fixed("Veterans Day", 11, 11, ObservedShift.NearestWeekday),
        HolidayRule.Nth("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4),
        HolidayRule.Fixed("Christmas Day", 12, 25, ObservedShift.NearestWeekday),
    ]);

    /// <summary>Bank holidays of England and Wales: weekend dates move to the next free weekday (substitute days).</summary>
    public static HolidaySet UnitedKingdomEnglandAndWales { get; } = new("gb-england-wales", "Bank holidays in England and Wales",
    [
        HolidayRule.Fixed("New Year's Day", 1, 1, ObservedShift.NextFreeWeekday),
        HolidayRule.FromEaster("Good Friday", -2),
        HolidayRule.FromEaster("Easter Monday", 1),
        HolidayRule.Nth("Early May bank holiday", 5, IsoDayOfWeek.Monday, 1),
        HolidayRule.Last("Spring bank holiday", 5, IsoDayOfWeek.Monday),
        HolidayRule.Last("Summer bank holiday", 8, IsoDayOfWeek.Monday),
        HolidayRule.Fixed("Christmas Day", 12, 25, ObservedShift.NextFreeWeekday),
        HolidayRule.Fixed("Boxing Day", 12, 26, ObservedShift.NextFreeWeekday),
    ]);

    /// <summary>Germany's nationwide public holidays (no weekend substitution); regional ones are not included.</summary>
    public static HolidaySet GermanyNationwide { get; } = new("de-national", "Germany nationwide public holidays",
    [
        HolidayRule.Fixed("Neujahr", 1, 1, ObservedShift.None),
        HolidayRule.FromEaster("Karfreitag", -2),
        HolidayRule.FromEaster("Ostermontag", 1),
        HolidayRule.Fixed("Tag der Arbeit", 5, 1, ObservedShift.None),
        HolidayRule.FromEaster("Christi Himmelfahrt", 39),
        HolidayRule.FromEaster("Pfingstmontag", 50),
        HolidayRule.Fixed("Tag der Deutschen Einheit", 10, 3, ObservedShift.None) with { FirstYear = 1990 },
        HolidayRule.Fixed("1. Weihnachtstag", 12, 25, ObservedShift.None),
        HolidayRule.Fixed("2. Weihnachtstag", 12, 26, ObservedShift.None),
    ]);

    /// <summary>Every shipped set, by id.</summary>
    public static IReadOnlyDictionary<string, HolidaySet> ById { get; } = new Dictionary<string, HolidaySet>(StringComparer.Ordinal)
    {
        [UnitedStatesFederal.Id] = UnitedStatesFederal,
        [UnitedKingdomEnglandAndWales.Id] = UnitedKingdomEnglandAndWales,
        [GermanyNationwide.Id] = GermanyNationwide,
    };
}
