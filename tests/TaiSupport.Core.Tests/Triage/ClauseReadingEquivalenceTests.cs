using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The fast clause reading (the sentence read once into a word buffer with packed cue look-ups) decides exactly as the
/// text-walking reading it replaced, which stays as the fallback for sentences the buffer cannot hold.
/// </summary>
public sealed class ClauseReadingEquivalenceTests
{
    private static readonly string[] Vocabulary =
    [
        "not", "no", "never", "isn't", "don't", "was", "were", "had", "ago", "still", "again", "now", "since", "resolved",
        "fixed", "if", "would", "in", "case", "ever", "last", "week's", "yesterday's", "after", "the", "outage", "down",
        "but", "however", "though", "on", "March", "3rd", "12", "is", "there", "an", "what", "we", "are", "losing", "money",
        "cancel", "account", "leaving", "broken", "error", "503", "30%", "30ms", "$5k", "HTTP", "Ça", "ıf", "NOT", "Resolved",
        "api", "calls", "fail", "typo", "docs", "a", "s", "t", "today", "earlier", "previous", "whether", "could",
    ];

    private static readonly string[] Punctuation = [" ", " ", " ", " ", ", ", ". ", "? ", "! ", "; ", "\n", ": ", " - ", "'", ".", "…", " ("];

    [Fact]
    public void Seeded_random_sentences_read_the_same_both_ways()
    {
        var random = new Random(1515);
        for (var i = 0; i < 400; i++)
        {
            var text = new System.Text.StringBuilder();
            var words = random.Next(1, 40);
            for (var w = 0; w < words; w++)
            {
                text.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(Punctuation[random.Next(Punctuation.Length)]);
            }

            var sample = text.ToString();
            Assert.True(TextSignalExtractor.FirstDisagreement(sample) is null, $"{TextSignalExtractor.FirstDisagreement(sample)} in: {sample}");
        }
    }

    [Theory]
    [InlineData("The outage last week was resolved, but the API is down again now?")]
    [InlineData("If the API ever goes down we would be losing money; it is not down.")]
    [InlineData("Yesterday's outage on March 3rd: after the fix, 30% of calls still fail with HTTP 503.")]
    [InlineData("Big simulations are never finishing (stuck in Running for 12 hours), the export is not (broken) either.")]
    [InlineData("Is there a bulk export? If not, please consider adding one. No, the nightly export fails.")]
    public void Corpus_style_sentences_read_the_same_both_ways(string text) =>
        Assert.Null(TextSignalExtractor.FirstDisagreement(text));
}
