using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The report, QA, resolution-field, knowledge-base upkeep and customer-template policy files: a file lists only what it
/// changes (merged onto <c>Default</c>), enums camelCase (<c>monday</c>, <c>critical</c>), durations ISO-8601 with
/// <c>P14D</c> read as 336 hours, times <c>HH:mm</c>; every problem at once with its path; written indented.
/// </summary>
internal static class PolicyJson
{
    private static readonly JsonSerializerOptions Options =
        TaiValueConverters.SettableOnly(new FormatContracts(), TaiValueConverters.Options(enumNaming: JsonNamingPolicy.CamelCase));

    /// <summary>Reads a policy file onto <paramref name="defaults"/>, validated by <paramref name="validator"/>.</summary>
    public static LoadResult<T> Read<T>(string json, T defaults, IValidator<T> validator)
        where T : class => JsonContract.Read(json, new JsonFormat<T>
        {
            Contract = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)),
            MergeOnto = () => defaults,
            Prepare = o =>
            {
                // List items start from empty values, so a missing label is the validator's problem, not the reader's.
                foreach (var item in (o["ratings"] as JsonArray)?.OfType<JsonObject>() ?? [])
                {
                    item["minScore"] ??= 0;
                    item["label"] ??= string.Empty;
                }

                foreach (var item in (o["destinations"] as JsonArray)?.OfType<JsonObject>() ?? [])
                {
                    item["id"] ??= string.Empty;
                    item["label"] ??= string.Empty;
                }
            },
            PrepareChecked = (o, path, input) => TaiValueConverters.Rename(o, path, input, "timeZone", "timeZoneId"), // ReportPolicy.TimeZoneId
            Validate = validator.Validate,
        });

    /// <summary>Writes a policy as indented JSON.</summary>
    public static string Write<T>(T policy)
        where T : class =>
        TaiValueConverters.Renamed(JsonSerializer.SerializeToNode(policy, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)))!.AsObject(), ("timeZoneId", "timeZone"))
            .ToJsonString(TaiValueConverters.Indented);

    /// <summary>An enum value as the report files spell it: <c>atRisk</c>, <c>firstResponse</c>.</summary>
    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
