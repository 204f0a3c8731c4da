using System.Numerics;
using System.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The keyword scan's per-word filter run over a whole 64-character block with AVX-512 (issue 15, thirteenth speed pass:
/// <see cref="KeywordIndex.FilterBlock"/>): on seeded random ASCII texts of phrase words, other words, digits and
/// separators, it keeps exactly the word starts the per-word filter lets through among the block's first 16 words that
/// end inside it, and every other start (a word running on past the block, the 17th word on); a block with a non-ASCII
/// character, or shorter than 64 characters, keeps every start. On a machine without the instructions the method keeps
/// every start and the scan's loop filters them (the tests then only check that).
/// </summary>
public sealed class KeywordBlockFilterTests
{
    private static readonly (int Group, string Text)[] Entries = [.. KeywordGroups.Entries(
        TriagePolicy.Default.Keywords, [.. TriagePolicy.Default.ApiErrorKeywords.Keys], TriagePolicy.Default.ApiErrorKeywords)];

    private static readonly KeywordIndex Index = new(Entries, KeywordGroups.SignalCount + TriagePolicy.Default.ApiErrorKeywords.Count, watch: "since");

    [Fact]
    public void FilterBlock_KeepsExactlyTheStartsThePerWordFilterLetsThrough_OnRandomAsciiBlocks()
    {
        var random = new Random(20261208);
        var vocabulary = Entries.SelectMany(e => KeywordIndex.Words(e.Text))
            .Concat(["the", "a", "time", "request", "since", "Since", "SINCE", "x", "ab", "account", "working", "404", "v2", "abcdefghijklmnopqrstu"])
            .Distinct().ToArray();
        string[] glue = [" ", " ", " ", "  ", "-", "_", "/", "'", "\n", ", ", ". ", " (", ") ", ":"];
        var (blocks, removed, kept) = (0, 0, 0);
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(64, 900);
            while (text.Length < length)
            {
                var word = vocabulary[random.Next(vocabulary.Length)];
                text.Append(random.Next(4) == 0 ? word.ToUpperInvariant() : word).Append(glue[random.Next(glue.Length)]);
            }

            var body = text.ToString();
            for (var block = 0; block + 64 <= body.Length; block += 64)
            {
                var (starts, actual) = Index.BlockStarts(body, block);
                Assert.Equal(Expected(body, block, starts), actual);
                blocks++;
                removed += BitOperations.PopCount(starts & ~actual);
                kept += BitOperations.PopCount(actual);
            }
        }

        Assert.True(blocks > 1000, $"only {blocks} blocks");
        if (KeywordIndex.BlockFilterSupported)
        {
            // The vector filter does remove words (it is not a pass-through), and keeps some (most of these words are anchors).
            Assert.True(removed > 1000 && kept > 1000, $"removed {removed}, kept {kept}");
        }
    }

    [Fact]
    public void FilterBlock_KeysAllSixteenWordsOfABlockOfShortWords_AndKeepsTheRest()
    {
        // 21 three-letter words in 64 characters ("qqq " repeated): none is an anchor, so the first 16 go, the others
        // (not keyed) stay, as does the one running on past the block.
        var body = string.Concat(Enumerable.Repeat("qqq ", 40));
        var (starts, actual) = Index.BlockStarts(body, 0);
        Assert.Equal(16, BitOperations.PopCount(starts));
        Assert.Equal(Expected(body, 0, starts), actual);
        if (KeywordIndex.BlockFilterSupported)
        {
            Assert.Equal(0UL, actual);
        }

        var denser = string.Concat(Enumerable.Repeat("qq ", 40)); // 21 words of two letters, shorter than every anchor
        var (denseStarts, denseActual) = Index.BlockStarts(denser, 0);
        Assert.Equal(Expected(denser, 0, denseStarts), denseActual);
    }

    [Theory]
    [InlineData("Honestly the whole thing is not working and we are losing money every hour, since Monday.", 0)]
    [InlineData("Honestly the whole thing is not working and we are losing money every hour, since Monday.", 20)]
    [InlineData("Die Anwendung ist kaputt und wir möchten kündigen, bitte sofort die Rechnung stornieren jetzt.", 0)]
    [InlineData("The account was charged twice for the annual plan and nothing works since the last release x", 0)]
    public void FilterBlock_MatchesThePerWordFilter_OnSentences(string sentence, int offset)
    {
        var body = new string(' ', offset) + sentence + " " + sentence;
        for (var block = 0; block + 64 <= body.Length; block += 64)
        {
            var (starts, actual) = Index.BlockStarts(body, block);
            Assert.Equal(Expected(body, block, starts), actual);
        }
    }

    [Fact]
    public void FilterBlock_KeepsEveryStart_OfABlockWithANonAsciiCharacterOrFewerThan64Characters()
    {
        var body = "qqq qqq qqq qqq qqq qqq qqq qqq qqq qqq qqq qqq qqq qqq qqq qqé";
        Assert.Equal(63, body.Length);
        var (starts, actual) = Index.BlockStarts(body + " ", 0);
        Assert.Equal(starts, actual);
        var (shortStarts, shortActual) = Index.BlockStarts("qqq qqq qqq", 0);
        Assert.Equal(shortStarts, shortActual);
    }

    /// <summary>
    /// What the block filter must keep: among the starts, the first 16 words that end inside the block (in order) are
    /// kept when the per-word filter lets them through; every other start is kept. A block that is not 64 ASCII
    /// characters, or a machine without the instructions, keeps every start.
    /// </summary>
    private static ulong Expected(string body, int block, ulong starts)
    {
        if (!KeywordIndex.BlockFilterSupported || block + 64 > body.Length || body.AsSpan(block, 64).ContainsAnyExceptInRange('\0', '\u007f'))
        {
            return starts;
        }

        var (result, keyed) = (0UL, 0);
        for (var bits = starts; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            var end = block + i;
            while (end < body.Length && KeywordIndex.IsWordChar(body[end]))
            {
                end++;
            }

            var inside = end < block + 64;
            if (!inside || keyed++ >= 16 || Index.PassesWordFilter(body.AsSpan(block + i, end - block - i)))
            {
                result |= 1UL << i;
            }
        }

        return result;
    }
}
