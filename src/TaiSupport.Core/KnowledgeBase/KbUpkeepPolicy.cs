using FluentValidation;
using FluentValidation.Results;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.KnowledgeBase;

/// <summary>
/// The thresholds of the monthly KB dashboard (manual §6.3). Change one with <c>with</c>:
/// <c>KbUpkeepPolicy.Default with { WordLimit = 3000 }</c>.
/// </summary>
public sealed record KbUpkeepPolicy
{
    /// <summary>The policy the manual describes.</summary>
    public static KbUpkeepPolicy Default { get; } = new();

    /// <summary>An article whose last update is at least this many months before the dashboard date needs an update.</summary>
    /// <value>The default is 6 months (manual §6.3, "Last updated 6 months ago").</value>
    public int StaleAfterMonths { get; init; } = 6;

    /// <summary>A search term without an article is listed from this many searches a month.</summary>
    /// <value>The default is 2 (manual §6.3 lists terms with 5, 3 and 2 searches/month).</value>
    public int ListSearchesFrom { get; init; } = 2;

    /// <summary>From this many searches a month the listed term is marked CREATE ARTICLE.</summary>
    /// <value>The default is 5 (manual §6.3, "(5 searches/month) - CREATE ARTICLE").</value>
    public int CreateArticleFrom { get; init; } = 5;

    /// <summary>An article longer than this many words should be split into parts of at most this length.</summary>
    /// <value>The default is 4,000 words (manual §6.3: a 12,000-word guide is split into 3 articles).</value>
    public int WordLimit { get; init; } = 4000;

    /// <summary>How many articles the "top articles by views" list shows.</summary>
    /// <value>The default is 3 (manual §6.3 dashboard).</value>
    public int TopArticles { get; init; } = 3;

    /// <summary>A view change smaller than this percentage either way reads "→ stable".</summary>
    /// <value>The default is 2 % (manual §6.3 shows +5 % as ↑, so the band is narrower than that).</value>
    public decimal StableWithinPercent { get; init; } = 2m;

    /// <summary>Checks the policy, listing every problem.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new KbUpkeepPolicyValidator().Validate(this);

    /// <summary>Reads a policy from JSON; properties left out keep their <see cref="Default"/> values.</summary>
    /// <param name="json">The JSON text, e.g. <c>{"wordLimit": 3000}</c>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<KbUpkeepPolicy> FromJson(string json) => PolicyJson.Read(json, Default, new KbUpkeepPolicyValidator());

    /// <summary>Writes the policy as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => PolicyJson.Write(this);
}

/// <summary>Validates a <see cref="KbUpkeepPolicy"/>.</summary>
public sealed class KbUpkeepPolicyValidator : AbstractValidator<KbUpkeepPolicy>
{
    /// <summary>Creates the validator.</summary>
    public KbUpkeepPolicyValidator()
    {
        RuleFor(p => p.StaleAfterMonths).GreaterThan(0).WithMessage(p => $"must be at least 1 month, got {p.StaleAfterMonths}.");
        RuleFor(p => p.ListSearchesFrom).GreaterThan(0).WithMessage(p => $"must be at least 1 search, got {p.ListSearchesFrom}.");
        RuleFor(p => p.CreateArticleFrom).GreaterThanOrEqualTo(p => p.ListSearchesFrom)
            .WithMessage(p => $"must be at least listSearchesFrom ({p.ListSearchesFrom}), got {p.CreateArticleFrom}.");
        RuleFor(p => p.WordLimit).GreaterThan(0).WithMessage(p => $"must be at least 1 word, got {p.WordLimit}.");
        RuleFor(p => p.TopArticles).GreaterThan(0).WithMessage(p => $"must be at least 1, got {p.TopArticles}.");
        RuleFor(p => p.StableWithinPercent).GreaterThanOrEqualTo(0).WithMessage(p => $"must not be negative, got {p.StableWithinPercent}.");
    }
}
