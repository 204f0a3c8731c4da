using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Json;

namespace TaiSupport.Core.Reporting;

/// <summary>Writes reports as JSON: camelCase, instants with the report zone's offset, durations in hours, percentages unrounded to 2 decimals.</summary>
internal static class ReportJson
{
    public const string ClockNote =
        "Response and resolution times are measured on each ticket's own SLA clock (the calendar its target runs on, "
        + "waiting-on-customer time excluded from resolution), so they compare with its target; time to close is wall-clock time.";

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = TaiValueConverters.Indented.Encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Period(Utf8JsonWriter w, ReportPeriod period) => Object(w, "period", () =>
    {
        w.WriteString("kind", PolicyJson.CamelCase(period.Kind.ToString()));
        w.WriteString("first", LocalDatePattern.Iso.Format(period.First));
        w.WriteString("last", LocalDatePattern.Iso.Format(period.Last));
        w.WriteString("start", TextLayout.Rfc3339(period.Start, period.Zone));
        w.WriteString("end", TextLayout.Rfc3339(period.End, period.Zone));
        w.WriteString("timeZone", period.Zone.Id);
        w.WriteString("title", period.ToString());
    });

    public static void Metrics(Utf8JsonWriter w, SupportMetrics m)
    {
        var zone = m.Period.Zone;
        w.WriteString("asOf", TextLayout.Rfc3339(m.AsOf, zone));
        Object(w, "volume", () =>
        {
            w.WriteNumber("new", m.New);
            w.WriteNumber("resolvedInPeriod", m.ResolvedInPeriod);
            w.WriteNumber("inProgress", m.InProgress);
            w.WriteNumber("newResolved", m.NewResolved);
            w.WriteNumber("newStillOpen", m.NewStillOpen);
            w.WriteNumber("workingDays", m.WorkingDays);
            Number(w, "averagePerDay", m.AveragePerDay);
        });
        Hours(w, "averageTimeToCloseHours", m.AverageTimeToClose);
        Object(w, "csat", () =>
        {
            Number(w, "average", m.AverageCsat);
            w.WriteNumber("responses", m.CsatResponses);
            w.WriteNumber("detractors", m.Detractors);
        });
        Object(w, "sla", () =>
        {
            w.WriteString("clockNote", ClockNote);
            Compliance(w, "firstResponse", m.FirstResponse);
            Compliance(w, "resolution", m.Resolution);
            Number(w, "metPercent", m.SlaMetPercent);
            Misses(w, "misses", m.Misses, zone);
            Misses(w, "overdue", m.Overdue, zone);
        });
        Object(w, "escalations", () =>
        {
            Objects(w, "byDestination", m.Escalations, d => { w.WriteString("to", d.To); w.WriteString("label", d.Label); w.WriteNumber("count", d.Count); });
            Objects(w, "ongoing", m.OngoingEscalations, e => { w.WriteString("ticket", e.TicketId); w.WriteString("to", e.To); w.WriteString("since", TextLayout.Rfc3339(e.Since, zone)); });
        });
        Object(w, "incidents", () =>
        {
            w.WriteNumber("declared", m.Incidents.Declared);
            w.WriteNumber("p1", m.Incidents.P1);
            w.WriteNumber("resolved", m.Incidents.Resolved);
            Number(w, "mttrMinutes", m.Incidents.MeanTimeToResolve is { } mttr ? (decimal)mttr.TotalMinutes : null);
            w.WriteNumber("customersAffected", m.Incidents.CustomersAffected);
            w.WriteNumber("statusPageUpdates", m.Incidents.StatusPageUpdates);
            Strings(w, "ongoing", m.Incidents.Ongoing);
        });
        Objects(w, "tags", m.Tags, t => { w.WriteString("tag", t.Tag); w.WriteNumber("tickets", t.Tickets); });
        Objects(w, "resolvedBy", m.Resolvers, p => { w.WriteString("person", p.Person); w.WriteNumber("resolved", p.Resolved); });
        Strings(w, "activeStaff", m.ActiveStaff);
        // The category and root-cause breakdowns (§2.2.2, §2.2.7), added after the fields older reports had.
        Objects(w, "categories", m.Categories, c => { w.WriteString("category", c.Category.ToString()); w.WriteNumber("tickets", c.Tickets); });
        Object(w, "rootCauses", () =>
        {
            Objects(w, "resolved", m.RootCauses, c => { w.WriteString("rootCause", c.RootCause.ToString()); w.WriteNumber("tickets", c.Tickets); });
            w.WriteNumber("missing", m.RootCauseMissing);
        });
    }

    public static void Notes(Utf8JsonWriter w, ReportNotes notes) => Object(w, "notes", () =>
    {
        if (notes.OnCall is { } onCall)
        {
            w.WriteString("onCall", onCall);
        }

        Strings(w, "staffing", notes.Staffing);
        Strings(w, "blockers", notes.Blockers);
        Strings(w, "nextWeekPriorities", notes.NextWeekPriorities);
        Strings(w, "notes", notes.Notes);
    });

    public static void Trend(Utf8JsonWriter w, string name, Trend trend) => Object(w, name, () =>
    {
        w.WriteString("direction", PolicyJson.CamelCase(trend.Direction.ToString()));
        Number(w, "change", trend.Change);
        w.WriteBoolean("isPercent", trend.IsPercent);
        w.WriteString("text", trend.ToString());
    });

    public static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            // Dividing by 1.000… drops trailing zeros: 8.10 is written 8.1.
            w.WriteNumber(name, Math.Round(v, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Hours(Utf8JsonWriter w, string name, Duration? value) => Number(w, name, value is { } d ? (decimal)d.TotalHours : null);

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>A decision's trace as <c>"trace":[{"rule","source","reason"}…]</c>.</summary>
    public static void Trace(Utf8JsonWriter w, IEnumerable<Decisions.TraceStep> trace) =>
        Objects(w, "trace", trace, s => { w.WriteString("rule", s.Rule); w.WriteString("source", s.Source); w.WriteString("reason", s.Reason); });

    /// <summary>A standup summary's JSON with a <c>knownIssues</c> array added at the end (<c>until</c> null while open).</summary>
    public static string WithKnownIssues(string summary, IEnumerable<KnownIssue> issues, DateTimeZone zone)
    {
        var node = JsonNode.Parse(summary)!.AsObject();
        node["knownIssues"] = new JsonArray([.. issues.Select(k => (JsonNode)new JsonObject
        {
            ["title"] = k.Title,
            ["kind"] = PolicyJson.CamelCase(k.Kind.ToString()),
            ["from"] = TextLayout.Rfc3339(k.From, zone),
            ["until"] = k.Until is { } u ? TextLayout.Rfc3339(u, zone) : null,
        })]);
        return node.ToJsonString(TaiValueConverters.Indented);
    }

    private static void Object(Utf8JsonWriter w, string name, Action write)
    {
        w.WriteStartObject(name);
        write();
        w.WriteEndObject();
    }

    /// <summary>An array of objects, each written by <paramref name="write"/> .</summary>
    private static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Compliance(Utf8JsonWriter w, string name, SlaCompliance c) => Object(w, name, () =>
    {
        w.WriteNumber("met", c.Met);
        w.WriteNumber("missed", c.Missed);
        Number(w, "metPercent", c.MetPercent);
        w.WriteNumber("timed", c.Timed);
        Hours(w, "averageHours", c.AverageTime);
        Hours(w, "averageTargetHours", c.AverageTarget);
    });

    private static void Misses(Utf8JsonWriter w, string name, IEnumerable<SlaMiss> misses, DateTimeZone zone) =>
        Objects(w, name, misses, miss => { w.WriteString("ticket", miss.TicketId); w.WriteString("clock", PolicyJson.CamelCase(miss.Clock.ToString())); w.WriteString("due", TextLayout.Rfc3339(miss.Due, zone)); w.WriteString("state", PolicyJson.CamelCase(miss.State.ToString())); });
}
