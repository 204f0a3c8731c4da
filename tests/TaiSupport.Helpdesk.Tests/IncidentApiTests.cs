using System.Net;

namespace TaiSupport.Helpdesk.Tests;

/// <summary><c>POST /api/incidents/assess</c> (manual §3.1, D16) through the host.</summary>
public sealed class IncidentApiTests : IDisposable
{
    private readonly Scenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Theory]
    [InlineData("""{"apiDownMinutes": 3}""", "None")]                 // §3.1 "down for >3 minutes": exactly 3 is not P1
    [InlineData("""{"apiDownMinutes": 3.0166667}""", "P1")]           // 3 min 1 s is
    [InlineData("""{"latencyMs": 1001}""", "P2")]                     // "latency >1 sec"
    [InlineData("""{"singleCustomerCoreFeatureOutageMinutes": 40, "userError": "wrongApiKey"}""", "None")] // "Do NOT declare": user error
    public async Task Assess_Signals_DeclaresTheManualsLevel(string signals, string level)
    {
        var assessment = await scenario.Client.PostOk("/api/incidents/assess", signals);

        Assert.Equal(level, assessment.GetProperty("level").GetString());
        Assert.Equal(level != "None", assessment.GetProperty("declare").GetBoolean());
        Assert.NotEqual(0, assessment.GetProperty("trace").GetArrayLength());
    }

    [Fact]
    public async Task Assess_P1_ListsEveryCriterionThatFired()
    {
        var assessment = await scenario.Client.PostOk("/api/incidents/assess", """{"apiDownMinutes": 5, "dataLoss": true, "errorRatePct": 7.5}""");

        Assert.Equal("P1", assessment.GetProperty("level").GetString());
        Assert.Equal(3, assessment.GetProperty("fired").GetArrayLength());
        Assert.Equal(3, assessment.GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task Assess_BadSignals_ProblemDetailsNameEachField()
    {
        using var response = await scenario.Client.PostAsync("/api/incidents/assess", Api.Body(
            """{"apiDown": 5, "latencyMs": "fast", "errorRatePct": 120, "userError": "WrongApiKey"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJson()).GetProperty("errors");
        Assert.Equal(["apiDown", "errorRatePct", "latencyMs", "userError"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal("\"WrongApiKey\" is not one of wrongApiKey, rateLimit, documentation, featureRequest, cosmetic.", errors.GetProperty("userError")[0].GetString());
    }
}
