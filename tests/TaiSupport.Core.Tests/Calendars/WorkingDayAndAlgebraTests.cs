using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>Worked examples of working days, queries and calendar algebra (issue 13).</summary>
public sealed class WorkingDayAndAlgebraTests
{
    private const string LosAngeles = "America/Los_Angeles";
    private const string Berlin = "Europe/Berlin";
    private static readonly BusinessCalendar Starter = BusinessCalendars.StarterHours;

    private static BusinessCalendar NineToFive(string zone) =>
        BusinessCalendar.For(zone).OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();

    [Fact]
    public void AddWorkingDays_FridayAfternoonPlusOneAtSameTime_IsMondayAfternoon()
    {
        var due = Starter.AddWorkingDays(At.Parse("2026-03-06T16:30:00-08:00"), 1, WorkingDayMode.SameLocalTime);
        Assert.Equal("2026-03-09T16:30:00-07:00", At.InZone(due, LosAngeles));
    }

    [Fact]
    public void AddWorkingDays_EndOfSecondDayFromFridayAcrossMondayHoliday_IsWednesdayClose()
    {
        var calendar = BusinessCalendar.For(LosAngeles)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 1, 19))
            .Build();
        var due = calendar.AddWorkingDays(At.Parse("2026-01-16T10:00:00-08:00"), 2, WorkingDayMode.EndOfDay);
        Assert.Equal("2026-01-21T17:00:00-08:00", At.InZone(due, LosAngeles));
        Assert.Equal(new LocalDate(2026, 1, 20), calendar.NextWorkingDay(new LocalDate(2026, 1, 16)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 1, 19)));
        Assert.True(calendar.IsHoliday(new LocalDate(2026, 1, 19)));
        Assert.Equal(2, calendar.WorkingDaysBetween(new LocalDate(2026, 1, 16), new LocalDate(2026, 1, 21)));
        Assert.Equal(-2, calendar.WorkingDaysBetween(new LocalDate(2026, 1, 21), new LocalDate(2026, 1, 16)));
    }

    [Fact]
    public void AddWorkingDays_OtherModes()
    {
        var friday = At.Parse("2026-03-06T16:30:00-08:00");
        Assert.Equal("2026-03-09T09:00:00-07:00", At.InZone(Starter.AddWorkingDays(friday, 1, WorkingDayMode.StartOfDay), LosAngeles));
        Assert.Equal(
            "2026-03-09T16:00:00-07:00",
            At.InZone(Starter.AddWorkingDays(friday, 1, WorkingDayMode.AtLocalTime, new LocalTime(16, 0)), LosAngeles));
        Assert.Equal("2026-03-05T16:30:00-08:00", At.InZone(Starter.AddWorkingDays(friday, -1, WorkingDayMode.SameLocalTime), LosAngeles));
        Assert.Equal("2026-03-06T16:30:00-08:00", At.InZone(Starter.AddWorkingDays(friday, 0, WorkingDayMode.SameLocalTime), LosAngeles));
    }

    [Fact]
    public void AddWorkingDays_SameTimeOutsideHours_IsClampedIntoTheDay()
    {
        var fridayEvening = At.Parse("2026-03-06T20:00:00-08:00");
        var saturdayMorning = At.Parse("2026-03-07T07:00:00-08:00");
        Assert.Equal("2026-03-09T17:00:00-07:00", At.InZone(Starter.AddWorkingDays(fridayEvening, 1, WorkingDayMode.SameLocalTime), LosAngeles));
        Assert.Equal("2026-03-09T09:00:00-07:00", At.InZone(Starter.AddWorkingDays(saturdayMorning, 1, WorkingDayMode.SameLocalTime), LosAngeles));
    }

    [Fact]
    public void AddWorkingDays_AcrossMonthsWithoutWorkingDays_JumpsToTheNextOpenDayBothWays()
    {
        // No weekly hours: only three override days, months apart (whole precomputed blocks without a working day).
        var nine = new ShiftInterval(new LocalTime(9, 0), new LocalTime(17, 0));
        var calendar = BusinessCalendar.For(LosAngeles)
            .Override(new LocalDate(2026, 1, 5), nine)
            .Override(new LocalDate(2026, 9, 1), nine)
            .Override(new LocalDate(2027, 6, 1), nine)
            .Build();
        var start = At.Parse("2025-12-01T12:00:00-08:00");
        Assert.Equal("2026-01-05T12:00:00-08:00", At.InZone(calendar.AddWorkingDays(start, 1, WorkingDayMode.SameLocalTime), LosAngeles));
        Assert.Equal("2026-09-01T17:00:00-07:00", At.InZone(calendar.AddWorkingDays(start, 2, WorkingDayMode.EndOfDay), LosAngeles));
        Assert.Equal("2027-06-01T09:00:00-07:00", At.InZone(calendar.AddWorkingDays(start, 3, WorkingDayMode.StartOfDay), LosAngeles));
        Assert.Throws<InvalidOperationException>(() => calendar.AddWorkingDays(start, 4, WorkingDayMode.StartOfDay));
        var late = At.Parse("2028-02-01T12:00:00-08:00");
        Assert.Equal("2027-06-01T12:00:00-07:00", At.InZone(calendar.AddWorkingDays(late, -1, WorkingDayMode.SameLocalTime), LosAngeles));
        Assert.Equal("2026-01-05T09:00:00-08:00", At.InZone(calendar.AddWorkingDays(late, -3, WorkingDayMode.StartOfDay), LosAngeles));
        Assert.Throws<InvalidOperationException>(() => calendar.AddWorkingDays(late, -4, WorkingDayMode.StartOfDay));
        Assert.Equal("2026-09-01T16:00:00-07:00", At.InZone(calendar.AddWorkingDays(late, -2, WorkingDayMode.AtLocalTime, new LocalTime(16, 0)), LosAngeles));
    }

    [Fact]
    public void AddWorkingDays_ManyDays_AgreesWithTheDayByDayPath()
    {
        var calendar = BusinessCalendar.For(LosAngeles)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 5, 25)).Holiday(new LocalDate(2026, 7, 3))
            .Build();
        var start = At.Parse("2026-03-06T16:30:00-08:00");
        foreach (var days in new[] { -600, -261, -5, -1, 0, 1, 5, 88, 89, 90, 260, 600 })
        {
            Assert.Equal(
                calendar.AddWorkingDaysDayByDay(start, days, WorkingDayMode.SameLocalTime, default),
                calendar.AddWorkingDays(start, days, WorkingDayMode.SameLocalTime));
        }

        // 261 weekdays a year, minus the two holidays.
        Assert.Equal("2027-03-10T16:30:00-08:00", At.InZone(calendar.AddWorkingDays(start, 261, WorkingDayMode.SameLocalTime), LosAngeles));
    }

    [Fact]
    public void OvernightShift_BelongsToTheDayItOpens()
    {
        var nights = BusinessCalendar.For(LosAngeles).Open(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0)).Build();
        var friday = new LocalDate(2026, 3, 13);
        Assert.True(nights.IsWorkingDay(friday));
        Assert.False(nights.IsWorkingDay(friday.PlusDays(1)));
        var hours = nights.WorkingHours(friday)!.Value;
        Assert.Equal(At.Parse("2026-03-13T22:00:00-07:00"), hours.Start);
        Assert.Equal(At.Parse("2026-03-14T06:00:00-07:00"), hours.End);
        Assert.Equal(friday.PlusDays(7), nights.NextWorkingDay(friday));
        Assert.Equal(friday, nights.PreviousWorkingDay(friday.PlusDays(1)));
        Assert.Equal(friday.PlusDays(-7), nights.PreviousWorkingDay(friday));
    }

    [Fact]
    public void AlwaysOpen_EveryDayIsAWorkingDayFromMidnightToMidnight()
    {
        var date = new LocalDate(2026, 3, 8);
        var hours = BusinessCalendars.Always.WorkingHours(date)!.Value;
        Assert.Equal(At.Parse("2026-03-08T00:00:00-08:00"), hours.Start);
        Assert.Equal(At.Parse("2026-03-09T00:00:00-07:00"), hours.End);
        Assert.Equal(date.PlusDays(1), BusinessCalendars.Always.NextWorkingDay(date));
    }

    [Fact]
    public void ClosedReason_NamesHolidayBreakOutsideHoursAndOverride()
    {
        var calendar = BusinessCalendar.For(LosAngeles)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .OpenWeekdays(new LocalTime(13, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 12, 25))
            .Override(new LocalDate(2026, 12, 24), new ShiftInterval(new LocalTime(9, 0), new LocalTime(11, 0)))
            .Build();
        Assert.Equal(ClosedReason.Open, calendar.ClosedReason(At.Parse("2026-12-23T10:00:00-08:00")));
        Assert.Equal(ClosedReason.BetweenShifts, calendar.ClosedReason(At.Parse("2026-12-23T12:30:00-08:00")));
        Assert.Equal(ClosedReason.OutsideHours, calendar.ClosedReason(At.Parse("2026-12-23T18:00:00-08:00")));
        Assert.Equal(ClosedReason.OutsideHours, calendar.ClosedReason(At.Parse("2026-12-26T10:00:00-08:00")));
        Assert.Equal(ClosedReason.Override, calendar.ClosedReason(At.Parse("2026-12-24T11:30:00-08:00")));
        Assert.Equal(ClosedReason.Holiday, calendar.ClosedReason(At.Parse("2026-12-25T10:00:00-08:00")));
    }

    [Fact]
    public void Stretches_EnumerateOpenAndClosedTimeClipped()
    {
        var from = At.Parse("2026-03-06T16:00:00-08:00");
        var to = At.Parse("2026-03-09T10:00:00-07:00");
        var open = new List<TimeStretch>();
        foreach (var stretch in Starter.OpenStretches(from, to))
        {
            open.Add(stretch);
        }

        var closed = new List<TimeStretch>();
        foreach (var stretch in Starter.ClosedStretches(from, to))
        {
            closed.Add(stretch);
        }

        Assert.Equal([new TimeStretch(from, At.Parse("2026-03-06T17:00:00-08:00")), new TimeStretch(At.Parse("2026-03-09T09:00:00-07:00"), to)], open);
        Assert.Equal([new TimeStretch(At.Parse("2026-03-06T17:00:00-08:00"), At.Parse("2026-03-09T09:00:00-07:00"))], closed);
    }

    [Fact]
    public void Union_OfLosAngelesAndBerlin_IsClosedAt1730BerlinAndOpenAt1800()
    {
        var union = BusinessCalendar.Union(NineToFive(LosAngeles), NineToFive(Berlin));
        Assert.False(union.IsOpen(At.Parse("2026-01-12T17:30:00+01:00")));
        Assert.True(union.IsOpen(At.Parse("2026-01-12T18:00:00+01:00")));
        Assert.Equal(At.Parse("2026-01-12T18:00:00+01:00"), union.NextOpening(At.Parse("2026-01-12T17:30:00+01:00")));
        Assert.Equal(Duration.FromHours(16), union.Elapsed(At.Parse("2026-01-12T00:00:00+01:00"), At.Parse("2026-01-13T06:00:00+01:00")));
        Assert.Equal(CalendarOperator.Union, union.Operator);
    }

    [Fact]
    public void IntersectAndExcept_CutOpenTime()
    {
        var ours = NineToFive(LosAngeles);
        var customer = BusinessCalendar.For("America/New_York").OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var shared = BusinessCalendar.Intersect(ours, customer);
        var monday = new LocalDate(2026, 1, 12);
        var hours = shared.WorkingHours(monday)!.Value;
        Assert.Equal(At.Parse("2026-01-12T09:00:00-08:00"), hours.Start);
        Assert.Equal(At.Parse("2026-01-12T14:00:00-08:00"), hours.End);

        var maintenance = BusinessCalendar.For(LosAngeles).Open(IsoDayOfWeek.Monday, new LocalTime(12, 0), new LocalTime(13, 0)).Build();
        var minus = BusinessCalendar.Except(ours, maintenance);
        Assert.Equal(ClosedReason.BetweenShifts, minus.ClosedReason(At.Parse("2026-01-12T12:30:00-08:00")));
        Assert.Equal(At.Parse("2026-01-12T16:00:00-08:00"), minus.Add(At.Parse("2026-01-12T11:00:00-08:00"), Duration.FromHours(4)));
    }
}
