using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>Worked examples of open-time arithmetic (manual §1.2; default policy D1–D4).</summary>
public sealed class BusinessCalendarTests
{
    private const string LosAngeles = "America/Los_Angeles";
    private static readonly BusinessCalendar Starter = BusinessCalendars.StarterHours;

    [Fact]
    public void Add_FridayAfternoonAcrossSpringForward_LandsMondayLunchtimeInDaylightTime()
    {
        // §1.2 Tier 1 hours, D2/D3: Friday 2026-03-06 16:30 PST + 240 business minutes: 30 on Friday, 210 on Monday.
        var due = Starter.Add(At.Parse("2026-03-06T16:30:00-08:00"), Duration.FromMinutes(240));
        Assert.Equal("2026-03-09T12:30:00-07:00", At.InZone(due, LosAngeles));
    }

    [Fact]
    public void Add_EndingExactlyAtClosing_IsTheClosingInstant()
    {
        // D3: the earliest instant at which the open time reaches the target; 16:00 + 60 min is 17:00.
        var due = Starter.Add(At.Parse("2026-03-05T16:00:00-08:00"), Duration.FromMinutes(60));
        Assert.Equal("2026-03-05T17:00:00-08:00", At.InZone(due, LosAngeles));
    }

    [Fact]
    public void Add_EndingAtClosingWithNextOpeningOption_IsTheNextMorning()
    {
        var due = Starter.Add(At.Parse("2026-03-06T16:00:00-08:00"), Duration.FromMinutes(60), DueAtClosing.NextOpening);
        Assert.Equal("2026-03-09T09:00:00-07:00", At.InZone(due, LosAngeles));
    }

    [Fact]
    public void Add_Zero_IsTheStartEvenWhenClosed()
    {
        var saturday = At.Parse("2026-03-07T11:00:00-08:00");
        Assert.Equal(saturday, Starter.Add(saturday, Duration.Zero));
    }

    [Fact]
    public void Add_StartingOutsideHours_RunsFromTheNextOpening()
    {
        // D3: a ticket opened outside hours starts its clock at the next opening.
        var due = Starter.Add(At.Parse("2026-03-07T11:00:00-08:00"), Duration.FromMinutes(60));
        Assert.Equal("2026-03-09T10:00:00-07:00", At.InZone(due, LosAngeles));
    }

    [Fact]
    public void Add_OnTheAlwaysCalendar_IsPlainAdditionAcrossFallBack()
    {
        // D1 "always": the 25-hour local day of 2026-11-01 is 25 real hours.
        var start = At.Parse("2026-10-31T12:00:00-07:00");
        var due = BusinessCalendars.Always.Add(start, Duration.FromHours(24));
        Assert.Equal(start + Duration.FromHours(24), due);
        Assert.Equal("2026-11-01T11:00:00-08:00", At.InZone(due, LosAngeles));
    }

    [Theory]
    [InlineData("2026-03-08", 3)] // spring forward: 02:00–03:00 never happens
    [InlineData("2026-11-01", 5)] // fall back: 01:00–02:00 happens twice and counts twice
    [InlineData("2026-11-02", 4)]
    public void Elapsed_OverANightShiftOnDstDays_FollowsTheWallClockRule(string date, int hours)
    {
        var calendar = BusinessCalendar.For(LosAngeles).OpenEveryDay(LocalTime.Midnight, new LocalTime(4, 0)).Build();
        var day = LocalDatePatternIso(date);
        var zone = calendar.Zone;
        var from = day.AtStartOfDayInZone(zone).ToInstant();
        var to = day.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        Assert.Equal(Duration.FromHours(hours), calendar.Elapsed(from, to));
    }

    [Fact]
    public void IsOpen_AShiftInsideTheSkippedHour_NeverOpens()
    {
        var calendar = BusinessCalendar.For(LosAngeles).OpenEveryDay(new LocalTime(2, 0), new LocalTime(3, 0)).Build();
        var transition = At.Parse("2026-03-08T03:00:00-07:00");
        Assert.Equal(Duration.Zero, calendar.Elapsed(transition - Duration.FromHours(3), transition + Duration.FromHours(3)));
        Assert.Equal(At.Parse("2026-03-09T02:00:00-07:00"), calendar.NextOpening(transition - Duration.FromHours(3)));
    }

    [Fact]
    public void OvernightShift_BelongsToTheDayItOpens_AndItsHolidayClosesTheAfterMidnightPart()
    {
        // Issue 2 / D2: a holiday governs the shifts that open on it, including their after-midnight part.
        var calendar = BusinessCalendar.For(LosAngeles)
            .OpenEveryDay(new LocalTime(22, 0), new LocalTime(6, 0))
            .Holiday(new LocalDate(2026, 12, 24))
            .Build();
        Assert.True(calendar.IsOpen(At.Parse("2026-12-24T03:00:00-08:00")));  // tail of the 23rd's shift is not cut
        Assert.False(calendar.IsOpen(At.Parse("2026-12-24T23:00:00-08:00"))); // the 24th's own shift
        Assert.False(calendar.IsOpen(At.Parse("2026-12-25T03:00:00-08:00"))); // ... including after midnight
        Assert.True(calendar.IsOpen(At.Parse("2026-12-25T22:00:00-08:00")));
    }

    [Fact]
    public void Override_ReplacesTheWeekdayShifts_AndAnEmptyOverrideClosesTheDay()
    {
        var calendar = BusinessCalendar.For(LosAngeles)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Override(new LocalDate(2026, 12, 24), new ShiftInterval(new LocalTime(9, 0), new LocalTime(12, 0)))
            .Override(new LocalDate(2026, 12, 31))
            .Build();
        var christmasEve = new LocalDate(2026, 12, 24).AtStartOfDayInZone(calendar.Zone).ToInstant();
        Assert.Equal(Duration.FromHours(3), calendar.Elapsed(christmasEve, christmasEve + Duration.FromDays(1)));
        Assert.False(calendar.IsOpen(At.Parse("2026-12-31T10:00:00-08:00")));
    }

    [Fact]
    public void SplitShift_SkipsTheLunchBreak()
    {
        var calendar = BusinessCalendar.For("Europe/Berlin")
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .OpenWeekdays(new LocalTime(13, 0), new LocalTime(17, 0))
            .Build();
        var due = calendar.Add(At.Parse("2026-06-01T11:30:00+02:00"), Duration.FromMinutes(60));
        Assert.Equal("2026-06-01T13:30:00+02:00", At.InZone(due, "Europe/Berlin"));
        Assert.Equal(Duration.FromHours(7), calendar.BusinessDay);
    }

    [Fact]
    public void NextOpeningAndClosing_FromInsideAndOutsideHours()
    {
        var wednesdayNoon = At.Parse("2026-03-04T12:00:00-08:00");
        Assert.Equal(At.Parse("2026-03-04T17:00:00-08:00"), Starter.NextClosing(wednesdayNoon));
        Assert.Equal(At.Parse("2026-03-05T09:00:00-08:00"), Starter.NextOpening(wednesdayNoon));
        var nineSharp = At.Parse("2026-03-05T09:00:00-08:00");
        Assert.Equal(nineSharp, Starter.NextOpening(nineSharp));
        Assert.Equal(At.Parse("2026-03-05T17:00:00-08:00"), Starter.NextClosing(At.Parse("2026-03-04T17:00:00-08:00")));
    }

    [Fact]
    public void AlwaysCalendar_NeverClosesOrReopens()
    {
        var now = At.Parse("2026-03-04T12:00:00-08:00");
        Assert.Null(BusinessCalendars.Always.NextClosing(now));
        Assert.Null(BusinessCalendars.Always.NextOpening(now));
        Assert.True(BusinessCalendars.Always.IsOpen(now));
    }

    [Fact]
    public void Elapsed_Reversed_IsNegated()
    {
        var a = At.Parse("2026-03-02T08:00:00-08:00");
        var b = At.Parse("2026-03-04T12:00:00-08:00");
        Assert.Equal(Duration.FromHours(8 + 8 + 3), Starter.Elapsed(a, b));
        Assert.Equal(-Duration.FromHours(19), Starter.Elapsed(b, a));
    }

    [Fact]
    public void Add_HundredThousandMinutes_CrossesManyChunksExactly()
    {
        // 100,000 business minutes on an 8 h weekday calendar is 208 days and 2 h 40 min of weekdays.
        var start = At.Parse("2026-01-05T09:00:00-08:00");
        var due = Starter.Add(start, Duration.FromMinutes(100_000));
        Assert.Equal(Duration.FromMinutes(100_000), Starter.Elapsed(start, due));
        Assert.Equal(Duration.FromMinutes(100_000), Starter.Elapsed(start, Starter.Add(start, Duration.FromMinutes(60)))
            + Starter.Elapsed(Starter.Add(start, Duration.FromMinutes(60)), due));
    }

    [Fact]
    public void Add_WhenOnlyOverridesOpen_ReportsThatTheTargetCannotBeReached()
    {
        var calendar = BusinessCalendar.For(LosAngeles)
            .Override(new LocalDate(2026, 12, 26), new ShiftInterval(new LocalTime(10, 0), new LocalTime(12, 0)))
            .Build();
        var start = At.Parse("2026-12-01T00:00:00-08:00");
        Assert.Equal(At.Parse("2026-12-26T11:00:00-08:00"), calendar.Add(start, Duration.FromHours(1)));
        Assert.False(calendar.TryAdd(start, Duration.FromHours(3), DueAtClosing.ClosingInstant, out _));
        Assert.Throws<InvalidOperationException>(() => calendar.Add(start, Duration.FromHours(3)));
        Assert.Null(calendar.NextOpening(At.Parse("2027-01-01T00:00:00-08:00")));
    }

    [Fact]
    public void Add_NegativeDuration_Subtracts()
    {
        var monday = At.Parse("2026-03-09T09:30:00-07:00");
        Assert.Equal(Starter.Subtract(monday, Duration.FromMinutes(60)), Starter.Add(monday, Duration.FromMinutes(-60)));
    }

    [Fact]
    public void DefaultCalendars_MatchD1()
    {
        Assert.Equal(Duration.FromHours(8), BusinessCalendars.StarterHours.BusinessDay);
        Assert.Equal(Duration.FromHours(9), BusinessCalendars.ProfessionalHours.BusinessDay);
        Assert.Equal(Duration.FromHours(24), BusinessCalendars.Always.BusinessDay);
        Assert.All([BusinessCalendars.StarterHours, BusinessCalendars.ProfessionalHours, BusinessCalendars.Always],
            c => Assert.Equal(LosAngeles, c.Zone.Id));
    }

    private static LocalDate LocalDatePatternIso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
