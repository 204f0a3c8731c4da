using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>Worked examples of backward arithmetic (issue 13; manual §1.2; D2–D3 mirrored).</summary>
public sealed class SubtractTests
{
    private const string LosAngeles = "America/Los_Angeles";
    private static readonly BusinessCalendar Starter = BusinessCalendars.StarterHours;

    [Fact]
    public void Subtract_MondayMorningMinusOneHour_IsPreviousFridayAfternoon()
    {
        var start = Starter.Subtract(At.Parse("2026-03-09T09:30:00-07:00"), Duration.FromHours(1));
        Assert.Equal("2026-03-06T16:30:00-08:00", At.InZone(start, LosAngeles));
    }

    [Fact]
    public void Subtract_Zero_IsTheEndEvenWhenClosed()
    {
        var saturday = At.Parse("2026-03-07T11:00:00-08:00");
        Assert.Equal(saturday, Starter.Subtract(saturday, Duration.Zero));
    }

    [Fact]
    public void Subtract_LandingOnAnOpening_IsTheOpeningOrThePreviousClosing()
    {
        var tuesday = At.Parse("2026-03-10T10:00:00-07:00");
        Assert.Equal("2026-03-10T09:00:00-07:00", At.InZone(Starter.Subtract(tuesday, Duration.FromHours(1)), LosAngeles));
        Assert.Equal(
            "2026-03-09T17:00:00-07:00",
            At.InZone(Starter.Subtract(tuesday, Duration.FromHours(1), StartAtOpening.PreviousClosing), LosAngeles));
    }

    [Fact]
    public void Subtract_FromOutsideHours_CountsBackFromThePreviousClosing()
    {
        var sunday = At.Parse("2026-03-08T12:00:00-07:00");
        Assert.Equal("2026-03-06T13:00:00-08:00", At.InZone(Starter.Subtract(sunday, Duration.FromHours(4)), LosAngeles));
    }

    [Fact]
    public void Subtract_AcrossTheRepeatedHour_CountsItTwice()
    {
        // 2026-11-01 Los Angeles: 00:00–04:00 is open 5 real hours (01:00–02:00 happens twice, D2).
        var calendar = BusinessCalendar.For(LosAngeles).Open(IsoDayOfWeek.Sunday, LocalTime.Midnight, new LocalTime(4, 0)).Build();
        var end = At.Parse("2026-11-01T04:00:00-08:00");
        Assert.Equal(At.Parse("2026-11-01T00:00:00-07:00"), calendar.Subtract(end, Duration.FromHours(5)));
        Assert.Equal(Duration.FromHours(5), calendar.Elapsed(calendar.Subtract(end, Duration.FromHours(5)), end));
    }

    [Fact]
    public void Subtract_BeyondAllOpenTime_FailsWithoutLooping()
    {
        var calendar = BusinessCalendar.For(LosAngeles)
            .Override(new LocalDate(2026, 12, 26), new ShiftInterval(new LocalTime(10, 0), new LocalTime(12, 0)))
            .Build();
        var end = At.Parse("2027-01-05T00:00:00-08:00");
        Assert.Equal(At.Parse("2026-12-26T10:00:00-08:00"), calendar.Subtract(end, Duration.FromHours(2)));
        Assert.False(calendar.TrySubtract(end, Duration.FromHours(3), StartAtOpening.OpeningInstant, out _));
        Assert.Throws<InvalidOperationException>(() => calendar.Subtract(end, Duration.FromHours(3)));
        Assert.Null(calendar.PreviousOpening(At.Parse("2026-12-01T00:00:00-08:00")));
    }

    [Fact]
    public void PreviousOpeningAndClosing_FindTheStretchBoundariesBehind()
    {
        var wednesdayNoon = At.Parse("2026-03-11T12:00:00-07:00");
        Assert.Equal(At.Parse("2026-03-11T09:00:00-07:00"), Starter.PreviousOpening(wednesdayNoon));
        Assert.Equal(At.Parse("2026-03-10T17:00:00-07:00"), Starter.PreviousClosing(wednesdayNoon));
        Assert.Null(BusinessCalendars.Always.PreviousClosing(wednesdayNoon));
    }
}
