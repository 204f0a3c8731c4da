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

    [Theory]
    [InlineData("Ärger machen", "ärger machen", true)]
    [InlineData("ÄRGER MACHEN", "ärger machen", true)]
    [InlineData("Time Out", "time out", true)]
    [InlineData("TIME\nOUT", "time out", true)]
    [InlineData("time cut", "time out", false)]
    [InlineData("some time out there", "some time out", true)]
    [InlineData("any time out there", "some time out", false)]
    public void Scan_NeighbourFilter_KeysOnTheNeighboursFirstLetterCaseInsensitively(string text, string phrase, bool found)
    {
        // The anchor's neighbour filter keys on the length and first letter of the word next to it (issue 15, sixth
        // speed pass); a neighbour starting with a non-ASCII letter must still match in either case.
        var index = new KeywordIndex([(0, phrase)], 1);
        var hits = new int[1];
        index.Scan(text, hits, 1);
        Assert.Equal(found, hits[0] != 0);
        Span<PhraseHit> all = stackalloc PhraseHit[4];
        Assert.Equal(found ? 1 : 0, index.ScanAll(text, all));
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

    [Theory]
    [InlineData("is this a bug", "bug")]
    [InlineData("have a workaround", "workaround")]
    [InlineData("status 401", "401")]
    [InlineData("production down", "production")]
    [InlineData("could you add", "add")]
    [InlineData("is it", "it")]
    public void AnchorOf_PrefersRareLongWords(string phrase, string anchor)
    {
        var words = KeywordIndex.Words(phrase);
        Assert.Equal(anchor, words[KeywordIndex.AnchorOf(words)]);
    }

    [Fact]
    public void Scan_PhraseAnchoredInTheMiddle_ChecksWordsOnBothSides()
    {
        var index = new KeywordIndex([(0, "is this a bug")], 1);
        var hits = new int[1];
        index.Scan("Hmm, is this a bug? debug", hits, 1);
        Assert.Equal(1, hits[0]);
        hits[0] = 0;
        index.Scan("this a bug; is  this, a bug; xis this a bug", hits, 1);
        Assert.Equal(0, hits[0]);
    }

    [Theory]
    [InlineData("login now \u0345ota", 0)]
    [InlineData("\u0345ota now login", 0)]
    [InlineData("login now \u0399OTA", 1)]
    [InlineData("\u0399ota now login", 1)]
    public void Scan_ACharacterEqualToALetterIgnoringCaseButNoLetter_IsNoPartOfAPhraseWord(string text, int expected)
    {
        // U+0345 (a combining mark) upper-cases to U+0399 (capital iota) as the phrases' iota does, so it equals iota
        // ignoring case, but it is no letter: the text's second word from the anchor is "ota", not "\u03B9ota". The
        // probe compares the span of the phrase word's length (ninth speed pass), so it must also see a whole word
        // there. (The word next to the anchor is guarded by the neighbour-length check already, hence three words.)
        Assert.Equal("\u03B9", "\u0345", StringComparer.OrdinalIgnoreCase);
        var index = new KeywordIndex([(0, "login now \u03B9ota"), (1, "\u03B9ota now login")], 2);
        var hits = new int[2];
        index.Scan(text, hits, 1);
        Assert.Equal(expected, hits.Count(h => h != 0));
    }
    [Theory]
    [InlineData("x", "x")]
    [InlineData("SSO", "sso")]
    [InlineData("ab", "ab")]
    [InlineData("the x", "x")]
    [InlineData("use sSo", "sso")]
    [InlineData("an ab", "ab")]
    [InlineData("auth", "auth")]
    [InlineData("no AUTH", "auth")]
    [InlineData("sso.", "sso")]
    [InlineData("xy", null)]
    [InlineData("ssox", null)]
    [InlineData("abs", null)]
    [InlineData("aut", null)]
    [InlineData("the aut", null)]
    public void Scan_ShortWordsAndWordsAtTheTextsEnd_KeyOnTheirOwnCharactersOnly(string text, string? phrase)
    {
        // The filter key reads a word's first four characters with one load (eleventh speed pass): the characters past
        // a short word, and a word in a text's last four characters (or a text shorter than four), must read as the
        // anchor's own.
        var index = new KeywordIndex([(0, "x"), (0, "ab"), (0, "sso"), (0, "auth")], 1);
        var hits = new int[1];
        index.Scan(text, hits, 1);
        Assert.Equal(phrase, hits[0] == 0 ? null : index.PhraseText(hits[0] - 1));
    }
}
