using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// Reads a report ticket line: a <c>tai sla</c> ticket line (<see cref="TicketJson"/>: <c>id</c>, <c>tier</c>,
/// <c>priority</c>, <c>category</c>, <c>createdAt</c>, <c>firstResponseAt</c>, <c>statusChanges</c>, <c>assignee</c>…) with
/// the same field names, plus the report's own fields:
/// <code>
/// {"id":"1823","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T15:10:00-08:00",
///  "firstResponseAt":"2026-01-26T15:20:00-08:00","assignee":"Sarah",
///  "statusChanges":[{"at":"2026-01-26T16:30:00-08:00","status":"WaitingOnCustomer"}],
///  "customer":"MegaCorp","subject":"API errors","csat":9,"tags":["API errors"],
///  "escalations":[{"to":"engineering","at":"2026-01-26T15:40:00-08:00"}],"resolvedBy":"Sarah",
///  "needed":"Engineering investigation on query timeouts","statusNote":"Waiting on customer's last 100 API logs"}
/// </code>
/// Every problem is reported at once with its JSON path. Unknown properties are ignored, as in ticket lines.
/// </summary>
public static class ReportTicketJson
{
    /// <summary>Reads and validates one report ticket line.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <returns>The report ticket, or every problem.</returns>
    public static LoadResult<ReportTicket> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<ReportTicket>.Failure([syntax!]);
        }

        using (document)
        {
            return Read(document!.RootElement);
        }
    }

    /// <summary>Reads and validates one report ticket from a parsed JSON object.</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The report ticket, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<ReportTicket> Read(JsonElement element)
    {
        var input = new JsonInput();
        if (!input.RequireText(element, "$"))
        {
            return LoadResult<ReportTicket>.Failure(input.Problems);
        }

        var ticket = TicketJson.ReadTicket(element, "$", input);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return LoadResult<ReportTicket>.Failure(input.Problems);
        }

        var report = new ReportTicket
        {
            Ticket = ticket ?? new Ticket { Id = "?", Tier = Tier.Starter, Priority = Priority.Low, CreatedAt = Instant.MinValue },
            Customer = Text(element, "customer", input),
            Subject = Text(element, "subject", input),
            Csat = Csat(element, input),
            Tags = Tags(element, input),
            Escalations = Escalations(element, input),
            ResolvedBy = Text(element, "resolvedBy", input),
            Needed = Text(element, "needed", input),
            StatusNote = Text(element, "statusNote", input),
        };
        // The report's own rules run even when the ticket part is broken (on a placeholder), so every problem shows at once.
        foreach (var failure in ReportTicket.Validate(report).Errors)
        {
            var at = JsonInput.Property("$", failure.PropertyName);
            if (!input.HasProblemAt(at))
            {
                input.Problem(at, failure.ErrorMessage);
            }
        }

        return ticket is not null && input.Problems.Count == 0 ? LoadResult<ReportTicket>.Success(report) : LoadResult<ReportTicket>.Failure(input.Problems);
    }

    /// <summary>Writes a report ticket as one line of compact JSON (the ticket's fields, then the report's), instants in <paramref name="zone"/>.</summary>
    /// <param name="ticket">The report ticket.</param>
    /// <param name="zone">The zone to show instants in; UTC when null.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(ReportTicket ticket, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        zone ??= DateTimeZone.Utc;
        using var document = JsonDocument.Parse(TicketJson.Write(ticket.Ticket, zone));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            Optional(writer, "customer", ticket.Customer);
            Optional(writer, "subject", ticket.Subject);
            if (ticket.Csat is { } csat)
            {
                writer.WriteNumber("csat", csat);
            }

            if (!ticket.Tags.IsEmpty)
            {
                ReportJson.Strings(writer, "tags", ticket.Tags);
            }

            if (!ticket.Escalations.IsEmpty)
            {
                writer.WriteStartArray("escalations");
                foreach (var escalation in ticket.Escalations)
                {
                    writer.WriteStartObject();
                    writer.WriteString("to", escalation.To);
                    writer.WriteString("at", TextLayout.Rfc3339(escalation.At, zone));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            Optional(writer, "resolvedBy", ticket.ResolvedBy);
            Optional(writer, "needed", ticket.Needed);
            Optional(writer, "statusNote", ticket.StatusNote);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? Text(JsonElement root, string name, JsonInput input) =>
        input.TryGet(root, name, out var value) ? input.String(value, JsonInput.Property("$", name)) : null;

    private static int? Csat(JsonElement root, JsonInput input)
    {
        if (!input.TryGet(root, "csat", out var value))
        {
            return null;
        }

        const string path = "$.csat";
        if (input.ExpectKind(value, JsonValueKind.Number, path, "a whole number from 0 to 10") && value.TryGetInt32(out var csat))
        {
            return csat;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            input.Problem(path, $"expected a whole number from 0 to 10, got {value.GetRawText()}.");
        }

        return null;
    }

    private static ImmutableArray<string> Tags(JsonElement root, JsonInput input)
    {
        const string path = "$.tags";
        if (!input.TryGet(root, "tags", out var value) || !input.ExpectKind(value, JsonValueKind.Array, path, "an array of tag strings"))
        {
            return [];
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (input.String(item, JsonInput.Index(path, i++)) is { } tag)
            {
                tags.Add(tag);
            }
        }

        return tags.ToImmutable();
    }

    private static ImmutableArray<TicketEscalation> Escalations(JsonElement root, JsonInput input)
    {
        const string path = "$.escalations";
        if (!input.TryGet(root, "escalations", out var value)
            || !input.ExpectKind(value, JsonValueKind.Array, path, "an array of {\"to\", \"at\"} escalations"))
        {
            return [];
        }

        var escalations = ImmutableArray.CreateBuilder<TicketEscalation>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = JsonInput.Index(path, i++);
            if (!input.ExpectKind(item, JsonValueKind.Object, itemPath, "an escalation {\"to\": \"engineering\", \"at\": \"…\"}"))
            {
                continue;
            }

            input.RejectUnknown(item, itemPath, "to", "at");
            string? to = null;
            Instant? at = null;
            if (input.TryGet(item, "to", out var toElement))
            {
                to = input.String(toElement, JsonInput.Property(itemPath, "to"));
            }
            else
            {
                input.Problem(JsonInput.Property(itemPath, "to"), "is required: engineering, vpProduct, finance or your own id.");
            }

            if (input.TryGet(item, "at", out var atElement))
            {
                at = input.Instant(atElement, JsonInput.Property(itemPath, "at"));
            }
            else
            {
                input.Problem(JsonInput.Property(itemPath, "at"), "is required: when the ticket was escalated.");
            }

            if (to is not null && at is not null)
            {
                escalations.Add(new TicketEscalation(to, at.Value));
            }
        }

        return escalations.ToImmutable();
    }
}
