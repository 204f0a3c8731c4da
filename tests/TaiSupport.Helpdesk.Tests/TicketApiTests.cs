using System.Net;
using System.Text.Json;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>The ticket API against a real SQLite file: what is stored, and what the SLA engine makes of it.</summary>
public class TicketApiTests : IDisposable
{
    private readonly Scenario scenario;

    public TicketApiTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected TicketApiTests(string provider) => scenario = new(provider: provider);

    private HttpClient Client => scenario.Client;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task CreateTicket_Enterprise_TriageAndDueTimesAreStored()
    {
        // §1.2 Tier 3 and the quick reference: Enterprise answers within 1 h and resolves within 8 h, around the clock.
        var created = await Client.PostOk("/api/tickets", """{"tier": "Enterprise", "subject": "Dashboard slow"}""", HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();

        var row = scenario.Row($"SELECT * FROM tickets WHERE id = '{id}'");
        Assert.Equal("Enterprise", row["tier"]);
        Assert.Equal(created.GetProperty("priority").GetString(), row["priority"]);
        Assert.Equal("2026-01-27T00:45:00Z", row["created_at"]);
        Assert.Equal("2026-01-27T01:45:00Z", row["first_response_due"]);
        Assert.Equal("pending", row["first_response_state"]);
        Assert.Equal("2026-01-27T08:45:00Z", row["resolution_due"]);
        var triage = JsonDocument.Parse((string)row["triage"]!).RootElement;
        Assert.NotEqual(0, triage.GetProperty("trace").GetArrayLength());
        Assert.Contains("sla.first-response.due", (string)row["sla_trace"]!);
        Assert.Equal(Scenario.T0 + Duration.FromHours(1), created.GetProperty("sla").GetProperty("firstResponseDue").Instant());
    }

    [Fact]
    public async Task CreateTicket_ProfessionalFridayEvening_DueTimesFollowBusinessHours()
    {
        // §1.2 Tier 2 hours 09:00–18:00 PT (D1): 4 business hours from Friday 17:55 end Monday 12:55;
        // 18 business hours (2 business days, D4) end Tuesday 17:55.
        scenario.Clock.Reset(Instant.FromUtc(2026, 1, 31, 1, 55)); // Friday 2026-01-30 17:55 PST

        var created = await Client.PostOk("/api/tickets", """{"tier": "Professional", "subject": "Webhook retries"}""", HttpStatusCode.Created);

        var sla = created.GetProperty("sla");
        Assert.Equal(Instant.FromUtc(2026, 2, 2, 20, 55), sla.GetProperty("firstResponseDue").Instant());
        Assert.Equal(Instant.FromUtc(2026, 2, 4, 1, 55), sla.GetProperty("resolutionDue").Instant());
        var row = scenario.Row($"SELECT first_response_due, resolution_due FROM tickets WHERE id = '{created.GetProperty("id").GetString()}'");
        Assert.Equal("2026-02-02T20:55:00Z", row["first_response_due"]);
        Assert.Equal("2026-02-04T01:55:00Z", row["resolution_due"]);
    }

    [Fact]
    public async Task ChangeStatus_WaitingOnCustomer_PausesTheResolutionDue()
    {
        // D7: the resolution clock pauses while WaitingOnCustomer and resumes when the ticket leaves it.
        await Client.PostOk("/api/tickets", """{"id": "T-7", "tier": "Enterprise", "subject": "Export fails"}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Scenario.T0 + Duration.FromHours(2));
        await Client.PostOk("/api/tickets/T-7/status", """{"status": "WaitingOnCustomer"}""");

        scenario.Clock.Reset(Scenario.T0 + Duration.FromHours(5));
        var paused = (await Client.GetOk("/api/tickets/T-7")).GetProperty("sla");
        Assert.Equal("paused", paused.GetProperty("resolutionState").GetString());
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("resolutionDue").ValueKind);
        Assert.Null(scenario.Row("SELECT resolution_due FROM tickets WHERE id = 'T-7'")["resolution_due"]);

        var resumed = (await Client.PostOk("/api/tickets/T-7/status", """{"status": "InProgress"}""")).GetProperty("sla");
        Assert.Equal("pending", resumed.GetProperty("resolutionState").GetString());
        Assert.Equal(Scenario.T0 + Duration.FromHours(8 + 3), resumed.GetProperty("resolutionDue").Instant());
        Assert.Equal("2026-01-27T11:45:00Z", scenario.Row("SELECT resolution_due FROM tickets WHERE id = 'T-7'")["resolution_due"]);
        Assert.Equal(3, scenario.Count("SELECT COUNT(*) FROM status_history WHERE ticket_id = 'T-7'") + 1);
    }

    [Fact]
    public async Task ChangeStatus_BackInTime_EngineProblemNamesTheAtField()
    {
        await Client.PostOk("/api/tickets", """{"id": "T-8", "tier": "Starter", "subject": "Question"}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Scenario.T0 + Duration.FromHours(1));
        await Client.PostOk("/api/tickets/T-8/status", """{"status": "InProgress"}""");

        using var response = await Client.PostAsync("/api/tickets/T-8/status", Api.Body("""{"status": "Resolved", "at": "2026-01-26T16:50:00-08:00"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJson()).GetProperty("errors");
        Assert.Equal(["at"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, scenario.Count("SELECT COUNT(*) FROM status_history WHERE ticket_id = 'T-8'"));
    }

    [Fact]
    public async Task ChangePriority_ToCritical_RecomputesTargetsFromCreation()
    {
        // D5 and D7: a Critical ticket runs on the 24/7 clock with a 1 h response, recomputed from creation.
        scenario.Clock.Reset(Instant.FromUtc(2026, 1, 31, 1, 55)); // Friday 17:55 PST, Professional hours just closing
        await Client.PostOk("/api/tickets", """{"id": "T-9", "tier": "Professional", "subject": "Errors"}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Instant.FromUtc(2026, 1, 31, 2, 15));

        var ticket = await Client.PutOk("/api/tickets/T-9/priority", """{"priority": "Critical"}""");

        Assert.Equal("Critical", ticket.GetProperty("priority").GetString());
        Assert.Equal(Instant.FromUtc(2026, 1, 31, 2, 55), ticket.GetProperty("sla").GetProperty("firstResponseDue").Instant());
        // The audit log: the creation, then the priority change, each with its actor (the lead's API key is "lena").
        var changes = ticket.GetProperty("changes").EnumerateArray().ToArray();
        Assert.Equal(["created", "priority"], changes.Select(c => c.GetProperty("field").GetString()));
        Assert.All(changes, c => Assert.Equal("lena", c.GetProperty("actor").GetString()));
        Assert.Equal("Critical", scenario.Row("SELECT priority FROM tickets WHERE id = 'T-9'")["priority"]);
    }

    [Fact]
    public async Task ChangeTier_ToEnterprise_MovesTheDueToTheAlwaysClock()
    {
        scenario.Clock.Reset(Instant.FromUtc(2026, 1, 31, 1, 55)); // Friday 17:55 PST
        await Client.PostOk("/api/tickets", """{"id": "T-10", "tier": "Starter", "subject": "How do I export?"}""", HttpStatusCode.Created);

        var ticket = await Client.PutOk("/api/tickets/T-10/tier", """{"tier": "Enterprise"}""");

        Assert.Equal(Instant.FromUtc(2026, 1, 31, 2, 55), ticket.GetProperty("sla").GetProperty("firstResponseDue").Instant());
    }

    [Fact]
    public async Task RecordFirstResponse_BeforeDue_IsMetAndASecondOneConflicts()
    {
        await Client.PostOk("/api/tickets", """{"id": "T-11", "tier": "Enterprise", "subject": "Access"}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(40));

        var ticket = await Client.PostOk("/api/tickets/T-11/first-response", "{}");

        Assert.Equal("met", ticket.GetProperty("sla").GetProperty("firstResponseState").GetString());
        Assert.Equal(Scenario.T0 + Duration.FromMinutes(40), ticket.GetProperty("firstResponseAt").Instant());
        using var again = await Client.PostAsync("/api/tickets/T-11/first-response", Api.Body("{}"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task RecordFirstResponse_BeforeCreation_EngineProblemNamesTheAtField()
    {
        await Client.PostOk("/api/tickets", """{"id": "T-12", "tier": "Enterprise", "subject": "Access"}""", HttpStatusCode.Created);

        using var response = await Client.PostAsync("/api/tickets/T-12/first-response", Api.Body("""{"at": "2026-01-26T16:00:00-08:00"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJson()).GetProperty("errors");
        Assert.Contains("before the ticket was created", errors.GetProperty("at")[0].GetString());
    }

    [Fact]
    public async Task Queue_IsTheLibrarysQueueOrder()
    {
        // D10: breached first, then the soonest due, then priority, then tier rank.
        await Client.PostOk("/api/tickets", """{"id": "A", "tier": "Starter", "subject": "a", "createdAt": "2026-01-26T09:00:00-08:00"}""", HttpStatusCode.Created);
        await Client.PostOk("/api/tickets", """{"id": "B", "tier": "Enterprise", "subject": "b", "createdAt": "2026-01-26T15:00:00-08:00"}""", HttpStatusCode.Created);
        await Client.PostOk("/api/tickets", """{"id": "C", "tier": "Professional", "subject": "c", "priority": "High"}""", HttpStatusCode.Created);
        await Client.PostOk("/api/tickets", """{"id": "D", "tier": "Enterprise", "subject": "d"}""", HttpStatusCode.Created);
        await Client.PostOk("/api/tickets", """{"id": "E", "tier": "Enterprise", "subject": "e"}""", HttpStatusCode.Created);
        await Client.PostOk("/api/tickets/E/status", """{"status": "Resolved"}""");

        var queue = await Client.GetOk("/api/queue");

        var tickets = (await Client.GetOk("/api/tickets")).EnumerateArray()
            .Where(t => t.GetProperty("status").GetString() != "Resolved")
            .Select(t => new Ticket
            {
                Id = t.GetProperty("id").GetString()!,
                Tier = Enum.Parse<Tier>(t.GetProperty("tier").GetString()!),
                Priority = Enum.Parse<Priority>(t.GetProperty("priority").GetString()!),
                CreatedAt = t.GetProperty("createdAt").Instant(),
            });
        var expected = SlaEvaluator.Default.EvaluateQueue(tickets, Scenario.T0).Select(r => r.Ticket.Id);
        Assert.Equal(expected, queue.GetProperty("tickets").Strings("id"));
        Assert.Equal("B", queue.GetProperty("tickets")[0].GetProperty("id").GetString()); // breached: due 16:00 PST
        Assert.Equal("America/Los_Angeles", queue.GetProperty("zone").GetString());
        Assert.Equal(Scenario.T0, queue.GetProperty("now").Instant());
    }

    [Fact]
    public async Task GetTicket_AfterRestart_ReadsTheSameStateBack()
    {
        await Client.PostOk("/api/tickets", """{"id": "T-13", "tier": "Professional", "subject": "Sync", "body": "It stopped."}""", HttpStatusCode.Created);
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(5));
        await Client.PostOk("/api/tickets/T-13/status", """{"status": "InProgress"}""");
        var before = await Client.GetOk("/api/tickets/T-13");

        scenario.Restart();

        var after = await Client.GetOk("/api/tickets/T-13");
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }
}

/// <summary>The same tests on PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class TicketApiOnPostgres() : TicketApiTests(TestDatabase.Postgres);
