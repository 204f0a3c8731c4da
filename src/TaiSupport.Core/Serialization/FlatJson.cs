using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// One flat JSON object (such as a JSON-lines input line) read field by field for a capability's small reader, so the
/// capability needs no JSON types of its own: each field's problem is collected at its path <c>$.name</c> through
/// <see cref="JsonInput"/>, every problem at once, never an exception. A <c>null</c> value is the field left out.
/// Messages keep the JSON-lines wording: <c>expected a number, got "x".</c>
/// </summary>
internal sealed class FlatJsonObject
{
    private readonly JsonElement root;

    private FlatJsonObject(JsonElement root, JsonInput input)
    {
        this.root = root;
        Input = input;
    }

    /// <summary>The problems collected so far.</summary>
    public JsonInput Input { get; }

    /// <summary>The object's property names, in order (duplicates included).</summary>
    public IEnumerable<string> Names => root.EnumerateObject().Select(p => p.Name);

    /// <summary>
    /// Parses <paramref name="json"/> and runs <paramref name="read"/> on its object; the value when no problem was found,
    /// else every problem (a syntax error, a root that is not an object, each field's).
    /// </summary>
    public static LoadResult<T> Read<T>(string json, string what, Func<FlatJsonObject, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<T>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            if (!input.ExpectKind(document!.RootElement, JsonValueKind.Object, "$", what))
            {
                return LoadResult<T>.Failure(input.Problems);
            }

            var value = read(new FlatJsonObject(document.RootElement, input));
            return value is not null && input.Problems.Count == 0 ? LoadResult<T>.Success(value) : LoadResult<T>.Failure(input.Problems);
        }
    }

    /// <summary>The path of a field: <c>$.name</c>.</summary>
    public static string PathOf(string name) => JsonInput.Property("$", name);

    /// <summary>Adds a problem at <c>$.name</c>.</summary>
    public void Problem(string name, string message) => Input.Problem(PathOf(name), message);

    /// <summary>True when the field is present and not null.</summary>
    public bool Has(string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A number (any JSON number a decimal holds), or null when absent; a problem for another kind.</summary>
    public decimal? Number(string name)
    {
        if (!Present(name, JsonValueKind.Number, "a number", out var value))
        {
            return null;
        }

        if (value.TryGetDecimal(out var number))
        {
            return number;
        }

        Problem(name, $"expected a number, got {value.GetRawText()}.");
        return null;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or null when absent.</summary>
    public long? Integer(string name, long min = long.MinValue, long max = long.MaxValue)
    {
        if (!Present(name, JsonValueKind.Number, "a whole number", out var value))
        {
            return null;
        }

        if (!value.TryGetInt64(out var number))
        {
            Problem(name, $"expected a whole number, got {value.GetRawText()}.");
            return null;
        }

        if (number < min || number > max)
        {
            Problem(name, max == long.MaxValue ? $"must be at least {min}, got {number}." : $"must be between {min} and {max}, got {number}.");
            return null;
        }

        return number;
    }

    /// <summary>true or false, or null when absent; a problem for another kind.</summary>
    public bool? Boolean(string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(name, $"expected true or false, got {value.GetRawText()}.");
        return null;
    }

    /// <summary>A string, or null when absent; a problem for another kind.</summary>
    public string? String(string name) => Present(name, JsonValueKind.String, "a string", out var value) ? value.GetString() : null;

    private bool Present(string name, JsonValueKind kind, string expected, out JsonElement value)
    {
        if (!root.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind != kind)
        {
            Problem(name, $"expected {expected}, got {value.GetRawText()}.");
            return false;
        }

        return true;
    }
}

/// <summary>Writes one flat JSON object on one line (compact, relaxed escaping), for a capability's small writer.</summary>
internal sealed class FlatJsonWriter
{
    private readonly List<Action<Utf8JsonWriter>> fields = [];

    /// <summary>Writes a number when it has a value.</summary>
    public FlatJsonWriter Number(string name, decimal? value)
    {
        if (value is { } n)
        {
            fields.Add(w => w.WriteNumber(name, n));
        }

        return this;
    }

    /// <summary>Writes a boolean when it has a value.</summary>
    public FlatJsonWriter Boolean(string name, bool? value)
    {
        if (value is { } b)
        {
            fields.Add(w => w.WriteBoolean(name, b));
        }

        return this;
    }

    /// <summary>Writes a string when it is not null.</summary>
    public FlatJsonWriter String(string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(w => w.WriteString(name, value));
        }

        return this;
    }

    /// <summary>The object's text.</summary>
    public string Finish()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                field(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
