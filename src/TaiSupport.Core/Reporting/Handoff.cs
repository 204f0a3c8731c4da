using System.Collections.Immutable;
using System.Text;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>A ticket the hand-off passes on: the clock that will be due first and when.</summary>
/// <param name="Ticket">The ticket.</param>
/// <param name="Clock">The clock due first.</param>
/// <param name="Due">Its due.</param>
/// <param name="State">Its state at the hand-off (pending, at risk, breached, or paused).</param>
/// <remarks>A paused resolution clock (waiting on the customer, D7) has no due of its own; <paramref name="Due"/> is then the
/// due it would have if the customer replied at the hand-off, and <paramref name="State"/> is <see cref="SlaState.Paused"/>.</remarks>
public sealed record HandoffItem(ReportTicket Ticket, SlaClockKind Clock, Instant Due, SlaState State);

/// <summary>
/// The end-of-day hand-off (manual §1.4): the tickets that will reach an SLA due before the first hour of the next working
/// morning, in the manual's "@support-next-day" format.
/// </summary>
/// <param name="At">The hand-off instant (17:00 PT by default).</param>
/// <param name="NextMorning">The next working morning (09:00 PT on the next working day).</param>
/// <param name="Horizon">The end of that morning's first hour: tickets due before it are listed.</param>
/// <param name="Items">The tickets, soonest due first.</param>
/// <param name="NextDayOwner">Who takes them (the next day's rotation); the assignee is shown when null.</param>
/// <param name="Policy">The report policy (zone and label).</param>
/// <param name="Trace">Why each ticket is listed.</param>
public sealed record HandoffNote(
    Instant At, Instant NextMorning, Instant Horizon, ImmutableArray<HandoffItem> Items, string? NextDayOwner, ReportPolicy Policy, ImmutableArray<TraceStep> Trace)
{
    /// <summary>
    /// The end of today's shift: the hand-off day's <see cref="ReportPolicy.OvernightFrom"/> (18:00 PT, the close of the
    /// Professional and Enterprise coverage, §1.2; where the standup's "overnight" starts, §1.1).
    /// </summary>
    public Instant ShiftEnd => Policy.Zone.AtLeniently(At.InZone(Policy.Zone).Date + Policy.OvernightFrom).ToInstant();

    /// <summary>
    /// The handed-off tickets whose running clock is due before <see cref="ShiftEnd"/> (already overdue ones included): they
    /// must be dealt with before you leave, not by tomorrow's owner (§1.4 "Next day owner responds first thing in morning"
    /// only works for dues after the shift).
    /// </summary>
    public ImmutableArray<HandoffItem> BeforeYouLeave => [.. Items.Where(IsBeforeYouLeave)];

    /// <summary>True when <paramref name="item"/> is running (not paused) and due before <see cref="ShiftEnd"/>.</summary>
    /// <param name="item">A hand-off item.</param>
    /// <returns>Whether it needs handling before the shift ends.</returns>
    public bool IsBeforeYouLeave(HandoffItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.State != SlaState.Paused && item.Due < ShiftEnd;
    }

    /// <summary>The hand-off in the manual's format (§1.4 "Example Handoff").</summary>
    /// <returns>The Slack message.</returns>
    public string ToText()
    {
        var zone = Policy.Zone;
        var text = new StringBuilder("@support-next-day\n");
        if (Items.IsEmpty)
        {
            return text.Append($"No tickets reach an SLA due before {TextLayout.Time(Horizon, zone, Policy.ZoneLabel)} {TextLayout.LongDate(Horizon.InZone(zone).Date)}.\n").ToString();
        }

        foreach (var item in Items)
        {
            var ticket = item.Ticket;
            text.Append("Ticket ").Append(TicketWords.Line(ticket)).Append('\n');
            if (IsBeforeYouLeave(item) && item.State != SlaState.Breached)
            {
                text.Append("BEFORE YOU LEAVE: due before today's shift ends at ").Append(TextLayout.Time(ShiftEnd, zone, Policy.ZoneLabel))
                    .Append("; handle it now or hand it to someone on shift by name\n");
            }

            text
                .Append("Needed: ").Append(ticket.Needed ?? (item.Clock == SlaClockKind.FirstResponse ? "First response to the customer" : "Resolution")).Append('\n')
                .Append("SLA Due: ").Append(TicketWords.Due(item.Clock, item.Due, item.State, At, Policy)).Append('\n')
                .Append("Current status: ").Append(ticket.StatusNote ?? TicketWords.Status(ticket.Ticket.StatusAt(At))).Append('\n')
                .Append("Assigned to: ").Append(NextDayOwner is { } owner ? $"{owner} (rotation next day)" : ticket.Ticket.Assignee ?? "unassigned").Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The hand-off as JSON.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        var zone = Policy.Zone;
        w.WriteStartObject();
        w.WriteString("report", "handoff");
        w.WriteString("at", TextLayout.Rfc3339(At, zone));
        w.WriteString("nextMorning", TextLayout.Rfc3339(NextMorning, zone));
        w.WriteString("horizon", TextLayout.Rfc3339(Horizon, zone));
        w.WriteStartArray("tickets");
        foreach (var item in Items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Ticket.Id);
            w.WriteString("clock", PolicyJson.CamelCase(item.Clock.ToString()));
            w.WriteString("due", TextLayout.Rfc3339(item.Due, zone));
            w.WriteString("state", PolicyJson.CamelCase(item.State.ToString()));
            w.WriteString("assignedTo", NextDayOwner ?? item.Ticket.Ticket.Assignee);
            w.WriteBoolean("beforeYouLeave", IsBeforeYouLeave(item));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ReportJson.Trace(w, Trace);
        w.WriteString("shiftEnd", TextLayout.Rfc3339(ShiftEnd, zone));
        w.WriteEndObject();
    });

    /// <inheritdoc />
    public override string ToString() => ToText();
}

/// <summary>
/// Builds the end-of-day hand-off (manual §1.4). Each open ticket is evaluated by the SLA engine at the hand-off; it is
/// handed off when a running clock (pending, at risk or already breached) is due before the end of the next working
/// morning's first hour — 10:00 PT on the next working day by default — or when its paused resolution clock would be,
/// were the customer to reply at the hand-off.
/// </summary>
/// <example>
/// <code>
/// var note = Handoff.Build(tickets, fivePm, SlaEvaluator.Default, ReportPolicy.Default, nextDayOwner: "Marcus");
/// await slack.PostAsync("#support", note.ToText());
/// </code>
/// </example>
public static class Handoff
{
    /// <summary>The next working morning after <paramref name="at"/>: the policy's morning time on the first working day whose morning is still ahead.</summary>
    /// <param name="at">An instant.</param>
    /// <param name="policy">The report policy (working days, holidays, morning time, zone).</param>
    /// <returns>The instant.</returns>
    public static Instant NextMorning(Instant at, ReportPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var zone = policy.Zone;
        var date = at.InZone(zone).Date;
        for (var i = 0; i < 400; i++, date = date.PlusDays(1))
        {
            var morning = zone.AtLeniently(date + policy.MorningAt).ToInstant();
            if (morning > at && policy.IsWorkingDay(date))
            {
                return morning;
            }
        }

        throw new ArgumentException("The report policy has no working day in the next 400 days.", nameof(policy));
    }

    /// <summary>Builds the hand-off at <paramref name="at"/>.</summary>
    /// <param name="tickets">Valid report tickets, any order.</param>
    /// <param name="at">The hand-off instant.</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy.</param>
    /// <param name="nextDayOwner">The next day's owner (rotation), or null to show each ticket's assignee.</param>
    /// <returns>The hand-off note.</returns>
    public static HandoffNote Build(IEnumerable<ReportTicket> tickets, Instant at, SlaEvaluator sla, ReportPolicy policy, string? nextDayOwner = null)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(sla);
        var morning = NextMorning(at, policy);
        var horizon = morning + policy.MorningWindow;
        var items = new List<HandoffItem>();
        var trace = ImmutableArray.CreateBuilder<TraceStep>();
        foreach (var facts in tickets.Where(t => t.Ticket.CreatedAt <= at).Select(t => TicketFacts.Evaluate(t, at, sla)).Where(f => !f.IsResolved))
        {
            if (FirstDue(facts, sla) is { } item && item.Due < horizon)
            {
                items.Add(item);
                trace.Add(new TraceStep("handoff.due-before-morning", "§1.4",
                    $"#{item.Ticket.Id}: {TicketWords.Clock(item.Clock)} {(item.State == SlaState.Paused ? "would be due" : "due")} {TextLayout.TimeOn(item.Due, policy.Zone, policy.ZoneLabel, at.InZone(policy.Zone).Date)}"
                    + $" is before {TextLayout.Time(horizon, policy.Zone, policy.ZoneLabel)} {TextLayout.LongDate(horizon.InZone(policy.Zone).Date)}, the end of the next working morning's first hour"));
            }
        }

        return new HandoffNote(at, morning, horizon, [.. items.OrderBy(i => i.Due).ThenBy(i => i.Ticket.Id, StringComparer.Ordinal)], nextDayOwner, policy, trace.ToImmutable());
    }

    /// <summary>The clock due first: a running first-response or resolution clock, or a paused resolution clock as if resumed now.</summary>
    internal static HandoffItem? FirstDue(TicketFacts facts, SlaEvaluator sla) =>
        Clocks(facts, sla).OrderBy(i => i.Due).ThenBy(i => i.Clock).FirstOrDefault();

    /// <summary>Each clock with a due: running ones (pending, at risk, breached) and a paused resolution clock as if resumed now.</summary>
    internal static IEnumerable<HandoffItem> Clocks(TicketFacts facts, SlaEvaluator sla)
    {
        var result = facts.Sla;
        if (Running(result.FirstResponseState))
        {
            yield return new HandoffItem(facts.Source, SlaClockKind.FirstResponse, result.FirstResponseDue, result.FirstResponseState);
        }

        if (Running(result.ResolutionState) && result.ResolutionDue is { } due)
        {
            yield return new HandoffItem(facts.Source, SlaClockKind.Resolution, due, result.ResolutionState);
        }
        else if (result.ResolutionState == SlaState.Paused)
        {
            yield return new HandoffItem(facts.Source, SlaClockKind.Resolution, facts.ResolutionDueIfResumed(sla), SlaState.Paused);
        }
    }

    private static bool Running(SlaState state) => state is SlaState.Pending or SlaState.AtRisk or SlaState.Breached;
}

/// <summary>How hand-off and standup lines describe a ticket and a due.</summary>
internal static class TicketWords
{
    /// <summary>"#1823: MegaCorp (Enterprise) - CRITICAL API errors" (§1.4).</summary>
    public static string Line(ReportTicket ticket) =>
        $"#{ticket.Id}: {ticket.Customer ?? "unknown customer"} ({ticket.Ticket.Tier}) - {ticket.Ticket.Priority.ToString().ToUpperInvariant()}{(ticket.Subject is { } s ? " " + s : string.Empty)}";

    public static string Clock(SlaClockKind clock) => clock == SlaClockKind.FirstResponse ? "first response" : "resolution";

    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.InProgress => "In progress",
        TicketStatus.WaitingOnCustomer => "Waiting on customer",
        _ => status.ToString(),
    };

    /// <summary>"8:00 AM PT (next day), resolution" with "OVERDUE" or "if the customer replies now" as it applies.</summary>
    public static string Due(SlaClockKind clock, Instant due, SlaState state, Instant at, ReportPolicy policy)
    {
        var zone = policy.Zone;
        var days = Period.Between(at.InZone(zone).Date, due.InZone(zone).Date, PeriodUnits.Days).Days;
        var when = days switch
        {
            0 => "today",
            1 => "next day",
            -1 => "yesterday",
            _ => due.InZone(zone).Date.DayOfWeek.ToString(),
        };
        var suffix = state switch
        {
            SlaState.Breached => ", OVERDUE",
            SlaState.Paused => ", if the customer replies now (paused: waiting on customer)",
            _ => string.Empty,
        };
        return $"{TextLayout.Time(due, zone, policy.ZoneLabel)} ({when}), {Clock(clock)}{suffix}";
    }
}
