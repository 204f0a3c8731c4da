using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Incidents;

/// <summary>One message to send on one §3.3 channel, with its Slack channel or customer.</summary>
/// <param name="Action">What to do, its window and manual source.</param>
/// <param name="Channel"><c>statusPage</c>, <c>email</c>, <c>phone</c> or <c>slack</c>.</param>
/// <param name="Target">Where: <c>status.tai.ai</c>, a customer id, a phone number, <c>#support-critical</c>.</param>
public sealed record ChannelAction(DecisionAction Action, string Channel, string Target);

/// <summary>A closure task of a resolved incident with its due and state.</summary>
/// <param name="Task"><c>publishPostMortem</c>, <c>archive</c>, <c>verifyFixes</c> or <c>actionItem</c>.</param>
/// <param name="Description">What, with the owner for an action item.</param>
/// <param name="Due">When it is due; null when it cannot be known yet (verify fixes before the post-mortem).</param>
/// <param name="Done">True when the record shows it done.</param>
/// <param name="Overdue">True when not done and the due has passed.</param>
/// <param name="Source">The manual section.</param>
public sealed record ClosureTask(string Task, string Description, Instant? Due, bool Done, bool Overdue, string Source);

/// <summary>
/// What follows from an incident beyond the playbook's clocks: one action per §3.3 channel, the §3.2 phase-2
/// data-at-risk escalation, and the §1.3/§3.2 closure tasks (post-mortem published within 24 h, archived after 90 days,
/// fixes verified 1 week after the post-mortem, each action item by its date).
/// </summary>
/// <remarks>Manual §1.3, §3.2 phases 2 and 5, §3.3, §10.2.</remarks>
public static class IncidentFollowUp
{
    /// <summary>The post-mortem is published on the status page within this long of resolution.</summary>
    /// <value>24 hours (manual §1.3 "Update resolved incidents within 24 hours with full post-mortem").</value>
    public static Duration PublishPostMortemWithin { get; } = Duration.FromHours(24);

    /// <summary>Resolved incidents move to the archive page after this long.</summary>
    /// <value>90 days (manual §1.3 "Archive old incidents (older than 90 days in separate page)").</value>
    public static Duration ArchiveAfter { get; } = Duration.FromDays(90);

    /// <summary>
    /// One action per §3.3 channel: the status page (all customers), an email to each affected Enterprise customer and a
    /// call to each one with a phone number, and the continuous log in Slack #support-critical.
    /// </summary>
    /// <param name="affected">The affected customers (from <see cref="IncidentTickets.Affected"/>).</param>
    /// <param name="tickets">The linked tickets (for tiers and phone numbers).</param>
    /// <param name="policy">The status-update cadence.</param>
    /// <returns>The actions, status page first.</returns>
    public static ImmutableArray<ChannelAction> Channels(AffectedCustomers affected, IEnumerable<IncidentTicket> tickets, IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(affected);
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(policy);
        var actions = new List<ChannelAction>
        {
            new(new DecisionAction("updateStatusPage", policy.StatusUpdateEvery, "§3.3", "Status.tai.ai (primary for all customers)"), "statusPage", "status.tai.ai"),
        };
        var affectedIds = affected.CustomerIds.ToHashSet(StringComparer.Ordinal);
        var enterprise = tickets.Where(t => t.Tier == Tier.Enterprise && affectedIds.Contains(t.CustomerId))
            .GroupBy(t => t.CustomerId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var customer in enterprise)
        {
            actions.Add(new(new DecisionAction("emailEnterpriseCustomer", policy.StatusUpdateEvery, "§3.3", "Email to Enterprise customers"), "email", customer.Key));
            if (customer.Select(t => t.Phone).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) is { } phone)
            {
                actions.Add(new(new DecisionAction("callEnterpriseCustomer", policy.StatusUpdateEvery, "§3.3", "If they've given a phone number, call too"), "phone", phone));
            }
        }

        actions.Add(new(new DecisionAction("logInSupportCritical", null, "§3.3, §10.2", "Slack #support-critical channel (continuous log)"), "slack", "#support-critical"));
        return [.. actions];
    }

    /// <summary>
    /// §3.2 phase 2 "If customer data at risk: Escalate to VP Product immediately": the escalation when the signals report
    /// data loss, corruption, a security breach or unauthorized access; null otherwise.
    /// </summary>
    /// <param name="signals">The incident's signals.</param>
    /// <param name="trace">The reason, fired or not.</param>
    /// <returns>The action (within zero: immediately), or null.</returns>
    public static DecisionAction? DataAtRisk(IncidentSignals signals, out TraceStep trace)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var why = new[]
        {
            signals.DataLoss ? "data loss" : null,
            signals.DataCorruption ? "data corruption" : null,
            signals.SecurityBreach ? "security breach" : null,
            signals.UnauthorizedAccess ? "unauthorized access" : null,
        }.OfType<string>().ToArray();
        if (why.Length == 0)
        {
            trace = new TraceStep("incident.data-at-risk", "§3.2 phase 2", "no signal puts customer data at risk");
            return null;
        }

        trace = new TraceStep("incident.data-at-risk.fired", "§3.2 phase 2", $"customer data at risk ({string.Join(", ", why)}): escalate to VP Product immediately");
        return new DecisionAction("escalateToVpProduct", Duration.Zero, "§3.2 phase 2", "If customer data at risk: Escalate to VP Product immediately");
    }

    /// <summary>The closure tasks of a resolved incident; empty while it is unresolved.</summary>
    /// <param name="incident">The incident (resolved at, post-mortem held at, action items).</param>
    /// <param name="postMortemPublishedAt">When the post-mortem went on the status page, if it did.</param>
    /// <param name="archivedAt">When the incident moved to the archive page, if it did.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="policy">The follow-up period (1 week, §3.2 "We'll verify fixes in 1 week").</param>
    /// <returns>Publish, archive, verify fixes, then each action item in due order.</returns>
    public static ImmutableArray<ClosureTask> Closure(IncidentRecord incident, Instant? postMortemPublishedAt, Instant? archivedAt, Instant now, IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(policy);
        if (incident.ResolvedAt is not { } resolved)
        {
            return [];
        }

        var tasks = new List<ClosureTask>
        {
            Task("publishPostMortem", "Publish the full post-mortem on the status page", resolved + PublishPostMortemWithin, postMortemPublishedAt, now, "§1.3"),
            Task("archive", "Move the incident to the archive page (older than 90 days)", resolved + ArchiveAfter, archivedAt, now, "§1.3"),
        };
        var verifyDue = incident.PostMortemHeldAt is { } held ? held + policy.FollowUpAfter : (Instant?)null;
        tasks.Add(new ClosureTask("verifyFixes", "We'll verify fixes in 1 week", verifyDue, false, verifyDue is { } v && v < now, "§3.2 phase 5"));
        foreach (var item in (incident.ActionItems.IsDefault ? [] : incident.ActionItems).OrderBy(i => i.Due))
        {
            // An action item is due by the end of its date in the incident's zone.
            var due = incident.Zone.StartOfDay(item.Due.PlusDays(1));
            tasks.Add(new ClosureTask("actionItem", $"{item.Action} - Owner: {item.Owner}", due, false, due <= now, "§3.2 phase 5"));
        }

        return [.. tasks];
    }

    private static ClosureTask Task(string task, string description, Instant due, Instant? doneAt, Instant now, string source)
    {
        var done = doneAt is { } d && d <= now;
        return new ClosureTask(task, description, due, done, !done && due < now, source);
    }
}
