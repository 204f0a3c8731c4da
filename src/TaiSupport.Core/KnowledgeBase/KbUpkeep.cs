using System.Collections.Immutable;
using System.Text;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.KnowledgeBase;

/// <summary>
/// The monthly KB dashboard (manual §6.3): top articles by views with their trend, articles needing updates (not updated
/// in 6 months, or with open feedback), search terms with no article, and articles too long that should be split.
/// </summary>
/// <remarks>The result does not depend on the order of the inputs: every list has a total order (ties by title or term).</remarks>
/// <example>
/// <code>
/// var dashboard = KbUpkeep.Review(articles, searches, new LocalDate(2026, 1, 30), KbUpkeepPolicy.Default);
/// Console.WriteLine(dashboard.ToText());
/// </code>
/// </example>
public static class KbUpkeep
{
    /// <summary>Builds the dashboard for the month of <paramref name="asOf"/>.</summary>
    /// <param name="articles">Every article.</param>
    /// <param name="searches">The month's search terms.</param>
    /// <param name="asOf">The dashboard date; staleness counts back from it.</param>
    /// <param name="policy">The thresholds.</param>
    /// <returns>The dashboard.</returns>
    public static KbDashboard Review(IEnumerable<KbArticle> articles, IEnumerable<KbSearchTerm> searches, LocalDate asOf, KbUpkeepPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(searches);
        ArgumentNullException.ThrowIfNull(policy);
        var all = articles.OrderBy(a => a.Title, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
        var trace = ImmutableArray.CreateBuilder<TraceStep>();

        var top = all.OrderByDescending(a => a.Views).Take(policy.TopArticles)
            .Select(a => new KbTopArticle(a, Trend.Percent(a.Views, a.PreviousViews, policy.StableWithinPercent)))
            .ToImmutableArray();

        var staleBefore = asOf.PlusMonths(-policy.StaleAfterMonths);
        var updates = ImmutableArray.CreateBuilder<KbUpdateNeeded>();
        foreach (var article in all.Where(a => a.LastUpdated <= staleBefore).OrderBy(a => a.LastUpdated))
        {
            var months = Period.Between(article.LastUpdated, asOf, PeriodUnits.Months).Months;
            updates.Add(new KbUpdateNeeded(article, $"Last updated {months} months ago"));
            trace.Add(new TraceStep("kb.stale", "§6.3",
                $"\"{article.Title}\" last updated {LocalDatePattern.Iso.Format(article.LastUpdated)}, on or before {LocalDatePattern.Iso.Format(staleBefore)} ({policy.StaleAfterMonths} months before {LocalDatePattern.Iso.Format(asOf)})"));
        }

        foreach (var article in all)
        {
            foreach (var note in article.OpenFeedback.IsDefault ? [] : article.OpenFeedback)
            {
                updates.Add(new KbUpdateNeeded(article, note));
            }
        }

        var missing = searches
            .Where(s => !s.HasArticle && s.SearchesPerMonth >= policy.ListSearchesFrom)
            .OrderByDescending(s => s.SearchesPerMonth).ThenBy(s => s.Term, StringComparer.Ordinal)
            .Select(s => new KbMissingArticle(s.Term, s.SearchesPerMonth, s.SearchesPerMonth >= policy.CreateArticleFrom))
            .ToImmutableArray();
        trace.AddRange(missing.Select(m => new TraceStep("kb.missing-article", "§6.3",
            $"\"{m.Term}\": {m.SearchesPerMonth} searches/month without an article {(m.CreateArticle ? "≥" : "<")} {policy.CreateArticleFrom}{(m.CreateArticle ? ": create it" : string.Empty)}")));

        var split = all.Where(a => a.WordCount > policy.WordLimit)
            .OrderByDescending(a => a.WordCount).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Select(a => new KbSplit(a, (a.WordCount + policy.WordLimit - 1) / policy.WordLimit))
            .ToImmutableArray();
        trace.AddRange(split.Select(s => new TraceStep("kb.split", "§6.3",
            $"\"{s.Article.Title}\" has {s.Article.WordCount} words > {policy.WordLimit}: {s.Parts} articles")));

        return new KbDashboard(asOf, top, updates.ToImmutable(), missing, split, trace.ToImmutable());
    }
}

/// <summary>An article in the top-by-views list, with its trend against last month.</summary>
/// <param name="Article">The article.</param>
/// <param name="Trend">Views against the previous month.</param>
public sealed record KbTopArticle(KbArticle Article, Trend Trend);

/// <summary>An article that needs an update, and why.</summary>
/// <param name="Article">The article.</param>
/// <param name="Reason">"Last updated 6 months ago" or the open feedback note.</param>
public sealed record KbUpdateNeeded(KbArticle Article, string Reason);

/// <summary>A search term with no article.</summary>
/// <param name="Term">What people searched for.</param>
/// <param name="SearchesPerMonth">How often.</param>
/// <param name="CreateArticle">True from the policy's create threshold: "CREATE ARTICLE".</param>
public sealed record KbMissingArticle(string Term, int SearchesPerMonth, bool CreateArticle);

/// <summary>An article over the word limit and how many articles to split it into.</summary>
/// <param name="Article">The article.</param>
/// <param name="Parts">The number of articles of at most the word limit each.</param>
public sealed record KbSplit(KbArticle Article, int Parts);

/// <summary>The monthly KB dashboard (manual §6.3).</summary>
/// <param name="AsOf">The dashboard date.</param>
/// <param name="TopArticles">Most viewed first.</param>
/// <param name="NeedingUpdates">Stale articles (oldest first), then open feedback by title.</param>
/// <param name="MissingArticles">Search terms without an article, most searched first.</param>
/// <param name="ToSplit">Articles over the word limit, longest first.</param>
/// <param name="Trace">Why each article or term is listed.</param>
public sealed record KbDashboard(
    LocalDate AsOf,
    ImmutableArray<KbTopArticle> TopArticles,
    ImmutableArray<KbUpdateNeeded> NeedingUpdates,
    ImmutableArray<KbMissingArticle> MissingArticles,
    ImmutableArray<KbSplit> ToSplit,
    ImmutableArray<TraceStep> Trace)
{
    /// <summary>The dashboard as JSON.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("report", "kb");
        w.WriteString("asOf", LocalDatePattern.Iso.Format(AsOf));
        w.WriteStartArray("topArticles");
        foreach (var top in TopArticles)
        {
            w.WriteStartObject();
            w.WriteString("id", top.Article.Id);
            w.WriteString("title", top.Article.Title);
            w.WriteNumber("views", top.Article.Views);
            w.WriteNumber("previousViews", top.Article.PreviousViews);
            ReportJson.Trend(w, "trend", top.Trend);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("needingUpdates");
        foreach (var update in NeedingUpdates)
        {
            w.WriteStartObject();
            w.WriteString("id", update.Article.Id);
            w.WriteString("title", update.Article.Title);
            w.WriteString("reason", update.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingArticles");
        foreach (var missing in MissingArticles)
        {
            w.WriteStartObject();
            w.WriteString("term", missing.Term);
            w.WriteNumber("searchesPerMonth", missing.SearchesPerMonth);
            w.WriteBoolean("createArticle", missing.CreateArticle);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("toSplit");
        foreach (var split in ToSplit)
        {
            w.WriteStartObject();
            w.WriteString("id", split.Article.Id);
            w.WriteString("title", split.Article.Title);
            w.WriteNumber("wordCount", split.Article.WordCount);
            w.WriteNumber("parts", split.Parts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The dashboard in the manual's layout.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("MONTHLY KB DASHBOARD\n")
            .Append(LocalDatePattern.CreateWithInvariantCulture("MMMM uuuu").Format(AsOf)).Append("\n\n");
        text.Numbered("TOP ARTICLES BY VIEWS:", [.. TopArticles.Select(t => $"{t.Article.Title} - {TextLayout.Count(t.Article.Views)} views ({t.Trend})")], "(no articles)");
        text.Tree("ARTICLES NEEDING UPDATES:", NeedingUpdates.IsEmpty ? ["none"] : [.. NeedingUpdates.Select(u => $"\"{u.Article.Title}\" - {u.Reason}")]);
        text.Numbered("SEARCH TERMS WITH NO ARTICLES:",
            [.. MissingArticles.Select(m => $"\"{m.Term}\" ({m.SearchesPerMonth} searches/month){(m.CreateArticle ? " - CREATE ARTICLE" : string.Empty)}")], "none");
        text.Append("OPPORTUNITIES:\n");
        if (ToSplit.IsEmpty)
        {
            text.Append("- none\n");
        }

        foreach (var split in ToSplit)
        {
            text.Append($"- \"{split.Article.Title}\" is {TextLayout.Count(split.Article.WordCount)} words - SPLIT into {split.Parts} articles\n");
        }

        return text.ToString();
    }
}
