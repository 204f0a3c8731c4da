using TaiSupport.Core.Calendars;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>Where a local day begins, on ordinary days, days whose midnight is skipped, and a date skipped whole.</summary>
public sealed class LocalDaysTests
{
    private static readonly DateTimeZone Apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];

    [Fact]
    public void StartOfDay_OnAnOrdinaryDay_IsLocalMidnight()
    {
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var date = new LocalDate(2026, 3, 29);
        Assert.Equal(paris.AtStartOfDay(date).ToInstant(), paris.StartOfDay(date));
    }

    [Fact]
    public void StartOfDay_WhenMidnightIsSkipped_IsTheFirstInstantOfTheDay()
    {
        // São Paulo sprang forward at midnight on 2018-11-04: the day began at 01:00 -02:00.
        var saoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
        Assert.Equal(Instant.FromUtc(2018, 11, 4, 3, 0), saoPaulo.StartOfDay(new LocalDate(2018, 11, 4)));
    }

    [Fact]
    public void StartOfDay_OfADateSkippedWhole_IsTheStartOfTheNextDate_AnEmptyDay()
    {
        // Samoa crossed the date line: 2011-12-29 23:59:59 -10:00 was followed by 2011-12-31 00:00 +14:00.
        var skipped = new LocalDate(2011, 12, 30);
        Assert.Throws<SkippedTimeException>(() => Apia.AtStartOfDay(skipped));
        Assert.Equal(Apia.StartOfDay(skipped.PlusDays(1)), Apia.StartOfDay(skipped));
        Assert.Equal(Instant.FromUtc(2011, 12, 30, 10, 0), Apia.StartOfDay(skipped));
    }

    [Fact]
    public void AReportPeriodOverTheSkippedDate_SpansTheDaysThatExisted()
    {
        var period = new ReportPeriod(ReportPeriodKind.Day, new LocalDate(2011, 12, 29), new LocalDate(2011, 12, 31), Apia);
        Assert.Equal(Duration.FromHours(48), period.End - period.Start);
    }

    [Fact]
    public void IsWorkingDay_OnTheSkippedDate_IsFalse_AndTheNeighboursAreStillWorkingDays()
    {
        // Thursday 29th and Saturday 31st existed; Friday 30th did not.
        var calendar = BusinessCalendar.For("Pacific/Apia").OpenEveryDay(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        Assert.False(calendar.IsWorkingDay(new LocalDate(2011, 12, 30)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2011, 12, 29)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2011, 12, 31)));
    }
}
