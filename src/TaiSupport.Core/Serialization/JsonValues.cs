using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace TaiSupport.Core.Serialization;

/// <summary>Typed readers and writers over <see cref="JsonInput"/> for the triage, policy and team JSON formats.</summary>
internal static class JsonValues
{
    public static bool? Boolean(JsonElement e, string path, JsonInput input)
    {
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return e.GetBoolean();
        }

        input.Problem(path, $"expected true or false, got {JsonInput.Describe(e)}.");
        return null;
    }

    public static decimal? Number(JsonElement e, string path, JsonInput input, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        if (!input.ExpectKind(e, JsonValueKind.Number, path, "a number"))
        {
            return null;
        }

        if (!e.TryGetDecimal(out var value))
        {
            input.Problem(path, $"{e.GetRawText()} is out of range.");
            return null;
        }

        if (value < min || value > max)
        {
            input.Problem(path, max == decimal.MaxValue
                ? $"must be at least {min.ToString(CultureInfo.InvariantCulture)}, got {e.GetRawText()}."
                : $"must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got {e.GetRawText()}.");
            return null;
        }

        return value;
    }

    public static int? Integer(JsonElement e, string path, JsonInput input, int min = int.MinValue)
    {
        if (!input.ExpectKind(e, JsonValueKind.Number, path, "a whole number"))
        {
            return null;
        }

        if (!e.TryGetInt32(out var value))
        {
            input.Problem(path, $"expected a whole number, got {e.GetRawText()}.");
            return null;
        }

        if (value < min)
        {
            input.Problem(path, $"must be at least {min}, got {value}.");
            return null;
        }

        return value;
    }

    public static T? Enum<T>(JsonElement e, string path, JsonInput input)
        where T : struct, Enum
    {
        var text = input.String(e, path);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        input.Problem(path, $"\"{text}\" is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    /// <summary>ISO-8601 as people write policy windows: <c>PT0S</c>, <c>PT30M</c>, <c>PT24H</c>, and whole days from two days up as <c>P14D</c>.</summary>
    public static string FormatIsoDuration(Duration duration) => Text.IsoDuration.Format(duration);

    public static ImmutableArray<string>? Strings(JsonElement e, string path, JsonInput input)
    {
        if (!input.ExpectKind(e, JsonValueKind.Array, path, "an array of strings"))
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        var ok = true;
        foreach (var item in e.EnumerateArray())
        {
            var text = input.String(item, JsonInput.Index(path, i++));
            ok &= text is not null;
            if (text is not null)
            {
                items.Add(text);
            }
        }

        return ok ? items.ToImmutable() : null;
    }

    public static ImmutableArray<T>? Enums<T>(JsonElement e, string path, JsonInput input)
        where T : struct, Enum
    {
        if (!input.ExpectKind(e, JsonValueKind.Array, path, $"an array of {string.Join(", ", System.Enum.GetNames<T>())}"))
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var i = 0;
        var ok = true;
        foreach (var item in e.EnumerateArray())
        {
            var value = Enum<T>(item, JsonInput.Index(path, i++), input);
            ok &= value is not null;
            if (value is { } v)
            {
                items.Add(v);
            }
        }

        return ok ? items.ToImmutable() : null;
    }

    /// <summary>A string, or a number written as its text (API error codes such as 401).</summary>
    public static string? Code(JsonElement e, string path, JsonInput input)
    {
        if (e.ValueKind is JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()))
        {
            return e.GetString();
        }

        if (e.ValueKind is JsonValueKind.Number)
        {
            return e.GetRawText();
        }

        input.Problem(path, $"expected an API error code such as \"500\", 401 or \"malformedJson\", got {JsonInput.Describe(e)}.");
        return null;
    }

    /// <summary>Reads a JSON object into a record, one <see cref="Field{T}"/> per known property; unknown properties are problems.</summary>
    public static T ReadObject<T>(JsonElement e, string path, JsonInput input, T start, IReadOnlyList<Field<T>> fields, string what)
        where T : class
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, what))
        {
            return start;
        }

        RejectUnknown(e, path, input, fields);
        var value = start;
        foreach (var field in fields)
        {
            if (input.TryGet(e, field.Name, out var element))
            {
                value = field.Read(element, JsonInput.Property(path, field.Name), input, value) ?? value;
            }
        }

        return value;
    }

    /// <summary>Reports unknown properties, suggesting the known one that differs only in case ("churnthreat" → "churnThreat").</summary>
    private static void RejectUnknown<T>(JsonElement e, string path, JsonInput input, IReadOnlyList<Field<T>> fields)
        where T : class
    {
        foreach (var property in e.EnumerateObject())
        {
            if (fields.Any(f => f.Name == property.Name))
            {
                continue;
            }

            var near = fields.FirstOrDefault(f => string.Equals(f.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            input.Problem(JsonInput.Property(path, property.Name), near is not null
                ? $"unknown property '{property.Name}'; did you mean '{near.Name}'?"
                : $"unknown property '{property.Name}'; expected one of: {string.Join(", ", fields.Select(f => f.Name))}.");
        }
    }

    public static void WriteObject<T>(Utf8JsonWriter writer, T value, IReadOnlyList<Field<T>> fields)
        where T : class
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            field.Write(writer, value);
        }

        writer.WriteEndObject();
    }
}

/// <summary>One JSON property of a record: how to read it into the record and how to write it.</summary>
/// <typeparam name="T">The record.</typeparam>
/// <param name="Name">The JSON property name.</param>
/// <param name="Read">Reads the value at a path and returns the updated record, or null on a problem.</param>
/// <param name="Write">Writes the property (name and value), or nothing when the value is absent.</param>
internal sealed record Field<T>(string Name, Func<JsonElement, string, JsonInput, T, T?> Read, Action<Utf8JsonWriter, T> Write)
    where T : class
{
    public static Field<T> Duration(string name, Func<T, Duration> get, Func<T, Duration, T> set) => new(
        name, (e, path, input, current) => input.Duration(e, path) is { } d ? set(current, d) : default, (w, v) => w.WriteString(name, JsonValues.FormatIsoDuration(get(v))));

    public static Field<T> Number(string name, Func<T, decimal> get, Func<T, decimal, T> set) => new(
        name, (e, path, input, current) => JsonValues.Number(e, path, input) is { } d ? set(current, d) : default, (w, v) => w.WriteNumber(name, get(v)));

    public static Field<T> Integer(string name, Func<T, int> get, Func<T, int, T> set) => new(
        name, (e, path, input, current) => JsonValues.Integer(e, path, input) is { } d ? set(current, d) : default, (w, v) => w.WriteNumber(name, get(v)));

    public static Field<T> Text(string name, Func<T, string> get, Func<T, string, T> set) => new(
        name, (e, path, input, current) => input.String(e, path) is { } s ? set(current, s) : default, (w, v) => w.WriteString(name, get(v)));

    public static Field<T> Enum<TEnum>(string name, Func<T, TEnum> get, Func<T, TEnum, T> set)
        where TEnum : struct, System.Enum => new(
        name, (e, path, input, current) => JsonValues.Enum<TEnum>(e, path, input) is { } d ? set(current, d) : default, (w, v) => w.WriteString(name, get(v).ToString()));
}
