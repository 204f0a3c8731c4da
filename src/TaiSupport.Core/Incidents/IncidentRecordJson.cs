using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes the incident JSON format (<c>INCIDENT.json</c>, documented in <c>docs/incidents.md</c>):
/// <code>
/// {
///   "id": "INC-2026-0142", "level": "P1", "timeZone": "America/Los_Angeles",
///   "declaredAt": "2026-02-10T14:00:00-08:00",
///   "acknowledgements": ["2026-02-10T14:01:00-08:00"], "statusUpdates": ["2026-02-10T14:02:00-08:00"],
///   "rootCauseFoundAt": "2026-02-10T14:15:00-08:00", "resolvedAt": "2026-02-10T14:45:00-08:00",
///   "verificationRuns": [{ "at": "2026-02-10T14:40:00-08:00", "passed": true }],
///   "impact": { "affectedCustomers": 12, "failedRequests": 8234, "totalRequests": 120000 }
/// }
/// </code>
/// Only <c>level</c> and <c>declaredAt</c> are required. Instants carry an offset (or <c>Z</c>). Every problem — malformed
/// values, unknown properties, and the <see cref="IncidentRecordValidator"/>'s findings — is reported at once with its JSON
/// path; a record with any problem is never returned.
/// </summary>
public static class IncidentRecordJson
{
    private static readonly string[] Names =
    [
        "id", "level", "timeZone", "declaredAt", "summary", "acknowledgements", "statusUpdates", "customersNotifiedAt",
        "rootCauseFoundAt", "rootCause", "escalatedAt", "level2PagedAt", "resolvedAt", "verificationRuns",
        "resolutionNoticeSentAt", "postMortemHeldAt", "timeline", "impact", "serviceCreditPct", "prevention", "attendees",
        "wentWell", "wentBadly", "actionItems",
    ];

    private static readonly string[] ImpactNames = ["affectedCustomers", "affectedCustomersNote", "failedRequests", "totalRequests", "revenueImpactUsd"];

    /// <summary>Reads and validates an incident record.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record, or every problem.</returns>
    /// <example>
    /// <code>
    /// var result = IncidentRecordJson.Read(File.ReadAllText("INCIDENT.json"));
    /// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems()); // "$.statusUpdates[1]: ... is before declaredAt ..."
    /// </code>
    /// </example>
    public static LoadResult<IncidentRecord> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<IncidentRecord>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var record = ReadRecord(document!.RootElement, input);
            if (record is not null)
            {
                foreach (var failure in new IncidentRecordValidator().Validate(record).Errors)
                {
                    var at = "$." + failure.PropertyName;
                    if (!input.HasProblemAt(at))
                    {
                        input.Problem(at, failure.ErrorMessage);
                    }
                }
            }

            return record is not null && input.Problems.Count == 0
                ? LoadResult<IncidentRecord>.Success(record)
                : LoadResult<IncidentRecord>.Failure(input.Problems);
        }
    }

    /// <summary>Writes an incident record as indented JSON, readable by <see cref="Read"/>; instants in the record's zone.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            new Writer(writer, record.Zone).Record(record);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IncidentRecord? ReadRecord(JsonElement root, JsonInput input)
    {
        if (!input.ExpectKind(root, JsonValueKind.Object, "$", "an incident object"))
        {
            return null;
        }

        input.RejectUnknown(root, "$", Names);
        var level = ReadLevel(root, input);
        var declaredAt = input.TryGet(root, "declaredAt", out var declared) ? input.Instant(declared, "$.declaredAt") : Missing<Instant>(input, "declaredAt", "a date-time with offset");
        var zone = ReadZone(root, input);
        var record = new IncidentRecord
        {
            Id = Optional(root, "id", (e, p) => input.String(e, p)) ?? string.Empty,
            Level = level ?? IncidentLevel.None,
            DeclaredAt = declaredAt ?? default,
            Zone = zone ?? DateTimeZone.Utc,
            Summary = Optional(root, "summary", (e, p) => input.NonBlank(e, p)),
            Acknowledgements = List(root, "acknowledgements", (e, p) => input.Instants(e, p)),
            StatusUpdates = List(root, "statusUpdates", (e, p) => input.Instants(e, p)),
            CustomersNotifiedAt = When(root, "customersNotifiedAt", input),
            RootCauseFoundAt = When(root, "rootCauseFoundAt", input),
            RootCause = Optional(root, "rootCause", (e, p) => input.NonBlank(e, p)),
            EscalatedAt = When(root, "escalatedAt", input),
            Level2PagedAt = When(root, "level2PagedAt", input),
            ResolvedAt = When(root, "resolvedAt", input),
            VerificationRuns = List(root, "verificationRuns", (e, p) => input.Array(e, p, "an array of {\"at\", \"passed\"} runs", (item, at) => ReadRun(item, at, input))),
            ResolutionNoticeSentAt = When(root, "resolutionNoticeSentAt", input),
            PostMortemHeldAt = When(root, "postMortemHeldAt", input),
            Timeline = List(root, "timeline", (e, p) => input.Array(e, p, "an array of {\"at\", \"event\"} entries", (item, at) => ReadEntry(item, at, input))),
            Impact = input.TryGet(root, "impact", out var impact) ? ReadImpact(impact, "$.impact", input) : new IncidentImpact(),
            ServiceCreditPct = input.TryGet(root, "serviceCreditPct", out var credit) ? input.Decimal(credit, "$.serviceCreditPct") : null,
            Prevention = List(root, "prevention", (e, p) => input.Strings(e, p)),
            Attendees = List(root, "attendees", (e, p) => input.Strings(e, p)),
            WentWell = List(root, "wentWell", (e, p) => input.Strings(e, p)),
            WentBadly = List(root, "wentBadly", (e, p) => input.Strings(e, p)),
            ActionItems = List(root, "actionItems", (e, p) => input.Array(e, p, "an array of {\"action\", \"owner\", \"due\"} items", (item, at) => ReadActionItem(item, at, input))),
        };
        return declaredAt is null ? null : record; // the validator still runs when only the level or zone is bad, to report all at once

        T? Optional<T>(JsonElement obj, string name, Func<JsonElement, string, T?> read)
            where T : class => input.TryGet(obj, name, out var e) ? read(e, "$." + name) : null;

        ImmutableArray<T> List<T>(JsonElement obj, string name, Func<JsonElement, string, ImmutableArray<T>> read) =>
            input.TryGet(obj, name, out var e) ? read(e, "$." + name) : [];
    }

    private static T? Missing<T>(JsonInput input, string name, string what)
        where T : struct
    {
        input.Problem("$." + name, $"is required: give {what}.");
        return null;
    }

    private static Instant? When(JsonElement obj, string name, JsonInput input) =>
        input.TryGet(obj, name, out var e) ? input.Instant(e, "$." + name) : null;

    private static IncidentLevel? ReadLevel(JsonElement root, JsonInput input)
    {
        if (!input.TryGet(root, "level", out var element))
        {
            return Missing<IncidentLevel>(input, "level", "P1, P2 or P3");
        }

        switch (input.String(element, "$.level")?.ToUpperInvariant())
        {
            case "P1": return IncidentLevel.P1;
            case "P2": return IncidentLevel.P2;
            case "P3": return IncidentLevel.P3;
            case not null:
                input.Problem("$.level", $"\"{element.GetString()}\" is not a level; use P1, P2 or P3.");
                break;
        }

        return null;
    }

    private static DateTimeZone? ReadZone(JsonElement root, JsonInput input)
    {
        if (!input.TryGet(root, "timeZone", out var element))
        {
            return DateTimeZoneProviders.Tzdb[BusinessCalendars.PacificTimeZoneId];
        }

        var id = input.String(element, "$.timeZone");
        if (id is null)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null)
        {
            input.Problem("$.timeZone", $"'{id}' is not a tzdb time-zone id (for example America/Los_Angeles or Europe/Berlin).");
        }

        return zone;
    }

    private static (bool, VerificationRun) ReadRun(JsonElement item, string path, JsonInput input)
    {
        if (!input.ExpectKind(item, JsonValueKind.Object, path, "a run {\"at\": \"…\", \"passed\": true}"))
        {
            return (false, null!);
        }

        input.RejectUnknown(item, path, "at", "passed");
        var at = Required(item, "at", path, input, (e, p) => input.Instant(e, p), "a date-time with offset");
        var passed = Required(item, "passed", path, input, (e, p) => input.Boolean(e, p), "true or false");
        return at is { } a && passed is { } ok ? (true, new VerificationRun(a, ok)) : (false, null!);
    }

    private static (bool, TimelineEntry) ReadEntry(JsonElement item, string path, JsonInput input)
    {
        if (!input.ExpectKind(item, JsonValueKind.Object, path, "an entry {\"at\": \"…\", \"event\": \"…\"}"))
        {
            return (false, null!);
        }

        input.RejectUnknown(item, path, "at", "event");
        var at = Required(item, "at", path, input, (e, p) => input.Instant(e, p), "a date-time with offset");
        var text = input.TryGet(item, "event", out var e) ? input.NonBlank(e, path + ".event") : Text(input, path + ".event");
        return at is { } a && text is not null ? (true, new TimelineEntry(a, text)) : (false, null!);
    }

    private static (bool, ActionItem) ReadActionItem(JsonElement item, string path, JsonInput input)
    {
        if (!input.ExpectKind(item, JsonValueKind.Object, path, "an item {\"action\", \"owner\", \"due\"}"))
        {
            return (false, null!);
        }

        input.RejectUnknown(item, path, "action", "owner", "due");
        var action = input.TryGet(item, "action", out var a) ? input.NonBlank(a, path + ".action") : Text(input, path + ".action");
        var owner = input.TryGet(item, "owner", out var o) ? input.NonBlank(o, path + ".owner") : Text(input, path + ".owner");
        var due = Required(item, "due", path, input, (e, p) => input.String(e, p) is { } t ? input.Date(t, p) : null, "a date yyyy-MM-dd");
        return action is not null && owner is not null && due is { } d ? (true, new ActionItem(action, owner, d)) : (false, null!);
    }

    private static IncidentImpact ReadImpact(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "an impact object"))
        {
            return new IncidentImpact();
        }

        input.RejectUnknown(element, path, ImpactNames);
        return new IncidentImpact
        {
            AffectedCustomers = Count("affectedCustomers"),
            AffectedCustomersNote = input.TryGet(element, "affectedCustomersNote", out var note) ? input.NonBlank(note, path + ".affectedCustomersNote") : null,
            FailedRequests = Count("failedRequests"),
            TotalRequests = Count("totalRequests"),
            RevenueImpactUsd = input.TryGet(element, "revenueImpactUsd", out var revenue) ? input.Decimal(revenue, path + ".revenueImpactUsd") : null,
        };

        long? Count(string name) => input.TryGet(element, name, out var e) ? input.Integer(e, $"{path}.{name}", min: 0) : null;
    }

    private static T? Required<T>(JsonElement obj, string name, string path, JsonInput input, Func<JsonElement, string, T?> read, string what)
        where T : struct
    {
        if (input.TryGet(obj, name, out var e))
        {
            return read(e, $"{path}.{name}");
        }

        input.Problem($"{path}.{name}", $"is required: give {what}.");
        return null;
    }

    private static string? Text(JsonInput input, string path)
    {
        input.Problem(path, "is required.");
        return null;
    }

    private sealed class Writer(Utf8JsonWriter writer, DateTimeZone zone)
    {
        public void Record(IncidentRecord r)
        {
            writer.WriteStartObject();
            writer.WriteString("id", r.Id);
            writer.WriteString("level", r.Level.ToString());
            writer.WriteString("timeZone", zone.Id);
            When("declaredAt", r.DeclaredAt);
            Text("summary", r.Summary);
            Instants("acknowledgements", r.Acknowledgements);
            Instants("statusUpdates", r.StatusUpdates);
            When("customersNotifiedAt", r.CustomersNotifiedAt);
            When("rootCauseFoundAt", r.RootCauseFoundAt);
            Text("rootCause", r.RootCause);
            When("escalatedAt", r.EscalatedAt);
            When("level2PagedAt", r.Level2PagedAt);
            When("resolvedAt", r.ResolvedAt);
            Objects("verificationRuns", r.VerificationRuns, v =>
            {
                When("at", v.At);
                writer.WriteBoolean("passed", v.Passed);
            });
            When("resolutionNoticeSentAt", r.ResolutionNoticeSentAt);
            When("postMortemHeldAt", r.PostMortemHeldAt);
            Objects("timeline", r.Timeline, t =>
            {
                When("at", t.At);
                writer.WriteString("event", t.Event);
            });
            Impact(r.Impact);
            if (r.ServiceCreditPct is { } credit)
            {
                writer.WriteNumber("serviceCreditPct", credit);
            }

            Texts("prevention", r.Prevention);
            Texts("attendees", r.Attendees);
            Texts("wentWell", r.WentWell);
            Texts("wentBadly", r.WentBadly);
            Objects("actionItems", r.ActionItems, a =>
            {
                writer.WriteString("action", a.Action);
                writer.WriteString("owner", a.Owner);
                writer.WriteString("due", LocalDatePattern.Iso.Format(a.Due));
            });
            writer.WriteEndObject();
        }

        private void Impact(IncidentImpact impact)
        {
            writer.WriteStartObject("impact");
            Number("affectedCustomers", impact.AffectedCustomers);
            Text("affectedCustomersNote", impact.AffectedCustomersNote);
            Number("failedRequests", impact.FailedRequests);
            Number("totalRequests", impact.TotalRequests);
            if (impact.RevenueImpactUsd is { } revenue)
            {
                writer.WriteNumber("revenueImpactUsd", revenue);
            }

            writer.WriteEndObject();
        }

        private void When(string name, Instant? at)
        {
            if (at is { } t)
            {
                writer.WriteString(name, IncidentJsonValues.FormatInstant(t, zone));
            }
        }

        private void Text(string name, string? text)
        {
            if (text is not null)
            {
                writer.WriteString(name, text);
            }
        }

        private void Number(string name, long? value)
        {
            if (value is { } v)
            {
                writer.WriteNumber(name, v);
            }
        }

        private void Instants(string name, ImmutableArray<Instant> instants)
        {
            writer.WriteStartArray(name);
            foreach (var instant in instants.IsDefault ? [] : instants)
            {
                writer.WriteStringValue(IncidentJsonValues.FormatInstant(instant, zone));
            }

            writer.WriteEndArray();
        }

        private void Texts(string name, ImmutableArray<string> texts)
        {
            writer.WriteStartArray(name);
            foreach (var text in texts.IsDefault ? [] : texts)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }

        private void Objects<T>(string name, ImmutableArray<T> items, Action<T> body)
        {
            writer.WriteStartArray(name);
            foreach (var item in items.IsDefault ? [] : items)
            {
                writer.WriteStartObject();
                body(item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
