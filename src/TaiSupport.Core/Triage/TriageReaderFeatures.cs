using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The second reader's features (docs/triage-and-escalation.md, "The second reader"): the lower-cased words
/// (<c>[a-z0-9]+</c>, with an <c>'s</c>-style suffix kept) and word pairs of the subject (marked apart) and the body, and
/// the tier — each as the 64-bit FNV-1a hash of its text (<c>s:word</c>, <c>word_next</c>, <c>tier:Starter</c>),
/// computed from the text's spans without building a string.
/// </summary>
internal static class TriageReaderFeatures
{
    /// <summary>The FNV-1a 64-bit offset basis.</summary>
    public const ulong Basis = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash state after "s:": subject words start here.</summary>
    private static readonly ulong SubjectSeed = Hash("s:");

    /// <summary>"tier:Starter", "tier:Professional", "tier:Enterprise", by <see cref="Tier"/> value.</summary>
    private static readonly ulong[] TierFeatures = [.. Enum.GetNames<Tier>().Select(n => Hash("tier:" + n))];

    /// <summary>Receives each feature hash of a ticket, duplicates included.</summary>
    public interface ISink
    {
        /// <summary>One feature.</summary>
        /// <param name="feature">Its hash.</param>
        void Add(ulong feature);
    }

    /// <summary>The FNV-1a hash of a feature's text (the reference the span walk must equal; tests and the tier table use it).</summary>
    /// <param name="text">The feature text, already lower-case where the walk lowers it.</param>
    /// <returns>The hash.</returns>
    public static ulong Hash(string text)
    {
        var h = Basis;
        foreach (var c in text)
        {
            h = Mix(h, c);
        }

        return h;
    }

    /// <summary>Every feature of a ticket into <paramref name="sink"/>: the tier, then the subject's and the body's words and word pairs.</summary>
    /// <typeparam name="T">The sink (a struct, so the walk is specialised and allocates nothing).</typeparam>
    /// <param name="request">The ticket.</param>
    /// <param name="sink">Where the features go.</param>
    /// <returns>How many words the subject and body hold.</returns>
    public static int Walk<T>(TriageRequest request, ref T sink)
        where T : struct, ISink
    {
        var tier = (int)request.Tier;
        if ((uint)tier < (uint)TierFeatures.Length)
        {
            sink.Add(TierFeatures[tier]);
        }

        return Walk(request.Subject.AsSpan(), SubjectSeed, ref sink) + Walk(request.Body.AsSpan(), Basis, ref sink);
    }

    /// <summary>The words and word pairs of one text: <c>{seed}word</c> and <c>{seed}word_next</c>.</summary>
    private static int Walk<T>(ReadOnlySpan<char> text, ulong seed, ref T sink)
        where T : struct, ISink
    {
        var words = 0;
        var previous = 0UL;
        var hasPrevious = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var h = seed;
            while (i < text.Length && IsWordChar(text[i]))
            {
                h = Mix(h, Lower(text[i]));
                i++;
            }

            if (i + 1 < text.Length && text[i] == '\'' && char.IsAsciiLetter(text[i + 1]))
            {
                h = Mix(h, '\'');
                i++;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    h = Mix(h, Lower(text[i]));
                    i++;
                }
            }

            sink.Add(h);
            words++;
            if (hasPrevious)
            {
                // "{previous}_{this word}": the previous word's state continued, the same as hashing the pair's text.
                var pair = Mix(previous, '_');
                foreach (var c in text[start..i])
                {
                    pair = Mix(pair, Lower(c));
                }

                sink.Add(pair);
            }

            previous = h;
            hasPrevious = true;
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static ulong Mix(ulong h, char c) => (h ^ c) * Prime;
}
