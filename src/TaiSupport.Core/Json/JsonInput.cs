using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation.Results;
using TaiSupport.Core.Json;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// Walks a JSON document and collects every problem with its JSON path, so loaders report all mistakes at once
/// instead of stopping at the first (System.Text.Json's deserializer stops at the first).
/// </summary>
internal sealed class JsonInput
{
    /// <summary>The most problems one read reports; later ones are counted in a last "$" problem, so 100,000 bad keys stay fast.</summary>
    public const int MaxProblems = 100;

    private readonly List<ValidationFailure> problems = [];
    private ValidationFailure? more;
    private int dropped;

    public IReadOnlyList<ValidationFailure> Problems => problems;

    /// <summary>True once <see cref="MaxProblems"/> problems are held; callers may skip building more messages.</summary>
    public bool IsFull => dropped > 0 || problems.Count >= MaxProblems;

    public static bool TryParse(string json, out JsonDocument? document, out ValidationFailure? problem)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            document = null;
            var where = e is JsonException { LineNumber: { } line } j ? $" at line {line + 1}, position {j.BytePositionInLine + 1}" : string.Empty;
            problem = new ValidationFailure("$", $"the file is not valid JSON{where}.");
            return false;
        }

        if (JsonWellFormedText.FirstIllFormed(document.RootElement) is { } at)
        {
            document.Dispose();
            document = null;
            problem = new ValidationFailure(at, IllFormedText);
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>The sentence for a string escape that is not text (a lone UTF-16 surrogate such as \ud800).</summary>
    public const string IllFormedText = "holds an unpaired surrogate escape (such as \\ud800), which is not text; write well-formed Unicode.";

    /// <summary>
    /// Reports a problem when a string or property name under <paramref name="element"/> is an unpaired surrogate escape,
    /// which System.Text.Json cannot turn into a string; readers given an element call this before reading it.
    /// </summary>
    /// <returns>True when every string is text.</returns>
    public bool RequireText(JsonElement element, string path)
    {
        if (JsonWellFormedText.FirstIllFormed(element, path) is { } at)
        {
            Problem(at, IllFormedText);
            return false;
        }

        return true;
    }

    public static string Property(string path, string name) => $"{path}.{name}";

    public static string Key(string path, string key) => $"{path}['{key}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>Drops the properties <paramref name="drop"/> picks in one pass: a <see cref="JsonObject"/> removes one in linear time, so 100,000 removed one by one would take minutes.</summary>
    public static void RemoveWhere(JsonObject? obj, Func<KeyValuePair<string, JsonNode?>, bool> drop)
    {
        if (obj?.Where(p => !drop(p)).ToList() is { } keep && keep.Count < obj.Count)
        {
            obj.Clear();
            keep.ForEach(obj.Add);
        }
    }

    public void Problem(string path, string message)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(new ValidationFailure(path, message));
            return;
        }

        dropped++;
        var sentence = $"and {dropped} more problem{(dropped == 1 ? string.Empty : "s")} not listed (only the first {MaxProblems} are reported).";
        if (more is null)
        {
            more = new ValidationFailure("$", sentence);
            problems.Add(more);
        }
        else
        {
            more.ErrorMessage = sentence;
        }
    }

    public bool HasProblemAt(string path) =>
        problems.Any(p => p.PropertyName == path || p.PropertyName.StartsWith(path + ".", StringComparison.Ordinal)
            || p.PropertyName.StartsWith(path + "[", StringComparison.Ordinal));

    public bool ExpectKind(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        Problem(path, $"expected {what}, got {JsonContract.Describe(JsonContract.ToNode(element, path, new JsonInput()))}.");
        return false;
    }

    /// <summary>Reports properties not in <paramref name="known"/>, catching typos such as "weeks".</summary>
    public void RejectUnknown(JsonElement obj, string path, params string[] known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var name = SafeText.Echo(property.Name, 60);
                Problem(Property(path, name), IsFull ? string.Empty : $"unknown property '{name}'; expected one of: {string.Join(", ", known)}.");
            }
        }
    }
}
