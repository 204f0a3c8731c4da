using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>Public-holiday rules as data (issue 13), checked against published dates.</summary>
public sealed class HolidaySetTests
{
    [Fact]
    public void UnitedStatesFederal2026_MatchesOpmList()
    {
        var dates = HolidaySets.UnitedStatesFederal.Holidays(2026, 2026).Select(h => h.Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(
            ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"],
            dates);
        Assert.Contains(new NamedHoliday(new LocalDate(2026, 7, 3), "Independence Day (observed)"), HolidaySets.UnitedStatesFederal.Holidays(2026, 2026));
    }

    [Fact]
    public void UnitedStatesFederal_SaturdayNewYear_IsObservedOnTheFridayBefore()
    {
        Assert.Contains(HolidaySets.UnitedStatesFederal.Holidays(2021, 2021), h => h.Date == new LocalDate(2021, 12, 31));
        Assert.DoesNotContain(HolidaySets.UnitedStatesFederal.Holidays(2022, 2022), h => h.Date.Month == 1 && h.Date.Day == 1);
        Assert.DoesNotContain(HolidaySets.UnitedStatesFederal.Holidays(2020, 2020), h => h.Name.StartsWith("Juneteenth", StringComparison.Ordinal));
    }

    [Fact]
    public void EnglandAndWales2021_ChristmasAndBoxingDayOnAWeekend_GetSubstituteDays()
    {
        var december = HolidaySets.UnitedKingdomEnglandAndWales.Holidays(2021, 2021).Where(h => h.Date.Month == 12).Select(h => h.Date);
        Assert.Equal([new LocalDate(2021, 12, 27), new LocalDate(2021, 12, 28)], december);
        var easter = HolidaySets.UnitedKingdomEnglandAndWales.Holidays(2026, 2026).Where(h => h.Date.Month == 4).Select(h => h.Date);
        Assert.Equal([new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 6)], easter);
    }

    [Fact]
    public void Germany2026_EasterBasedHolidays()
    {
        var holidays = HolidaySets.GermanyNationwide.Holidays(2026, 2026);
        Assert.Contains(new NamedHoliday(new LocalDate(2026, 5, 14), "Christi Himmelfahrt"), holidays);
        Assert.Contains(new NamedHoliday(new LocalDate(2026, 5, 25), "Pfingstmontag"), holidays);
        Assert.Equal(9, holidays.Length);
        Assert.Equal(new LocalDate(2024, 3, 31), HolidayRule.EasterSunday(2024));
        Assert.Equal(new LocalDate(2038, 4, 25), HolidayRule.EasterSunday(2038));
    }

    [Fact]
    public void MergeInto_ClosesTheDatesAndNamesThem()
    {
        var definition = BusinessCalendars.StarterHours.Definition with
        {
            Overrides = BusinessCalendars.StarterHours.Definition.Overrides.Add(
                new LocalDate(2026, 11, 27), [new ShiftInterval(new LocalTime(9, 0), new LocalTime(12, 0))]),
        };
        var calendar = BusinessCalendar.Create(HolidaySets.UnitedStatesFederal.MergeInto(definition, 2026, 2027));
        var thanksgiving = new LocalDate(2026, 11, 26);
        Assert.True(calendar.IsHoliday(thanksgiving));
        Assert.Equal("Thanksgiving Day", calendar.HolidayName(thanksgiving));
        Assert.Equal(ClosedReason.Holiday, calendar.ClosedReason(At.Parse("2026-11-26T10:00:00-08:00")));
        Assert.Null(calendar.HolidayName(new LocalDate(2026, 11, 27)));
        Assert.Equal(new LocalDate(2026, 11, 27), calendar.NextWorkingDay(new LocalDate(2026, 11, 25)));
    }
}
