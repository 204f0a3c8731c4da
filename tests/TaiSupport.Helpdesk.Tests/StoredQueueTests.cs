using System.Collections.Immutable;
using System.Net;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// The queue is served from stored columns (issue 18: "not recomputed per call"); it must still be exactly the
/// library's queue (D10) with the library's states at any later instant, with or without a watcher tick in between.
/// </summary>
public class StoredQueueTests : IDisposable
{
    private readonly Scenario scenario;

    public StoredQueueTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected StoredQueueTests(string provider) => scenario = new(provider: provider);

    public void Dispose() => scenario.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task StoredQueue_EqualsTheLibrarysQueue_AsTimePasses(int seed)
    {
        var random = new Random(seed);
        string[] tiers = ["Starter", "Professional", "Enterprise"];
        string?[] priorities = [null, null, "Low", "Medium", "High", "Critical"];
        for (var i = 0; i < 30; i++)
        {
            var createdAt = Scenario.T0 - Duration.FromMinutes(random.Next(0, 3 * 24 * 60));
            var priority = priorities[random.Next(priorities.Length)] is { } p ? $", \"priority\": \"{p}\"" : string.Empty;
            await scenario.Client.PostOk("/api/tickets",
                $$"""{"id": "Q-{{i}}", "tier": "{{tiers[random.Next(3)]}}", "subject": "s"{{priority}}, "createdAt": "{{createdAt}}"}""",
                HttpStatusCode.Created);
            switch (random.Next(5))
            {
                case 0: await scenario.Client.PostOk($"/api/tickets/Q-{i}/status", """{"status": "WaitingOnCustomer"}"""); break;
                case 1: await scenario.Client.PostOk($"/api/tickets/Q-{i}/first-response", "{}"); break;
                case 2: await scenario.Client.PostOk($"/api/tickets/Q-{i}/status", """{"status": "Resolved"}"""); break;
            }
        }

        for (var step = 0; step < 6; step++)
        {
            if (step % 2 == 1)
            {
                scenario.Host.Watcher.Tick();
            }

            var now = scenario.Clock.GetCurrentInstant();
            var queue = (await scenario.Client.GetOk("/api/queue")).GetProperty("tickets");
            var expected = SlaEvaluator.Default.EvaluateQueue(await Tickets(), now);

            Assert.Equal(expected.Select(r => r.Ticket.Id), queue.Strings("id"));
            Assert.Equal(
                expected.Select(r => $"{r.Ticket.Id} {State(r.FirstResponseState)} {State(r.ResolutionState)} {r.Reassign}"),
                queue.EnumerateArray().Select(q => $"{q.GetProperty("id").GetString()} {q.GetProperty("sla").GetProperty("firstResponseState").GetString()} "
                    + $"{q.GetProperty("sla").GetProperty("resolutionState").GetString()} {q.GetProperty("sla").GetProperty("reassign").GetBoolean()}"));
            scenario.Clock.Advance(Duration.FromMinutes(random.Next(10, 8 * 60)));
        }
    }

    [Fact]
    public async Task RowWithoutQueueColumns_IsBackfilledAtStart()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id": "OLD", "tier": "Enterprise", "subject": "from before version 3"}""", HttpStatusCode.Created);
        scenario.Execute("UPDATE tickets SET open = NULL, next_due = NULL, next_check_at = NULL, priority_rank = NULL, tier_rank = NULL");

        Assert.Empty((await scenario.Client.GetOk("/api/queue")).GetProperty("tickets").EnumerateArray());
        scenario.Restart();

        Assert.Equal(["OLD"], (await scenario.Client.GetOk("/api/queue")).GetProperty("tickets").Strings("id"));
    }

    private static string State(SlaState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());

    private async Task<IEnumerable<Ticket>> Tickets()
    {
        var all = await scenario.Client.GetOk("/api/tickets");
        return all.EnumerateArray()
            .Where(t => t.GetProperty("status").GetString() is not ("Resolved" or "Closed"))
            .Select(t => new Ticket
            {
                Id = t.GetProperty("id").GetString()!,
                Tier = Enum.Parse<Tier>(t.GetProperty("tier").GetString()!),
                Priority = Enum.Parse<Priority>(t.GetProperty("priority").GetString()!),
                Category = Enum.Parse<Category>(t.GetProperty("category").GetString()!),
                CreatedAt = t.GetProperty("createdAt").Instant(),
                FirstResponseAt = t.GetProperty("firstResponseAt").ValueKind == System.Text.Json.JsonValueKind.Null ? null : t.GetProperty("firstResponseAt").Instant(),
                StatusChanges = [.. t.GetProperty("statusHistory").EnumerateArray()
                    .Select(h => new StatusChange(h.GetProperty("at").Instant(), Enum.Parse<TicketStatus>(h.GetProperty("status").GetString()!)))],
            }).ToImmutableArray();
    }
}

/// <summary>The same tests on PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class StoredQueueOnPostgres() : StoredQueueTests(TestDatabase.Postgres);
