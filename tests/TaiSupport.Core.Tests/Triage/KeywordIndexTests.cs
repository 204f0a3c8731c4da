using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>Whole-word, whole-phrase, case-insensitive keyword matching (D11, D12).</summary>
public sealed class KeywordIndexTests
{
    private static readonly KeywordIndex Index = new(
        [(0, "production down"), (0, "outage"), (1, "leaving"), (1, "canceling"), (2, "doesn't work"), (3, "401 unauthorized"), (4, "production is down")],
        groupCount: 5);

    private static int[] Scan(string text)
    {
        var hits = new int[Index.GroupCount];
        Index.Scan(text, hits, 1);
        return hits;
    }

    private static string? Found(string text, int group) => Scan(text)[group] is var hit and not 0 ? Index.PhraseText(Math.Abs(hit) - 1) : null;

    [Theory]
    [InlineData("Production down since 9", "production down")]
    [InlineData("our PRODUCTION DOWN again", "production down")]
    [InlineData("production\n   down", "production down")]
    [InlineData("production-down", "production down")]
    [InlineData("(outage)", "outage")]
    [InlineData("Outage.", "outage")]
    [InlineData("production is down", "production is down")]
    public void Scan_FindsWholePhrasesCaseInsensitivelyAcrossSeparators(string text, string phrase)
    {
        Assert.Equal(phrase, Found(text, text.Contains("is", StringComparison.Ordinal) ? 4 : 0));
    }

    [Theory]
    [InlineData("reproduction downtime")]
    [InlineData("production downgrade")]
    [InlineData("outages")]
    [InlineData("blackoutage")]
    [InlineData("production. Down")]
    [InlineData("production, down")]
    public void Scan_IgnoresPartsOfWordsAndPhrasesBrokenByPunctuation(string text)
    {
        Assert.Null(Found(text, 0));
    }

    [Theory]
    [InlineData("We are leaving.", "leaving")]
    [InlineData("We're CANCELING", "canceling")]
    [InlineData("no more leavings", null)]
    [InlineData("cancelingx", null)]
    public void Scan_ChurnWords_MatchOnlyAsWholeWords(string text, string? phrase)
    {
        Assert.Equal(phrase, Found(text, 1));
    }

    [Theory]
    [InlineData("it doesn't work", "doesn't work")]
    [InlineData("it doesn\u2019t work", "doesn't work")]
    [InlineData("Got 401 Unauthorized", "401 unauthorized")]
    [InlineData("Got 4401 Unauthorized", null)]
    public void Scan_HandlesApostrophesAndDigits(string text, string? phrase)
    {
        Assert.Equal(phrase, Found(text, text.Contains("401", StringComparison.Ordinal) ? 3 : 2));
    }

    [Fact]
    public void Scan_NonAsciiText_IsCaseInsensitive()
    {
        var index = new KeywordIndex([(0, "kündigen")], 1);
        var hits = new int[1];
        index.Scan("Wir werden KÜNDIGEN.", hits, 1);
        Assert.Equal(1, hits[0]);
    }

    [Fact]
    public void Scan_KeepsTheFirstHitPerGroup_AndMarksWhichTextItCameFrom()
    {
        var hits = new int[Index.GroupCount];
        Index.Scan("we are leaving", hits, 1);
        Index.Scan("canceling and an outage", hits, -1);
        Assert.Equal("leaving", Index.PhraseText(hits[1] - 1));
        Assert.True(hits[0] < 0);
        Assert.Equal("outage", Index.PhraseText(-hits[0] - 1));
    }

    [Fact]
    public void Scan_EmptyIndexAndEmptyText_FindNothing()
    {
        var empty = new KeywordIndex([], 2);
        var hits = new int[2];
        empty.Scan("anything", hits, 1);
        Index.Scan(string.Empty, hits, 1);
        Assert.Equal([0, 0], hits);
    }

    [Theory]
    [InlineData("production down", true)]
    [InlineData("doesn't work", true)]
    [InlineData("soc 2", true)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("c++", false)]
    [InlineData("$10k", false)]
    [InlineData("--", false)]
    public void IsValidPhrase_AcceptsWordsAndSeparatorsOnly(string phrase, bool valid)
    {
        Assert.Equal(valid, KeywordIndex.IsValidPhrase(phrase));
    }
}
