using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace TaiSupport.Cli.Cli;

/// <summary>
/// Reads the fields of one JSON-lines input object, collecting every problem (field name and what is wrong) so a
/// bad line reports all its mistakes at once. Call <see cref="ThrowIfAny"/> before using the values.
/// </summary>
internal sealed class LineFields(JsonElement root)
{
    private readonly List<string> problems = [];

    public JsonElement Root => root;

    public bool Has(string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public void Problem(string field, string message) => problems.Add($"{field}: {message}");

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new LineException(string.Join(" ", problems));
        }
    }

    public Instant Instant(string name) => Required(name, OptionalInstant);

    public Instant? OptionalInstant(string name)
    {
        if (!TryGet(name, JsonValueKind.String, "a date-time with offset such as 2026-03-06T16:30:00-08:00", out var value))
        {
            return null;
        }

        if (TaiSupport.Core.Text.OffsetInstant.TryParse(value.GetString(), out var parsed, out var problem))
        {
            return parsed;
        }

        Problem(name, problem!);
        return null;
    }

    /// <summary>An ISO-8601 duration read by <see cref="TaiSupport.Core.Text.IsoDuration.TryParse"/> (range-checked; weeks, months and years refused).</summary>
    public Duration? OptionalDuration(string name, TaiSupport.Core.Text.IsoDurationDays days)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (TaiSupport.Core.Text.IsoDuration.TryParse(text, out var value, out var problem, days))
        {
            return value;
        }

        Problem(name, problem!);
        return null;
    }

    public long Integer(string name, long min = long.MinValue, long max = long.MaxValue) => Required(name, n => OptionalInteger(n, min, max));

    public long? OptionalInteger(string name, long min = long.MinValue, long max = long.MaxValue)
    {
        if (!TryGet(name, JsonValueKind.Number, "a whole number", out var value))
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

    public decimal? OptionalDecimal(string name)
    {
        if (!TryGet(name, JsonValueKind.Number, "a number", out var value))
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

    public bool? OptionalBoolean(string name)
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

        Problem(name, $"expected true or false, got {value.GetRawText()}.");
        return null;
    }

    public string String(string name) => Required(name, OptionalString)!;

    public string? OptionalString(string name) =>
        TryGet(name, JsonValueKind.String, "a string", out var value) ? value.GetString() : null;

    /// <summary>Reads an enum value by its exact name (case-insensitive), listing the allowed names on a mistake.</summary>
    public T Enum<T>(string name)
        where T : struct, Enum => Required(name, OptionalEnum<T>);

    public T? OptionalEnum<T>(string name)
        where T : struct, Enum
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        Problem(name, $"\"{text}\" is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    private T Required<T>(string name, Func<string, T?> read)
        where T : struct
    {
        if (!Has(name))
        {
            Problem(name, "is required.");
            return default;
        }

        return read(name) ?? default;
    }

    private string? Required(string name, Func<string, string?> read)
    {
        if (!Has(name))
        {
            Problem(name, "is required.");
            return string.Empty;
        }

        return read(name) ?? string.Empty;
    }

    private bool TryGet(string name, JsonValueKind kind, string expected, out JsonElement value)
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
