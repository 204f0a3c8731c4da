using System.Net;
using NodaTime.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>Bad requests get RFC 7807 problem details whose <c>errors</c> name each bad field.</summary>
public sealed class ProblemDetailsTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly HelpdeskHost host;
    private readonly HttpClient client;

    public ProblemDetailsTests()
    {
        host = new HelpdeskHost(database, new FakeClock(Instant.FromUtc(2026, 1, 27, 0, 45)));
        client = host.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        host.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task CreateTicket_MalformedJson_ProblemDetailsWithLineAndPosition()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body("{\"tier\": \"Starter\",\n \"subject\": "));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request body is not valid JSON.", problem.GetProperty("title").GetString());
        Assert.Equal("the file is not valid JSON at line 2, position 13.", problem.GetProperty("errors").GetProperty("$")[0].GetString());
    }

    [Fact]
    public async Task CreateTicket_UnknownEnumValue_NamesTheFieldAndTheAllowedValues()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body("""{"tier": "Gold", "subject": "Login fails"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["tier"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal("\"Gold\" is not a tier; use one of Starter, Professional, Enterprise.", errors.GetProperty("tier")[0].GetString());
    }

    [Fact]
    public async Task CreateTicket_EnumAsNumber_IsRejected()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body("""{"tier": 2, "subject": "Login fails"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("expected a string, got the number 2.", errors.GetProperty("tier")[0].GetString());
    }

    [Fact]
    public async Task CreateTicket_InvalidInstant_NamesTheField()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body(
            """{"tier": "Starter", "subject": "Login fails", "createdAt": "2026-02-30T09:00:00-08:00"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("is not a date-time with offset", errors.GetProperty("createdAt")[0].GetString());
    }

    [Fact]
    public async Task CreateTicket_InstantWithoutOffset_IsRejected()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body(
            """{"tier": "Starter", "subject": "Login fails", "createdAt": "2026-01-26T09:00:00"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("createdAt", out _));
    }

    [Fact]
    public async Task CreateTicket_SeveralMistakes_NamesEveryField()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body(
            """{"tier": "Gold", "teir": "Starter", "createdAt": "yesterday"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["createdAt", "subject", "teir", "tier"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("is required: a ticket needs a subject.", errors.GetProperty("subject")[0].GetString());
        Assert.Equal("\"yesterday\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z.",
            errors.GetProperty("createdAt")[0].GetString());
        Assert.Equal("unknown property 'teir'; expected one of: id, tier, subject, body, signals, priority, category, createdAt, assignee, channel, customer.",
            errors.GetProperty("teir")[0].GetString());
    }

    [Fact]
    public async Task CreateTicket_InTheFuture_IsRejected()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body(
            """{"tier": "Starter", "subject": "Login fails", "createdAt": "2026-01-27T00:45:01Z"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("is in the future", errors.GetProperty("createdAt")[0].GetString());
    }

    [Fact]
    public async Task CreateTicket_NotAnObject_ProblemDetails()
    {
        using var response = await client.PostAsync("/api/tickets", Api.Body("[1, 2]"));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("expected a new ticket object, got an array.", errors.GetProperty("$")[0].GetString());
    }

    [Fact]
    public async Task ChangeStatus_UnknownStatus_NamesTheField()
    {
        await client.PostOk("/api/tickets", """{"id": "T-1", "tier": "Starter", "subject": "Login fails"}""", HttpStatusCode.Created);

        using var response = await client.PostAsync("/api/tickets/T-1/status", Api.Body("""{"status": "Waiting"}"""));

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("\"Waiting\" is not a ticket status; use one of Open, InProgress, WaitingOnCustomer, Resolved, Closed.", errors.GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task ChangeStatus_UnknownTicket_NotFoundProblem()
    {
        using var response = await client.PostAsync("/api/tickets/T-404/status", Api.Body("""{"status": "InProgress"}"""));

        var problem = await AssertProblem(response, HttpStatusCode.NotFound);
        Assert.Equal("There is no ticket 'T-404'.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CreateTicket_DuplicateId_ConflictProblem()
    {
        await client.PostOk("/api/tickets", """{"id": "T-1", "tier": "Starter", "subject": "Login fails"}""", HttpStatusCode.Created);

        using var response = await client.PostAsync("/api/tickets", Api.Body("""{"id": "T-1", "tier": "Starter", "subject": "Again"}"""));

        await AssertProblem(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateTicket_NotJson_UnsupportedMediaTypeProblem()
    {
        using var response = await client.PostAsync("/api/tickets", new StringContent("tier=Starter"));

        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UnknownRoute_ProblemDetails()
    {
        using var response = await client.GetAsync("/api/nothing-here");

        await AssertProblem(response, HttpStatusCode.NotFound);
    }

    private static async Task<System.Text.Json.JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJson();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
