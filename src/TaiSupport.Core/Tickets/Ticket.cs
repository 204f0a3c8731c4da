using System.Collections.Immutable;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// A support ticket with the fields every ticket must have (manual §2.2): id, tier, priority, category, status
/// history, creation and first-response instants, assignee, root-cause tag and resolution summary. Immutable;
/// validate it at the boundary with <see cref="Validate"/> (or read it with <see cref="TicketJson"/>, which does).
/// </summary>
/// <remarks>
/// <para><b>Status history.</b> Every ticket is <see cref="TicketStatus.Open"/> from <see cref="CreatedAt"/>; that initial
/// status is implicit and <see cref="StatusChanges"/> lists the changes after it, in time order (not before creation).
/// Changes at the same instant are allowed and applied in list order, so only the <em>last</em> change at an instant
/// ever holds: a status overwritten at the same instant never held, and the SLA clocks ignore it
/// (see <c>docs/sla.md</c>, "Equal-time events").</para>
/// <para><b>Tier and priority</b> are the current values; the SLA engine applies them from creation (D7).</para>
/// <para>Equality is by value, including the status changes element by element.</para>
/// </remarks>
/// <example>
/// <code>
/// var ticket = new Ticket
/// {
///     Id = "T-1823",
///     Tier = Tier.Enterprise,
///     Priority = Priority.Critical,
///     CreatedAt = Instant.FromUtc(2026, 1, 27, 0, 45),
/// }.WithStatusChange(Instant.FromUtc(2026, 1, 27, 0, 50), TicketStatus.WaitingOnCustomer);
/// var problems = Ticket.Validate(ticket); // IsValid: true
/// </code>
/// </example>
public sealed record Ticket
{
    private static readonly TicketValidator Validator = new();

    /// <summary>The ticket's id, such as <c>T-1823</c>; not blank.</summary>
    public required string Id { get; init; }

    /// <summary>The customer's tier, which decides the SLA target (§2.2.3, §1.2).</summary>
    public required Tier Tier { get; init; }

    /// <summary>The ticket's priority (§2.2.1).</summary>
    public required Priority Priority { get; init; }

    /// <summary>The severity category used for metrics (§2.2.2).</summary>
    /// <value>The default is <see cref="Category.Other"/> (a ticket not yet categorised).</value>
    public Category Category { get; init; } = Category.Other;

    /// <summary>When the ticket was submitted; the SLA clocks start here (§2.2.5).</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>When an agent first responded; null while nobody has (§2.2.4).</summary>
    public Instant? FirstResponseAt { get; init; }

    /// <summary>The status changes after creation, in time order; empty while the ticket is still <see cref="TicketStatus.Open"/>.</summary>
    /// <value>The default is empty; a default (uninitialised) array reads as empty.</value>
    public ImmutableArray<StatusChange> StatusChanges
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The channel the ticket arrived on (§1.3; D21); it decides which conversation clocks run.</summary>
    /// <value>The default is <see cref="TicketChannel.Email"/> (D21).</value>
    public TicketChannel Channel { get; init; } = TicketChannel.Email;

    /// <summary>The customer's id, such as <c>acme</c>, which may pick the clocks' calendar (<see cref="Lifecycle.TicketLifePolicy.CustomerCalendars"/>); null when unknown.</summary>
    public string? Customer { get; init; }

    /// <summary>The ticket's life as events in time order (D21): messages, replies, notes, status/priority/tier changes, assignments. Read by <see cref="Lifecycle.TicketLife"/>; <see cref="Sla.SlaEvaluator"/> ignores them.</summary>
    /// <value>The default is empty; a default (uninitialised) array reads as empty.</value>
    public ImmutableArray<TicketEvent> Events
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The support engineer who owns the ticket (§2.2.4); null while unassigned.</summary>
    public string? Assignee { get; init; }

    /// <summary>The root-cause tag set after investigation (§2.2.7); null until then.</summary>
    public RootCause? RootCause { get; init; }

    /// <summary>The 1–3 sentence summary of what was done (§2.2.8); null until resolved.</summary>
    public string? ResolutionSummary { get; init; }

    /// <summary>The latest status: the last change's, or <see cref="TicketStatus.Open"/> when there is none.</summary>
    public TicketStatus Status => StatusChanges.IsEmpty ? TicketStatus.Open : StatusChanges[^1].Status;

    /// <summary>The whole status history: the implicit <see cref="TicketStatus.Open"/> at <see cref="CreatedAt"/>, then <see cref="StatusChanges"/>.</summary>
    public IEnumerable<StatusChange> StatusHistory => StatusChanges.Insert(0, new StatusChange(CreatedAt, TicketStatus.Open));

    /// <summary>Validates a ticket, naming every problem (JSON-style paths such as <c>statusChanges[2].at</c>).</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The validation result; valid when the SLA engine can evaluate the ticket.</returns>
    public static ValidationResult Validate(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Validator.Validate(ticket);
    }

    /// <summary>The status the ticket was in at <paramref name="instant"/>: the last change at or before it, else <see cref="TicketStatus.Open"/>.</summary>
    /// <param name="instant">Any instant; before creation the answer is <see cref="TicketStatus.Open"/>.</param>
    /// <returns>The status.</returns>
    public TicketStatus StatusAt(Instant instant)
    {
        var status = TicketStatus.Open;
        foreach (var change in StatusChanges)
        {
            if (change.At > instant)
            {
                break;
            }

            status = change.Status;
        }

        return status;
    }

    /// <summary>A copy with one more status change appended.</summary>
    /// <param name="at">When the status changed; not before the last change.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The new ticket.</returns>
    public Ticket WithStatusChange(Instant at, TicketStatus status) =>
        this with { StatusChanges = StatusChanges.Add(new StatusChange(at, status)) };

    /// <inheritdoc />
    public bool Equals(Ticket? other) =>
        other is not null
        && Id == other.Id && Tier == other.Tier && Priority == other.Priority && Category == other.Category
        && CreatedAt == other.CreatedAt && FirstResponseAt == other.FirstResponseAt
        && Assignee == other.Assignee && RootCause == other.RootCause && ResolutionSummary == other.ResolutionSummary
        && StatusChanges.SequenceEqual(other.StatusChanges)
        && Channel == other.Channel && Customer == other.Customer && Events.SequenceEqual(other.Events);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Tier, Priority, CreatedAt, FirstResponseAt, StatusChanges.Length);
}
