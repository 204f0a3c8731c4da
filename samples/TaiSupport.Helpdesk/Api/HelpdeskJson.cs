using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace TaiSupport.Helpdesk.Api;

/// <summary>The helpdesk's JSON settings: web defaults (camelCase), NodaTime's serializers, enums by name only.</summary>
internal static class HelpdeskJson
{
    /// <summary>Applies the settings to <paramref name="options"/> (the HTTP options, and the store's copy).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }

    /// <summary>A fresh web-default options object with the helpdesk settings.</summary>
    public static JsonSerializerOptions Create() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
