using System.Collections.Immutable;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// One line of §2.3 rule 1 ("By Skill Level"): tickets matching every given criterion go to the listed levels.
/// A criterion left null matches anything. The first matching rule of <see cref="AssignmentPolicy.SkillRules"/> wins.
/// </summary>
/// <example>
/// <code>
/// new SkillRule { Tier = Tier.Starter, Complex = false, Levels = [TeamLevel.Junior], Description = "Starter tier basic questions → Junior support" }
/// </code>
/// </example>
public sealed record SkillRule
{
    /// <summary>The customer tier the rule is for; null for any.</summary>
    public Tier? Tier { get; init; }

    /// <summary>The ticket priority the rule is for; null for any.</summary>
    public Priority? Priority { get; init; }

    /// <summary>The ticket category the rule is for; null for any.</summary>
    public Category? Category { get; init; }

    /// <summary>Whether the rule is for complex tickets (true), basic ones (false), or either (null).</summary>
    public bool? Complex { get; init; }

    /// <summary>The levels that should take such a ticket, any of them; not empty.</summary>
    public required ImmutableArray<TeamLevel> Levels { get; init; }

    /// <summary>Whether an engineer joins the assignee (§2.3 "VP Customer Success + engineering").</summary>
    public bool WithEngineer { get; init; }

    /// <summary>The rule in the manual's words, for the trace.</summary>
    public required string Description { get; init; }

    /// <summary>Whether a ticket meets every criterion of this rule.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>True when it matches.</returns>
    public bool Matches(AssignmentTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return (Tier is null || Tier == ticket.Tier)
            && (Priority is null || Priority == ticket.Priority)
            && (Category is null || Category == ticket.Category)
            && (Complex is null || Complex == ticket.Complex);
    }

    /// <summary>Equal conditions, levels (in order), engineer flag and description (issue 11).</summary>
    /// <param name="other">The other rule.</param>
    /// <returns>True when both rules are the same.</returns>
    public bool Equals(SkillRule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Tier == other.Tier && Priority == other.Priority && Category == other.Category && Complex == other.Complex
                && WithEngineer == other.WithEngineer && Description == other.Description && ValueEquality.Sequence(Levels, other.Levels)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tier, Priority, Category, Complex, WithEngineer, Description, ValueEquality.Length(Levels));
}
