using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// Evaluates tickets against an <see cref="SlaPolicy"/> at an instant: the first-response and resolution clocks
/// with their dues and states, reassignment, and the queue order (manual §1.2, §1.3, §2.2.4–§2.2.6; D3, D5–D10).
/// Built once per policy (validated then), immutable, thread-safe; evaluation is pure and allocates only the result.
/// </summary>
/// <remarks>
/// <para><b>First response</b> (§2.2.5; D3, D7–D9). <c>due = calendar.Add(createdAt, target)</c>. The clock stops at the
/// first response, or at the first resolution (a stopping status) when that comes earlier. Stopped by the due:
/// met; after it: missed. Still running: breached when <c>now ≥ due</c>, at risk when <c>due − lead ≤ now &lt; due</c>
/// (wall clock), else pending. <see cref="SlaResult.Reassign"/> when it still runs and <c>now ≥ due + grace</c>.</para>
/// <para><b>Resolution</b> (§2.2.6; D7). The clock counts the calendar's open time only while the status is running
/// (not pausing, not stopping: <c>Open</c>, <c>InProgress</c> by default). If the counted time reached the target at an
/// instant ≤ now while the ticket kept running, that instant is the due and the state is missed (now stopped) or
/// breached. Otherwise: stopped → met, pausing → paused (both without a due), running →
/// <c>due = calendar.Add(now, target − counted)</c>, at risk or pending as above. A pause or resolution exactly at the
/// due is in time, as a first response exactly at its due is met.</para>
/// <para><b>As of now.</b> A first response or status change after <c>now</c> is not yet known and is ignored, so a
/// ticket's history can be replayed at any instant. Before creation nothing has elapsed.</para>
/// <para><b>Equal-time changes</b> apply in list order; only the last change at an instant ever holds, so the others
/// have no effect at all (not even stopping the first-response clock).</para>
/// <para><b>Speed.</b> One <see cref="BusinessCalendar.Elapsed"/> per status segment and at most two
/// <see cref="BusinessCalendar.Add(Instant, Duration)"/>; no stepping, no allocation beyond the result.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = SlaEvaluator.Default.Evaluate(ticket, clock.GetCurrentInstant());
/// if (result.Reassign) { /* change the owner, §2.2.4 */ }
/// foreach (var step in result.Trace) Console.WriteLine(step);
/// </code>
/// </example>
public sealed class SlaEvaluator
{
    private static readonly int TierCount = Enum.GetValues<Tier>().Length;
    private static readonly int PriorityCount = Enum.GetValues<Priority>().Length;

    private readonly Cell[] cells;
    private readonly int pausingMask;
    private readonly int stoppingMask;

    /// <summary>Builds an evaluator for a policy, validating it.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; the exception lists every problem.</exception>
    public SlaEvaluator(SlaPolicy policy)
    {
        _ = TaiValidationException.Validated("SLA policy", policy, SlaPolicy.Validate);

        Policy = policy;
        Zone = DateTimeZoneProviders.Tzdb[policy.TimeZoneId];
        AtRiskLead = policy.AtRiskLead;
        ReassignGrace = policy.ReassignGrace;
        pausingMask = Mask(policy.PausingStatuses);
        stoppingMask = Mask(policy.StoppingStatuses);
        cells = new Cell[TierCount * PriorityCount];
        foreach (var target in policy.Targets)
        {
            cells[Index(target.Tier, target.Priority)] = new Cell(
                target, policy.Calendars[target.FirstResponse.CalendarId], policy.Calendars[target.Resolution.CalendarId]);
        }

        QueueOrder = new SlaQueueOrder(policy);
    }

    /// <summary>The evaluator of <see cref="SlaPolicy.Default"/>.</summary>
    public static SlaEvaluator Default { get; } = new(SlaPolicy.Default);

    /// <summary>The policy this evaluator applies.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>The zone of <see cref="SlaPolicy.TimeZoneId"/>, in which traces show instants.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The queue order of this policy's results (D10): breached first, then soonest due, then priority, then tier rank.</summary>
    public SlaQueueOrder QueueOrder { get; }

    internal Duration AtRiskLead { get; }

    internal Duration ReassignGrace { get; }

    /// <summary>Evaluates one ticket at <paramref name="now"/>.</summary>
    /// <param name="ticket">A valid ticket (<see cref="Ticket.Validate"/>).</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The result with its trace.</returns>
    /// <exception cref="ArgumentException">The ticket has an unknown tier or priority, a first response before creation, or status changes out of order or before creation (validate tickets at the boundary).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies outside 0001-01-02 to 9997-12-31 (UTC): the supported dates (<see cref="Text.SupportedDates"/>) and a year either side, where reports evaluate a period's end.</exception>
    public SlaResult Evaluate(Ticket ticket, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (!Text.SupportedDates.IsComputable(now))
        {
            // Outside it a result holds instants no zone can show (TaiResultJson threw NodaTime's own error): session 7 sweep.
            throw new ArgumentOutOfRangeException(nameof(now), now, $"{now} is outside the instants an SLA is evaluated at: 0001-01-02 to 9997-12-31 (UTC; the supported dates {Text.SupportedDates.Description} and a year either side).");
        }

        var cell = CellFor(ticket);
        var clock = Walk(ticket, cell, now);
        var firstDue = cell.FirstResponseCalendar.Add(ticket.CreatedAt, cell.Target.FirstResponse.Target);
        var responded = ticket.FirstResponseAt <= now ? ticket.FirstResponseAt : null;
        var firstEnded = FirstEnded(responded, clock.StoppedAt);
        var firstState = firstEnded is { } ended ? (ended <= firstDue ? SlaState.Met : SlaState.Missed) : Window(firstDue, now, AtRiskLead);
        var reassign = firstEnded is null && now >= firstDue + ReassignGrace;
        var (resolutionDue, resolutionState) = ResolutionOutcome(clock, now, AtRiskLead);
        return new SlaResult(
            this, ticket, now, cell.Target, clock.Status, firstDue, firstState, firstEnded, reassign,
            resolutionDue, resolutionState, clock.Counted, clock.Paused);
    }

    /// <summary>Evaluates many tickets at the same instant, in their order.</summary>
    /// <param name="tickets">Valid tickets.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>One result per ticket, in input order.</returns>
    public ImmutableArray<SlaResult> EvaluateAll(IEnumerable<Ticket> tickets, Instant now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var results = tickets.TryGetNonEnumeratedCount(out var count)
            ? ImmutableArray.CreateBuilder<SlaResult>(count)
            : ImmutableArray.CreateBuilder<SlaResult>();
        foreach (var ticket in tickets)
        {
            results.Add(Evaluate(ticket, now));
        }

        return results.DrainToImmutable();
    }

    /// <summary>Evaluates tickets and returns them in the order to serve them (D10, <see cref="QueueOrder"/>).</summary>
    /// <param name="tickets">Valid tickets.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The results, first to serve first.</returns>
    public ImmutableArray<SlaResult> EvaluateQueue(IEnumerable<Ticket> tickets, Instant now)
    {
        var results = EvaluateAll(tickets, now).ToBuilder();
        results.Sort(QueueOrder);
        return results.DrainToImmutable();
    }

    internal bool IsStopping(TicketStatus status) => (stoppingMask & (1 << (int)status)) != 0;

    internal bool IsPausing(TicketStatus status) => (pausingMask & (1 << (int)status)) != 0;

    /// <summary>The policy cell of a tier and priority, with its calendars (shared with <see cref="Lifecycle.TicketLife"/>).</summary>
    internal SlaTarget TargetOf(Tier tier, Priority priority) => cells[Index(tier, priority)].Target;

    /// <summary>The first-response calendar of a policy cell, resolved once when the evaluator was built (shared with <see cref="Lifecycle.TicketLife"/>).</summary>
    internal BusinessCalendar FirstResponseCalendarOf(Tier tier, Priority priority) => cells[Index(tier, priority)].FirstResponseCalendar;

    /// <summary>The resolution calendar of a policy cell, resolved once when the evaluator was built.</summary>
    internal BusinessCalendar ResolutionCalendarOf(Tier tier, Priority priority) => cells[Index(tier, priority)].ResolutionCalendar;

    private static int Index(Tier tier, Priority priority) => ((int)tier * PriorityCount) + (int)priority;

    private static int Mask(IEnumerable<TicketStatus> statuses) => statuses.Aggregate(0, (mask, s) => mask | (1 << (int)s));

    /// <summary>
    /// Walks the status segments known at <paramref name="now"/>, counting the resolution clock and noting when a
    /// stopping status first held. Only the last change at an instant holds, so zero-length segments count nothing.
    /// </summary>
    private StatusClock Walk(Ticket ticket, Cell cell, Instant now)
    {
        var created = ticket.CreatedAt;
        if (ticket.FirstResponseAt < created)
        {
            throw new ArgumentException($"Ticket {ticket.Id}: the first response is before the creation; validate tickets with Ticket.Validate at the boundary.", nameof(ticket));
        }

        var clock = new StatusClock(new CalendarTimeline(cell.ResolutionCalendar), cell.Target.Resolution.Target, pausingMask, stoppingMask, created, TicketStatus.Open, default);
        var changes = ticket.StatusChanges.AsSpan();
        for (var i = 0; i < changes.Length && changes[i].At <= now; i++)
        {
            var at = changes[i].At;
            if (at < clock.Segment)
            {
                throw new ArgumentException(
                    $"Ticket {ticket.Id}: statusChanges[{i}] at {at} is before {(i == 0 ? "the creation" : "the previous change")}; validate tickets with Ticket.Validate at the boundary.",
                    nameof(ticket));
            }

            clock.Change(at, changes[i].Status);
        }

        // The last segment runs to now (to the creation when now is before it); a change exactly at now holds at now.
        clock.Finish(now < created ? created : now);
        return clock;
    }

    /// <summary>The resolution due and state from the walked clock (D7; see the type's remarks); shared with <see cref="Lifecycle.TicketLife"/>.</summary>
    internal static (Instant? Due, SlaState State) ResolutionOutcome(in StatusClock clock, Instant now, Duration atRiskLead)
    {
        if (clock.ReachedAt is { } reached && reached <= now)
        {
            return (reached, clock.Stopped ? SlaState.Missed : SlaState.Breached);
        }

        if (clock.Stopped)
        {
            return (null, SlaState.Met);
        }

        if (clock.IsPaused)
        {
            return (null, SlaState.Paused);
        }

        var due = clock.ProjectedDue(now);
        return (due, Window(due, now, atRiskLead));
    }

    /// <summary>A running clock's state at now: breached from the due, at risk from the lead before it (D8), else pending.</summary>
    internal static SlaState Window(Instant due, Instant now, Duration atRiskLead) =>
        now >= due ? SlaState.Breached : now >= due - atRiskLead ? SlaState.AtRisk : SlaState.Pending;

    /// <summary>When a first-response clock stopped: the response, or an earlier stopping status (D7); null while it runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Instant? FirstEnded(Instant? responded, Instant? stoppedAt) =>
        responded is null || stoppedAt < responded ? stoppedAt : responded;

    internal int PausingMask => pausingMask;

    internal int StoppingMask => stoppingMask;

    private Cell CellFor(Ticket ticket)
    {
        if ((uint)ticket.Tier >= (uint)TierCount || (uint)ticket.Priority >= (uint)PriorityCount)
        {
            throw new ArgumentException($"Ticket {ticket.Id} has an unknown tier ({(int)ticket.Tier}) or priority ({(int)ticket.Priority}); validate tickets with Ticket.Validate.", nameof(ticket));
        }

        return cells[Index(ticket.Tier, ticket.Priority)];
    }

    /// <summary>One policy cell with its calendars resolved.</summary>
    private sealed record Cell(SlaTarget Target, BusinessCalendar FirstResponseCalendar, BusinessCalendar ResolutionCalendar);
}
