using System.Net;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Helpdesk.Tests;

/// <summary><c>GET /api/oncall</c>: who is on call now (manual §5.1, D18), from the sample's schedule file.</summary>
public sealed class OnCallApiTests : IDisposable
{
    private readonly Scenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task WhoIsOnCall_MondayAfternoon_Level1IsOutsideItsEveningWindow()
    {
        // Monday 16:45 PST: Level 1 covers weekday evenings 17:00–09:00 and weekends, so nobody is paged at level 1.
        var answer = await scenario.Client.GetOk("/api/oncall");

        Assert.Equal(Scenario.T0, answer.GetProperty("at").Instant());
        var levels = answer.GetProperty("levels");
        Assert.Equal(["Support", "Engineering", "VpProduct"], levels.Strings("level"));
        Assert.False(levels[0].GetProperty("inCoverage").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, levels[0].GetProperty("onCall").ValueKind);
        Assert.Equal(Expected(OnCallLevel.Engineering, Scenario.T0), levels[1].GetProperty("onCall").GetString());
    }

    [Fact]
    public async Task WhoIsOnCall_AtEvening_MatchesTheEnginesTimeline()
    {
        var evening = Instant.FromUtc(2026, 1, 27, 1, 30); // Monday 17:30 PST

        var levels = (await scenario.Client.GetOk("/api/oncall?at=2026-01-26T17:30:00-08:00")).GetProperty("levels");

        Assert.Equal(Expected(OnCallLevel.Support, evening), levels[0].GetProperty("onCall").GetString());
        Assert.NotNull(levels[0].GetProperty("onCall").GetString());
        Assert.Equal(Expected(OnCallLevel.VpProduct, evening), levels[2].GetProperty("onCall").GetString());
    }

    [Fact]
    public async Task WhoIsOnCall_BadInstant_ProblemNamesAt()
    {
        using var response = await scenario.Client.GetAsync("/api/oncall?at=tonight");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJson()).GetProperty("errors").TryGetProperty("at", out _));
    }

    private static string? Expected(OnCallLevel level, Instant at)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "oncall-schedule.json");
        return OnCallJson.ReadSchedule(File.ReadAllText(file)).GetValueOrThrow().Compile().Who(level, at).OnCall;
    }
}
