using System.Net;
using System.Net.Http.Headers;
using NodaTime.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// Sign-in and roles (issue 18): no credentials → 401, a viewer changing priority → 403, an agent back-dating → 403,
/// each change records its actor; cookies for people, API keys or bearer tokens for programs; host filtering,
/// JSON-only writes, security headers and the rate limit.
/// </summary>
public sealed class AuthTests : IDisposable
{
    private readonly Scenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Theory]
    [InlineData("GET", "/api/queue")]
    [InlineData("GET", "/api/tickets")]
    [InlineData("GET", "/api/tickets/T-1")]
    [InlineData("POST", "/api/tickets")]
    [InlineData("PUT", "/api/tickets/T-1/priority")]
    [InlineData("GET", "/api/oncall")]
    [InlineData("GET", "/api/notifications")]
    public async Task NoCredentials_Answers401(string method, string url)
    {
        using var client = scenario.Host.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : Api.Body("{}") };

        using var response = await client.SendAsync(request);

        await NoServerErrorTests.AssertProblem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownKey_Answers401_AndTheStaticPageStillLoads()
    {
        using var client = scenario.Host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-key");

        using var api = await client.GetAsync("/api/queue");
        using var page = await scenario.Host.Anonymous().GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task BearerToken_AuthenticatesLikeTheKey()
    {
        using var client = scenario.Host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HelpdeskHost.KeyOf("agent"));

        var ticket = await client.PostOk("/api/tickets", """{"tier":"Starter","subject":"x"}""", HttpStatusCode.Created);

        Assert.Equal("arun", ticket.GetProperty("changes")[0].GetProperty("actor").GetString());
    }

    [Theory]
    [InlineData("viewer", "priority", """{"priority":"Low"}""")]
    [InlineData("viewer", "tier", """{"tier":"Starter"}""")]
    [InlineData("agent", "priority", """{"priority":"Low"}""")]
    [InlineData("agent", "tier", """{"tier":"Starter"}""")]
    public async Task PriorityAndTier_ByViewerOrAgent_Answer403AndChangeNothing(string role, string field, string body)
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Enterprise","subject":"x","priority":"High"}""", HttpStatusCode.Created);
        using var client = scenario.Host.As(role);

        using var response = await client.PutAsync($"/api/tickets/T-1/{field}", Api.Body(body));

        await NoServerErrorTests.AssertProblem(response, HttpStatusCode.Forbidden);
        Assert.Equal(["High", "Enterprise"], new[] { "priority", "tier" }.Select(c => (string)scenario.Row($"SELECT {c} FROM tickets WHERE id = 'T-1'")[c]!));
    }

    [Fact]
    public async Task Viewer_CannotCreateOrChangeStatus_ButReads()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Enterprise","subject":"x"}""", HttpStatusCode.Created);
        using var viewer = scenario.Host.As("viewer");

        using var create = await viewer.PostAsync("/api/tickets", Api.Body("""{"tier":"Starter","subject":"x"}"""));
        using var status = await viewer.PostAsync("/api/tickets/T-1/status", Api.Body("""{"status":"InProgress"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        Assert.Single((await viewer.GetOk("/api/queue")).GetProperty("tickets").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/tickets/T-1/status", """{"status":"InProgress","at":"2026-01-26T16:00:00-08:00"}""")]
    [InlineData("/api/tickets/T-1/first-response", """{"at":"2026-01-26T16:00:00-08:00"}""")]
    [InlineData("/api/tickets", """{"tier":"Starter","subject":"x","createdAt":"2026-01-26T09:00:00-08:00"}""")]
    public async Task BackDating_ByAnAgent_Answers403(string url, string body)
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Enterprise","subject":"x","createdAt":"2026-01-26T15:00:00-08:00"}""", HttpStatusCode.Created);
        using var agent = scenario.Host.As("agent");

        using var response = await agent.PostAsync(url, Api.Body(body));

        await NoServerErrorTests.AssertProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task EveryChange_RecordsItsActor()
    {
        using var agent = scenario.Host.As("agent");
        await agent.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"x"}""", HttpStatusCode.Created);
        scenario.Clock.Advance(Duration.FromMinutes(5));
        await agent.PostOk("/api/tickets/T-1/first-response", "{}");
        await agent.PostOk("/api/tickets/T-1/status", """{"status":"InProgress"}""");
        await scenario.Client.PutOk("/api/tickets/T-1/priority", """{"priority":"Critical"}""");

        var changes = (await scenario.Host.As("viewer").GetOk("/api/tickets/T-1")).GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("field").GetString()}:{c.GetProperty("actor").GetString()}");

        Assert.Equal(["created:arun", "firstResponseAt:arun", "status:arun", "priority:lena"], changes);
        Assert.Equal(4, scenario.Count("SELECT COUNT(*) FROM ticket_changes WHERE ticket_id = 'T-1' AND actor IS NOT NULL"));
    }

    [Fact]
    public async Task SignIn_WithPassword_SetsACookieThatAuthenticates()
    {
        using var client = scenario.Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        client.DefaultRequestHeaders.Remove("X-Api-Key");

        using var wrong = await client.PostAsync("/api/session", Api.Body("""{"name":"arun","password":"nope"}"""));
        using var before = await client.GetAsync("/api/queue");
        var session = await client.PostOk("/api/session", """{"name":"arun","password":"arun-password"}""");
        var created = await client.PostOk("/api/tickets", """{"tier":"Starter","subject":"x"}""", HttpStatusCode.Created);
        using var signOut = await client.DeleteAsync("/api/session");
        using var after = await client.GetAsync("/api/queue");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal("agent", session.GetProperty("role").GetString());
        Assert.Equal("arun", created.GetProperty("changes")[0].GetProperty("actor").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Write_WithoutJsonContentType_Answers415(string? contentType)
    {
        using var content = new ByteArrayContent("""{"tier":"Starter","subject":"x"}"""u8.ToArray());
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await scenario.Client.PostAsync("/api/tickets", content);

        await NoServerErrorTests.AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, scenario.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task ForeignHost_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/queue");
        request.Headers.Host = "attacker.example";

        using var response = await scenario.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesSecurityHeaders()
    {
        foreach (var url in new[] { "/", "/api/queue", "/api/nothing" })
        {
            using var response = await scenario.Client.GetAsync(url);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task RateLimit_Answers429PerClient()
    {
        using var database = new TempDatabase();
        using var host = new HelpdeskHost(database, new FakeClock(Scenario.T0), settings: new Dictionary<string, string> { ["Helpdesk:RateLimitPerSecond"] = "2" });
        using var client = host.CreateClient();
        using var other = host.As("viewer");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync("/api/queue");
            statuses.Add(response.StatusCode);
        }

        using var otherClient = await other.GetAsync("/api/queue");

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }
}
