using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// What follows from an incident beyond the playbook's clocks (manual §1.3, §3.2 phases 2 and 5, §3.3), built once from
/// a validated <see cref="IncidentPolicy"/> (the status-update cadence, the follow-up period). Verb family:
/// <c>Evaluate</c> (docs/architecture.md, "One anatomy"). <see cref="IncidentFollowUp"/> holds the static equivalents and
/// the fixed §1.3 periods.
/// </summary>
/// <example>
/// <code>
/// var tasks = IncidentFollowUpTracker.Default.EvaluateClosure(incident, null, null, now);
/// foreach (var task in tasks.Where(t => t.Overdue)) Console.WriteLine(task.Description);
/// </code>
/// </example>
public sealed class IncidentFollowUpTracker
{
    /// <summary>Builds the tracker for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The incident policy.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public IncidentFollowUpTracker(IncidentPolicy policy) =>
        Policy = TaiValidationException.Validated("incident policy", policy, p => new IncidentPolicyValidator().Validate(p));

    /// <summary>The tracker of <see cref="IncidentPolicy.Default"/>.</summary>
    public static IncidentFollowUpTracker Default { get; } = new(IncidentPolicy.Default);

    /// <summary>The policy this tracker applies.</summary>
    public IncidentPolicy Policy { get; }

    /// <summary>One action per §3.3 channel (as <see cref="IncidentFollowUp.Channels"/>).</summary>
    /// <param name="affected">The affected customers (from <see cref="IncidentTicketLinker.EvaluateAffected"/>).</param>
    /// <param name="tickets">The linked tickets (for tiers and phone numbers).</param>
    /// <returns>The actions, status page first.</returns>
    public ImmutableArray<ChannelAction> EvaluateChannels(AffectedCustomers affected, IEnumerable<IncidentTicket> tickets) =>
        IncidentFollowUp.Channels(affected, tickets, Policy);

    /// <summary>§3.2 phase 2 "If customer data at risk: Escalate to VP Product immediately" (as <see cref="IncidentFollowUp.DataAtRisk"/>).</summary>
    /// <param name="signals">The incident's signals.</param>
    /// <param name="trace">The reason, fired or not.</param>
    /// <returns>The action (within zero: immediately), or null.</returns>
    public DecisionAction? EvaluateDataAtRisk(IncidentSignals signals, out TraceStep trace) => IncidentFollowUp.DataAtRisk(signals, out trace);

    /// <summary>The closure tasks of a resolved incident at <paramref name="now"/>; empty while it is unresolved (as <see cref="IncidentFollowUp.Closure"/>).</summary>
    /// <param name="incident">The incident (resolved at, post-mortem held at, action items).</param>
    /// <param name="postMortemPublishedAt">When the post-mortem went on the status page, if it did.</param>
    /// <param name="archivedAt">When the incident moved to the archive page, if it did.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>Publish, archive, verify fixes, then each action item in due order.</returns>
    public ImmutableArray<ClosureTask> EvaluateClosure(IncidentRecord incident, Instant? postMortemPublishedAt, Instant? archivedAt, Instant now) =>
        IncidentFollowUp.Closure(incident, postMortemPublishedAt, archivedAt, now, Policy);
}
