using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

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
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Period(Utf8JsonWriter w, ReportPeriod period)
    {
        w.WriteStartObject("period");
        w.WriteString("kind", PolicyJson.CamelCase(period.Kind.ToString()));
        w.WriteString("first", LocalDatePattern.Iso.Format(period.First));
        w.WriteString("last", LocalDatePattern.Iso.Format(period.Last));
        w.WriteString("start", TextLayout.Rfc3339(period.Start, period.Zone));
        w.WriteString("end", TextLayout.Rfc3339(period.End, period.Zone));
        w.WriteString("timeZone", period.Zone.Id);
        w.WriteString("title", period.ToString());
        w.WriteEndObject();
    }

    public static void Metrics(Utf8JsonWriter w, SupportMetrics m)
    {
        var zone = m.Period.Zone;
        w.WriteString("asOf", TextLayout.Rfc3339(m.AsOf, zone));
        w.WriteStartObject("volume");
        w.WriteNumber("new", m.New);
        w.WriteNumber("resolvedInPeriod", m.ResolvedInPeriod);
        w.WriteNumber("inProgress", m.InProgress);
        w.WriteNumber("newResolved", m.NewResolved);
        w.WriteNumber("newStillOpen", m.NewStillOpen);
        w.WriteNumber("workingDays", m.WorkingDays);
        Number(w, "averagePerDay", m.AveragePerDay);
        w.WriteEndObject();

        Hours(w, "averageTimeToCloseHours", m.AverageTimeToClose);
        w.WriteStartObject("csat");
        Number(w, "average", m.AverageCsat);
        w.WriteNumber("responses", m.CsatResponses);
        w.WriteNumber("detractors", m.Detractors);
        w.WriteEndObject();

        w.WriteStartObject("sla");
        w.WriteString("clockNote", ClockNote);
        Compliance(w, "firstResponse", m.FirstResponse);
        Compliance(w, "resolution", m.Resolution);
        Number(w, "metPercent", m.SlaMetPercent);
        Misses(w, "misses", m.Misses, zone);
        Misses(w, "overdue", m.Overdue, zone);
        w.WriteEndObject();

        w.WriteStartObject("escalations");
        w.WriteStartArray("byDestination");
        foreach (var d in m.Escalations)
        {
            w.WriteStartObject();
            w.WriteString("to", d.To);
            w.WriteString("label", d.Label);
            w.WriteNumber("count", d.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("ongoing");
        foreach (var e in m.OngoingEscalations)
        {
            w.WriteStartObject();
            w.WriteString("ticket", e.TicketId);
            w.WriteString("to", e.To);
            w.WriteString("since", TextLayout.Rfc3339(e.Since, zone));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("incidents");
        w.WriteNumber("declared", m.Incidents.Declared);
        w.WriteNumber("p1", m.Incidents.P1);
        w.WriteNumber("resolved", m.Incidents.Resolved);
        Number(w, "mttrMinutes", m.Incidents.MeanTimeToResolve is { } mttr ? (decimal)mttr.TotalMinutes : null);
        w.WriteNumber("customersAffected", m.Incidents.CustomersAffected);
        w.WriteNumber("statusPageUpdates", m.Incidents.StatusPageUpdates);
        Strings(w, "ongoing", m.Incidents.Ongoing);
        w.WriteEndObject();

        w.WriteStartArray("tags");
        foreach (var t in m.Tags)
        {
            w.WriteStartObject();
            w.WriteString("tag", t.Tag);
            w.WriteNumber("tickets", t.Tickets);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("resolvedBy");
        foreach (var p in m.Resolvers)
        {
            w.WriteStartObject();
            w.WriteString("person", p.Person);
            w.WriteNumber("resolved", p.Resolved);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "activeStaff", m.ActiveStaff);
        Breakdowns(w, m);
    }

    /// <summary>The category and root-cause breakdowns (§2.2.2, §2.2.7), added after the fields older reports had.</summary>
    public static void Breakdowns(Utf8JsonWriter w, SupportMetrics m)
    {
        w.WriteStartArray("categories");
        foreach (var c in m.Categories)
        {
            w.WriteStartObject();
            w.WriteString("category", c.Category.ToString());
            w.WriteNumber("tickets", c.Tickets);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("rootCauses");
        w.WriteStartArray("resolved");
        foreach (var c in m.RootCauses)
        {
            w.WriteStartObject();
            w.WriteString("rootCause", c.RootCause.ToString());
            w.WriteNumber("tickets", c.Tickets);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("missing", m.RootCauseMissing);
        w.WriteEndObject();
    }

    public static void Notes(Utf8JsonWriter w, ReportNotes notes)
    {
        w.WriteStartObject("notes");
        if (notes.OnCall is { } onCall)
        {
            w.WriteString("onCall", onCall);
        }

        Strings(w, "staffing", notes.Staffing);
        Strings(w, "blockers", notes.Blockers);
        Strings(w, "nextWeekPriorities", notes.NextWeekPriorities);
        Strings(w, "notes", notes.Notes);
        w.WriteEndObject();
    }

    public static void Trend(Utf8JsonWriter w, string name, Trend trend)
    {
        w.WriteStartObject(name);
        w.WriteString("direction", PolicyJson.CamelCase(trend.Direction.ToString()));
        Number(w, "change", trend.Change);
        w.WriteBoolean("isPercent", trend.IsPercent);
        w.WriteString("text", trend.ToString());
        w.WriteEndObject();
    }

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
    public static void Trace(Utf8JsonWriter w, IEnumerable<Decisions.TraceStep> trace)
    {
        w.WriteStartArray("trace");
        foreach (var step in trace)
        {
            w.WriteStartObject();
            w.WriteString("rule", step.Rule);
            w.WriteString("source", step.Source);
            w.WriteString("reason", step.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Compliance(Utf8JsonWriter w, string name, SlaCompliance c)
    {
        w.WriteStartObject(name);
        w.WriteNumber("met", c.Met);
        w.WriteNumber("missed", c.Missed);
        Number(w, "metPercent", c.MetPercent);
        w.WriteNumber("timed", c.Timed);
        Hours(w, "averageHours", c.AverageTime);
        Hours(w, "averageTargetHours", c.AverageTarget);
        w.WriteEndObject();
    }

    private static void Misses(Utf8JsonWriter w, string name, IEnumerable<SlaMiss> misses, DateTimeZone zone)
    {
        w.WriteStartArray(name);
        foreach (var miss in misses)
        {
            w.WriteStartObject();
            w.WriteString("ticket", miss.TicketId);
            w.WriteString("clock", PolicyJson.CamelCase(miss.Clock.ToString()));
            w.WriteString("due", TextLayout.Rfc3339(miss.Due, zone));
            w.WriteString("state", PolicyJson.CamelCase(miss.State.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
