using System.Text;
using System.Text.Json;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tests.Reporting;

namespace TaiSupport.Core.Tests.KnowledgeBase;

/// <summary>Issue 16 item 5: the KB editorial calendar (§6.1) and the article checker (§6.2).</summary>
public sealed class KbRoutineTests
{
    private static ReportTicket Tagged(string id, string created, params string[] tags) =>
        R.Resolved(id, created, created) with { Tags = [.. tags] };

    private static readonly KbArticle Webhooks = new("webhooks-setup", "How to Receive Webhooks with Retries", new LocalDate(2025, 11, 2), 900, 10, 10);

    [Fact]
    public void Calendar_February2026_FirstMondayMidMonthMovedOffSunday_LastFriday_AndTheTopQuestionWithItsArticle()
    {
        var tickets = new[]
        {
            Tagged("1", "2026-01-12 10:00", "webhooks"), Tagged("2", "2026-01-13 10:00", "webhooks", "webhooks"), Tagged("3", "2026-01-14 10:00", "invoices"),
            Tagged("4", "2025-12-14 10:00", "invoices"), Tagged("5", "2025-12-15 10:00", "invoices"), Tagged("6", "2026-02-02 10:00", "invoices"), // other months
        };
        var calendar = KbEditorialCalendar.Plan(new YearMonth(2026, 2), tickets, [Webhooks], ReportPolicy.Default);
        Assert.Equal([new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 16), new LocalDate(2026, 2, 27)], calendar.Tasks.Select(t => t.Date).ToArray());
        Assert.Equal(new KbTopQuestion("webhooks", 2, "webhooks-setup"), calendar.TopQuestion);
        Assert.Equal("update", calendar.TopQuestion!.Action);
        Assert.Equal(
            """
            KB EDITORIAL CALENDAR: February 2026

            Monday, February 2, 2026: First Monday: review last month's tickets
            ├─ Review support tickets from January: the #1 question was "webhooks" (2 tickets)
            ├─ KB article exists (webhooks-setup): update it
            └─ Document in KB Content Roadmap

            Monday, February 16, 2026: Mid-month: write/update 4-5 KB articles
            ├─ Based on tickets analyzed
            ├─ Include code samples + screenshots
            └─ Get peer review before publishing

            Friday, February 27, 2026: Last Friday: publish articles + measure impact
            ├─ Publish articles from mid-month
            ├─ Set up Google Analytics tracking
            └─ Notify customers via newsletter

            """.ReplaceLineEndings("\n"),
            calendar.ToText());
        using var json = JsonDocument.Parse(calendar.ToJson());
        Assert.True(json.RootElement.GetProperty("topQuestion").GetProperty("hasArticle").GetBoolean());
    }

    [Fact]
    public void Calendar_NoArticle_Create_HolidayMovesTheDates_NoTags_NoQuestion()
    {
        var policy = ReportPolicy.Default with { Holidays = [new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 27)] };
        var calendar = KbEditorialCalendar.Plan(new YearMonth(2026, 2), [Tagged("1", "2026-01-12 10:00", "invoices")], [Webhooks], policy);
        Assert.Equal("create", calendar.TopQuestion!.Action);
        Assert.Equal([new LocalDate(2026, 2, 3), new LocalDate(2026, 2, 16), new LocalDate(2026, 2, 26)], calendar.Tasks.Select(t => t.Date).ToArray());
        Assert.Null(KbEditorialCalendar.Plan(new YearMonth(2026, 2), [], [Webhooks], ReportPolicy.Default).TopQuestion);
    }

    internal const string GoodArticle = """
        # How to Authenticate with API Key

        **Last Updated:** 2026-01-30
        **Difficulty:** Beginner
        **Time to Read:** 5 minutes
        **Related Articles:** [Rotating keys](/kb/rotate), [Rate limits](/kb/limits)

        ## Problem
        Requests fail with 401 because the key is missing or malformed.

        ## Solution
        1. Create a key in Settings.
        2. Send it in the header.

        ### Example
        ```bash
        curl -H "Authorization: Bearer $TAI_KEY" https://api.tai.ai/v1/ping
        ```

        ## Troubleshooting
        A 401 after rotation means the old key is cached.

        ## FAQ
        **Q: Can I use two keys at once?**
        A: Yes, during rotation.

        ## Next Steps
        See [Rotating keys](/kb/rotate) or open a support request.

        ---
        **Need more help?** [Email support](mailto:support@tai.ai)
        """;

    [Fact]
    public void Check_TheTemplateFilledIn_HasNoFindings() => Assert.Empty(KbArticleChecker.Check(GoodArticle));

    [Theory]
    [InlineData("[Rotating keys](/kb/rotate), [Rate limits](/kb/limits)", true)]                      // 2
    [InlineData("[Rotating keys](/kb/rotate), [Rate limits](/kb/limits), [Errors](/kb/errors)", true)] // 3
    [InlineData("[Rotating keys](/kb/rotate)", false)]                                                  // 1 < 2
    [InlineData("[a](/a), [b](/b), [c](/c), [d](/d)", false)]                                           // 4 > 3
    public void Check_TwoToThreeRelatedLinks_BothSides(string related, bool ok)
    {
        var article = GoodArticle.Replace("[Rotating keys](/kb/rotate), [Rate limits](/kb/limits)\n", related + "\n", StringComparison.Ordinal);
        var findings = KbArticleChecker.Check(article);
        Assert.Equal(ok, findings.IsEmpty);
        if (!ok)
        {
            Assert.Equal("kb.related-count", Assert.Single(findings).Rule);
            Assert.Equal(6, findings[0].Line);
        }
    }

    [Fact]
    public void Check_EachDeparture_IsNamedWithItsLine()
    {
        var article = GoodArticle
            .Replace("How to Authenticate with API Key", "API keys", StringComparison.Ordinal)
            .Replace("**Difficulty:** Beginner", "**Difficulty:** Easy", StringComparison.Ordinal)
            .Replace("Requests fail with 401 because the key is missing or malformed.", "First paragraph.\n\nSecond paragraph.", StringComparison.Ordinal)
            .Replace("## Troubleshooting\nA 401 after rotation means the old key is cached.\n\n", string.Empty, StringComparison.Ordinal)
            .Replace("A: Yes, during rotation.", "Yes, during rotation.", StringComparison.Ordinal)
            .Replace("```bash", "    bash", StringComparison.Ordinal).Replace("```\n", "\n", StringComparison.Ordinal)
            .Replace("**Need more help?**", "Help:", StringComparison.Ordinal);
        var rules = KbArticleChecker.Check(article).Select(f => (f.Rule, f.Line)).ToArray();
        Assert.Equal(
            [("kb.title-form", 1), ("kb.difficulty-value", 4), ("kb.problem-paragraphs", 8), ("kb.solution-code", 13), ("kb.section-missing", 17),
             ("kb.faq-pair", 22), ("kb.footer-missing", 30)],
            rules);
    }

    [Fact]
    public void Check_SectionsOutOfOrder_AndMissingHeader()
    {
        var article = GoodArticle.Replace("**Time to Read:** 5 minutes\n", string.Empty, StringComparison.Ordinal)
            .Replace("## FAQ", "## FAQS", StringComparison.Ordinal)
            .Replace("## Next Steps", "## FAQ", StringComparison.Ordinal) + "\n## Next Steps\nMore.\n";
        var rules = KbArticleChecker.Check(article).Select(f => f.Rule).ToArray();
        Assert.Contains("kb.time-to-read-missing", rules);
        Assert.Contains("kb.faq-pair", rules);

        var swapped = GoodArticle.Replace("## Troubleshooting", "## TMP", StringComparison.Ordinal).Replace("## Next Steps", "## Troubleshooting", StringComparison.Ordinal)
            .Replace("## TMP", "## Next Steps", StringComparison.Ordinal);
        Assert.Equal([("kb.section-order", 20), ("kb.section-order", 23)], KbArticleChecker.Check(swapped).Select(f => (f.Rule, f.Line)).ToArray());
    }

    [Fact]
    public void Check_SeededFuzz_NeverThrows()
    {
        var random = new Random(16);
        const string alphabet = "#*`-[]()\n :QA.0123456789\uD800\u00e9 HowtowithProblem";
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder(GoodArticle);
            for (var m = random.Next(1, 12); m > 0 && text.Length > 0; m--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at)); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var findings = KbArticleChecker.Check(text.ToString());
            Assert.All(findings, f => Assert.InRange(f.Line, 1, text.ToString().Split('\n').Length));
        }
    }
}
