using System.Net;
using System.Text.Json;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>Creating a ticket runs the triage engine (§2.1, §2.2, §4.2; D11–D13) and stores its decision and trace.</summary>
public sealed class TriageApiTests : IDisposable
{
    private readonly Scenario scenario = new();

    private HttpClient Client => scenario.Client;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task CreateTicket_ProductionDown_IsCriticalPagesAndRunsOnTheAlwaysClock()
    {
        // Quick reference "CRITICAL: TAI is down … → Page on-call immediately"; §4.2 critical → page VP Product +
        // on-call engineer (1-hour response SLA); D5: a Critical ticket runs on the 24/7 clock whatever its tier.
        var ticket = await Client.PostOk("/api/tickets",
            """{"tier": "Starter", "subject": "Production down", "signals": {"productionDown": true}}""", HttpStatusCode.Created);

        Assert.Equal("Critical", ticket.GetProperty("priority").GetString());
        Assert.Equal(Scenario.T0 + Duration.FromHours(1), ticket.GetProperty("sla").GetProperty("firstResponseDue").Instant());
        var actions = ticket.GetProperty("actions");
        Assert.Contains(actions.EnumerateArray(), a => a.GetProperty("due").ValueKind == JsonValueKind.String
            && a.GetProperty("due").Instant() == Scenario.T0 + Duration.FromHours(1));
        var rules = ticket.GetProperty("trace").Strings("rule");
        Assert.Contains(rules, r => r.StartsWith("sla.", StringComparison.Ordinal));
        Assert.Contains(rules, r => !r.StartsWith("sla.", StringComparison.Ordinal));

        var row = scenario.Row($"SELECT priority, triage, signals FROM tickets WHERE id = '{ticket.GetProperty("id").GetString()}'");
        Assert.Equal("Critical", row["priority"]);
        var triage = JsonDocument.Parse((string)row["triage"]!).RootElement;
        Assert.Equal(ticket.GetProperty("route").GetString(), triage.GetProperty("route").GetString());
        Assert.Equal(actions.GetArrayLength(), triage.GetProperty("actions").GetArrayLength());
        Assert.Equal("""{"productionDown":true}""", row["signals"]);
    }

    [Fact]
    public async Task CreateTicket_Billing_RoutesToFinance()
    {
        // §2.1 "Tier 2: Billing/Account Question? → Route to Finance / Account Manager".
        var ticket = await Client.PostOk("/api/tickets",
            """{"tier": "Professional", "subject": "Invoice question", "signals": {"billing": true}}""", HttpStatusCode.Created);

        Assert.Equal("Finance", ticket.GetProperty("route").GetString());
        Assert.Equal("Billing", ticket.GetProperty("category").GetString());
    }

    [Fact]
    public async Task CreateTicket_ApiError401_IsAutoResolvedAndLeavesTheQueue()
    {
        // §2.1 "API Error? … in auto-resolve list (401, 429, malformed JSON) → Send auto-response + close ticket" (D12).
        var ticket = await Client.PostOk("/api/tickets",
            """{"id": "T-401", "tier": "Starter", "subject": "Unauthorized", "signals": {"apiErrorCode": "401"}}""", HttpStatusCode.Created);

        Assert.Equal("AutoResolve", ticket.GetProperty("route").GetString());
        Assert.Equal("Closed", ticket.GetProperty("status").GetString());
        Assert.Equal(Scenario.T0, ticket.GetProperty("firstResponseAt").Instant());
        Assert.Contains("triage.auto-resolve", ticket.GetProperty("trace").Strings("rule"));
        Assert.Empty((await Client.GetOk("/api/queue")).GetProperty("tickets").EnumerateArray());
        Assert.Empty(scenario.TickAt(Scenario.T0 + Duration.FromDays(10)));
    }

    [Fact]
    public async Task CreateTicket_AgentSetPriority_WinsAndIsTraced()
    {
        var ticket = await Client.PostOk("/api/tickets",
            """{"tier": "Professional", "subject": "Reports", "priority": "High"}""", HttpStatusCode.Created);

        Assert.Equal("High", ticket.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task CreateTicket_UnknownOrBadSignals_ProblemNamesEachSignal()
    {
        using var response = await Client.PostAsync("/api/tickets", Api.Body(
            """{"tier": "Enterprise", "subject": "x", "signals": {"prodDown": true, "csat": 11, "losingMoney": "yes"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJson()).GetProperty("errors");
        Assert.Equal(["signals.csat", "signals.losingMoney", "signals.prodDown"], errors.EnumerateObject().Select(p => p.Name));
    }
}
