using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>The ticket JSON format (issue 3 §5 input line, docs/sla.md) and its error messages.</summary>
public sealed class TicketJsonTests
{
    private const string IssueExample = """
        {"id":"T-1823","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T16:45:00-08:00",
         "firstResponseAt":null,
         "statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}]}
        """;

    [Fact]
    public void Read_TheIssueExample_BuildsTheTicket()
    {
        var result = TicketJson.Read(IssueExample);
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        var ticket = result.Value!;
        Assert.Equal("T-1823", ticket.Id);
        Assert.Equal(Tier.Enterprise, ticket.Tier);
        Assert.Equal(Priority.Critical, ticket.Priority);
        Assert.Equal(Category.Other, ticket.Category); // absent → Other
        Assert.Equal(Pt.At("2026-01-26 16:45"), ticket.CreatedAt);
        Assert.Null(ticket.FirstResponseAt);
        Assert.Equal([new StatusChange(Pt.At("2026-01-26 16:50"), TicketStatus.WaitingOnCustomer)], ticket.StatusChanges.ToArray());
    }

    [Fact]
    public void Read_TheManualsSpellings_AreUnderstood()
    {
        // §2.2 writes "CRITICAL", "Waiting on Customer", "User Misconfiguration", "Third-Party".
        var result = TicketJson.Read("""
            {"id":42,"tier":"enterprise","priority":"CRITICAL","category":"platform","createdAt":"2026-01-27T00:45:00Z",
             "statusChanges":[{"at":"2026-01-27T00:50:00Z","status":"Waiting on Customer"},{"at":"2026-01-27T01:00:00Z","status":"in progress"}],
             "rootCause":"Third-Party","assignee":"sarah","resolutionSummary":"Fixed.","subject":"ignored"}
            """);
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        var ticket = result.Value!;
        Assert.Equal("42", ticket.Id);
        Assert.Equal(Category.Platform, ticket.Category);
        Assert.Equal(TicketStatus.WaitingOnCustomer, ticket.StatusChanges[0].Status);
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
        Assert.Equal(RootCause.ThirdParty, ticket.RootCause);
        Assert.Equal("sarah", ticket.Assignee);
    }

    [Fact]
    public void Read_ManyMistakes_ReportsEveryOneWithItsPath()
    {
        var result = TicketJson.Read("""
            {"tier":"Gold","priority":3,"createdAt":"2026-01-26 16:45","firstResponseAt":"yesterday",
             "statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"Sleeping"},{"status":"Open"},"Closed"],
             "rootCause":"Gremlins"}
            """);
        Assert.False(result.IsValid);
        var byPath = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Contains("is required", byPath["$.id"]);
        Assert.Equal("\"Gold\" is not a tier; use one of Starter, Professional, Enterprise.", byPath["$.tier"]);
        Assert.Equal("expected a string, got the number 3.", byPath["$.priority"]);
        Assert.Contains("\"2026-01-26 16:45\" is not a date-time with offset", byPath["$.createdAt"]);
        Assert.Contains("\"yesterday\" is not a date-time with offset", byPath["$.firstResponseAt"]);
        Assert.Contains("\"Sleeping\" is not a ticket status", byPath["$.statusChanges[0].status"]);
        Assert.Equal("is required.", byPath["$.statusChanges[1].at"]);
        Assert.Contains("expected a status change object", byPath["$.statusChanges[2]"]);
        Assert.Contains("\"Gremlins\" is not a root cause", byPath["$.rootCause"]);
        Assert.Equal(9, result.Problems.Count);
    }

    [Fact]
    public void Read_StatusChangesOutOfOrderAndAResponseBeforeCreation_AreTheValidatorsProblemsWithJsonPaths()
    {
        var result = TicketJson.Read("""
            {"id":"T-2","tier":"Starter","priority":"Low","createdAt":"2026-01-26T10:00:00-08:00","firstResponseAt":"2026-01-26T09:00:00-08:00",
             "statusChanges":[{"at":"2026-01-26T12:00:00-08:00","status":"InProgress"},{"at":"2026-01-26T11:00:00-08:00","status":"Resolved"}]}
            """);
        var byPath = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Contains("before the ticket was created", byPath["$.firstResponseAt"]);
        Assert.Contains("before the previous change (statusChanges[0]", byPath["$.statusChanges[1].at"]);
        Assert.Equal(2, byPath.Count);
    }

    [Fact]
    public void Read_NotAnObjectOrNotJson_SaysSo()
    {
        Assert.Equal("expected a ticket object, got an array.", TicketJson.Read("[1]").Problems.Single().ErrorMessage);
        Assert.Contains("not valid JSON", TicketJson.Read("{\"id\":").Problems.Single().ErrorMessage);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameTicket()
    {
        var ticket = Pt.Ticket(Tier.Professional, Priority.High, "2026-03-06 16:30", ("2026-03-09 09:30", TicketStatus.InProgress)) with
        {
            FirstResponseAt = Pt.At("2026-03-09 09:15"),
            RootCause = RootCause.ProductBug,
            Assignee = "jessica",
            ResolutionSummary = "Patched the \"retry\" loop.",
        };
        var json = TicketJson.Write(ticket, DateTimeZoneProviders.Tzdb["America/Los_Angeles"]);
        Assert.Contains("\"createdAt\":\"2026-03-06T16:30:00-08:00\"", json);
        Assert.Contains("\"at\":\"2026-03-09T09:30:00-07:00\"", json);
        Assert.DoesNotContain('\n', json);
        Assert.Equal(ticket, TicketJson.Read(json).Value);
        Assert.Contains("\"firstResponseAt\":null", TicketJson.Write(ticket with { FirstResponseAt = null }));
    }
}
