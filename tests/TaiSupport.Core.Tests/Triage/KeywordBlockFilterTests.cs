using System.Numerics;
using System.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The keyword scan's per-word filter run over a whole 64-character block with AVX-512 (issue 15, thirteenth speed pass:
/// <see cref="KeywordIndex.FilterBlock"/>): on seeded random ASCII texts of phrase words, other words, digits and
/// separators, among the block's first 16 words that end inside it, it drops every word the per-word filter rejects
/// and keeps every word the scan's loop returns (filter, then the neighbour bitmap on the neighbours read from the text,
/// or the watched word's key), and it drops most of the words the neighbour bitmap rejects; it keeps every other start
/// (a word running on past the block, the 17th word on). A block with a non-ASCII character, or shorter than 64
/// characters, keeps every start. On a machine without the instructions the method keeps
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
        var (blocks, removed, kept, couldDrop, dropped) = (0, 0, 0, 0, 0);
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
                Check(body, block, starts, actual, ref couldDrop, ref dropped);
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

            // The neighbour test in the lanes drops some of what the loop's would: here most words have a neighbour after a
            // separator other than one space (hyphens, slashes, line breaks), which the loop reads from the text.
            Assert.True(dropped * 10 > couldDrop, $"dropped {dropped} of {couldDrop}");
        }
    }

    [Fact]
    public void FilterBlock_KeysAllSixteenWordsOfABlockOfShortWords_AndKeepsTheRest()
    {
        // 21 three-letter words in 64 characters ("qqq " repeated): none is an anchor, so the first 16 go, the others
        // (not keyed) stay, as does the one running on past the block.
        var body = string.Concat(Enumerable.Repeat("qqq ", 40));
        var (couldDrop, dropped) = (0, 0);
        var (starts, actual) = Index.BlockStarts(body, 0);
        Assert.Equal(16, BitOperations.PopCount(starts));
        Check(body, 0, starts, actual, ref couldDrop, ref dropped);
        if (KeywordIndex.BlockFilterSupported)
        {
            Assert.Equal(0UL, actual);
        }

        var denser = string.Concat(Enumerable.Repeat("qq ", 40)); // 21 words of two letters, shorter than every anchor
        var (denseStarts, denseActual) = Index.BlockStarts(denser, 0);
        Check(denser, 0, denseStarts, denseActual, ref couldDrop, ref dropped);
    }

    [Fact]
    public void FilterBlock_DropsMostWordsTheNeighbourBitmapRejects_InOrdinaryProse()
    {
        // Support-style sentences (as the benchmark's body): words one space apart, commas and full stops.
        string[] sentences =
        [
            "Hi team, we have been using the scheduling API for a few months and it has mostly been great.",
            "Since this morning some of our requests take much longer than usual and a few of them time out.",
            "We checked our own logs and the client library is on the latest version, nothing changed on our side.",
            "Could you please have a look at the request ids below and tell us what you see on your end?",
            "The dashboard shows the jobs as queued but the status never changes, even after an hour.",
            "Our customers are starting to notice, so any update would be appreciated as soon as possible.",
            "For context, we process around forty thousand events per day and the account is on the annual plan.",
            "Honestly the whole thing is not working and we are losing money every hour.",
        ];
        var body = string.Join(" ", sentences.Concat(sentences).Concat(sentences));
        var (couldDrop, dropped) = (0, 0);
        for (var block = 0; block + 64 <= body.Length; block += 64)
        {
            var (starts, actual) = Index.BlockStarts(body, block);
            Check(body, block, starts, actual, ref couldDrop, ref dropped);
        }

        Assert.True(couldDrop > 20, $"only {couldDrop} words for the neighbour test");
        if (KeywordIndex.BlockFilterSupported)
        {
            Assert.True(dropped * 4 > couldDrop * 3, $"dropped {dropped} of {couldDrop}");
        }
    }

    [Theory]
    [InlineData("Honestly the whole thing is not working and we are losing money every hour, since Monday.", 0)]
    [InlineData("Honestly the whole thing is not working and we are losing money every hour, since Monday.", 20)]
    [InlineData("Die Anwendung ist kaputt und wir möchten kündigen, bitte sofort die Rechnung stornieren jetzt.", 0)]
    [InlineData("The account was charged twice for the annual plan and nothing works since the last release x", 0)]
    public void FilterBlock_MatchesThePerWordFilter_OnSentences(string sentence, int offset)
    {
        var body = new string(' ', offset) + sentence + " " + sentence;
        var (couldDrop, dropped) = (0, 0);
        for (var block = 0; block + 64 <= body.Length; block += 64)
        {
            var (starts, actual) = Index.BlockStarts(body, block);
            Check(body, block, starts, actual, ref couldDrop, ref dropped);
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
    /// Checks what the block filter kept (<paramref name="actual"/>) of <paramref name="starts"/>: among the first 16
    /// words that end inside the block (in order), none the per-word filter rejects and every one the scan's loop returns;
    /// every other start. A block that is not 64 ASCII characters, or a machine without the instructions, keeps every
    /// start. Counts the words the neighbour test could drop (filter passed, loop does not return them) and did.
    /// </summary>
    private static void Check(string body, int block, ulong starts, ulong actual, ref int couldDrop, ref int dropped)
    {
        Assert.Equal(0UL, actual & ~starts);
        if (!KeywordIndex.BlockFilterSupported || block + 64 > body.Length || body.AsSpan(block, 64).ContainsAnyExceptInRange('\0', '\u007f'))
        {
            Assert.Equal(starts, actual);
            return;
        }

        var keyed = 0;
        for (var bits = starts; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            var (start, end) = (block + i, block + i);
            while (end < body.Length && KeywordIndex.IsWordChar(body[end]))
            {
                end++;
            }

            var kept = (actual >> i & 1) != 0;
            if (end >= block + 64 || keyed++ >= 16)
            {
                Assert.True(kept, $"block {block}: the word at {start} was not keyed, yet dropped");
            }
            else if (!Index.PassesWordFilter(body.AsSpan(start, end - start)))
            {
                Assert.False(kept, $"block {block}: \"{body[start..end]}\" fails the filter, yet kept");
            }
            else if (Index.ReturnsWord(body, start, end))
            {
                Assert.True(kept, $"block {block}: \"{body[start..end]}\" is returned by the loop, yet dropped");
            }
            else
            {
                couldDrop++;
                dropped += kept ? 0 : 1;
            }
        }
    }
}
