using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>The end-of-day hand-off (§1.4) and the morning standup (§1.1).</summary>
public sealed class HandoffTests
{
    private static HandoffNote Monday(string? owner = null) =>
        Handoff.Build(DemoDay.Tickets(), Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default, owner);

    [Fact]
    public void Build_DemoDay_ListsTheTicketsDueBeforeTenTomorrow_InTheManualsFormat()
    {
        // §1.4: at 17:00 PT hand off the tickets approaching an SLA miss. The next working morning is Tuesday 09:00, its
        // first hour ends 10:00. #1835's first response is long overdue; #1823 waits on the customer with 6 h 40 min of its
        // 8 h resolution left (due 23:40 if they reply now); #1832's first response is due Tuesday 09:50. #1836 (due
        // Tuesday 11:00 and later) and the resolved tickets stay off.
        var note = Monday("Marcus");
        Assert.Equal(Pt.At("2026-01-27 09:00"), note.NextMorning);
        Assert.Equal(Pt.At("2026-01-27 10:00"), note.Horizon);
        Assert.Equal(["1835", "1823", "1832"], note.Items.Select(i => i.Ticket.Id).ToArray());
        Assert.Equal(
            """
            @support-next-day
            Ticket #1835: Hooli (Professional) - HIGH Dashboard blank
            Needed: First response to the customer
            SLA Due: 2:00 PM PT (Friday), first response, OVERDUE
            Current status: Open
            Assigned to: Marcus (rotation next day)

            Ticket #1823: MegaCorp (Enterprise) - CRITICAL API errors
            Needed: Engineering investigation on query timeouts
            SLA Due: 11:40 PM PT (today), resolution, if the customer replies now (paused: waiting on customer)
            Current status: Waiting on customer's last 100 API logs (sent request at 4:30 PM)
            Assigned to: Marcus (rotation next day)

            Ticket #1832: Initech (Professional) - MEDIUM CSV import fails
            Needed: First response to the customer
            SLA Due: 9:50 AM PT (next day), first response
            Current status: Open
            Assigned to: Marcus (rotation next day)

            """.ReplaceLineEndings("\n"),
            note.ToText());
        Assert.Equal(3, note.Trace.Length);
        Assert.Contains("before 10:00 AM PT Tuesday, January 27, 2026", note.Trace[2].Reason);
    }

    [Theory]
    [InlineData("2026-01-26 14:59", true)]  // 4 business hours → Tuesday 09:59, inside the first hour
    [InlineData("2026-01-26 15:00", false)] // → Tuesday 10:00 exactly: not before the end of the first hour
    public void Build_DueAtTheEndOfTheFirstHour_IsNotHandedOff_AMinuteEarlierIs(string created, bool listed)
    {
        var ticket = R.Ticket("p", Tier.Professional, Priority.Medium, created);
        var note = Handoff.Build([ticket], Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(listed, !note.Items.IsEmpty);
    }

    [Fact]
    public void Build_OnFriday_HandsOffToMondayMorning_AndWithoutOwnerShowsTheAssignee()
    {
        // Friday 17:00 → next morning Monday 09:00, first hour to 10:00. A Professional ticket from Friday 16:00 has 4 h =
        // 2 h Friday (16–18) + 2 h Monday → due Monday 11:00: not handed off. An Enterprise ticket from 16:55 is due 17:55
        // Friday on the 24/7 clock: handed off.
        var enterprise = R.Ticket("e", Tier.Enterprise, Priority.High, "2026-01-23 16:55");
        var professional = R.Ticket("p", Tier.Professional, Priority.Medium, "2026-01-23 16:00");
        var note = Handoff.Build([enterprise with { Ticket = enterprise.Ticket with { Assignee = "Sarah" } }, professional], Pt.At("2026-01-23 17:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(Pt.At("2026-01-26 09:00"), note.NextMorning);
        Assert.Equal("e", Assert.Single(note.Items).Ticket.Id);
        Assert.Contains("Assigned to: Sarah\n", note.ToText());
        Assert.Contains("SLA Due: 5:55 PM PT (today), first response\n", note.ToText());
    }

    [Fact]
    public void NextMorning_SkipsWeekendsAndHolidays_AndIsTodayBeforeNine()
    {
        var policy = ReportPolicy.Default with { Holidays = [new LocalDate(2026, 1, 27)] };
        Assert.Equal(Pt.At("2026-01-28 09:00"), Handoff.NextMorning(Pt.At("2026-01-26 17:00"), policy));
        Assert.Equal(Pt.At("2026-01-26 09:00"), Handoff.NextMorning(Pt.At("2026-01-26 08:59"), ReportPolicy.Default));
        Assert.Equal(Pt.At("2026-01-27 09:00"), Handoff.NextMorning(Pt.At("2026-01-26 09:00"), ReportPolicy.Default));
    }

    [Fact]
    public void Build_NothingDue_SaysSo()
    {
        var note = Handoff.Build([], Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal("@support-next-day\nNo tickets reach an SLA due before 10:00 AM PT Tuesday, January 27, 2026.\n", note.ToText());
    }

    [Fact]
    public void Standup_DemoDay_CallsOutOvernightCriticalHigh_CloseToMiss_Misses_Escalations_Incidents()
    {
        // §1.1 at Tuesday 09:00: overnight is Monday 18:00 – Tuesday 09:00 (1840 at 22:15, 1841 at 07:30).
        var summary = Standup.Build(DemoDay.Tickets(), DemoDay.Incidents(), Pt.At("2026-01-27 09:00"), SlaEvaluator.Default, ReportPolicy.Default, "Marcus");
        Assert.Equal(Pt.At("2026-01-26 18:00"), summary.OvernightFrom);
        Assert.Equal(2, summary.OvernightTickets);
        Assert.Equal(["1840"], summary.NeedsAttention.Select(i => i.Ticket.Id).ToArray()); // High; 1841 is Low
        Assert.Equal(["1832 FirstResponse", "1835 Resolution"], summary.CloseToMiss.Select(i => $"{i.Ticket.Id} {i.Clock}").ToArray()); // due 09:50, 10:00 < 11:00
        Assert.Equal(["1835 FirstResponse", "1840 FirstResponse", "1840 Resolution"], summary.Missed.Select(i => $"{i.Ticket.Id} {i.Clock}").ToArray());
        Assert.Equal(["1831 finance", "1823 engineering"], summary.PriorDayEscalations.Select(e => $"{e.Ticket.Id} {e.Escalation.To}").ToArray());
        Assert.Equal("INC-43", Assert.Single(summary.OpenIncidents).Id);
        var text = summary.ToText();
        Assert.StartsWith("#support-standup: Tuesday, January 27, 2026, 9:00 AM PT\n\nOVERNIGHT (6:00 PM PT Monday to 9:00 AM PT): 2 new tickets\n", text);
        Assert.Contains("CRITICAL/HIGH NEEDING ATTENTION: 1\n└─ #1840: Stark (Enterprise) - HIGH Webhook outage - due 11:15 PM PT (yesterday), first response, OVERDUE\n", text);
        Assert.Contains("CLOSE TO SLA MISS (due by 11:00 AM PT): 2\n", text);
        Assert.EndsWith("PRIMARY SUPPORT OWNER TODAY: Marcus\n", text);
    }

    [Theory]
    [InlineData("2026-01-26 15:59", true)]  // Professional, 4 business hours: 2 h 01 min Monday + 1 h 59 min → Tuesday 10:59
    [InlineData("2026-01-26 16:00", false)] // → Tuesday 11:00 exactly: not within the 2 hours after the 09:00 standup
    public void Standup_CloseToMiss_IsStrictlyWithinTwoHours(string created, bool close)
    {
        var ticket = R.Ticket("p", Tier.Professional, Priority.Medium, created);
        var summary = Standup.Build([ticket], [], Pt.At("2026-01-27 09:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(close, !summary.CloseToMiss.IsEmpty);
        Assert.Equal(close, summary.Trace.Any(t => t.Rule == "standup.close-to-miss" && t.Reason.Contains("first response due 10:59 AM PT, within 2h")));
    }

    [Fact]
    public void PreviousWorkingDay_OfMonday_IsFriday()
    {
        Assert.Equal(new LocalDate(2026, 1, 23), Standup.PreviousWorkingDay(new LocalDate(2026, 1, 26), ReportPolicy.Default));
        var mondayStandup = Standup.Build([], [], Pt.At("2026-01-26 09:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(Pt.At("2026-01-23 18:00"), mondayStandup.OvernightFrom);
    }

    [Theory]
    [InlineData("2026-01-26 18:00", 1)]
    [InlineData("2026-01-26 17:59", 0)]
    public void Standup_Overnight_StartsAtSixPmOnThePreviousWorkingDay(string created, int attention)
    {
        // §1.1 "Review overnight tickets (6 PM - 9 AM PT): Any CRITICAL/HIGH that need attention?"
        var ticket = R.Ticket("h", Tier.Starter, Priority.High, created);
        var summary = Standup.Build([ticket], [], Pt.At("2026-01-27 09:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(attention, summary.NeedsAttention.Length);
        Assert.Equal(attention, summary.OvernightTickets);
    }
}
