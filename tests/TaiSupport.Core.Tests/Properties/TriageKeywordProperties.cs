using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// The SIMD keyword scan agrees with a deliberately naive oracle — one regular expression per phrase — on random
/// texts built from keywords, near-misses, mixed case, non-ASCII letters and punctuation, at every alignment with the
/// scanner's 64-character SIMD blocks (half of the texts are pure ASCII, so whole blocks take the vector path).
/// </summary>
public sealed class TriageKeywordProperties
{
    private static readonly string[] Phrases =
    [
        "production down", "outage", "leaving", "canceling", "doesn't work", "401 unauthorized", "is this a bug", "kündigen", "x", "ab cd",
        "webhooks", "webhook",
    ];

    private static readonly string[] Pieces =
    [
        "production", "PRODUCTION", "down", "Down", "downtime", "reproduction", "outage", "outages", "OUTAGE", "leaving", "leavings", "canceling",
        "doesn't", "doesn\u2019t", "doesn", "work", "works", "401", "4401", "unauthorized", "is", "this", "a", "bug", "debug", "Kündigen", "KÜNDIGEN",
        "kündigenx", "x", "X", "xx", "ab", "cd", "webhook", "webhooks", "é", "✓", "—",
        " ", " ", " ", "  ", "\n", "-", "_", "/", "'", "\u2019", ".", ",", "(", ")", "!",
    ];

    private static readonly KeywordIndex Index = new(Phrases.Select((p, i) => (i, p)), Phrases.Length);

    private static readonly Regex[] Oracle =
    [
        .. Phrases.Select(p => new Regex(
            @"(?<![\p{L}\p{Nd}])" + string.Join(@"[\s\-_/'\u2019]+", KeywordIndex.Words(p).Select(Regex.Escape)) + @"(?![\p{L}\p{Nd}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
    ];

    private static Gen<string> Text { get; } =
        from pad in Gen.Choose(0, 70)
        from ascii in Gen.Elements(true, false)
        from pieces in Gen.ListOf(Gen.Elements(ascii ? [.. Pieces.Where(p => p.All(char.IsAscii))] : Pieces))
        select new string(' ', pad) + string.Concat(pieces);

    [Property(MaxTest = 800)]
    public Property Scan_FindsExactlyThePhrasesTheRegexOracleFinds() =>
        Prop.ForAll(Arb.From(Text), text => Agrees(Index, Enumerable.Range(0, Phrases.Length).ToArray(), text));

    [Property(MaxTest = 400)]
    public Property Scan_WithOnlyLongAnchors_SkipsShortWordsButStillAgrees() =>
        Prop.ForAll(Arb.From(Text), text => Agrees(LongAnchors, LongAnchorPhrases, text).And(Agrees(LongerAnchors, LongerAnchorPhrases, text)));

    // Without "x" and "ab cd" the shortest anchor has 3 characters ("bug", "401"); without those too, 4 or more.
    private static readonly int[] LongAnchorPhrases = [.. Enumerable.Range(0, Phrases.Length).Where(i => Phrases[i] is not ("x" or "ab cd"))];
    private static readonly int[] LongerAnchorPhrases = [.. LongAnchorPhrases.Where(i => Phrases[i] is not ("is this a bug" or "401 unauthorized"))];
    private static readonly KeywordIndex LongAnchors = new(LongAnchorPhrases.Select(i => (i, Phrases[i])), Phrases.Length);
    private static readonly KeywordIndex LongerAnchors = new(LongerAnchorPhrases.Select(i => (i, Phrases[i])), Phrases.Length);

    private static Property Agrees(KeywordIndex index, int[] phraseIds, string text)
    {
        var hits = new int[Phrases.Length];
        index.Scan(text, hits, 1);
        var found = phraseIds.Where(i => hits[i] != 0).ToArray();
        var expected = phraseIds.Where(i => Oracle[i].IsMatch(text)).ToArray();
        return found.SequenceEqual(expected).Label($"scan {string.Join(",", found.Select(i => Phrases[i]))}; oracle {string.Join(",", expected.Select(i => Phrases[i]))}");
    }
}
