using FluentValidation;
using NodaTime;
using TaiSupport.Core.KnowledgeBase;

namespace TaiSupport.Cli.Lines;

/// <summary>
/// A <c>tai report kb --articles</c> line: <c>{"id", "title", "lastUpdated": "2025-07-30", "wordCount", "views",
/// "previousViews"?, "openFeedback"?: ["…"]}</c> (docs/reports.md).
/// </summary>
internal sealed record KbArticleLine
{
    /// <summary>Counts are never negative.</summary>
    public static readonly InlineValidator<KbArticleLine> Validator = new()
    {
        v => v.RuleFor(a => a.WordCount).GreaterThanOrEqualTo(0).WithMessage((_, n) => $"must be between 0 and {int.MaxValue}, got {n}."),
        v => v.RuleFor(a => a.Views).GreaterThanOrEqualTo(0).WithMessage((_, n) => $"must be at least 0, got {n}."),
        v => v.RuleFor(a => a.PreviousViews).GreaterThanOrEqualTo(0).WithMessage((_, n) => $"must be at least 0, got {n}."),
    };

    /// <summary>The article's id.</summary>
    public required string Id { get; init; }

    /// <summary>The article's title.</summary>
    public required string Title { get; init; }

    /// <summary>When it was last updated.</summary>
    public required LocalDate LastUpdated { get; init; }

    /// <summary>Its length in words.</summary>
    public required int WordCount { get; init; }

    /// <summary>Views this month.</summary>
    public required long Views { get; init; }

    /// <summary>Views last month; 0 when absent.</summary>
    public long? PreviousViews { get; init; }

    /// <summary>Open notes that call for an update.</summary>
    public List<string>? OpenFeedback { get; init; }

    /// <summary>The article the dashboard reads.</summary>
    public KbArticle ToArticle() => new(Id, Title, LastUpdated, WordCount, Views, PreviousViews ?? 0) { OpenFeedback = [.. OpenFeedback ?? []] };
}

/// <summary>A <c>tai report kb --searches</c> line: <c>{"term", "searchesPerMonth", "hasArticle"?}</c>.</summary>
internal sealed record KbSearchLine
{
    /// <summary>Counts are never negative.</summary>
    public static readonly InlineValidator<KbSearchLine> Validator = new()
    {
        v => v.RuleFor(s => s.SearchesPerMonth).GreaterThanOrEqualTo(0).WithMessage((_, n) => $"must be between 0 and {int.MaxValue}, got {n}."),
    };

    /// <summary>What customers search for.</summary>
    public required string Term { get; init; }

    /// <summary>Searches a month.</summary>
    public required int SearchesPerMonth { get; init; }

    /// <summary>Whether an article answers it; false when absent.</summary>
    public bool? HasArticle { get; init; }

    /// <summary>The search term the dashboard reads.</summary>
    public KbSearchTerm ToTerm() => new(Term, SearchesPerMonth, HasArticle ?? false);
}
