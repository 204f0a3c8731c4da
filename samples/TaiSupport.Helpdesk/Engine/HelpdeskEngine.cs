using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Storage;
using TicketRoute = TaiSupport.Core.Tickets.TicketRoute;

namespace TaiSupport.Helpdesk.Engine;

/// <summary>Triage's answer for a new ticket: the engine's ticket (priority, category; closed when auto-resolved) and the record to store.</summary>
internal sealed record TriageOutcome(Ticket Ticket, TriageRecord Record);

/// <summary>
/// What the queue and the watcher read from a ticket's row instead of re-evaluating it: whether it is open, its status
/// and route, the due it sorts by (<see cref="SlaResult.NextDue"/>, D10), its ranks, and the single next instant at
/// which its SLA state can change by itself (an at-risk start, a due, the reassign instant), or null when none can.
/// </summary>
internal sealed record QueueColumns(bool Open, string Status, string Route, Instant? NextDue, Instant? NextCheckAt, int PriorityRank, int TierRank, Instant ReassignAt, Instant CreatedAt);

/// <summary>A notification the watcher should record: kind, the due instant it is about, and the message.</summary>
internal sealed record DueNotification(string Kind, Instant Due, string Message);

/// <summary>
/// The one class of the helpdesk that calls the engine: triage a new ticket, evaluate its SLA, order the queue,
/// validate an edited ticket, and derive the watcher's notifications. Everything else is plain storage and HTTP.
/// </summary>
internal sealed class HelpdeskEngine(SlaEvaluator sla, TicketTriage triage)
{
    private static readonly OffsetDateTimePattern Shown = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm o<+HH:mm>");

    /// <summary>The zone due instants are shown in (the SLA policy's, D1).</summary>
    public string ZoneId => sla.Zone.Id;

    /// <summary>
    /// Triages a new ticket at its creation instant (§2.1, §2.2, §4; D11–D13). An auto-resolved API error (D12) gets
    /// its auto-response as the first response and is closed at once, as §2.1 says: "send auto-response + close ticket".
    /// </summary>
    public TriageOutcome Triage(TriageRequest request, string id, Instant createdAt, string? assignee)
    {
        var result = triage.Evaluate(request, createdAt);
        var ticket = new Ticket
        {
            Id = id,
            Tier = result.Tier,
            Priority = result.Priority,
            Category = result.Category,
            CreatedAt = createdAt,
            Assignee = assignee,
        };
        var trace = result.Trace;
        if (result.Route == TicketRoute.AutoResolve)
        {
            ticket = ticket.WithStatusChange(createdAt, TicketStatus.Closed) with { FirstResponseAt = createdAt };
            trace = trace.Add(new TraceStep("helpdesk.auto-resolve", "§2.1, D12",
                "the auto-response counts as the first response and the ticket is closed at creation."));
        }

        return new(ticket, new TriageRecord(result.Route, result.HeldBy, result.EngineeringLevel, result.Actions, trace));
    }

    /// <summary>The engine's problems with an edited ticket, by the engine's field path; empty when valid.</summary>
    public IDictionary<string, string[]> Validate(TicketRecord ticket) =>
        Ticket.Validate(ticket.Ticket).Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);

    public SlaView Evaluate(TicketRecord ticket, Instant now) => View(sla.Evaluate(ticket.Ticket, now));

    /// <summary>
    /// The columns a request (or the start-up backfill) writes: as <see cref="Columns"/>, but when a notification is
    /// already owed at <paramref name="now"/> (a back-dated ticket, a change that leaves a clock breached) the next
    /// check is <paramref name="now"/>, so the watcher raises it on its next tick instead of never (the key dedupes
    /// what was raised before).
    /// </summary>
    public QueueColumns ColumnsForWrite(TicketRecord ticket, SlaView view, Instant now)
    {
        var columns = Columns(ticket, view, now);
        return columns.Open && Watch(ticket, now).Due.Length > 0 ? columns with { NextCheckAt = now } : columns;
    }

    /// <summary>The stored queue columns of a ticket evaluated at <paramref name="now"/>.</summary>
    public QueueColumns Columns(TicketRecord ticket, SlaView view, Instant now)
    {
        var lead = sla.Policy.AtRiskLead;
        Instant? next = null;
        void Consider(Instant at)
        {
            if (at > now && (next is null || at < next))
            {
                next = at;
            }
        }

        if (IsRunning(view.FirstResponseState))
        {
            Consider(view.FirstResponseDue - lead);
            Consider(view.FirstResponseDue);
            Consider(view.ReassignAt);
        }

        if (view.ResolutionDue is { } due && IsRunning(view.ResolutionState))
        {
            Consider(due - lead);
            Consider(due);
        }

        var t = ticket.Ticket;
        return new QueueColumns(!ticket.IsClosed, t.Status.ToString(), ticket.Triage.Route.ToString(), view.NextDue, next,
            (int)t.Priority, sla.Policy.TierRanks.TryGetValue(t.Tier, out var rank) ? (int)rank : 0, view.ReassignAt, t.CreatedAt);
    }

    /// <summary>
    /// The SLA state of a stored clock at <paramref name="now"/> without re-evaluating: a running clock (pending, at
    /// risk, breached) moves by its due alone (at risk from <c>due - AtRiskLead</c>, breached from the due, D8); met,
    /// missed and paused stay as stored until a write changes them.
    /// </summary>
    public string StateAt(string stored, Instant? due, Instant now) =>
        !IsRunning(stored) || due is not { } d ? stored
        : now >= d ? "breached"
        : now >= d - sla.Policy.AtRiskLead ? "atRisk"
        : "pending";

    private static bool IsRunning(string state) => state is "pending" or "atRisk" or "breached";

    /// <summary>The open tickets in the library's queue order (breached first, then soonest due, priority, tier rank; D10).</summary>
    public ImmutableArray<(TicketRecord Ticket, SlaView Sla)> Queue(IReadOnlyList<TicketRecord> tickets, Instant now)
    {
        var byId = tickets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        return [.. sla.Queue(tickets.Select(t => t.Ticket), now).Select(r => (byId[r.Ticket.Id], View(r)))];
    }

    /// <summary>
    /// The SLA now, and what the watcher should have raised for this ticket by <paramref name="now"/>: at-risk from 30 minutes before a
    /// due (D8), breach at the due, reassign 2 hours past an unanswered first-response due (D9). Derived from the state
    /// at <paramref name="now"/>, so a late tick still yields what fell due meanwhile.
    /// </summary>
    public (SlaView Sla, ImmutableArray<DueNotification> Due) Watch(TicketRecord ticket, Instant now)
    {
        var result = sla.Evaluate(ticket.Ticket, now);
        return (View(result), [.. Notifications(result, now)]);
    }

    private IEnumerable<DueNotification> Notifications(SlaResult result, Instant now)
    {
        var lead = sla.Policy.AtRiskLead;
        if (result.FirstResponseState is SlaState.AtRisk or SlaState.Breached or SlaState.Missed)
        {
            yield return AtRisk("firstResponseAtRisk", "first response", result.FirstResponseDue, now, lead);
        }

        if (result.FirstResponseState is SlaState.Breached or SlaState.Missed)
        {
            yield return Breach("firstResponseBreach", "first response", result.FirstResponseDue, now);
        }

        if (result.Reassign)
        {
            yield return new DueNotification("reassign", result.ReassignAt,
                $"no first response {Minutes(result.ReassignAt - result.FirstResponseDue)} past the due {Show(result.FirstResponseDue)}: change the owner (§2.2.4, D9).");
        }

        if (result.ResolutionDue is { } due && result.ResolutionState is SlaState.AtRisk or SlaState.Breached)
        {
            yield return AtRisk("resolutionAtRisk", "resolution", due, now, lead);
            if (result.ResolutionState == SlaState.Breached)
            {
                yield return Breach("resolutionBreach", "resolution", due, now);
            }
        }
    }

    private DueNotification AtRisk(string kind, string clock, Instant due, Instant now, Duration lead) => new(kind, due,
        now < due
            ? $"{clock} due {Show(due)} is at risk: {Minutes(due - now)} left, inside the {Minutes(lead)} lead (§2.2.5, D8)."
            : $"{clock} due {Show(due)} was at risk from {Show(due - lead)} (§2.2.5, D8).");

    private DueNotification Breach(string kind, string clock, Instant due, Instant now) =>
        new(kind, due, $"{clock} due {Show(due)} is breached: {Minutes(now - due)} overdue (§2.2.5).");

    private string Show(Instant instant) => Shown.Format(instant.InZone(sla.Zone).ToOffsetDateTime());

    /// <summary>A span as people say it: <c>25 min</c>, <c>2 h</c>, <c>5 h 43 min</c> (rounded up to the minute).</summary>
    private static string Minutes(Duration duration)
    {
        var minutes = (long)Math.Ceiling(duration.TotalMinutes);
        var (hours, rest) = (minutes / 60, minutes % 60);
        return hours == 0 ? $"{rest} min" : rest == 0 ? $"{hours} h" : $"{hours} h {rest} min";
    }

    private static SlaView View(SlaResult r) => new(
        r.Now, r.FirstResponseDue, State(r.FirstResponseState), r.ResolutionDue, State(r.ResolutionState), r.Reassign,
        r.ReassignAt, r.NextDue, r.Trace);

    private static string State(SlaState state) => JsonNamingPolicy.CamelCase.ConvertName(state.ToString());
}
