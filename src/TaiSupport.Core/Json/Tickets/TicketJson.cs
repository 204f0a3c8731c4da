using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// Reads and writes the ticket JSON format (one object, as in a <c>tai sla</c> input line; see <c>docs/sla.md</c>):
/// <code>
/// {"id":"T-1823","tier":"Enterprise","priority":"Critical","category":"Platform",
///  "createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,
///  "statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}],
///  "assignee":"sarah","rootCause":"ProductBug","resolutionSummary":"Rotated the key."}
/// </code>
/// <c>id</c>, <c>tier</c>, <c>priority</c> and <c>createdAt</c> are required. Enum values are their names, compared
/// ignoring case, spaces, hyphens and underscores (so the manual's <c>Waiting on Customer</c> reads too). Instants
/// are ISO-8601 date-times with an offset or <c>Z</c>. Properties the format does not know are ignored, because
/// ticket lines exported from a helpdesk usually carry more (subject, customer…). Every problem is reported at once
/// with its JSON path, including the <see cref="TicketValidator"/>'s. The life fields (D21) read too: <c>channel</c>,
/// <c>customer</c> and <c>events</c> (<c>{"at":"…","type":"customerMessage", "holding", "status", "priority", "tier",
/// "assignee", "team"}</c>). Read through the <see cref="Ticket"/> record's source-generated contract (<see cref="JsonContract"/>).
/// </summary>
public static class TicketJson
{
    /// <summary>The ticket format: unknown properties ignored, a numeric id read as its text, the validator in the same pass.</summary>
    internal static readonly JsonFormat<Ticket> Format = new()
    {
        Contract = new FormatContracts(TaiValueConverters.Options()).Ticket,
        IgnoreUnknown = true,
        Prepare = o =>
        {
            if (o["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.Number)
            {
                o["id"] = id.ToJsonString(); // helpdesk exports often number tickets (42)
            }

            // The generated contract sets every init-only member of a record with required members, so the record's
            // own defaults are given here.
            o["category"] ??= nameof(Category.Other);
            o["channel"] ??= nameof(TicketChannel.Email);
        },
        Validate = Ticket.Validate,
    };

    /// <summary>Reads and validates one ticket.</summary>
    /// <param name="json">The JSON text of one ticket object.</param>
    /// <returns>The ticket, or every problem.</returns>
    /// <example>
    /// <code>
    /// var result = TicketJson.Read(line);
    /// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems());
    /// </code>
    /// </example>
    public static LoadResult<Ticket> Read(string json) => JsonContract.Read(json, Format);

    /// <summary>Reads and validates one ticket from an already parsed JSON element.</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The ticket, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<Ticket> Read(JsonElement element) => JsonContract.Read(element, Format);

    /// <summary>Writes a ticket as one line of compact JSON, instants in <paramref name="zone"/> with its offset.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="zone">The zone to show instants in; UTC when null.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(Ticket ticket, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var at = (Instant instant) => OffsetInstant.Format(instant, zone ?? DateTimeZone.Utc);
        var line = new JsonObject
        {
            ["id"] = ticket.Id, ["tier"] = ticket.Tier.ToString(), ["priority"] = ticket.Priority.ToString(), ["category"] = ticket.Category.ToString(),
            ["createdAt"] = at(ticket.CreatedAt), ["firstResponseAt"] = ticket.FirstResponseAt is { } responded ? at(responded) : null,
            ["statusChanges"] = new JsonArray([.. ticket.StatusChanges.Select(c => (JsonNode)new JsonObject { ["at"] = at(c.At), ["status"] = c.Status.ToString() })]),
        };
        return JsonFormats.WithOptional(line, ("assignee", ticket.Assignee), ("rootCause", ticket.RootCause?.ToString()), ("resolutionSummary", ticket.ResolutionSummary)).ToJsonString(TaiJson.Options);
    }

    /// <summary>Reads a ticket at <paramref name="path"/>, adding its problems (the validator's too) to <paramref name="input"/>.</summary>
    internal static Ticket? ReadTicket(JsonElement root, string path, JsonInput input) =>
        input.RequireText(root, path) && JsonContract.ToNode(root, path, input) is var node && !input.HasProblemAt(path)
            ? JsonContract.Read(node, path, input, Format) : null;
}
