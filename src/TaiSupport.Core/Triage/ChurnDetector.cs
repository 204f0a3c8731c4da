using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The one churn detector (§4.3 "canceling" or "leaving", D14) shared by triage and the §7 template suggester: the
/// built-in extractor's churn rules (object of "cancel", subject of "leave", negation, hypotheticals) over the triage
/// policy's churn phrases plus any extra phrases a caller's policy adds.
/// </summary>
internal static class ChurnDetector
{
    private static readonly ConcurrentDictionary<string, TextSignalExtractor> Cache = new(StringComparer.Ordinal);

    /// <summary>The extractor whose churn phrases are the triage defaults plus <paramref name="extra"/>.</summary>
    public static TextSignalExtractor For(ImmutableArray<string> extra)
    {
        var defaults = DefaultKeywords.Signals[KeywordSignal.ChurnThreat];
        var added = extra.IsDefault ? [] : extra.Where(p => KeywordIndex.IsValidPhrase(p) && !defaults.Contains(p, StringComparer.OrdinalIgnoreCase)).ToImmutableArray();
        if (added.IsEmpty)
        {
            return TextSignalExtractor.Default;
        }

        return Cache.GetOrAdd(string.Join('\n', added), _ => new TextSignalExtractor(TriagePolicy.Default with
        {
            Keywords = TriagePolicy.Default.Keywords.SetItem(KeywordSignal.ChurnThreat, defaults.AddRange(added)),
        }));
    }
}
