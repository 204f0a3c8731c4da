using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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
        options.Converters.Insert(0, new IsoDurationConverter());
        options.Converters.Insert(1, new OffsetInstantConverter());
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

    private static JsonSerializerOptions MakeReadOnly(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }

    private sealed class IsoDurationConverter : JsonConverter<Duration>
    {
        public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("expected an ISO-8601 duration such as \"PT24H\".");
            }

            return IsoDuration.TryParse(reader.GetString(), out var value, out var problem) ? value : throw new JsonException(problem);
        }

        public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) =>
            writer.WriteStringValue(IsoDuration.Format(value));
    }

    private sealed class OffsetInstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("expected an instant with its offset such as \"2026-03-09T12:30:00-07:00\".");
            }

            return OffsetInstant.TryParse(reader.GetString(), out var value, out var problem) ? value : throw new JsonException(problem);
        }

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(OffsetInstant.Format(value, DateTimeZone.Utc));
    }
}
