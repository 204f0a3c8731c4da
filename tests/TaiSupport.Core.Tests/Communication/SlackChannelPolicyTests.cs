using System.Reflection;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Customers;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Communication;

/// <summary>Manual §10.2: every action maps to one of the six Slack channels.</summary>
public sealed class SlackChannelPolicyTests
{
    private static readonly SlackChannelPolicy Policy = SlackChannelPolicy.Default;

    [Theory]
    [InlineData("updateStatusPage", "#support-critical")]
    [InlineData("logInSupportCritical", "#support-critical")]
    [InlineData("escalateToVpProduct", "#support-critical")]
    [InlineData("pageEngineering", "#support-escalations")]
    [InlineData("messageEngineering", "#support-escalations")]
    [InlineData("addToFeatureRequestLog", "#support-feature-requests")]
    [InlineData("standup", "#support-standdown")]
    [InlineData("slaAtRisk", "#support-alerts")]
    [InlineData("alertCsm", "#support-general")]
    [InlineData("somethingNew", "#support-general")]
    public void ChannelFor_Action_IsTheManualsChannel(string action, string channel) => Assert.Equal(channel, Policy.ChannelFor(action));

    [Fact]
    public void EveryKnownAction_GoesToAChannelOfTheManual()
    {
        var names = typeof(EscalationActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.All(names, n => Assert.Contains(Policy.ChannelFor(n), SlackChannelPolicy.ManualChannels));
        Assert.All(Policy.ByAction.Values, c => Assert.Contains(c, SlackChannelPolicy.ManualChannels));
        Assert.True(Policy.Validate().IsValid);
        Assert.False((Policy with { Fallback = "general" }).Validate().IsValid);
    }

    [Fact]
    public void Route_CarriesTheChannelOnEveryAction_IncidentAndCustomerActions()
    {
        var affected = IncidentTickets.Affected(["T-101"], Incidents.IncidentTicketsTests.ExampleTickets);
        var incident = Policy.Route(IncidentFollowUp.Channels(affected, Incidents.IncidentTicketsTests.ExampleTickets, IncidentPolicy.Default).Select(c => c.Action));
        Assert.All(incident, r => Assert.Equal("#support-critical", r.SlackChannel));

        var now = Instant.FromUtc(2026, 3, 2, 17, 0);
        var health = CustomerHealth.Evaluate(new CustomerRecord { Id = "x", LastApiCallAt = now - Duration.FromDays(20) }, now, CustomerHealthPolicy.Default);
        var routed = Policy.Route(health.Triggers.SelectMany(t => t.Actions).Select(a => a.Action));
        Assert.Equal(["#support-general", "#support-general", "#support-general"], routed.Select(r => r.SlackChannel));
    }

    [Fact]
    public void EveryPlaybookAction_GoesToSupportCritical() =>
        Assert.All(PlaybookActions.All, a => Assert.Equal("#support-critical", Policy.ChannelFor(a)));
}
