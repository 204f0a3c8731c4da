using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentValidation;
using NodaTime.Text;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// One JSON property of a policy record: how to read it onto a policy (via <c>with</c>) and how to write it.
/// The report, QA, knowledge-base and template policies are flat lists of these, so their loaders share one reader
/// that reports every problem with its JSON path and lets a file override only some values.
/// </summary>
/// <typeparam name="TPolicy">The policy record.</typeparam>
internal sealed record PolicyProperty<TPolicy>(
    string Name,
    Func<TPolicy, JsonElement, string, JsonInput, TPolicy> Read,
    Action<Utf8JsonWriter, TPolicy> Write);

/// <summary>Factories for <see cref="PolicyProperty{TPolicy}"/> and the shared read/write of policy files.</summary>
internal static class PolicyJson
{
    /// <summary>Reads one list item, adding any problem to <paramref name="input"/>.</summary>
    public delegate bool TryReadItem<TItem>(JsonElement value, string path, JsonInput input, out TItem item);


    /// <summary>Reads a policy file: unknown properties, wrong kinds and validator failures are all reported.</summary>
    public static LoadResult<TPolicy> Read<TPolicy>(
        string json, TPolicy defaults, IReadOnlyList<PolicyProperty<TPolicy>> properties, IValidator<TPolicy> validator)
        where TPolicy : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<TPolicy>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var policy = ReadObject(document!.RootElement, "$", defaults, properties, input);
            foreach (var failure in validator.Validate(policy).Errors)
            {
                var at = ToJsonPath("$", failure.PropertyName);
                if (!input.HasProblemAt(at))
                {
                    input.Problem(at, failure.ErrorMessage);
                }
            }

            return input.Problems.Count == 0 ? LoadResult<TPolicy>.Success(policy) : LoadResult<TPolicy>.Failure(input.Problems);
        }
    }

    /// <summary>Reads the properties of one object onto <paramref name="policy"/>.</summary>
    public static TPolicy ReadObject<TPolicy>(
        JsonElement element, string path, TPolicy policy, IReadOnlyList<PolicyProperty<TPolicy>> properties, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a policy object"))
        {
            return policy;
        }

        input.RejectUnknown(element, path, [.. properties.Select(p => p.Name)]);
        foreach (var property in properties)
        {
            if (input.TryGet(element, property.Name, out var value))
            {
                policy = property.Read(policy, value, JsonInput.Property(path, property.Name), input);
            }
        }

        return policy;
    }

    /// <summary>Writes a policy as indented JSON.</summary>
    public static string Write<TPolicy>(TPolicy policy, IReadOnlyList<PolicyProperty<TPolicy>> properties)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteObject(writer, policy, properties);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one object's properties.</summary>
    public static void WriteObject<TPolicy>(Utf8JsonWriter writer, TPolicy policy, IReadOnlyList<PolicyProperty<TPolicy>> properties)
    {
        writer.WriteStartObject();
        foreach (var property in properties)
        {
            property.Write(writer, policy);
        }

        writer.WriteEndObject();
    }

    /// <summary>Turns a validator property name such as <c>Qa.SampleRate</c> into <c>$.qa.sampleRate</c>.</summary>
    public static string ToJsonPath(string root, string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? root
        : root + "." + string.Join(".", propertyName.Split('.').Select(CamelCase));

    public static PolicyProperty<T> Int<T>(string name, Func<T, int> get, Func<T, int, T> set) => new(
        name,
        (policy, value, path, input) => input.ExpectKind(value, JsonValueKind.Number, path, "a whole number") && value.TryGetInt32(out var n)
            ? set(policy, n)
            : Fail(policy, input, path, value, "a whole number"),
        (writer, policy) => writer.WriteNumber(name, get(policy)));

    public static PolicyProperty<T> Decimal<T>(string name, Func<T, decimal> get, Func<T, decimal, T> set) => new(
        name,
        (policy, value, path, input) => input.ExpectKind(value, JsonValueKind.Number, path, "a number") && value.TryGetDecimal(out var n)
            ? set(policy, n)
            : Fail(policy, input, path, value, "a number"),
        (writer, policy) => writer.WriteNumber(name, get(policy)));

    public static PolicyProperty<T> Bool<T>(string name, Func<T, bool> get, Func<T, bool, T> set) => new(
        name,
        (policy, value, path, input) =>
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return set(policy, value.GetBoolean());
            }

            input.Problem(path, $"expected true or false, got {JsonInput.Describe(value)}.");
            return policy;
        },
        (writer, policy) => writer.WriteBoolean(name, get(policy)));

    public static PolicyProperty<T> String<T>(string name, Func<T, string> get, Func<T, string, T> set) => new(
        name,
        (policy, value, path, input) => input.String(value, path) is { } text ? set(policy, text) : policy,
        (writer, policy) => writer.WriteString(name, get(policy)));

    /// <summary>
    /// An ISO-8601 duration read by <see cref="Text.IsoDuration"/>: hours, minutes and seconds (<c>PT336H</c>, <c>PT2H</c>),
    /// days as 24 hours (<c>P14D</c>: report windows are calendar time); written in hours (<c>PT336H</c>).
    /// </summary>
    public static PolicyProperty<T> Duration<T>(string name, Func<T, NodaTime.Duration> get, Func<T, NodaTime.Duration, T> set) => new(
        name,
        (policy, value, path, input) => input.Duration(value, path, Text.IsoDurationDays.AsTwentyFourHours) is { } duration ? set(policy, duration) : policy,
        (writer, policy) => writer.WriteString(name, Text.IsoDuration.Format(get(policy))));

    public static PolicyProperty<T> Time<T>(string name, Func<T, NodaTime.LocalTime> get, Func<T, NodaTime.LocalTime, T> set) => new(
        name,
        (policy, value, path, input) => input.Time(value, path, allowEndOfDay: false) is { } time ? set(policy, time) : policy,
        (writer, policy) => writer.WriteString(name, LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(get(policy))));

    public static PolicyProperty<T> Enum<T, TEnum>(string name, Func<T, TEnum> get, Func<T, TEnum, T> set)
        where TEnum : struct, Enum => new(
        name,
        (policy, value, path, input) => ParseEnum<TEnum>(value, path, input) is { } e ? set(policy, e) : policy,
        (writer, policy) => writer.WriteString(name, CamelCase(get(policy).ToString())));

    public static PolicyProperty<T> Enums<T, TEnum>(string name, Func<T, ImmutableArray<TEnum>> get, Func<T, ImmutableArray<TEnum>, T> set)
        where TEnum : struct, Enum => List(name, get, set, (JsonElement value, string path, JsonInput input, out TEnum item) =>
        {
            var parsed = ParseEnum<TEnum>(value, path, input);
            item = parsed.GetValueOrDefault();
            return parsed.HasValue;
        }, (writer, e) => writer.WriteStringValue(CamelCase(e.ToString())));

    public static PolicyProperty<T> Strings<T>(string name, Func<T, ImmutableArray<string>> get, Func<T, ImmutableArray<string>, T> set) =>
        List(name, get, set, (JsonElement value, string path, JsonInput input, out string item) =>
        {
            var text = input.String(value, path);
            item = text ?? string.Empty;
            return text is not null;
        }, (writer, s) => writer.WriteStringValue(s));

    /// <summary>A list of items, each read by <paramref name="readItem"/>; the list is replaced only when every item is good.</summary>
    public static PolicyProperty<T> List<T, TItem>(
        string name,
        Func<T, ImmutableArray<TItem>> get,
        Func<T, ImmutableArray<TItem>, T> set,
        TryReadItem<TItem> readItem,
        Action<Utf8JsonWriter, TItem> writeItem) => new(
        name,
        (policy, value, path, input) =>
        {
            if (!input.ExpectKind(value, JsonValueKind.Array, path, "an array"))
            {
                return policy;
            }

            var before = input.Problems.Count;
            var items = ImmutableArray.CreateBuilder<TItem>();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (readItem(item, JsonInput.Index(path, i++), input, out var read))
                {
                    items.Add(read);
                }
            }

            return input.Problems.Count == before ? set(policy, items.ToImmutable()) : policy;
        },
        (writer, policy) =>
        {
            writer.WriteStartArray(name);
            foreach (var item in get(policy))
            {
                writeItem(writer, item);
            }

            writer.WriteEndArray();
        });

    /// <summary>A nested policy object with its own properties.</summary>
    public static PolicyProperty<T> Nested<T, TNested>(
        string name, Func<T, TNested> get, Func<T, TNested, T> set, IReadOnlyList<PolicyProperty<TNested>> properties) => new(
        name,
        (policy, value, path, input) => set(policy, ReadObject(value, path, get(policy), properties, input)),
        (writer, policy) =>
        {
            writer.WritePropertyName(name);
            WriteObject(writer, get(policy), properties);
        });


    public static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static TEnum? ParseEnum<TEnum>(JsonElement value, string path, JsonInput input)
        where TEnum : struct, Enum
    {
        var text = input.String(value, path);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }

        input.Problem(path, $"\"{text}\" is not one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(CamelCase))}.");
        return null;
    }

    private static T Fail<T>(T policy, JsonInput input, string path, JsonElement value, string expected)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            input.Problem(path, $"expected {expected}, got {value.GetRawText()}.");
        }

        return policy;
    }
}
