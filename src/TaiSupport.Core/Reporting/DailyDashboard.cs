using System.Text;
using NodaTime;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The daily support dashboard (manual §8.1): tickets today, SLA compliance with the misses and action items,
/// escalations, incidents and notes, as the manual's text layout (<see cref="ToText()"/>) or JSON (<see cref="ToJson"/>).
/// </summary>
/// <param name="Metrics">The day's metrics (see <see cref="SupportMetrics"/> for the counting rules).</param>
/// <param name="Notes">What people add.</param>
/// <param name="Policy">The report policy (zone label, destinations).</param>
/// <example>
/// <code>
/// var dashboard = DailyDashboard.Build(new LocalDate(2026, 1, 26), tickets, incidents, now, SlaEvaluator.Default, ReportPolicy.Default);
/// Console.WriteLine(dashboard.ToText());
/// </code>
/// </example>
public sealed record DailyDashboard(SupportMetrics Metrics, ReportNotes Notes, ReportPolicy Policy)
{
    /// <summary>Builds the dashboard of <paramref name="date"/> in the policy's zone.</summary>
    /// <param name="date">The day.</param>
    /// <param name="tickets">Valid report tickets, any order.</param>
    /// <param name="incidents">Incidents, any order.</param>
    /// <param name="asOf">The report instant (the end of the day, or earlier for a dashboard made during the day).</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy.</param>
    /// <param name="notes">Notes; none when null.</param>
    /// <returns>The dashboard.</returns>
    public static DailyDashboard Build(
        LocalDate date, IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant asOf, SlaEvaluator sla, ReportPolicy policy, ReportNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var period = ReportPeriod.Day(date, policy.Zone);
        return new DailyDashboard(SupportMetrics.Compute(period, tickets, incidents, asOf, sla, policy), notes ?? ReportNotes.None, policy);
    }

    /// <summary>The dashboard in the manual's layout (§8.1).</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var m = Metrics;
        var zone = m.Period.Zone;
        var text = new StringBuilder();
        text.Append("DATE: ").Append(TextLayout.LongDate(m.Period.First))
            .Append(m.AsOf < m.Period.End ? $" (as of {TextLayout.Time(m.AsOf, zone, Policy.ZoneLabel)})" : string.Empty).Append('\n')
            .Append("ACTIVE SUPPORT STAFF: ").Append(m.ActiveStaff.IsEmpty ? "none recorded" : string.Join(", ", m.ActiveStaff)).Append("\n\n");

        text.Tree("TICKETS TODAY:",
        [
            $"New tickets: {m.New}",
            $"Tickets resolved: {m.ResolvedInPeriod}",
            $"Tickets in progress: {m.InProgress}",
            $"Avg time to close: {TextLayout.Hours(m.AverageTimeToClose)}",
            $"Avg customer satisfaction: {(m.AverageCsat is { } csat ? TextLayout.OneDecimal(csat) + "/10" : "n/a")}",
        ]);

        var missedTickets = m.Misses.Select(x => x.TicketId).Distinct().ToList();
        text.Tree("SLA COMPLIANCE:",
        [
            $"Response SLA met: {Compliance(m.FirstResponse)}",
            $"Resolution SLA met: {Compliance(m.Resolution)}",
            $"Avg response time: {TextLayout.Hours(m.FirstResponse.AverageTime)} (SLA: {TextLayout.Hours(m.FirstResponse.AverageTarget)})",
            $"Avg resolution time: {TextLayout.Hours(m.Resolution.AverageTime)} (SLA: {TextLayout.Hours(m.Resolution.AverageTarget)})",
            $"Missed SLAs: {missedTickets.Count}{(missedTickets.Count == 0 ? string.Empty : $" → [Tickets {string.Join(", ", missedTickets.Select(id => "#" + id))}]")}",
            $"Action items: {(m.Overdue.IsEmpty ? "none" : string.Join("; ", m.Overdue.Select(o => Overdue(o, zone))))}",
        ]);
        text.Length--;
        text.Append("Times are on each ticket's own SLA clock, so they compare with its target; time to close is wall-clock.\n\n");

        text.Tree("ESCALATIONS:",
        [
            .. m.Escalations.Select(e => $"To {e.Label}: {e.Count}"),
            $"Status: {(m.OngoingEscalations.IsEmpty ? "none ongoing" : string.Join("; ", m.OngoingEscalations.Select(e => $"#{e.TicketId} → {e.Label} (since {TextLayout.TimeOn(e.Since, zone, Policy.ZoneLabel, m.Period.Last)})")))}",
        ]);

        text.Tree("INCIDENTS:",
        [
            $"P1 incidents today: {m.Incidents.P1}",
            $"MTTR (mean time to resolution): {TextLayout.Minutes(m.Incidents.MeanTimeToResolve)}",
            $"Customers affected: {m.Incidents.CustomersAffected}",
            $"Status page updates: {m.Incidents.StatusPageUpdates}",
        ]);

        text.Append("NOTES:\n");
        foreach (var note in Notes.Notes.IsDefaultOrEmpty ? ["none"] : Notes.Notes)
        {
            text.Append(note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The dashboard in the manual's layout, with the category and root-cause sections before the notes when asked (§2.2.2, §2.2.7).</summary>
    /// <param name="breakdowns">True to add "BY CATEGORY" and "BY ROOT CAUSE"; false gives exactly <see cref="ToText()"/>.</param>
    /// <returns>The text.</returns>
    public string ToText(bool breakdowns) =>
        breakdowns ? ReportBreakdowns.InsertBefore(ToText(), "NOTES:", ReportBreakdowns.Text(Metrics)) : ToText();

    /// <summary>The dashboard as JSON (see docs/reports.md for the fields).</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("report", "daily");
        ReportJson.Period(w, Metrics.Period);
        ReportJson.Metrics(w, Metrics);
        ReportJson.Notes(w, Notes);
        w.WriteEndObject();
    });

    internal static string Compliance(SlaCompliance c) =>
        c.Decided == 0 ? "n/a (none due)" : $"{TextLayout.Percent(c.MetPercent)} ({c.Met} of {c.Decided})";

    private string Overdue(SlaMiss miss, DateTimeZone zone) =>
        $"#{miss.TicketId} {(miss.Clock == SlaClockKind.FirstResponse ? "first response" : "resolution")} overdue since {TextLayout.TimeOn(miss.Due, zone, Policy.ZoneLabel, Metrics.Period.Last)}";

    /// <inheritdoc />
    public override string ToString() => ToText();
}
