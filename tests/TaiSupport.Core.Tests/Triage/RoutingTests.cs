using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>Routing (§2.1, D12): the first matching tier of the triage workflow wins.</summary>
public sealed class RoutingTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 26, 18, 0);

    private static RoutingDecision Route(TicketSignals signals, Priority? priority = null, TicketTriage? triage = null)
    {
        triage ??= TicketTriage.Default;
        return triage.EvaluateRoute(triage.EvaluateClassification(new TriageRequest { Tier = Tier.Professional, Signals = signals, Priority = priority }), Now);
    }

    [Theory]
    [InlineData("401")]
    [InlineData("429")]
    [InlineData("malformedJson")]
    [InlineData("MALFORMEDJSON")]
    public void ApiErrorInTheAutoResolveList_IsAutoResolved(string code)
    {
        // §2.1: "Tier 1: API Error? ├─ Yes → Check if in auto-resolve list (401, 429, malformed JSON, etc.) └─ If yes → Send auto-response + close ticket"
        var routing = Route(new TicketSignals { ApiErrorCode = code, Billing = true, ChurnThreat = true });
        Assert.Equal(Core.Tickets.TicketRoute.AutoResolve, routing.Route);
        Assert.Equal(["sendAutoResponse", "closeTicket"], routing.Actions.Select(a => a.Action));
        Assert.Contains("is in the auto-resolve list (401, 429, malformedJson)", routing.Trace.Reason);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("403")]
    public void OtherApiErrors_GoToEngineeringEscalations(string code)
    {
        // §2.1: "└─ If no → Route to Engineering Escalations"
        var routing = Route(new TicketSignals { ApiErrorCode = code, Billing = true });
        Assert.Equal(Core.Tickets.TicketRoute.EngineeringEscalation, routing.Route);
        Assert.Equal(["routeToEngineeringEscalations"], routing.Actions.Select(a => a.Action));
    }

    [Fact]
    public void TheAutoResolveList_IsPolicyData()
    {
        var triage = TicketTriage.Create(TriagePolicy.Default with { AutoResolveApiErrors = ["403"] });
        Assert.Equal(Core.Tickets.TicketRoute.AutoResolve, Route(new TicketSignals { ApiErrorCode = "403" }, triage: triage).Route);
        Assert.Equal(Core.Tickets.TicketRoute.EngineeringEscalation, Route(new TicketSignals { ApiErrorCode = "401" }, triage: triage).Route);
    }

    [Fact]
    public void Billing_GoesToFinance()
    {
        // §2.1: "Tier 2: Billing/Account Question? ├─ Yes → Route to Finance / Account Manager"
        var routing = Route(new TicketSignals { Billing = true, FeatureRequest = true, ChurnThreat = true });
        Assert.Equal(Core.Tickets.TicketRoute.Finance, routing.Route);
        Assert.Equal(["routeToFinance"], routing.Actions.Select(a => a.Action));
    }

    [Fact]
    public void FeatureRequest_GetsTheThanksTemplateAndTheLog()
    {
        // §2.1: "Tier 3: Feature Request or Enhancement? ├─ Yes → Send template … └─ Add to Feature Request log (monthly review)"
        var routing = Route(new TicketSignals { FeatureRequest = true, Urgent = true });
        Assert.Equal(Core.Tickets.TicketRoute.FeatureRequestLog, routing.Route);
        Assert.Equal(["sendFeatureRequestTemplate", "addToFeatureRequestLog"], routing.Actions.Select(a => a.Action));
        Assert.Contains("Thanks for suggestion!", routing.Actions[0].Description);
    }

    [Theory]
    [InlineData("{\"urgent\":true}", "marked urgent")]
    [InlineData("{\"productionDown\":true}", "critical priority")]
    [InlineData("{\"churnThreat\":true}", "churn risk: the customer threatens to leave")]
    [InlineData("{\"csat\":4}", "churn risk: CSAT 4 < 5")]
    [InlineData("{\"sameIssueTickets\":3}", "churn risk: 3 tickets on the same issue")]
    [InlineData("{\"lastApiCallAt\":\"2026-01-12T18:00:00Z\"}", "churn risk: no API call for 336h")]
    public void UrgentOrChurnRisk_PagesVpProductOrCsmImmediately(string signals, string reason)
    {
        // §2.1: "Tier 4: Urgent/Churn-Risk Escalation? ├─ Yes → Page VP Product / CSM immediately"
        var routing = Route(TriageRequestJson.Read($$"""{"tier":"Starter","signals":{{signals}}}""").GetValueOrThrow().Signals);
        Assert.Equal(Core.Tickets.TicketRoute.ChurnEscalation, routing.Route);
        Assert.Equal("pageVpProductOrCsm", Assert.Single(routing.Actions).Action);
        Assert.Equal(Duration.Zero, routing.Actions[0].Within);
        Assert.Contains(reason, routing.Trace.Reason);
    }

    [Theory]
    [InlineData("{\"csat\":5}")]
    [InlineData("{\"sameIssueTickets\":2}")]
    [InlineData("{\"lastApiCallAt\":\"2026-01-13T18:00:00Z\"}")]
    [InlineData("{\"featureBroken\":true}")]
    [InlineData("{}")]
    public void Otherwise_StandardSupport(string signals)
    {
        // §2.1: "Standard Support Response"
        var routing = Route(TriageRequestJson.Read($$"""{"tier":"Starter","signals":{{signals}}}""").GetValueOrThrow().Signals);
        Assert.Equal(Core.Tickets.TicketRoute.StandardSupport, routing.Route);
        Assert.Empty(routing.Actions);
    }

    [Fact]
    public void RouteNames_AreTheIssuesSpellings()
    {
        Assert.Equal(
            ["AutoResolve", "EngineeringEscalation", "Finance", "FeatureRequestLog", "ChurnEscalation", "StandardSupport"],
            Enum.GetNames<TicketRoute>());
    }
}
