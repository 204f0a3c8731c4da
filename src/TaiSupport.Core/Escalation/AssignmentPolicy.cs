using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Escalation;

/// <summary>The numbers and tables of §2.3's assignment rules as data.</summary>
/// <example><code>var policy = AssignmentPolicy.Default with { EndOfShiftGuard = Duration.FromMinutes(45) };</code></example>
public sealed record AssignmentPolicy
{
    /// <summary>The manual's reading of §2.3.</summary>
    public static AssignmentPolicy Default { get; } = new();

    /// <summary>Someone whose shift ends within this long is not assigned unless nobody else is on shift; inclusive: a shift ending in exactly 30 minutes counts as ending.</summary>
    /// <value>The default is 30 minutes (manual §2.3 rule 3 "Avoid assigning to person at end of shift"; the 30 minutes is our reading, matching §1.3's 30-minute assignment window).</value>
    public Duration EndOfShiftGuard { get; init; } = Duration.FromMinutes(30);

    /// <summary>§2.3 rule 1, in order; the first matching rule decides the levels.</summary>
    /// <value>The default is the manual's three lines: Starter basic → Junior; Professional complex integration → Senior;
    /// Enterprise critical → VP Customer Success + an engineer (manual §2.3 rule 1).</value>
    public ImmutableArray<SkillRule> SkillRules { get; init; } =
    [
        new SkillRule { Tier = Tier.Starter, Complex = false, Levels = [TeamLevel.Junior], Description = "Starter tier basic questions → Junior support" },
        new SkillRule
        {
            Tier = Tier.Professional, Category = Category.Integration, Complex = true, Levels = [TeamLevel.Senior],
            Description = "Professional tier complex integration → Senior support",
        },
        new SkillRule
        {
            Tier = Tier.Enterprise, Priority = Priority.Critical, Levels = [TeamLevel.VpCustomerSuccess], WithEngineer = true,
            Description = "Enterprise critical issues → VP Customer Success + engineering",
        },
    ];

    /// <summary>The levels for a ticket no skill rule matches, and the fallback when nobody of the preferred levels is on shift.</summary>
    /// <value>The default is Junior and Senior support (manual §2.3 rule 4 "First response by support engineer").</value>
    public ImmutableArray<TeamLevel> DefaultLevels { get; init; } = [TeamLevel.Junior, TeamLevel.Senior];

    /// <summary>Equal values everywhere, the skill rules compared by content (issue 11).</summary>
    /// <param name="other">The other policy.</param>
    /// <returns>True when both policies hold the same values.</returns>
    public bool Equals(AssignmentPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (EndOfShiftGuard == other.EndOfShiftGuard && ValueEquality.Sequence(SkillRules, other.SkillRules)
                && ValueEquality.Sequence(DefaultLevels, other.DefaultLevels)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EndOfShiftGuard, ValueEquality.Length(SkillRules), ValueEquality.Length(DefaultLevels));
}
