using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Storage;

namespace TaiSupport.Helpdesk.Engine;

/// <summary>Triage's answer for a new ticket: the engine's ticket (priority, category; closed when auto-resolved) and the record to store.</summary>
internal sealed record TriageOutcome(Ticket Ticket, TriageRecord Record);

/// <summary>
/// What the queue and the watcher read from a ticket's row instead of re-evaluating it: whether it is open, its status
/// and route, the due it sorts by (<see cref="SlaResult.NextDue"/>, D10), its ranks, and the ticket-life engine's
/// <see cref="TicketLifeResult.NextCheckAt"/> (the next instant any clock state or alert changes), or null when none can.
/// </summary>
internal sealed record QueueColumns(bool Open, string Status, string Route, Instant? NextDue, Instant? NextCheckAt, int PriorityRank, int TierRank, Instant ReassignAt, Instant CreatedAt);

/// <summary>
/// A notification the watcher should record: one fired alert of the ticket-life engine (D27). Its key is
/// (ticket, <paramref name="Kind"/>, <paramref name="Cycle"/>, <paramref name="At"/>): the engine keeps a fired alert's
/// instant, so the key is stable across evaluations, restarts and instances.
/// </summary>
internal sealed record DueNotification(string Kind, int Cycle, Instant At, Instant Due, string Rule, string Message);

/// <summary>A ticket evaluated at an instant: the SLA view (the library's two SLA clocks, D5–D10) and the ticket's whole life (D21–D29).</summary>
internal sealed record Evaluation(SlaView Sla, TicketLifeResult Life);

/// <summary>
/// The one class of the helpdesk that calls the engine: triage a new ticket, evaluate its SLA and its life (clocks,
/// alerts, next check), and turn fired alerts into notifications. No rule of the manual lives here: the clocks, the
/// alert ladder, the next check and the §2.1 auto-resolve step are the library's (<see cref="TicketLife"/>,
/// <see cref="TriagedTicket"/>); everything else is plain storage and HTTP.
/// </summary>
internal sealed class HelpdeskEngine(SlaEvaluator sla, TicketTriage triage, TaiPolicy policy, IOptions<HelpdeskOptions> options)
{
    /// <summary>The ticket-life engine on the helpdesk's SLA policy, with the default ticket-life rules (D21–D29).</summary>
    private readonly TicketLife life = new(TicketLifePolicy.Default with { Sla = sla.Policy });

    /// <summary>The zone due instants are shown in (the SLA policy's, D1).</summary>
    public string ZoneId => sla.Zone.Id;

    /// <summary>Triages a new ticket at its creation instant (§2.1, §2.2, §4; D11–D13) and opens it (<see cref="TriagedTicket.Open"/>).</summary>
    public TriageOutcome Triage(TriageRequest request, string id, Instant createdAt, string? assignee, TicketChannel channel, string? customer)
    {
        var result = triage.Evaluate(request, createdAt);
        var opened = TriagedTicket.Open(result, id, createdAt, assignee);
        var ticket = opened.Ticket with
        {
            Channel = channel,
            Customer = customer,
            Events = assignee is null ? [] : [TicketEvent.Assigned(createdAt, assignee)],
        };
        return new(ticket, new TriageRecord(result.Route, result.HeldBy, result.EngineeringLevel, result.Actions, opened.Trace));
    }

    /// <summary>The engine's problems with an edited ticket, by the engine's field path; empty when valid.</summary>
    public IDictionary<string, string[]> Validate(TicketRecord ticket) => ByField(Ticket.Validate(ticket.Ticket));

    /// <summary>
    /// What a resolved or closed ticket still lacks (§2.2.7 root cause, §2.2.8 a 1–3 sentence summary; the policy pack's
    /// <c>resolutionFields</c> section), by the request's field names <c>rootCause</c> and <c>resolutionSummary</c>;
    /// empty when it carries them, when it is open, or when the pack switches the check off.
    /// </summary>
    public IDictionary<string, string[]> ResolutionProblems(Ticket ticket) => ByField(ResolutionFields.Check(ticket, policy.ResolutionFields));

    /// <summary>What refuses a status change: <see cref="ResolutionProblems"/> when <see cref="HelpdeskOptions.RequireResolutionFields"/> is on, else nothing.</summary>
    public IDictionary<string, string[]>? RefuseResolution(Ticket ticket) => options.Value.RequireResolutionFields ? ResolutionProblems(ticket) : null;

    private static Dictionary<string, string[]> ByField(FluentValidation.Results.ValidationResult result) =>
        result.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);

    /// <summary>Evaluates a ticket at <paramref name="now"/>: the SLA view and the ticket's life.</summary>
    public Evaluation Evaluate(TicketRecord ticket, Instant now) => new(View(sla.Evaluate(ticket.Ticket, now)), life.Evaluate(ticket.Ticket, now));

    /// <summary>
    /// The columns a request (or the start-up backfill) writes: as <see cref="Columns"/>, but when an alert has fired by
    /// <paramref name="now"/> (a back-dated ticket, a change that leaves a clock breached) the next check is
    /// <paramref name="now"/>, so the watcher records it on its next tick (the key dedupes what was recorded before).
    /// </summary>
    public QueueColumns ColumnsForWrite(TicketRecord ticket, Evaluation evaluation, Instant now)
    {
        var columns = Columns(ticket, evaluation);
        return columns.Open && evaluation.Life.Alerts.Any(a => a.Fired) ? columns with { NextCheckAt = now } : columns;
    }

    /// <summary>The stored queue columns of an evaluated ticket; the next check is the engine's (D27, issue 14 item 5).</summary>
    public QueueColumns Columns(TicketRecord ticket, Evaluation evaluation)
    {
        var (view, result) = (evaluation.Sla, evaluation.Life);
        var t = ticket.Ticket;
        return new QueueColumns(!ticket.IsClosed, t.Status.ToString(), ticket.Triage.Route.ToString(), view.NextDue, result.NextCheckAt,
            (int)t.Priority, sla.Policy.TierRanks.TryGetValue(t.Tier, out var rank) ? (int)rank : 0, view.ReassignAt, t.CreatedAt);
    }

    /// <summary>
    /// What the watcher should have recorded for this ticket by <paramref name="now"/>: every alert of the engine's
    /// ladder that has fired (D27: at risk, breach, reassign, on every clock of the ticket). Derived from the ticket's
    /// life at <paramref name="now"/>, so a late tick still yields what fell due meanwhile.
    /// </summary>
    public (Evaluation Evaluation, ImmutableArray<DueNotification> Due) Watch(TicketRecord ticket, Instant now)
    {
        var evaluation = Evaluate(ticket, now);
        var result = evaluation.Life;
        return (evaluation, [.. result.Alerts.Where(a => a.Fired).Select(a => Notification(result, a))]);
    }

    /// <summary>The clocks of a ticket's life, as the API shows them.</summary>
    public static ImmutableArray<ClockView> Clocks(TicketLifeResult result) =>
        [.. result.Clocks.Select(c => new ClockView(Name(c.Clock), c.Cycle, Name(c.State), IsoDuration.Format(c.Target), c.Calendar,
            c.StartedAt, c.Due, c.StoppedAt, IsoDuration.Format(c.Counted), IsoDuration.Format(c.Paused)))];

    /// <summary>The alerts of a ticket's life (fired and scheduled), as the API shows them.</summary>
    public static ImmutableArray<AlertView> Alerts(TicketLifeResult result) =>
        [.. result.Alerts.Select(a => new AlertView(Name(a.Clock), a.Cycle, Name(a.Level), Kind(a), a.Rule, a.At, a.Fired, a.Actions))];

    /// <summary>
    /// The notification kind of an alert: the clock then the level (<c>firstResponseAtRisk</c>, <c>assignmentBreach</c>,
    /// <c>nextReplyAtRisk</c>); the first-response reassign rung keeps its name <c>reassign</c> (§2.2.4, D9).
    /// </summary>
    public static string Kind(TicketAlert alert) =>
        alert is { Clock: TicketClock.FirstResponse, Level: AlertLevel.Reassign } ? "reassign" : Name(alert.Clock) + alert.Level;

    private DueNotification Notification(TicketLifeResult result, TicketAlert alert)
    {
        var due = result.Find(alert.Clock, alert.Cycle)?.Due ?? alert.At;
        var clock = Name(alert.Clock) + (alert.Clock == TicketClock.NextReply ? $" cycle {alert.Cycle}" : string.Empty);
        var actions = alert.Actions.IsEmpty ? string.Empty : $": {string.Join(", ", alert.Actions)}";
        var message = $"{clock} due {OffsetInstant.Format(due, result.Zone)} is {Name(alert.Level)} from {OffsetInstant.Format(alert.At, result.Zone)}{actions} ({alert.Rule}; D27).";
        return new DueNotification(Kind(alert), alert.Cycle, alert.At, due, alert.Rule, message);
    }

    private static SlaView View(SlaResult r) => new(
        r.Now, r.FirstResponseDue, Name(r.FirstResponseState), r.ResolutionDue, Name(r.ResolutionState), r.Reassign,
        r.ReassignAt, r.NextDue, r.Trace);

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
