using System.Text.Json;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Reads and writes one line of the feature-request log (<c>tai feature-requests review</c>, docs/cli.md):
/// <c>{"ticketId":"F1","at":"2026-01-05T10:00:00-08:00","tier":"Enterprise","theme":"sso"}</c>; <c>theme</c> is optional
/// (blank counts as <c>other</c>) and other properties (an exported line's extras) are ignored. Every problem at once, by path.
/// </summary>
public static class FeatureRequestEntryJson
{
    private static readonly JsonFormat<FeatureRequestEntry> Format = new()
    {
        Contract = new FormatContracts(TaiValueConverters.Options()).FeatureRequestEntry,
        IgnoreUnknown = true,
        Prepare = o => o["theme"] ??= string.Empty,
    };

    /// <summary>Reads one log entry.</summary>
    /// <param name="json">The JSON text of one entry; any text, never throws.</param>
    /// <returns>The entry, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<FeatureRequestEntry> Read(string json) => JsonContract.Read(json, Format);

    /// <summary>Reads one log entry from an already parsed JSON line.</summary>
    /// <param name="element">The line's root.</param>
    /// <returns>The entry, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<FeatureRequestEntry> Read(JsonElement element) => JsonContract.Read(element, Format);

    /// <summary>Writes one entry as a compact line, the instant in UTC.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(FeatureRequestEntry entry) => JsonContract.Write(entry, Format.Contract);
}
