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
/// A phrase is a sequence of words (runs of letters and digits). It matches where its words appear in order as whole
/// words of the text, separated by one or more separators (whitespace, <c>-</c>, <c>_</c>, <c>/</c>, apostrophes):
/// "production down" matches "Production-Down" and "production\n  down" but not "reproduction downtime".
/// <para>The scan is one pass. Word starts are found 32 (or 16) characters at a time with SIMD: a mask of letters and
/// digits, shifted against itself. Each phrase is anchored on its rarest-looking word (the longest that is not a common
/// English word: "bug" in "is this a bug", "workaround" in "have a workaround"), and an 8 KB bitmap keyed on a word's
/// first four and last characters (case-folded) and its length rejects almost every word of ordinary text without
/// hashing it. Only words that pass are hashed and looked up in a small open-addressed table of anchors; only real
/// anchors have the phrase's other words compared, forwards and backwards. Blocks with non-ASCII characters take a
/// scalar path with <see cref="char.IsLetterOrDigit(char)"/>. With AVX-512 (VBMI2) the bitmap test of an ASCII block's
/// words runs for the whole block at once, a few blocks ahead of the loop (<c>FilterBlock</c>, .NET 10), so the loop visits
/// only the words that pass.</para>
/// </remarks>
internal sealed partial class KeywordIndex
{
    private const int FilterBits = 16;

    /// <summary>Words too common to anchor a phrase on when the phrase has another word.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "is", "are", "was", "be", "been", "to", "of", "in", "on", "at", "for", "with", "and", "or", "not", "no", "it",
        "this", "that", "we", "our", "you", "your", "i", "my", "have", "has", "had", "can", "could", "would", "should", "will", "please",
        "do", "does", "did", "so", "if", "as", "by", "from", "up", "all", "any", "some", "using", "use", "t", "s", "api", "us",
    };

    private readonly Phrase[] phrases;
    private readonly ulong[] filter = new ulong[1 << (FilterBits - 6)];
    private readonly ulong[] neighbourFilter = new ulong[1 << (FilterBits - 6)];
    private readonly Anchor?[] table;
    private readonly int tableMask;
    private readonly int shortestAnchor;

    /// <summary>The filter key of the watched word (<see cref="KeywordIndex(IEnumerable{ValueTuple{int, string}}, int, string?)"/>), or −2 when there is none.</summary>
    private readonly int watchKey = -2;

    /// <summary>Compiles phrases, each tagged with the group (signal) it belongs to.</summary>
    /// <param name="entries">(group, phrase) pairs; a phrase may belong to several groups.</param>
    /// <param name="groupCount">The number of groups.</param>
    /// <param name="watch">
    /// A word of ASCII letters (at least four) that is no phrase of its own, whose places in a text
    /// <see cref="ScanAll(ReadOnlySpan{char}, Span{PhraseHit}, Span{ulong}, out int, Span{Range}, out int)"/> also
    /// reports (twelfth speed pass: the extractor's "all well since" rule found its "since" with a second search of
    /// the whole body); null for none.
    /// </param>
    public KeywordIndex(IEnumerable<(int Group, string Text)> entries, int groupCount, string? watch = null)
    {
        GroupCount = groupCount;
        phrases = [.. entries.Select(e => Words(e.Text) is { Length: > 0 } words
            ? NewPhrase(e.Group, e.Text, words, AnchorOf(words))
            : throw new ArgumentException($"The keyword \"{e.Text}\" has no word in it.", nameof(entries)))];
        var anchors = phrases
            .Select((p, i) => (Word: p.Words[p.Anchor], Id: i))
            .GroupBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Anchor(g.Key, Hash(g.Key, 0, g.Key.Length), [.. g.Select(p => p.Id)]))
            .ToList();
        shortestAnchor = anchors.Count == 0 ? 1 : Math.Min(4, anchors.Min(a => a.Text.Length));
        table = new Anchor?[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)anchors.Count * 4))];
        tableMask = table.Length - 1;
        foreach (var anchor in anchors)
        {
            var slot = (int)anchor.Hash & tableMask;
            while (table[slot] is not null)
            {
                slot = (slot + 1) & tableMask;
            }

            table[slot] = anchor;
            AddToFilter(anchor.Text);
            AddToNeighbourFilter(anchor);
        }

        if (watch is not null)
        {
            if (watch.Length < 4 || !watch.All(char.IsAsciiLetter))
            {
                throw new ArgumentException($"The watched word \"{watch}\" is not four or more ASCII letters.", nameof(watch));
            }

            // The word passes the per-word filter (so the scan returns it) but sets no neighbour bit of its own: no probe follows.
            watchKey = AnchorKey(watch);
            AddToFilter(watch);
            shortestAnchor = Math.Min(shortestAnchor, 4);
        }
    }

    /// <summary>The number of groups.</summary>
    public int GroupCount { get; }

    /// <summary>A phrase's text as the policy wrote it.</summary>
    public string PhraseText(int phraseId) => phrases[phraseId].Text;

    /// <summary>True when <paramref name="text"/> is a valid phrase: words separated only by separators.</summary>
    public static bool IsValidPhrase(string text) =>
        !string.IsNullOrWhiteSpace(text) && text.All(c => IsWordChar(c) || IsSeparator(c)) && text.Any(IsWordChar);

    /// <summary>
    /// Records, for each group without a hit yet, the first phrase found in <paramref name="text"/> (in the order of
    /// their anchor words): <c>hits[group] = (phraseId + 1) * mark</c>. Groups that already have a hit keep it.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="hits">One slot per group, 0 meaning no hit yet.</param>
    /// <param name="mark">1 or -1, so callers can tell which text a hit came from.</param>
    public void Scan(ReadOnlySpan<char> text, Span<int> hits, int mark)
    {
        var words = new CandidateWords(text, filter, neighbourFilter, watchKey, shortestAnchor, default);
        while (words.MoveNext())
        {
            if (words.MayHavePhrase)
            {
                Probe(text, words.Start, words.End, words.Near.Before, words.Near.After, hits, mark);
            }
        }
    }

    /// <summary>
    /// Records every phrase found in <paramref name="text"/>, in the order of their anchor words, up to the capacity of
    /// <paramref name="hits"/> (later ones are dropped). Same matching as <see cref="Scan"/>.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="hits">Where to write the hits.</param>
    /// <returns>The number of hits written.</returns>
    public int ScanAll(ReadOnlySpan<char> text, Span<PhraseHit> hits) => ScanAll(text, hits, default, out _);

    /// <summary>
    /// <see cref="ScanAll(ReadOnlySpan{char}, Span{PhraseHit})"/>, keeping the word masks it computes on the way
    /// (tenth speed pass): <c>masks[b]</c> is <see cref="WordMask"/>(<paramref name="text"/>, 64 × b) for every
    /// b &lt; <paramref name="blocks"/> (at most <c>masks.Length</c>; fewer when the hits fill up first), so the clause
    /// reader tokenises a sentence without computing them again.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="hits">Where to write the hits.</param>
    /// <param name="masks">Where to keep the word masks of the text's first 64-character blocks.</param>
    /// <param name="blocks">How many masks were kept, from the first block on.</param>
    /// <returns>The number of hits written.</returns>
    public int ScanAll(ReadOnlySpan<char> text, Span<PhraseHit> hits, Span<ulong> masks, out int blocks) =>
        ScanAll(text, hits, masks, out blocks, default, out _);

    /// <summary>
    /// <see cref="ScanAll(ReadOnlySpan{char}, Span{PhraseHit}, Span{ulong}, out int)"/>, also reporting the words of the
    /// text that may be the watched word (the constructor's <c>watch</c>): every word of the text that is the watched
    /// word ignoring case is among them, in order, with some others that share its filter key (the caller compares).
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="hits">Where to write the hits.</param>
    /// <param name="masks">Where to keep the word masks of the text's first 64-character blocks.</param>
    /// <param name="blocks">How many masks were kept, from the first block on.</param>
    /// <param name="watched">Where to write the places of the words that may be the watched word.</param>
    /// <param name="watchedCount">
    /// How many were written; −1 when the list is not complete (more than <paramref name="watched"/> holds, or the hits
    /// filled up before the end of the text), so the caller must search the text itself.
    /// </param>
    /// <returns>The number of hits written.</returns>
    public int ScanAll(ReadOnlySpan<char> text, Span<PhraseHit> hits, Span<ulong> masks, out int blocks, Span<Range> watched, out int watchedCount)
    {
        var count = 0;
        var found = 0;
        var complete = false;
        var words = new CandidateWords(text, filter, neighbourFilter, watchKey, shortestAnchor, masks);
        while (count < hits.Length)
        {
            if (!words.MoveNext())
            {
                complete = true;
                break;
            }

            var (start, end) = (words.Start, words.End);
            if (words.Key == watchKey)
            {
                if (found < watched.Length)
                {
                    watched[found] = start..end;
                }

                found++;
            }

            if (words.MayHavePhrase)
            {
                count = ProbeAll(text, start, end, words.Near.Before, words.Near.After, hits, count);
            }
        }

        blocks = words.Kept;
        watchedCount = complete && found <= watched.Length ? found : -1;
        return count;
    }

    /// <summary>The group a phrase belongs to.</summary>
    public int GroupOf(int phraseId) => phrases[phraseId].Group;

    // Out of line, as Probe: called for a few words in a hundred, and inlined it used up the JIT's inlining budget of
    // the scan loop, leaving the per-word filter (MayBeAnchor) a call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ProbeAll(ReadOnlySpan<char> text, int start, int end, int before, int after, Span<PhraseHit> hits, int count)
    {
        var hash = Hash(text, start, end);
        var word = text[start..end];
        for (var slot = (int)hash & tableMask; table[slot] is { } entry; slot = (slot + 1) & tableMask)
        {
            if (entry.Hash == hash && SameWord(word, entry.Text))
            {
                foreach (var id in entry.PhraseIds)
                {
                    var phrase = phrases[id];
                    if (count < hits.Length
                        && (phrase.BeforeLength == 0 || phrase.BeforeLength == before)
                        && (phrase.AfterLength == 0 || phrase.AfterLength == after)
                        && MatchesAfter(text, end, phrase.Words, phrase.Anchor, out var phraseEnd)
                        && MatchesBefore(text, start, phrase.Words, phrase.Anchor, out var phraseStart))
                    {
                        hits[count++] = new PhraseHit(id, phrase.Group, phraseStart, phraseEnd);
                    }
                }

                return count;
            }
        }

        return count;
    }

    private static bool MatchesAfter(ReadOnlySpan<char> text, int position, string[] words, int anchor, out int end)
    {
        end = position;
        for (var w = anchor + 1; w < words.Length; w++)
        {
            var start = end;
            while (start < text.Length && IsSeparator(text[start]))
            {
                start++;
            }

            if (start == end)
            {
                return false;
            }

            // The phrase's word, then no word character: the text's word is that word (ninth speed pass: its length is
            // known, so its end is tested, not searched for character by character).
            var wordEnd = start + words[w].Length;
            if (wordEnd > text.Length || !SameWord(text[start..wordEnd], words[w]) || (wordEnd < text.Length && IsWordChar(text[wordEnd])))
            {
                return false;
            }

            end = wordEnd;
        }

        return true;
    }

    private static bool MatchesBefore(ReadOnlySpan<char> text, int position, string[] words, int anchor, out int start)
    {
        start = position;
        for (var w = anchor - 1; w >= 0; w--)
        {
            var end = start;
            while (end > 0 && IsSeparator(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                return false;
            }

            // As in MatchesAfter: the phrase's word, with no word character before it.
            var wordStart = end - words[w].Length;
            if (wordStart < 0 || !SameWord(text[wordStart..end], words[w]) || (wordStart > 0 && IsWordChar(text[wordStart - 1])))
            {
                return false;
            }

            start = wordStart;
        }

        return true;
    }

    /// <summary>
    /// Positions followed by at least <paramref name="length"/> − 1 more word characters (up to 3), so words shorter than
    /// every anchor ("a", "to", "is" when no anchor is that short) are skipped without a look. The last positions of a
    /// block, whose following characters lie in the next block, are always kept.
    /// </summary>
    private static ulong LongEnough(ulong mask, int length) => length switch
    {
        <= 1 => ulong.MaxValue,
        2 => (mask >> 1) | (1UL << 63),
        3 => (mask >> 1) & (mask >> 2) | (3UL << 62),
        _ => (mask >> 1) & (mask >> 2) & (mask >> 3) | (7UL << 61),
    };

    /// <summary>
    /// The positions of a block's word mask where a word starts (not continuing a word from the previous block, whose last
    /// bit is <paramref name="afterWord"/>) and that is at least <paramref name="shortestAnchor"/> long (<see cref="LongEnough"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WordStarts(ulong mask, ulong afterWord, int shortestAnchor) =>
        mask & ~((mask << 1) | afterWord) & LongEnough(mask, shortestAnchor);

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

    /// <summary>
    /// The index of the word to anchor a phrase on: not a common word if possible, with digits if possible (codes such
    /// as 401 are rare in text), then the longest; the last of equals.
    /// </summary>
    internal static int AnchorOf(string[] words)
    {
        var best = 0;
        for (var i = 1; i < words.Length; i++)
        {
            if (Rank(words[i]) >= Rank(words[best]))
            {
                best = i;
            }
        }

        return best;

        static int Rank(string word) => (CommonWords.Contains(word) ? 0 : 1000) + (word.Any(char.IsDigit) ? 100 : 0) + word.Length;
    }

    /// <summary>Looks a word that passed the filter up in the anchor table and tries its phrases.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // see ProbeAll
    private void Probe(ReadOnlySpan<char> text, int start, int end, int before, int after, Span<int> hits, int mark)
    {
        var hash = Hash(text, start, end);
        var word = text[start..end];
        for (var slot = (int)hash & tableMask; table[slot] is { } entry; slot = (slot + 1) & tableMask)
        {
            if (entry.Hash == hash && SameWord(word, entry.Text))
            {
                foreach (var id in entry.PhraseIds)
                {
                    var phrase = phrases[id];
                    if (hits[phrase.Group] == 0
                        && (phrase.BeforeLength == 0 || phrase.BeforeLength == before)
                        && (phrase.AfterLength == 0 || phrase.AfterLength == after)
                        && MatchesAfter(text, end, phrase.Words, phrase.Anchor) && MatchesBefore(text, start, phrase.Words, phrase.Anchor))
                    {
                        hits[phrase.Group] = (id + 1) * mark;
                    }
                }

                return;
            }
        }
    }

    // The first four characters are in the key since the eleventh speed pass (it had the first two): ordinary words
    // sharing an anchor's first two and last letters and its length ("changed" and "checked" with "charged", "context")
    // passed the filter and, keyed as the anchor, its neighbour bitmap — 71 candidates and 28 probes for 7 finds in the
    // benchmark's body, 53 and 8 with four. The four are read as one 64-bit load (ReadHead).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterKey(ulong head, char last, int length) =>
        (int)(((head & 0x001F_001F_001F_001FUL) | ((ulong)(last & 0x1F) << 5) | ((ulong)Math.Min(length, 15) << 10)) * 0x9E3779B97F4A7C15UL
            >> (64 - FilterBits));

    /// <summary>Whether a character the filter key reads (<paramref name="head"/>'s four, <paramref name="last"/>) is not ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasNonAscii(ulong head, char last) => ((head | last) & 0xFF80_FF80_FF80_FF80UL) != 0;

    /// <summary>
    /// The first four characters of the word <c>text[start..start + length]</c>, character i in bits 16 i to 16 i + 15,
    /// zero past the word's end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadHead(ref char chars, int start, int length, int size)
    {
        if (start + 4 <= size && BitConverter.IsLittleEndian)
        {
            return Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, start))) & (ulong.MaxValue >> (16 * (4 - Math.Min(length, 4))));
        }

        return HeadOf(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref chars, start), Math.Min(length, 4)));
    }

    /// <summary>A word's first four characters as <see cref="ReadHead"/> packs them, one by one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a word at a text's very end: kept out of the scan's loop
    private static ulong HeadOf(ReadOnlySpan<char> word)
    {
        var head = 0UL;
        for (var i = 0; i < word.Length && i < 4; i++)
        {
            head |= (ulong)word[i] << (16 * i);
        }

        return head;
    }

    /// <summary>
    /// An anchor's filter key, case-folded as <see cref="StringComparison.OrdinalIgnoreCase"/> compares; −1 when a
    /// character it keys on stays non-ASCII in upper case (the text's word then has a non-ASCII character there too and
    /// skips the filter).
    /// </summary>
    private static int AnchorKey(string word)
    {
        var upper = word.ToUpperInvariant();
        var (head, last) = (HeadOf(upper), upper[^1]);
        return HasNonAscii(head, last) ? -1 : FilterKey(head, last, word.Length);
    }

    /// <summary>Sets an anchor's filter bit (none for a key of −1, see <see cref="AnchorKey"/>).</summary>
    private void AddToFilter(string word)
    {
        if (AnchorKey(word) is var key and >= 0)
        {
            filter[key >> 6] |= 1UL << key;
        }
    }

    /// <summary>
    /// A case-insensitive hash of a word from its length and its first three and last characters, each folded to
    /// upper case the way <see cref="StringComparison.OrdinalIgnoreCase"/> compares them, so equal words hash equally.
    /// </summary>
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
    private static uint Fold(char c) => c < 128 ? (uint)(c & 0xDF) : char.ToUpperInvariant(c);

    /// <summary>Bit i set when <c>text[block + i]</c> is a letter or digit, for 64 characters; bits past the end are clear.</summary>
    internal static ulong WordMask(ReadOnlySpan<char> text, int block)
    {
        if (block + 64 <= text.Length)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            if (Vector512.IsHardwareAccelerated)
            {
                var low = Vector512.LoadUnsafe(ref start, (nuint)block);
                var high = Vector512.LoadUnsafe(ref start, (nuint)block + 32);
                if (!Vector512.GreaterThanAny(low | high, Vector512.Create((ushort)127)))
                {
                    return WordBits(low) | (WordBits(high) << 32);
                }
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                var a = Vector256.LoadUnsafe(ref start, (nuint)block);
                var b = Vector256.LoadUnsafe(ref start, (nuint)block + 16);
                var c = Vector256.LoadUnsafe(ref start, (nuint)block + 32);
                var d = Vector256.LoadUnsafe(ref start, (nuint)block + 48);
                if (!Vector256.GreaterThanAny(a | b | c | d, Vector256.Create((ushort)127)))
                {
                    return WordBits(a) | (WordBits(b) << 16) | (WordBits(c) << 32) | (WordBits(d) << 48);
                }
            }
        }
        else if (block < text.Length && Vector256.IsHardwareAccelerated)
        {
            return TailMask(text, block);
        }

        var mask = 0UL;
        var length = Math.Min(64, text.Length - block);
        for (var i = 0; i < length; i++)
        {
            if (IsWordChar(text[block + i]))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    /// <summary>
    /// <see cref="WordMask"/> of a text's last, partial block (a subject, a sentence at the end of a body; eighth speed
    /// pass): the characters copied into a 64-character buffer cleared past them (a NUL is no word character), so the
    /// vector path reads them instead of a character loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SkipLocalsInit]
    private static ulong TailMask(ReadOnlySpan<char> text, int block)
    {
        Span<char> chars = stackalloc char[64];
        var rest = text[block..];
        rest.CopyTo(chars);
        chars[rest.Length..].Clear();
        return WordMask(chars, 0);
    }

    private static ulong WordBits(Vector512<ushort> chars) =>
        (Vector512.LessThanOrEqual((chars | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)25))
        | Vector512.LessThanOrEqual(chars - Vector512.Create((ushort)'0'), Vector512.Create((ushort)9))).ExtractMostSignificantBits();

    private static ulong WordBits(Vector256<ushort> chars) =>
        (Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25))
        | Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))).ExtractMostSignificantBits();

    /// <summary>Whether the words after the anchor follow <paramref name="position"/> (the anchor's end), each after at least one separator.</summary>
    private static bool MatchesAfter(ReadOnlySpan<char> text, int position, string[] words, int anchor) =>
        MatchesAfter(text, position, words, anchor, out _);

    /// <summary>Whether the words before the anchor precede <paramref name="position"/> (the anchor's start), each before at least one separator.</summary>
    private static bool MatchesBefore(ReadOnlySpan<char> text, int position, string[] words, int anchor) =>
        MatchesBefore(text, position, words, anchor, out _);

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of a text's characters with a word's (letters and
    /// digits), inlined for the usual case: ASCII letters and digits compared in place (equal, or the same letter in the
    /// other case); a mismatch on a non-ASCII character defers to the framework's comparison of the whole word. True only
    /// when every character of <paramref name="word"/> is a word character, as <paramref name="expected"/>'s are (a few
    /// non-letters equal a letter ignoring case, such as U+0345, whose upper case is Ι), so the phrase matchers can
    /// compare a span of the phrase word's length before they know it is a whole word.
    /// </summary>
    private static bool SameWord(ReadOnlySpan<char> word, string expected)
    {
        if (word.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var (a, b) = (word[i], expected[i]);
            if (a != b && ((a | b) > 127 || (a ^ b) != 0x20 || !char.IsAsciiLetter(a)))
            {
                return (a | b) > 127 && word.Equals(expected, StringComparison.OrdinalIgnoreCase) && AllWordChars(word);
            }
        }

        return true;
    }

    private static bool AllWordChars(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!IsWordChar(c))
            {
                return false;
            }
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

    internal static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c));

    /// <summary>Whitespace, <c>-</c>, <c>_</c>, <c>/</c> or an apostrophe (straight or curly); the common ASCII ones tested first.</summary>
    internal static bool IsSeparator(char c) => c is ' ' or '-' or '_' or '/' or '\'' or '\u2019' || char.IsWhiteSpace(c);

    /// <summary>
    /// The one SIMD pass shared by <see cref="Scan"/> and <see cref="ScanAll(ReadOnlySpan{char}, Span{PhraseHit}, Span{ulong}, out int)"/>: the words of a text, in order, that may
    /// be anchors. Word starts come 64 characters at a time from a mask of letters and digits shifted against itself;
    /// words shorter than every anchor are skipped, and an ASCII word whose first four and last characters and length
    /// miss the filter bitmap is rejected without hashing. Words with a non-ASCII character there always pass. A word
    /// that passes is then tested against the neighbour bitmap (<see cref="MayHavePhrase"/>) before it is returned;
    /// one with the watched word's key is returned either way.
    /// </summary>
    private ref struct CandidateWords
    {
        private readonly ReadOnlySpan<char> text;
        private readonly ulong[] filter;
        private readonly ulong[] neighbourFilter;
        private readonly int watchKey;
        private readonly int shortestAnchor;
        private int block;
        private ulong mask;
        private ulong starts;
        private ulong previousIsWord;

        /// <summary>The word mask of the block before this one (0 before the first), for the word before a candidate that starts near the block's start.</summary>
        private ulong previousMask;

        /// <summary>The word mask of the block after this one (read one block ahead), so a word running across the block's end ends by a bit count.</summary>
        private ulong nextMask;

        /// <summary>Where the word masks computed are kept, block by block from the first (may be empty).</summary>
        private readonly Span<ulong> masks;
#if NET10_0_OR_GREATER

        /// <summary>The next <see cref="AheadBlocks"/> blocks' <see cref="nextMask"/>, read ahead with their filtered starts (<see cref="FillAhead"/>).</summary>
        private AheadBuffer aheadNext;

        /// <summary>The next blocks' word starts, filtered by <see cref="FilterBlock"/>.</summary>
        private AheadBuffer aheadStarts;

        /// <summary>How many blocks <see cref="aheadNext"/> and <see cref="aheadStarts"/> hold, and how many of them were used.</summary>
        private int aheadCount, aheadUsed;
#endif

        public CandidateWords(ReadOnlySpan<char> text, ulong[] filter, ulong[] neighbourFilter, int watchKey, int shortestAnchor, Span<ulong> masks)
        {
            this.text = text;
            this.filter = filter;
            this.neighbourFilter = neighbourFilter;
            this.watchKey = watchKey;
            this.shortestAnchor = shortestAnchor;
            this.masks = masks;
            block = -64;
            nextMask = text.IsEmpty ? 0 : WordMask(text, 0);
            if (!text.IsEmpty && !masks.IsEmpty)
            {
                masks[0] = nextMask;
                Kept = 1;
            }
        }

        /// <summary>How many word masks are kept in the masks given, from the first block on.</summary>
        public int Kept;

        /// <summary>The candidate word found by <see cref="MoveNext"/>: its start (inclusive).</summary>
        public int Start;

        /// <summary>The candidate word's end (exclusive).</summary>
        public int End;

        /// <summary>The candidate word's filter key (<see cref="FilterKey"/>), or −1 when a character the key looks at is not ASCII.</summary>
        public int Key;

        /// <summary>The candidate word's neighbouring words (<see cref="Neighbours"/>).</summary>
        public Neighbourhood Near;

        /// <summary>Whether the neighbour bitmap lets the candidate through to a probe (<see cref="KeywordIndex.MayHavePhrase"/>); when false the word is the watched word's key.</summary>
        public bool MayHavePhrase;

        /// <summary>Moves to the next candidate word (<see cref="Start"/>, <see cref="End"/>, <see cref="Key"/>); false at the end of the text.</summary>
        /// <remarks>
        /// Out of line on purpose (session 7): the per-word loop then holds its state in registers, where inlined into the
        /// scan, whose probes are calls, the loop kept it on the stack. Nothing the loop keeps lives across a call: after
        /// a new block (<see cref="Refill"/>) or a word running on past the next block, its locals are read again. One
        /// call per word that passes the filter and the neighbour bitmap, or has the watched word's key (twelfth speed
        /// pass: a word the neighbour bitmap rejects — most anchors, ordinary words of multi-word phrases — no longer
        /// returns to the scan; 9 of the 2 KB benchmark body's ~60 filter passes are probed).
        /// </remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public bool MoveNext()
        {
            var bits = starts;
            var at = block;
            var words = mask;
            ref var chars = ref MemoryMarshal.GetReference(text);
            ref var table = ref MemoryMarshal.GetArrayDataReference(filter);
            while (true)
            {
                if (bits == 0)
                {
                    starts = 0;
                    if (!Refill())
                    {
                        return false;
                    }

                    (bits, at, words) = (starts, block, mask);
                    chars = ref MemoryMarshal.GetReference(text);
                    table = ref MemoryMarshal.GetArrayDataReference(filter);
                }

                var bit = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var s = at + bit;
                var rest = ~words >> bit;
                int e;
                if (rest != 0)
                {
                    e = s + BitOperations.TrailingZeroCount(rest);
                }
                else if (~nextMask is var more and not 0)
                {
                    e = at + 64 + BitOperations.TrailingZeroCount(more);
                }
                else
                {
                    starts = bits;
                    e = EndOfWordAfter(text, at + 128);
                    (bits, at, words) = (starts, block, mask);
                    chars = ref MemoryMarshal.GetReference(text);
                    table = ref MemoryMarshal.GetArrayDataReference(filter);
                }

                var head = ReadHead(ref chars, s, e - s, text.Length);
                var last = Unsafe.Add(ref chars, e - 1);
                var k = -1;
                if (HasNonAscii(head, last)
                    || (Unsafe.Add(ref table, (k = FilterKey(head, last, e - s)) >> 6) & (1UL << k)) != 0)
                {
                    // Twelfth speed pass: the neighbour bitmap here too, so a word none of whose phrases fits its
                    // neighbours (most anchors: ordinary words of multi-word phrases) costs no return to the scan.
                    starts = bits;
                    var near = Neighbours(s, e);
                    var probe = KeywordIndex.MayHavePhrase(neighbourFilter, k, near);
                    if (probe || k == watchKey)
                    {
                        (Start, End, Key, Near, MayHavePhrase) = (s, e, k, near, probe);
                        return true;
                    }

                    (bits, at, words) = (starts, block, mask);
                    chars = ref MemoryMarshal.GetReference(text);
                    table = ref MemoryMarshal.GetArrayDataReference(filter);
                }
            }
        }

        /// <summary>Reads blocks until one has a word start; false at the end of the text.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool Refill()
        {
            while (starts == 0)
            {
                if (!NextBlock())
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The neighbouring words (<see cref="WordBefore"/>, <see cref="WordAfter"/>) of the word just returned, read from the block's word mask in the usual
        /// case — one space on each side and the neighbouring word inside the block (after: or the next block) —, else from the text.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly Neighbourhood Neighbours(int start, int end)
        {
            // Each side on its own: a word before a comma or a full stop has its word before read from the mask still.
            int before, after;
            char beforeFirst, afterFirst;
            // Both sides as the word after below (ninth speed pass): the previous block's mask at hand, no call for a word
            // after an opening parenthesis or a quote.
            if (start > 0 && text[start - 1] == ' ' && RunBefore(start - block - 1) is var length and > 0)
            {
                before = length;
                beforeFirst = text[start - 1 - before];
            }
            else if (start == 0 || !IsSeparator(text[start - 1]))
            {
                (before, beforeFirst) = (-1, '\0');
            }
            else
            {
                (before, beforeFirst) = WordBefore(text, start);
            }

            // Ninth speed pass: the word after may run on into the next block (its mask is at hand), and a word before a
            // full stop or a comma has no word after without a call: 17 of the 42 anchor words of the 2 KB benchmark
            // body took WordAfter's call, 11 of them for a full stop or a comma, 6 for the block's end.
            if (end < text.Length && text[end] == ' ' && RunAt(end - block + 1) is var run and > 0)
            {
                after = run;
                afterFirst = text[end + 1];
            }
            else if (end == text.Length || !IsSeparator(text[end]))
            {
                (after, afterFirst) = (-1, '\0');
            }
            else
            {
                (after, afterFirst) = WordAfter(text, end);
            }

            return new Neighbourhood(before, after, beforeFirst, afterFirst);
        }

        /// <summary>
        /// The number of word characters from <c>block + <paramref name="position"/></c> on (0 ≤ position &lt; 128), read
        /// from this block's and the next block's word masks; −1 when they run on past the next block.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly int RunAt(int position)
        {
            if (position < 64)
            {
                var rest = ~mask >> position;
                return rest != 0 ? BitOperations.TrailingZeroCount(rest)
                    : ~nextMask is var more and not 0 ? 64 - position + BitOperations.TrailingZeroCount(more)
                    : -1;
            }

            var high = ~nextMask >> (position - 64);
            return high != 0 ? BitOperations.TrailingZeroCount(high) : -1;
        }

        /// <summary>
        /// The number of word characters just before <c>block + <paramref name="position"/></c> (−1 ≤ position &lt; 64),
        /// read from this block's and the previous block's word masks; −1 when they run on before the previous block.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly int RunBefore(int position)
        {
            if (position > 0)
            {
                var rest = ~mask << (64 - position); // the characters before the position, the nearest at the top
                return rest != 0 ? BitOperations.LeadingZeroCount(rest)
                    : ~previousMask is var more and not 0 ? position + BitOperations.LeadingZeroCount(more)
                    : -1;
            }

            var high = ~previousMask << -position;
            return high != 0 ? BitOperations.LeadingZeroCount(high) : -1;
        }

        private bool NextBlock()
        {
            block += 64;
            if (block >= text.Length)
            {
                return false;
            }

            previousMask = mask;
            mask = nextMask;
#if NET10_0_OR_GREATER
            // Thirteenth speed pass: the filter of a block's words at once, so the loop visits only the ones it lets
            // through; a few blocks ahead, so their vector work overlaps (one block's alone is a long dependency chain).
            if (BlockFilterSupported)
            {
                if (aheadUsed == aheadCount)
                {
                    FillAhead();
                }

                nextMask = aheadNext[aheadUsed];
                starts = aheadStarts[aheadUsed++];
                if (block + 64 < text.Length && (uint)Kept < (uint)masks.Length)
                {
                    masks[Kept++] = nextMask;
                }

                previousIsWord = mask >> 63;
                return true;
            }
#endif
            nextMask = block + 64 < text.Length ? WordMask(text, block + 64) : 0;
            if (block + 64 < text.Length && (uint)Kept < (uint)masks.Length)
            {
                masks[Kept++] = nextMask;
            }
            starts = WordStarts(mask, previousIsWord, shortestAnchor);
            previousIsWord = mask >> 63;
            return true;
        }
#if NET10_0_OR_GREATER

        /// <summary>
        /// Reads up to <see cref="AheadBlocks"/> blocks from the current one on: each one's next block's word mask, and its
        /// word starts (as the scalar path computes them) filtered by <see cref="FilterBlock"/>. The blocks do not depend
        /// on each other's vector work, so the processor runs it side by side.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void FillAhead()
        {
            var (current, afterWord, count) = (mask, previousIsWord, 0);
            for (var at = block; at < text.Length && count < AheadBlocks; at += 64, count++)
            {
                var next = at + 64 < text.Length ? WordMask(text, at + 64) : 0;
                aheadNext[count] = next;
                aheadStarts[count] = FilterBlock(text, at, WordStarts(current, afterWord, shortestAnchor), current, filter);
                (afterWord, current) = (current >> 63, next);
            }

            (aheadCount, aheadUsed) = (count, 0);
        }
#endif
    }

    /// <summary>The end of a word that runs on past two blocks (64 characters or more of it): <see cref="EndOfWord"/>, out of the scan's loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int EndOfWordAfter(ReadOnlySpan<char> text, int position) => EndOfWord(text, position);

    /// <summary>
    /// The length and first character of the word before an anchor that starts at <paramref name="start"/>, as
    /// <see cref="MatchesBefore(ReadOnlySpan{char}, int, string[], int)"/> would read it: before at least one separator,
    /// else −1 and '\0'. Found once per anchor (with <see cref="WordAfter"/>), so a phrase whose neighbouring word has
    /// another length or first letter is skipped with a bit test (such a word can never be equal).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // the uncommon case of the scan (punctuation, a block's edge): kept out of its loop
    private static (int Length, char First) WordBefore(ReadOnlySpan<char> text, int start)
    {
        var before = -1;
        var beforeFirst = '\0';
        var e = start;
        while (e > 0 && IsSeparator(text[e - 1]))
        {
            e--;
        }

        if (e < start)
        {
            var s = e;
            while (s > 0 && IsWordChar(text[s - 1]))
            {
                s--;
            }

            before = e - s;
            beforeFirst = before > 0 ? text[s] : '\0';
        }

        return (before, beforeFirst);
    }

    /// <summary>The length and first character of the word after an anchor that ends at <paramref name="end"/>, as <see cref="MatchesAfter(ReadOnlySpan{char}, int, string[], int)"/> would read it (see <see cref="WordBefore"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // see WordBefore
    private static (int Length, char First) WordAfter(ReadOnlySpan<char> text, int end)
    {
        var after = -1;
        var afterFirst = '\0';
        var b = end;
        while (b < text.Length && IsSeparator(text[b]))
        {
            b++;
        }

        if (b > end)
        {
            after = EndOfWord(text, b) - b;
            afterFirst = after > 0 ? text[b] : '\0';
        }

        return (after, afterFirst);
    }

    /// <summary>
    /// Whether a candidate word can be the anchor of a phrase whose neighbouring words are the ones found next to it
    /// (<see cref="CandidateWords.Neighbours"/>), before the word is hashed: the neighbour bitmap holds, per anchor key (as in the
    /// filter), "a one-word phrase" or the length and first letter of one neighbour every other phrase needs (most
    /// anchors are ordinary words — "time" of "time out", "request" of "like to request" — so the neighbour's length
    /// alone let about two thirds of the probes through for nothing). A word with a non-ASCII character where the key
    /// looks (<paramref name="key"/> −1), or a neighbour starting with one, always passes (as in the filter).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayHavePhrase(ulong[] neighbourFilter, int key, Neighbourhood near)
    {
        if (key < 0)
        {
            return true;
        }

        return IsSet(neighbourFilter, NeighbourKey(key, 2, 0, 0))
            || (near.After > 0 && (near.AfterFirst > 127 || IsSet(neighbourFilter, NeighbourKey(key, 1, near.After, near.AfterFirst & 0x1F))))
            || (near.Before > 0 && (near.BeforeFirst > 127 || IsSet(neighbourFilter, NeighbourKey(key, 0, near.Before, near.BeforeFirst & 0x1F))));
    }

    /// <summary>
    /// Marks, for an anchor, what its phrases need next to it: any word (a one-word phrase), else per phrase the length
    /// and first letter (case-folded: an ASCII character keeps its low 5 bits) of the word after it, or else before it.
    /// A neighbour starting with a character whose upper case is not ASCII marks every letter, so no word the phrase
    /// matches case-insensitively is rejected.
    /// </summary>
    private void AddToNeighbourFilter(Anchor anchor)
    {
        if (AnchorKey(anchor.Text) is not (var key and >= 0))
        {
            return;
        }

        foreach (var id in anchor.PhraseIds)
        {
            var phrase = phrases[id];
            var (side, length, neighbour) = phrase.AfterLength > 0 ? (1, phrase.AfterLength, phrase.Words[phrase.Anchor + 1])
                : phrase.BeforeLength > 0 ? (0, phrase.BeforeLength, phrase.Words[phrase.Anchor - 1])
                : (2, 0, string.Empty);
            var initial = neighbour.Length == 0 ? 0 : char.ToUpperInvariant(neighbour[0]);
            for (var letter = 0; letter < 32; letter++)
            {
                if (side == 2 ? letter == 0 : initial > 127 || letter == (initial & 0x1F))
                {
                    var bit = NeighbourKey(key, side, length, letter);
                    neighbourFilter[bit >> 6] |= 1UL << bit;
                }
            }
        }
    }

    private static int NeighbourKey(int key, int side, int length, int letter) =>
        (int)((uint)((((key * 97) + (side * 32) + Math.Min(length, 31)) * 32) + letter) * 0x85EBCA77u >> (32 - FilterBits));

    private static bool IsSet(ulong[] bits, int key) => (bits[key >> 6] & (1UL << key)) != 0;

    private static Phrase NewPhrase(int group, string text, string[] words, int anchor) =>
        new(group, text, words, anchor, anchor > 0 ? words[anchor - 1].Length : 0, anchor + 1 < words.Length ? words[anchor + 1].Length : 0);

    /// <summary>A compiled phrase; <paramref name="BeforeLength"/> and <paramref name="AfterLength"/> are the lengths of the words next to its anchor (0: none).</summary>
    private sealed record Phrase(int Group, string Text, string[] Words, int Anchor, int BeforeLength, int AfterLength);

    private sealed record Anchor(string Text, uint Hash, int[] PhraseIds);
}

/// <summary>The words next to a candidate anchor: their lengths (−1: none after a separator) and first characters.</summary>
internal readonly record struct Neighbourhood(int Before, int After, char BeforeFirst, char AfterFirst);

/// <summary>A phrase found in a text: which phrase, its group, and where (start inclusive, end exclusive).</summary>
internal readonly record struct PhraseHit(int Phrase, int Group, int Start, int End);

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
