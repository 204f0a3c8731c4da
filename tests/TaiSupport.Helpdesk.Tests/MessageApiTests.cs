using System.Net;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>The conversation (D21 events): replies, holding replies and internal notes, with their actors; D23 first response.</summary>
public class MessageApiTests : IDisposable
{
    private readonly Scenario scenario;

    public MessageApiTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected MessageApiTests(string provider) => scenario = new(provider: provider);

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task HoldingReplyAndNote_DoNotCountAsFirstResponse_ThePublicReplyDoes()
    {
        using var agent = scenario.Host.As("agent");
        await agent.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"x"}""", HttpStatusCode.Created);
        scenario.Clock.Advance(Duration.FromMinutes(3));
        var afterHolding = await agent.PostOk("/api/tickets/T-1/messages", """{"kind":"agentReply","text":"Looking into this.","holding":true}""");
        var afterNote = await agent.PostOk("/api/tickets/T-1/messages", """{"kind":"internalNote","text":"Probably the cache."}""");
        scenario.Clock.Advance(Duration.FromMinutes(4));
        var afterReply = await agent.PostOk("/api/tickets/T-1/messages", """{"kind":"agentReply","text":"Fixed: clear the cache."}""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, afterHolding.GetProperty("firstResponseAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, afterNote.GetProperty("firstResponseAt").ValueKind);
        Assert.Equal(Scenario.T0 + Duration.FromMinutes(7), afterReply.GetProperty("firstResponseAt").Instant());
        Assert.Equal("met", afterReply.GetProperty("sla").GetProperty("firstResponseState").GetString());
        Assert.Equal(["agentReply:True:arun", "internalNote:False:arun", "agentReply:False:arun"],
            afterReply.GetProperty("messages").EnumerateArray().Select(m => $"{m.GetProperty("kind").GetString()}:{m.GetProperty("holding").GetBoolean()}:{m.GetProperty("actor").GetString()}"));
    }

    [Theory]
    [InlineData("""{"kind":"internalNote","text":"x","holding":true}""", "holding")]
    [InlineData("""{"kind":"reply","text":"x"}""", "kind")]
    [InlineData("""{"kind":"agentReply","text":"  "}""", "text")]
    public async Task BadMessage_NamesTheField(string body, string field)
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"x"}""", HttpStatusCode.Created);

        using var response = await scenario.Client.PostAsync("/api/tickets/T-1/messages", Api.Body(body));

        var problem = await NoServerErrorTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Viewer_CannotReply()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"x"}""", HttpStatusCode.Created);

        using var response = await scenario.Host.As("viewer").PostAsync("/api/tickets/T-1/messages", Api.Body("""{"kind":"agentReply","text":"x"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>The same tests on PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class MessageApiOnPostgres() : MessageApiTests(TestDatabase.Postgres);
