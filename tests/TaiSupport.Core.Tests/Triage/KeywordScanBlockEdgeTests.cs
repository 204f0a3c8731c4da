using System.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The keyword scan reads a text 64 characters at a time and finds where a word ends from the next block's word mask
/// (issue 15, seventh speed pass): on seeded random texts full of the default phrases, words of 1–200 characters that run
/// across one or two block ends, separators, punctuation and non-ASCII letters, <see cref="KeywordIndex.ScanAll(ReadOnlySpan{char}, Span{PhraseHit})"/> finds
/// exactly the phrases a word-by-word reading of the definition finds (whole words, in order, separated only by
/// separators, compared <see cref="StringComparison.OrdinalIgnoreCase"/>), in the order of their anchor words.
/// </summary>
public sealed class KeywordScanBlockEdgeTests
{
    private static readonly (int Group, string Text)[] Entries = [.. KeywordGroups.Entries(
        TriagePolicy.Default.Keywords, [.. TriagePolicy.Default.ApiErrorKeywords.Keys], TriagePolicy.Default.ApiErrorKeywords)];

    private static readonly KeywordIndex Index = new(Entries, KeywordGroups.SignalCount + TriagePolicy.Default.ApiErrorKeywords.Count);

    private static readonly string[][] PhraseWords = [.. Entries.Select(e => KeywordIndex.Words(e.Text))];

    [Fact]
    public void ScanAll_FindsWhatAWordByWordReadingFinds_OnRandomTextsWithLongWordsAcrossBlockEnds()
    {
        var random = new Random(20261207);
        var vocabulary = PhraseWords.SelectMany(w => w).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        string[] glue = [" ", " ", " ", "  ", "-", "_", "/", "'", "\u2019", "\n", "\t", ", ", ". ", "; ", " (", ") ", ":"];
        var checkedHits = 0;
        for (var round = 0; round < 400; round++)
        {
            var text = RandomText(random, vocabulary, glue, random.Next(0, 700));
            var expected = Reference(text);
            Span<PhraseHit> buffer = new PhraseHit[4096];
            var count = Index.ScanAll(text, buffer);
            var actual = buffer[..count].ToArray().Select(h => (h.Phrase, h.Start, h.End)).ToList();
            Assert.True(expected.SetEquals(actual), $"round {round}: {Describe(text, expected, actual)}");
            Assert.Equal(expected.Count, actual.Count);

            // In the order of their anchor words (the evidence shows the first find of a group).
            var anchors = buffer[..count].ToArray().Select(h => AnchorStart(text, h)).ToList();
            Assert.Equal(anchors.Order(), anchors);
            checkedHits += count;
        }

        Assert.True(checkedHits > 1000, $"only {checkedHits} hits checked");
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    public void ScanAll_FindsAPhraseRightAfterALongWordEndingNearABlockEnd(int length)
    {
        var text = new string('x', length) + " production down and " + new string('y', length + 70) + " outage";
        Span<PhraseHit> buffer = new PhraseHit[16];
        var count = Index.ScanAll(text, buffer);
        Assert.Equal(["production down", "outage"], buffer[..count].ToArray().Select(h => Index.PhraseText(h.Phrase)));
    }

    private static string RandomText(Random random, string[] vocabulary, string[] glue, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var pick = random.Next(100);
            var word = pick switch
            {
                < 45 => vocabulary[random.Next(vocabulary.Length)],
                < 60 => string.Join(' ', PhraseWords[random.Next(PhraseWords.Length)]),
                < 70 => new string((char)('a' + random.Next(26)), random.Next(1, 200)),
                < 78 => random.Next(100, 600).ToString(System.Globalization.CultureInfo.InvariantCulture),
                < 84 => "Kündigen",
                < 88 => "ÉRROR",
                _ => "word",
            };
            if (random.Next(4) == 0)
            {
                word = word.ToUpperInvariant();
            }

            text.Append(word).Append(glue[random.Next(glue.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Every (phrase, start, end) the definition finds, reading the text word by word.</summary>
    private static HashSet<(int Phrase, int Start, int End)> Reference(string text)
    {
        var words = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            if (!KeywordIndex.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && KeywordIndex.IsWordChar(text[i]))
            {
                i++;
            }

            words.Add((start, i));
        }

        var found = new HashSet<(int, int, int)>();
        for (var p = 0; p < PhraseWords.Length; p++)
        {
            var phrase = PhraseWords[p];
            for (var w = 0; w + phrase.Length <= words.Count; w++)
            {
                var matches = true;
                for (var k = 0; k < phrase.Length && matches; k++)
                {
                    var (s, e) = words[w + k];
                    matches = text.AsSpan(s, e - s).Equals(phrase[k], StringComparison.OrdinalIgnoreCase)
                        && (k == 0 || text.AsSpan(words[w + k - 1].End, s - words[w + k - 1].End).ToArray().All(KeywordIndex.IsSeparator));
                }

                if (matches)
                {
                    found.Add((p, words[w].Start, words[w + phrase.Length - 1].End));
                }
            }
        }

        return found;
    }

    /// <summary>Where a hit's anchor word starts in the text: its phrase's words before the anchor skipped from the hit's start.</summary>
    private static int AnchorStart(string text, PhraseHit hit)
    {
        var i = hit.Start;
        for (var k = KeywordIndex.AnchorOf(PhraseWords[hit.Phrase]); k > 0; k--)
        {
            while (KeywordIndex.IsWordChar(text[i]))
            {
                i++;
            }

            while (!KeywordIndex.IsWordChar(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static string Describe(string text, HashSet<(int Phrase, int Start, int End)> expected, List<(int Phrase, int Start, int End)> actual) =>
        $"missing [{string.Join(", ", expected.Except(actual).Select(h => $"{Entries[h.Phrase].Text}@{h.Start}"))}], " +
        $"extra [{string.Join(", ", actual.Except(expected).Select(h => $"{Entries[h.Phrase].Text}@{h.Start}"))}] in \"{text}\"";
}
