using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tests.Sla;

namespace TaiSupport.Core.Tests.Reporting;

public sealed class ReportTicketJsonTests
{
    [Fact]
    public void Read_ATaiSlaLineWithTheReportFields_ReadsThemAll()
    {
        var result = ReportTicketJson.Read(
            """{"id":1823,"tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T15:10:00-08:00","customer":"MegaCorp","subject":"API errors","csat":9,"tags":["API errors"],"escalations":[{"to":"engineering","at":"2026-01-26T15:40:00-08:00"}],"resolvedBy":"Sarah","needed":"Logs","statusNote":"Waiting","extra":"ignored"}""");
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        var ticket = result.Value!;
        Assert.Equal("1823", ticket.Id);
        Assert.Equal(("MegaCorp", "API errors", 9, "Sarah", "Logs", "Waiting"), (ticket.Customer, ticket.Subject, ticket.Csat, ticket.ResolvedBy, ticket.Needed, ticket.StatusNote));
        Assert.Equal(["API errors"], ticket.Tags.ToArray());
        Assert.Equal(new TicketEscalation("engineering", Pt.At("2026-01-26 15:40")), Assert.Single(ticket.Escalations));
    }

    [Fact]
    public void Read_ProblemsInTheTicketAndTheReportFields_AreAllReportedWithPaths()
    {
        var result = ReportTicketJson.Read(
            """{"id":"x","tier":"Gold","priority":"High","createdAt":"2026-01-26T15:10:00-08:00","csat":11,"tags":["ok",""],"escalations":[{"to":"engineering"},{"to":"finance","at":"2026-01-25T10:00:00-08:00","why":1}]}""");
        Assert.False(result.IsValid);
        Assert.Equal(
            ["$.csat", "$.escalations[0].at", "$.escalations[1].why", "$.tags[1]", "$.tier"],
            result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());

        var fixedTier = ReportTicketJson.Read(
            """{"id":"x","tier":"Starter","priority":"High","createdAt":"2026-01-26T15:10:00-08:00","csat":11,"tags":["ok",""],"escalations":[{"to":"finance","at":"2026-01-25T10:00:00-08:00"}]}""");
        Assert.Equal(
            ["$.csat", "$.escalations[0].at", "$.tags[1]"],
            fixedTier.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("must be a score from 0 to 10, got 11.", fixedTier.DescribeProblems());
        Assert.Contains("is before the ticket was created", fixedTier.DescribeProblems());
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        foreach (var ticket in DemoDay.Tickets())
        {
            Assert.Equal(ticket, ReportTicketJson.Read(ReportTicketJson.Write(ticket, R.Zone)).Value);
        }
    }

    [Fact]
    public void Read_NotAnObject_IsOneProblem()
    {
        var result = ReportTicketJson.Read("[1]");
        Assert.Equal("$", Assert.Single(result.Problems).PropertyName);
    }
}
