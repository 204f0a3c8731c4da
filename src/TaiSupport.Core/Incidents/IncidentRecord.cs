using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// What is known about one declared incident: its level, the playbook's milestones as they happened, and the facts the
/// resolution notice and the post-mortem report (manual §3.2, §3.3, §5.3, D17). Read one from JSON with
/// <see cref="IncidentRecordJson"/>; check one with <see cref="IncidentRecordValidator"/>.
/// </summary>
/// <remarks>
/// The record may hold the whole history; <see cref="IncidentPlaybook.NextActions"/> only counts what happened at or
/// before the <c>now</c> it is given, so one record replays the incident at any instant. Lists need not be sorted.
/// </remarks>
/// <example>
/// <code>
/// var incident = new IncidentRecord
/// {
///     Id = "INC-142", Level = IncidentLevel.P1, DeclaredAt = Instant.FromUtc(2026, 2, 10, 22, 0),
///     Acknowledgements = [Instant.FromUtc(2026, 2, 10, 22, 1)],
/// };
/// var due = IncidentPlaybook.NextActions(incident, Instant.FromUtc(2026, 2, 10, 22, 3), IncidentPolicy.Default);
/// </code>
/// </example>
public sealed record IncidentRecord
{
    /// <summary>The incident's id, such as <c>INC-2026-0142</c>; may be empty.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The declared level: P1, P2 or P3 (never <see cref="IncidentLevel.None"/>).</summary>
    public required IncidentLevel Level { get; init; }

    /// <summary>When the incident was detected and declared: minute 0 of the playbook (§3.2 phase 1).</summary>
    public required Instant DeclaredAt { get; init; }

    /// <summary>The zone messages and traces show local times in.</summary>
    /// <value>The default is America/Los_Angeles, the manual's "PT" (D1).</value>
    public DateTimeZone Zone { get; init; } = DateTimeZoneProviders.Tzdb[BusinessCalendars.PacificTimeZoneId];

    /// <summary>One paragraph on what happened (the post-mortem's "WHAT HAPPENED").</summary>
    public string? Summary { get; init; }

    /// <summary>When receipt was acknowledged ("We've detected an incident. Investigating now.", §3.2 phase 1).</summary>
    public ImmutableArray<Instant> Acknowledgements { get; init; } = [];

    /// <summary>When the public status page was updated (§3.2 phases 1 and 3, §3.3).</summary>
    public ImmutableArray<Instant> StatusUpdates { get; init; } = [];

    /// <summary>When customers were notified (a P1 duty, §3.2 phase 1 step 5, §5.3).</summary>
    public Instant? CustomersNotifiedAt { get; init; }

    /// <summary>When the root cause was found: the fix phase starts (§3.2 phases 2–3).</summary>
    public Instant? RootCauseFoundAt { get; init; }

    /// <summary>The root cause, specifically (the post-mortem's "ROOT CAUSE").</summary>
    public string? RootCause { get; init; }

    /// <summary>When, the root cause being unclear, the incident was escalated to on-call + a second engineer (§3.2 phase 2).</summary>
    public Instant? EscalatedAt { get; init; }

    /// <summary>When Level-2 engineering on-call was paged (§5.3).</summary>
    public Instant? Level2PagedAt { get; init; }

    /// <summary>When service was restored and the incident resolved.</summary>
    public Instant? ResolvedAt { get; init; }

    /// <summary>Synthetic-monitoring runs after the fix (§3.2 phase 4).</summary>
    public ImmutableArray<VerificationRun> VerificationRuns { get; init; } = [];

    /// <summary>When the resolution notice (the final update to customers) was sent (§3.2 phase 5).</summary>
    public Instant? ResolutionNoticeSentAt { get; init; }

    /// <summary>When the post-mortem was held (§3.2 phase 5).</summary>
    public Instant? PostMortemHeldAt { get; init; }

    /// <summary>Timeline entries for the messages; when empty, the timeline is built from the milestones above.</summary>
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>The impact: affected customers, failed and total requests, revenue.</summary>
    public IncidentImpact Impact { get; init; } = new();

    /// <summary>The service credit for affected customers in percent; null uses <see cref="IncidentPolicy.ServiceCreditPct"/>.</summary>
    public decimal? ServiceCreditPct { get; init; }

    /// <summary>What was done so it does not happen again (the notice's "Prevention").</summary>
    public ImmutableArray<string> Prevention { get; init; } = [];

    /// <summary>The post-mortem's attendees, by name.</summary>
    public ImmutableArray<string> Attendees { get; init; } = [];

    /// <summary>What went well (post-mortem).</summary>
    public ImmutableArray<string> WentWell { get; init; } = [];

    /// <summary>What didn't go well (post-mortem).</summary>
    public ImmutableArray<string> WentBadly { get; init; } = [];

    /// <summary>The post-mortem's action items.</summary>
    public ImmutableArray<ActionItem> ActionItems { get; init; } = [];
}

/// <summary>One synthetic-monitoring run (§3.2 phase 4: "Run synthetic monitoring test 5x (all should pass)").</summary>
/// <param name="At">When it ran.</param>
/// <param name="Passed">Whether it passed.</param>
public sealed record VerificationRun(Instant At, bool Passed);

/// <summary>One line of an incident timeline ("2:15 PM: Root cause identified").</summary>
/// <param name="At">When.</param>
/// <param name="Event">What happened.</param>
public sealed record TimelineEntry(Instant At, string Event);

/// <summary>One post-mortem action item ("[Fix] - Owner: [Name] - Due: [Date]").</summary>
/// <param name="Action">What to do.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="Due">When it is due.</param>
public sealed record ActionItem(string Action, string Owner, LocalDate Due);

/// <summary>An incident's impact (§3.2 phase 5 "Impact").</summary>
public sealed record IncidentImpact
{
    /// <summary>How many customers were affected.</summary>
    public long? AffectedCustomers { get; init; }

    /// <summary>A note on who they are, such as "all Professional/Enterprise tiers".</summary>
    public string? AffectedCustomersNote { get; init; }

    /// <summary>How many requests failed.</summary>
    public long? FailedRequests { get; init; }

    /// <summary>How many requests there were in all during the incident.</summary>
    public long? TotalRequests { get; init; }

    /// <summary>The revenue impact in US dollars, once estimated.</summary>
    public decimal? RevenueImpactUsd { get; init; }
}
