using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Lifecycle;

/// <summary>A follow-the-sun share: the open time a clock counted while a team owned the ticket (null team: before any team owned it).</summary>
/// <param name="Team">The owning team, or null.</param>
/// <param name="Counted">The open time counted on that team's calendar.</param>
public sealed record TeamShare(string? Team, Duration Counted);

/// <summary>
/// One clock (or one next-reply cycle) of a ticket at the evaluation instant (D22–D26): state, target, calendar,
/// start, due, stop, counted and paused open time.
/// </summary>
public sealed record ClockReading
{
    /// <summary>Which clock.</summary>
    public required TicketClock Clock { get; init; }

    /// <summary>The cycle, from 1; only <see cref="TicketClock.NextReply"/> has more than one.</summary>
    public required int Cycle { get; init; }

    /// <summary><c>met</c>, <c>missed</c>, <c>breached</c>, <c>atRisk</c>, <c>pending</c> or <c>paused</c>, as in <c>tai sla</c>.</summary>
    public required SlaState State { get; init; }

    /// <summary>The open time allowed (for the assignment clock: the wall-clock time after the inbox check).</summary>
    public required Duration Target { get; init; }

    /// <summary>The relative target that set the due (<see cref="TicketLifePolicy.RelativeTargets"/>), or null for a duration target; <see cref="Target"/> is then the open time (assignment: wall time) from the start to that due.</summary>
    public WorkingDayTarget? Relative { get; init; }

    /// <summary>The calendar id the clock runs on (with follow-the-sun: the first owning team's; see <see cref="Teams"/>).</summary>
    public required string Calendar { get; init; }

    /// <summary>When the clock started.</summary>
    public required Instant StartedAt { get; init; }

    /// <summary>The due: fixed for clocks that never pause; for pausing clocks the projected due while running, the instant the target was reached once it was; null when met or paused without a known due (as in <c>tai sla</c>).</summary>
    public Instant? Due { get; init; }

    /// <summary>When the clock stopped (the answering reply, the assignment, a resolution); null while it runs.</summary>
    public Instant? StoppedAt { get; init; }

    /// <summary>Open time counted so far (up to the stop or now).</summary>
    public required Duration Counted { get; init; }

    /// <summary>Open time that passed while the clock was paused (waiting on the customer).</summary>
    public required Duration Paused { get; init; }

    /// <summary>The version of the policy in force when the clock started (D28).</summary>
    public required Instant PolicyVersion { get; init; }

    /// <summary>Follow-the-sun: the counted time per owning team; empty unless the owning team chose the calendar.</summary>
    public ImmutableArray<TeamShare> Teams { get; init; } = [];

    /// <summary>Whether the clock still runs (not stopped, not paused) at the evaluation instant.</summary>
    public bool Running => StoppedAt is null && State is SlaState.Pending or SlaState.AtRisk or SlaState.Breached;
}

/// <summary>An alert from a rung of the escalation ladder (D27): its instant, whether it has fired by now, its rule id and actions.</summary>
/// <param name="Clock">The clock it watches.</param>
/// <param name="Cycle">The clock's cycle.</param>
/// <param name="Rule">The rung's id.</param>
/// <param name="Level">What it means.</param>
/// <param name="At">When it fires (or fired).</param>
/// <param name="Fired">Whether <see cref="At"/> is at or before the evaluation instant.</param>
/// <param name="Actions">What the host should do.</param>
public sealed record TicketAlert(TicketClock Clock, int Cycle, string Rule, AlertLevel Level, Instant At, bool Fired, ImmutableArray<string> Actions);

/// <summary>
/// A ticket's life at an instant (issue 14; D21–D29): every clock with its state, every alert with its instant, the
/// next instant anything changes, and the trace. Made by <see cref="TicketLife.Evaluate(Ticket, Instant)"/>.
/// </summary>
public sealed record TicketLifeResult
{
    /// <summary>The ticket evaluated.</summary>
    public required Ticket Ticket { get; init; }

    /// <summary>The evaluation instant; events after it are not yet known and were ignored.</summary>
    public required Instant Now { get; init; }

    /// <summary>The tier at now (the ticket's, changed by tier events, D29 d).</summary>
    public required Tier Tier { get; init; }

    /// <summary>The priority at now (the ticket's, changed by priority events, D29 d).</summary>
    public required Priority Priority { get; init; }

    /// <summary>The status at now.</summary>
    public required TicketStatus Status { get; init; }

    /// <summary>The clocks, in the order acknowledge, first response, next reply cycles, assignment, resolution.</summary>
    public required ImmutableArray<ClockReading> Clocks { get; init; }

    /// <summary>The alerts, fired or scheduled, in instant order.</summary>
    public required ImmutableArray<TicketAlert> Alerts { get; init; }

    /// <summary>The earliest instant after now at which a clock state or an alert changes if nothing else happens; null when nothing ever will.</summary>
    public Instant? NextCheckAt { get; init; }

    /// <summary>True when nobody has responded the reassign grace past the first-response due (§2.2.4; D9), as <see cref="SlaResult.Reassign"/>.</summary>
    public bool Reassign { get; init; }

    /// <summary>The zone instants are shown in (the policy's).</summary>
    public required DateTimeZone Zone { get; init; }

    /// <summary>The trace: version, calendar choice, one step per clock and alert, the next check.</summary>
    public ImmutableArray<TraceStep> Trace => TicketLifeTrace.Explain(this);

    /// <summary>The first clock of a kind and cycle, or null when it does not run on this ticket.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="cycle">The cycle, from 1.</param>
    /// <returns>The reading, or null.</returns>
    public ClockReading? Find(TicketClock clock, int cycle = 1)
    {
        foreach (var reading in Clocks)
        {
            if (reading.Clock == clock && reading.Cycle == cycle)
            {
                return reading;
            }
        }

        return null;
    }
}
