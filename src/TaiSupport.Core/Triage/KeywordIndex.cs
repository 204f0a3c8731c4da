using System.Buffers;
using System.Collections.Immutable;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The policy's keyword phrases compiled once for fast, allocation-free matching of whole words and phrases,
/// case-insensitively (D11, D12).
/// </summary>
/// <remarks>
/// A phrase is a sequence of words (runs of letters and digits). It matches where its first word starts at a word
/// boundary, each following word comes after one or more separators (whitespace, <c>-</c>, <c>_</c>, <c>/</c>,
/// apostrophes), and its last word ends at a word boundary: "production down" matches "Production-Down" and
/// "production\n  down" but not "reproduction downtime". A vectorised <see cref="SearchValues{T}"/> over the
/// phrases' first words finds candidates; only there are the remaining words compared, so the cost is one pass
/// over the text plus a little work per candidate.
/// </remarks>
internal sealed class KeywordIndex
{
    private const string ApostropheLike = "'\u2019";
    private readonly Phrase[] phrases;
    private readonly SearchValues<string>? firstWords;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    /// <summary>Compiles phrases, each tagged with the group (signal) it belongs to.</summary>
    /// <param name="entries">(group, phrase) pairs; a phrase may belong to several groups.</param>
    /// <param name="groupCount">The number of groups.</param>
    public KeywordIndex(IEnumerable<(int Group, string Text)> entries, int groupCount)
    {
        GroupCount = groupCount;
        phrases = [.. entries.Select(e => new Phrase(e.Group, e.Text, Words(e.Text) is { Length: > 0 } words
            ? words
            : throw new ArgumentException($"The keyword \"{e.Text}\" has no word in it.", nameof(entries))))];
        var index = phrases
            .Select((p, i) => (First: p.Words[0], Id: i))
            .GroupBy(p => p.First, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToArray(), StringComparer.OrdinalIgnoreCase);
        byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWords = index.Count == 0 ? null : SearchValues.Create([.. index.Keys], StringComparison.OrdinalIgnoreCase);
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
        if (firstWords is null)
        {
            return;
        }

        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(firstWords);
            if (found < 0)
            {
                return;
            }

            var start = position + found;
            var end = EndOfWord(text, start);
            if ((start == 0 || !IsWordChar(text[start - 1])) && byFirstWord.TryGetValue(text[start..end], out var candidates))
            {
                foreach (var id in candidates)
                {
                    var group = phrases[id].Group;
                    if (hits[group] == 0 && MatchesRest(text, end, phrases[id].Words))
                    {
                        hits[group] = (id + 1) * mark;
                    }
                }
            }

            position = Math.Max(end, start + 1);
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
