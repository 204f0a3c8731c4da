using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Helpdesk.Storage;

/// <summary>A ticket as the helpdesk stores it: the engine's fields plus the text, the signals and the triage decision.</summary>
internal sealed record TicketRecord
{
    public required string Id { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public required Tier Tier { get; init; }

    public required Priority Priority { get; init; }

    public required Category Category { get; init; }

    public required Instant CreatedAt { get; init; }

    public Instant? FirstResponseAt { get; init; }

    public string? Assignee { get; init; }

    /// <summary>The status changes after creation, in order (the ticket is Open from creation).</summary>
    public ImmutableArray<StatusEntry> StatusChanges { get; init; } = [];

    /// <summary>The request's <c>signals</c> object as JSON text (<c>{}</c> when none).</summary>
    public string SignalsJson { get; init; } = "{}";

    /// <summary>The triage decision taken when the ticket was created.</summary>
    public required TriageRecord Triage { get; init; }

    public TicketStatus Status => StatusChanges.IsEmpty ? TicketStatus.Open : StatusChanges[^1].Status;

    public bool IsClosed => Status is TicketStatus.Resolved or TicketStatus.Closed;
}

/// <summary>One status change.</summary>
internal sealed record StatusEntry(Instant At, TicketStatus Status);

/// <summary>What triage decided at creation: the route, the actions with their windows, and the trace.</summary>
internal sealed record TriageRecord(string Route, ImmutableArray<DecisionAction> Actions, ImmutableArray<TraceStep> Trace);

/// <summary>A notification the SLA watcher raised; (ticket, kind, due) is unique.</summary>
internal sealed record NotificationRecord(long Id, string TicketId, string Kind, Instant Due, Instant RaisedAt, string Message);

/// <summary>A recorded change of priority or tier.</summary>
internal sealed record FieldChange(Instant At, string Field, string? OldValue, string? NewValue);
