using System.Net;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// Issue 18's race: concurrent status changes without <c>at</c> were refused ("at … is before the previous change")
/// because the server read the clock before taking the write lock. The clock here advances on every read, so a
/// request that read it early and wrote late would be refused; reading it inside the transaction refuses none.
/// </summary>
public class ConcurrentChangeTests : IDisposable
{
    private readonly Scenario scenario;

    public ConcurrentChangeTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected ConcurrentChangeTests(string provider) => scenario = new(provider: provider);

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task ConcurrentStatusChanges_WithoutAt_AreAllAccepted_InHistoryOrder()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Enterprise","subject":"x"}""", HttpStatusCode.Created);
        scenario.Clock.AutoAdvance = Duration.FromMilliseconds(7);
        string[] statuses = ["InProgress", "WaitingOnCustomer"];

        var answers = await Task.WhenAll(Enumerable.Range(0, 120).Select(async i =>
        {
            using var response = await scenario.Client.PostAsync("/api/tickets/T-1/status", Api.Body($$"""{"status":"{{statuses[i % 2]}}"}"""));
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }));

        Assert.All(answers, a => Assert.StartsWith("200 ", a));
        var history = (await scenario.Client.GetOk("/api/tickets/T-1")).GetProperty("statusHistory").EnumerateArray()
            .Select(s => s.GetProperty("at").Instant()).ToArray();
        Assert.True(history.Length > 1);
        Assert.Equal(history.Order(), history);
    }
}

/// <summary>The same tests on PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class ConcurrentChangeOnPostgres() : ConcurrentChangeTests(TestDatabase.Postgres);
