using System.Globalization;
using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Text;

namespace TaiSupport.Helpdesk.Api;

/// <summary>
/// Reads the fields of a request object and collects every problem under the field's path (<c>tier</c>,
/// <c>signals.csat</c>), so one response names all the mistakes. Unknown properties are problems too: a typo such
/// as <c>"teir"</c> must not be silently ignored.
/// </summary>
internal sealed class RequestFields
{
    private readonly JsonElement root;
    private readonly string prefix;
    private readonly SortedDictionary<string, List<string>> problems;
    private readonly JsonSerializerOptions json;

    public RequestFields(JsonElement root, JsonSerializerOptions json)
        : this(root, string.Empty, new SortedDictionary<string, List<string>>(StringComparer.Ordinal), json)
    {
    }

    private RequestFields(JsonElement root, string prefix, SortedDictionary<string, List<string>> problems, JsonSerializerOptions json)
    {
        this.root = root;
        this.prefix = prefix;
        this.problems = problems;
        this.json = json;
    }

    public bool HasProblems => problems.Count > 0;

    public IDictionary<string, string[]> Errors => problems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    public JsonElement Root => root;

    public void Problem(string name, string message)
    {
        var path = Path(name);
        if (!problems.TryGetValue(path, out var list))
        {
            problems[path] = list = [];
        }

        list.Add(message);
    }

    public bool Has(string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Reports every property not in <paramref name="known"/>.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(property.Name, $"unknown field '{property.Name}'; expected one of: {string.Join(", ", known)}.");
            }
        }
    }

    public string? String(string name, bool required = false, int maxLength = 10_000)
    {
        if (!TryGet(name, JsonValueKind.String, "a string", required, out var value))
        {
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            Problem(name, $"is {text.Length} characters long; the limit is {maxLength}.");
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            Problem(name, "must not be blank.");
            return null;
        }

        return text;
    }

    /// <summary>
    /// An enum value by its exact name — PascalCase (<c>WaitingOnCustomer</c>) or, with <paramref name="camelCase"/>,
    /// camelCase (<c>wrongApiKey</c>) — listing the allowed names on a mistake. Numbers are not accepted.
    /// </summary>
    public T? Enum<T>(string name, bool required = false, bool camelCase = false)
        where T : struct, Enum
    {
        var names = Names<T>(camelCase);
        if (!TryGet(name, JsonValueKind.String, $"one of {string.Join(", ", names)}", required, out var value))
        {
            return null;
        }

        var text = value.GetString()!;
        var index = Array.IndexOf(names, text);
        if (index >= 0)
        {
            return System.Enum.GetValues<T>()[index];
        }

        Problem(name, $"\"{text}\" is not one of {string.Join(", ", names)}.");
        return null;
    }

    /// <summary>A non-negative span given in <paramref name="unit"/>s (<c>apiDownMinutes: 3.5</c>), as a duration.</summary>
    public Duration? Span(string name, Duration unit, decimal max)
    {
        var number = Number(name, 0m, max);
        return number is { } n ? Duration.FromNanoseconds((long)Math.Round(n * unit.ToInt64Nanoseconds(), MidpointRounding.AwayFromZero)) : null;
    }

    /// <summary>An instant, written as NodaTime's serializer writes an offset date-time: <c>2026-01-26T16:45:00-08:00</c> or <c>…Z</c>.</summary>
    public Instant? Instant(string name, bool required = false)
    {
        if (!TryGet(name, JsonValueKind.String, "a date-time with offset such as 2026-01-26T16:45:00-08:00", required, out var value))
        {
            return null;
        }

        if (OffsetInstant.TryParse(value.GetString(), out var instant, out var problem))
        {
            return instant;
        }

        Problem(name, problem!);
        return null;
    }

    public bool? Boolean(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = root.GetProperty(name);
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(name, $"expected true or false, got {Describe(value)}.");
        return null;
    }

    public decimal? Number(string name, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        if (!TryGet(name, JsonValueKind.Number, "a number", required: false, out var value))
        {
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            Problem(name, $"expected a number, got {value.GetRawText()}.");
            return null;
        }

        if (number < min || number > max)
        {
            Problem(name, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, got {number.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return number;
    }

    public int? Integer(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!TryGet(name, JsonValueKind.Number, "a whole number", required: false, out var value))
        {
            return null;
        }

        if (!value.TryGetInt32(out var number))
        {
            Problem(name, $"expected a whole number, got {value.GetRawText()}.");
            return null;
        }

        if (number < min || number > max)
        {
            Problem(name, $"must be between {min} and {max}, got {number}.");
            return null;
        }

        return number;
    }

    /// <summary>A nested object whose problems are reported under <c>name.field</c>; null when absent or not an object.</summary>
    public RequestFields? Object(string name)
    {
        return TryGet(name, JsonValueKind.Object, "an object", required: false, out var value)
            ? new RequestFields(value, Path(name) + ".", problems, json)
            : null;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        _ => Describe(value.ValueKind),
    };

    private static string[] Names<T>(bool camelCase)
        where T : struct, Enum =>
        [.. System.Enum.GetNames<T>().Select(n => camelCase ? JsonNamingPolicy.CamelCase.ConvertName(n) : n)];

    private string Path(string name) => prefix + name;

    private bool TryGet(string name, JsonValueKind kind, string expected, bool required, out JsonElement value)
    {
        if (!root.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(name, $"is required; expected {expected}.");
            }

            return false;
        }

        if (value.ValueKind != kind)
        {
            Problem(name, $"expected {expected}, got {Describe(value)}.");
            return false;
        }

        return true;
    }
}
