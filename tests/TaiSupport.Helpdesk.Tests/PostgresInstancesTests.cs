using System.Net;
using NodaTime.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>Two in-process hosts on one PostgreSQL database: the races a single SQLite file cannot have.</summary>
public sealed class PostgresInstancesTests
{
    [Fact]
    public async Task SameExplicitId_CreatedAtOnceOnTwoInstances_OneCreatedTheRestConflict()
    {
        using var database = new TempPostgresDatabase();
        var clock = new FakeClock(Scenario.T0);
        using var first = new HelpdeskHost(database, clock);
        using var second = new HelpdeskHost(database, clock);
        var clients = new[] { first.CreateClient(), second.CreateClient() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await clients[i % 2].PostAsync("/api/tickets", Api.Body("""{"id":"DUP","tier":"Enterprise","subject":"x"}"""));
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a));
    }

    [Fact]
    public async Task NewIds_FromTwoInstancesAtOnce_AreAllDistinct()
    {
        using var database = new TempPostgresDatabase();
        var clock = new FakeClock(Scenario.T0);
        using var first = new HelpdeskHost(database, clock);
        using var second = new HelpdeskHost(database, clock);
        var clients = new[] { first.CreateClient(), second.CreateClient() };

        var ids = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
            (await clients[i % 2].PostOk("/api/tickets", """{"tier":"Enterprise","subject":"x"}""", HttpStatusCode.Created)).GetProperty("id").GetString()!));

        Assert.Equal(60, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^T-1[0-9]{3}$", id));
    }
}
