using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Json;

/// <summary>
/// How one file format is read (docs/json.md "How a format is read"): its source-generated contract, whether unknown
/// properties are problems, the record a partial file merges onto, a small fix-up of the file before reading, and the
/// FluentValidation check run in the same pass.
/// </summary>
/// <typeparam name="T">The record (or file model) the file holds.</typeparam>
internal sealed class JsonFormat<T>
    where T : class
{
    /// <summary>The source-generated contract, from a <c>JsonSerializerContext</c> built on <see cref="TaiValueConverters.Options"/>.</summary>
    public required JsonTypeInfo<T> Contract { get; init; }

    /// <summary>True when properties the contract does not know are ignored (ticket lines carry a helpdesk's extra fields).</summary>
    public bool IgnoreUnknown { get; init; }

    /// <summary>When set, a file may give only some properties: it is merged onto this value (objects merge, arrays replace).</summary>
    public Func<T>? MergeOnto { get; init; }

    /// <summary>A fix-up of the parsed file before it is checked (a number written for a text id…); null for none.</summary>
    public Action<JsonObject>? Prepare { get; init; }

    /// <summary>The semantic check; its property paths (<c>Targets[3].FirstResponse</c>) become JSON paths (<c>$.targets[3].firstResponse</c>).</summary>
    public Func<T, ValidationResult>? Validate { get; init; }

    /// <summary>A fix-up that may report problems, run after <see cref="Prepare"/> with the value's path: a renamed field, a number of
    /// minutes read as the record's duration (<see cref="TaiValueConverters.NumbersAsDurations"/>), map keys checked by name.</summary>
    public Action<JsonObject, string, JsonInput>? PrepareChecked { get; init; }

    /// <summary>
    /// True when <see cref="Validate"/> also runs when some values did not read (always so when <see cref="MergeOnto"/> is
    /// set): on the rest of the file — a refused value left out (a partial file keeps its start value) or set to its value
    /// type's default, a refused array item null so indices stay — skipping its findings at, inside or around a reported
    /// path, so one pass lists the reading and the semantic mistakes together.
    /// </summary>
    public bool ValidateDespiteProblems { get; init; }
}

/// <summary>
/// The problem-collecting reader over System.Text.Json contracts: it walks the parsed file against the contract
/// (<see cref="JsonTypeInfo.Properties"/>, element and key types) and reports every problem at once with its JSON path —
/// unknown properties, wrong JSON kinds, missing required members, values the converters refuse (their sentence) —
/// then deserializes the file once it is clean, then validates; never a half-built value and never an exception.
/// </summary>
internal static class JsonContract
{
    private static readonly ConditionalWeakTable<JsonTypeInfo, Members> MembersOf = new();

    /// <summary>Reads a whole file.</summary>
    public static LoadResult<T> Read<T>(string json, JsonFormat<T> format)
        where T : class => ReadFile(json, (node, input) => Read(node, "$", input, format));

    /// <summary>Reads an already parsed value (a JSON line's root).</summary>
    public static LoadResult<T> Read<T>(JsonElement element, JsonFormat<T> format)
        where T : class
    {
        var input = new JsonInput();
        return Result(input.RequireText(element, "$") && ToNode(element, "$", input) is var node && input.Problems.Count == 0 ? Read(node, "$", input, format) : null, input);
    }

    /// <summary>Reads a whole file and builds the public value from the file model once it is clean.</summary>
    public static LoadResult<TResult> Read<T, TResult>(string json, JsonFormat<T> format, Func<T, TResult> build)
        where T : class
        where TResult : class =>
        Read(json, format) is var read && read.Value is { } file ? LoadResult<TResult>.Success(build(file)) : LoadResult<TResult>.Failure(read.Problems);

    /// <summary>Reads a whole file through <paramref name="read"/>, a walk of its own over the parsed file (a file of several parts, such as versions) that adds its problems to the input.</summary>
    public static LoadResult<T> ReadFile<T>(string json, Func<JsonNode?, JsonInput, T?> read)
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
            return Result(ToNode(document!.RootElement, "$", input) is var node && input.Problems.Count == 0 ? read(node, input) : null, input);
        }
    }

    /// <summary>Reads a value at <paramref name="path"/> inside a larger walk, adding its problems to <paramref name="input"/>.</summary>
    public static T? Read<T>(JsonNode? node, string path, JsonInput input, JsonFormat<T> format)
        where T : class
    {
        var before = input.Problems.Count;
        if (node is JsonObject obj)
        {
            format.Prepare?.Invoke(obj);
            format.PrepareChecked?.Invoke(obj, path, input);
        }

        // A partial file merges onto the start value: what the start value has is not required of the file.
        var start = format.MergeOnto is { } merge ? JsonSerializer.SerializeToNode(merge(), format.Contract) : null;
        Check(node, format.Contract, path, input, format.IgnoreUnknown, start);
        if (input.Problems.Count > before)
        {
            if (format.ValidateDespiteProblems || start is not null)
            {
                ValidateWhatReads(node, path, input, format, start, before);
            }

            return null;
        }

        T? value;
        try
        {
            value = Merge(start, WithoutNulls(node)!).Deserialize(format.Contract);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            input.Problem(path, $"could not be read: {SafeText.Echo(e.Message, 200)}");
            return null;
        }

        foreach (var failure in (value is not null ? format.Validate?.Invoke(value).Errors : null) ?? [])
        {
            input.Problem(JsonPath(path, failure.PropertyName), failure.ErrorMessage);
        }

        return input.Problems.Count == before ? value : null;
    }

    /// <summary>Writes a value through its contract as one compact line.</summary>
    public static string Write<T>(T value, JsonTypeInfo<T> contract) => JsonSerializer.Serialize(value, contract);

    /// <summary>Writes a value through its contract as an indented file, escaping with <paramref name="encoder"/> (the contract's when null).</summary>
    public static string WriteIndented<T>(T value, JsonTypeInfo<T> contract, System.Text.Encodings.Web.JavaScriptEncoder? encoder = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = encoder ?? contract.Options.Encoder }))
        {
            JsonSerializer.Serialize(writer, value, contract);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A validator's property path (<c>Targets[3].FirstResponse</c>) as a JSON path under <paramref name="path"/>.</summary>
    public static string JsonPath(string path, string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? path
        : propertyName.StartsWith('$') ? propertyName
        : path + "." + string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>A type name as words for sentences: <c>TicketStatus</c> → <c>ticket status</c>.</summary>
    public static string Words(string typeName)
    {
        var words = new StringBuilder();
        foreach (var c in typeName)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>Words with their indefinite article: <c>a ticket status</c>, <c>an incident phase</c>.</summary>
    public static string WithArticle(string words) => (words.Length > 0 && words[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + words;

    /// <summary>A JSON value as a sentence names it: <c>the string "x"</c>, <c>the number 3</c>, <c>an array</c>.</summary>
    public static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => $"the string \"{SafeText.Echo(node.GetValue<string>(), 60)}\"",
        JsonValueKind.Number => $"the number {node.ToJsonString()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => node.ToJsonString(),
    };

    /// <summary>A parsed element as a node the reader can fix up and merge; a property given twice is a problem.</summary>
    public static JsonNode? ToNode(JsonElement element, string path, JsonInput input)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    var at = JsonInput.Property(path, SafeText.Echo(property.Name, 60));
                    if (obj.ContainsKey(property.Name))
                    {
                        input.Problem(at, "is given twice; keep one.");
                    }
                    else
                    {
                        obj.Add(property.Name, ToNode(property.Value, at, input));
                    }
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item, JsonInput.Index(path, i++), input));
                }

                return array;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            default:
                return JsonValue.Create(element);
        }
    }

    /// <summary>A partial object merged onto a whole one (nulls count as absent; objects merge, anything else replaces), for partial sections nested in a file.</summary>
    public static JsonNode MergeOnto(JsonNode start, JsonNode? file) => file is null ? start : Merge(start, WithoutNulls(file.DeepClone())!);

    /// <summary>Whether <paramref name="type"/>'s constructors take <paramref name="name"/>; with <paramref name="requiredOnly"/>, without a default and not as a nullable value.</summary>
    public static bool IsConstructorParameter(Type type, string name, bool requiredOnly = false) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
            && !(requiredOnly && (p.HasDefaultValue || Nullable.GetUnderlyingType(p.ParameterType) is not null))));

    private static LoadResult<T> Result<T>(T? value, JsonInput input)
        where T : class =>
        value is not null && input.Problems.Count == 0 ? LoadResult<T>.Success(value) : LoadResult<T>.Failure(input.Problems);

    private static void Check(JsonNode? node, JsonTypeInfo info, string path, JsonInput input, bool ignoreUnknown, JsonNode? start = null)
    {
        info = Underlying(info);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                CheckObject(obj, info, path, input, ignoreUnknown, start as JsonObject);
                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                var elementInfo = info.Options.GetTypeInfo(ItemTypes(info).Element!);
                for (var i = 0; i < array.Count && !input.IsFull; i++)
                {
                    Check(array[i], elementInfo, JsonInput.Index(path, i), input, ignoreUnknown);
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                var (keyType, valueType) = ItemTypes(info);
                var valueInfo = info.Options.GetTypeInfo(valueType!);
                var keyInfo = keyType == typeof(string) ? null : info.Options.GetTypeInfo(keyType!);
                foreach (var (key, value) in map)
                {
                    var at = KeyPath(info, path, key);
                    if (input.IsFull && keyInfo?.Converter is TaiValueConverters.IAcceptsNames names)
                    {
                        if (!names.Accepts(key))
                        {
                            input.Problem(at, string.Empty); // past the listed problems only the count grows
                        }
                    }
                    else if (keyInfo is not null)
                    {
                        CheckValue(JsonValue.Create(key), keyInfo, at, input); // a key read through its converter (dates, enums)
                    }

                    Check(value, valueInfo, at, input, ignoreUnknown);
                }

                break;
            case JsonTypeInfoKind.None when node is JsonObject && NameOr.Target(info.Type) is { } inline:
                Check(node, info.Options.GetTypeInfo(inline), path, input, ignoreUnknown);
                break;
            case JsonTypeInfoKind.None:
                CheckValue(node, info, path, input);
                break;
            default:
                input.Problem(path, $"expected {Expected(info)}, got {Describe(node)}.");
                break;
        }
    }

    private static void CheckObject(JsonObject obj, JsonTypeInfo info, string path, JsonInput input, bool ignoreUnknown, JsonObject? start)
    {
        var members = MembersOf.GetValue(info, Members.Of);
        foreach (var (name, value) in obj)
        {
            var property = members.Settable.Find(p => p.Name == name);
            if (property is null)
            {
                if (!ignoreUnknown)
                {
                    var shown = SafeText.Echo(name, 60);
                    var near = members.Settable.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                    input.Problem(JsonInput.Property(path, shown), input.IsFull ? string.Empty : near is not null
                        ? $"unknown property '{shown}'; did you mean '{near.Name}'?"
                        : $"unknown property '{shown}'; expected one of: {members.Names}.");
                }
            }
            else if (value is null)
            {
                if (members.Required.Contains(name) && start?[name] is null)
                {
                    input.Problem(JsonInput.Property(path, name), "is required.");
                }
            }
            else
            {
                Check(value, info.Options.GetTypeInfo(property.PropertyType), JsonInput.Property(path, name), input, ignoreUnknown, start?[name]);
            }
        }

        foreach (var name in members.Required.Where(p => !obj.ContainsKey(p) && start?[p] is null))
        {
            input.Problem(JsonInput.Property(path, name), "is required.");
        }
    }

    private static void CheckValue(JsonNode? node, JsonTypeInfo info, string path, JsonInput input)
    {
        var kind = node?.GetValueKind() ?? JsonValueKind.Null;
        var type = info.Type;
        // Every value that is not a flag or a number is written as a string (durations, instants, enums, times, dates).
        var (ok, what) = info.Converter is TaiValueConverters.IReadsAnyKind ? (true, string.Empty)
            : type == typeof(bool) ? (kind is JsonValueKind.True or JsonValueKind.False, "true or false")
            : IsWhole(type) ? (kind == JsonValueKind.Number, "a whole number")
            : IsNumber(type) ? (kind == JsonValueKind.Number, "a number")
            : (kind == JsonValueKind.String, "a string");
        if (!ok)
        {
            input.Problem(path, $"expected {what}, got {Describe(node)}.");
            return;
        }

        try
        {
            _ = node.Deserialize(info);
        }
        catch (TaiValueConverters.ValueProblem e)
        {
            input.Problem(path, e.Message);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            var raw = node?.ToJsonString() ?? "null";
            input.Problem(path, kind != JsonValueKind.Number ? $"is not a valid {Words(type.Name)}."
                : IsWhole(type) && raw.IndexOfAny(['.', 'e', 'E']) >= 0 ? $"expected a whole number, got the number {raw}."
                : $"{raw} is out of range.");
        }
    }

    /// <summary>A nullable value type's contract as its underlying type's.</summary>
    private static JsonTypeInfo Underlying(JsonTypeInfo info) => Nullable.GetUnderlyingType(info.Type) is { } underlying ? info.Options.GetTypeInfo(underlying) : info;

    /// <summary>A map entry's path: <c>$.calendars['emea']</c>, or <c>$.week.monday</c> for a map keyed by names (<see cref="NamedKeys{TKey, TValue}"/>).</summary>
    private static string KeyPath(JsonTypeInfo map, string path, string key) =>
        map.Type.IsGenericType && map.Type.GetGenericTypeDefinition() == typeof(NamedKeys<,>) ? JsonInput.Property(path, SafeText.Echo(key, 60)) : JsonInput.Key(path, SafeText.Echo(key, 60));

    /// <summary>The key and element types of a map or list contract (JsonTypeInfo.KeyType/ElementType are .NET 9+).</summary>
    private static (Type? Key, Type? Element) ItemTypes(JsonTypeInfo info)
    {
#if NET9_0_OR_GREATER
        return (info.KeyType, info.ElementType);
#else
        var item = info.Type.IsArray ? info.Type.GetElementType() : info.Type.GetInterfaces().Append(info.Type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return info.Kind == JsonTypeInfoKind.Dictionary && item is { IsGenericType: true } pair && pair.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
            ? (pair.GetGenericArguments()[0], pair.GetGenericArguments()[1])
            : (null, item);
#endif
    }

    private static bool IsWhole(Type t) => t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte);

    private static bool IsNumber(Type t) => t == typeof(decimal) || t == typeof(double) || t == typeof(float);

    /// <summary>What a contract expects, for a wrong kind: <c>a rotation object</c> (a file model's <c>File</c> suffix dropped), <c>an array</c>.</summary>
    private static string Expected(JsonTypeInfo info) => info.Kind switch
    {
        JsonTypeInfoKind.Object => WithArticle(Words(info.Type.Name is { Length: > 4 } name && name.EndsWith("File", StringComparison.Ordinal) ? name[..^4] : info.Type.Name)) + " object",
        JsonTypeInfoKind.Enumerable => "an array",
        _ => "an object",
    };

    /// <summary>The file without null-valued properties: a null is the same as leaving the property out.</summary>
    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        JsonInput.RemoveWhere(node as JsonObject, p => p.Value is null);
        foreach (var child in node is JsonObject obj ? obj.Select(p => p.Value) : node as JsonArray ?? [])
        {
            WithoutNulls(child);
        }

        return node;
    }

    /// <summary>Deep-merges <paramref name="file"/> onto <paramref name="start"/> (none: the file itself): objects merge by property, anything else replaces.</summary>
    private static JsonNode Merge(JsonNode? start, JsonNode file)
    {
        if (start is not JsonObject into || file is not JsonObject from)
        {
            return start is null ? file : file.DeepClone();
        }

        foreach (var (name, value) in from)
        {
            if (into[name] is JsonObject inner && value is JsonObject)
            {
                Merge(inner, value);
            }
            else
            {
                into[name] = value!.DeepClone();
            }
        }

        return into;
    }

    /// <summary>
    /// <see cref="JsonFormat{T}.ValidateDespiteProblems"/>: the validator runs on what reads (<see cref="Salvage"/>) and its
    /// findings join the list where they are not at, inside or around a reported path (no knock-on problems).
    /// </summary>
    private static void ValidateWhatReads<T>(JsonNode? node, string path, JsonInput input, JsonFormat<T> format, JsonNode? start, int before)
        where T : class
    {
        if (format.Validate is null || input.IsFull)
        {
            return; // nothing to add, or the file already gave the most problems we report
        }

        var bad = input.Problems.Skip(before).Select(p => p.PropertyName).ToHashSet(StringComparer.Ordinal);
        var reported = input.Problems.Select(p => p.PropertyName).ToHashSet(StringComparer.Ordinal);
        try
        {
            var file = Salvage(WithoutNulls(node), format.Contract, path, bad, placeholders: start is null);
            var value = file is null ? null : Merge(start, file).Deserialize(format.Contract);
            var findings = (value is not null ? format.Validate(value).Errors : null) ?? [];
            foreach (var (at, message) in findings.Select(f => (At: JsonPath(path, f.PropertyName), f.ErrorMessage)))
            {
                if (!reported.Any(r => r == at || Inside(r, at) || Inside(at, r)))
                {
                    input.Problem(at, message);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // What is left does not read (a required member was refused): the problems found stand alone.
        }
    }

    private static bool Inside(string inner, string outer) =>
        inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[';

    /// <summary>
    /// The file without the values at <paramref name="bad"/> paths: a refused map entry goes; any other refused value goes or,
    /// with <paramref name="placeholders"/>, becomes its value type's default; a refused object or array item becomes null, so later indices stay.
    /// </summary>
    private static JsonNode? Salvage(JsonNode? node, JsonTypeInfo info, string path, HashSet<string> bad, bool placeholders)
    {
        if (bad.Contains(path))
        {
            return placeholders ? Placeholder(info) : null;
        }

        info = Underlying(info);
        if (node is JsonObject && info.Kind == JsonTypeInfoKind.None && NameOr.Target(info.Type) is { } inline)
        {
            return Salvage(node, info.Options.GetTypeInfo(inline), path, bad, placeholders);
        }

        var map = info.Kind == JsonTypeInfoKind.Dictionary;
        var items = node is JsonObject obj && (map || info.Kind == JsonTypeInfoKind.Object) ? obj.Select(p => (p.Key, Index: -1, p.Value)).ToList()
            : node is JsonArray array && info.Kind == JsonTypeInfoKind.Enumerable ? array.Select((item, i) => (Key: string.Empty, Index: i, Value: item)).Reverse().ToList() : [];
        foreach (var (name, i, value) in items)
        {
            var type = i >= 0 || map ? ItemTypes(info).Element : info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType;
            var at = i >= 0 ? JsonInput.Index(path, i) : map ? KeyPath(info, path, name) : JsonInput.Property(path, name);
            var kept = type is null ? value : map && bad.Contains(at) ? null : Salvage(value, info.Options.GetTypeInfo(type), at, bad, placeholders); // a map entry's key may be what is refused
            if (ReferenceEquals(kept, value))
            {
                continue;
            }

            if (i < 0 && kept is null)
            {
                node!.AsObject().Remove(name);
            }
            else if (i < 0)
            {
                node!.AsObject()[name] = kept;
            }
            else if (kept is null && value is not (JsonObject or JsonArray))
            {
                node!.AsArray().RemoveAt(i); // from the end, so the items still to visit keep their indices
            }
            else
            {
                node!.AsArray()[i] = kept;
            }
        }

        return node;
    }

    /// <summary>A value type's default as its contract writes it, when the contract reads it back; else null (left out).</summary>
    private static JsonNode? Placeholder(JsonTypeInfo info)
    {
        if (!info.Type.IsValueType || Nullable.GetUnderlyingType(info.Type) is not null)
        {
            return null;
        }

        try
        {
            var node = JsonSerializer.SerializeToNode(Activator.CreateInstance(info.Type), info);
            _ = node.Deserialize(info);
            return node;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A contract's members a file may give (settable, or taken by a constructor), those it must give, and their names for sentences.</summary>
    /// <param name="Settable">The members a file may give.</param>
    /// <param name="Required">The names of <c>required</c> members and of constructor parameters without a default that are not nullable values (<c>StatusChange(At, Status)</c>; an <c>Instant? Until</c> may be left out).</param>
    /// <param name="Names">The settable members' names, comma-separated.</param>
    private sealed record Members(List<JsonPropertyInfo> Settable, List<string> Required, string Names)
    {
        public static Members Of(JsonTypeInfo info)
        {
            var settable = info.Properties.Where(p => !p.IsExtensionData && (p.Set is not null || IsConstructorParameter(info.Type, p.Name))).ToList(); // a catch-all is no name a file gives
            var required = settable.Where(p => p.IsRequired || IsConstructorParameter(info.Type, p.Name, requiredOnly: true)).Select(p => p.Name).ToList();
            return new(settable, required, string.Join(", ", settable.Select(p => p.Name)));
        }
    }
}

/// <summary>A map whose keys are names (weekdays, tiers): its problem paths name them like properties, <c>$.week.monday</c>, not <c>$.week['monday']</c>.</summary>
/// <typeparam name="TKey">The key, read through its converter.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class NamedKeys<TKey, TValue> : Dictionary<TKey, TValue>
    where TKey : notnull
{
    public NamedKeys()
    {
    }

    public NamedKeys(IEnumerable<KeyValuePair<TKey, TValue>> items)
        : base(items)
    {
    }
}

/// <summary>A value written either as a name (a string the reader resolves) or inline as an object: a team member's <c>shift</c> is <c>"professional-hours"</c> or a calendar.</summary>
/// <typeparam name="T">The inline object's file model.</typeparam>
/// <param name="Name">The name, or null when inline.</param>
/// <param name="Value">The inline value, or null when named.</param>
[JsonConverter(typeof(NameOr))]
internal sealed record NameOr<T>(string? Name, T? Value)
    where T : class;

/// <summary>Reads and writes <see cref="NameOr{T}"/>: a JSON string is the name, an object the inline value.</summary>
internal sealed class NameOr : JsonConverterFactory
{
    /// <summary>The inline type of a <see cref="NameOr{T}"/> type, else null.</summary>
    public static Type? Target(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(NameOr<>) ? type.GetGenericArguments()[0] : null;

    public override bool CanConvert(Type typeToConvert) => Target(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(Target(typeToConvert)!))!;

    private sealed class Converter<T> : JsonConverter<NameOr<T>>
        where T : class
    {
        public override NameOr<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? new(reader.GetString(), null) : new(null, JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))));

        public override void Write(Utf8JsonWriter writer, NameOr<T> value, JsonSerializerOptions options)
        {
            if (value.Value is { } inline)
            {
                JsonSerializer.Serialize(writer, inline, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            }
            else
            {
                writer.WriteStringValue(value.Name);
            }
        }
    }
}
