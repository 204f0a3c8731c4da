using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using TaiSupport.Core.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Json;

/// <summary>
/// The library's JSON dialect for hosts (docs/json.md): durations in the one ISO spelling (<c>PT24H</c>, <c>-PT30M</c>,
/// <c>PT0S</c>; <see cref="IsoDuration"/>), instants as RFC 3339 (<see cref="OffsetInstant"/>), enums as strings spelled
/// as <c>tai</c> writes them (<c>Enterprise</c>, <c>Critical</c>; SLA states and incident phases camelCase:
/// <c>atRisk</c>, <c>verifying</c>), camelCase property names, and <c>+</c> kept readable in offsets.
/// </summary>
/// <example>
/// <code>
/// builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForTaiSupport());
/// // Duration.FromHours(24) → "PT24H", an Instant → "2026-01-26T16:45:00Z", Tier.Enterprise → "Enterprise"
/// </code>
/// </example>
public static class TaiJson
{
    /// <summary>Compact options in the library's dialect: the same bytes as a <c>tai</c> output line.</summary>
    public static JsonSerializerOptions Options { get; } = MakeReadOnly(new JsonSerializerOptions().ConfigureForTaiSupport());

    /// <summary>
    /// Makes <paramref name="options"/> read and write every public result as <c>tai</c> does: ISO durations, RFC 3339
    /// instants, string enums in the CLI's spelling, camelCase names, relaxed escaping of <c>+</c>. The library's
    /// converters go first, so they win over any added later; NodaTime's other types use NodaTime's own converters (TZDB).
    /// </summary>
    /// <param name="options">The host's options, for example ASP.NET Core's <c>JsonOptions.SerializerOptions</c>.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    public static JsonSerializerOptions ConfigureForTaiSupport(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Insert(0, new TaiValueConverters.IsoDurationConverter(IsoDurationDays.Refused));
        options.Converters.Insert(1, new TaiValueConverters.OffsetInstantConverter(DateTimeZone.Utc));
        options.Converters.Insert(2, new JsonStringEnumConverter<SlaState>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Insert(3, new JsonStringEnumConverter<IncidentPhase>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Insert(4, new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>
    /// One documented result line, as <c>tai</c> prints it: <c>{"id":…}</c> followed by <paramref name="fields"/>
    /// (docs/cli.md "JSON lines"); <c>Line(id, fields).ToJsonString(TaiJson.Options)</c> is the exact text.
    /// </summary>
    /// <param name="id">The input line's <c>id</c> (any JSON value, or null).</param>
    /// <param name="fields">The result's fields, from <see cref="TaiResultJson"/> or a command.</param>
    /// <returns>The line's object; write it with <see cref="Options"/> (or a host's options after <see cref="ConfigureForTaiSupport"/>).</returns>
    public static JsonObject Line(JsonNode? id, JsonObject fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var output = new JsonObject { ["id"] = id?.DeepClone() };
        foreach (var (name, value) in fields)
        {
            output[name] = value?.DeepClone();
        }

        return output;
    }

    /// <summary>
    /// Fresh options to build a host's (or a sample's) source-generated <c>JsonSerializerContext</c> on, so that
    /// <see cref="Read{T}(string, JsonTypeInfo{T}, Func{T, ValidationResult}?, bool)"/> reads its values in the library's
    /// spellings (ISO durations, RFC 3339 instants, enums by name, <c>HH:mm</c> times, ISO dates) with the library's sentences.
    /// </summary>
    /// <returns>Unbound options; pass them to the context's constructor.</returns>
    /// <example><code>var contract = new MyLines(TaiJson.ContractOptions()).DueLine;</code></example>
    public static JsonSerializerOptions ContractOptions() => TaiValueConverters.Options();

    /// <summary>
    /// Reads JSON text through <paramref name="contract"/> the library's way (docs/json.md): every problem at once with its
    /// JSON path and a plain sentence — syntax, unknown properties, wrong kinds, missing required members, refused values —
    /// then <paramref name="validate"/> in the same pass; never a half-built value and never an exception for any input.
    /// </summary>
    /// <typeparam name="T">The value read.</typeparam>
    /// <param name="json">The text.</param>
    /// <param name="contract">A source-generated contract built on <see cref="ContractOptions"/>.</param>
    /// <param name="validate">The semantic check (a FluentValidation validator's <c>Validate</c>), or null.</param>
    /// <param name="ignoreUnknown">True when properties the contract does not know are ignored (a JSON line's <c>id</c>, a host's extra fields).</param>
    /// <returns>The value, or every problem.</returns>
    public static LoadResult<T> Read<T>(string json, JsonTypeInfo<T> contract, Func<T, ValidationResult>? validate, bool ignoreUnknown)
        where T : class => JsonContract.Read(json, Format(contract, validate, ignoreUnknown));

    /// <summary>As <see cref="Read{T}(string, JsonTypeInfo{T}, Func{T, ValidationResult}?, bool)"/>, for an already parsed value (a JSON line's root).</summary>
    /// <typeparam name="T">The value read.</typeparam>
    /// <param name="element">The parsed value.</param>
    /// <param name="contract">A source-generated contract built on <see cref="ContractOptions"/>.</param>
    /// <param name="validate">The semantic check, or null.</param>
    /// <param name="ignoreUnknown">True when unknown properties are ignored.</param>
    /// <returns>The value, or every problem.</returns>
    public static LoadResult<T> Read<T>(JsonElement element, JsonTypeInfo<T> contract, Func<T, ValidationResult>? validate, bool ignoreUnknown)
        where T : class => JsonContract.Read(element, Format(contract, validate, ignoreUnknown));

    private static JsonFormat<T> Format<T>(JsonTypeInfo<T> contract, Func<T, ValidationResult>? validate, bool ignoreUnknown)
        where T : class => new() { Contract = contract ?? throw new ArgumentNullException(nameof(contract)), Validate = validate, IgnoreUnknown = ignoreUnknown, ValidateDespiteProblems = true };

    private static JsonSerializerOptions MakeReadOnly(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
