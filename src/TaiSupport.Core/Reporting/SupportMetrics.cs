using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>Which SLA clock (manual §2.2.5).</summary>
public enum SlaClockKind
{
    /// <summary>The first-response clock.</summary>
    FirstResponse,

    /// <summary>The resolution clock.</summary>
    Resolution,
}

/// <summary>One SLA clock's compliance over a period (manual §8.1 "SLA COMPLIANCE").</summary>
/// <param name="Met">Clocks decided in the period that were met.</param>
/// <param name="Missed">Clocks decided in the period that were missed or breached.</param>
/// <param name="Timed">How many times the averages are taken over (responses given, tickets resolved in the period).</param>
/// <param name="AverageTime">The mean time on each ticket's own SLA clock; null when <paramref name="Timed"/> is 0.</param>
/// <param name="AverageTarget">The mean of the same tickets' targets, to compare with; null when <paramref name="Timed"/> is 0.</param>
public sealed record SlaCompliance(int Met, int Missed, int Timed, Duration? AverageTime, Duration? AverageTarget)
{
    /// <summary>Clocks decided in the period.</summary>
    public int Decided => Met + Missed;

    /// <summary>Met as a percentage of decided; null when none was decided.</summary>
    public decimal? MetPercent => Decided == 0 ? null : 100m * Met / Decided;
}

/// <summary>An SLA clock missed (done late) or breached (still not done) in the period.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Clock">Which clock.</param>
/// <param name="Due">The due it missed.</param>
/// <param name="State"><see cref="SlaState.Missed"/> or <see cref="SlaState.Breached"/>, as of the report.</param>
public sealed record SlaMiss(string TicketId, SlaClockKind Clock, Instant Due, SlaState State);

/// <summary>Escalations to one destination in the period.</summary>
/// <param name="To">The destination id.</param>
/// <param name="Label">Its words.</param>
/// <param name="Count">Escalations in the period.</param>
public sealed record DestinationCount(string To, string Label, int Count);

/// <summary>An escalation whose ticket is still open at the end of the period (§8.1 "Status: [List of ongoing escalations]").</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="To">The destination id.</param>
/// <param name="Label">Its words.</param>
/// <param name="Since">When it was escalated.</param>
public sealed record OngoingEscalation(string TicketId, string To, string Label, Instant Since);

/// <summary>The period's incidents (manual §8.1 "INCIDENTS").</summary>
/// <param name="Declared">Incidents declared in the period.</param>
/// <param name="P1">P1 incidents declared in the period.</param>
/// <param name="Resolved">Incidents resolved in the period.</param>
/// <param name="MeanTimeToResolve">MTTR over the incidents resolved in the period; null when none.</param>
/// <param name="CustomersAffected">Customers affected, summed over the incidents declared in the period.</param>
/// <param name="StatusPageUpdates">Status-page updates made in the period.</param>
/// <param name="Ongoing">Ids of incidents still open at the end of the period.</param>
public sealed record IncidentSummary(int Declared, int P1, int Resolved, Duration? MeanTimeToResolve, int CustomersAffected, int StatusPageUpdates, ImmutableArray<string> Ongoing)
{
    /// <inheritdoc />
    public bool Equals(IncidentSummary? other) =>
        other is not null && Declared == other.Declared && P1 == other.P1 && Resolved == other.Resolved && MeanTimeToResolve == other.MeanTimeToResolve
        && CustomersAffected == other.CustomersAffected && StatusPageUpdates == other.StatusPageUpdates && Ongoing.SequenceEqual(other.Ongoing);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Declared, P1, Resolved, MeanTimeToResolve, CustomersAffected, StatusPageUpdates);
}

/// <summary>How many of the period's tickets carry a tag (§8.2 "TOP ISSUES SEEN").</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Tickets">Tickets created in the period with it.</param>
public sealed record TagCount(string Tag, int Tickets);

/// <summary>How many of the period's new tickets fall in a severity category (§2.2.2).</summary>
/// <param name="Category">The category.</param>
/// <param name="Tickets">Tickets created in the period with it.</param>
public sealed record CategoryCount(Category Category, int Tickets);

/// <summary>How many of the tickets resolved in the period carry a root-cause tag (§2.2.7).</summary>
/// <param name="RootCause">The root cause.</param>
/// <param name="Tickets">Tickets resolved in the period with it.</param>
public sealed record RootCauseCount(RootCause RootCause, int Tickets);

/// <summary>How many tickets a person resolved in the period (§8.2 "STAFFING").</summary>
/// <param name="Person">The person.</param>
/// <param name="Resolved">Tickets they resolved.</param>
public sealed record PersonCount(string Person, int Resolved);

/// <summary>
/// The support metrics of one period, from tickets (each with its SLA evaluation) and incidents (manual §8.1, §8.2):
/// volume, time to close, CSAT, SLA compliance with the misses listed, escalations, incidents, tags and people.
/// </summary>
/// <remarks>
/// <para><b>As of.</b> Every ticket is evaluated by the SLA engine at the end of the period, or at the report instant
/// when that comes first (<see cref="AsOf"/>); events after it are ignored.</para>
/// <para><b>Counting rules.</b> <em>New</em>: created in the period. <em>Resolved in period</em>: entered Resolved/Closed
/// in the period and still so at <see cref="AsOf"/>. <em>In progress</em>: created before <see cref="AsOf"/> and not
/// resolved then (the open backlog). <em>New resolved / still open</em>: the period's new tickets by their status at
/// <see cref="AsOf"/> (the weekly report's "Resolved: 41 (87%)"). <em>SLA compliance</em>: each clock counts once, in the
/// period in which it was decided — a met clock when the response or resolution happened, a missed or breached one at
/// its due — so a ticket that breaches overnight shows up the next morning, and days add up to weeks.
/// <em>Response and resolution times</em> are measured on each ticket's own SLA clock (the calendar its target runs on;
/// paused time excluded from resolution, D7) so they compare with its target; <em>time to close</em> is wall-clock time
/// from creation to resolution. <em>CSAT</em>: tickets resolved in the period with a score. <em>Tags</em>: tickets created
/// in the period. <em>Escalations</em>: escalation events in the period.</para>
/// <para>Every number is a sum or an exact mean, and every list has a total order, so the metrics do not depend on the
/// order of the input.</para>
/// </remarks>
/// <example>
/// <code>
/// var period = ReportPeriod.Day(new LocalDate(2026, 1, 26), policy.Zone);
/// var metrics = SupportMetrics.Compute(period, tickets, incidents, period.End, SlaEvaluator.Default, ReportPolicy.Default);
/// Console.WriteLine($"{metrics.FirstResponse.MetPercent:0}% of first responses met");
/// </code>
/// </example>
public sealed record SupportMetrics
{
    private SupportMetrics()
    {
    }

    /// <summary>The period.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The instant tickets were evaluated at: the end of the period, or the report instant when earlier.</summary>
    public required Instant AsOf { get; init; }

    /// <summary>Tickets created in the period.</summary>
    public int New { get; init; }

    /// <summary>Tickets resolved in the period, whenever they were created.</summary>
    public int ResolvedInPeriod { get; init; }

    /// <summary>The open backlog at <see cref="AsOf"/>.</summary>
    public int InProgress { get; init; }

    /// <summary>The period's new tickets resolved by <see cref="AsOf"/>.</summary>
    public int NewResolved { get; init; }

    /// <summary>The period's new tickets still open at <see cref="AsOf"/>.</summary>
    public int NewStillOpen { get; init; }

    /// <summary>The policy's working days in the period.</summary>
    public int WorkingDays { get; init; }

    /// <summary>New tickets per working day; null when the period has no working day.</summary>
    public decimal? AveragePerDay => WorkingDays == 0 ? null : (decimal)New / WorkingDays;

    /// <summary>Mean wall-clock time from creation to resolution of the tickets resolved in the period.</summary>
    public Duration? AverageTimeToClose { get; init; }

    /// <summary>Mean CSAT (0–10) of the tickets resolved in the period that have one.</summary>
    public decimal? AverageCsat { get; init; }

    /// <summary>How many scores <see cref="AverageCsat"/> averages.</summary>
    public int CsatResponses { get; init; }

    /// <summary>Of those, scores at or below the policy's detractor threshold.</summary>
    public int Detractors { get; init; }

    /// <summary>First-response compliance.</summary>
    public required SlaCompliance FirstResponse { get; init; }

    /// <summary>Resolution compliance.</summary>
    public required SlaCompliance Resolution { get; init; }

    /// <summary>Both clocks together: met as a percentage of decided (§8.2 "% SLA met").</summary>
    public decimal? SlaMetPercent =>
        FirstResponse.Decided + Resolution.Decided == 0 ? null
        : 100m * (FirstResponse.Met + Resolution.Met) / (FirstResponse.Decided + Resolution.Decided);

    /// <summary>Every clock missed or breached in the period, by ticket id then clock.</summary>
    public ImmutableArray<SlaMiss> Misses { get; init; } = [];

    /// <summary>The clocks breached and still running at <see cref="AsOf"/>, whenever they were due: the action items.</summary>
    public ImmutableArray<SlaMiss> Overdue { get; init; } = [];

    /// <summary>Escalations per destination: the policy's destinations in order (zero included), then others by id.</summary>
    public ImmutableArray<DestinationCount> Escalations { get; init; } = [];

    /// <summary>Escalations of tickets still open at <see cref="AsOf"/>, oldest first.</summary>
    public ImmutableArray<OngoingEscalation> OngoingEscalations { get; init; } = [];

    /// <summary>The period's incidents.</summary>
    public required IncidentSummary Incidents { get; init; }

    /// <summary>Tags of the period's new tickets, most frequent first (ties by tag).</summary>
    public ImmutableArray<TagCount> Tags { get; init; } = [];

    /// <summary>Tickets resolved per person, most first (ties by name).</summary>
    public ImmutableArray<PersonCount> Resolvers { get; init; } = [];

    /// <summary>People active in the period: who resolved a ticket, or is assigned one created in the period, by name.</summary>
    public ImmutableArray<string> ActiveStaff { get; init; } = [];

    /// <summary>
    /// The period's new tickets per severity category (§2.2.2 "used for metrics and root cause analysis"): every category in
    /// the enum's order, zero included.
    /// </summary>
    public ImmutableArray<CategoryCount> Categories { get; init; } = [];

    /// <summary>
    /// The tickets resolved in the period per root-cause tag (§2.2.7), every tag in the enum's order, zero included;
    /// <see cref="RootCauseMissing"/> counts those resolved without one.
    /// </summary>
    public ImmutableArray<RootCauseCount> RootCauses { get; init; } = [];

    /// <summary>Tickets resolved in the period without a root-cause tag (§2.2.7 says every ticket must have one after investigation).</summary>
    public int RootCauseMissing { get; init; }

    /// <summary>Computes the metrics of one period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="tickets">Valid report tickets (<see cref="ReportTicket.Validate"/>), any order.</param>
    /// <param name="incidents">Incidents, any order.</param>
    /// <param name="asOf">The report instant; tickets are evaluated at the end of the period or at this instant, whichever is earlier.</param>
    /// <param name="sla">The SLA evaluator (its policy decides targets, calendars and resolved statuses).</param>
    /// <param name="policy">The report policy.</param>
    /// <returns>The metrics.</returns>
    public static SupportMetrics Compute(
        ReportPeriod period, IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant asOf, SlaEvaluator sla, ReportPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(policy);
        var cut = asOf < period.End ? asOf : period.End;
        var facts = tickets.Where(t => t.Ticket.CreatedAt <= cut).Select(t => TicketFacts.Evaluate(t, cut, sla)).ToList();
        return Compute(period, facts, [.. incidents], cut, sla, policy);
    }

    internal static SupportMetrics Compute(
        ReportPeriod period, IReadOnlyList<TicketFacts> facts, IReadOnlyList<ReportIncident> incidents, Instant cut, SlaEvaluator sla, ReportPolicy policy)
    {
        bool In(Instant? instant) => instant is { } i && period.Contains(i) && i <= cut;

        var created = facts.Where(f => In(f.Ticket.CreatedAt)).ToList();
        var resolved = facts.Where(f => In(f.ResolvedAt)).ToList();
        var csat = resolved.Where(f => f.Source.Csat is not null).Select(f => f.Source.Csat!.Value).ToList();
        var responded = facts.Where(f => In(f.Sla.FirstResponseEndedAt)).ToList();

        return new SupportMetrics
        {
            Period = period,
            AsOf = cut,
            New = created.Count,
            ResolvedInPeriod = resolved.Count,
            InProgress = facts.Count(f => !f.IsResolved),
            NewResolved = created.Count(f => f.IsResolved),
            NewStillOpen = created.Count(f => !f.IsResolved),
            WorkingDays = period.Dates.Count(policy.IsWorkingDay),
            AverageTimeToClose = Mean(resolved.Select(f => f.ResolvedAt!.Value - f.Ticket.CreatedAt)),
            AverageCsat = csat.Count == 0 ? null : (decimal)csat.Sum() / csat.Count,
            CsatResponses = csat.Count,
            Detractors = csat.Count(c => c <= policy.DetractorAtOrBelow),
            FirstResponse = new SlaCompliance(
                facts.Count(f => In(f.FirstResponseDecidedAt) && !f.FirstResponseMissed),
                facts.Count(f => In(f.FirstResponseDecidedAt) && f.FirstResponseMissed),
                responded.Count,
                Mean(responded.Select(f => f.ResponseTime(sla)!.Value)),
                Mean(responded.Select(f => f.Sla.Target.FirstResponse.Target))),
            Resolution = new SlaCompliance(
                facts.Count(f => In(f.ResolutionDecidedAt) && !f.ResolutionMissed),
                facts.Count(f => In(f.ResolutionDecidedAt) && f.ResolutionMissed),
                resolved.Count,
                Mean(resolved.Select(f => f.ResolutionTime!.Value)),
                Mean(resolved.Select(f => f.Sla.Target.Resolution.Target))),
            Misses = [.. AllMisses(facts).Where(m => In(m.Due)).OrderBy(m => m.TicketId, StringComparer.Ordinal).ThenBy(m => m.Clock)],
            Overdue = [.. AllMisses(facts).Where(m => m.State == SlaState.Breached).OrderBy(m => m.Due).ThenBy(m => m.TicketId, StringComparer.Ordinal).ThenBy(m => m.Clock)],
            Escalations = EscalationCounts(facts, In, policy),
            OngoingEscalations =
            [
                .. facts.Where(f => !f.IsResolved)
                    .SelectMany(f => f.Source.Escalations.Where(e => e.At <= cut).Select(e => new OngoingEscalation(f.Source.Id, e.To, policy.DestinationLabel(e.To), e.At)))
                    .OrderBy(e => e.Since).ThenBy(e => e.TicketId, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal),
            ],
            Incidents = Summarize(incidents, In, cut),
            Tags =
            [
                .. created.SelectMany(f => f.Source.Tags.Distinct(StringComparer.Ordinal))
                    .GroupBy(t => t, StringComparer.Ordinal)
                    .Select(g => new TagCount(g.Key, g.Count()))
                    .OrderByDescending(t => t.Tickets).ThenBy(t => t.Tag, StringComparer.Ordinal),
            ],
            Resolvers =
            [
                .. resolved.Where(f => f.Source.Resolver is not null)
                    .GroupBy(f => f.Source.Resolver!, StringComparer.Ordinal)
                    .Select(g => new PersonCount(g.Key, g.Count()))
                    .OrderByDescending(p => p.Resolved).ThenBy(p => p.Person, StringComparer.Ordinal),
            ],
            ActiveStaff =
            [
                .. resolved.Select(f => f.Source.Resolver).Concat(created.Select(f => f.Ticket.Assignee))
                    .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            ],
            Categories = [.. Enum.GetValues<Category>().Select(c => new CategoryCount(c, created.Count(f => f.Ticket.Category == c)))],
            RootCauses = [.. Enum.GetValues<RootCause>().Select(c => new RootCauseCount(c, resolved.Count(f => f.Ticket.RootCause == c)))],
            RootCauseMissing = resolved.Count(f => f.Ticket.RootCause is null),
        };
    }

    /// <inheritdoc />
    public bool Equals(SupportMetrics? other) =>
        other is not null && Period == other.Period && AsOf == other.AsOf && New == other.New && ResolvedInPeriod == other.ResolvedInPeriod
        && InProgress == other.InProgress && NewResolved == other.NewResolved && NewStillOpen == other.NewStillOpen && WorkingDays == other.WorkingDays
        && AverageTimeToClose == other.AverageTimeToClose && AverageCsat == other.AverageCsat && CsatResponses == other.CsatResponses
        && Detractors == other.Detractors && FirstResponse == other.FirstResponse && Resolution == other.Resolution
        && Misses.SequenceEqual(other.Misses) && Overdue.SequenceEqual(other.Overdue) && Escalations.SequenceEqual(other.Escalations)
        && OngoingEscalations.SequenceEqual(other.OngoingEscalations) && Incidents == other.Incidents && Tags.SequenceEqual(other.Tags)
        && Resolvers.SequenceEqual(other.Resolvers) && ActiveStaff.SequenceEqual(other.ActiveStaff)
        && Categories.SequenceEqual(other.Categories) && RootCauses.SequenceEqual(other.RootCauses) && RootCauseMissing == other.RootCauseMissing;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, AsOf, New, ResolvedInPeriod, InProgress, FirstResponse, Resolution);

    /// <summary>The exact mean of durations (to the nanosecond, rounded half away from zero); null for none.</summary>
    internal static Duration? Mean(IEnumerable<Duration> durations)
    {
        var total = Duration.Zero;
        var count = 0;
        foreach (var duration in durations)
        {
            total += duration;
            count++;
        }

        return count == 0 ? null : Duration.FromNanoseconds((long)Math.Round((decimal)total.ToInt64Nanoseconds() / count, MidpointRounding.AwayFromZero));
    }

    private static IEnumerable<SlaMiss> AllMisses(IEnumerable<TicketFacts> facts)
    {
        foreach (var f in facts)
        {
            if (f.FirstResponseMissed)
            {
                yield return new SlaMiss(f.Source.Id, SlaClockKind.FirstResponse, f.Sla.FirstResponseDue, f.Sla.FirstResponseState);
            }

            if (f.ResolutionMissed)
            {
                yield return new SlaMiss(f.Source.Id, SlaClockKind.Resolution, f.Sla.ResolutionDue!.Value, f.Sla.ResolutionState);
            }
        }
    }

    private static ImmutableArray<DestinationCount> EscalationCounts(IEnumerable<TicketFacts> facts, Func<Instant?, bool> inPeriod, ReportPolicy policy)
    {
        var counts = facts.SelectMany(f => f.Source.Escalations).Where(e => inPeriod(e.At))
            .GroupBy(e => e.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var known = policy.Destinations.Select(d => new DestinationCount(d.Id, d.Label, counts.GetValueOrDefault(d.Id)));
        var others = counts.Keys.Where(k => policy.Destinations.All(d => d.Id != k)).Order(StringComparer.Ordinal)
            .Select(k => new DestinationCount(k, k, counts[k]));
        return [.. known, .. others];
    }

    private static IncidentSummary Summarize(IReadOnlyList<ReportIncident> incidents, Func<Instant?, bool> inPeriod, Instant cut)
    {
        var declared = incidents.Where(i => inPeriod(i.DeclaredAt)).ToList();
        var resolved = incidents.Where(i => inPeriod(i.ResolvedAt)).ToList();
        return new IncidentSummary(
            declared.Count,
            declared.Count(i => i.Level == IncidentLevel.P1),
            resolved.Count,
            Mean(resolved.Select(i => i.TimeToResolve!.Value)),
            declared.Sum(i => i.CustomersAffected),
            incidents.Sum(i => i.StatusPageUpdates.IsDefault ? 0 : i.StatusPageUpdates.Count(u => inPeriod(u))),
            [.. incidents.Where(i => i.DeclaredAt <= cut && (i.ResolvedAt is null || i.ResolvedAt > cut)).Select(i => i.Id).Order(StringComparer.Ordinal)]);
    }
}
