using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using TicketRoute = TaiSupport.Core.Tickets.TicketRoute;

namespace TaiSupport.Helpdesk.Api;

/// <summary>A ticket as the API returns it: stored fields, the SLA evaluated at <see cref="SlaView.EvaluatedAt"/>, the trace.</summary>
internal sealed record TicketView(
    string Id,
    string Subject,
    string Body,
    Tier Tier,
    Priority Priority,
    Category Category,
    TicketStatus Status,
    Instant CreatedAt,
    Instant? FirstResponseAt,
    string? Assignee,
    TicketRoute Route,
    EscalationTier HeldBy,
    EngineeringLevel? EngineeringLevel,
    ImmutableArray<ScheduledAction> Actions,
    SlaView Sla,
    ImmutableArray<StatusView> StatusHistory,
    ImmutableArray<ChangeView> Changes,
    ImmutableArray<NotificationView> Notifications,
    ImmutableArray<TraceStep> Trace,
    ImmutableArray<MessageView> Messages,
    string Channel = "email",
    string? Customer = null,
    ImmutableArray<ClockView> Clocks = default,
    ImmutableArray<AlertView> Alerts = default,
    Instant? NextCheckAt = null,
    RootCause? RootCause = null,
    string? ResolutionSummary = null,
    ImmutableArray<string> ResolutionProblems = default);

/// <summary>One clock of the ticket's life (D22–D26), as <c>tai ticket</c> writes it: durations in the one ISO spelling.</summary>
internal sealed record ClockView(
    string Clock, int Cycle, string State, string Target, string Calendar, Instant StartedAt, Instant? Due, Instant? StoppedAt, string Counted, string Paused);

/// <summary>One alert of the escalation ladder (D27): fired or scheduled, with the notification kind it is recorded as.</summary>
internal sealed record AlertView(string Clock, int Cycle, string Level, string Kind, string Rule, Instant At, bool Fired, ImmutableArray<string> Actions);

/// <summary>One message of the conversation, named as D21's events: <c>customerMessage</c>, <c>agentReply</c> (<c>holding</c> or not), <c>internalNote</c>.</summary>
internal sealed record MessageView(Instant At, string Kind, bool Holding, string Text, string Actor);

/// <summary>The SLA state of a ticket at an instant (manual §2.2.5, D7–D9); states are camelCase as in <c>tai sla</c>.</summary>
internal sealed record SlaView(
    Instant EvaluatedAt,
    Instant FirstResponseDue,
    string FirstResponseState,
    Instant? ResolutionDue,
    string ResolutionState,
    bool Reassign,
    Instant ReassignAt,
    Instant? NextDue,
    ImmutableArray<TraceStep> Trace);

internal sealed record StatusView(Instant At, TicketStatus Status);

/// <summary>One change of a ticket and who made it (the signed-in user's or API client's name).</summary>
internal sealed record ChangeView(Instant At, string Field, string? From, string? To, string? Actor);

internal sealed record NotificationView(long Id, string TicketId, string Kind, Instant Due, Instant RaisedAt, string Message, int Cycle = 1, Instant? At = null, string? Rule = null);

/// <summary>One row of the queue page.</summary>
internal sealed record QueueEntry(
    int Position,
    string Id,
    string Subject,
    Tier Tier,
    Priority Priority,
    Category Category,
    TicketStatus Status,
    TicketRoute Route,
    Instant CreatedAt,
    SlaView Sla);

/// <summary>The queue in the library's order, with the server's clock so the page counts down from the right instant.</summary>
internal sealed record QueueView(Instant Now, string Zone, long Total, ImmutableArray<QueueEntry> Tickets);
