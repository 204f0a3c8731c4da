using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// One report ticket evaluated as of an instant (the end of a report period, or earlier when the report is made before
/// the period ends): its SLA result and the instants at which each SLA clock was decided. Shared by the metrics, the
/// hand-off, the standup and the QA sample, so they all read a ticket the same way.
/// </summary>
internal sealed class TicketFacts
{
    private TicketFacts(ReportTicket source, SlaResult sla, Instant? resolvedAt)
    {
        Source = source;
        Sla = sla;
        ResolvedAt = resolvedAt;
    }

    public ReportTicket Source { get; }

    public Ticket Ticket => Source.Ticket;

    public SlaResult Sla { get; }

    /// <summary>When the ticket's current resolved/closed spell began; null when it is not resolved as of the evaluation.</summary>
    public Instant? ResolvedAt { get; }

    public bool IsResolved => ResolvedAt is not null;

    /// <summary>When the first-response clock was decided: the response when met, the due when missed or breached; null while running.</summary>
    public Instant? FirstResponseDecidedAt => Sla.FirstResponseState switch
    {
        SlaState.Met => Sla.FirstResponseEndedAt,
        SlaState.Missed or SlaState.Breached => Sla.FirstResponseDue,
        _ => null,
    };

    public bool FirstResponseMissed => Sla.FirstResponseState is SlaState.Missed or SlaState.Breached;

    /// <summary>When the resolution clock was decided: the resolution when met, the due when missed or breached; null while running or paused.</summary>
    public Instant? ResolutionDecidedAt => Sla.ResolutionState switch
    {
        SlaState.Met => ResolvedAt,
        SlaState.Missed or SlaState.Breached => Sla.ResolutionDue,
        _ => null,
    };

    public bool ResolutionMissed => Sla.ResolutionState is SlaState.Missed or SlaState.Breached;

    public static TicketFacts Evaluate(ReportTicket ticket, Instant asOf, SlaEvaluator evaluator)
    {
        var sla = evaluator.Evaluate(ticket.Ticket, asOf);
        return new TicketFacts(ticket, sla, ResolvedSpellStart(ticket.Ticket, asOf, evaluator.Policy.StoppingStatuses));
    }

    /// <summary>The first-response time on the ticket's own first-response calendar (§2.2.5), once the clock stopped.</summary>
    public Duration? ResponseTime(SlaEvaluator evaluator) =>
        Sla.FirstResponseEndedAt is { } ended ? CalendarOf(evaluator, Sla.Target.FirstResponse).Elapsed(Ticket.CreatedAt, ended) : null;

    /// <summary>The resolution calendar's open time counted while the ticket was running (D7), once resolved.</summary>
    public Duration? ResolutionTime => IsResolved ? Sla.ResolutionCounted : null;

    /// <summary>
    /// The due the ticket would have if its paused resolution clock resumed at <see cref="SlaResult.Now"/> (a ticket waiting
    /// on the customer has no due of its own, D7).
    /// </summary>
    public Instant ResolutionDueIfResumed(SlaEvaluator evaluator) =>
        CalendarOf(evaluator, Sla.Target.Resolution).Add(Sla.Now, Sla.ResolutionRemaining);

    private static BusinessCalendar CalendarOf(SlaEvaluator evaluator, SlaClock clock) => evaluator.Policy.Calendars[clock.CalendarId];

    internal static Instant? ResolvedSpellStart(Ticket ticket, Instant asOf, IReadOnlySet<TicketStatus> stopping)
    {
        Instant? start = null;
        foreach (var change in ticket.StatusChanges)
        {
            if (change.At > asOf)
            {
                break;
            }

            var stops = stopping.Contains(change.Status);
            start = stops ? start ?? change.At : null;
        }

        return start;
    }
}
