using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// A ticket as reports see it: the SLA engine's <see cref="Tickets.Ticket"/> plus what the dashboard, the weekly report,
/// the hand-off and the QA audit also need — customer, subject, CSAT, tags, escalations, who resolved it, and the
/// hand-off's "needed" and "current status" notes (manual §8.1, §8.2, §1.4, §9.1).
/// </summary>
/// <remarks>Read one from a report ticket line with <see cref="ReportTicketJson"/>: a <c>tai sla</c> ticket line with more fields.</remarks>
/// <example>
/// <code>
/// var line = new ReportTicket { Ticket = ticket, Customer = "MegaCorp", Csat = 9, Tags = ["API authentication errors"],
///     Escalations = [new TicketEscalation("engineering", escalatedAt)], ResolvedBy = "Marcus" };
/// </code>
/// </example>
public sealed record ReportTicket
{
    private static readonly ReportTicketValidator Validator = new();

    /// <summary>The ticket the SLA engine evaluates.</summary>
    public required Ticket Ticket { get; init; }

    /// <summary>The customer's name, e.g. "MegaCorp".</summary>
    public string? Customer { get; init; }

    /// <summary>A short subject, e.g. "API errors".</summary>
    public string? Subject { get; init; }

    /// <summary>The customer's satisfaction score, 0–10 (§8.1 "Avg customer satisfaction: [X/10]").</summary>
    public int? Csat { get; init; }

    /// <summary>Issue tags, e.g. "API authentication errors"; the weekly report's top issues count tickets per tag (§8.2).</summary>
    public ImmutableArray<string> Tags
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>Where and when the ticket was escalated (§8.1 "ESCALATIONS").</summary>
    public ImmutableArray<TicketEscalation> Escalations
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>Who resolved it; the ticket's assignee when null (§8.2 "Marcus: Resolved 15 tickets").</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>What the next person must do, for the hand-off (§1.4 "Needed:").</summary>
    public string? Needed { get; init; }

    /// <summary>A note on the current status, for the hand-off (§1.4 "Current status:").</summary>
    public string? StatusNote { get; init; }

    /// <summary>The ticket's id.</summary>
    public string Id => Ticket.Id;

    /// <summary>The person credited with resolving it: <see cref="ResolvedBy"/>, else the assignee.</summary>
    public string? Resolver => ResolvedBy ?? Ticket.Assignee;

    /// <summary>Validates a report ticket, naming every problem (the ticket's own problems included).</summary>
    /// <param name="ticket">The report ticket.</param>
    /// <returns>The validation result.</returns>
    public static ValidationResult Validate(ReportTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Validator.Validate(ticket);
    }

    /// <inheritdoc />
    public bool Equals(ReportTicket? other) =>
        other is not null && Ticket.Equals(other.Ticket) && Customer == other.Customer && Subject == other.Subject && Csat == other.Csat
        && Tags.SequenceEqual(other.Tags) && Escalations.SequenceEqual(other.Escalations) && ResolvedBy == other.ResolvedBy
        && Needed == other.Needed && StatusNote == other.StatusNote;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ticket, Customer, Csat, Tags.Length, Escalations.Length, ResolvedBy);
}

/// <summary>An escalation of a ticket (§8.1 "ESCALATIONS", §4).</summary>
/// <param name="To">The destination id, e.g. <c>engineering</c>, <c>vpProduct</c>, <c>finance</c> (the policy's <see cref="ReportPolicy.Destinations"/> give the words).</param>
/// <param name="At">When it was escalated.</param>
public sealed record TicketEscalation(string To, Instant At);

/// <summary>Validates a <see cref="ReportTicket"/>: the ticket itself, a CSAT from 0 to 10, non-blank tags and escalations not before creation.</summary>
public sealed class ReportTicketValidator : AbstractValidator<ReportTicket>
{
    /// <summary>Creates the validator.</summary>
    public ReportTicketValidator()
    {
        RuleFor(r => r.Ticket).Custom((ticket, context) =>
        {
            foreach (var failure in Ticket.Validate(ticket).Errors)
            {
                context.AddFailure(failure);
            }
        });
        RuleFor(r => r.Csat!.Value).InclusiveBetween(0, 10).When(r => r.Csat is not null)
            .WithMessage(r => $"must be a score from 0 to 10, got {r.Csat}.").OverridePropertyName("csat");
        RuleFor(r => r).Custom((r, context) =>
        {
            for (var i = 0; i < r.Tags.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(r.Tags[i]))
                {
                    context.AddFailure($"tags[{i}]", "a tag must not be blank.");
                }
            }

            for (var i = 0; i < r.Escalations.Length; i++)
            {
                if (r.Escalations[i] is null)
                {
                    context.AddFailure($"escalations[{i}]", "is null; give an escalation {\"at\", \"to\"}.");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(r.Escalations[i].To))
                {
                    context.AddFailure($"escalations[{i}].to", "the destination is blank; use an id such as engineering, vpProduct or finance.");
                }

                if (r.Ticket is not null && r.Escalations[i].At < r.Ticket.CreatedAt)
                {
                    context.AddFailure($"escalations[{i}].at", $"{TicketValidator.Format(r.Escalations[i].At)} is before the ticket was created ({TicketValidator.Format(r.Ticket.CreatedAt)}).");
                }
            }
        });
        RuleFor(r => r.ResolvedBy).Must(p => !string.IsNullOrWhiteSpace(p)).When(r => r.ResolvedBy is not null)
            .WithMessage("is blank; leave it out when the assignee resolved the ticket.").OverridePropertyName("resolvedBy");
    }
}
