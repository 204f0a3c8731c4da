using NodaTime;

namespace TaiSupport.Core.KnowledgeBase;

/// <summary>
/// Knowledge-base upkeep (manual §6.3), built once from a validated <see cref="KbUpkeepPolicy"/>: stale articles, falling
/// views and searches without an article. Verb family: <c>Build</c> (docs/architecture.md, "One anatomy"). The static
/// <see cref="KbUpkeep.Review"/> remains as a thin equivalent.
/// </summary>
public sealed class KbReviewer
{
    /// <summary>Builds the reviewer for <paramref name="policy"/>, validating it.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="TaiValidationException">The policy is invalid; every problem is listed with its path.</exception>
    public KbReviewer(KbUpkeepPolicy policy)
    {
        Policy = TaiValidationException.Validated("KB upkeep policy", policy, p => new KbUpkeepPolicyValidator().Validate(p));
    }

    /// <summary>The reviewer of <see cref="KbUpkeepPolicy.Default"/>.</summary>
    public static KbReviewer Default { get; } = new(KbUpkeepPolicy.Default);

    /// <summary>The policy this reviewer applies.</summary>
    public KbUpkeepPolicy Policy { get; }

    /// <summary>The upkeep dashboard as of <paramref name="asOf"/>.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="searches">The month's search terms.</param>
    /// <param name="asOf">The review date.</param>
    /// <returns>The dashboard.</returns>
    public KbDashboard Build(IEnumerable<KbArticle> articles, IEnumerable<KbSearchTerm> searches, LocalDate asOf) =>
        KbUpkeep.Review(articles, searches, asOf, Policy);
}
