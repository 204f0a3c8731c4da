using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes the incident JSON format (<c>INCIDENT.json</c>, docs/incidents.md):
/// <c>{"id":"INC-2026-0142","level":"P1","timeZone":"America/Los_Angeles","declaredAt":"2026-02-10T14:00:00-08:00",
/// "statusUpdates":["2026-02-10T14:02:00-08:00"],"verificationRuns":[{"at":"…","passed":true}],"impact":{"failedRequests":8234}}</c>.
/// Only <c>level</c> and <c>declaredAt</c> are required; instants carry an offset. Every problem (malformed values, unknown
/// properties, the <see cref="IncidentRecordValidator"/>'s findings) is reported at once with its JSON path; a record with
/// any problem is never returned. Read through the record's generated contract, its <c>Zone</c> named <c>timeZone</c>.
/// </summary>
public static class IncidentRecordJson
{
    private static readonly string[] Lists = ["acknowledgements", "statusUpdates", "verificationRuns", "timeline", "prevention", "attendees", "wentWell", "wentBadly", "actionItems"];

    private static readonly IncidentRecordValidator Validator = new();

    private static readonly JsonFormat<IncidentRecord> Format = new()
    {
        Contract = Contract(DateTimeZone.Utc),
        Prepare = o =>
        {
            // The generated contract sets every init-only member of a record with required members: the defaults are given here.
            o["id"] ??= string.Empty;
            o["timeZone"] ??= BusinessCalendars.PacificTimeZoneId;
            o["impact"] ??= new JsonObject();
            foreach (var list in Lists)
            {
                o[list] ??= new JsonArray();
            }
        },
        Validate = Validator.Validate,
        ValidateDespiteProblems = true,
    };

    /// <summary>Reads and validates an incident record.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record, or every problem.</returns>
    public static LoadResult<IncidentRecord> Read(string json) => JsonContract.Read(json, Format);

    /// <summary>Writes an incident record as indented JSON, readable by <see cref="Read"/>; instants in the record's zone.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonContract.WriteIndented(record, Contract(record.Zone));
    }

    /// <summary>The record's contract, instants written in <paramref name="zone"/>, <c>id</c>, <c>level</c> and <c>timeZone</c> first.</summary>
    private static JsonTypeInfo<IncidentRecord> Contract(DateTimeZone zone)
    {
        var options = TaiValueConverters.Options();
        options.Converters.Insert(0, new TaiValueConverters.OffsetInstantConverter(zone));
        options.Converters.Add(new TaiValueConverters.TimeZoneConverter());
        options.TypeInfoResolver = FormatContracts.Default.WithAddedModifier(info =>
        {
            foreach (var property in info.Type == typeof(IncidentRecord) ? info.Properties : [])
            {
                (property.Name, property.Order) = property.Name switch { "id" => ("id", -3), "level" => ("level", -2), "zone" => ("timeZone", -1), var name => (name, 0) };
            }
        });
        return (JsonTypeInfo<IncidentRecord>)options.GetTypeInfo(typeof(IncidentRecord));
    }
}
