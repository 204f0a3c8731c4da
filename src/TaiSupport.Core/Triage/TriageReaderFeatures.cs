using System.Runtime.InteropServices;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The second reader's features (docs/triage-and-escalation.md, "The second reader"): the lower-cased words
/// (<c>[a-z0-9]+</c>, with an <c>'s</c>-style suffix kept) and word pairs of the subject (marked apart) and the body, and
/// the tier — each as a 64-bit hash of its lower-cased text under a seed for its place (<see cref="Word"/>; a pair's
/// hash combines its words', <see cref="Pair"/>), computed from the text's spans without building a string.
/// </summary>
internal static class TriageReaderFeatures
{
    /// <summary>The most words (subject, then body) read: longer texts stop there, so reading costs at most this many words.</summary>
    public const int MaxWords = 64;

    /// <summary>The seed of body words.</summary>
    public const ulong BodySeed = 0x243F6A8885A308D3UL;

    /// <summary>The seed of subject words (marked apart from the body's).</summary>
    public const ulong SubjectSeed = 0x13198A2E03707344UL;

    /// <summary>The seed of the tier feature.</summary>
    public const ulong TierSeed = 0xA4093822299F31D0UL;

    private const ulong K1 = 0x9E3779B97F4A7C15UL, K2 = 0xD6E8FEB86659FD93UL;

    /// <summary>"starter", "professional", "enterprise" under <see cref="TierSeed"/>, by <see cref="Tier"/> value.</summary>
    private static readonly ulong[] TierFeatures = [.. Enum.GetNames<Tier>().Select(n => Word(TierSeed, n))];

    /// <summary>Receives each feature hash of a ticket, duplicates included.</summary>
    public interface ISink
    {
        /// <summary>One feature.</summary>
        /// <param name="feature">Its hash.</param>
        void Add(ulong feature);
    }

    /// <summary>
    /// The hash of one word (ASCII letters, digits and apostrophes) under a seed, lower-cased as it is read: four
    /// characters at a time (OR 0x20 lower-cases a letter and leaves digits and apostrophes as they are), one multiply each.
    /// </summary>
    /// <param name="seed">The word's place: <see cref="SubjectSeed"/>, <see cref="BodySeed"/> or <see cref="TierSeed"/>.</param>
    /// <param name="word">The word's characters.</param>
    /// <returns>The hash.</returns>
    public static ulong Word(ulong seed, ReadOnlySpan<char> word)
    {
        var h = seed ^ ((ulong)word.Length * K1);
        var chunks = MemoryMarshal.Cast<char, ulong>(word);
        foreach (var chunk in chunks)
        {
            h = (h ^ (chunk | 0x0020_0020_0020_0020UL)) * K1;
            h ^= h >> 29;
        }

        var tail = 0UL;
        for (var i = chunks.Length * 4; i < word.Length; i++)
        {
            tail = (tail << 16) | (ulong)word[i] | 0x20UL;
        }

        h = (h ^ tail) * K2;
        return h ^ (h >> 32);
    }

    /// <summary>The hash of a word pair from its two words' hashes (order matters).</summary>
    /// <param name="first">The first word's hash.</param>
    /// <param name="second">The second word's hash.</param>
    /// <returns>The pair's hash.</returns>
    public static ulong Pair(ulong first, ulong second)
    {
        var h = (first ^ (second * K1)) * K2;
        return h ^ (h >> 31);
    }

    /// <summary>Every feature of a ticket into <paramref name="sink"/>: the tier, then the subject's and the body's words and word pairs (at most <see cref="MaxWords"/> words).</summary>
    /// <typeparam name="T">The sink (a struct, so the walk is specialised and allocates nothing).</typeparam>
    /// <param name="request">The ticket.</param>
    /// <param name="sink">Where the features go.</param>
    /// <returns>How many words were read.</returns>
    public static int Walk<T>(TriageRequest request, ref T sink)
        where T : struct, ISink
    {
        var tier = (int)request.Tier;
        if ((uint)tier < (uint)TierFeatures.Length)
        {
            sink.Add(TierFeatures[tier]);
        }

        var words = Walk((request.Subject ?? string.Empty).AsSpan(), SubjectSeed, MaxWords, ref sink);
        return words + Walk((request.Body ?? string.Empty).AsSpan(), BodySeed, MaxWords - words, ref sink);
    }

    /// <summary>The words and word pairs of one text, at most <paramref name="limit"/> words.</summary>
    private static int Walk<T>(ReadOnlySpan<char> text, ulong seed, int limit, ref T sink)
        where T : struct, ISink
    {
        var words = 0;
        var previous = 0UL;
        var i = 0;
        while (i < text.Length && words < limit)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] == '\'' && char.IsAsciiLetter(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }
            }

            var h = Word(seed, text[start..i]);
            sink.Add(h);
            if (words > 0)
            {
                sink.Add(Pair(previous, h));
            }

            previous = h;
            words++;
        }

        return words;
    }
}
