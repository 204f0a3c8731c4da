using NodaTime;

namespace TaiSupport.Core.Tickets;

/// <summary>The channel a ticket arrived on (manual §1.3; D21). It decides which conversation clocks run (D22, D24, D25).</summary>
public enum TicketChannel
{
    /// <summary>Email, the default: the inbox-check assignment clock runs (§1.3 email; D25).</summary>
    Email = 0,

    /// <summary>Slack: the acknowledge and next-reply clocks run (§1.3 Slack; D22, D24).</summary>
    Slack = 1,

    /// <summary>Phone.</summary>
    Phone = 2,

    /// <summary>A web form.</summary>
    Web = 3,
}

/// <summary>What happened in one <see cref="TicketEvent"/> (D21). JSON writes these in camelCase.</summary>
public enum TicketEventType
{
    /// <summary>The customer wrote; may start a next-reply cycle (D24).</summary>
    CustomerMessage,

    /// <summary>A public agent reply; <see cref="TicketEvent.Holding"/> marks a "looking into this" reply (D22, D23).</summary>
    AgentReply,

    /// <summary>An internal note: stops no clock (D21).</summary>
    InternalNote,

    /// <summary>A status change (<see cref="TicketEvent.Status"/>), as a <see cref="StatusChange"/> (D7).</summary>
    Status,

    /// <summary>A priority change (<see cref="TicketEvent.Priority"/>): the clocks are recomputed from creation (D7, D29 d).</summary>
    Priority,

    /// <summary>A tier change (<see cref="TicketEvent.Tier"/>): the clocks are recomputed from creation (D7, D29 d).</summary>
    Tier,

    /// <summary>An assignment to a person (<see cref="TicketEvent.Assignee"/>) and optionally the owning team (<see cref="TicketEvent.Team"/>) (D25, D29 g).</summary>
    Assigned,
}

/// <summary>
/// One event of a ticket's life (manual §1.3, §2.2; default policy D21): a message, a reply, a note, a status,
/// priority or tier change, or an assignment. Events are listed in time order; equal instants apply in list order.
/// </summary>
/// <remarks>Build events with the factory methods; <see cref="TicketValidator"/> checks their fields and order.</remarks>
/// <example>
/// <code>
/// ticket = ticket with { Events = [TicketEvent.AgentReply(at, holding: true), TicketEvent.CustomerMessage(later)] };
/// </code>
/// </example>
public sealed record TicketEvent
{
    /// <summary>When it happened.</summary>
    public required Instant At { get; init; }

    /// <summary>What happened.</summary>
    public required TicketEventType Type { get; init; }

    /// <summary>For an agent reply: true for a holding reply ("looking into this"), which answers the acknowledge and next-reply clocks but not the first response (D22–D24).</summary>
    public bool Holding { get; init; }

    /// <summary>For a status event: the new status.</summary>
    public TicketStatus? Status { get; init; }

    /// <summary>For a priority event: the new priority.</summary>
    public Priority? Priority { get; init; }

    /// <summary>For a tier event: the new tier.</summary>
    public Tier? Tier { get; init; }

    /// <summary>For an assignment: the person (required, D29 g).</summary>
    public string? Assignee { get; init; }

    /// <summary>For an assignment: the team that owns the ticket from then on (follow-the-sun); null keeps the owning team.</summary>
    public string? Team { get; init; }

    /// <summary>A customer message.</summary>
    /// <param name="at">When it arrived.</param>
    /// <returns>The event.</returns>
    public static TicketEvent CustomerMessage(Instant at) => new() { At = at, Type = TicketEventType.CustomerMessage };

    /// <summary>A public agent reply.</summary>
    /// <param name="at">When it was sent.</param>
    /// <param name="holding">True for a holding reply ("looking into this").</param>
    /// <returns>The event.</returns>
    public static TicketEvent AgentReply(Instant at, bool holding = false) => new() { At = at, Type = TicketEventType.AgentReply, Holding = holding };

    /// <summary>An internal note.</summary>
    /// <param name="at">When it was written.</param>
    /// <returns>The event.</returns>
    public static TicketEvent InternalNote(Instant at) => new() { At = at, Type = TicketEventType.InternalNote };

    /// <summary>A status change.</summary>
    /// <param name="at">When the status changed.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The event.</returns>
    public static TicketEvent StatusChanged(Instant at, TicketStatus status) => new() { At = at, Type = TicketEventType.Status, Status = status };

    /// <summary>A priority change.</summary>
    /// <param name="at">When the priority changed.</param>
    /// <param name="priority">The new priority.</param>
    /// <returns>The event.</returns>
    public static TicketEvent PriorityChanged(Instant at, Priority priority) => new() { At = at, Type = TicketEventType.Priority, Priority = priority };

    /// <summary>A tier change.</summary>
    /// <param name="at">When the tier changed.</param>
    /// <param name="tier">The new tier.</param>
    /// <returns>The event.</returns>
    public static TicketEvent TierChanged(Instant at, Tier tier) => new() { At = at, Type = TicketEventType.Tier, Tier = tier };

    /// <summary>An assignment.</summary>
    /// <param name="at">When the ticket was assigned.</param>
    /// <param name="assignee">The person.</param>
    /// <param name="team">The owning team from then on, or null.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Assigned(Instant at, string assignee, string? team = null) =>
        new() { At = at, Type = TicketEventType.Assigned, Assignee = assignee, Team = team };
}
