using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.OnCall;

/// <summary>Where a swap or cover request stands (issue 17, manual §5.1, §5.4).</summary>
public enum SwapStatus
{
    /// <summary>Asked for, not yet decided.</summary>
    Requested,

    /// <summary>Approved: it is in the schedule as overrides.</summary>
    Accepted,

    /// <summary>Turned down by the person asked to cover or by the approver.</summary>
    Declined,

    /// <summary>Withdrawn by the person who asked.</summary>
    Cancelled,

    /// <summary>Approval was attempted but the swap would break a §5.4 rule; nothing changed.</summary>
    Refused,
}

/// <summary>One interval of one level that changes hands: a whole shift or part of one.</summary>
/// <param name="Level">The level.</param>
/// <param name="Start">The first instant (inclusive).</param>
/// <param name="End">The end (exclusive), after <paramref name="Start"/>.</param>
public sealed record ShiftPart(OnCallLevel Level, Instant Start, Instant End)
{
    /// <summary>The whole shift of <paramref name="level"/> that hands off on <paramref name="date"/>.</summary>
    /// <param name="schedule">The schedule whose team has the rotation.</param>
    /// <param name="level">The level.</param>
    /// <param name="date">The shift's hand-off date.</param>
    /// <returns>The shift as an interval, or null when the team has no such rotation or the date is not a hand-off date.</returns>
    public static ShiftPart? WholeShift(OnCallSchedule schedule, OnCallLevel level, LocalDate date) => WholeShift(schedule, level, date, null);

    /// <summary>The whole shift of <paramref name="level"/> that hands off on <paramref name="date"/> at <paramref name="time"/> (an hour-based shift, issue 17).</summary>
    /// <param name="schedule">The schedule whose team has the rotation.</param>
    /// <param name="level">The level.</param>
    /// <param name="date">The shift's hand-off date.</param>
    /// <param name="time">The local hand-off time of an hour-based shift; null for day and month lengths.</param>
    /// <returns>The shift as an interval, or null when the team has no such rotation or no shift starts then.</returns>
    public static ShiftPart? WholeShift(OnCallSchedule schedule, OnCallLevel level, LocalDate date, LocalTime? time)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var rotation = schedule.Team.RotationFor(level);
        if (rotation is null || !rotation.IsHandOff(date, time))
        {
            return null;
        }

        var slot = rotation.SlotOn(date, time);
        return new ShiftPart(level, slot.Start, slot.End);
    }

    /// <inheritdoc />
    public override string ToString() => $"level {(int)Level} {OffsetInstant.Format(Start, DateTimeZone.Utc)}..{OffsetInstant.Format(End, DateTimeZone.Utc)}";
}

/// <summary>
/// A request to hand over on-call time (issue 17, manual §5.1 "swap", §5.4): <see cref="RequestedBy"/> asks
/// <see cref="CoveredBy"/> to take <see cref="Give"/> (a cover) and, for a swap, takes <see cref="Take"/> of theirs in
/// return. It is checked against every §5.4 rule before it is accepted; accepted, it becomes overrides recording who
/// asked, who covered and who approved.
/// </summary>
/// <example>
/// <code>
/// var give = ShiftPart.WholeShift(schedule, OnCallLevel.Support, new LocalDate(2026, 2, 9))!;
/// var request = new SwapRequest { Id = "s-1", RequestedBy = "Sarah", CoveredBy = "Marcus", Give = give };
/// var decision = SwapDesk.Accept(schedule, request, approvedBy: "Lead");
/// </code>
/// </example>
public sealed record SwapRequest
{
    /// <summary>The caller's id, echoed in overrides and outputs.</summary>
    public required string Id { get; init; }

    /// <summary>The person on call in <see cref="Give"/> who asks.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>The person asked to take <see cref="Give"/>.</summary>
    public required string CoveredBy { get; init; }

    /// <summary>The time <see cref="RequestedBy"/> hands over.</summary>
    public required ShiftPart Give { get; init; }

    /// <summary>For a swap, the time of <see cref="CoveredBy"/> that <see cref="RequestedBy"/> takes in return; null for a cover.</summary>
    public ShiftPart? Take { get; init; }

    /// <summary>Where the request stands.</summary>
    /// <value>The default is <see cref="SwapStatus.Requested"/>.</value>
    public SwapStatus Status { get; init; } = SwapStatus.Requested;

    /// <summary>Who approved it (set on acceptance).</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Who declined, cancelled or refused it, if anyone.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>True for a swap (both directions), false for a cover.</summary>
    public bool IsSwap => Take is not null;
}

/// <summary>What a step of a request's life did.</summary>
/// <param name="Request">The request after the step.</param>
/// <param name="Schedule">The schedule after the step: with the new overrides when accepted, otherwise unchanged.</param>
/// <param name="Violations">The rules the swap would break (or breaks no more when empty), or why the step is not possible.</param>
/// <param name="Trace">How it was decided.</param>
public sealed record SwapDecision(SwapRequest Request, OnCallSchedule Schedule, ImmutableArray<RotaViolation> Violations, ImmutableArray<TraceStep> Trace)
{
    /// <summary>True when the step succeeded (a request recorded, accepted, declined or cancelled as asked).</summary>
    public bool Succeeded => Violations.IsEmpty;
}

/// <summary>
/// Swap and cover requests (issue 17, manual §5.1, §5.4, D19): <see cref="Propose"/> checks a request and lists the
/// violations it would cause; <see cref="Accept"/> applies it as overrides only when it breaks no rule that the
/// schedule did not already break; <see cref="Decline"/> and <see cref="Cancel"/> close it.
/// </summary>
/// <remarks>
/// <para>A request is checked by applying it to the schedule and running <see cref="RotaChecker"/>: every §5.4 rule
/// (quarter limit, consecutive evening weeks, rest after a busy week, time off, one level at a time) is checked exactly
/// as for a rota. A violation that the schedule already had (same rule, person, level, weeks and message) is not blamed
/// on the request.</para>
/// <para>The overrides carry <c>note</c> "swap ID: asked by A, covered by B, approved by C" and, when the person
/// handing over holds the shift throughout, <c>for</c>.</para>
/// </remarks>
public static class SwapDesk
{
    private const string Source = "§5.1, §5.4, D19";

    /// <summary>Checks a new request without changing anything: the violations it would cause if accepted.</summary>
    /// <param name="schedule">The published schedule.</param>
    /// <param name="request">The request (status <see cref="SwapStatus.Requested"/>).</param>
    /// <param name="incidents">Incidents so far, for the busy-week rule.</param>
    /// <returns>The request as recorded; its trace's first step says whether it breaks a rule, and one more step per
    /// violation it would cause names the rule (the step's rule id) and says how.</returns>
    public static SwapDecision Propose(OnCallSchedule schedule, SwapRequest request, IEnumerable<PagedIncident>? incidents = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(request);
        var invalid = Invalid(schedule, request);
        if (invalid.Length > 0)
        {
            return new SwapDecision(request, schedule, invalid, []);
        }

        var (_, caused) = Apply(schedule, request, null, incidents);
        var trace = Step(request, caused.IsEmpty ? "breaks no rule if accepted." : $"would break {string.Join(", ", caused.Select(v => v.Rule).Distinct())}.");
        return new SwapDecision(request, schedule, [], [trace, .. caused.Select(v => new TraceStep(v.Rule, v.Source, v.Message))]);
    }

    /// <summary>Accepts the request when it breaks no new rule: the schedule gets its overrides; otherwise it is refused, naming the rules.</summary>
    /// <param name="schedule">The published schedule.</param>
    /// <param name="request">A request with status <see cref="SwapStatus.Requested"/>.</param>
    /// <param name="approvedBy">Who approves it.</param>
    /// <param name="incidents">Incidents so far, for the busy-week rule.</param>
    /// <returns>The accepted request and new schedule, or the refused request, the unchanged schedule and the violations.</returns>
    public static SwapDecision Accept(OnCallSchedule schedule, SwapRequest request, string approvedBy, IEnumerable<PagedIncident>? incidents = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(request);
        var invalid = Invalid(schedule, request);
        if (invalid.Length > 0)
        {
            return new SwapDecision(request, schedule, invalid, []);
        }

        var (changed, caused) = Apply(schedule, request, approvedBy, incidents);
        if (!caused.IsEmpty)
        {
            var refused = request with { Status = SwapStatus.Refused, DecidedBy = approvedBy };
            return new SwapDecision(refused, schedule, caused, [Step(refused, $"refused: it would break {string.Join(", ", caused.Select(v => v.Rule).Distinct())}.")]);
        }

        var accepted = request with { Status = SwapStatus.Accepted, ApprovedBy = approvedBy };
        return new SwapDecision(accepted, changed, [], [Step(accepted, $"accepted by {approvedBy}: {changed.Overrides.Length - schedule.Overrides.Length} override(s) added; no rule broken.")]);
    }

    /// <summary>Declines an open request.</summary>
    /// <param name="schedule">The schedule, returned unchanged.</param>
    /// <param name="request">A request with status <see cref="SwapStatus.Requested"/>.</param>
    /// <param name="by">Who declines: the person asked or an approver.</param>
    /// <returns>The declined request.</returns>
    public static SwapDecision Decline(OnCallSchedule schedule, SwapRequest request, string by) => Close(schedule, request, by, SwapStatus.Declined);

    /// <summary>Cancels an open request.</summary>
    /// <param name="schedule">The schedule, returned unchanged.</param>
    /// <param name="request">A request with status <see cref="SwapStatus.Requested"/>.</param>
    /// <param name="by">Who cancels: the person who asked.</param>
    /// <returns>The cancelled request.</returns>
    public static SwapDecision Cancel(OnCallSchedule schedule, SwapRequest request, string by) => Close(schedule, request, by, SwapStatus.Cancelled);

    private static SwapDecision Close(OnCallSchedule schedule, SwapRequest request, string by, SwapStatus status)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status != SwapStatus.Requested)
        {
            return new SwapDecision(request, schedule, [Problem(request, "status", $"request {SafeText.Echo(request.Id)} is {Word(request.Status)}, so it cannot be {Word(status)}.")], []);
        }

        if (status == SwapStatus.Cancelled && by != request.RequestedBy)
        {
            return new SwapDecision(request, schedule, [Problem(request, "by", $"only {SafeText.Echo(request.RequestedBy)}, who asked, can cancel request {SafeText.Echo(request.Id)}.")], []);
        }

        var closed = request with { Status = status, DecidedBy = by };
        return new SwapDecision(closed, schedule, [], [Step(closed, $"{Word(status)} by {SafeText.Echo(by)}.")]);
    }

    /// <summary>The spelling of a status in outputs: requested, accepted, declined, cancelled, refused.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The lower-case word.</returns>
    public static string Word(SwapStatus status) => status.ToString().ToLowerInvariant();

    private static (OnCallSchedule Schedule, ImmutableArray<RotaViolation> Caused) Apply(OnCallSchedule schedule, SwapRequest request, string? approvedBy, IEnumerable<PagedIncident>? incidents)
    {
        var log = incidents?.ToList() ?? [];
        var note = $"swap {request.Id}: asked by {request.RequestedBy}, covered by {request.CoveredBy}, approved by {approvedBy ?? "(pending)"}";
        var covers = new List<OnCallOverride> { Cover(schedule, request.Give, request.CoveredBy, request.RequestedBy, note) };
        if (request.Take is { } take)
        {
            covers.Add(Cover(schedule, take, request.RequestedBy, request.CoveredBy, note));
        }

        var changed = schedule with { Overrides = schedule.Overrides.AddRange(covers) };
        var before = RotaChecker.Check(schedule, log).Violations.Select(Key).ToHashSet();
        var caused = RotaChecker.Check(changed, log).Violations.Where(v => !before.Contains(Key(v))).ToImmutableArray();
        return (changed, caused);
    }

    private static OnCallOverride Cover(OnCallSchedule schedule, ShiftPart part, string person, string holder, string note)
    {
        var rotation = schedule.Team.RotationFor(part.Level)!;
        var holds = rotation.Slots(part.Start, part.End).All(slot => schedule.ShiftFor(part.Level, slot)?.Person == holder);
        return new OnCallOverride(part.Level, part.Start, part.End, person) { For = holds ? holder : null, Note = note };
    }

    private static string Key(RotaViolation v) => $"{v.Rule}|{v.Person}|{(int)v.Level}|{string.Join(",", v.Weeks)}|{v.Message}";

    /// <summary>Problems with the request itself: unknown people or levels, empty intervals, time the asker does not hold.</summary>
    private static ImmutableArray<RotaViolation> Invalid(OnCallSchedule schedule, SwapRequest request)
    {
        var problems = new List<RotaViolation>();
        if (request.Status != SwapStatus.Requested)
        {
            problems.Add(Problem(request, "status", $"request {SafeText.Echo(request.Id)} is {Word(request.Status)}, not open."));
            return [.. problems];
        }

        var everyone = schedule.Team.Everyone;
        foreach (var (field, person) in new[] { ("requestedBy", request.RequestedBy), ("coveredBy", request.CoveredBy) })
        {
            if (!everyone.Contains(person, StringComparer.Ordinal))
            {
                problems.Add(Problem(request, field, $"{SafeText.Echo(person)} is not on the team; the team is {string.Join(", ", everyone)}."));
            }
        }

        if (request.RequestedBy == request.CoveredBy)
        {
            problems.Add(Problem(request, "coveredBy", "the person covering must be someone else than the person asking."));
        }

        if (problems.Count > 0)
        {
            return [.. problems];
        }

        var timeline = schedule.Compile();
        Holds(timeline, schedule, request, request.Give, request.RequestedBy, "give", problems);
        if (request.Take is { } take)
        {
            Holds(timeline, schedule, request, take, request.CoveredBy, "take", problems);
        }

        return [.. problems];
    }

    private static void Holds(OnCallTimeline timeline, OnCallSchedule schedule, SwapRequest request, ShiftPart part, string person, string field, List<RotaViolation> problems)
    {
        if (schedule.Team.RotationFor(part.Level) is null)
        {
            problems.Add(Problem(request, $"{field}.level", $"the team has no level {(int)part.Level} rotation."));
            return;
        }

        if (part.End <= part.Start)
        {
            problems.Add(Problem(request, $"{field}.end", "must be after start."));
            return;
        }

        var others = timeline.Segments(part.Level, part.Start, part.End).Where(s => s.Person != person).ToList();
        var covered = timeline.Segments(part.Level, part.Start, part.End).Aggregate(Duration.Zero, (sum, s) => sum + ((s.End < part.End ? s.End : part.End) - (s.Start > part.Start ? s.Start : part.Start)));
        if (others.Count > 0 || covered < part.End - part.Start)
        {
            var who = others.Select(s => s.Person ?? "nobody").Distinct().DefaultIfEmpty("nobody");
            var zone = schedule.Team.Zone;
            problems.Add(Problem(request, field, $"{SafeText.Echo(person)} is not on call at level {(int)part.Level} throughout {OffsetInstant.Format(part.Start, zone)}..{OffsetInstant.Format(part.End, zone)}; {string.Join(" and ", who)} is."));
        }
    }

    private static RotaViolation Problem(SwapRequest request, string field, string message) =>
        new(OnCallRuleIds.InvalidInput, Source, null, request.Give.Level, [], $"{field}: {message}");

    private static TraceStep Step(SwapRequest request, string what) =>
        new("oncall.swap", Source, $"{(request.IsSwap ? "swap" : "cover")} {SafeText.Echo(request.Id)} ({SafeText.Echo(request.RequestedBy)} → {SafeText.Echo(request.CoveredBy)}, {request.Give}{(request.Take is { } t ? $" for {t}" : string.Empty)}): {what}");
}
