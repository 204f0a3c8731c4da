using System.Collections.Immutable;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Escalation;

/// <summary>What §2.3's assignment rules need to know about a ticket.</summary>
/// <example>
/// <code>
/// var ticket = new AssignmentTicket { Id = "T9", Tier = Tier.Professional, Priority = Priority.High,
///     Category = Category.Integration, Complex = true, RelatedTicketIds = ["T7"] };
/// </code>
/// </example>
public sealed record AssignmentTicket
{
    /// <summary>The ticket's id; optional.</summary>
    public string? Id { get; init; }

    /// <summary>The customer's tier.</summary>
    public required Tier Tier { get; init; }

    /// <summary>The ticket's priority (from triage, or as set by an agent).</summary>
    public required Priority Priority { get; init; }

    /// <summary>The ticket's category.</summary>
    /// <value>The default is <see cref="Category.Other"/>.</value>
    public Category Category { get; init; } = Category.Other;

    /// <summary>A complex ticket rather than a basic question (§2.3 rule 1 "basic questions", "complex integration").</summary>
    /// <value>The default is false: a basic question.</value>
    public bool Complex { get; init; }

    /// <summary>The ids of related tickets; whoever responded to one of them is preferred (§2.3 rule 2, continuity).</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> RelatedTicketIds
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];
}
