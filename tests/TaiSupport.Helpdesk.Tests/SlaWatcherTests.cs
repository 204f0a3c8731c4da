using System.Net;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// The SLA watcher at a faked clock: at-risk 30 minutes before a due (§2.2.5, D8), breach at the due, reassign 2 hours
/// past an unanswered first-response due (§2.2.4, D9) — each recorded exactly once, across restarts.
/// </summary>
public class SlaWatcherTests : IDisposable
{
    // An Enterprise ticket created at T0 (Monday 16:45 PST) with an owner (so the §1.3 assignment clock is met at
    // creation): first response due T0 + 1 h, resolution due T0 + 8 h (24/7).
    private static readonly Instant FirstDue = Scenario.T0 + Duration.FromHours(1);
    private static readonly Instant ResolutionDue = Scenario.T0 + Duration.FromHours(8);

    private readonly Scenario scenario;

    public SlaWatcherTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected SlaWatcherTests(string provider) => scenario = new(provider: provider);

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task Tick_AroundTheFirstResponseDue_RaisesAtRiskOnceAndBreachOnce()
    {
        await CreateEnterpriseTicket("T-1");
        var minute = Duration.FromMinutes(1);

        Assert.Empty(scenario.TickAt(FirstDue - Duration.FromMinutes(30) - minute));          // 31 min before: not yet at risk
        Assert.Equal(["T-1:firstResponseAtRisk"], scenario.TickAt(FirstDue - Duration.FromMinutes(30))); // exactly 30 min before
        Assert.Empty(scenario.TickAt(FirstDue - Duration.FromMinutes(10)));                   // still at risk: nothing new
        Assert.Empty(scenario.TickAt(FirstDue - Duration.FromSeconds(1)));
        Assert.Equal(["T-1:firstResponseBreach"], scenario.TickAt(FirstDue));                 // exactly at the due
        Assert.Empty(scenario.TickAt(FirstDue + Duration.FromMinutes(30)));

        var notifications = await scenario.Client.GetOk("/api/notifications?ticketId=T-1");
        Assert.Equal(["firstResponseAtRisk", "firstResponseBreach"], notifications.Strings("kind"));
        Assert.All(notifications.EnumerateArray(), n => Assert.Equal(FirstDue, n.GetProperty("due").Instant()));
        Assert.Equal(
            "firstResponse due 2026-01-26T17:45:00-08:00 is atRisk from 2026-01-26T17:15:00-08:00: notify-owner (ticket.alert.at-risk; D27).",
            notifications[0].GetProperty("message").GetString());
        Assert.Equal(["ticket.alert.at-risk", "ticket.alert.breach"], notifications.Strings("rule"));
    }

    [Fact]
    public async Task Tick_TwoHoursPastAnUnansweredDue_RaisesReassignOnce()
    {
        await CreateEnterpriseTicket("T-2");

        Assert.Equal(["T-2:firstResponseAtRisk", "T-2:firstResponseBreach"], scenario.TickAt(FirstDue + Duration.FromHours(2) - Duration.FromSeconds(1)));
        Assert.Equal(["T-2:reassign"], scenario.TickAt(FirstDue + Duration.FromHours(2)));
        Assert.Empty(scenario.TickAt(FirstDue + Duration.FromHours(3)));
    }

    [Fact]
    public async Task Tick_FirstResponseInTime_RaisesNothingForIt()
    {
        await CreateEnterpriseTicket("T-3");
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(20));
        await scenario.Client.PostOk("/api/tickets/T-3/first-response", "{}");

        Assert.Empty(scenario.TickAt(FirstDue + Duration.FromHours(3)));
    }

    [Fact]
    public async Task Tick_AroundTheResolutionDue_RaisesAtRiskOnceAndBreachOnce()
    {
        await CreateEnterpriseTicket("T-4");
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(10));
        await scenario.Client.PostOk("/api/tickets/T-4/first-response", "{}");

        Assert.Empty(scenario.TickAt(ResolutionDue - Duration.FromMinutes(31)));
        Assert.Equal(["T-4:resolutionAtRisk"], scenario.TickAt(ResolutionDue - Duration.FromMinutes(30)));
        Assert.Empty(scenario.TickAt(ResolutionDue - Duration.FromMinutes(1)));
        Assert.Equal(["T-4:resolutionBreach"], scenario.TickAt(ResolutionDue));
        Assert.Empty(scenario.TickAt(ResolutionDue + Duration.FromHours(1)));
    }

    [Fact]
    public async Task Tick_WhileWaitingOnCustomer_RaisesNoResolutionNotification()
    {
        await CreateEnterpriseTicket("T-5");
        scenario.Clock.Reset(Scenario.T0 + Duration.FromMinutes(10));
        await scenario.Client.PostOk("/api/tickets/T-5/first-response", "{}");
        await scenario.Client.PostOk("/api/tickets/T-5/status", """{"status": "WaitingOnCustomer"}""");

        Assert.Empty(scenario.TickAt(ResolutionDue + Duration.FromHours(1)));
    }

    [Fact]
    public async Task Restart_ReReadsStateAndRaisesNothingTwice()
    {
        await CreateEnterpriseTicket("T-6");
        Assert.Equal(["T-6:firstResponseAtRisk"], scenario.TickAt(FirstDue - Duration.FromMinutes(20)));
        Assert.Equal(["T-6:firstResponseBreach"], scenario.TickAt(FirstDue + Duration.FromMinutes(1)));

        scenario.Restart();

        Assert.Empty(scenario.TickAt(FirstDue + Duration.FromMinutes(2)));
        Assert.Equal(["T-6:reassign"], scenario.TickAt(FirstDue + Duration.FromHours(2)));
        scenario.Restart();
        Assert.Empty(scenario.TickAt(FirstDue + Duration.FromHours(2)));
        Assert.Equal(3, scenario.Count("SELECT COUNT(*) FROM notifications WHERE ticket_id = 'T-6'"));
    }

    [Fact]
    public async Task Restart_AfterDowntime_RaisesWhatFellDueMeanwhileOnce()
    {
        await CreateEnterpriseTicket("T-7");
        Assert.Empty(scenario.TickAt(Scenario.T0 + Duration.FromMinutes(10)));

        scenario.Restart(); // down across the at-risk window and the due

        Assert.Equal(["T-7:firstResponseAtRisk", "T-7:firstResponseBreach"], scenario.TickAt(FirstDue + Duration.FromMinutes(5)));
        Assert.Empty(scenario.TickAt(FirstDue + Duration.FromMinutes(6)));
    }

    [Fact]
    public async Task Tick_ManyTickets_EachRaisedOnceInTheUniqueTable()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateEnterpriseTicket($"M-{i}");
        }

        Assert.Equal(10, scenario.TickAt(FirstDue).Length);
        Assert.Empty(scenario.TickAt(FirstDue));
        Assert.Equal(10, scenario.Count("SELECT COUNT(*) FROM (SELECT DISTINCT ticket_id, kind, due FROM notifications) AS keys"));
        Assert.Equal(10, scenario.Count("SELECT COUNT(*) FROM notifications"));
    }

    private Task CreateEnterpriseTicket(string id) =>
        scenario.Client.PostOk("/api/tickets", $$"""{"id": "{{id}}", "tier": "Enterprise", "subject": "Reports are empty", "assignee": "Marcus"}""", HttpStatusCode.Created);
}

/// <summary>The same tests on PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class SlaWatcherOnPostgres() : SlaWatcherTests(TestDatabase.Postgres);
