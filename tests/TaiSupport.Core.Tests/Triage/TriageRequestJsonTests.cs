using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>Reading tickets for triage from JSON.</summary>
public sealed class TriageRequestJsonTests
{
    [Fact]
    public void Read_EverySignal()
    {
        var request = TriageRequestJson.Read("""
            {"id":"T1","tier":"enterprise","subject":"s","body":"b","priority":"High","category":"Feature","createdAt":"ignored",
             "signals":{"productionDown":true,"losingMoney":false,"featureBroken":true,"workaroundExists":false,"cosmetic":false,
               "apiErrorCode":401,"billing":false,"featureRequest":false,"urgent":true,"churnThreat":false,"integration":true,
               "legalOrSecurity":false,"contractChange":true,"priceNegotiation":false,"investigationMinutes":45.5,"financialImpact":10000.01,
               "csat":4.5,"lastApiCallAt":"2026-01-12T10:00:00-08:00","sameIssueTickets":3,"dataLoss":false,"securityVulnerability":false,
               "platformImpactPct":20,"reproducibleBug":true,"latencyMs":501,"errorRatePct":5.5,"wrongData":false,"potentialBug":false,
               "performanceQuestion":false,"edgeCase":true}}
            """).GetValueOrThrow();
        Assert.Equal(("T1", Tier.Enterprise, "s", "b", Priority.High, Category.Feature), (request.Id, request.Tier, request.Subject, request.Body, request.Priority, request.Category));
        var s = request.Signals;
        Assert.Equal("401", s.ApiErrorCode);
        Assert.Equal(Duration.FromSeconds(45 * 60 + 30), s.InvestigationTime);
        Assert.Equal(10_000.01m, s.FinancialImpact);
        Assert.Equal(Instant.FromUtc(2026, 1, 12, 18, 0), s.LastApiCallAt);
        Assert.Equal((true, false, true, 3, Duration.FromMilliseconds(501), 5.5m), (s.ProductionDown, s.LosingMoney, s.EdgeCase, s.SameIssueTickets, s.Latency, s.ErrorRatePct));
    }

    [Fact]
    public void Read_OnlyTierIsRequired()
    {
        var request = TriageRequestJson.Read("""{"tier":"Starter"}""").GetValueOrThrow();
        Assert.Equal(TicketSignals.None, request.Signals);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnce()
    {
        var result = TriageRequestJson.Read("""
            {"subject":5,"signals":{"csat":11,"churnthreat":true,"urgent":"yes","sameIssueTickets":0,"apiErrorCode":[],"lastApiCallAt":"2026-01-12"}}
            """);
        Assert.Equal(
            ["$.signals.apiErrorCode", "$.signals.churnthreat", "$.signals.csat", "$.signals.lastApiCallAt", "$.signals.sameIssueTickets", "$.signals.urgent", "$.subject", "$.tier"],
            result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal));
        Assert.Contains(result.Problems, p => p.ErrorMessage == "unknown property 'churnthreat'; did you mean 'churnThreat'?");
    }

    [Fact]
    public void WriteSignals_WritesOnlyKnownSignals()
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            TriageRequestJson.WriteSignals(writer, new TicketSignals { Csat = 4m, InvestigationTime = Duration.FromMinutes(31), LastApiCallAt = Instant.FromUtc(2026, 1, 1, 0, 0) });
        }

        Assert.Equal("""{"investigationMinutes":31,"csat":4,"lastApiCallAt":"2026-01-01T00:00:00Z"}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
