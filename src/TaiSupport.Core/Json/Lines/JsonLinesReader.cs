using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Json;

/// <summary>
/// Reads JSON lines the way every <c>tai</c> batch command does (docs/json.md "JSON lines"), for a host's batch imports:
/// lines end at LF only (a CR before the LF is dropped; a bare CR inside a line is JSON whitespace and stays), a UTF-8
/// byte-order mark at the start is skipped, blank lines are skipped but counted, and each other line is parsed on its own
/// into a <see cref="JsonLine"/>: its object, or its problem, with an <c>id</c> that can always be echoed. No input makes
/// it throw; read each line's object with <see cref="TaiJson.Read{T}(JsonElement, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}, Func{T, FluentValidation.Results.ValidationResult}?, bool)"/>.
/// </summary>
/// <example>
/// <code>
/// foreach (var line in JsonLinesReader.Read(reader))
/// {
///     using (line)
///     {
///         var read = line.Kind == JsonLineKind.Object ? TaiJson.Read(line.Root, contract, null, ignoreUnknown: true) : null;
///     }
/// }
/// </code>
/// </example>
public static class JsonLinesReader
{
    /// <summary>The non-blank lines of <paramref name="reader"/>, parsed one at a time as they are enumerated.</summary>
    /// <param name="reader">The text; the caller owns and disposes it.</param>
    /// <returns>Each non-blank line with its 1-based number; dispose each line when done with its <see cref="JsonLine.Root"/>.</returns>
    public static IEnumerable<JsonLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Lines(reader);
    }

    private static IEnumerable<JsonLine> Lines(TextReader reader)
    {
        var number = 0;
        var line = new StringBuilder();
        var first = true;
        int c;
        do
        {
            c = reader.Read();
            if (first && c == '\uFEFF')
            {
                first = false;
                continue;
            }

            first = false;
            if (c != '\n' && c != -1)
            {
                line.Append((char)c);
                continue;
            }

            if (c == -1 && line.Length == 0)
            {
                break;
            }

            number++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line.Length--;
            }

            var text = line.ToString();
            line.Clear();
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return JsonLine.Parse(number, text);
            }
        }
        while (c != -1);
    }
}

/// <summary>What a <see cref="JsonLine"/> holds.</summary>
public enum JsonLineKind
{
    /// <summary>A JSON object of well-formed text: <see cref="JsonLine.Root"/> is readable.</summary>
    Object,

    /// <summary>Not JSON (or not text that can be JSON).</summary>
    NotJson,

    /// <summary>Valid JSON, but not an object.</summary>
    NotAnObject,

    /// <summary>An object holding an unpaired surrogate escape (<c>"\ud800"</c>): valid JSON, but not text.</summary>
    IllFormedText,
}

/// <summary>One non-blank line read by <see cref="JsonLinesReader"/>: its number, an id safe to echo, and its object or problem.</summary>
public sealed class JsonLine : IDisposable
{
    private readonly JsonDocument? document;

    private JsonLine(int number, JsonDocument? document, JsonElement? id, JsonLineKind kind, string? problem)
    {
        Number = number;
        this.document = document;
        Kind = kind;
        Problem = problem;
        (Id, IdText) = id is { } value ? SafeId(value) : (null, null);
    }

    /// <summary>The 1-based line number (blank lines count).</summary>
    public int Number { get; }

    /// <summary>
    /// The object's <c>id</c> to echo, as written (string, number or any value), except that a string that is not text
    /// (a lone surrogate escape) has U+FFFD in its place; null when the line has no <c>id</c>, or is not an object.
    /// </summary>
    public JsonNode? Id { get; }

    /// <summary>The <c>id</c> as text: a string's text (safe as in <see cref="Id"/>), any other value's JSON as written, or null when absent or null.</summary>
    public string? IdText { get; }

    /// <summary>What the line holds; only <see cref="JsonLineKind.Object"/> has a <see cref="Root"/>.</summary>
    public JsonLineKind Kind { get; }

    /// <summary>The problem as one sentence (<c>not valid JSON: …</c>, <c>expected a JSON object on each line.</c>, <c>$.name: holds an unpaired surrogate escape …</c>), or null for an object.</summary>
    public string? Problem { get; }

    /// <summary>The line's object, valid until the line is disposed.</summary>
    /// <exception cref="InvalidOperationException">The line is not a readable object (<see cref="Problem"/> says why).</exception>
    public JsonElement Root => Kind == JsonLineKind.Object ? document!.RootElement : throw new InvalidOperationException(Problem);

    /// <summary>Returns the parsed document's pooled memory.</summary>
    public void Dispose() => document?.Dispose();

    internal static JsonLine Parse(int number, string text)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return new(number, null, null, JsonLineKind.NotAnObject, "expected a JSON object on each line.");
            }

            var id = root.TryGetProperty("id", out var found) ? found : (JsonElement?)null;
            if (JsonWellFormedText.FirstIllFormed(root, "$") is { } at)
            {
                var line = new JsonLine(number, null, id, JsonLineKind.IllFormedText, $"{at}: {JsonInput.IllFormedText}");
                document.Dispose();
                return line;
            }

            return new(number, document, id, JsonLineKind.Object, null);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or text .NET cannot hold as JSON (a lone surrogate character where the parser reads text).
            document?.Dispose();
            return new(number, null, null, JsonLineKind.NotJson, e is JsonException ? $"not valid JSON: {e.Message}" : e.Message);
        }
    }

    private static (JsonNode? Id, string? Text) SafeId(JsonElement id)
    {
        if (id.ValueKind != JsonValueKind.String)
        {
            var raw = id.GetRawText();
            return JsonWellFormedText.FirstIllFormed(id, "$") is null
                ? (JsonNode.Parse(raw), id.ValueKind == JsonValueKind.Null ? null : raw)
                : (JsonValue.Create(SafeText.Echo(raw)), SafeText.Echo(raw));
        }

        string text;
        try
        {
            text = id.GetString()!;
            text = SafeText.IsWellFormed(text) ? text : SafeText.Echo(text, int.MaxValue);
        }
        catch (InvalidOperationException)
        {
            var raw = id.GetRawText();
            text = SafeText.Echo(Regex.Unescape(raw[1..^1]), int.MaxValue);
        }

        return (JsonValue.Create(text), text);
    }
}
