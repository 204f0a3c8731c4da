using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Swap and cover requests (issue 17, manual §5.1, §5.4, D19), built once from a validated <see cref="OnCallPolicy"/>.
/// Verb family: <c>Evaluate</c> (docs/architecture.md, "One anatomy"): each call decides one step of a request. The
/// engine's policy replaces the schedule team's <see cref="OnCallTeam.Policy"/> (as <c>tai oncall swap --policy PACK</c>
/// does); build <c>new SwapCoordinator(schedule.Team.Policy)</c> to apply a team's own. <see cref="SwapDesk"/> holds the
/// static equivalents, which read the team's policy.
/// </summary>
/// <example>
/// <code>
/// var preview = SwapCoordinator.Default.EvaluateProposal(schedule, request, incidents);
/// var decision = SwapCoordinator.Default.EvaluateAcceptance(schedule, request, "Lead", incidents);
/// if (decision.Succeeded) schedule = decision.Schedule;
/// </code>
/// </example>
public sealed class SwapCoordinator
{
    /// <summary>Builds the coordinator for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The fairness limits every request is checked against.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path (<c>fairness.maxWeeksPerQuarter</c>).</exception>
    public SwapCoordinator(OnCallPolicy policy) => Policy = TaiValidationException.Validated("on-call policy", policy, OnCallPolicyRules.Validate);

    /// <summary>The coordinator of <see cref="OnCallPolicy.Default"/> (D19).</summary>
    public static SwapCoordinator Default { get; } = new(OnCallPolicy.Default);

    /// <summary>The policy this coordinator applies.</summary>
    public OnCallPolicy Policy { get; }

    /// <summary>Checks a new request without changing anything (as <see cref="SwapDesk.Propose"/>).</summary>
    /// <param name="schedule">The published schedule.</param>
    /// <param name="request">The request (status <see cref="SwapStatus.Requested"/>).</param>
    /// <param name="incidents">Incidents so far, for the busy-week rule (null for none).</param>
    /// <returns>The request as recorded and the violations it would cause, one trace step each.</returns>
    public SwapDecision EvaluateProposal(OnCallSchedule schedule, SwapRequest request, IEnumerable<PagedIncident>? incidents) =>
        SwapDesk.Propose(OnCallEngines.Applying(schedule, Policy), request, incidents);

    /// <summary>Accepts the request when it breaks no new rule (as <see cref="SwapDesk.Accept"/>).</summary>
    /// <param name="schedule">The published schedule.</param>
    /// <param name="request">A request with status <see cref="SwapStatus.Requested"/>.</param>
    /// <param name="approvedBy">Who approves it.</param>
    /// <param name="incidents">Incidents so far, for the busy-week rule (null for none).</param>
    /// <returns>The accepted request and new schedule, or the refused request, the unchanged schedule and the violations.</returns>
    public SwapDecision EvaluateAcceptance(OnCallSchedule schedule, SwapRequest request, string approvedBy, IEnumerable<PagedIncident>? incidents) =>
        SwapDesk.Accept(OnCallEngines.Applying(schedule, Policy), request, approvedBy, incidents);

    /// <summary>Declines an open request (as <see cref="SwapDesk.Decline"/>).</summary>
    /// <param name="schedule">The schedule, returned unchanged.</param>
    /// <param name="request">A request with status <see cref="SwapStatus.Requested"/>.</param>
    /// <param name="by">Who declines: the person asked or an approver.</param>
    /// <returns>The declined request.</returns>
    public SwapDecision EvaluateDecline(OnCallSchedule schedule, SwapRequest request, string by) =>
        SwapDesk.Decline(OnCallEngines.Applying(schedule, Policy), request, by);

    /// <summary>Cancels an open request (as <see cref="SwapDesk.Cancel"/>).</summary>
    /// <param name="schedule">The schedule, returned unchanged.</param>
    /// <param name="request">A request with status <see cref="SwapStatus.Requested"/>.</param>
    /// <param name="by">Who cancels: the person who asked.</param>
    /// <returns>The cancelled request.</returns>
    public SwapDecision EvaluateCancellation(OnCallSchedule schedule, SwapRequest request, string by) =>
        SwapDesk.Cancel(OnCallEngines.Applying(schedule, Policy), request, by);
}

/// <summary>
/// The on-call load report and equity score (issue 17, manual §5.4), built once from a validated
/// <see cref="OnCallPolicy"/> (the fairness rules count the weeks; the compensation policy's rebalance share and minimum
/// pages flag a person). Verb family: <c>Build</c>. The engine's policy replaces the schedule team's
/// <see cref="OnCallTeam.Policy"/>; <see cref="OnCallEquity.Report"/> is the static equivalent that reads the team's policy.
/// </summary>
/// <example>
/// <code>
/// var report = EquityReporter.Default.Build(schedule, new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 29), null);
/// foreach (var level in report.Levels) Console.WriteLine($"{level.Rotation}: {level.Score}");
/// </code>
/// </example>
public sealed class EquityReporter
{
    /// <summary>Builds the reporter for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The fairness limits and compensation (rebalance hint).</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public EquityReporter(OnCallPolicy policy) => Policy = TaiValidationException.Validated("on-call policy", policy, OnCallPolicyRules.Validate);

    /// <summary>The reporter of <see cref="OnCallPolicy.Default"/> (D19, D20).</summary>
    public static EquityReporter Default { get; } = new(OnCallPolicy.Default);

    /// <summary>The policy this reporter applies.</summary>
    public OnCallPolicy Policy { get; }

    /// <summary>The equity report of <c>[from, through]</c> (as <see cref="OnCallEquity.Report"/>).</summary>
    /// <param name="schedule">A valid schedule.</param>
    /// <param name="from">The first date of the period (team zone).</param>
    /// <param name="through">The last date of the period, included.</param>
    /// <param name="options">Holidays, weights, incidents and call-ins; null for <see cref="EquityOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts, or the weights are invalid.</exception>
    public EquityReport Build(OnCallSchedule schedule, LocalDate from, LocalDate through, EquityOptions? options) =>
        OnCallEquity.Report(OnCallEngines.Applying(schedule, Policy), from, through, options);
}

/// <summary>What the on-call engines share.</summary>
internal static class OnCallEngines
{
    /// <summary>The schedule whose team has <paramref name="policy"/> (the same schedule when it already has it).</summary>
    public static OnCallSchedule Applying(OnCallSchedule schedule, OnCallPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return ReferenceEquals(schedule.Team.Policy, policy) || schedule.Team.Policy == policy ? schedule : schedule with { Team = schedule.Team with { Policy = policy } };
    }
}
