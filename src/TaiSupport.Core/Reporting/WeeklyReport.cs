using System.Collections.Immutable;
using System.Text;
using NodaTime;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The weekly support report (manual §8.2): volume with the trend against the previous week, efficiency (response and
/// resolution times on each ticket's SLA clock, % SLA met), quality (CSAT with its trend, detractors, escalations), top
/// issues by tag, staffing (resolved per person, on-call incidents), blockers and priorities — plus each day's volume
/// and SLA-met share for a chart.
/// </summary>
/// <param name="Week">The week's metrics.</param>
/// <param name="PreviousWeek">The previous week's metrics, for the trends.</param>
/// <param name="Days">Each day of the week up to the report instant.</param>
/// <param name="Notes">What people add.</param>
/// <param name="Policy">The report policy.</param>
/// <example>
/// <code>
/// var report = WeeklyReport.Build(new LocalDate(2026, 1, 23), tickets, incidents, fridayFivePm, SlaEvaluator.Default, ReportPolicy.Default);
/// File.WriteAllText("weekly.txt", report.ToText());
/// </code>
/// </example>
public sealed record WeeklyReport(SupportMetrics Week, SupportMetrics PreviousWeek, ImmutableArray<SupportMetrics> Days, ReportNotes Notes, ReportPolicy Policy)
{
    /// <summary>New tickets against the previous week (§8.2 "Trend: ↑ +15% vs last week").</summary>
    public Trend VolumeTrend => Trend.Percent(Week.New, PreviousWeek.New, Policy.VolumeStableWithinPercent);

    /// <summary>Average CSAT against the previous week (§8.2 "↑ +0.2 vs prior week").</summary>
    public Trend CsatTrend => Trend.Difference(Week.AverageCsat, PreviousWeek.AverageCsat, Policy.CsatStableWithin);

    /// <summary>Builds the report of the week containing <paramref name="anyDay"/> (weeks start on the policy's <see cref="ReportPolicy.WeekStartsOn"/>).</summary>
    /// <param name="anyDay">Any date of the week.</param>
    /// <param name="tickets">Valid report tickets, any order (include the previous week's for the trends).</param>
    /// <param name="incidents">Incidents, any order.</param>
    /// <param name="asOf">The report instant (the manual sends it on Friday at 5 PM; the end of the week at the latest).</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy.</param>
    /// <param name="notes">Notes; none when null.</param>
    /// <returns>The report.</returns>
    public static WeeklyReport Build(
        LocalDate anyDay, IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant asOf, SlaEvaluator sla, ReportPolicy policy, ReportNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var all = tickets.ToList();
        var allIncidents = incidents.ToList();
        var week = ReportPeriod.Week(anyDay, policy.Zone, policy.WeekStartsOn);
        var days = week.Dates.Select(d => ReportPeriod.Day(d, policy.Zone)).Where(d => d.Start < asOf)
            .Select(d => SupportMetrics.Compute(d, all, allIncidents, asOf, sla, policy));
        return new WeeklyReport(
            SupportMetrics.Compute(week, all, allIncidents, asOf, sla, policy),
            SupportMetrics.Compute(week.Previous(), all, allIncidents, asOf, sla, policy),
            [.. days],
            notes ?? ReportNotes.None,
            policy);
    }

    /// <summary>The report in the manual's layout (§8.2).</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var w = Week;
        var text = new StringBuilder("WEEKLY SUPPORT REPORT\n")
            .Append("Week of ").Append(w.Period).Append(w.AsOf < w.Period.End ? $" (as of {TextLayout.LongDate(w.AsOf.InZone(w.Period.Zone).Date)}, {TextLayout.Time(w.AsOf, w.Period.Zone, Policy.ZoneLabel)})" : string.Empty)
            .Append("\n\n");

        text.Tree("VOLUME METRICS",
        [
            $"Total tickets: {w.New}",
            $"Avg per day: {(w.AveragePerDay is { } perDay ? TextLayout.OneDecimal(perDay) : "n/a")}",
            VolumeTrend.Direction == TrendDirection.New ? "Trend: n/a (no tickets last week)" : $"Trend: {VolumeTrend} vs last week{VolumeWord()}",
            $"Resolved: {w.NewResolved} ({TextLayout.Percent(Share(w.NewResolved, w.New))})",
            $"Still open: {w.NewStillOpen} ({TextLayout.Percent(Share(w.NewStillOpen, w.New))})",
        ]);

        text.Tree("EFFICIENCY METRICS",
        [
            $"Avg response time: {TextLayout.Hours(w.FirstResponse.AverageTime)} (SLA: {TextLayout.Hours(w.FirstResponse.AverageTarget)})",
            $"Avg resolution time: {TextLayout.Hours(w.Resolution.AverageTime)} (SLA: {TextLayout.Hours(w.Resolution.AverageTarget)})",
            $"% SLA met: {TextLayout.Percent(w.SlaMetPercent)}{(w.SlaMetPercent is { } met ? (met >= Policy.SlaGoalPercent ? " ✓" : " ✗") : string.Empty)}",
        ]);
        text.Length--;
        text.Append("Times are on each ticket's own SLA clock, so they compare with its target.\n\n");

        var escalations = w.Escalations.Where(e => e.Count > 0).Select(e => $"{e.Count} to {e.Label}").ToList();
        text.Tree("QUALITY METRICS",
        [
            $"Avg CSAT: {(w.AverageCsat is { } csat ? TextLayout.OneDecimal(csat) + "/10" : "n/a")}{(CsatTrend.Direction == TrendDirection.New ? string.Empty : $" ({CsatTrend} vs prior week)")}",
            $"Detractors: {w.Detractors} (out of {w.CsatResponses} rated)",
            $"Escalations: {(escalations.Count == 0 ? "none" : string.Join(", ", escalations))}",
        ]);

        text.Numbered("TOP ISSUES SEEN:", [.. w.Tags.Take(Policy.TopIssues).Select(t => $"{t.Tag} ({TextLayout.Plural(t.Tickets, "ticket")})")], "none tagged");

        var staffing = new List<string> { Incidents() };
        staffing.AddRange(w.Resolvers.Select((p, i) => $"{p.Person}: Resolved {TextLayout.Plural(p.Resolved, "ticket")}{(i == 0 && (w.Resolvers.Length == 1 || w.Resolvers[1].Resolved < p.Resolved) ? " (highest)" : string.Empty)}"));
        staffing.AddRange(Notes.Staffing.IsDefault ? [] : Notes.Staffing);
        text.Tree("STAFFING:", staffing);

        if (!Notes.Blockers.IsDefaultOrEmpty)
        {
            text.Tree("BLOCKERS:", Notes.Blockers);
        }

        if (!Notes.NextWeekPriorities.IsDefaultOrEmpty)
        {
            text.Numbered("NEXT WEEK PRIORITIES:", Notes.NextWeekPriorities, string.Empty);
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The report in the manual's layout, with the category and root-cause sections before staffing when asked (§2.2.2, §2.2.7).</summary>
    /// <param name="breakdowns">True to add "BY CATEGORY" and "BY ROOT CAUSE"; false gives exactly <see cref="ToText()"/>.</param>
    /// <returns>The text.</returns>
    public string ToText(bool breakdowns) =>
        breakdowns ? ReportBreakdowns.InsertBefore(ToText(), "STAFFING:", ReportBreakdowns.Text(Week)) : ToText();

    /// <summary>The report as JSON (see docs/reports.md for the fields).</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("report", "weekly");
        ReportJson.Period(w, Week.Period);
        ReportJson.Metrics(w, Week);
        w.WriteStartObject("trends");
        w.WriteNumber("previousNew", PreviousWeek.New);
        ReportJson.Trend(w, "volume", VolumeTrend);
        ReportJson.Number(w, "previousAverageCsat", PreviousWeek.AverageCsat);
        ReportJson.Trend(w, "csat", CsatTrend);
        w.WriteEndObject();
        w.WriteStartArray("days");
        foreach (var day in Days)
        {
            w.WriteStartObject();
            w.WriteString("date", NodaTime.Text.LocalDatePattern.Iso.Format(day.Period.First));
            w.WriteNumber("new", day.New);
            w.WriteNumber("resolved", day.ResolvedInPeriod);
            ReportJson.Number(w, "slaMetPercent", day.SlaMetPercent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ReportJson.Notes(w, Notes);
        w.WriteEndObject();
    });

    /// <inheritdoc />
    public bool Equals(WeeklyReport? other) =>
        other is not null && Week.Equals(other.Week) && PreviousWeek.Equals(other.PreviousWeek) && Days.SequenceEqual(other.Days)
        && Notes.Equals(other.Notes) && Policy.Equals(other.Policy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Week, PreviousWeek, Days.Length);

    /// <inheritdoc />
    public override string ToString() => ToText();

    internal static decimal? Share(int part, int whole) => whole == 0 ? null : 100m * part / whole;

    private string VolumeWord() => VolumeTrend.Direction switch
    {
        TrendDirection.Up => " (busier)",
        TrendDirection.Down => " (quieter)",
        _ => " (steady)",
    };

    private string Incidents()
    {
        var i = Week.Incidents;
        var who = Notes.OnCall is { } person ? $"{person} on-call" : "On-call";
        return i.Declared == 0
            ? $"{who}: 0 incidents (quiet week)"
            : $"{who}: {TextLayout.Plural(i.Declared, "incident")} ({i.P1} P1, MTTR {TextLayout.Minutes(i.MeanTimeToResolve)})";
    }
}
