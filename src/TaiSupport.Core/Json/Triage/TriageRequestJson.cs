using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Reads a ticket for triage from JSON:
/// <c>{"id":"T1","tier":"Professional","subject":"…","body":"…","priority":"High","category":"Feature","signals":{…}}</c>.
/// Only <c>tier</c> is required. Other top-level properties are ignored (so the same ticket lines can carry fields
/// for other tools); an unknown signal is a problem, since a misspelt signal would silently change a decision.
/// A numeric <c>id</c> or <c>apiErrorCode</c> reads as its text; <c>investigationMinutes</c> and <c>latencyMs</c> are
/// numbers standing for the record's durations. Every problem is reported at once with its JSON path (<c>$.signals.csat</c>).
/// </summary>
/// <example>
/// <code>
/// var result = TriageRequestJson.Read("""{"id":"T1","tier":"Enterprise","signals":{"csat":4,"apiErrorCode":500}}""");
/// var triage = TicketTriage.Default.Evaluate(result.GetValueOrThrow(), now);
/// </code>
/// </example>
public static class TriageRequestJson
{
    private static readonly FormatContracts Context = new(TaiValueConverters.Options());

    private static readonly TaiValueConverters.NumberUnit[] Units =
    [
        new("investigationMinutes", "investigationTime", Duration.FromMinutes(1), 50_000_000m),
        new("latencyMs", "latency", Duration.FromMilliseconds(1), Milliseconds.Max),
    ];

    internal static readonly JsonFormat<TriageRequest> Format = new()
    {
        Contract = Context.TriageRequest,
        Prepare = o =>
        {
            JsonInput.RemoveWhere(o, p => p.Key is not ("id" or "tier" or "subject" or "body" or "signals" or "priority" or "category")); // other tools' fields on the same line

            NumberAsText(o, "id");
            o["subject"] ??= string.Empty;
            o["body"] ??= string.Empty;
            o["signals"] ??= new JsonObject();
            if (o["signals"] is JsonObject signals)
            {
                NumberAsText(signals, "apiErrorCode");
            }
        },
        PrepareChecked = (o, path, input) =>
        {
            if (o["signals"] is JsonObject signals)
            {
                TaiValueConverters.NumbersAsDurations(signals, path + ".signals", input, Units);
            }
        },
        Validate = TriageRequest.Validate,
    };

    /// <summary>Reads a ticket from JSON text.</summary>
    /// <param name="json">One JSON object.</param>
    /// <returns>The request, or every problem.</returns>
    public static LoadResult<TriageRequest> Read(string json) => JsonFormats.Read(json, Read);

    /// <summary>Reads a ticket from a parsed JSON object.</summary>
    /// <param name="element">The object.</param>
    /// <returns>The request, or every problem.</returns>
    public static LoadResult<TriageRequest> Read(JsonElement element)
    {
        var input = new JsonInput();
        var node = input.RequireText(element, "$") ? JsonContract.ToNode(element, "$", input) : null;
        var request = input.Problems.Count == 0 ? JsonContract.Read(node, "$", input, Format) : null;
        if (request is null && element.ValueKind == JsonValueKind.Object && element.TryGetProperty("signals", out var signals) && signals.ValueKind == JsonValueKind.Object)
        {
            // A signal out of range shows with the file's other problems: each signal is read (and validated) alone.
            foreach (var signal in signals.EnumerateObject())
            {
                var alone = new JsonInput();
                var one = new JsonObject { ["tier"] = nameof(Tier.Starter), ["signals"] = new JsonObject { [signal.Name] = JsonContract.ToNode(signal.Value, "$", alone) } };
                if (JsonContract.Read(one, "$", alone, Format) is null)
                {
                    alone.Problems.Where(p => !input.HasProblemAt(p.PropertyName)).ToList().ForEach(p => input.Problem(p.PropertyName, p.ErrorMessage));
                }
            }
        }

        return request is not null ? LoadResult<TriageRequest>.Success(request) : LoadResult<TriageRequest>.Failure(input.Problems);
    }

    /// <summary>Writes signals as a JSON object of the properties that are known (not null).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="signals">The signals.</param>
    public static void WriteSignals(Utf8JsonWriter writer, TicketSignals signals)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(signals);
        TaiValueConverters.DurationsAsNumbers(JsonSerializer.SerializeToNode(signals, Context.TicketSignals)!.AsObject(), Units).WriteTo(writer);
    }

    private static void NumberAsText(JsonObject o, string name)
    {
        if (o[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            o[name] = value.ToJsonString(); // helpdesk exports often number tickets and codes (42, 500)
        }
    }
}
