using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tickets.TicketStatus;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>The §9.1 sample drawn from report tickets, and the response-time check decided by the SLA engine.</summary>
public sealed class QaSampleTests
{
    private static readonly ReportPeriod January = ReportPeriod.Month(new YearMonth(2026, 1), R.Zone);

    [Fact]
    public void Sample_ManualWeek_IsTenPercentOfTheMonthsResolvedTickets()
    {
        // The fixture resolves 41 + 41 tickets in January: ⌈8.2⌉ = 9 to review, all of them resolved in January.
        var tickets = ManualWeek.Tickets();
        Assert.Equal(82, QaAudit.ResolvedIn(tickets, January, SlaEvaluator.Default).Count());
        var sample = QaAudit.Sample(tickets, January, 2026, SlaEvaluator.Default, QaPolicy.Default);
        Assert.Equal(9, sample.Length);
        Assert.All(sample, t => Assert.Equal(Resolved, t.Ticket.Status));
        Assert.Equal(sample.ToArray(), QaAudit.Sample(tickets.Reverse(), January, 2026, SlaEvaluator.Default, QaPolicy.Default).ToArray());
    }

    [Fact]
    public void ResolvedIn_CountsTheMonthTheTicketWasResolvedIn_AndNotReopenedOnes()
    {
        ReportTicket[] tickets =
        [
            R.Resolved("jan31", "2026-01-31 10:00", "2026-01-31 23:59"),
            R.Resolved("feb1", "2026-01-31 10:00", "2026-02-01 00:00"),
            R.Ticket("reopened", Tier.Enterprise, Priority.High, "2026-01-05 10:00", "2026-01-05 10:00", ("2026-01-05 11:00", Resolved), ("2026-01-06 11:00", InProgress)),
            R.Ticket("closed", Tier.Enterprise, Priority.High, "2026-01-05 10:00", "2026-01-05 10:00", ("2026-01-05 11:00", Resolved), ("2026-02-02 11:00", Closed)),
        ];
        Assert.Equal(["jan31", "closed"], QaAudit.ResolvedIn(tickets, January, SlaEvaluator.Default).Select(t => t.Id).ToArray());
    }

    [Theory]
    [InlineData(60, true, "1h (SLA 4h) - Exceeds")] // §9.1 example: "Response time: 1 hour (SLA 4 hours) - Exceeds"
    [InlineData(120, true, "2h (SLA 4h) - Exceeds")]
    [InlineData(121, true, "2h 1m (SLA 4h) - Meets")]
    [InlineData(240, true, "4h (SLA 4h) - Meets")]
    [InlineData(241, false, "4h 1m (SLA 4h) - Missed")]
    public void ResponseCheck_IsDecidedOnTheSlaClock(int minutes, bool passed, string note)
    {
        var created = Sla.Pt.At("2026-01-26 09:00");
        var ticket = new ReportTicket
        {
            Ticket = new Ticket { Id = "1847", Tier = Tier.Professional, Priority = Priority.Medium, CreatedAt = created, FirstResponseAt = created + Duration.FromMinutes(minutes) },
        };
        var check = QaAudit.ResponseCheck(ticket, SlaEvaluator.Default, QaPolicy.Default);
        Assert.Equal((QaCriterion.ResponseTime, passed, note), (check.Criterion, check.Passed, check.Note));
    }

    [Fact]
    public void ResponseCheck_NoResponse_Fails()
    {
        var check = QaAudit.ResponseCheck(R.Ticket("x", Tier.Enterprise, Priority.High, "2026-01-26 09:00"), SlaEvaluator.Default, QaPolicy.Default);
        Assert.False(check.Passed);
        Assert.Equal("No first response (SLA 1h)", check.Note);
    }
}
