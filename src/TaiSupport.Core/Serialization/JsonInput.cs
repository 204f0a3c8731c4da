using System.Globalization;
using System.Text.Json;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// Walks a JSON document and collects every problem with its JSON path, so loaders report all mistakes at once
/// instead of stopping at the first (System.Text.Json's deserializer stops at the first).
/// </summary>
internal sealed class JsonInput
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern HourMinuteSecond = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");
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

        if (FirstIllFormedText(document.RootElement, "$") is { } at)
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
        if (FirstIllFormedText(element, path) is { } at)
        {
            Problem(at, IllFormedText);
            return false;
        }

        return true;
    }

    /// <summary>The path of the first string or property name that is not well-formed UTF-16, or null (see <see cref="JsonWellFormedText"/>).</summary>
    public static string? FirstIllFormedText(JsonElement element, string path) => JsonWellFormedText.FirstIllFormed(element, path);

    public static string Property(string path, string name) => $"{path}.{name}";

    public static string Key(string path, string key) => $"{path}['{key}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

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

        Problem(path, $"expected {what}, got {Describe(element)}.");
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

    public bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? String(JsonElement element, string path)
    {
        return ExpectKind(element, JsonValueKind.String, path, "a string") ? element.GetString() : null;
    }

    /// <summary>
    /// Reads an ISO-8601 duration through <see cref="IsoDuration.TryParse"/>: hours, minutes and seconds (<c>PT30M</c>,
    /// <c>PT0.5S</c>, <c>PT336H</c>), within <see cref="IsoDuration.MaxMagnitude"/>. Days read as 24 hours unless
    /// <paramref name="days"/> refuses them (SLA targets do, D4); weeks, months and years are always refused.
    /// </summary>
    public Duration? Duration(JsonElement element, string path, IsoDurationDays days = IsoDurationDays.AsTwentyFourHours)
    {
        var text = String(element, path);
        if (text is null)
        {
            return null;
        }

        if (IsoDuration.TryParse(text, out var value, out var problem, days))
        {
            return value;
        }

        Problem(path, problem!);
        return null;
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{SafeText.Echo(element.GetString(), 60)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
