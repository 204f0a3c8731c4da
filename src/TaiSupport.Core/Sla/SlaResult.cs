using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// One ticket's SLA standing at an instant (manual §2.2.4–§2.2.6; D7–D9): the first-response due and state, the
/// resolution due and state, whether to reassign, and the <see cref="Trace"/> that explains them.
/// Made by <see cref="SlaEvaluator.Evaluate(Ticket, Instant)"/>.
/// </summary>
/// <remarks>
/// <para>The trace is composed from the result's facts when <see cref="Trace"/> is read, so evaluation itself
/// allocates nothing but this object; read it once and keep it if you show it repeatedly.</para>
/// <para>Equality compares the ticket, the instant, the target and every computed fact.</para>
/// </remarks>
public sealed record SlaResult
{
    internal SlaResult(
        SlaEvaluator evaluator,
        Ticket ticket,
        Instant now,
        SlaTarget target,
        TicketStatus status,
        Instant firstResponseDue,
        SlaState firstResponseState,
        Instant? firstResponseEndedAt,
        bool reassign,
        Instant? resolutionDue,
        SlaState resolutionState,
        Duration resolutionCounted,
        Duration resolutionPaused)
    {
        Evaluator = evaluator;
        Ticket = ticket;
        Now = now;
        Target = target;
        Status = status;
        FirstResponseDue = firstResponseDue;
        FirstResponseState = firstResponseState;
        FirstResponseEndedAt = firstResponseEndedAt;
        Reassign = reassign;
        ResolutionDue = resolutionDue;
        ResolutionState = resolutionState;
        ResolutionCounted = resolutionCounted;
        ResolutionPaused = resolutionPaused;
        IsBreached = firstResponseState == SlaState.Breached || resolutionState == SlaState.Breached;
        Instant? first = IsOpen(firstResponseState) ? firstResponseDue : null;
        Instant? resolution = IsOpen(resolutionState) ? resolutionDue : null;
        NextDue = first is null ? resolution : resolution is null || first <= resolution ? first : resolution;
    }

    /// <summary>The ticket evaluated.</summary>
    public Ticket Ticket { get; }

    /// <summary>The evaluation instant. Events after it (a later first response or status change) are not yet known and were ignored.</summary>
    public Instant Now { get; }

    /// <summary>The policy cell applied: the ticket's current tier and priority (D7).</summary>
    public SlaTarget Target { get; }

    /// <summary>The ticket's status at <see cref="Now"/>.</summary>
    public TicketStatus Status { get; }

    /// <summary>The first-response due: the first-response target's open time on its calendar, from creation (§2.2.5; D3).</summary>
    public Instant FirstResponseDue { get; }

    /// <summary><see cref="SlaState.Met"/>, <see cref="SlaState.Missed"/>, <see cref="SlaState.Breached"/>, <see cref="SlaState.AtRisk"/> or <see cref="SlaState.Pending"/>.</summary>
    public SlaState FirstResponseState { get; }

    /// <summary>When the first-response clock stopped: the first response, or the first resolution when that came earlier (D7); null while it runs.</summary>
    public Instant? FirstResponseEndedAt { get; }

    /// <summary>True when nobody has responded and <see cref="Now"/> is at least the reassign grace past the first-response due (§2.2.4; D9).</summary>
    public bool Reassign { get; }

    /// <summary>The wall-clock instant from which an unanswered ticket is reassigned: <see cref="FirstResponseDue"/> plus the grace (D9).</summary>
    public Instant ReassignAt => FirstResponseDue + Evaluator.ReassignGrace;

    /// <summary>
    /// The resolution due: the instant the counted time reached the target when it has (states missed, breached), the
    /// projected due of a running clock (at risk, pending); null when met or paused.
    /// </summary>
    public Instant? ResolutionDue { get; }

    /// <summary>Any <see cref="SlaState"/>; <see cref="SlaState.Paused"/> only here.</summary>
    public SlaState ResolutionState { get; }

    /// <summary>The resolution calendar's open time counted so far, while the ticket was in a running status (D7).</summary>
    public Duration ResolutionCounted { get; }

    /// <summary>The resolution calendar's open time that passed while the ticket waited on the customer (not counted, D7).</summary>
    public Duration ResolutionPaused { get; }

    /// <summary>The resolution target's open time still to go (zero once reached).</summary>
    public Duration ResolutionRemaining =>
        ResolutionCounted >= Target.Resolution.Target ? Duration.Zero : Target.Resolution.Target - ResolutionCounted;

    /// <summary>True when either clock is <see cref="SlaState.Breached"/>.</summary>
    public bool IsBreached { get; }

    /// <summary>
    /// The earliest due of a clock still running or breached (pending, at risk, breached): the instant the queue sorts
    /// by (D10); null when neither clock is (met, missed, paused).
    /// </summary>
    public Instant? NextDue { get; }

    /// <summary>The steps that explain the result, each with a rule id from <see cref="SlaRules"/>, the manual section and D id, and the values.</summary>
    /// <remarks>Composed on each read from the result's facts (see the type's remarks).</remarks>
    public ImmutableArray<TraceStep> Trace => SlaTrace.Explain(this);

    internal SlaEvaluator Evaluator { get; }

    /// <inheritdoc />
    public bool Equals(SlaResult? other) =>
        other is not null
        && Ticket.Equals(other.Ticket) && Now == other.Now && Target.Equals(other.Target) && Status == other.Status
        && FirstResponseDue == other.FirstResponseDue && FirstResponseState == other.FirstResponseState
        && FirstResponseEndedAt == other.FirstResponseEndedAt && Reassign == other.Reassign
        && ResolutionDue == other.ResolutionDue && ResolutionState == other.ResolutionState
        && ResolutionCounted == other.ResolutionCounted && ResolutionPaused == other.ResolutionPaused;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ticket.Id, Now, FirstResponseDue, FirstResponseState, ResolutionDue, ResolutionState);

    private static bool IsOpen(SlaState state) => state is SlaState.Pending or SlaState.AtRisk or SlaState.Breached;
}
