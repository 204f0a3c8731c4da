using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes one ticket line of <c>tai incident-tickets</c> (docs/incident-tickets.md):
/// <c>{"id":"T-1","customer":"acme","tier":"Enterprise","openedAt":"2026-02-10T14:05:00-08:00","category":"Platform","text":"…","phone":"…"}</c>;
/// the first four are required, other properties are ignored. Every problem at once, in the order above, by path.
/// </summary>
public static class IncidentTicketJson
{
    private static readonly JsonFormat<IncidentTicket> Format = new()
    {
        Contract = Contract(),
        IgnoreUnknown = true,
    };

    /// <summary>Reads one ticket line.</summary>
    /// <param name="json">The JSON text; any text, never throws.</param>
    /// <returns>The ticket, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<IncidentTicket> Read(string json) => JsonFormats.InOrder(JsonContract.Read(json, Format), JsonFormats.Fields(Format.Contract));

    /// <summary>Reads one ticket from an already parsed JSON line.</summary>
    /// <param name="element">The line's root.</param>
    /// <returns>The ticket, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<IncidentTicket> Read(JsonElement element) => JsonFormats.InOrder(JsonContract.Read(element, Format), JsonFormats.Fields(Format.Contract));

    /// <summary>Writes one ticket as a compact line, the instant in UTC.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(IncidentTicket ticket) => JsonContract.Write(ticket, Format.Contract);

    private static JsonTypeInfo<IncidentTicket> Contract()
    {
        var options = TaiValueConverters.Options();
        options.TypeInfoResolver = FormatContracts.Default.WithAddedModifier(info =>
        {
            foreach (var property in info.Type == typeof(IncidentTicket) ? info.Properties : [])
            {
                property.Name = property.Name switch { "ticketId" => "id", "customerId" => "customer", var name => name };
            }
        });
        return (JsonTypeInfo<IncidentTicket>)options.GetTypeInfo(typeof(IncidentTicket));
    }
}
