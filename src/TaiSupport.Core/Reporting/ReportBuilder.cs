using NodaTime;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The reports of manual §1.1, §1.4 and §8, built once from a validated <see cref="ReportPolicy"/> and the SLA evaluator:
/// the daily dashboard, the weekly report, the end-of-day hand-off and the morning standup. Verb family: <c>Build</c>
/// (docs/architecture.md, "One anatomy"). The static <c>DailyDashboard.Build</c>, <c>WeeklyReport.Build</c>,
/// <c>Handoff.Build</c> and <c>Standup.Build</c> remain as thin equivalents.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>Builds the report builder, validating <paramref name="policy"/>.</summary>
    /// <param name="policy">The report policy.</param>
    /// <param name="sla">The SLA evaluator whose clocks the reports count.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public ReportBuilder(ReportPolicy policy, SlaEvaluator sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        Policy = TaiValidationException.Validated("report policy", policy, p => new ReportPolicyValidator().Validate(p));
        Sla = sla;
    }

    /// <summary>The builder of <see cref="ReportPolicy.Default"/> and <see cref="SlaEvaluator.Default"/>.</summary>
    public static ReportBuilder Default { get; } = new(ReportPolicy.Default, SlaEvaluator.Default);

    /// <summary>The policy this builder applies.</summary>
    public ReportPolicy Policy { get; }

    /// <summary>The SLA evaluator it uses.</summary>
    public SlaEvaluator Sla { get; }

    /// <summary>The §8.1 daily dashboard of <paramref name="date"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="date">The day, in the policy's zone.</param>
    /// <param name="tickets">The tickets.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="asOf">The instant the figures are taken at.</param>
    /// <param name="notes">Free-text notes, if any.</param>
    /// <returns>The dashboard.</returns>
    public DailyDashboard BuildDaily(LocalDate date, IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant asOf, ReportNotes? notes = null) =>
        DailyDashboard.Build(date, tickets, incidents, asOf, Sla, Policy, notes);

    /// <summary>The §8.2 weekly report of the week holding <paramref name="anyDay"/>.</summary>
    /// <param name="anyDay">Any day of the week.</param>
    /// <param name="tickets">The tickets.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="asOf">The instant the figures are taken at.</param>
    /// <param name="notes">Free-text notes, if any.</param>
    /// <returns>The report.</returns>
    public WeeklyReport BuildWeekly(LocalDate anyDay, IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant asOf, ReportNotes? notes = null) =>
        WeeklyReport.Build(anyDay, tickets, incidents, asOf, Sla, Policy, notes);

    /// <summary>The §1.4 end-of-day hand-off note at <paramref name="at"/>.</summary>
    /// <param name="tickets">The tickets.</param>
    /// <param name="at">The hand-off instant.</param>
    /// <param name="nextDayOwner">Who owns the queue next morning, if known.</param>
    /// <returns>The note.</returns>
    public HandoffNote BuildHandoff(IEnumerable<ReportTicket> tickets, Instant at, string? nextDayOwner = null) =>
        Handoff.Build(tickets, at, Sla, Policy, nextDayOwner);

    /// <summary>The §1.1 morning standup summary at <paramref name="at"/>.</summary>
    /// <param name="tickets">The tickets.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="at">The standup instant.</param>
    /// <param name="owner">Who runs the standup, if known.</param>
    /// <returns>The summary.</returns>
    public StandupSummary BuildStandup(IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant at, string? owner = null) =>
        Standup.Build(tickets, incidents, at, Sla, Policy, owner);
}
