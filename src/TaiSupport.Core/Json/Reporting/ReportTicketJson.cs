using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;
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
    private static readonly JsonSerializerOptions Options = TaiValueConverters.SettableOnly(new FormatContracts(), TaiValueConverters.Options());

    // The report's rules run even when the ticket part is broken (on a placeholder), so every problem shows at once.
    private static readonly Ticket Placeholder = new() { Id = "?", Tier = Tier.Starter, Priority = Priority.Low, CreatedAt = Instant.FromUtc(2000, 1, 1, 0, 0) };

    private static readonly JsonFormat<ReportTicket> Format = new()
    {
        Contract = (JsonTypeInfo<ReportTicket>)Options.GetTypeInfo(typeof(ReportTicket)),
        Validate = ReportTicket.Validate,
        ValidateDespiteProblems = true,
    };

    /// <summary>Reads and validates one report ticket line.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <returns>The report ticket, or every problem.</returns>
    public static LoadResult<ReportTicket> Read(string json) => JsonFormats.Read(json, Read);

    /// <summary>Reads and validates one report ticket from a parsed JSON object.</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The report ticket, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<ReportTicket> Read(JsonElement element)
    {
        var input = new JsonInput();
        var ticket = input.RequireText(element, "$") ? TicketJson.ReadTicket(element, "$", input) : null;
        if (element.ValueKind != JsonValueKind.Object || input.Problems.Any(p => p.PropertyName == "$") || JsonContract.ToNode(element, "$", new JsonInput()) is not JsonObject line)
        {
            return LoadResult<ReportTicket>.Failure(input.Problems);
        }

        var fields = new JsonObject(line.Where(p => p.Key != "ticket" && Format.Contract.Properties.Any(f => f.Name == p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
        {
            ["ticket"] = JsonSerializer.SerializeToNode(ticket ?? Placeholder, Options.GetTypeInfo(typeof(Ticket))),
        };
        var report = JsonContract.Read(fields, "$", input, Format);
        return ticket is not null && report is not null ? LoadResult<ReportTicket>.Success(report) : LoadResult<ReportTicket>.Failure(input.Problems);
    }

    /// <summary>Writes a report ticket as one line of compact JSON (the ticket's fields, then the report's), instants in <paramref name="zone"/>.</summary>
    /// <param name="ticket">The report ticket.</param>
    /// <param name="zone">The zone to show instants in; UTC when null.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(ReportTicket ticket, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var line = JsonNode.Parse(TicketJson.Write(ticket.Ticket, zone))!.AsObject();
        return JsonFormats.WithOptional(
            line, ("customer", ticket.Customer), ("subject", ticket.Subject), ("csat", ticket.Csat), ("tags", ticket.Tags.IsEmpty ? null : new JsonArray([.. ticket.Tags.Select(t => (JsonNode)t)])),
            ("escalations", ticket.Escalations.IsEmpty ? null : new JsonArray([.. ticket.Escalations.Select(e => (JsonNode)new JsonObject { ["to"] = e.To, ["at"] = OffsetInstant.Format(e.At, zone ?? DateTimeZone.Utc) })])),
            ("resolvedBy", ticket.ResolvedBy), ("needed", ticket.Needed), ("statusNote", ticket.StatusNote)).ToJsonString(TaiJson.Options);
    }
}
