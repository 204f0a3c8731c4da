using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Who is on call at an instant (manual §5.1, D18): coverage windows, hand-offs across DST, overrides and swaps.</summary>
public sealed class WhoIsOnCallTests
{
    private static readonly OnCallTimeline Q1 = OnCallSchedule.RoundRobin(ThreeLevels(), OnCallData.Q1, OnCallData.Q1.PlusWeeks(13)).Compile();

    [Theory]
    [InlineData("2026-01-06T12:00:00-08:00", null, "Sarah")] // Tuesday noon: business hours, nobody on call at Level 1
    [InlineData("2026-01-06T16:59:59-08:00", null, "Sarah")]
    [InlineData("2026-01-06T17:00:00-08:00", "Sarah", "Sarah")] // §5.1 "5 PM PT - 9 AM PT next day"
    [InlineData("2026-01-07T08:59:59-08:00", "Sarah", "Sarah")]
    [InlineData("2026-01-07T09:00:00-08:00", null, "Sarah")]
    [InlineData("2026-01-10T12:00:00-08:00", "Sarah", "Sarah")] // Saturday: weekends covered (D18)
    [InlineData("2026-01-12T08:59:59-08:00", "Sarah", "Sarah")] // Sunday night runs to Monday 09:00
    [InlineData("2026-01-12T09:00:00-08:00", null, "Marcus")] // Monday 09:00 hand-off, daytime uncovered
    [InlineData("2026-01-12T17:00:00-08:00", "Marcus", "Marcus")]
    public void Who_Level1_AnswersOnlyInsideEveningsAndWeekends(string at, string? onCall, string holder)
    {
        var answer = Q1.Who(OnCallLevel.Support, T(at));
        Assert.Equal(onCall, answer.OnCall);
        Assert.Equal(holder, answer.Person);
    }

    [Fact]
    public void Who_Level2_HandsOffAtNineOnTheSpringForwardSunday()
    {
        // D18: 2026-03-08 09:00 PDT (16:00 UTC), not 17:00 UTC as a fixed 168-hour week would say.
        var before = Q1.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 3, 8, 15, 59, 59));
        var after = Q1.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 3, 8, 16, 0));
        Assert.NotEqual(before.Person, after.Person);
        Assert.Equal("2026-03-08T09:00:00-07:00", La(after.Since!.Value));
        Assert.Equal(Duration.FromHours(167), before.Until!.Value - before.Since!.Value);
    }

    [Fact]
    public void Who_Level2_HandsOffAtNineOnTheFallBackSunday()
    {
        var team = Team(OnCallRotations.Engineering.WithParticipants(Engineers));
        var timeline = OnCallSchedule.RoundRobin(team, new LocalDate(2026, 10, 1), new LocalDate(2026, 11, 30)).Compile();
        var before = timeline.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 11, 1, 16, 59, 59));
        var after = timeline.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 11, 1, 17, 0));
        Assert.NotEqual(before.Person, after.Person);
        Assert.Equal("2026-11-01T09:00:00-08:00", La(after.Since!.Value));
        Assert.Equal(Duration.FromHours(169), before.Until!.Value - before.Since!.Value);
    }

    [Fact]
    public void Who_WithAHandOffInTheRepeatedHour_HandsOffOnceAtTheFirstOccurrence()
    {
        var team = Team((OnCallRotations.Engineering with { HandOffTime = new LocalTime(1, 30) }).WithParticipants(Engineers));
        var timeline = OnCallSchedule.RoundRobin(team, new LocalDate(2026, 10, 18), new LocalDate(2026, 11, 15)).Compile();
        var first = timeline.Who(OnCallLevel.Engineering, T("2026-11-01T01:30:00-07:00"));
        var second = timeline.Who(OnCallLevel.Engineering, T("2026-11-01T01:30:00-08:00"));
        var justBefore = timeline.Who(OnCallLevel.Engineering, T("2026-11-01T01:29:59-07:00"));
        Assert.Equal(first.Person, second.Person);
        Assert.NotEqual(justBefore.Person, first.Person);
    }

    [Fact]
    public void Who_WithAHandOffInTheSkippedHour_HandsOffAtTheTransition()
    {
        var team = Team((OnCallRotations.Engineering with { HandOffTime = new LocalTime(2, 30) }).WithParticipants(Engineers));
        var timeline = OnCallSchedule.RoundRobin(team, new LocalDate(2026, 2, 22), new LocalDate(2026, 3, 22)).Compile();
        var before = timeline.Who(OnCallLevel.Engineering, T("2026-03-08T01:59:59-08:00"));
        var after = timeline.Who(OnCallLevel.Engineering, T("2026-03-08T03:00:00-07:00"));
        Assert.NotEqual(before.Person, after.Person);
        Assert.Equal("2026-03-08T03:00:00-07:00", La(after.Since!.Value));
    }

    [Fact]
    public void Who_Level3_FollowsCalendarMonths()
    {
        // §5.1: January VP #1, February VP #2, March VP #3.
        Assert.Equal("VP Product #1", Q1.Who(OnCallLevel.VpProduct, T("2026-01-20T12:00:00-08:00")).OnCall);
        Assert.Equal("VP Product #2", Q1.Who(OnCallLevel.VpProduct, T("2026-02-14T03:00:00-08:00")).OnCall);
        Assert.Equal("VP Product #3", Q1.Who(OnCallLevel.VpProduct, T("2026-03-31T23:00:00-07:00")).OnCall);
    }

    [Fact]
    public void Who_OutsideTheSchedule_IsNobody()
    {
        var answer = Q1.Who(OnCallLevel.Support, T("2025-06-01T20:00:00-07:00"));
        Assert.Null(answer.Person);
        Assert.False(answer.IsOnCall);
        Assert.True(answer.InCoverage);
    }

    [Fact]
    public void Who_DuringAnOverride_IsTheCover_AndTheHolderStaysVisible()
    {
        // §5.1 overrides: Marcus covers Sarah's Saturday.
        var schedule = OnCallSchedule.RoundRobin(ThreeLevels(), OnCallData.Q1, OnCallData.Q1.PlusWeeks(4))
            .WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-10T09:00:00-08:00"), T("2026-01-11T09:00:00-08:00"), "Marcus") { For = "Sarah" });
        var timeline = schedule.Compile();
        var saturday = timeline.Who(OnCallLevel.Support, T("2026-01-10T20:00:00-08:00"));
        Assert.Equal(("Marcus", "Sarah", true), (saturday.OnCall, saturday.Holder, saturday.IsOverride));
        Assert.Equal("2026-01-11T09:00:00-08:00", La(saturday.Until!.Value));
        Assert.Equal("Sarah", timeline.Who(OnCallLevel.Support, T("2026-01-11T09:00:00-08:00")).OnCall);
        Assert.Equal("Sarah", timeline.Who(OnCallLevel.Support, T("2026-01-10T08:59:00-08:00")).OnCall);
    }

    [Fact]
    public void Swap_TradesTwoShifts()
    {
        var schedule = OnCallSchedule.RoundRobin(ThreeLevels(), OnCallData.Q1, OnCallData.Q1.PlusWeeks(4)).Swap(OnCallLevel.Support, new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 12));
        var timeline = schedule.Compile();
        Assert.Equal("Marcus", timeline.Who(OnCallLevel.Support, T("2026-01-06T20:00:00-08:00")).OnCall);
        Assert.Equal("Sarah", timeline.Who(OnCallLevel.Support, T("2026-01-13T20:00:00-08:00")).OnCall);
    }

    [Fact]
    public void Segments_ListTheShiftsInARange_SplitByOverrides()
    {
        var schedule = OnCallSchedule.RoundRobin(ThreeLevels(), OnCallData.Q1, OnCallData.Q1.PlusWeeks(4))
            .WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-10T09:00:00-08:00"), T("2026-01-11T09:00:00-08:00"), "Marcus"));
        var segments = schedule.Compile().Segments(OnCallLevel.Support, T("2026-01-05T09:00:00-08:00"), T("2026-01-19T09:00:00-08:00"));
        Assert.Equal(["Sarah", "Marcus", "Sarah", "Marcus"], segments.Select(s => s.Person));
        Assert.Equal([false, true, false, false], segments.Select(s => s.IsOverride));
        Assert.Equal(new LocalDate(2026, 1, 12), segments[^1].ShiftDate);
    }

    [Fact]
    public void WhoAll_AnswersEveryLevelInOrder()
    {
        var all = Q1.WhoAll(T("2026-01-10T20:00:00-08:00"));
        Assert.Equal([OnCallLevel.Support, OnCallLevel.Engineering, OnCallLevel.VpProduct], all.Select(a => a.Level));
        Assert.Equal(["Sarah", "Priya", "VP Product #1"], all.Select(a => a.OnCall));
    }
}
