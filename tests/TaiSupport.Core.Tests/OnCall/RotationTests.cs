using TaiSupport.Core.Calendars;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Rotations and hand-offs (manual §5.1, D18), including the DST days of 2026 in Los Angeles.</summary>
public sealed class RotationTests
{
    [Fact]
    public void ReadyValues_FollowSection51()
    {
        // §5.1: Level 1 weekly Mon–Sun evenings + weekends; Level 2 weekly 24/7 Sunday–Saturday; Level 3 monthly 24/7 (D18).
        Assert.Equal((ShiftLength.Week, IsoDayOfWeek.Monday, "evenings-and-weekends"), (OnCallRotations.Support.ShiftLength, OnCallRotations.Support.HandOffDate.DayOfWeek, OnCallRotations.Support.Coverage.Name));
        Assert.Equal((ShiftLength.Week, IsoDayOfWeek.Sunday, "24/7"), (OnCallRotations.Engineering.ShiftLength, OnCallRotations.Engineering.HandOffDate.DayOfWeek, OnCallRotations.Engineering.Coverage.Name));
        Assert.Equal((ShiftLength.Month, 1, "24/7"), (OnCallRotations.VpProduct.ShiftLength, OnCallRotations.VpProduct.HandOffDate.Day, OnCallRotations.VpProduct.Coverage.Name));
        Assert.Equal("weekend-only", OnCallRotations.SupportWeekendOnly.Coverage.Name);
        Assert.All([OnCallRotations.Support, OnCallRotations.Engineering, OnCallRotations.VpProduct], r => Assert.Equal(LosAngeles, r.TimeZoneId));
    }

    [Fact]
    public void HandOff_OnSpringForwardSunday_IsAtNineDaylightTime_AndTheWeekBeforeIs167Hours()
    {
        // D18 on 2026-03-08 (Los Angeles springs forward 02:00 → 03:00): Level 2 hands off Sundays 09:00.
        var rotation = OnCallRotations.Engineering;
        Assert.Equal("2026-03-08T09:00:00-07:00", La(rotation.HandOff(new LocalDate(2026, 3, 8))));
        var week = rotation.SlotOn(new LocalDate(2026, 3, 1));
        Assert.Equal(Duration.FromHours(167), week.Length);
    }

    [Fact]
    public void HandOff_OnFallBackSunday_IsAtNineStandardTime_AndTheWeekBeforeIs169Hours()
    {
        // D18 on 2026-11-01 (Los Angeles falls back 02:00 → 01:00).
        var rotation = OnCallRotations.Engineering;
        Assert.Equal("2026-11-01T09:00:00-08:00", La(rotation.HandOff(new LocalDate(2026, 11, 1))));
        Assert.Equal(Duration.FromHours(169), rotation.SlotOn(new LocalDate(2026, 10, 25)).Length);
    }

    [Fact]
    public void HandOff_AtASkippedTime_HappensAtTheTransition()
    {
        // D18: 02:30 never happens on 2026-03-08; the clock first reaches 02:30 at the jump, 03:00 PDT (10:00 UTC).
        var rotation = OnCallRotations.Engineering with { HandOffTime = new LocalTime(2, 30) };
        Assert.Equal("2026-03-08T03:00:00-07:00", La(rotation.HandOff(new LocalDate(2026, 3, 8))));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 10, 0), rotation.HandOff(new LocalDate(2026, 3, 8)));
    }

    [Fact]
    public void HandOff_AtARepeatedTime_HappensAtItsFirstOccurrence()
    {
        // D18: 01:30 happens twice on 2026-11-01 (PDT, then PST); the hand-off is the first, 08:30 UTC.
        var rotation = OnCallRotations.Engineering with { HandOffTime = new LocalTime(1, 30) };
        Assert.Equal("2026-11-01T01:30:00-07:00", La(rotation.HandOff(new LocalDate(2026, 11, 1))));
        var slot = rotation.SlotAt(T("2026-11-01T01:30:00-08:00")); // the second 01:30 belongs to the new shift already
        Assert.Equal(new LocalDate(2026, 11, 1), slot.Date);
    }

    [Theory]
    [InlineData("2026-01-04T08:59:59-08:00", "2025-12-28")]
    [InlineData("2026-01-04T09:00:00-08:00", "2026-01-04")]
    [InlineData("2026-03-08T08:59:59-07:00", "2026-03-01")]
    [InlineData("2026-03-08T09:00:00-07:00", "2026-03-08")]
    public void SlotAt_HandOffInstant_StartsTheNewShift(string at, string expected)
    {
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), OnCallRotations.Engineering.SlotAt(T(at)).Date);
    }

    [Fact]
    public void Monthly_AnchoredOnThe31st_HandsOffOnTheLastDayOfShortMonths()
    {
        var rotation = OnCallRotations.VpProduct with { HandOffDate = new LocalDate(2026, 1, 31) };
        var dates = rotation.Slots(rotation.HandOff(new LocalDate(2026, 1, 31)), rotation.HandOff(new LocalDate(2026, 4, 1))).Select(s => s.Date);
        Assert.Equal([new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28), new LocalDate(2026, 3, 31)], dates);
    }

    [Fact]
    public void IsHandOffDate_FollowsTheAnchorAndLength()
    {
        var tenDays = OnCallRotations.Engineering with { ShiftLength = ShiftLength.Days(10), HandOffDate = new LocalDate(2026, 1, 1) };
        Assert.True(tenDays.IsHandOffDate(new LocalDate(2026, 1, 11)));
        Assert.True(tenDays.IsHandOffDate(new LocalDate(2025, 12, 22)));
        Assert.False(tenDays.IsHandOffDate(new LocalDate(2026, 1, 10)));
        Assert.Equal("every 10 days from 2026-01-01 at 09:00 America/Los_Angeles", tenDays.DescribeHandOff());
        Assert.Equal("every week on Monday at 09:00 America/Los_Angeles", OnCallRotations.Support.DescribeHandOff());
    }

    [Theory]
    [InlineData("week", 7, 0)]
    [InlineData("month", 0, 1)]
    [InlineData("P10D", 10, 0)]
    [InlineData("P2W", 14, 0)]
    [InlineData("P3M", 0, 3)]
    public void ShiftLength_TryParse_ReadsWeeksMonthsAndDays(string text, int days, int months)
    {
        Assert.True(ShiftLength.TryParse(text, out var length));
        Assert.Equal((days, months), (length.DayCount, length.MonthCount));
        Assert.True(ShiftLength.TryParse(length.ToString(), out var again));
        Assert.Equal(length, again);
    }

    [Theory]
    [InlineData("fortnight")]
    [InlineData("P0D")]
    [InlineData("P367D")]
    [InlineData("P13M")]
    [InlineData("PT5H")]
    public void ShiftLength_TryParse_RejectsOthers(string text) => Assert.False(ShiftLength.TryParse(text, out _));

    [Fact]
    public void EveningsAndWeekends_CoversEverythingOutsideWeekdayBusinessHours()
    {
        // D18: weekday evenings 17:00–09:00 plus the weekend = 168 − 5 × 8 = 128 hours a week (wall clock).
        var calendar = OnCallRotations.Support.CoverageCalendar();
        var monday = T("2026-01-05T09:00:00-08:00");
        Assert.Equal(Duration.FromHours(128), calendar.Elapsed(monday, monday + Duration.FromDays(7)));
        Assert.False(calendar.IsOpen(T("2026-01-06T16:59:59-08:00")));
        Assert.True(calendar.IsOpen(T("2026-01-06T17:00:00-08:00")));
        Assert.True(calendar.IsOpen(T("2026-01-07T08:59:59-08:00")));
        Assert.False(calendar.IsOpen(T("2026-01-07T09:00:00-08:00")));
    }

    [Fact]
    public void WeekendOnly_CoversFridayFivePmToMondayNineAm()
    {
        // §5.1 example "5 PM Fri - 9 AM Mon PT": 64 hours, 63 on the spring-forward weekend.
        var calendar = OnCallRotations.SupportWeekendOnly.CoverageCalendar();
        Assert.Equal(Duration.FromHours(64), calendar.Elapsed(T("2026-01-09T00:00:00-08:00"), T("2026-01-13T00:00:00-08:00")));
        Assert.Equal(Duration.FromHours(63), calendar.Elapsed(T("2026-03-06T00:00:00-08:00"), T("2026-03-10T00:00:00-07:00")));
        Assert.False(calendar.IsOpen(T("2026-01-09T16:59:00-08:00")));
        Assert.True(calendar.IsOpen(T("2026-01-09T17:00:00-08:00")));
        Assert.True(calendar.IsOpen(T("2026-01-12T08:59:00-08:00")));
        Assert.False(calendar.IsOpen(T("2026-01-12T09:00:00-08:00")));
    }

    [Fact]
    public void Coverage_OverlapsTheEveningShift_OnlyWhenItCoversEveningHours()
    {
        var evening = FairnessRules.Default.EveningShift;
        Assert.True(CoverageWindow.AllHours.Overlaps(evening));
        Assert.True(CoverageWindow.EveningsAndWeekends.Overlaps(evening));
        Assert.True(CoverageWindow.WeekendOnly.Overlaps(evening));
        var daytime = new CoverageWindow
        {
            Name = "daytime",
            Week = BusinessCalendarDefinition.SameShifts(BusinessCalendarDefinition.Weekdays, new ShiftInterval(new LocalTime(9, 0), new LocalTime(17, 0))),
        };
        Assert.False(daytime.Overlaps(evening));
    }
}
