using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The policy's keyword phrases compiled once for fast, allocation-free matching of whole words and phrases,
/// case-insensitively (D11, D12).
/// </summary>
/// <remarks>
/// A phrase is a sequence of words (runs of letters and digits). It matches where its first word is a whole word of
/// the text, each following word comes after one or more separators (whitespace, <c>-</c>, <c>_</c>, <c>/</c>,
/// apostrophes), and its last word ends at a word boundary: "production down" matches "Production-Down" and
/// "production\n  down" but not "reproduction downtime".
/// <para>The scan is one pass. Word starts are found 16 characters at a time with SIMD (a mask of letters and digits,
/// shifted against itself). A 2 KB bitmap keyed on each word's first and last characters (case-folded) and length
/// rejects almost every word of ordinary text without hashing it. Only the words that pass are hashed and probe a
/// small open-addressed table of first words, and only real first words have their remaining words compared. Blocks
/// with non-ASCII characters take a scalar path with <see cref="char.IsLetterOrDigit(char)"/>.</para>
/// </remarks>
internal sealed class KeywordIndex
{
    private const string ApostropheLike = "'\u2019";
    private const int BlockLength = 16;
    private const int FilterBits = 14;
    private readonly Phrase[] phrases;
    private readonly ulong[] filter = new ulong[1 << (FilterBits - 6)];
    private readonly FirstWord?[] table;
    private readonly int tableMask;

    /// <summary>Compiles phrases, each tagged with the group (signal) it belongs to.</summary>
    /// <param name="entries">(group, phrase) pairs; a phrase may belong to several groups.</param>
    /// <param name="groupCount">The number of groups.</param>
    public KeywordIndex(IEnumerable<(int Group, string Text)> entries, int groupCount)
    {
        GroupCount = groupCount;
        phrases = [.. entries.Select(e => new Phrase(e.Group, e.Text, Words(e.Text) is { Length: > 0 } words
            ? words
            : throw new ArgumentException($"The keyword \"{e.Text}\" has no word in it.", nameof(entries))))];
        var firstWords = phrases
            .Select((p, i) => (First: p.Words[0], Id: i))
            .GroupBy(p => p.First, StringComparer.OrdinalIgnoreCase)
            .Select(g => new FirstWord(g.Key, Hash(g.Key, 0, g.Key.Length), [.. g.Select(p => p.Id)]))
            .ToList();
        table = new FirstWord?[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)firstWords.Count * 4))];
        tableMask = table.Length - 1;
        foreach (var word in firstWords)
        {
            var slot = (int)word.Hash & tableMask;
            while (table[slot] is not null)
            {
                slot = (slot + 1) & tableMask;
            }

            table[slot] = word;
            AddToFilter(word.Text);
        }
    }

    /// <summary>The number of groups.</summary>
    public int GroupCount { get; }

    /// <summary>A phrase's text as the policy wrote it.</summary>
    public string PhraseText(int phraseId) => phrases[phraseId].Text;

    /// <summary>The group a phrase belongs to.</summary>
    public int GroupOf(int phraseId) => phrases[phraseId].Group;

    /// <summary>True when <paramref name="text"/> is a valid phrase: words separated only by separators.</summary>
    public static bool IsValidPhrase(string text) =>
        !string.IsNullOrWhiteSpace(text) && text.All(c => IsWordChar(c) || IsSeparator(c)) && text.Any(IsWordChar);

    /// <summary>
    /// Records, for each group without a hit yet, the first phrase found in <paramref name="text"/>:
    /// <c>hits[group] = (phraseId + 1) * mark</c>. Groups that already have a hit keep it.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="hits">One slot per group, 0 meaning no hit yet.</param>
    /// <param name="mark">1 or -1, so callers can tell which text a hit came from.</param>
    public void Scan(ReadOnlySpan<char> text, Span<int> hits, int mark)
    {
        var previousIsWord = 0u;
        for (var block = 0; block < text.Length; block += BlockLength)
        {
            var mask = WordMask(text, block);
            var starts = mask & ~((mask << 1) | previousIsWord);
            previousIsWord = (mask >> (BlockLength - 1)) & 1;
            while (starts != 0)
            {
                var bit = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                var start = block + bit;
                var end = start + BitOperations.TrailingZeroCount(~mask >> bit);
                if (end == block + BlockLength)
                {
                    end = EndOfWord(text, end);
                }

                // The filter: a word's first and last characters (ASCII letters and digits keep 5 bits, case-folded)
                // and its length. A non-ASCII character at either end skips the filter and goes to the exact lookup.
                var first = text[start];
                var last = text[end - 1];
                if ((first | last) > 127 || Passes(first, last, end - start))
                {
                    Probe(text, start, end, hits, mark);
                }
            }
        }
    }

    /// <summary>The words of a phrase, in order.</summary>
    public static string[] Words(string phrase)
    {
        var words = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            if (IsWordChar(phrase[i]))
            {
                var end = EndOfWord(phrase, i);
                words.Add(phrase[i..end]);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return [.. words];
    }

    /// <summary>Looks a word that passed the filter up in the first-word table and tries its phrases.</summary>
    private void Probe(ReadOnlySpan<char> text, int start, int end, Span<int> hits, int mark)
    {
        var hash = Hash(text, start, end);
        var word = text[start..end];
        for (var slot = (int)hash & tableMask; table[slot] is { } entry; slot = (slot + 1) & tableMask)
        {
            if (entry.Hash == hash && word.Equals(entry.Text, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var id in entry.PhraseIds)
                {
                    var group = phrases[id].Group;
                    if (hits[group] == 0 && MatchesRest(text, end, phrases[id].Words))
                    {
                        hits[group] = (id + 1) * mark;
                    }
                }

                return;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Passes(char first, char last, int length)
    {
        var key = (((first & 0x1F) << 5) | (last & 0x1F)) << 4 | Math.Min(length, 15);
        return (filter[key >> 6] & (1UL << key)) != 0;
    }

    /// <summary>Sets the filter bit of a first word, unless an end character stays non-ASCII in upper case (the text's word then has a non-ASCII end too and skips the filter).</summary>
    private void AddToFilter(string word)
    {
        var first = char.ToUpperInvariant(word[0]);
        var last = char.ToUpperInvariant(word[^1]);
        if ((first | last) <= 127)
        {
            var key = (((first & 0x1F) << 5) | (last & 0x1F)) << 4 | Math.Min(word.Length, 15);
            filter[key >> 6] |= 1UL << key;
        }
    }

    /// <summary>
    /// A case-insensitive hash of a word from its length and its first three and last characters, each folded to
    /// upper case the way <see cref="StringComparison.OrdinalIgnoreCase"/> compares them, so equal words hash equally.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> text, int start, int end)
    {
        var length = end - start;
        var hash = (uint)length;
        hash = (hash * 31) + Fold(text[start]);
        hash = (hash * 31) + (length > 1 ? Fold(text[start + 1]) : 0);
        hash = (hash * 31) + (length > 2 ? Fold(text[start + 2]) : 0);
        hash = (hash * 31) + Fold(text[end - 1]);
        return hash * 0x9E3779B1u;
    }

    /// <summary>Upper case for letters (ASCII by clearing bit 5: words hold only letters and digits), invariant upper case otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => c < 128 ? (uint)(c & 0xDF) : char.ToUpperInvariant(c);

    /// <summary>Bit i set when <c>text[block + i]</c> is a letter or digit; bits past the end are clear.</summary>
    private static uint WordMask(ReadOnlySpan<char> text, int block)
    {
        if (Vector256.IsHardwareAccelerated && block + BlockLength <= text.Length)
        {
            var chars = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)block);
            if (Vector256.GreaterThanAny(chars, Vector256.Create((ushort)127)) == false)
            {
                var letter = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
                var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                return (letter | digit).ExtractMostSignificantBits();
            }
        }

        var mask = 0u;
        var length = Math.Min(BlockLength, text.Length - block);
        for (var i = 0; i < length; i++)
        {
            if (IsWordChar(text[block + i]))
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    private static bool MatchesRest(ReadOnlySpan<char> text, int position, string[] words)
    {
        for (var w = 1; w < words.Length; w++)
        {
            var start = position;
            while (start < text.Length && IsSeparator(text[start]))
            {
                start++;
            }

            if (start == position)
            {
                return false;
            }

            var end = EndOfWord(text, start);
            if (!text[start..end].Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            position = end;
        }

        return true;
    }

    private static int EndOfWord(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c));

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '_' or '/' || ApostropheLike.Contains(c);

    private sealed record Phrase(int Group, string Text, string[] Words);

    private sealed record FirstWord(string Text, uint Hash, int[] PhraseIds);
}

/// <summary>Helpers shared by the policy validator and the index.</summary>
internal static class KeywordGroups
{
    /// <summary>The number of <see cref="KeywordSignal"/> values; API-error groups come after them.</summary>
    public static readonly int SignalCount = Enum.GetValues<KeywordSignal>().Length;

    /// <summary>The (group, phrase) entries of a policy: signal groups first, then one group per API error code in <paramref name="codes"/> order.</summary>
    public static IEnumerable<(int Group, string Text)> Entries(
        ImmutableDictionary<KeywordSignal, ImmutableArray<string>> keywords,
        ImmutableArray<string> codes,
        ImmutableSortedDictionary<string, ImmutableArray<string>> apiErrorKeywords)
    {
        foreach (var (signal, list) in keywords.OrderBy(p => p.Key))
        {
            foreach (var phrase in list.IsDefault ? [] : list)
            {
                yield return ((int)signal, phrase);
            }
        }

        for (var c = 0; c < codes.Length; c++)
        {
            foreach (var phrase in apiErrorKeywords[codes[c]] is { IsDefault: false } list ? list : [])
            {
                yield return (SignalCount + c, phrase);
            }
        }
    }
}
