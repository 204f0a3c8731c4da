using System.Net;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// The helpdesk runs the library's ticket-life engine (issue 14 item 9; D21–D29): stored messages and owner changes are
/// its events, its fired alerts are the notifications (exactly once), its next check is the watcher's timer, and a
/// ticket shows its clocks and alerts. The instants below are the engine's (the helpdesk derives none of them).
/// </summary>
public class TicketLifeWiringTests : IDisposable
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private readonly Scenario scenario;

    public TicketLifeWiringTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected TicketLifeWiringTests(string provider) => scenario = new(provider: provider);

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task EmailTicketWithoutOwner_RaisesTheInboxCheckAlerts_UntilSomeoneOwnsIt()
    {
        // Monday 16:45 PST, email (the default channel), nobody owns it: the §1.3 inbox check at 17:00 starts the
        // 30-minute assignment clock (D25), due 17:30; at risk from 17:00 (D27).
        await scenario.Client.PostOk("/api/tickets", """{"id": "A-1", "tier": "Enterprise", "subject": "Reports are empty"}""", HttpStatusCode.Created);

        Assert.Empty(scenario.TickAt(Scenario.T0 + Duration.FromMinutes(14)));
        Assert.Equal(["A-1:assignmentAtRisk"], scenario.TickAt(Scenario.T0 + Duration.FromMinutes(15)));
        Assert.Equal(["A-1:firstResponseAtRisk", "A-1:assignmentBreach"], scenario.TickAt(Scenario.T0 + Duration.FromMinutes(45)));

        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(46));
        var owned = await scenario.Client.PutOk("/api/tickets/A-1/owner", """{"assignee": "Marcus"}""");
        Assert.Equal("Marcus", owned.GetProperty("assignee").GetString());
        var assignment = owned.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "assignment");
        Assert.Equal("missed", assignment.GetProperty("state").GetString());
        Assert.Equal(Scenario.T0 + Duration.FromMinutes(45), assignment.GetProperty("due").Instant());
        var change = owned.GetProperty("changes").EnumerateArray().Last();
        Assert.Equal(("assignee", "Marcus", "lena"), (change.GetProperty("field").GetString(), change.GetProperty("to").GetString(), change.GetProperty("actor").GetString()));

        Assert.Equal(["A-1:firstResponseBreach"], scenario.TickAt(Scenario.T0 + Duration.FromHours(1)));
        Assert.Empty(scenario.TickAt(Scenario.T0 + Duration.FromMinutes(61)));
    }

    [Fact]
    public async Task SlackTicket_HoldingReplyAtMinute14_MeetsAcknowledge_FirstResponseStillRunning()
    {
        // D22: a Slack ticket must be acknowledged within 15 minutes; "looking into this" counts (D29 a: the at-risk
        // rung lies before the start, so it fires at creation).
        await scenario.Client.PostOk("/api/tickets",
            """{"id": "S-1", "tier": "Enterprise", "subject": "Reports are empty", "channel": "slack", "customer": "acme"}""", HttpStatusCode.Created);
        Assert.Equal(["S-1:acknowledgeAtRisk"], scenario.TickAt(Scenario.T0));

        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(14));
        await scenario.Client.PostOk("/api/tickets/S-1/messages", """{"kind": "agentReply", "text": "Looking into this.", "holding": true}""");

        Assert.Empty(scenario.TickAt(Scenario.T0 + Duration.FromMinutes(20)));
        var ticket = await scenario.Client.GetOk("/api/tickets/S-1");
        var states = ticket.GetProperty("clocks").EnumerateArray().ToDictionary(c => c.GetProperty("clock").GetString()!, c => c.GetProperty("state").GetString());
        Assert.Equal("met", states["acknowledge"]);
        Assert.Equal("pending", states["firstResponse"]);
        Assert.Equal(("slack", "acme"), (ticket.GetProperty("channel").GetString(), ticket.GetProperty("customer").GetString()));
        Assert.Null(ticket.GetProperty("firstResponseAt").GetString());
        Assert.Equal(Scenario.T0 + Duration.FromMinutes(30), ticket.GetProperty("nextCheckAt").Instant()); // first response at risk
        Assert.Contains(ticket.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "firstResponseAtRisk" && !a.GetProperty("fired").GetBoolean());
    }

    [Fact]
    public async Task SlackTicket_CustomerMessageAfterTheAnswer_StartsANextReplyCycle()
    {
        await scenario.Client.PostOk("/api/tickets",
            """{"id": "S-2", "tier": "Enterprise", "subject": "Reports are empty", "channel": "slack"}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(5));
        await scenario.Client.PostOk("/api/tickets/S-2/messages", """{"kind": "agentReply", "text": "Fixed on our side?"}""");
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(10));
        await scenario.Client.PostOk("/api/tickets/S-2/messages", """{"kind": "customerMessage", "text": "Still empty."}""");

        // D24: 4 h of open time (Enterprise: 24/7) for the next reply; at risk 30 min before.
        var due = Scenario.T0 + Duration.FromMinutes(10) + Duration.FromHours(4);
        Assert.Equal(["S-2:nextReplyAtRisk"], scenario.TickAt(due - Duration.FromMinutes(30)).Where(k => k.Contains("nextReply", StringComparison.Ordinal)));
        var notifications = await scenario.Client.GetOk("/api/notifications?ticketId=S-2");
        var nextReply = notifications.EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "nextReplyAtRisk");
        Assert.Equal((due, 1), (nextReply.GetProperty("due").Instant(), nextReply.GetProperty("cycle").GetInt32()));
    }

    [Fact]
    public async Task Pause_DoesNotRaiseTheResolutionAtRiskAgain_TheBreachComesOnceAtTheMovedDue()
    {
        // Enterprise: resolution 8 h of 24/7 time. At risk at due − 30 min; a pause of 1 h after that moves the due by
        // 1 h, but the engine fires each rung once per cycle (D29 b): no second at-risk, one breach at the moved due.
        await scenario.Client.PostOk("/api/tickets", """{"id": "P-1", "tier": "Enterprise", "subject": "Reports are empty", "assignee": "Marcus"}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(10));
        await scenario.Client.PostOk("/api/tickets/P-1/messages", """{"kind": "agentReply", "text": "On it."}""");
        var due = Scenario.T0 + Duration.FromHours(8);

        Assert.Equal(["P-1:resolutionAtRisk"], scenario.TickAt(due - Duration.FromMinutes(30)));
        scenario.Clock.Reset(due - Duration.FromMinutes(20));
        await scenario.Client.PostOk("/api/tickets/P-1/status", """{"status": "WaitingOnCustomer"}""");
        scenario.Clock.Reset(due + Duration.FromMinutes(40));
        await scenario.Client.PostOk("/api/tickets/P-1/status", """{"status": "InProgress"}""");

        Assert.Empty(scenario.TickAt(due + Duration.FromMinutes(40)));
        Assert.Empty(scenario.TickAt(due + Duration.FromHours(1) - Minute));
        Assert.Equal(["P-1:resolutionBreach"], scenario.TickAt(due + Duration.FromHours(1)));
        Assert.Equal(2, scenario.Count("SELECT COUNT(*) FROM notifications WHERE ticket_id = 'P-1'"));
    }

    [Fact]
    public async Task Owner_ViewerGets403_AgentMayChangeIt_NoCredentials401()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id": "O-1", "tier": "Starter", "subject": "x"}""", HttpStatusCode.Created);

        using var viewer = scenario.Host.As("viewer");
        using var refused = await viewer.PutAsync("/api/tickets/O-1/owner", Api.Body("""{"assignee": "vic"}"""));
        await NoServerErrorTests.AssertProblem(refused, HttpStatusCode.Forbidden);
        using var anonymous = scenario.Host.Anonymous();
        using var unauthenticated = await anonymous.PutAsync("/api/tickets/O-1/owner", Api.Body("""{"assignee": "x"}"""));
        await NoServerErrorTests.AssertProblem(unauthenticated, HttpStatusCode.Unauthorized);
        using var agent = scenario.Host.As("agent");
        using var blank = await agent.PutAsync("/api/tickets/O-1/owner", Api.Body("""{"assignee": " "}"""));
        await NoServerErrorTests.AssertProblem(blank, HttpStatusCode.BadRequest);

        var ticket = await agent.PutOk("/api/tickets/O-1/owner", """{"assignee": "arun"}""");
        Assert.Equal("arun", ticket.GetProperty("assignee").GetString());
        Assert.Equal("arun", ticket.GetProperty("changes").EnumerateArray().Last().GetProperty("actor").GetString());
    }
}

/// <summary>The same tests on PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class TicketLifeWiringOnPostgres() : TicketLifeWiringTests(TestDatabase.Postgres);
