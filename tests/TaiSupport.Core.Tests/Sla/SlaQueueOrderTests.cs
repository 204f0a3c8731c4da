using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tickets.TicketStatus;

namespace TaiSupport.Core.Tests.Sla;

/// <summary>The queue order (quick reference "SLA Targets" Priority column; D10).</summary>
public sealed class SlaQueueOrderTests
{
    private static readonly Instant Now = Pt.At("2026-01-26 10:00");

    private static Ticket Ticket(string id, Tier tier, Priority priority, string created, params (string, TicketStatus)[] changes) =>
        Pt.Ticket(tier, priority, created, changes) with { Id = id };

    private static string[] Order(params Ticket[] tickets) =>
        [.. SlaEvaluator.Default.EvaluateQueue(tickets, Now).Select(r => r.Ticket.Id)];

    [Fact]
    public void Queue_BreachedFirst_ThenSoonestDue_ThenNoDueLast()
    {
        var breached = Ticket("breached", Tier.Starter, Priority.Low, "2026-01-23 09:00");          // first response due Fri 17:00: breached
        var atRisk = Ticket("at-risk", Tier.Enterprise, Priority.High, "2026-01-26 09:05");         // due 10:05
        var pending = Ticket("pending", Tier.Enterprise, Priority.High, "2026-01-26 09:45");        // due 10:45
        var paused = Ticket("paused", Tier.Enterprise, Priority.Critical, "2026-01-26 09:00", ("2026-01-26 09:10", WaitingOnCustomer)) with
        {
            FirstResponseAt = Pt.At("2026-01-26 09:10"),
        };
        Assert.Equal(["breached", "at-risk", "pending", "paused"], Order(paused, pending, atRisk, breached));
    }

    [Fact]
    public void Queue_AmongBreachedTickets_TheLongestOverdueComesFirst()
    {
        var older = Ticket("older", Tier.Enterprise, Priority.Low, "2026-01-26 07:00");   // due 08:00
        var newer = Ticket("newer", Tier.Enterprise, Priority.Critical, "2026-01-26 08:30"); // due 09:30
        Assert.Equal(["older", "newer"], Order(newer, older));
    }

    [Fact]
    public void Queue_EqualDues_HigherPriorityFirst()
    {
        // Both due 10:30 on "always": an Enterprise High and an Enterprise Critical created at the same instant.
        var high = Ticket("high", Tier.Enterprise, Priority.High, "2026-01-26 09:30");
        var critical = Ticket("critical", Tier.Enterprise, Priority.Critical, "2026-01-26 09:30");
        Assert.Equal(["critical", "high"], Order(high, critical));
    }

    [Fact]
    public void Queue_EqualDuesAndPriority_HigherTierRankFirst()
    {
        // D10: Enterprise (rank High) before Professional (Medium) before Starter (Low); Critical runs on "always" for all.
        var starter = Ticket("starter", Tier.Starter, Priority.Critical, "2026-01-26 09:30");
        var professional = Ticket("professional", Tier.Professional, Priority.Critical, "2026-01-26 09:30");
        var enterprise = Ticket("enterprise", Tier.Enterprise, Priority.Critical, "2026-01-26 09:30");
        Assert.Equal(["enterprise", "professional", "starter"], Order(starter, enterprise, professional));
    }

    [Fact]
    public void Queue_CompleteTies_AreBrokenByCreationThenId()
    {
        var b = Ticket("b", Tier.Enterprise, Priority.High, "2026-01-26 09:30", ("2026-01-26 09:35", Resolved));
        var a = Ticket("a", Tier.Enterprise, Priority.High, "2026-01-26 09:30", ("2026-01-26 09:35", Resolved));
        var older = Ticket("z-older", Tier.Enterprise, Priority.High, "2026-01-26 09:00", ("2026-01-26 09:35", Resolved));
        Assert.Equal(["z-older", "a", "b"], Order(b, a, older));
    }

    [Fact]
    public void Compare_NullsSortLastAndAResultEqualsItself()
    {
        var result = SlaEvaluator.Default.Evaluate(Ticket("x", Tier.Starter, Priority.Low, "2026-01-26 09:00"), Now);
        Assert.Equal(0, SlaQueueOrder.Default.Compare(result, result));
        Assert.True(SlaQueueOrder.Default.Compare(result, null) < 0);
        Assert.True(SlaQueueOrder.Default.Compare(null, result) > 0);
    }

    [Fact]
    public void NextDue_IsTheEarlierOpenClock()
    {
        var responded = Ticket("r", Tier.Enterprise, Priority.High, "2026-01-26 09:00") with { FirstResponseAt = Pt.At("2026-01-26 09:10") };
        var result = SlaEvaluator.Default.Evaluate(responded, Now);
        Assert.Equal(result.ResolutionDue, result.NextDue); // first response met: only the resolution clock is open
        var silent = SlaEvaluator.Default.Evaluate(responded with { FirstResponseAt = null }, Now);
        Assert.Equal(silent.FirstResponseDue, silent.NextDue);
    }

    [Fact]
    public void TierRanks_ArePolicyData()
    {
        var flat = SlaPolicy.Default with
        {
            TierRanks = SlaPolicy.Default.TierRanks.SetItem(Tier.Starter, Priority.Critical),
        };
        var starter = Ticket("starter", Tier.Starter, Priority.Critical, "2026-01-26 09:30");
        var enterprise = Ticket("enterprise", Tier.Enterprise, Priority.Critical, "2026-01-26 09:30");
        Assert.Equal(["starter", "enterprise"], new SlaEvaluator(flat).EvaluateQueue([enterprise, starter], Now).Select(r => r.Ticket.Id));
    }
}
