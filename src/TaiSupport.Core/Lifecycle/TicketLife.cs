using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FluentValidation;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Lifecycle;

/// <summary>
/// A ticket's whole life (manual §1.2, §1.3, §2.2; default policy D5–D10, D21–D29): ticket + events + policy + now →
/// every clock with its state, every alert with its instant, the next instant anything changes, and the trace.
/// Built once per policy (or per list of effective-dated versions, D28), immutable, thread-safe, pure: it reads no clock.
/// </summary>
/// <remarks>
/// <para><b>Clocks.</b> <c>acknowledge</c> (D22), <c>firstResponse</c> (D23; exactly <see cref="SlaEvaluator"/>'s clock,
/// stopped by the earlier of <see cref="Ticket.FirstResponseAt"/> and the first non-holding reply), <c>nextReply</c>
/// cycles (D24), <c>assignment</c> (D25), <c>resolution</c> (D7, D26; exactly <see cref="SlaEvaluator"/>'s clock, on the
/// merged status history: <see cref="Ticket.StatusChanges"/> then status events at equal instants). Pausing clocks share
/// one implementation with <see cref="SlaEvaluator"/>.</para>
/// <para><b>Alerts</b> (D27, D29 a–b): each rung sits at its offset from the due as it stood in each running stretch; it
/// fires at the first instant it is due while the clock runs, once per cycle.</para>
/// <para><b>Next check.</b> <see cref="TicketLifeResult.NextCheckAt"/> is the earliest of the running clocks' at-risk
/// and due instants, the reassign instant and the alerts not yet fired: between now and it nothing changes.</para>
/// <para><b>As of now.</b> Events after now are not yet known and are ignored.</para>
/// </remarks>
/// <example>
/// <code>
/// var life = TicketLife.Default.Evaluate(ticket, clock.GetCurrentInstant());
/// foreach (var alert in life.Alerts.Where(a => a.Fired)) { /* notify */ }
/// timers.Schedule(ticket.Id, life.NextCheckAt);
/// </code>
/// </example>
public sealed class TicketLife
{
    private const int StackLimit = 64;
    private readonly Version[] versions;

    /// <summary>The most rungs of any version: each clock (cycle) fires at most one alert per rung.</summary>
    private readonly int maxRungs;

    /// <summary>Builds the engine for one policy, in force from the beginning of time.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ValidationException">The policy is invalid.</exception>
    public TicketLife(TicketLifePolicy policy)
        : this([new TicketLifePolicyVersion(Instant.MinValue, policy)])
    {
    }

    /// <summary>Builds the engine for effective-dated versions (D28); the earliest also covers instants before its start.</summary>
    /// <param name="versions">At least one version, with distinct <see cref="TicketLifePolicyVersion.EffectiveFrom"/>.</param>
    /// <exception cref="ValidationException">A version is invalid, or two versions start at the same instant.</exception>
    public TicketLife(IEnumerable<TicketLifePolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sorted = versions.OrderBy(v => v.EffectiveFrom).ToArray();
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        if (sorted.Length == 0)
        {
            failures.Add(new("versions", "give at least one policy version."));
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                failures.Add(new($"versions[{i}].effectiveFrom", "two versions start at the same instant."));
            }

            failures.AddRange(TicketLifePolicy.Validate(sorted[i].Policy).Errors.Select(f => new FluentValidation.Results.ValidationFailure($"versions[{i}].{f.PropertyName}", f.ErrorMessage)));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        this.versions = [.. sorted.Select((v, i) => new Version(v.EffectiveFrom, v.Policy, i))];
        maxRungs = this.versions.Max(v => v.Policy.Rungs.Length);
        Zone = this.versions[0].Sla.Zone;
        Versions = [.. sorted];
    }

    /// <summary>The engine of <see cref="TicketLifePolicy.Default"/>.</summary>
    public static TicketLife Default { get; } = new(TicketLifePolicy.Default);

    /// <summary>The zone of the (first version's) SLA policy, in which instants are shown.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The policy versions, earliest first.</summary>
    public ImmutableArray<TicketLifePolicyVersion> Versions { get; }

    /// <summary>Evaluates one ticket at <paramref name="now"/>.</summary>
    /// <param name="ticket">A valid ticket (<see cref="Ticket.Validate"/>).</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The clocks, alerts, next check and trace.</returns>
    /// <exception cref="ArgumentException">The ticket is invalid (validate tickets at the boundary).</exception>
    public TicketLifeResult Evaluate(Ticket ticket, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        Walk(ticket, now, collect: true, out var result);
        return result!;
    }

    /// <summary>The next-check instant of a ticket at <paramref name="now"/> (see <see cref="TicketLifeResult.NextCheckAt"/>), without building the result: the same walk, collecting no clocks or alerts, allocating nothing for a ticket on one calendar.</summary>
    /// <param name="ticket">A valid ticket.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The instant, or null when nothing will change without a new event.</returns>
    /// <exception cref="ArgumentException">The ticket is invalid (validate tickets at the boundary).</exception>
    public Instant? NextCheckAt(Ticket ticket, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Walk(ticket, now, collect: false, out _);
    }

    /// <summary>The one walk behind <see cref="Evaluate"/> and <see cref="NextCheckAt"/>: with <paramref name="collect"/> it builds the result, without it only the next check.</summary>
    [SkipLocalsInit] // the status, stretch and due buffers are written before they are read (StatusClock.Stretches, Run.Pausing)
    private Instant? Walk(Ticket ticket, Instant now, bool collect, out TicketLifeResult? result)
    {
        var created = ticket.CreatedAt;
        var v0 = VersionAt(created);
        var policy = v0.Policy;
        var count = ticket.StatusChanges.Length + ticket.Events.Length;
        Span<StatusChange> statusBuffer = count <= StackLimit ? stackalloc StatusChange[count] : new StatusChange[count];

        // The next-reply cycles are found in the same pass (see ScanWithCycles), so the result's clock array is made
        // once at its exact size and the alerts (at most one per rung and clock) gather in a stack buffer of plain values.
        var eventCount = ticket.Events.Length;
        Span<ReplyCycle> cycleBuffer = eventCount <= StackLimit ? stackalloc ReplyCycle[eventCount] : new ReplyCycle[eventCount];
        var cycleCount = ScanWithCycles(ticket, now, statusBuffer, v0, cycleBuffer, findCycles: true, out var facts);
        if (cycleCount < 0)
        {
            facts = Scan(ticket, now, statusBuffer);
        }

        var (tier, priority) = (facts.Tier, facts.Priority);
        if ((uint)tier > (uint)Tier.Enterprise || (uint)priority > (uint)Priority.Critical)
        {
            ThrowUnknownTierOrPriority(ticket);
        }

        if (facts.OutOfOrder is { } outOfOrder)
        {
            ThrowOutOfOrder(ticket, outOfOrder);
        }

        if (facts.Responded < created)
        {
            ThrowRespondedBeforeCreation(ticket);
        }

        var target = v0.Sla.TargetOf(tier, priority);
        var lead = v0.Sla.AtRiskLead;
        var statuses = (ReadOnlySpan<StatusChange>)statusBuffer[..facts.StatusCount];
        Span<ClockStretch> stretchBuffer = count + 2 <= StackLimit ? stackalloc ClockStretch[count + 2] : new ClockStretch[count + 2];
        Span<ClockStretch> resolutionStretches = count + 2 <= StackLimit ? stackalloc ClockStretch[count + 2] : new ClockStretch[count + 2];
        Span<Instant> dueBuffer = count + 2 <= StackLimit ? stackalloc Instant[count + 2] : new Instant[count + 2];

        var (responded, anyReply, assignedAt) = (facts.Responded, facts.AnyReply, facts.AssignedAt);
        var frId = ChooseCalendar(policy, target.FirstResponse.CalendarId, ticket);
        var resId = ChooseCalendar(policy, target.Resolution.CalendarId, ticket);
        var frTimeline = Timeline(frId, policy, ticket, now, ReferenceEquals(frId, target.FirstResponse.CalendarId) ? v0.Sla.FirstResponseCalendarOf(tier, priority) : null);
        var resTimeline = resId == frId ? frTimeline : Timeline(resId, policy, ticket, now, ReferenceEquals(resId, target.Resolution.CalendarId) ? v0.Sla.ResolutionCalendarOf(tier, priority) : null);
        var clockEnd = now < created ? created : now;

        var cycles = cycleBuffer[..(cycleCount >= 0 ? cycleCount : FindReplyCycles(ticket, now, statuses, v0, cycleBuffer))];
        var acknowledges = v0.Has(v0.AcknowledgeChannels, ticket.Channel);
        var assigns = v0.Has(v0.AssignmentChannels, ticket.Channel);
        var clockCount = collect ? (acknowledges ? 1 : 0) + 1 + cycles.Length + (assigns ? 1 : 0) + 1 : 0;
        var alertCapacity = clockCount * maxRungs;
        Span<AlertSlot> alertSlots = alertCapacity <= StackLimit ? stackalloc AlertSlot[alertCapacity] : new AlertSlot[alertCapacity];
        var run = new Run(this, now, created, clockEnd, lead, v0, stretchBuffer, dueBuffer, collect ? new ClockReading[clockCount] : null, alertSlots);

        // Resolution first: its walk finds the first stopping status, which stops every other clock (D7, D29 c).
        // A relative target becomes the open time from creation to its due, so pauses still push it out.
        var resRelative = policy.RelativeTargets.IsEmpty ? null : policy.RelativeTargetOf(TicketClock.Resolution, tier, priority, ticket.Channel);
        var resTarget = target.Resolution.Target;
        if (resRelative?.DueFrom(resTimeline.At(created), created) is { } resRelativeDue)
        {
            resTarget = resTimeline.Elapsed(created, resRelativeDue);
        }
        else
        {
            resRelative = null;
        }

        var resolution = new StatusClock(resTimeline, resTarget, v0.Sla.PausingMask, v0.Sla.StoppingMask, created, TicketStatus.Open, resolutionStretches);
        run.LocateCreated(frTimeline);
        if (run.CreatedCalendar is { } createdCalendar && ReferenceEquals(resTimeline.Single, createdCalendar))
        {
            resolution.Seed(created, run.CreatedPoint);
        }
        foreach (var change in statuses)
        {
            resolution.Change(change.At, change.Status);
        }

        resolution.Finish(clockEnd);
        var stopAt = resolution.StoppedAt;

        // Acknowledge (D22).
        if (acknowledges)
        {
            var relative = RelativeDue(policy, TicketClock.Acknowledge, tier, priority, ticket.Channel, frTimeline, created, out var relativeTarget);
            var due = relative ?? run.AddFromCreated(frTimeline, policy.Acknowledge.Target, frTimeline.DueAtClosing(created));
            run.Fixed(TicketClock.Acknowledge, relative is { } r ? frTimeline.Elapsed(created, r) : policy.Acknowledge.Target, frId, frTimeline, due, SlaEvaluator.FirstEnded(anyReply, stopAt), relativeTarget);
        }

        // First response (D23): SlaEvaluator's clock, or a relative target's due.
        var firstRelative = RelativeDue(policy, TicketClock.FirstResponse, tier, priority, ticket.Channel, frTimeline, created, out var firstRelativeTarget);
        var firstDue = firstRelative ?? run.AddFromCreated(frTimeline, target.FirstResponse.Target, frTimeline.DueAtClosing(created));
        var firstEnded = SlaEvaluator.FirstEnded(responded, stopAt);
        run.Fixed(TicketClock.FirstResponse, firstRelative is { } fr ? frTimeline.Elapsed(created, fr) : target.FirstResponse.Target, frId, frTimeline, firstDue, firstEnded, firstRelativeTarget);
        var reassign = firstEnded is null && now >= firstDue + v0.Sla.ReassignGrace;
        if (firstEnded is null)
        {
            run.Candidate(firstDue + v0.Sla.ReassignGrace);
        }

        // Next reply (D24, D26, D29 e–f).
        for (var c = 0; c < cycles.Length; c++)
        {
            run.Cycle(c + 1, cycles[c], statuses, frTimeline, frId);
        }

        // Assignment (D25).
        if (assigns)
        {
            run.Assignment(tier, priority, ticket.Channel, SlaEvaluator.FirstEnded(assignedAt, stopAt));
        }

        // Resolution (D7, D26): SlaEvaluator's clock.
        {
            var (due, state) = SlaEvaluator.ResolutionOutcome(resolution, now, lead);
            var resolutionStopped = resolution.Stopped ? stopAt : null;
            run.Pausing(TicketClock.Resolution, 1, resTarget, resId, resTimeline, created, ref resolution, in due, state, in resolutionStopped, v0, resRelative);
        }

        if (!collect)
        {
            result = null;
            return run.Next;
        }

        result = new TicketLifeResult
        {
            Ticket = ticket,
            Now = now,
            Tier = tier,
            Priority = priority,
            Status = statuses.IsEmpty ? TicketStatus.Open : statuses[^1].Status,
            Clocks = run.TakeClocks(),
            Alerts = run.TakeAlerts(),
            NextCheckAt = run.Next,
            Reassign = reassign,
            Zone = Zone,
        };
        return run.Next;
    }

    // The walk's throws stay out of line: their messages' string building, inlined, enlarged the frame every call zeroes.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnknownTierOrPriority(Ticket ticket) =>
        throw new ArgumentException($"Ticket {ticket.Id} has an unknown tier or priority; validate tickets with Ticket.Validate.", nameof(ticket));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfOrder(Ticket ticket, Instant outOfOrder) =>
        throw new ArgumentException($"Ticket {ticket.Id}: a status change at {outOfOrder} is before the previous one or the creation; validate tickets with Ticket.Validate at the boundary.", nameof(ticket));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRespondedBeforeCreation(Ticket ticket) =>
        throw new ArgumentException($"Ticket {ticket.Id}: the first response is before the creation; validate tickets with Ticket.Validate at the boundary.", nameof(ticket));

    /// <summary>The due of a clock's relative target (issue 14 item 3) on the calendar in force at its start, or null for its duration target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // most policies have no relative target: that answer costs one test
    private static Instant? RelativeDue(TicketLifePolicy policy, TicketClock clock, Tier tier, Priority priority, TicketChannel channel, CalendarTimeline timeline, Instant start, out WorkingDayTarget? relative)
    {
        if (policy.RelativeTargets.IsEmpty)
        {
            relative = null;
            return null;
        }

        return RelativeDueOf(policy, clock, tier, priority, channel, timeline, start, out relative);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Instant? RelativeDueOf(TicketLifePolicy policy, TicketClock clock, Tier tier, Priority priority, TicketChannel channel, CalendarTimeline timeline, Instant start, out WorkingDayTarget? relative)
    {
        relative = policy.RelativeTargetOf(clock, tier, priority, channel);
        var due = relative?.DueFrom(timeline.At(start), start);
        if (due is null)
        {
            relative = null;
        }

        return due;
    }

    /// <summary>
    /// One pass over the events known at now: the tier and priority (D29 d), the first real response (legacy
    /// <see cref="Ticket.FirstResponseAt"/> or non-holding reply), the first reply of any kind, the first assignment, and
    /// the status history — <see cref="Ticket.StatusChanges"/> and status events merged in time order (legacy first at
    /// equal instants) into <paramref name="buffer"/>. Problems are noted, not thrown, so the caller reports them in order.
    /// </summary>
    private EventFacts Scan(Ticket ticket, Instant now, Span<StatusChange> buffer)
    {
        ScanWithCycles(ticket, now, buffer, versions[0], default, findCycles: false, out var facts);
        return facts;
    }

    /// <summary>
    /// <see cref="Scan"/> and, when <paramref name="findCycles"/>, <see cref="FindReplyCycles"/> in one pass over the
    /// events known at now: the facts into <paramref name="facts"/>, the merged status history into
    /// <paramref name="buffer"/> and the next-reply cycles into <paramref name="cycles"/>. A customer message needs every
    /// status change at or before it; legacy changes are merged up to it on the spot, so only a status event listed
    /// after it at the same instant (or events out of time order, an invalid ticket) is unknown there: then it returns
    /// -1 and the caller runs the two passes.
    /// </summary>
    /// <returns>How many cycles were found, or -1 when the two separate passes must decide.</returns>
    [SkipLocalsInit] // no buffers: spares zeroing the struct locals of the frame on every call
    private int ScanWithCycles(Ticket ticket, Instant now, Span<StatusChange> buffer, Version v0, Span<ReplyCycle> cycles, bool findCycles, out EventFacts facts)
    {
        facts = new EventFacts { Tier = ticket.Tier, Priority = ticket.Priority };
        // Plain instants with flags in the loop (as Run's next check): nullable ones stalled store-to-load forwarding.
        var (responded, hasResponded) = ticket.FirstResponseAt is { } first && first <= now ? (first, true) : (default(Instant), false);
        var (anyReply, hasAnyReply) = (responded, hasResponded);
        var legacy = ticket.StatusChanges.AsSpan();
        var events = ticket.Events.AsSpan();
        int i = 0, n = 0;
        var last = ticket.CreatedAt;

        var finder = new ReplyCycleFinder(this, v0, ticket, cycles);
        var (messageAt, hasMessage) = (default(Instant), false); // the last customer message seen
        var previous = ticket.CreatedAt;
        for (var j = 0; j < events.Length; j++)
        {
            var e = events[j];
            var at = e.At;
            if (at > now)
            {
                break;
            }

            if (findCycles && j > 0 && at < previous)
            {
                return -1;
            }

            previous = at;
            finder.Pass(at);
            switch (e.Type)
            {
                case TicketEventType.AgentReply:
                    if (!hasAnyReply || at < anyReply)
                    {
                        (anyReply, hasAnyReply) = (at, true);
                    }

                    if (!e.Holding && (!hasResponded || at < responded))
                    {
                        (responded, hasResponded) = (at, true);
                    }

                    finder.Reply(at, e.Holding);
                    break;
                case TicketEventType.CustomerMessage when findCycles:
                    while (i < legacy.Length && legacy[i].At <= at)
                    {
                        Take(legacy[i++], buffer, ref n, ref last, ref facts.OutOfOrder);
                    }

                    // Every change in the buffer is at or before this message (a later one comes after it in the events).
                    finder.Message(at, buffer[..n]);
                    (messageAt, hasMessage) = (at, true);
                    break;
                case TicketEventType.Assigned:
                    facts.AssignedAt ??= at;
                    break;
                case TicketEventType.Tier when e.Tier is { } tier:
                    facts.Tier = tier;
                    break;
                case TicketEventType.Priority when e.Priority is { } priority:
                    facts.Priority = priority;
                    break;
                case TicketEventType.Status:
                    if (hasMessage && messageAt == at)
                    {
                        return -1;
                    }

                    while (i < legacy.Length && legacy[i].At <= at)
                    {
                        Take(legacy[i++], buffer, ref n, ref last, ref facts.OutOfOrder);
                    }

                    Take(new StatusChange(at, e.Status ?? TicketStatus.Open), buffer, ref n, ref last, ref facts.OutOfOrder);
                    break;
            }
        }

        while (i < legacy.Length && legacy[i].At <= now)
        {
            Take(legacy[i++], buffer, ref n, ref last, ref facts.OutOfOrder);
        }

        facts.Responded = hasResponded ? responded : null;
        facts.AnyReply = hasAnyReply ? anyReply : null;
        facts.StatusCount = n;
        return finder.Finish();
    }

    /// <summary>Appends a status change to the merged history, or notes the first one out of order (and takes no more).</summary>
    private static void Take(StatusChange change, Span<StatusChange> buffer, ref int n, ref Instant last, ref Instant? outOfOrder)
    {
        if (outOfOrder is not null)
        {
            return;
        }

        if (change.At < last)
        {
            outOfOrder = change.At;
            return;
        }

        last = change.At;
        buffer[n++] = change;
    }

    /// <summary>The first inbox check at or after <paramref name="created"/>: a listed local time on a date with open time on the check calendar (D25).</summary>
    private static Instant NextCheck(BusinessCalendar calendar, ImmutableArray<LocalTime> checks, Instant created)
    {
        var zone = calendar.Zone;
        var date = created.InZone(zone).Date;
        var end = LocalInstant(zone, date.AtMidnight(), created) ?? zone.StartOfDay(date);
        for (var day = 0; day < 800; day++, date = date.PlusDays(1))
        {
            var start = end;
            var next = date.PlusDays(1);
            end = LocalInstant(zone, next.AtMidnight(), start) ?? zone.StartOfDay(next);
            if (calendar.Elapsed(start, end) == Duration.Zero)
            {
                continue;
            }

            Instant? best = null;
            foreach (var time in checks)
            {
                var at = LocalInstant(zone, date + time, start) ?? zone.AtLeniently(date + time).ToInstant();
                if (at >= created && (best is null || at < best))
                {
                    best = at;
                }
            }

            if (best is { } found)
            {
                return found;
            }
        }

        return created;
    }

    /// <summary>
    /// The instant of <paramref name="local"/> when no offset change lies within a day of it (then every NodaTime mapping
    /// agrees: strict, lenient, start of day); null near a change, where the caller maps with NodaTime. Unlike
    /// <c>DateTimeZone.MapLocal</c>, it allocates nothing.
    /// </summary>
    private static Instant? LocalInstant(DateTimeZone zone, LocalDateTime local, Instant hint)
    {
        var interval = zone.GetZoneInterval(hint);
        var instant = local.WithOffset(interval.WallOffset).ToInstant();
        var day = Duration.FromDays(1);
        return (!interval.HasStart || interval.Start <= instant - day) && (!interval.HasEnd || interval.End > instant + day) ? instant : null;
    }

    private static Instant? RungInstant(AlertRung rung, Instant due, CalendarTimeline timeline, Version version)
    {
        Instant? at = rung.Measure == OffsetMeasure.Wall
            ? due + rung.Offset
            : rung.Offset >= Duration.Zero ? timeline.Add(due, rung.Offset, DueAtClosing.ClosingInstant) : timeline.Subtract(due, -rung.Offset);
        if (at is { } instant && rung.DeferToCalendarId is { } id && version.Calendar(id) is { } calendar && !calendar.IsOpen(instant))
        {
            at = calendar.NextOpening(instant) ?? instant;
        }

        return at;
    }

    private static ImmutableArray<TeamShare> Teams(CalendarTimeline timeline, ReadOnlySpan<ClockStretch> stretches, Instant now)
    {
        if (timeline.PieceCount == 1 || timeline.Piece(1).Team is null && timeline.Piece(0).Team is null && !HasTeam(timeline))
        {
            return [];
        }

        var shares = new List<TeamShare>();
        for (var p = 0; p < timeline.PieceCount; p++)
        {
            var counted = Duration.Zero;
            foreach (var stretch in stretches)
            {
                var end = stretch.End < now ? stretch.End : now;
                counted += timeline.ElapsedIn(p, stretch.Start, end);
            }

            var team = timeline.Piece(p).Team;
            if (team is null && counted == Duration.Zero)
            {
                continue;
            }

            var index = shares.FindIndex(s => s.Team == team);
            if (index < 0)
            {
                shares.Add(new TeamShare(team, counted));
            }
            else
            {
                shares[index] = shares[index] with { Counted = shares[index].Counted + counted };
            }
        }

        return [.. shares];
    }

    private static bool HasTeam(CalendarTimeline timeline)
    {
        for (var p = 0; p < timeline.PieceCount; p++)
        {
            if (timeline.Piece(p).Team is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string ChooseCalendar(TicketLifePolicy policy, string id, Ticket ticket) =>
        policy.CalendarChoice == CalendarChoice.Customer && ticket.Customer is { } customer && !policy.FixedCalendars.Contains(id)
            && policy.CustomerCalendars.TryGetValue(customer, out var chosen)
            ? chosen
            : id;

    /// <summary>The clock's calendar over time: edits by version instant (D28) and, with follow-the-sun, each owning team's calendar from its assignment.</summary>
    private CalendarTimeline Timeline(string id, TicketLifePolicy policy, Ticket ticket, Instant now, BusinessCalendar? known)
    {
        var followTheSun = policy.CalendarChoice == CalendarChoice.OwningTeam && !policy.FixedCalendars.Contains(id);
        var teamEvents = 0;
        if (followTheSun)
        {
            foreach (var e in ticket.Events)
            {
                if (e.At <= now && e.Type == TicketEventType.Assigned && e.Team is not null)
                {
                    teamEvents++;
                }
            }
        }

        if (versions.Length == 1 && teamEvents == 0)
        {
            return new CalendarTimeline(known ?? versions[0].Calendar(id)!);
        }

        var boundaries = new List<(Instant At, string? Team, bool IsTeam)>();
        foreach (var version in versions.Skip(1))
        {
            boundaries.Add((version.From, null, false));
        }

        if (teamEvents > 0)
        {
            foreach (var e in ticket.Events)
            {
                if (e.At <= now && e.Type == TicketEventType.Assigned && e.Team is { } team)
                {
                    boundaries.Add((e.At, team, true));
                }
            }
        }

        boundaries.Sort((a, b) => a.At.CompareTo(b.At));
        var pieces = new List<CalendarPiece> { Piece(Instant.MinValue, null) };
        string? owner = null;
        foreach (var (at, team, isTeam) in boundaries)
        {
            if (isTeam)
            {
                owner = team;
            }

            var piece = Piece(at, owner);
            if (pieces[^1].From == at)
            {
                pieces[^1] = piece;
            }
            else
            {
                pieces.Add(piece);
            }
        }

        return new CalendarTimeline([.. pieces]);

        CalendarPiece Piece(Instant from, string? team)
        {
            var version = VersionAt(from);
            var calendarId = team is not null && followTheSun && policy.TeamCalendars.TryGetValue(team, out var teamCalendar) ? teamCalendar : id;
            var calendar = version.Calendar(calendarId) ?? VersionAt(ticket.CreatedAt).Calendar(calendarId) ?? versions.Select(v => v.Calendar(calendarId)).First(c => c is not null)!;
            return new CalendarPiece(from, calendar, followTheSun ? team : null);
        }
    }

    /// <summary>
    /// The next-reply cycles (D24, D29 e–f) in one pass over the events known at now, into <paramref name="cycles"/>: each
    /// starts at a customer message once a real response was given, and ends at the next reply or a stopping status.
    /// </summary>
    /// <returns>How many cycles were found.</returns>
    [SkipLocalsInit] // no buffers: spares zeroing the struct locals of the frame on every call
    private int FindReplyCycles(Ticket t, Instant now, ReadOnlySpan<StatusChange> merged, Version v0, Span<ReplyCycle> cycles)
    {
        var finder = new ReplyCycleFinder(this, v0, t, cycles);
        foreach (var e in t.Events.AsSpan())
        {
            if (e.At > now)
            {
                break;
            }

            finder.Pass(e.At);
            if (e.Type == TicketEventType.AgentReply)
            {
                finder.Reply(e.At, e.Holding);
            }
            else if (e.Type == TicketEventType.CustomerMessage)
            {
                finder.Message(e.At, merged);
            }
        }

        return finder.Finish();
    }

    /// <summary>
    /// The next-reply cycle rules (D24, D29 e–f), fed the events known at now in order, so <see cref="FindReplyCycles"/>
    /// and <see cref="ScanWithCycles"/> share one copy: a cycle starts at a customer message once a real response was
    /// given, and ends at the next reply (answered) or at a stopping status that held (unanswered).
    /// </summary>
    private ref struct ReplyCycleFinder
    {
        private readonly TicketLife life;
        private readonly Version v0;
        private readonly SlaEvaluator sla;
        private readonly TicketChannel channel;
        private readonly Span<ReplyCycle> cycles;
        private readonly Instant responseAt;
        private readonly bool hasResponse;
        private int count;
        private bool realResponse;
        private bool hasStart;
        private Instant cycleStart;
        private int cycleKnown;
        private TicketStatus status;
        private int known; // merged[..known] are the status changes at or before the current message
        private bool stopSince; // a stopping status that held came after the open cycle's start (FirstStop, in one pass)

        public ReplyCycleFinder(TicketLife life, Version v0, Ticket ticket, Span<ReplyCycle> cycles)
        {
            (this.life, this.v0, sla, channel) = (life, v0, v0.Sla, ticket.Channel);
            this.cycles = cycles;
            (responseAt, hasResponse) = ticket.FirstResponseAt is { } first ? (first, true) : (default, false);
            status = TicketStatus.Open;
        }

        /// <summary>Before each event's own rule: the legacy first response counts as real from its instant on.</summary>
        public void Pass(Instant at) => realResponse |= hasResponse && responseAt <= at;

        /// <summary>A public agent reply answers the open cycle; a holding reply is no real response.</summary>
        public void Reply(Instant at, bool holding)
        {
            if (hasStart)
            {
                cycles[count++] = new ReplyCycle(cycleStart, at, Answered: true, cycleKnown);
                hasStart = false;
            }

            realResponse |= !holding;
        }

        /// <summary>A customer message; <paramref name="merged"/> holds every status change at or before it (later ones may follow).</summary>
        public void Message(Instant at, ReadOnlySpan<StatusChange> merged)
        {
            // The changes newly known here are after the open cycle's start and at or before this message: one of them
            // that stops and holds (not overwritten at the same instant) ended the cycle unanswered.
            while (known < merged.Length && merged[known].At <= at)
            {
                status = merged[known].Status;
                stopSince |= sla.IsStopping(status) && (known + 1 == merged.Length || merged[known + 1].At > merged[known].At);
                known++;
            }

            var stoppingNow = sla.IsStopping(status);
            if (hasStart && (stoppingNow || stopSince))
            {
                cycles[count++] = new ReplyCycle(cycleStart, default, Answered: false, cycleKnown);
                hasStart = false;
            }

            if (!hasStart && realResponse && !stoppingNow && (life.versions.Length == 1 ? v0 : life.VersionAt(at)) is var version
                && version.Has(version.NextReplyChannels, channel))
            {
                (cycleStart, cycleKnown, hasStart, stopSince) = (at, known, true, false);
            }
        }

        /// <summary>Closes a cycle still open at now (unanswered) and returns how many were found.</summary>
        public int Finish()
        {
            if (hasStart)
            {
                cycles[count++] = new ReplyCycle(cycleStart, default, Answered: false, cycleKnown);
                hasStart = false;
            }

            return count;
        }
    }

    /// <summary>One evaluation's state: the buffers, the clocks and alerts found so far, the next check.</summary>
    private ref struct Run
    {
        // The next check as a flag and a plain instant: a nullable one, written field by field and read back whole on
        // every candidate, stalled the store-to-load forwarding.
        private bool hasNext;
        private Instant next;

        public readonly Instant? Next => hasNext ? next : null;

        /// <summary>The result's clocks, made at their exact number and filled in order; null when not collecting.</summary>
        private readonly ClockReading[]? clocks;

        /// <summary>Whether the result is built (<see cref="Evaluate"/>) or only the next check (<see cref="NextCheckAt"/>).</summary>
        private readonly bool Collect => clocks is not null;
        private int clockCount;

        /// <summary>The alerts found so far as plain values (rung by version and index), kept in instant order (stable).</summary>
        private readonly Span<AlertSlot> alerts;
        private int alertCount;
        private readonly TicketLife engine;
        private readonly Instant now;
        private readonly Instant created;
        private readonly Instant clockEnd;
        private readonly Duration lead;
        private readonly Version V0;
        private readonly Span<ClockStretch> stretchBuffer;
        private readonly Span<Instant> dueBuffer;

        public Run(TicketLife engine, Instant now, Instant created, Instant clockEnd, Duration lead, Version v0, Span<ClockStretch> stretchBuffer, Span<Instant> dueBuffer, ClockReading[]? clocks, Span<AlertSlot> alerts)
        {
            this.clocks = clocks;
            this.alerts = alerts;
            this.engine = engine;
            this.now = now;
            this.created = created;
            this.clockEnd = clockEnd;
            this.lead = lead;
            V0 = v0;
            this.stretchBuffer = stretchBuffer;
            this.dueBuffer = dueBuffer;
        }

        /// <summary>The clocks found (every slot of the array filled).</summary>
        public readonly ImmutableArray<ClockReading> TakeClocks()
        {
            Debug.Assert(clockCount == clocks!.Length, "the clock count made up front matches the clocks read");
            return ImmutableCollectionsMarshal.AsImmutableArray(clocks);
        }

        /// <summary>The alerts found, in instant order, as an array of exactly their number.</summary>
        public readonly ImmutableArray<TicketAlert> TakeAlerts()
        {
            if (alertCount == 0)
            {
                return [];
            }

            var taken = new TicketAlert[alertCount];
            for (var i = 0; i < taken.Length; i++)
            {
                var slot = alerts[i];
                var rung = engine.versions[slot.Version].Policy.Rungs[slot.Rung];
                taken[i] = new TicketAlert(slot.Clock, slot.Cycle, rung.Id, rung.Level, slot.At, slot.At <= now, rung.Actions);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(taken);
        }

        /// <summary>The creation located on the first-response calendar when it is one calendar (<see cref="OpenTimePoint"/>), for the clocks that start there.</summary>
        public OpenTimePoint CreatedPoint { get; private set; }

        /// <summary>The calendar <see cref="CreatedPoint"/> is located on, or null.</summary>
        public BusinessCalendar? CreatedCalendar { get; private set; }

        public void LocateCreated(CalendarTimeline timeline)
        {
            if (timeline.Single is { } single)
            {
                CreatedPoint = single.Locate(created);
                CreatedCalendar = single;
            }
        }

        /// <summary>Exactly <c>timeline.Add(created, duration, atClosing)</c>, from the located creation when it can.</summary>
        public readonly Instant AddFromCreated(CalendarTimeline timeline, Duration duration, DueAtClosing atClosing) =>
            CreatedCalendar is { } calendar && ReferenceEquals(timeline.Single, calendar) && duration > Duration.Zero && calendar.TryAddFrom(CreatedPoint, duration, atClosing, out var due)
                ? due
                : timeline.Add(created, duration, atClosing);

        /// <summary>Exactly <c>timeline.Elapsed(created, end)</c> for an end after the creation, from the located creation when it can.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)] // read only for the result: kept out of the clock methods' frames
        private readonly Duration ElapsedFromCreated(CalendarTimeline timeline, Instant end) =>
            CreatedCalendar is { } calendar && ReferenceEquals(timeline.Single, calendar)
                ? calendar.ElapsedBetween(CreatedPoint, calendar.Locate(end))
                : timeline.Elapsed(created, end);

        public void Candidate(Instant at)
        {
            if (at > now && (!hasNext || at < next))
            {
                (next, hasNext) = (at, true);
            }
        }

        // A clock that never pauses: due fixed, one running stretch from creation to its stop.
        [SkipLocalsInit] // no buffers: spares zeroing the frame of the inlined reading and instant arithmetic
        public void Fixed(TicketClock kind, Duration clockTarget, string calendarId, CalendarTimeline timeline, Instant due, Instant? ended, WorkingDayTarget? relative, bool wallClock = false)
        {
            var state = ended is { } e ? (e <= due ? SlaState.Met : SlaState.Missed) : SlaEvaluator.Window(due, now, lead);
            var end = ended ?? clockEnd;
            if (ended is null)
            {
                Candidate(due - lead);
                Candidate(due);
            }

            Span<ClockStretch> one = [new ClockStretch(created, ended ?? Instant.MaxValue, Duration.Zero)];
            Span<Instant> dues = [due];
            if (Collect)
            {
                AddClock(new ClockReading
                {
                    Clock = kind,
                    Cycle = 1,
                    State = state,
                    Target = clockTarget,
                    Relative = relative,
                    Calendar = calendarId,
                    StartedAt = created,
                    Due = due,
                    StoppedAt = ended,
                    Counted = end > created ? (wallClock ? end - created : ElapsedFromCreated(timeline, end)) : Duration.Zero,
                    Paused = Duration.Zero,
                    PolicyVersion = V0.From,
                    Teams = wallClock ? [] : Teams(timeline, one, now),
                });
            }

            AddAlerts(kind, 1, V0, timeline, one, dues);
        }

        /// <summary>A pausing clock's reading and rungs; out of line, so each caller (the resolution walk, every next-reply cycle) keeps a small frame. The nullable instants come by reference: copied into the call they were written field by field and read back whole, a store-forwarding stall per call.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        [SkipLocalsInit] // the due buffer is written before it is read
        public void Pausing(TicketClock kind, int cycle, Duration clockTarget, string calendarId, CalendarTimeline timeline, Instant started, ref StatusClock clock, in Instant? due, SlaState state, in Instant? stoppedAt, Version version, WorkingDayTarget? relative = null)
        {
            if (state is SlaState.Pending or SlaState.AtRisk && due is { } d)
            {
                Candidate(d - lead);
                Candidate(d);
            }

            var stretches = clock.Stretches;
            var dues = dueBuffer[..clock.StretchCount];
            if (!version.Policy.Rungs.IsEmpty)
            {
                // Each stretch's due, for the rungs; MaxValue marks a stretch no rung can reach.
                for (var k = 0; k < stretches.Length; k++)
                {
                    dues[k] = NoRungReaches(clock, stretches[k], version) ? Instant.MaxValue : clock.DueIn(stretches[k]);
                }
            }

            if (Collect)
            {
                AddClock(new ClockReading
                {
                    Clock = kind,
                    Cycle = cycle,
                    State = state,
                    Target = clockTarget,
                    Relative = relative,
                    Calendar = calendarId,
                    StartedAt = started,
                    Due = due,
                    StoppedAt = stoppedAt,
                    Counted = clock.Counted,
                    Paused = clock.Paused,
                    PolicyVersion = version.From,
                    Teams = Teams(timeline, stretches, now),
                });
            }

            AddAlerts(kind, cycle, version, timeline, stretches, dues);
        }

        private void AddClock(ClockReading reading) => clocks![clockCount++] = reading;

        /// <summary>Inserts an alert after every alert at or before its instant (equal instants keep their clock order).</summary>
        private void AddAlert(AlertSlot alert)
        {
            var j = alertCount++;
            while (j > 0 && alerts[j - 1].At > alert.At)
            {
                alerts[j] = alerts[j - 1];
                j--;
            }

            alerts[j] = alert;
        }

        /// <summary>
        /// True when every rung is in wall time and even the earliest would fall at or after the stretch's end: open time
        /// never outruns wall time, so the due is at least the open time still to go after the stretch's start.
        /// </summary>
        private static bool NoRungReaches(in StatusClock clock, in ClockStretch stretch, Version version)
        {
            var remaining = clock.Target - stretch.CountedBefore;
            return version.EarliestWallOffset is { } offset && remaining > Duration.Zero && stretch.End != Instant.MaxValue
                && remaining + offset >= stretch.End - stretch.Start;
        }

        private void AddAlerts(TicketClock kind, int cycle, Version version, CalendarTimeline timeline, scoped ReadOnlySpan<ClockStretch> stretches, scoped ReadOnlySpan<Instant> dues)
        {
            var rungs = version.Policy.Rungs;
            var masks = version.RungClocks;
            var bit = 1 << (int)kind;

            // Rungs in wall time that defer to no calendar (the default ladder) sit at the due plus their offset: the
            // offsets come from one array, without RungInstant's call and nullable result.
            var wallOffsets = version.WallOffsets;
            for (var r = 0; r < masks.Length; r++)
            {
                if ((masks[r] & bit) == 0)
                {
                    continue;
                }

                for (var k = 0; k < stretches.Length; k++)
                {
                    var due = dues[k];
                    Instant at;
                    if (due == Instant.MaxValue)
                    {
                        continue;
                    }

                    if (wallOffsets is not null)
                    {
                        at = due + wallOffsets[r];
                    }
                    else if (RungInstant(rungs[r], due, timeline, V0) is { } rungAt)
                    {
                        at = rungAt;
                    }
                    else
                    {
                        continue;
                    }

                    var fires = at > stretches[k].Start ? at : stretches[k].Start;
                    if (fires < stretches[k].End)
                    {
                        if (Collect)
                        {
                            AddAlert(new AlertSlot(kind, cycle, version.Index, r, fires));
                        }

                        Candidate(fires);
                        break;
                    }
                }
            }
        }

        /// <summary>The assignment clock (D25), in wall time from the creation to the next inbox check plus the target (Critical: the critical target); out of line, so the walk's frame does not carry it for the channels without one.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Assignment(Tier tier, Priority priority, TicketChannel channel, Instant? ended)
        {
            var policy = V0.Policy;
            var rule = policy.Assignment;
            var checkCalendar = V0.Calendar(rule.CheckCalendarId)!;
            var checkTimeline = new CalendarTimeline(checkCalendar);
            var relative = RelativeDue(policy, TicketClock.Assignment, tier, priority, channel, checkTimeline, created, out var relativeTarget);
            var critical = priority == Priority.Critical && relative is null;
            var due = relative ?? (critical ? created + rule.CriticalTarget : NextCheck(checkCalendar, rule.Checks, created) + rule.Target);
            var wall = critical ? new CalendarTimeline(V0.Calendar(BusinessCalendars.AlwaysId) ?? BusinessCalendars.Always) : checkTimeline;
            var target = relative is { } r ? r - created : critical ? rule.CriticalTarget : rule.Target;
            Fixed(TicketClock.Assignment, target, critical ? BusinessCalendars.AlwaysId : rule.CheckCalendarId, wall, due, ended, relativeTarget, wallClock: true);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        [SkipLocalsInit] // no buffers: spares zeroing the frame of the inlined clock walk
        public void Cycle(int number, ReplyCycle cycle, ReadOnlySpan<StatusChange> merged, CalendarTimeline timeline, string calendarId)
        {
            var start = cycle.Start;
            Instant? reply = cycle.Answered ? cycle.Reply : null;
            var version = engine.VersionAt(start);
            var clockTarget = version.Policy.NextReply.Target;
            var known = cycle.Known; // merged[..known] are at or before the start, the rest after it
            var clock = new StatusClock(timeline, clockTarget, V0.Sla.PausingMask, V0.Sla.StoppingMask, start, known == 0 ? TicketStatus.Open : merged[known - 1].Status, stretchBuffer);
            var stoppedByStatus = clock.Stopped;
            foreach (var change in merged[known..])
            {
                if (stoppedByStatus || (reply is { } r && change.At >= r))
                {
                    break;
                }

                clock.Change(change.At, change.Status);
                stoppedByStatus = clock.Stopped;
            }

            Instant? due;
            SlaState state;
            Instant? stopped;
            if (!stoppedByStatus && reply is { } answered)
            {
                clock.StopAt(answered);
                state = clock.ReachedAt is null ? SlaState.Met : SlaState.Missed;
                due = clock.ReachedAt ?? (clock.StretchCount > 0 ? clock.DueIn(clock.Stretch(clock.StretchCount - 1)) : null);
                stopped = answered;
            }
            else
            {
                clock.Finish(clockEnd);
                (due, state) = SlaEvaluator.ResolutionOutcome(clock, now, lead);
                stopped = clock.Stopped ? clock.StoppedAt : null;
            }

            Pausing(TicketClock.NextReply, number, clockTarget, calendarId, timeline, start, ref clock, in due, state, in stopped, version);
        }
    }

    /// <summary>One next-reply cycle found by <see cref="FindReplyCycles"/>: its customer message, when <paramref name="Answered"/> the reply that ended it, and how many status changes are at or before its start (<paramref name="Known"/>).</summary>
    private readonly record struct ReplyCycle(Instant Start, Instant Reply, bool Answered, int Known);

    /// <summary>An alert found by the walk, as plain values (the rung by version and index) so a stack buffer holds them until the result is made.</summary>
    private readonly record struct AlertSlot(TicketClock Clock, int Cycle, int Version, int Rung, Instant At);

    /// <summary>What <see cref="Scan"/> found in one pass over the events known at now.</summary>
    private struct EventFacts
    {
        public Tier Tier;
        public Priority Priority;
        public Instant? Responded;
        public Instant? AnyReply;
        public Instant? AssignedAt;
        public int StatusCount;

        /// <summary>The first status change before the previous one or the creation (an invalid ticket), if any.</summary>
        public Instant? OutOfOrder;
    }

    internal Version VersionAt(Instant instant)
    {
        var i = versions.Length - 1;
        while (i > 0 && versions[i].From > instant)
        {
            i--;
        }

        return versions[i];
    }

    /// <summary>One policy version with its SLA evaluator built.</summary>
    internal sealed class Version(Instant from, TicketLifePolicy policy, int index)
    {
        public Instant From { get; } = from;

        /// <summary>The version's place in the engine's list, earliest first.</summary>
        public int Index { get; } = index;

        public TicketLifePolicy Policy { get; } = policy;

        public SlaEvaluator Sla { get; } = new(policy.Sla);

        /// <summary>The acknowledge clock's channels as a bit mask (bit = <see cref="TicketChannel"/> value).</summary>
        public int AcknowledgeChannels { get; } = Mask(policy.Acknowledge.Channels);

        /// <summary>The next-reply clock's channels as a bit mask.</summary>
        public int NextReplyChannels { get; } = Mask(policy.NextReply.Channels);

        /// <summary>The assignment clock's channels as a bit mask.</summary>
        public int AssignmentChannels { get; } = Mask(policy.Assignment.Channels);

        /// <summary>Per rung, the clocks it watches as a bit mask (bit = <see cref="TicketClock"/> value; every bit for "every clock").</summary>
        public int[] RungClocks { get; } = [.. policy.Rungs.Select(r => r.Clocks.IsEmpty ? -1 : r.Clocks.Aggregate(0, (mask, clock) => mask | (1 << (int)clock)))];

        /// <summary>Per rung, its offset, when every rung is in wall time and defers to no calendar (each then sits at the due plus its offset); else null.</summary>
        public Duration[]? WallOffsets { get; } = policy.Rungs.All(r => r.Measure == OffsetMeasure.Wall && r.DeferToCalendarId is null) ? [.. policy.Rungs.Select(r => r.Offset)] : null;

        /// <summary>The earliest rung offset when every rung is in wall time; null when a rung is in open time (no wall-time bound).</summary>
        public Duration? EarliestWallOffset { get; } = policy.Rungs.Any(r => r.Measure != OffsetMeasure.Wall) ? null : policy.Rungs.Select(r => r.Offset).DefaultIfEmpty(Duration.Zero).Min();

        public BusinessCalendar? Calendar(string id) => Policy.Sla.Calendars.TryGetValue(id, out var calendar) ? calendar : null;

        public bool Has(int mask, TicketChannel channel) => (uint)channel < 32 && (mask & (1 << (int)channel)) != 0;

        private static int Mask(ImmutableSortedSet<TicketChannel> channels)
        {
            var mask = 0;
            foreach (var channel in channels)
            {
                mask |= 1 << (int)channel;
            }

            return mask;
        }
    }
}
