using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tickets.TicketStatus;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>Each metric of the daily dashboard and weekly report (manual §8.1, §8.2) on a small set worked by hand.</summary>
public sealed class SupportMetricsTests
{
    private static readonly ReportPeriod Monday = R.Day(R.Monday);

    private static SupportMetrics Day(IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident>? incidents = null, ReportPeriod? period = null, string? asOf = null, ReportPolicy? policy = null)
    {
        var p = period ?? Monday;
        return SupportMetrics.Compute(p, tickets, incidents ?? [], asOf is null ? p.End : Pt.At(asOf), SlaEvaluator.Default, policy ?? ReportPolicy.Default);
    }

    [Fact]
    public void Volume_NewResolvedInProgress_CountAsTheManualReads()
    {
        // §8.1 "TICKETS TODAY": new today; resolved today (whenever created); in progress = open at the end of the day.
        var metrics = Day(
        [
            R.Resolved("a", "2026-01-23 10:00", "2026-01-26 11:00"), // created Friday, resolved Monday
            R.Resolved("b", "2026-01-26 09:00", "2026-01-26 12:00"), // created and resolved Monday
            R.Ticket("c", Tier.Starter, Priority.Low, "2026-01-26 13:00"), // created Monday, open
            R.Ticket("d", Tier.Starter, Priority.Low, "2026-01-22 13:00"), // older backlog
            R.Resolved("e", "2026-01-27 09:00", "2026-01-27 10:00"), // Tuesday: not yet
        ]);
        Assert.Equal(2, metrics.New);
        Assert.Equal(2, metrics.ResolvedInPeriod);
        Assert.Equal(2, metrics.InProgress);
        Assert.Equal(1, metrics.NewResolved);
        Assert.Equal(1, metrics.NewStillOpen);
    }

    [Fact]
    public void ResolvedThenReopened_IsOpen_AndAReResolutionCountsWhenItHappens()
    {
        var ticket = R.Ticket("r", Tier.Enterprise, Priority.High, "2026-01-26 09:00", "2026-01-26 09:10",
            ("2026-01-26 10:00", Resolved), ("2026-01-26 11:00", InProgress), ("2026-01-27 10:00", Closed));
        Assert.Equal((0, 1), (Day([ticket]).ResolvedInPeriod, Day([ticket]).InProgress));
        var tuesday = Day([ticket], period: R.Day(R.Monday.PlusDays(1)));
        Assert.Equal((1, 0), (tuesday.ResolvedInPeriod, tuesday.InProgress));
    }

    [Fact]
    public void AverageTimeToClose_IsWallClockFromCreationToResolution()
    {
        // Created Friday 10:00, resolved Monday 10:00: 72 h wall-clock; plus one of 2 h → mean 37 h.
        var metrics = Day([R.Resolved("a", "2026-01-23 10:00", "2026-01-26 10:00"), R.Resolved("b", "2026-01-26 09:00", "2026-01-26 11:00")]);
        Assert.Equal(Duration.FromHours(37), metrics.AverageTimeToClose);
        Assert.Null(Day([]).AverageTimeToClose);
    }

    [Fact]
    public void Csat_AveragesTheDaysResolvedTickets_DetractorsAtSixOrBelow()
    {
        // §8.2 "Detractors": CSAT 0–6 (policy DetractorAtOrBelow = 6); 7 is not one.
        var metrics = Day(
        [
            R.Resolved("a", "2026-01-26 09:00", "2026-01-26 10:00") with { Csat = 9 },
            R.Resolved("b", "2026-01-26 09:00", "2026-01-26 10:00") with { Csat = 6 },
            R.Resolved("c", "2026-01-26 09:00", "2026-01-26 10:00") with { Csat = 7 },
            R.Resolved("d", "2026-01-26 09:00", "2026-01-26 10:00"),
            R.Ticket("e", Tier.Starter, Priority.Low, "2026-01-26 09:00") with { Csat = 0 }, // not resolved: not counted
        ]);
        Assert.Equal(22m / 3, metrics.AverageCsat);
        Assert.Equal(3, metrics.CsatResponses);
        Assert.Equal(1, metrics.Detractors);
    }

    [Fact]
    public void ResponseTime_IsMeasuredOnTheTicketsOwnSlaClock()
    {
        // Professional (09:00–18:00): created Friday 17:00, answered Monday 10:00 → 1 h Friday + 1 h Monday = 2 h of SLA
        // clock (65 h wall-clock), against its 4 h target. Enterprise answered after 30 min on the 24/7 clock.
        var metrics = Day(
        [
            R.Ticket("p", Tier.Professional, Priority.Medium, "2026-01-23 17:00", "2026-01-26 10:00"),
            R.Ticket("e", Tier.Enterprise, Priority.High, "2026-01-26 09:00", "2026-01-26 09:30"),
        ]);
        Assert.Equal(Duration.FromMinutes(75), metrics.FirstResponse.AverageTime);
        Assert.Equal(Duration.FromMinutes(150), metrics.FirstResponse.AverageTarget); // (4 h + 1 h) / 2
        Assert.Equal((2, 0, 2), (metrics.FirstResponse.Met, metrics.FirstResponse.Missed, metrics.FirstResponse.Timed));
    }

    [Fact]
    public void ResolutionTime_IsCountedClockTime_WithoutTheWaitOnTheCustomer()
    {
        // Professional created Monday 09:00; waits on the customer 11:00–15:00; resolved 16:00 → 2 h + 1 h = 3 h counted (D7),
        // 7 h wall-clock to close.
        var metrics = Day([R.Ticket("p", Tier.Professional, Priority.Medium, "2026-01-26 09:00", "2026-01-26 09:30",
            ("2026-01-26 11:00", WaitingOnCustomer), ("2026-01-26 15:00", InProgress), ("2026-01-26 16:00", Resolved))]);
        Assert.Equal(Duration.FromHours(3), metrics.Resolution.AverageTime);
        Assert.Equal(Duration.FromHours(18), metrics.Resolution.AverageTarget);
        Assert.Equal(Duration.FromHours(7), metrics.AverageTimeToClose);
        Assert.Equal(1, metrics.Resolution.Met);
    }

    [Fact]
    public void SlaCompliance_CountsEachClockOnceInThePeriodItWasDecided()
    {
        // Professional created Monday 17:00, never answered: 1 h Monday + 3 h Tuesday → first response due Tuesday 12:00.
        // Monday: still running, so undecided (n/a). Tuesday: breached at 12:00 → one miss, and an action item.
        var late = R.Ticket("late", Tier.Professional, Priority.Medium, "2026-01-26 17:00");
        var ok = R.Ticket("ok", Tier.Starter, Priority.Low, "2026-01-26 10:00", "2026-01-26 11:00");
        var monday = Day([late, ok]);
        Assert.Equal((1, 0), (monday.FirstResponse.Met, monday.FirstResponse.Missed));
        Assert.Equal(100m, monday.FirstResponse.MetPercent);
        Assert.Empty(monday.Misses);

        var tuesday = Day([late, ok], period: R.Day(R.Monday.PlusDays(1)));
        Assert.Equal((0, 1), (tuesday.FirstResponse.Met, tuesday.FirstResponse.Missed));
        Assert.Equal(0m, tuesday.FirstResponse.MetPercent);
        var miss = Assert.Single(tuesday.Misses);
        Assert.Equal(new SlaMiss("late", SlaClockKind.FirstResponse, Pt.At("2026-01-27 12:00"), SlaState.Breached), miss);
        Assert.Equal(miss, Assert.Single(tuesday.Overdue));

        // Made at 11:59 on Tuesday, the dashboard does not see the breach yet; at 12:00 it does.
        Assert.Empty(Day([late], period: R.Day(R.Monday.PlusDays(1)), asOf: "2026-01-27 11:59").Misses);
        Assert.Single(Day([late], period: R.Day(R.Monday.PlusDays(1)), asOf: "2026-01-27 12:00").Misses);
    }

    [Fact]
    public void SlaCompliance_ResponseExactlyAtTheDueIsMet_AMinuteLaterMissed()
    {
        var atDue = R.Ticket("a", Tier.Enterprise, Priority.High, "2026-01-26 09:00", "2026-01-26 10:00", ("2026-01-26 10:30", Resolved));
        var late = R.Ticket("b", Tier.Enterprise, Priority.High, "2026-01-26 09:00", "2026-01-26 10:01", ("2026-01-26 10:30", Resolved));
        var metrics = Day([atDue, late]);
        Assert.Equal((1, 1), (metrics.FirstResponse.Met, metrics.FirstResponse.Missed));
        Assert.Equal(50m, metrics.FirstResponse.MetPercent);
        Assert.Equal(SlaState.Missed, Assert.Single(metrics.Misses).State);
        Assert.Empty(metrics.Overdue);
    }

    [Fact]
    public void SlaMetPercent_CombinesBothClocks()
    {
        // Enterprise: answered in time, resolved after 9 h (target 8 h): 1 of 2 clocks met.
        var metrics = Day([R.Ticket("a", Tier.Enterprise, Priority.High, "2026-01-26 08:00", "2026-01-26 08:30", ("2026-01-26 17:00", Resolved))]);
        Assert.Equal(50m, metrics.SlaMetPercent);
        Assert.Equal(new SlaMiss("a", SlaClockKind.Resolution, Pt.At("2026-01-26 16:00"), SlaState.Missed), Assert.Single(metrics.Misses));
    }

    [Fact]
    public void Escalations_CountByDestinationInThePeriod_AndListThoseStillOpen()
    {
        var open = R.Ticket("open", Tier.Starter, Priority.Low, "2026-01-26 09:00") with
        {
            Escalations = [new TicketEscalation("engineering", Pt.At("2026-01-26 10:00")), new TicketEscalation("legal", Pt.At("2026-01-26 11:00"))],
        };
        var closed = R.Resolved("closed", "2026-01-23 09:00", "2026-01-26 12:00") with
        {
            Escalations = [new TicketEscalation("engineering", Pt.At("2026-01-23 10:00")), new TicketEscalation("vpProduct", Pt.At("2026-01-26 10:00"))],
        };
        var metrics = Day([open, closed]);
        Assert.Equal(
            [new("engineering", "engineering", 1), new("vpProduct", "VP Product", 1), new("finance", "Finance", 0), new DestinationCount("legal", "legal", 1)],
            metrics.Escalations.ToArray());
        Assert.Equal(["open → engineering", "open → legal"], metrics.OngoingEscalations.Select(e => $"{e.TicketId} → {e.To}").ToArray());
    }

    [Fact]
    public void Incidents_P1CountMttrCustomersAndStatusUpdates()
    {
        // §8.1 "INCIDENTS". A P1 from 10:00 to 10:42 today, a P2 from Sunday 22:00 resolved today 00:00, a P3 still open.
        ReportIncident[] incidents =
        [
            new("p1", Core.Incidents.IncidentLevel.P1, Pt.At("2026-01-26 10:00"))
            {
                ResolvedAt = Pt.At("2026-01-26 10:42"), CustomersAffected = 12,
                StatusPageUpdates = [Pt.At("2026-01-26 10:05"), Pt.At("2026-01-26 10:20"), Pt.At("2026-01-26 10:40")],
            },
            new("p2", Core.Incidents.IncidentLevel.P2, Pt.At("2026-01-25 22:00")) { ResolvedAt = Pt.At("2026-01-26 00:00"), CustomersAffected = 3, StatusPageUpdates = [Pt.At("2026-01-25 22:10")] },
            new("p3", Core.Incidents.IncidentLevel.P3, Pt.At("2026-01-26 15:00")) { CustomersAffected = 1 },
        ];
        var summary = Day([], incidents).Incidents;
        Assert.Equal(new IncidentSummary(2, 1, 2, Duration.FromMinutes(81), 13, 3, ["p3"]), summary); // MTTR (42 + 120) / 2
    }

    [Fact]
    public void TagsAndResolvers_AreCountedAndOrderedWithTies()
    {
        var metrics = Day(
        [
            R.Resolved("a", "2026-01-26 09:00", "2026-01-26 10:00") with { Tags = ["webhooks", "billing", "webhooks"], ResolvedBy = "Marcus" },
            R.Resolved("b", "2026-01-26 09:00", "2026-01-26 10:00") with { Tags = ["billing"], Ticket = R.Resolved("b", "2026-01-26 09:00", "2026-01-26 10:00").Ticket with { Assignee = "Jessica" } },
            R.Resolved("c", "2026-01-26 09:00", "2026-01-26 10:00") with { Tags = ["auth"], ResolvedBy = "Jessica" },
            R.Resolved("old", "2026-01-23 09:00", "2026-01-23 10:00") with { Tags = ["auth"], ResolvedBy = "Sarah" },
        ]);
        Assert.Equal([new("billing", 2), new("auth", 1), new TagCount("webhooks", 1)], metrics.Tags.ToArray());
        Assert.Equal([new("Jessica", 2), new PersonCount("Marcus", 1)], metrics.Resolvers.ToArray());
        Assert.Equal(["Jessica", "Marcus"], metrics.ActiveStaff.ToArray());
    }

    [Theory]
    [InlineData(5, "2026-01-20", 5)]
    [InlineData(4, "2026-01-21", 4)]
    public void AveragePerDay_DividesByTheWeeksWorkingDays_HolidaysExcluded(int workingDays, string holiday, int expected)
    {
        var policy = ReportPolicy.Default with { Holidays = workingDays == 5 ? [] : [NodaTime.Text.LocalDatePattern.Iso.Parse(holiday).Value] };
        var week = ReportPeriod.Week(R.Monday.PlusDays(-4), R.Zone, IsoDayOfWeek.Monday); // Jan 19–25
        var tickets = Enumerable.Range(0, 47).Select(i => R.Ticket($"t{i}", Tier.Starter, Priority.Low, "2026-01-20 10:00"));
        var metrics = Day(tickets, period: week, policy: policy);
        Assert.Equal(expected, metrics.WorkingDays);
        Assert.Equal(47m / expected, metrics.AveragePerDay);
    }
}
