using System.Numerics;
using System.Runtime.InteropServices;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The anchor words of a <see cref="KeywordIndex"/> and their phrases laid out flat for the probe (issue 15, ninth speed
/// pass): a probe reads one slot of an open-addressed struct table, its phrases side by side in one struct array, and
/// their words from one character array, instead of following an anchor object, its phrase-id array, a phrase object,
/// its word array and a string per word.
/// </summary>
/// <remarks>
/// Why: with about 900 default phrases each probe's chain of small heap objects spread over the heap, and adding 250
/// phrases made the scan 11 % slower with the same number of probes (session 8). Here what one probe reads sits in a few
/// cache lines, in the order it reads it. Every word is stored once (compared case-insensitively), so an anchor word and
/// the same word in another phrase share their characters.
/// </remarks>
internal sealed class AnchorTable
{
    /// <summary>Every distinct phrase word once, back to back.</summary>
    private readonly char[] chars;

    /// <summary>The words of every phrase, in order, phrase after phrase (<see cref="PhraseEntry.Words"/> indexes it).</summary>
    private readonly WordRef[] words;

    /// <summary>The phrases, grouped by anchor word and in id order within an anchor.</summary>
    private readonly PhraseEntry[] phrases;

    /// <summary>Open-addressed on the anchor's hash; an empty slot has no phrases.</summary>
    private readonly Slot[] slots;

    /// <summary>Lays the phrases out; <paramref name="phraseWords"/>[i] and <paramref name="anchorOf"/>[i] are phrase i's words and the index of its anchor word.</summary>
    /// <param name="phraseWords">Each phrase's words (at least one).</param>
    /// <param name="anchorOf">Each phrase's anchor word.</param>
    /// <param name="groupOf">Each phrase's group.</param>
    /// <param name="hash">The case-insensitive hash of a word that the scan computes for the text's words.</param>
    public AnchorTable(IReadOnlyList<string[]> phraseWords, IReadOnlyList<int> anchorOf, IReadOnlyList<int> groupOf, Func<string, uint> hash)
    {
        var text = new List<char>();
        var wordAt = new Dictionary<string, WordRef>(StringComparer.OrdinalIgnoreCase);
        WordRef Store(string word)
        {
            if (!wordAt.TryGetValue(word, out var stored))
            {
                stored = new WordRef(text.Count, word.Length);
                text.AddRange(word);
                wordAt[word] = stored;
            }

            return stored;
        }

        var byAnchor = Enumerable.Range(0, phraseWords.Count)
            .GroupBy(i => phraseWords[i][anchorOf[i]], StringComparer.OrdinalIgnoreCase)
            .ToList();
        var wordList = new List<WordRef>();
        var phraseList = new List<PhraseEntry>();
        slots = new Slot[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)byAnchor.Count * 2))];
        foreach (var anchor in byAnchor)
        {
            var first = phraseList.Count;
            foreach (var id in anchor)
            {
                var (ws, a) = (phraseWords[id], anchorOf[id]);
                phraseList.Add(new PhraseEntry(
                    id, groupOf[id], wordList.Count, ws.Length, a, a > 0 ? ws[a - 1].Length : 0, a + 1 < ws.Length ? ws[a + 1].Length : 0));
                wordList.AddRange(ws.Select(Store));
            }

            var key = hash(anchor.Key);
            var slot = (int)key & (slots.Length - 1);
            while (slots[slot].Count != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = new Slot(key, Store(anchor.Key), first, phraseList.Count - first);
        }

        chars = [.. text];
        words = [.. wordList];
        phrases = [.. phraseList];
    }

    /// <summary>The number of distinct anchor words.</summary>
    public int AnchorCount => slots.Count(s => s.Count != 0);

    /// <summary>The number of characters stored for all the phrases' words (each distinct word once).</summary>
    public int CharCount => chars.Length;

    /// <summary>
    /// The phrases anchored on <paramref name="word"/> (compared <see cref="StringComparison.OrdinalIgnoreCase"/>),
    /// given its <paramref name="hash"/>; empty when it is no anchor.
    /// </summary>
    public ReadOnlySpan<PhraseEntry> PhrasesOf(ReadOnlySpan<char> word, uint hash)
    {
        var mask = slots.Length - 1;
        for (var i = (int)hash & mask; slots[i].Count != 0; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Hash == hash && KeywordIndex.SameWord(word, Text(slot.Word)))
            {
                return phrases.AsSpan(slot.First, slot.Count);
            }
        }

        return [];
    }

    /// <summary>A word of a phrase: the <paramref name="index"/>-th of <paramref name="phrase"/>'s words.</summary>
    public ReadOnlySpan<char> Word(in PhraseEntry phrase, int index) => Text(words[phrase.Words + index]);

    /// <summary>
    /// Whether the words after the phrase's anchor follow <paramref name="position"/> (the anchor's end), each after at
    /// least one separator; <paramref name="end"/> is where the last of them ends.
    /// </summary>
    public bool MatchesAfter(ReadOnlySpan<char> text, int position, in PhraseEntry phrase, out int end)
    {
        end = position;
        for (var w = phrase.Anchor + 1; w < phrase.Count; w++)
        {
            var start = end;
            while (start < text.Length && KeywordIndex.IsSeparator(text[start]))
            {
                start++;
            }

            if (start == end)
            {
                return false;
            }

            var wordEnd = KeywordIndex.EndOfWord(text, start);
            if (!KeywordIndex.SameWord(text[start..wordEnd], Word(phrase, w)))
            {
                return false;
            }

            end = wordEnd;
        }

        return true;
    }

    /// <summary>
    /// Whether the words before the phrase's anchor precede <paramref name="position"/> (the anchor's start), each before
    /// at least one separator; <paramref name="start"/> is where the first of them starts.
    /// </summary>
    public bool MatchesBefore(ReadOnlySpan<char> text, int position, in PhraseEntry phrase, out int start)
    {
        start = position;
        for (var w = phrase.Anchor - 1; w >= 0; w--)
        {
            var end = start;
            while (end > 0 && KeywordIndex.IsSeparator(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                return false;
            }

            var wordStart = end;
            while (wordStart > 0 && KeywordIndex.IsWordChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (!KeywordIndex.SameWord(text[wordStart..end], Word(phrase, w)))
            {
                return false;
            }

            start = wordStart;
        }

        return true;
    }

    private ReadOnlySpan<char> Text(WordRef word) => chars.AsSpan(word.Offset, word.Length);

    /// <summary>A word stored in <see cref="chars"/>.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct WordRef(int Offset, int Length);

    /// <summary>An anchor word: its hash, its characters, and its phrases (<see cref="First"/>, <see cref="Count"/> of <see cref="phrases"/>).</summary>
    private readonly record struct Slot(uint Hash, WordRef Word, int First, int Count);
}

/// <summary>
/// A phrase as the probe reads it (<see cref="AnchorTable"/>): its id and group, where its words start in the table and
/// how many it has, which of them is the anchor, and the lengths of the words next to the anchor (0: none).
/// </summary>
internal readonly record struct PhraseEntry(int Id, int Group, int Words, int Count, int Anchor, int BeforeLength, int AfterLength);
