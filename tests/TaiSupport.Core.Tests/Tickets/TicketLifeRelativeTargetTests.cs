using System.Collections.Immutable;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>
/// Relative targets worked by hand (issue 14 item 3): "next business day at 16:00", "end of the business day",
/// "N business days at the same clock time", on <c>starter-hours</c> (Mon–Fri 09–17 Pacific), across the DST changes
/// of 2026-03-08 and 2026-11-01 and a holiday.
/// </summary>
public sealed class TicketLifeRelativeTargetTests
{
    private static TicketLife With(params RelativeTargetRule[] rules) => new(TicketLifePolicy.Default with { RelativeTargets = [.. rules] });

    private static Ticket Starter(string created, params TicketEvent[] events) =>
        Pt.Ticket(Tier.Starter, Priority.Medium, created) with { Events = [.. events] };

    [Fact]
    public void NextBusinessDayAt16_FridayTicket_DueMonday16AcrossTheSpringDstChange()
    {
        // Friday 2026-03-06 10:00 PST; Monday 2026-03-09 is PDT. Open time: Fri 10–17 (7 h) + Mon 09–16 (7 h) = 14 h.
        var life = With(new RelativeTargetRule(TicketClock.FirstResponse, WorkingDayTarget.NextWorkingDayAt(new LocalTime(16, 0))));
        var result = life.Evaluate(Starter("2026-03-06 10:00"), Pt.At("2026-03-09 15:00"));

        var first = result.Find(TicketClock.FirstResponse)!;
        Assert.Equal(Pt.At("2026-03-09 16:00"), first.Due);
        Assert.Equal("2026-03-09T16:00:00-07:00", Pt.Show(first.Due));
        Assert.Equal(Duration.FromHours(14), first.Target);
        Assert.Equal(SlaState.Pending, first.State);
        Assert.Equal(WorkingDayTarget.NextWorkingDayAt(new LocalTime(16, 0)), first.Relative);
        Assert.Equal(Pt.At("2026-03-09 15:30"), result.NextCheckAt);
        Assert.Contains(result.Trace, s => s.Rule == TicketLifeRules.Clock && s.Reason.StartsWith("firstResponse", StringComparison.Ordinal)
            && s.Reason.Contains("target 16:00 on the next working day (14h of starter-hours time)", StringComparison.Ordinal));

        // The other clocks keep their duration targets.
        Assert.Null(result.Find(TicketClock.Resolution)!.Relative);
        Assert.Equal(Duration.FromHours(56), result.Find(TicketClock.Resolution)!.Target);
    }

    [Fact]
    public void EndOfBusinessDay_TodayWhileOpen_NextWorkingDayAfterHours()
    {
        var life = With(new RelativeTargetRule(TicketClock.FirstResponse, WorkingDayTarget.EndOfWorkingDay));

        var tuesday = life.Evaluate(Starter("2026-03-10 10:00"), Pt.At("2026-03-10 10:00")).Find(TicketClock.FirstResponse)!;
        Assert.Equal((Pt.At("2026-03-10 17:00"), Duration.FromHours(7)), (tuesday.Due, tuesday.Target));

        // Friday 17:10 PST: Friday's hours are over, so the end of Monday's (PDT).
        var friday = life.Evaluate(Starter("2026-03-06 17:10"), Pt.At("2026-03-06 17:10")).Find(TicketClock.FirstResponse)!;
        Assert.Equal(Pt.At("2026-03-09 17:00"), friday.Due);
        Assert.Equal(Duration.FromHours(8), friday.Target);

        // Answered Monday 16:59: met; 17:01: missed.
        var met = life.Evaluate(Starter("2026-03-06 17:10", TicketEvent.AgentReply(Pt.At("2026-03-09 16:59"))), Pt.At("2026-03-10 12:00"));
        Assert.Equal(SlaState.Met, met.Find(TicketClock.FirstResponse)!.State);
        var missed = life.Evaluate(Starter("2026-03-06 17:10", TicketEvent.AgentReply(Pt.At("2026-03-09 17:01"))), Pt.At("2026-03-10 12:00"));
        Assert.Equal(SlaState.Missed, missed.Find(TicketClock.FirstResponse)!.State);
    }

    [Fact]
    public void TwoBusinessDaysAtTheSameTime_SkipTheWeekendAndAHoliday()
    {
        var rule = new RelativeTargetRule(TicketClock.FirstResponse, new WorkingDayTarget(2, WorkingDayMode.SameLocalTime));
        var ticket = Starter("2026-03-05 11:30"); // Thursday, PST

        Assert.Equal(Pt.At("2026-03-09 11:30"), With(rule).Evaluate(ticket, ticket.CreatedAt).Find(TicketClock.FirstResponse)!.Due);

        // Monday 2026-03-09 a holiday: Tuesday 11:30.
        var withHoliday = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 3, 9))
            .Build();
        var policy = TicketLifePolicy.Default with
        {
            Sla = SlaPolicy.Default with { Calendars = SlaPolicy.Default.Calendars.SetItem(BusinessCalendars.StarterHoursId, withHoliday) },
            RelativeTargets = [rule],
        };
        var first = new TicketLife(policy).Evaluate(ticket, ticket.CreatedAt).Find(TicketClock.FirstResponse)!;
        Assert.Equal(Pt.At("2026-03-10 11:30"), first.Due);
        Assert.Equal(Duration.FromHours(16), first.Target); // Thu 5.5 h + Fri 8 h + Tue 2.5 h
    }

    [Fact]
    public void SameClockTime_AcrossTheAutumnDstChange()
    {
        // Friday 2026-10-30 11:30 PDT + 1 working day at the same time = Monday 2026-11-02 11:30 PST (25 h of wall clock more than 3 days).
        var life = With(new RelativeTargetRule(TicketClock.FirstResponse, new WorkingDayTarget(1, WorkingDayMode.SameLocalTime)));
        var ticket = Starter("2026-10-30 11:30");
        var first = life.Evaluate(ticket, ticket.CreatedAt).Find(TicketClock.FirstResponse)!;
        Assert.Equal("2026-11-02T11:30:00-08:00", Pt.Show(first.Due));
        Assert.Equal(Duration.FromHours(8), first.Target);
        Assert.Equal(Duration.FromHours(73), first.Due!.Value - ticket.CreatedAt);
    }

    [Fact]
    public void Resolution_RelativeTargetBecomesOpenTime_SoAPausePushesItOut()
    {
        // Monday 2026-03-09 10:00; "end of the next business day" = Tuesday 17:00, 15 h of open time.
        var life = With(new RelativeTargetRule(TicketClock.Resolution, new WorkingDayTarget(1, WorkingDayMode.EndOfDay)) { Tiers = [Tier.Starter] });
        var plain = life.Evaluate(Starter("2026-03-09 10:00"), Pt.At("2026-03-09 13:00")).Find(TicketClock.Resolution)!;
        Assert.Equal((Pt.At("2026-03-10 17:00"), Duration.FromHours(15)), (plain.Due, plain.Target));

        // Waiting on the customer Monday 11:00–12:00: one hour more, Wednesday 10:00.
        var paused = life.Evaluate(
            Starter("2026-03-09 10:00", TicketEvent.StatusChanged(Pt.At("2026-03-09 11:00"), TicketStatus.WaitingOnCustomer), TicketEvent.StatusChanged(Pt.At("2026-03-09 12:00"), TicketStatus.Open)),
            Pt.At("2026-03-09 13:00")).Find(TicketClock.Resolution)!;
        Assert.Equal(Pt.At("2026-03-11 10:00"), paused.Due);
        Assert.Equal(Duration.FromHours(1), paused.Paused);

        // The rule names Starter only: a Professional ticket keeps its duration target.
        var professional = life.Evaluate(Pt.Ticket(Tier.Professional, Priority.Medium, "2026-03-09 10:00"), Pt.At("2026-03-09 13:00")).Find(TicketClock.Resolution)!;
        Assert.Null(professional.Relative);
    }

    [Fact]
    public void Assignment_NextBusinessDayAt10_WallClockTargetAcrossDst()
    {
        // Friday 17:10 PST → Monday 10:00 PDT is 63 h 50 min of wall clock (the night of 8 March has 23 hours).
        var life = With(new RelativeTargetRule(TicketClock.Assignment, WorkingDayTarget.NextWorkingDayAt(new LocalTime(10, 0))));
        var assignment = life.Evaluate(Starter("2026-03-06 17:10"), Pt.At("2026-03-09 10:30")).Find(TicketClock.Assignment)!;
        Assert.Equal(Pt.At("2026-03-09 10:00"), assignment.Due);
        Assert.Equal(Duration.FromMinutes((63 * 60) + 50), assignment.Target);
        Assert.Equal(SlaState.Breached, assignment.State);
    }

    [Fact]
    public void FirstMatchingRuleWins_AndChannelsFilter()
    {
        var life = With(
            new RelativeTargetRule(TicketClock.FirstResponse, WorkingDayTarget.EndOfWorkingDay) { Channels = [TicketChannel.Slack] },
            new RelativeTargetRule(TicketClock.FirstResponse, WorkingDayTarget.NextWorkingDayAt(new LocalTime(12, 0))),
            new RelativeTargetRule(TicketClock.FirstResponse, WorkingDayTarget.EndOfWorkingDay));
        var email = life.Evaluate(Starter("2026-03-10 10:00"), Pt.At("2026-03-10 10:00")).Find(TicketClock.FirstResponse)!;
        Assert.Equal(Pt.At("2026-03-11 12:00"), email.Due);
        var slack = life.Evaluate(Starter("2026-03-10 10:00") with { Channel = TicketChannel.Slack }, Pt.At("2026-03-10 10:00")).Find(TicketClock.FirstResponse)!;
        Assert.Equal(Pt.At("2026-03-10 17:00"), slack.Due);
    }

    [Theory]
    [InlineData("2026-03-10 15:00", "2026-03-10 16:00")] // Tuesday before 16:00: today
    [InlineData("2026-03-10 16:00", "2026-03-11 16:00")] // at 16:00: strictly after, so tomorrow
    [InlineData("2026-03-13 16:30", "2026-03-16 16:00")] // Friday after 16:00: Monday
    [InlineData("2026-03-14 10:00", "2026-03-16 16:00")] // Saturday: Monday
    public void ZeroDaysAtLocalTime_TheFirstSuchInstantAfterTheStart(string start, string due) =>
        Assert.Equal(Pt.At(due), new WorkingDayTarget(0, WorkingDayMode.AtLocalTime) { At = new LocalTime(16, 0) }.DueFrom(BusinessCalendars.StarterHours, Pt.At(start)));

    [Fact]
    public void Describe_ReadsAsWords()
    {
        Assert.Equal("end of the working day", WorkingDayTarget.EndOfWorkingDay.Describe());
        Assert.Equal("16:00 on the next working day", WorkingDayTarget.NextWorkingDayAt(new LocalTime(16, 0)).Describe());
        Assert.Equal("same clock time on working day +3", new WorkingDayTarget(3, WorkingDayMode.SameLocalTime).Describe());
    }

    [Fact]
    public void Validator_NamesTheBadRuleByPath()
    {
        var policy = TicketLifePolicy.Default with
        {
            RelativeTargets =
            [
                new RelativeTargetRule(TicketClock.NextReply, WorkingDayTarget.EndOfWorkingDay),
                new RelativeTargetRule(TicketClock.FirstResponse, new WorkingDayTarget(400, WorkingDayMode.EndOfDay)),
                new RelativeTargetRule(TicketClock.FirstResponse, new WorkingDayTarget(1, (WorkingDayMode)9)),
            ],
        };
        var paths = TicketLifePolicy.Validate(policy).Errors.Select(e => e.PropertyName).ToArray();
        Assert.Equal(["relativeTargets[0].clock", "relativeTargets[1].days", "relativeTargets[2].mode"], paths);
    }
}
