using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>Builders for escalation cases and assertions on decision outcomes.</summary>
internal static class EscalationTestData
{
    /// <summary>Monday 2026-01-26 10:00 PST.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 1, 26, 18, 0);

    public static EscalationCase Case(
        TicketSignals? signals = null, Tier tier = Tier.Professional, Priority priority = Priority.Low, TicketRoute route = TicketRoute.StandardSupport,
        Category category = Category.Other) =>
        new(tier, priority, category, route, signals ?? TicketSignals.None, Now);

    public static string[] ActionNames(DecisionOutcome outcome) => [.. outcome.Actions.Select(a => a.Action)];

    public static DecisionAction Single(DecisionOutcome outcome, string action) => Assert.Single(outcome.Actions, a => a.Action == action);

    public static string[] Rules(DecisionOutcome outcome) => [.. outcome.Path.Select(p => p.Rule)];
}
