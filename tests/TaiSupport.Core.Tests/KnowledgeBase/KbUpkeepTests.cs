using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.Tests.KnowledgeBase;

public sealed class KbUpkeepTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 30);

    /// <summary>The §6.3 example dashboard's articles and search terms.</summary>
    internal static KbArticle[] ManualArticles =>
    [
        new("auth", "How to Authenticate with API Key", new LocalDate(2025, 12, 1), 900, 452, 404),
        new("sku", "Understanding SKU Limits", new LocalDate(2025, 11, 1), 1200, 387, 369),
        new("webhooks", "Setting Up Webhooks", new LocalDate(2025, 10, 1), 1500, 298, 296),
        new("start", "Getting Started Guide", new LocalDate(2025, 7, 30), 12_000, 120, 130),
        new("errors", "Error Codes Reference", new LocalDate(2025, 12, 15), 3000, 90, 80) { OpenFeedback = ["Missing 5 new error codes"] },
        new("delivery", "Webhook Delivery", new LocalDate(2025, 12, 20), 2000, 60, 60) { OpenFeedback = ["Customer feedback: needs more examples"] },
    ];

    internal static KbSearchTerm[] ManualSearches =>
    [
        new("Can I use custom domains?", 2, false),
        new("How do I export my data?", 5, false),
        new("What's the difference between rule types?", 3, false),
        new("How do I rotate my API key?", 9, true),
        new("Do you support SAML?", 1, false),
    ];

    [Fact]
    public void ToText_ManualExample_IsReproduced()
    {
        // §6.3 "Monthly KB Dashboard".
        var text = KbUpkeep.Review(ManualArticles, ManualSearches, AsOf, KbUpkeepPolicy.Default).ToText();
        Assert.Equal(
            """
            MONTHLY KB DASHBOARD
            January 2026

            TOP ARTICLES BY VIEWS:
            1. How to Authenticate with API Key - 452 views (↑ +12%)
            2. Understanding SKU Limits - 387 views (↑ +5%)
            3. Setting Up Webhooks - 298 views (→ stable)

            ARTICLES NEEDING UPDATES:
            ├─ "Getting Started Guide" - Last updated 6 months ago
            ├─ "Error Codes Reference" - Missing 5 new error codes
            └─ "Webhook Delivery" - Customer feedback: needs more examples

            SEARCH TERMS WITH NO ARTICLES:
            1. "How do I export my data?" (5 searches/month) - CREATE ARTICLE
            2. "What's the difference between rule types?" (3 searches/month)
            3. "Can I use custom domains?" (2 searches/month)

            OPPORTUNITIES:
            - "Getting Started Guide" is 12,000 words - SPLIT into 3 articles

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Theory]
    [InlineData(2025, 7, 30, true)]
    [InlineData(2025, 7, 31, false)]
    public void Review_SixMonthsWithoutUpdate_IsStale_ADayLessIsNot(int year, int month, int day, bool stale)
    {
        // §6.3: "Last updated 6 months ago" — six calendar months before the dashboard date, inclusive.
        var article = new KbArticle("a", "A", new LocalDate(year, month, day), 100, 1, 1);
        var dashboard = KbUpkeep.Review([article], [], AsOf, KbUpkeepPolicy.Default);
        Assert.Equal(stale, dashboard.NeedingUpdates.Any());
        Assert.Equal(stale, dashboard.Trace.Any(t => t.Rule == "kb.stale"));
    }

    [Theory]
    [InlineData(4000, 0)]
    [InlineData(4001, 2)]
    [InlineData(12_000, 3)]
    [InlineData(12_001, 4)]
    public void Review_OverTheWordLimit_IsSplitIntoParts(int words, int parts)
    {
        // §6.3: "'Getting Started Guide' is 12,000 words - SPLIT into 3 articles" (limit 4,000 words).
        var dashboard = KbUpkeep.Review([new KbArticle("a", "A", AsOf, words, 1, 1)], [], AsOf, KbUpkeepPolicy.Default);
        Assert.Equal(parts, dashboard.ToSplit.Select(s => s.Parts).SingleOrDefault());
    }

    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, true, false)]
    [InlineData(4, true, false)]
    [InlineData(5, true, true)]
    public void Review_SearchTermsWithoutArticle_ListedFromTwo_CreateFromFive(int searches, bool listed, bool create)
    {
        var dashboard = KbUpkeep.Review([], [new KbSearchTerm("export", searches, false)], AsOf, KbUpkeepPolicy.Default);
        Assert.Equal(listed, dashboard.MissingArticles.Any());
        Assert.Equal(create, dashboard.MissingArticles.Any(m => m.CreateArticle));
    }

    [Fact]
    public void Review_TermWithAnArticle_IsNeverListed()
    {
        var dashboard = KbUpkeep.Review([], [new KbSearchTerm("rotate key", 50, true)], AsOf, KbUpkeepPolicy.Default);
        Assert.Empty(dashboard.MissingArticles);
    }

    [Theory]
    [InlineData(452, 404, "↑ +12%")]
    [InlineData(298, 296, "→ stable")] // +0.7 %
    [InlineData(102, 100, "↑ +2%")]    // exactly 2 % is outside the stable band
    [InlineData(98, 100, "↓ -2%")]
    [InlineData(10, 0, "new")]
    public void Review_TopArticleTrend_ComparesWithLastMonth(long views, long previous, string trend)
    {
        var dashboard = KbUpkeep.Review([new KbArticle("a", "A", AsOf, 10, views, previous)], [], AsOf, KbUpkeepPolicy.Default);
        Assert.Equal(trend, dashboard.TopArticles.Single().Trend.ToString());
    }

    [Fact]
    public void Review_InputOrder_DoesNotMatter()
    {
        var forward = KbUpkeep.Review(ManualArticles, ManualSearches, AsOf, KbUpkeepPolicy.Default).ToText();
        var backward = KbUpkeep.Review(ManualArticles.Reverse(), ManualSearches.Reverse(), AsOf, KbUpkeepPolicy.Default).ToText();
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Policy_FromJson_ReadsAndValidates()
    {
        Assert.Equal(3000, KbUpkeepPolicy.FromJson("""{"wordLimit": 3000}""").Value!.WordLimit);
        var bad = KbUpkeepPolicy.FromJson("""{"wordLimit": 0, "createArticleFrom": 1}""");
        Assert.Equal(["$.createArticleFrom", "$.wordLimit"], bad.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
        var changed = KbUpkeepPolicy.Default with { WordLimit = 3000 }; // every property: Json/RoundTripProperties
        Assert.Equal(changed, KbUpkeepPolicy.FromJson(changed.ToJson()).Value);
    }
}
