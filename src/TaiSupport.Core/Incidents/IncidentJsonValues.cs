using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>Readers and writers for the value kinds of the incident JSON formats, reporting problems through <see cref="JsonInput"/>.</summary>
internal static class IncidentJsonValues
{
    /// <summary>Writes a duration as ISO-8601 in hours, minutes and seconds: <c>PT3M</c>, <c>PT24H</c>, <c>PT0.5S</c>.</summary>
    public static string FormatSpan(Duration duration) => Text.IsoDuration.Format(duration);

    /// <summary>Formats an instant in a zone with its offset: <c>2026-02-10T14:00:00-08:00</c>.</summary>
    public static string FormatInstant(Instant instant, DateTimeZone zone) => Text.OffsetInstant.Format(instant, zone);

    public static decimal? Decimal(this JsonInput input, JsonElement element, string path)
    {
        if (!input.ExpectKind(element, JsonValueKind.Number, path, "a number"))
        {
            return null;
        }

        if (element.TryGetDecimal(out var value))
        {
            return value;
        }

        input.Problem(path, $"{element.GetRawText()} is out of range.");
        return null;
    }

    public static long? Integer(this JsonInput input, JsonElement element, string path, long min)
    {
        if (!input.ExpectKind(element, JsonValueKind.Number, path, "a whole number"))
        {
            return null;
        }

        if (!element.TryGetInt64(out var value))
        {
            input.Problem(path, $"expected a whole number, got {element.GetRawText()}.");
            return null;
        }

        if (value < min)
        {
            input.Problem(path, $"must be at least {min}, got {value}.");
            return null;
        }

        return value;
    }

    public static bool? Boolean(this JsonInput input, JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        input.Problem(path, $"expected true or false, got {JsonInput.Describe(element)}.");
        return null;
    }

    /// <summary>Reads an array, each item with <paramref name="item"/>; items that fail are left out (their problems are recorded).</summary>
    public static ImmutableArray<T> Array<T>(this JsonInput input, JsonElement element, string path, string what, Func<JsonElement, string, (bool Ok, T Value)> item)
    {
        if (!input.ExpectKind(element, JsonValueKind.Array, path, what))
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var i = 0;
        foreach (var child in element.EnumerateArray())
        {
            if (item(child, JsonInput.Index(path, i++)) is (true, var value))
            {
                items.Add(value);
            }
        }

        return items.ToImmutable();
    }

    /// <summary>Reads an array of instants.</summary>
    public static ImmutableArray<Instant> Instants(this JsonInput input, JsonElement element, string path) =>
        input.Array(element, path, "an array of date-times", (e, p) => input.Instant(e, p) is { } i ? (true, i) : (false, default));

    /// <summary>Reads an array of non-blank strings.</summary>
    public static ImmutableArray<string> Strings(this JsonInput input, JsonElement element, string path) =>
        input.Array(element, path, "an array of strings", (e, p) => input.NonBlank(e, p) is { } text ? (true, text) : (false, string.Empty));

    /// <summary>Reads a string that must not be blank.</summary>
    public static string? NonBlank(this JsonInput input, JsonElement element, string path)
    {
        var text = input.String(element, path);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            input.Problem(path, "must not be blank.");
            return null;
        }

        return text;
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
