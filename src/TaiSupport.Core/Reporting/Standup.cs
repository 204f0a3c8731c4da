using System.Collections.Immutable;
using System.Text;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The morning standup summary for #support-standup (manual §1.1): overnight tickets (6 PM – 9 AM PT) that are
/// CRITICAL/HIGH and still open, tickets close to an SLA miss, tickets already past one, the prior working day's
/// escalations, open incidents and the day's primary owner.
/// </summary>
/// <param name="At">The standup instant.</param>
/// <param name="OvernightFrom">Where "overnight" starts: 18:00 on the previous working day.</param>
/// <param name="OvernightTickets">Tickets created overnight.</param>
/// <param name="NeedsAttention">Overnight tickets of the called-out priorities still open, with the clock due first.</param>
/// <param name="CloseToMiss">Running clocks (pending or at risk) of open tickets due within the policy's window (2 hours), soonest first.</param>
/// <param name="Missed">Breached clocks of open tickets, oldest due first.</param>
/// <param name="PriorDayEscalations">Escalations made on the previous working day.</param>
/// <param name="OpenIncidents">Incidents declared and not resolved at the standup.</param>
/// <param name="Owner">The day's primary support owner (rotation), if given.</param>
/// <param name="Policy">The report policy.</param>
/// <param name="Trace">Why each ticket is listed.</param>
public sealed record StandupSummary(
    Instant At,
    Instant OvernightFrom,
    int OvernightTickets,
    ImmutableArray<HandoffItem> NeedsAttention,
    ImmutableArray<HandoffItem> CloseToMiss,
    ImmutableArray<HandoffItem> Missed,
    ImmutableArray<EscalationEvent> PriorDayEscalations,
    ImmutableArray<ReportIncident> OpenIncidents,
    string? Owner,
    ReportPolicy Policy,
    ImmutableArray<TraceStep> Trace)
{
    /// <summary>The summary as the Slack message the manual asks for (§1.1 "Output").</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var zone = Policy.Zone;
        var label = Policy.ZoneLabel;
        var local = At.InZone(zone);
        var text = new StringBuilder($"#support-standup: {TextLayout.LongDate(local.Date)}, {TextLayout.Time(At, zone, label)}\n\n");
        text.Append($"OVERNIGHT ({TextLayout.Time(OvernightFrom, zone, label)} {OvernightFrom.InZone(zone).Date.DayOfWeek} to {TextLayout.Time(At, zone, label)}): {TextLayout.Plural(OvernightTickets, "new ticket")}\n");
        Section(text, $"{string.Join("/", Policy.StandupPriorities.Select(p => p.ToString().ToUpperInvariant()))} NEEDING ATTENTION", NeedsAttention);
        Section(text, $"CLOSE TO SLA MISS (due by {TextLayout.Time(At + Policy.CloseToMissWithin, zone, label)})", CloseToMiss);
        Section(text, "ALREADY PAST AN SLA", Missed);
        text.Tree($"ESCALATIONS FROM PRIOR DAY: {PriorDayEscalations.Length}",
            PriorDayEscalations.IsEmpty ? ["none"] : [.. PriorDayEscalations.Select(e => $"#{e.Ticket.Id} → {Policy.DestinationLabel(e.Escalation.To)} at {TextLayout.TimeOn(e.Escalation.At, zone, label, local.Date)}")]);
        text.Tree($"INCIDENTS OPEN: {OpenIncidents.Length}",
            OpenIncidents.IsEmpty ? ["none (check the status page)"] : [.. OpenIncidents.Select(i => $"{i.Id} {i.Level}{(i.Title is { } t ? " " + t : string.Empty)} since {TextLayout.TimeOn(i.DeclaredAt, zone, label, local.Date)}")]);
        text.Append("PRIMARY SUPPORT OWNER TODAY: ").Append(Owner ?? "to assign (rotation)").Append('\n');
        return text.ToString();
    }

    /// <summary>The summary as JSON.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        var zone = Policy.Zone;
        void Items(string name, ImmutableArray<HandoffItem> items)
        {
            w.WriteStartArray(name);
            foreach (var item in items)
            {
                w.WriteStartObject();
                w.WriteString("id", item.Ticket.Id);
                w.WriteString("priority", item.Ticket.Ticket.Priority.ToString());
                w.WriteString("clock", PolicyJson.CamelCase(item.Clock.ToString()));
                w.WriteString("due", TextLayout.Rfc3339(item.Due, zone));
                w.WriteString("state", PolicyJson.CamelCase(item.State.ToString()));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject();
        w.WriteString("report", "standup");
        w.WriteString("at", TextLayout.Rfc3339(At, zone));
        w.WriteString("overnightFrom", TextLayout.Rfc3339(OvernightFrom, zone));
        w.WriteNumber("overnightTickets", OvernightTickets);
        Items("needsAttention", NeedsAttention);
        Items("closeToMiss", CloseToMiss);
        Items("missed", Missed);
        w.WriteStartArray("priorDayEscalations");
        foreach (var (ticket, escalation) in PriorDayEscalations.Select(e => (e.Ticket, e.Escalation)))
        {
            w.WriteStartObject();
            w.WriteString("id", ticket.Id);
            w.WriteString("to", escalation.To);
            w.WriteString("at", TextLayout.Rfc3339(escalation.At, zone));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ReportJson.Strings(w, "openIncidents", OpenIncidents.Select(i => i.Id));
        if (Owner is not null)
        {
            w.WriteString("owner", Owner);
        }

        w.WriteEndObject();
    });

    /// <inheritdoc />
    public override string ToString() => ToText();

    private void Section(StringBuilder text, string title, ImmutableArray<HandoffItem> items) =>
        text.Tree($"{title}: {items.Length}", items.IsEmpty ? ["none"] : [.. items.Select(i => $"{TicketWords.Line(i.Ticket)} - due {TicketWords.Due(i.Clock, i.Due, i.State, At, Policy)}")]);
}

/// <summary>One escalation of one ticket.</summary>
/// <param name="Ticket">The ticket.</param>
/// <param name="Escalation">The escalation.</param>
public sealed record EscalationEvent(ReportTicket Ticket, TicketEscalation Escalation);

/// <summary>
/// Builds the morning standup summary (manual §1.1). Tickets are evaluated by the SLA engine at the standup instant.
/// "Overnight" runs from 18:00 on the previous working day (Friday for a Monday standup) to the standup.
/// </summary>
/// <example>
/// <code>
/// var summary = Standup.Build(tickets, incidents, nineAm, SlaEvaluator.Default, ReportPolicy.Default, owner: "Marcus");
/// Console.WriteLine(summary.ToText());
/// </code>
/// </example>
public static class Standup
{
    /// <summary>Builds the summary at <paramref name="at"/>.</summary>
    /// <param name="tickets">Valid report tickets, any order.</param>
    /// <param name="incidents">Incidents, any order.</param>
    /// <param name="at">The standup instant (09:00 PT by default).</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy.</param>
    /// <param name="owner">The day's primary support owner, if known.</param>
    /// <returns>The summary.</returns>
    public static StandupSummary Build(
        IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant at, SlaEvaluator sla, ReportPolicy policy, string? owner = null)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(policy);
        var zone = policy.Zone;
        var priorDay = PreviousWorkingDay(at.InZone(zone).Date, policy);
        var overnightFrom = zone.AtLeniently(priorDay + policy.OvernightFrom).ToInstant();
        var all = tickets.Where(t => t.Ticket.CreatedAt <= at).Select(t => TicketFacts.Evaluate(t, at, sla)).ToList();
        var open = all.Where(f => !f.IsResolved).Select(f => (Facts: f, First: Handoff.FirstDue(f, sla))).Where(x => x.First is not null).ToList();
        var overnight = all.Where(f => f.Ticket.CreatedAt >= overnightFrom && f.Ticket.CreatedAt < at).ToList();
        var trace = ImmutableArray.CreateBuilder<TraceStep>();

        var attention = open.Where(x => x.Facts.Ticket.CreatedAt >= overnightFrom && policy.StandupPriorities.Contains(x.Facts.Ticket.Priority))
            .Select(x => x.First!).OrderByDescending(i => i.Ticket.Ticket.Priority).ThenBy(i => i.Due).ThenBy(i => i.Ticket.Id, StringComparer.Ordinal).ToImmutableArray();
        trace.AddRange(attention.Select(i => new TraceStep("standup.overnight-priority", "§1.1",
            $"#{i.Ticket.Id} ({i.Ticket.Ticket.Priority}) arrived overnight, after {TextLayout.TimeOn(overnightFrom, zone, policy.ZoneLabel, at.InZone(zone).Date)}, and is still open")));

        var clocks = all.Where(f => !f.IsResolved).SelectMany(f => Handoff.Clocks(f, sla)).ToList();
        var closeToMiss = clocks
            .Where(i => i.State is SlaState.Pending or SlaState.AtRisk && i.Due < at + policy.CloseToMissWithin)
            .OrderBy(i => i.Due).ThenBy(i => i.Ticket.Id, StringComparer.Ordinal).ToImmutableArray();
        trace.AddRange(closeToMiss.Select(i => new TraceStep("standup.close-to-miss", "§1.1",
            $"#{i.Ticket.Id}: {TicketWords.Clock(i.Clock)} due {TextLayout.Time(i.Due, zone, policy.ZoneLabel)}, within {TaiSupport.Core.Text.HumanDuration.Format(policy.CloseToMissWithin)} of the standup")));

        var missed = clocks.Where(i => i.State == SlaState.Breached)
            .OrderBy(i => i.Due).ThenBy(i => i.Ticket.Id, StringComparer.Ordinal).ToImmutableArray();
        trace.AddRange(missed.Select(i => new TraceStep("standup.missed", "§1.1", $"#{i.Ticket.Id}: {TicketWords.Clock(i.Clock)} was due {TextLayout.TimeOn(i.Due, zone, policy.ZoneLabel, at.InZone(zone).Date)}")));

        var priorStart = zone.StartOfDay(priorDay);
        var priorEnd = zone.StartOfDay(priorDay.PlusDays(1));
        var escalations = all.SelectMany(f => f.Source.Escalations.Where(e => e.At >= priorStart && e.At < priorEnd).Select(e => new EscalationEvent(f.Source, e)))
            .OrderBy(x => x.Escalation.At).ThenBy(x => x.Ticket.Id, StringComparer.Ordinal).ToImmutableArray();
        var openIncidents = incidents.Where(i => i.DeclaredAt <= at && (i.ResolvedAt is null || i.ResolvedAt > at))
            .OrderBy(i => i.DeclaredAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray();

        return new StandupSummary(at, overnightFrom, overnight.Count, attention, closeToMiss, missed, escalations, openIncidents, owner, policy, trace.ToImmutable());
    }

    /// <summary>The working day before <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <param name="policy">The report policy.</param>
    /// <returns>The previous working day.</returns>
    public static LocalDate PreviousWorkingDay(LocalDate date, ReportPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        for (var i = 0; i < 400; i++)
        {
            date = date.PlusDays(-1);
            if (policy.IsWorkingDay(date))
            {
                return date;
            }
        }

        throw new ArgumentException("The report policy has no working day in the previous 400 days.", nameof(policy));
    }
}
