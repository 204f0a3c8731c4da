using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Customers;

/// <summary>
/// What the customer base knows about one customer, independent of any open ticket: the last API call, the CSAT
/// history and the tickets linked as "the same issue". <see cref="CustomerHealth"/> reads it for the §4.3 triggers.
/// </summary>
/// <remarks>Manual §4.3 (D14).</remarks>
/// <example>
/// <code>
/// var acme = new CustomerRecord
/// {
///     Id = "acme", Tier = Tier.Enterprise, LastApiCallAt = Instant.FromUtc(2026, 1, 1, 17, 0),
///     Csat = [new CsatScore(Instant.FromUtc(2026, 1, 14, 18, 0), 4, "T-88")],
/// };
/// </code>
/// </example>
public sealed record CustomerRecord
{
    /// <summary>The customer's id.</summary>
    public required string Id { get; init; }

    /// <summary>The customer's name, if known.</summary>
    public string? Name { get; init; }

    /// <summary>The customer's tier, if known.</summary>
    public Tier? Tier { get; init; }

    /// <summary>When the customer last called the API; null when unknown (no inactivity trigger then).</summary>
    public Instant? LastApiCallAt { get; init; }

    /// <summary>The CSAT scores received, in any order.</summary>
    public ImmutableArray<CsatScore> Csat { get; init; } = [];

    /// <summary>The customer's tickets linked as the same issue (each names its issue key), in any order.</summary>
    public ImmutableArray<SameIssueTicket> SameIssueTickets { get; init; } = [];
}

/// <summary>One CSAT score (0–10) received at an instant, optionally for a ticket.</summary>
/// <param name="At">When the score was received.</param>
/// <param name="Score">The score, 0–10.</param>
/// <param name="TicketId">The ticket the survey was about, if any.</param>
public sealed record CsatScore(Instant At, int Score, string? TicketId = null);

/// <summary>A ticket linked to an issue key: tickets with the same key are "the same issue" (§4.3 trigger 4).</summary>
/// <param name="TicketId">The ticket's id; a ticket id counts once per issue, however often it is linked.</param>
/// <param name="IssueKey">The issue the ticket is about, such as <c>webhook-retries</c>.</param>
/// <param name="OpenedAt">When the ticket was opened.</param>
public sealed record SameIssueTicket(string TicketId, string IssueKey, Instant OpenedAt);
