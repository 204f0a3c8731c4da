using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// What the §4 trees decide about: a classified ticket with its effective signals (structured ones plus those
/// keywords filled in), its route and the instant of the decision.
/// </summary>
/// <param name="Tier">The customer's tier.</param>
/// <param name="Priority">The priority triage decided (D11).</param>
/// <param name="Category">The category triage decided.</param>
/// <param name="Route">Where §2.1 sent the ticket (D12).</param>
/// <param name="Signals">The effective signals.</param>
/// <param name="Now">When the decision is made (for "no API call in 14+ days").</param>
/// <example>
/// <code>
/// var c = new EscalationCase(Tier.Enterprise, Priority.High, Category.Feature, Route.StandardSupport,
///     new TicketSignals { PriceNegotiation = true }, now);
/// EscalationTrees.EscalationCriteria(EscalationPolicy.Default).Evaluate(c); // pageVpProduct within 2 h
/// </code>
/// </example>
public sealed record EscalationCase(Tier Tier, Priority Priority, Category Category, TicketRoute Route, TicketSignals Signals, Instant Now);
