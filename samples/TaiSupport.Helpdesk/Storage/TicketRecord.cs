using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using TicketRoute = TaiSupport.Core.Tickets.TicketRoute;

namespace TaiSupport.Helpdesk.Storage;

/// <summary>
/// A ticket as the helpdesk stores it: the engine's own <see cref="Core.Tickets.Ticket"/> (what the SLA clocks read)
/// plus what only the helpdesk keeps — the text, the signals the client sent, and the triage decision.
/// </summary>
internal sealed record TicketRecord
{
    public required Ticket Ticket { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>The request's <c>signals</c> object as JSON text (<c>{}</c> when none).</summary>
    public string SignalsJson { get; init; } = "{}";

    /// <summary>The triage decision taken when the ticket was created.</summary>
    public required TriageRecord Triage { get; init; }

    public string Id => Ticket.Id;

    public bool IsClosed => Ticket.Status is TicketStatus.Resolved or TicketStatus.Closed;
}

/// <summary>What triage decided at creation: the route, who holds the ticket, the actions with their due instants, the trace.</summary>
internal sealed record TriageRecord(
    TicketRoute Route,
    EscalationTier HeldBy,
    EngineeringLevel? EngineeringLevel,
    ImmutableArray<ScheduledAction> Actions,
    ImmutableArray<TraceStep> Trace);

/// <summary>A notification the watcher raised from a fired alert of the ticket-life engine; (ticket, kind, cycle, alert instant) is unique.</summary>
internal sealed record NotificationRecord(long Id, string TicketId, string Kind, Instant Due, Instant RaisedAt, string Message, int Cycle, Instant? At, string? Rule);

/// <summary>A recorded change of priority or tier.</summary>
internal sealed record FieldChange(Instant At, string Field, string? OldValue, string? NewValue, string? Actor);

/// <summary>One row of the stored queue: what the queue page shows, read without evaluating the ticket.</summary>
internal sealed record QueueRow(
    string Id, string Subject, Tier Tier, Priority Priority, Category Category, TicketStatus Status, TicketRoute Route, Instant CreatedAt,
    Instant FirstResponseDue, string FirstResponseState, Instant? ResolutionDue, string ResolutionState, bool Reassign, Instant ReassignAt,
    Instant? NextDue, Instant? NextCheckAt);
