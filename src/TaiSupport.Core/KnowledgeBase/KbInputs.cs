using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.KnowledgeBase;

/// <summary>One knowledge-base article as the monthly KB dashboard sees it (manual §6.2, §6.3).</summary>
/// <param name="Id">A stable id (slug or URL).</param>
/// <param name="Title">The title, e.g. "How to Authenticate with API Key".</param>
/// <param name="LastUpdated">The article's "Last Updated" date (§6.2 template header).</param>
/// <param name="WordCount">Its length in words.</param>
/// <param name="Views">Page views this month (§6.3 "Page views").</param>
/// <param name="PreviousViews">Page views the month before, for the trend.</param>
/// <example><code>new KbArticle("auth", "How to Authenticate with API Key", new LocalDate(2025, 12, 3), 900, 452, 404)</code></example>
public sealed record KbArticle(string Id, string Title, LocalDate LastUpdated, int WordCount, long Views, long PreviousViews)
{
    /// <summary>Open notes that call for an update, e.g. "Missing 5 new error codes" or "Customer feedback: needs more examples".</summary>
    public ImmutableArray<string> OpenFeedback { get; init; } = [];
}

/// <summary>A search term from the KB's search log, aggregated over the month (§6.3 "Search terms with no articles").</summary>
/// <param name="Term">What people typed, e.g. "How do I export my data?".</param>
/// <param name="SearchesPerMonth">How many times it was searched this month.</param>
/// <param name="HasArticle">True when an article answers it.</param>
public sealed record KbSearchTerm(string Term, int SearchesPerMonth, bool HasArticle);
