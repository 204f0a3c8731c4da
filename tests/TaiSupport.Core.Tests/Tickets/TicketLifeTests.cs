using System.Collections.Immutable;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>
/// A ticket's life worked by hand (manual §1.3, §2.2; D21–D29): the "Done when" examples, each asserted on the
/// clock's state, due and stop, plus the alerts and the next check.
/// </summary>
public sealed class TicketLifeTests
{
    private static readonly TicketLife Life = TicketLife.Default;

    private static Ticket Slack(string created, params TicketEvent[] events) =>
        Pt.Ticket(Tier.Professional, Priority.High, created) with { Channel = TicketChannel.Slack, Events = [.. events] };

    [Fact]
    public void SlackTicket_AcknowledgedByAHoldingReplyAtMinute14_AcknowledgeMetFirstResponseStillRunning()
    {
        // D22, D23: Friday 10:00 PST on professional-hours; "looking into this" at 10:14.
        var ticket = Slack("2026-03-06 10:00", TicketEvent.AgentReply(Pt.At("2026-03-06 10:14"), holding: true));
        var result = Life.Evaluate(ticket, Pt.At("2026-03-06 10:20"));

        var acknowledge = result.Find(TicketClock.Acknowledge)!;
        Assert.Equal(SlaState.Met, acknowledge.State);
        Assert.Equal(Pt.At("2026-03-06 10:15"), acknowledge.Due);
        Assert.Equal(Pt.At("2026-03-06 10:14"), acknowledge.StoppedAt);
        Assert.Equal(Duration.FromMinutes(14), acknowledge.Counted);

        var first = result.Find(TicketClock.FirstResponse)!;
        Assert.Equal(SlaState.Pending, first.State);
        Assert.Null(first.StoppedAt);
        Assert.Equal(Pt.At("2026-03-06 14:00"), first.Due);
        Assert.Null(result.Find(TicketClock.NextReply)); // D29 f: a holding reply is not a first response
        Assert.Equal(Pt.At("2026-03-06 13:30"), result.NextCheckAt);

        // D29 a: the acknowledge at-risk rung (−30 min of a 15-minute clock) fires at creation.
        var atRisk = Assert.Single(result.Alerts, a => a.Clock == TicketClock.Acknowledge);
        Assert.Equal((AlertLevel.AtRisk, Pt.At("2026-03-06 10:00"), true), (atRisk.Level, atRisk.At, atRisk.Fired));
    }

    [Fact]
    public void CustomerMessageUnanswered4BusinessHoursAcrossAWeekend_NextReplyBreached()
    {
        // D24: first response Friday 14:10; the customer writes at 16:00; Fri 16:00–18:00 + Mon 09:00–11:00 = 4 h.
        var ticket = Slack(
            "2026-03-06 14:00",
            TicketEvent.AgentReply(Pt.At("2026-03-06 14:10")),
            TicketEvent.CustomerMessage(Pt.At("2026-03-06 16:00")));

        var before = Life.Evaluate(ticket, Pt.At("2026-03-09 10:59")).Find(TicketClock.NextReply)!;
        Assert.Equal(SlaState.AtRisk, before.State);
        var result = Life.Evaluate(ticket, Pt.At("2026-03-09 11:30"));
        var next = result.Find(TicketClock.NextReply)!;
        Assert.Equal(SlaState.Breached, next.State);
        Assert.Equal(Pt.At("2026-03-09 11:00"), next.Due);
        Assert.Equal(Pt.At("2026-03-06 16:00"), next.StartedAt);
        Assert.Contains(result.Alerts, a => a.Clock == TicketClock.NextReply && a.Level == AlertLevel.Breach && a.At == Pt.At("2026-03-09 11:00") && a.Fired);
    }

    [Fact]
    public void NextReply_HoldingReplyIsAnUpdate_AndANewMessageStartsANewCycle()
    {
        var ticket = Slack(
            "2026-03-09 09:00",
            TicketEvent.AgentReply(Pt.At("2026-03-09 09:05")),
            TicketEvent.CustomerMessage(Pt.At("2026-03-09 10:00")),
            TicketEvent.CustomerMessage(Pt.At("2026-03-09 10:30")),
            TicketEvent.AgentReply(Pt.At("2026-03-09 11:00"), holding: true),
            TicketEvent.CustomerMessage(Pt.At("2026-03-09 12:00")));
        var result = Life.Evaluate(ticket, Pt.At("2026-03-09 13:00"));

        var first = result.Find(TicketClock.NextReply, 1)!;
        Assert.Equal((SlaState.Met, Pt.At("2026-03-09 11:00")), (first.State, first.StoppedAt));
        var second = result.Find(TicketClock.NextReply, 2)!;
        Assert.Equal((SlaState.Pending, Pt.At("2026-03-09 12:00"), Pt.At("2026-03-09 16:00")), (second.State, second.StartedAt, second.Due));
        Assert.Null(result.Find(TicketClock.NextReply, 3));
    }

    [Fact]
    public void EmailTicketArrivingFriday1710_MustBeAssignedByMonday0930()
    {
        // D25: the next inbox check after Friday 17:10 is Monday 09:00 (starter-hours days), due 30 minutes later.
        var ticket = Pt.Ticket(Tier.Starter, Priority.Medium, "2026-03-06 17:10");
        var open = Life.Evaluate(ticket, Pt.At("2026-03-07 12:00"));
        var assignment = open.Find(TicketClock.Assignment)!;
        Assert.Equal((SlaState.Pending, Pt.At("2026-03-09 09:30")), (assignment.State, assignment.Due));
        Assert.Equal(Pt.At("2026-03-09 09:00"), open.NextCheckAt);

        var assigned = ticket with { Events = [TicketEvent.Assigned(Pt.At("2026-03-09 09:20"), "Marcus")] };
        Assert.Equal(SlaState.Met, Life.Evaluate(assigned, Pt.At("2026-03-09 10:00")).Find(TicketClock.Assignment)!.State);
        Assert.Equal(SlaState.Breached, Life.Evaluate(ticket, Pt.At("2026-03-09 09:30")).Find(TicketClock.Assignment)!.State);
    }

    [Fact]
    public void EmailTicketAtA1500Check_IsDue1530_AndCriticalIs30MinutesAfterCreation()
    {
        var ticket = Pt.Ticket(Tier.Starter, Priority.Medium, "2026-03-04 15:00");
        Assert.Equal(Pt.At("2026-03-04 15:30"), Life.Evaluate(ticket, Pt.At("2026-03-04 15:00")).Find(TicketClock.Assignment)!.Due);
        var critical = Pt.Ticket(Tier.Starter, Priority.Critical, "2026-03-07 02:00");
        Assert.Equal(Pt.At("2026-03-07 02:30"), Life.Evaluate(critical, Pt.At("2026-03-07 02:10")).Find(TicketClock.Assignment)!.Due);
    }

    [Fact]
    public void AHolidayAddedAfterABreach_LeavesTheBreachStanding()
    {
        // D28: Starter Medium, Monday 2026-03-02 09:00; 8 business hours → due Monday 17:00; answered Tuesday 10:00: missed.
        var ticket = Pt.Ticket(Tier.Starter, Priority.Medium, "2026-03-02 09:00") with
        {
            Events = [TicketEvent.AgentReply(Pt.At("2026-03-03 10:00"))],
        };
        var withHoliday = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 3, 2))
            .Build();
        var edited = TicketLifePolicy.Default with
        {
            Sla = SlaPolicy.Default with { Calendars = SlaPolicy.Default.Calendars.SetItem(BusinessCalendars.StarterHoursId, withHoliday) },
        };
        var versions = new TicketLife([new(Instant.MinValue, TicketLifePolicy.Default), new(Pt.At("2026-03-10 00:00"), edited)]);
        var now = Pt.At("2026-03-12 12:00");

        var first = versions.Evaluate(ticket, now).Find(TicketClock.FirstResponse)!;
        Assert.Equal((SlaState.Missed, Pt.At("2026-03-02 17:00")), (first.State, first.Due));

        // Editing history instead (the edited calendar from the beginning of time) would turn the miss into a met clock.
        var rewritten = new TicketLife(edited).Evaluate(ticket, now).Find(TicketClock.FirstResponse)!;
        Assert.Equal(SlaState.Met, rewritten.State);
    }

    [Fact]
    public void FollowTheSun_HandedFromAUsToAnEuTeam_CountsEachTeamsHours()
    {
        var us = BusinessCalendar.For("America/Los_Angeles").OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var eu = BusinessCalendar.For("Europe/Berlin").OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var policy = TicketLifePolicy.Default with
        {
            Sla = SlaPolicy.Default with { Calendars = SlaPolicy.Default.Calendars.Add("us-hours", us).Add("eu-hours", eu) },
            CalendarChoice = CalendarChoice.OwningTeam,
            TeamCalendars = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("us", "us-hours"), KeyValuePair.Create("eu", "eu-hours")]),
        };

        // Monday 09:00 PDT to the US team; handed to the EU team at 16:00 PDT (Tuesday 00:00 in Berlin); now Tuesday 11:00 Berlin.
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-03-09 09:00") with
        {
            Events =
            [
                TicketEvent.Assigned(Pt.At("2026-03-09 09:00"), "Marcus", "us"),
                TicketEvent.Assigned(Pt.At("2026-03-09 16:00"), "Lena", "eu"),
            ],
        };
        var result = new TicketLife(policy).Evaluate(ticket, Pt.At("2026-03-10 03:00"));
        var resolution = result.Find(TicketClock.Resolution)!;
        Assert.Equal(Duration.FromHours(9), resolution.Counted);
        Assert.Equal(
            [new TeamShare("us", Duration.FromHours(7)), new TeamShare("eu", Duration.FromHours(2))],
            resolution.Teams.ToArray());

        // First response: 4 h of open time = US 09:00–13:00 Monday, whoever owns it later.
        Assert.Equal(Pt.At("2026-03-09 13:00"), result.Find(TicketClock.FirstResponse)!.Due);
    }

    [Fact]
    public void CustomerCalendar_ReplacesTheBusinessHoursCalendar_ButNotTheAlwaysClock()
    {
        var acme = BusinessCalendar.For("Europe/London").OpenWeekdays(new LocalTime(8, 0), new LocalTime(16, 0)).Build();
        var policy = TicketLifePolicy.Default with
        {
            Sla = SlaPolicy.Default with { Calendars = SlaPolicy.Default.Calendars.Add("acme-hours", acme) },
            CalendarChoice = CalendarChoice.Customer,
            CustomerCalendars = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("acme", "acme-hours")]),
        };
        var life = new TicketLife(policy);
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-03-09 00:00") with { Customer = "acme" }; // 07:00 London
        var first = life.Evaluate(ticket, Pt.At("2026-03-09 00:30")).Find(TicketClock.FirstResponse)!;
        Assert.Equal(("acme-hours", Pt.At("2026-03-09 05:00")), (first.Calendar, first.Due)); // 08:00–12:00 London
        var critical = life.Evaluate(ticket with { Priority = Priority.Critical }, Pt.At("2026-03-09 00:30")).Find(TicketClock.FirstResponse)!;
        Assert.Equal(BusinessCalendars.AlwaysId, critical.Calendar);
    }

    [Fact]
    public void ResolvedStopsEveryClock_AndAReopenResumesResolutionOnly()
    {
        // D26, D29 c, e.
        var ticket = Slack(
            "2026-03-09 09:00",
            TicketEvent.StatusChanged(Pt.At("2026-03-09 09:05"), TicketStatus.Resolved),
            TicketEvent.CustomerMessage(Pt.At("2026-03-09 09:10")),
            TicketEvent.StatusChanged(Pt.At("2026-03-09 10:00"), TicketStatus.Open));
        var result = Life.Evaluate(ticket, Pt.At("2026-03-09 11:00"));
        Assert.Equal((SlaState.Met, Pt.At("2026-03-09 09:05")), (result.Find(TicketClock.Acknowledge)!.State, result.Find(TicketClock.Acknowledge)!.StoppedAt));
        Assert.Equal(SlaState.Met, result.Find(TicketClock.FirstResponse)!.State);
        Assert.Null(result.Find(TicketClock.NextReply));
        var resolution = result.Find(TicketClock.Resolution)!;
        Assert.Equal((SlaState.Pending, Duration.FromMinutes(65)), (resolution.State, resolution.Counted));
    }

    [Fact]
    public void PriorityChange_RecomputesFromCreation()
    {
        // D29 d: Professional Medium on professional-hours becomes Critical on the 24/7 clock.
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-03-07 10:00") with
        {
            Events = [TicketEvent.PriorityChanged(Pt.At("2026-03-07 10:30"), Priority.Critical)],
        };
        var before = Life.Evaluate(ticket, Pt.At("2026-03-07 10:20"));
        Assert.Equal(Pt.At("2026-03-09 13:00"), before.Find(TicketClock.FirstResponse)!.Due);
        var after = Life.Evaluate(ticket, Pt.At("2026-03-07 10:40"));
        Assert.Equal((Priority.Critical, Pt.At("2026-03-07 11:00")), (after.Priority, after.Find(TicketClock.FirstResponse)!.Due));
    }

    [Fact]
    public void Rung_InBusinessTime_DeferredToTheNextOpening()
    {
        // D27: an at-risk rung 1 business hour before the due, deferred to starter-hours: no 2 a.m. warnings.
        var policy = TicketLifePolicy.Default with
        {
            Rungs =
            [
                new AlertRung("early", AlertLevel.AtRisk, Duration.FromHours(-1)) { Measure = OffsetMeasure.OpenTime, Clocks = [TicketClock.FirstResponse] },
                new AlertRung("late", AlertLevel.Notify, Duration.FromHours(3)) { DeferToCalendarId = BusinessCalendars.StarterHoursId, Clocks = [TicketClock.FirstResponse] },
            ],
        };
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-03-09 16:00"); // due Tuesday 11:00 (2 h Monday + 2 h Tuesday)
        var result = new TicketLife(policy).Evaluate(ticket, Pt.At("2026-03-09 16:30"));
        var early = Assert.Single(result.Alerts, a => a.Rule == "early");
        Assert.Equal(Pt.At("2026-03-10 10:00"), early.At);
        var late = Assert.Single(result.Alerts, a => a.Rule == "late");
        Assert.Equal(Pt.At("2026-03-10 14:00"), late.At);

        var night = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-03-09 20:00"); // always: due 21:00, +3 h = 00:00 → starter opens 09:00
        var deferred = Assert.Single(new TicketLife(policy).Evaluate(night, Pt.At("2026-03-09 20:00")).Alerts, a => a.Rule == "late");
        Assert.Equal(Pt.At("2026-03-10 09:00"), deferred.At);
    }

    [Fact]
    public void RungKeepsTheInstantItFiredAt_EvenWhenALaterPauseMovesTheDue()
    {
        // D29 b: resolution on always (Enterprise High, 8 h): at risk at 17:30; paused at 17:45 for an hour.
        // On Slack, with a next-reply cycle in between (whose stretches must not be mixed with the resolution's).
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-03-09 10:00") with
        {
            Channel = TicketChannel.Slack,
            Events =
            [
                TicketEvent.AgentReply(Pt.At("2026-03-09 10:10")),
                TicketEvent.CustomerMessage(Pt.At("2026-03-09 11:00")),
                TicketEvent.AgentReply(Pt.At("2026-03-09 11:30")),
                TicketEvent.StatusChanged(Pt.At("2026-03-09 17:45"), TicketStatus.WaitingOnCustomer),
                TicketEvent.StatusChanged(Pt.At("2026-03-09 18:45"), TicketStatus.InProgress),
            ],
        };
        var result = Life.Evaluate(ticket, Pt.At("2026-03-09 19:00"));
        var resolution = result.Find(TicketClock.Resolution)!;
        Assert.Equal(Pt.At("2026-03-09 19:00"), resolution.Due);
        var atRisk = Assert.Single(result.Alerts, a => a.Clock == TicketClock.Resolution && a.Level == AlertLevel.AtRisk);
        Assert.Equal(Pt.At("2026-03-09 17:30"), atRisk.At);
        Assert.Contains(result.Alerts, a => a.Clock == TicketClock.Resolution && a.Level == AlertLevel.Breach && a.At == Pt.At("2026-03-09 19:00") && a.Fired);
    }

    [Fact]
    public void InvalidEvents_AreNamedByPath()
    {
        var ticket = Pt.Ticket(Tier.Starter, Priority.Low, "2026-03-09 10:00") with
        {
            Events = [new TicketEvent { At = Pt.At("2026-03-09 09:00"), Type = TicketEventType.Assigned, Team = "eu" }],
        };
        var problems = Ticket.Validate(ticket).Errors.Select(e => e.PropertyName).ToList();
        Assert.Contains("events[0].at", problems);
        Assert.Contains("events[0].assignee", problems);
    }

    [Theory]
    [InlineData(TicketStatus.Resolved, false)]
    [InlineData(TicketStatus.WaitingOnCustomer, true)]
    public void StatusEventListedAfterACustomerMessageAtTheSameInstant_ReadAsKnownAtTheMessage(TicketStatus status, bool cycleStarts)
    {
        // D24: every status change at a customer message's instant is known there, wherever the list puts it. The
        // one-pass scan cannot see a status event listed after the message, so it hands over to the two passes; the
        // listing order must not change the answer.
        var at = Pt.At("2026-03-06 15:00");
        var after = Slack(
            "2026-03-06 14:00",
            TicketEvent.AgentReply(Pt.At("2026-03-06 14:10")),
            TicketEvent.CustomerMessage(at),
            TicketEvent.StatusChanged(at, status));
        var before = after with { Events = [after.Events[0], after.Events[2], after.Events[1]] };
        var now = Pt.At("2026-03-06 16:00");

        var listedAfter = Life.Evaluate(after, now);
        var listedBefore = Life.Evaluate(before, now);

        Assert.Equal(cycleStarts, listedAfter.Find(TicketClock.NextReply) is not null);
        Assert.All(listedAfter.Clocks, c => Assert.Empty(c.Teams));
        Assert.Equal(listedBefore.Clocks.Select(c => c with { Teams = default }), listedAfter.Clocks.Select(c => c with { Teams = default }));
        Assert.Equal(listedBefore.Alerts.Select(a => (a.Clock, a.Cycle, a.Rule, a.At, a.Fired)), listedAfter.Alerts.Select(a => (a.Clock, a.Cycle, a.Rule, a.At, a.Fired)));
        Assert.Equal(listedBefore.NextCheckAt, listedAfter.NextCheckAt);
        Assert.Equal(listedBefore.NextCheckAt, Life.NextCheckAt(after, now));
    }
}
