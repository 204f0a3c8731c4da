using System.Globalization;
using System.Text.Json;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// Walks a JSON document and collects every problem with its JSON path, so loaders report all mistakes at once
/// instead of stopping at the first (System.Text.Json's deserializer stops at the first).
/// </summary>
internal sealed class JsonInput
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern HourMinuteSecond = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");
    private readonly List<ValidationFailure> problems = [];

    public IReadOnlyList<ValidationFailure> Problems => problems;

    public static bool TryParse(string json, out JsonDocument? document, out ValidationFailure? problem)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            document = null;
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            problem = new ValidationFailure("$", $"the file is not valid JSON{where}.");
            return false;
        }
    }

    public static string Property(string path, string name) => $"{path}.{name}";

    public static string Key(string path, string key) => $"{path}['{key}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    public void Problem(string path, string message) => problems.Add(new ValidationFailure(path, message));

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
                Problem(Property(path, property.Name), $"unknown property '{property.Name}'; expected one of: {string.Join(", ", known)}.");
            }
        }
    }

    public bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? String(JsonElement element, string path)
    {
        return ExpectKind(element, JsonValueKind.String, path, "a string") ? element.GetString() : null;
    }

    /// <summary>Reads HH:mm (or HH:mm:ss); with <paramref name="allowEndOfDay"/>, 24:00 reads as midnight ending the day.</summary>
    public LocalTime? Time(JsonElement element, string path, bool allowEndOfDay)
    {
        var text = String(element, path);
        if (text is null)
        {
            return null;
        }

        if (allowEndOfDay && text is "24:00" or "24:00:00")
        {
            return LocalTime.Midnight;
        }

        var parsed = HourMinute.Parse(text);
        if (!parsed.Success)
        {
            parsed = HourMinuteSecond.Parse(text);
        }

        if (parsed.Success)
        {
            return parsed.Value;
        }

        Problem(path, $"\"{text}\" is not a time of day; write HH:mm such as 09:00{(allowEndOfDay ? " (24:00 for the end of the day)" : string.Empty)}.");
        return null;
    }

    /// <summary>Reads an ISO-8601 date-time with an offset or <c>Z</c>, the one spelling of instants in every JSON format.</summary>
    public Instant? Instant(JsonElement element, string path) =>
        String(element, path) is { } text ? Instant(text, path) : null;

    /// <summary>Parses an ISO-8601 date-time with an offset or <c>Z</c>, reporting a malformed one at <paramref name="path"/>.</summary>
    public Instant? Instant(string text, string path)
    {
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value.ToInstant();
        }

        Problem(path, $"\"{text}\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z.");
        return null;
    }

    /// <summary>
    /// Reads an ISO-8601 duration in days (24 hours), hours, minutes and seconds: <c>PT30M</c>, <c>PT0.5S</c>, <c>P7D</c>.
    /// Years and months, whose length varies, are refused. (SLA policies are stricter and refuse days too, D4.)
    /// </summary>
    public Duration? Duration(JsonElement element, string path)
    {
        var text = String(element, path);
        if (text is null)
        {
            return null;
        }

        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (parsed.Success && parsed.Value.Years == 0 && parsed.Value.Months == 0)
        {
            return parsed.Value.ToDuration();
        }

        Problem(path, $"\"{text}\" is not an ISO-8601 duration; write it like PT30M, PT1H or P14D (also PT1H30M, PT0.5S; no years or months).");
        return null;
    }

    public LocalDate? Date(string text, string path)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Problem(path, $"\"{text}\" is not a date; write yyyy-MM-dd such as 2026-12-25.");
        return null;
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
