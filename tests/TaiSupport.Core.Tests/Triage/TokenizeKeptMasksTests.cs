using System.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The clause reader's tokeniser reads a sentence's words from the word masks the keyword scan kept for the text's
/// 64-character blocks (issue 15, tenth speed pass), computing a mask again only past them: on seeded random texts of
/// 0–9,000 characters (past the 8,192 the scan keeps), with long words across block ends, separators, punctuation and
/// non-ASCII letters, every range from an arbitrary start to an arbitrary end reads as the same words with the same cues
/// with the kept masks, without them, and by a plain character walk.
/// </summary>
public sealed class TokenizeKeptMasksTests
{
    private static readonly KeywordIndex Index = new(
        [.. KeywordGroups.Entries(TriagePolicy.Default.Keywords, [.. TriagePolicy.Default.ApiErrorKeywords.Keys], TriagePolicy.Default.ApiErrorKeywords)],
        KeywordGroups.SignalCount + TriagePolicy.Default.ApiErrorKeywords.Count);

    private static readonly string[] Words =
        ["the", "not", "never", "was", "yesterday", "but", "however", "if", "since", "fixed", "still", "down", "outage", "Kündigung",
         "naïve", "STRASSE", "ÉRROR", "x", "42", "ms", "we're", "doesn’t", "time", "out", "again"];

    [Fact]
    public void Tokenize_ReadsTheSameWordsWithAndWithoutTheScansMasks_OnRandomRanges()
    {
        var random = new Random(20261210);
        string[] glue = [" ", " ", " ", "  ", "-", "/", "'", "\n", "\t", ", ", ". ", "? ", "; ", " (", ") ", ":", "\u00a0"];
        var ranges = 0;
        for (var round = 0; round < 300; round++)
        {
            var text = Text(random, glue, round % 10 == 0 ? random.Next(8_000, 9_000) : random.Next(0, 400));
            var froms = new int[40];
            var tos = new int[40];
            for (var r = 0; r < froms.Length; r++)
            {
                froms[r] = random.Next(0, text.Length + 1);
                tos[r] = Math.Min(text.Length, froms[r] + random.Next(0, r % 4 == 0 ? 600 : 160));
            }

            Assert.Null(TextSignalExtractor.FirstTokenDisagreement(Index, text, froms, tos));
            ranges += froms.Length;
        }

        Assert.Equal(12_000, ranges);
    }

    private static string Text(Random random, string[] glue, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(random.Next(10) switch
            {
                0 => new string((char)('a' + random.Next(26)), random.Next(1, 150)),
                _ => Words[random.Next(Words.Length)],
            });
            text.Append(glue[random.Next(glue.Length)]);
        }

        return text.ToString();
    }
}
