using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The tokeniser's cue table (eighth speed pass: the full cue table without the cues a clause reading never takes from
/// its words) gives every word its full cue minus those, and <c>ClauseHas</c>, which looks those cues up again in the
/// full table, answers as a plain reading of the clause's words; the word-buffer clause reading still decides as the
/// text walk. Every cue word is in the vocabulary, so a cue word or cue added later is covered. The cue tables do not
/// depend on the policy's keywords.
/// </summary>
public sealed class ClauseCueTableTests
{
    private static readonly string[] Others =
    [
        "outage", "down", "losing", "money", "cancel", "broken", "503", "30%", "30ms", "$5k", "HTTP", "Ça", "ıf", "NOT", "Resolved",
        "week's", "yesterday's", "isn't", "don't", "3rd", "12", "s", "t", "Kündigung", "naïve", "STILL", "However", "p95", "xyzzy",
    ];

    private static readonly string[] Punctuation = [" ", " ", " ", " ", " ", ", ", ". ", "? ", "! ", "; ", "\n", ": ", " - ", "'", ".", "…"];

    [Fact]
    public void Every_cue_word_has_its_full_cue_less_the_unread_ones_in_the_tokenisers_table()
    {
        var words = TextSignalExtractor.CueWords().ToList();
        Assert.True(words.Count > 200, $"{words.Count} cue words");
        // Sentences of 12 words, so every clause fits the tokeniser's buffer and its reading is the one compared.
        var sentences = words.Chunk(12).Select(c => string.Join(' ', c) + ".").ToList();
        foreach (var text in new[] { string.Join(' ', sentences), string.Join(' ', sentences).ToUpperInvariant(), string.Join(' ', words) })
        {
            Assert.True(TextSignalExtractor.FirstClauseCueDisagreement(text) is null, TextSignalExtractor.FirstClauseCueDisagreement(text));
            Assert.True(TextSignalExtractor.FirstDisagreement(text) is null, TextSignalExtractor.FirstDisagreement(text));
        }
    }

    [Fact]
    public void Seeded_random_sentences_of_cue_words_read_the_same_with_the_tokenisers_table()
    {
        var vocabulary = TextSignalExtractor.CueWords().Concat(Others).ToArray();
        var random = new Random(815);
        for (var i = 0; i < 300; i++)
        {
            var text = new System.Text.StringBuilder();
            var count = random.Next(1, 30);
            for (var w = 0; w < count; w++)
            {
                var word = vocabulary[random.Next(vocabulary.Length)];
                text.Append(random.Next(4) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(Punctuation[random.Next(Punctuation.Length)]);
            }

            var sample = text.ToString();
            Assert.True(TextSignalExtractor.FirstClauseCueDisagreement(sample) is null, $"{TextSignalExtractor.FirstClauseCueDisagreement(sample)} in: {sample}");
            Assert.True(TextSignalExtractor.FirstDisagreement(sample) is null, $"{TextSignalExtractor.FirstDisagreement(sample)} in: {sample}");
        }
    }
}
