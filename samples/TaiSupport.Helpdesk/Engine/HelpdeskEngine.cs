using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Storage;

namespace TaiSupport.Helpdesk.Engine;

/// <summary>What the client sent to create a ticket, before triage.</summary>
internal sealed record NewTicket(Tier Tier, string Subject, string Body, RequestFields? Signals);

/// <summary>Triage's answer for a new ticket.</summary>
internal sealed record TriageOutcome(Priority Priority, Category Category, TriageRecord Record);

/// <summary>
/// SCAFFOLD until the SLA (issue-3) and triage (issue-4) engines land: the one class that calls the engine.
/// </summary>
internal sealed class HelpdeskEngine
{
    public Duration AtRiskLead => Duration.FromMinutes(30);

    public string ZoneId => "America/Los_Angeles";

    public NewTicket? ReadTriageInput(Tier? tier, string? subject, string body, RequestFields? signals) =>
        tier is null || subject is null ? null : new NewTicket(tier.Value, subject, body, signals);

    public TriageOutcome Triage(NewTicket ticket) => new(
        Priority.Low,
        Category.Other,
        new TriageRecord("StandardSupport", [], [new TraceStep("host.scaffold", "-", "triage engine not merged yet")]));

    public IDictionary<string, string[]> Validate(TicketRecord ticket) => new Dictionary<string, string[]>();

    public SlaView Evaluate(TicketRecord ticket, Instant now)
    {
        var due = ticket.CreatedAt + Duration.FromHours(1);
        return new SlaView(now, due, now >= due ? "breached" : "pending", due + Duration.FromHours(7), "pending", false, due + Duration.FromHours(2), due, []);
    }

    public IEnumerable<DueNotification> Notifications(TicketRecord ticket, Instant now)
    {
        var sla = Evaluate(ticket, now);
        if (sla.FirstResponseState == "breached")
        {
            yield return new DueNotification("firstResponseBreach", sla.FirstResponseDue, "scaffold");
        }
    }

    public ImmutableArray<(TicketRecord Ticket, SlaView Sla)> Queue(IEnumerable<TicketRecord> tickets, Instant now) =>
        [.. tickets.Select(t => (t, Evaluate(t, now))).OrderBy(p => p.Item2.NextDue)];
}

/// <summary>A notification the watcher should record: kind, the due instant it is about, and the message.</summary>
internal sealed record DueNotification(string Kind, Instant Due, string Message);
