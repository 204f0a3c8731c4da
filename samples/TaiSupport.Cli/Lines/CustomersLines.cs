using FluentValidation;
using NodaTime;
using TaiSupport.Core.Customers;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Cli.Lines;

/// <summary>
/// A <c>tai customers health</c> line: <c>{"id" (or "customer"), "name", "tier", "lastApiCallAt",
/// "csat": [{"at", "score", "ticket"}], "sameIssueTickets": [{"ticket", "issue", "openedAt"}]}</c> (docs/customer-health.md).
/// </summary>
internal sealed record CustomerLine
{
    /// <summary>A customer id (the line's <c>id</c> unless <c>customer</c> is given) and CSAT scores from 0 to 10.</summary>
    public static readonly InlineValidator<CustomerLine> Validator = new()
    {
        v => v.RuleFor(c => c.Customer).Must((c, id) => (id ?? c.Id) is not null).WithMessage("is required (or give the line an \"id\")."),
        v => v.RuleForEach(c => c.Csat).ChildRules(s => s.RuleFor(x => x.Score).InclusiveBetween(0, 10)
            .WithMessage((_, score) => $"must be between 0 and 10, got {score}.")),
    };

    /// <summary>The customer's id, when it is not the line's <c>id</c>.</summary>
    public string? Customer { get; init; }

    /// <summary>The line's id, the customer's id when <see cref="Customer"/> is absent.</summary>
    public string? Id { get; init; }

    /// <summary>The customer's name.</summary>
    public string? Name { get; init; }

    /// <summary>The customer's tier.</summary>
    public Tier? Tier { get; init; }

    /// <summary>The last API call.</summary>
    public Instant? LastApiCallAt { get; init; }

    /// <summary>CSAT scores.</summary>
    public List<CsatLine>? Csat { get; init; }

    /// <summary>Tickets linked to an issue.</summary>
    public List<SameIssueLine>? SameIssueTickets { get; init; }

    /// <summary>The customer the engine evaluates.</summary>
    public CustomerRecord ToRecord() => new()
    {
        Id = Customer ?? Id!,
        Name = Name,
        Tier = Tier,
        LastApiCallAt = LastApiCallAt,
        Csat = [.. (Csat ?? []).Select(s => new CsatScore(s.At, s.Score, s.Ticket))],
        SameIssueTickets = [.. (SameIssueTickets ?? []).Select(t => new SameIssueTicket(t.Ticket, t.Issue, t.OpenedAt))],
    };
}

/// <summary>One CSAT score: <c>{"at", "score", "ticket"?}</c>.</summary>
internal sealed record CsatLine
{
    /// <summary>When it was given.</summary>
    public required Instant At { get; init; }

    /// <summary>The score, 0–10.</summary>
    public required int Score { get; init; }

    /// <summary>The ticket it rates.</summary>
    public string? Ticket { get; init; }
}

/// <summary>One ticket on an issue: <c>{"ticket", "issue", "openedAt"}</c>.</summary>
internal sealed record SameIssueLine
{
    /// <summary>The ticket's id.</summary>
    public required string Ticket { get; init; }

    /// <summary>The issue key.</summary>
    public required string Issue { get; init; }

    /// <summary>When the ticket was opened.</summary>
    public required Instant OpenedAt { get; init; }
}
