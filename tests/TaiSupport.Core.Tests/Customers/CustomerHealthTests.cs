using TaiSupport.Core.Customers;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Customers;

/// <summary>Manual §4.3 (D14): the churn triggers over customer records, both sides of each threshold.</summary>
public sealed class CustomerHealthTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 17, 0);
    private static readonly CustomerHealthPolicy Policy = CustomerHealthPolicy.Default;

    private static CustomerRecord Customer(string id = "acme") => new() { Id = id, Tier = Tier.Enterprise };

    [Fact]
    public void Inactive_Exactly14Days_Fires_WithTheManualsActionsAndDues()
    {
        var last = Now - Duration.FromDays(14);
        var result = CustomerHealth.Evaluate(Customer() with { LastApiCallAt = last }, Now, Policy);
        var trigger = Assert.Single(result.Triggers);
        Assert.Equal("inactive", trigger.Trigger);
        Assert.Equal(Now, trigger.Since);
        Assert.Equal("no API call for 336h ≥ 336h", trigger.Reason);
        Assert.Equal(["alertCsm", "sendReengagementEmail", "offerWorkingSession"], trigger.Actions.Select(a => a.Action.Action));
        Assert.Equal(Now + Duration.FromHours(24), trigger.Actions[0].Due);
        Assert.False(trigger.Actions[0].Overdue);
        Assert.Null(trigger.Actions[2].Due);
        Assert.All(trigger.Actions, a => Assert.Equal("§4.3, D14", a.Action.Source));
    }

    [Fact]
    public void Inactive_13Days23Hours59Minutes_DoesNotFire()
    {
        var last = Now - Duration.FromDays(14) + Duration.FromMinutes(1);
        var result = CustomerHealth.Evaluate(Customer() with { LastApiCallAt = last }, Now, Policy);
        Assert.True(result.IsHealthy);
        Assert.Contains(result.Trace, t => t.Reason == "last API call 335h 59m ago is less than 336h");
    }

    [Fact]
    public void Inactive_LongAgo_ActionsAreOverdue_AndUnknownOrFutureCallsDoNotFire()
    {
        var stale = CustomerHealth.Evaluate(Customer() with { LastApiCallAt = Now - Duration.FromDays(20) }, Now, Policy);
        Assert.True(stale.Triggers[0].Actions[0].Overdue);
        Assert.Equal(Now - Duration.FromDays(6), stale.Triggers[0].Since);
        Assert.True(CustomerHealth.Evaluate(Customer(), Now, Policy).IsHealthy);
        Assert.True(CustomerHealth.Evaluate(Customer() with { LastApiCallAt = Now + Duration.FromDays(1) }, Now, Policy).IsHealthy);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(0, true)]
    [InlineData(10, false)]
    public void LowCsat_BelowFive_Fires_FiveDoesNot(int score, bool fires)
    {
        var at = Now - Duration.FromHours(2);
        var result = CustomerHealth.Evaluate(Customer() with { Csat = [new CsatScore(at, score, "T-88")] }, Now, Policy);
        Assert.Equal(fires, !result.IsHealthy);
        if (fires)
        {
            var trigger = Assert.Single(result.Triggers);
            Assert.Equal($"latest CSAT {score} on T-88 < 5", trigger.Reason);
            Assert.Equal(["alertCsm", "callCustomer", "offerConcessions"], trigger.Actions.Select(a => a.Action.Action));
            Assert.Equal(at + Duration.FromHours(1), trigger.Actions[0].Due);
            Assert.True(trigger.Actions[0].Overdue);
            Assert.Equal(at + Duration.FromHours(24), trigger.Actions[1].Due);
            Assert.False(trigger.Actions[1].Overdue);
        }
    }

    [Fact]
    public void LowCsat_TheLatestScoreCounts_NotAnOlderOrAFutureOne()
    {
        CsatScore[] recovered = [new(Now - Duration.FromDays(3), 3), new(Now - Duration.FromDays(1), 8)];
        Assert.True(CustomerHealth.Evaluate(Customer() with { Csat = [.. recovered] }, Now, Policy).IsHealthy);
        CsatScore[] worse = [new(Now - Duration.FromDays(1), 4), new(Now - Duration.FromDays(3), 9), new(Now + Duration.FromHours(1), 10)];
        Assert.Equal("lowCsat", Assert.Single(CustomerHealth.Evaluate(Customer() with { Csat = [.. worse] }, Now, Policy).Triggers).Trigger);
    }

    [Fact]
    public void LowCsat_OlderThanTheLookback_DoesNotFire_AtTheLookbackItDoes()
    {
        Assert.True(CustomerHealth.Evaluate(Customer() with { Csat = [new(Now - Duration.FromDays(30) - Duration.FromMinutes(1), 2)] }, Now, Policy).IsHealthy);
        Assert.False(CustomerHealth.Evaluate(Customer() with { Csat = [new(Now - Duration.FromDays(30), 2)] }, Now, Policy).IsHealthy);
    }

    [Fact]
    public void SameIssue_ThreeTickets_Fire_TwoDoNot()
    {
        SameIssueTicket[] two = [new("T1", "webhooks", Now - Duration.FromDays(5)), new("T2", "webhooks", Now - Duration.FromDays(3))];
        var healthy = CustomerHealth.Evaluate(Customer() with { SameIssueTickets = [.. two] }, Now, Policy);
        Assert.True(healthy.IsHealthy);
        Assert.Contains(healthy.Trace, t => t.Reason == "2 ticket(s) on issue 'webhooks' < 3");

        var third = new SameIssueTicket("T3", "webhooks", Now - Duration.FromDays(1));
        var result = CustomerHealth.Evaluate(Customer() with { SameIssueTickets = [.. two, third] }, Now, Policy);
        var trigger = Assert.Single(result.Triggers);
        Assert.Equal("sameIssue", trigger.Trigger);
        Assert.Equal(third.OpenedAt, trigger.Since);
        Assert.Equal("3 tickets on issue 'webhooks' ≥ 3", trigger.Reason);
        Assert.Equal(["alertVpProduct", "fixOrOfferCustomSolution"], trigger.Actions.Select(a => a.Action.Action));
        Assert.Equal(third.OpenedAt + Duration.FromHours(24), trigger.Actions[0].Due);
    }

    [Fact]
    public void SameIssue_ATicketLinkedTwice_CountsOnce_AndIssuesAreNotMixed()
    {
        SameIssueTicket[] links =
        [
            new("T1", "webhooks", Now - Duration.FromDays(5)), new("T1", "webhooks", Now - Duration.FromDays(4)),
            new("T2", "webhooks", Now - Duration.FromDays(3)), new("T3", "billing", Now - Duration.FromDays(1)),
            new("T4", "webhooks", Now + Duration.FromDays(1)),
        ];
        Assert.True(CustomerHealth.Evaluate(Customer() with { SameIssueTickets = [.. links] }, Now, Policy).IsHealthy);
    }

    [Fact]
    public void DailyList_OnlyCustomersWithTriggers_MostUrgentFirst()
    {
        CustomerRecord[] customers =
        [
            Customer("fine") with { LastApiCallAt = Now - Duration.FromHours(3), Csat = [new(Now - Duration.FromDays(2), 9)] },
            Customer("idle") with { LastApiCallAt = Now - Duration.FromDays(15) },
            Customer("unhappy") with { Csat = [new(Now - Duration.FromDays(2), 3)] },
        ];
        var list = CustomerHealth.DailyList(customers, Now, Policy);
        Assert.Equal(["unhappy", "idle"], list.Select(r => r.CustomerId));
    }

    [Fact]
    public void Policy_Default_IsValid_ABadOneIsRefused()
    {
        Assert.True(Policy.Validate().IsValid);
        var bad = Policy with { SameIssueTicketsAtLeast = 1, InactiveAfter = Duration.Zero };
        Assert.Equal(["InactiveAfter", "SameIssueTicketsAtLeast"], bad.Validate().Errors.Select(e => e.PropertyName).Order());
        Assert.Throws<TaiValidationException>(() => CustomerHealth.Evaluate(Customer(), Now, bad));
    }

    [Fact]
    public void Policy_Thresholds_AreData()
    {
        var strict = Policy with { InactiveAfter = Duration.FromDays(7), CsatBelow = 7, SameIssueTicketsAtLeast = 2 };
        var customer = Customer() with
        {
            LastApiCallAt = Now - Duration.FromDays(7),
            Csat = [new(Now - Duration.FromHours(1), 6)],
            SameIssueTickets = [new("T1", "x", Now - Duration.FromDays(2)), new("T2", "x", Now - Duration.FromDays(1))],
        };
        Assert.Equal(["sameIssue", "lowCsat", "inactive"], CustomerHealth.Evaluate(customer, Now, strict).Triggers.Select(t => t.Trigger));
    }
}
