using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Reads and writes the triage policy JSON format (see <c>docs/triage-and-escalation.md</c>, "Policy JSON"). A file
/// lists only what it changes: every property it leaves out keeps <see cref="TriagePolicy.Default"/>'s value; a
/// keyword list given for a signal or an API error code replaces that list. Durations are ISO-8601 (<c>PT30M</c>,
/// <c>PT1H</c>, <c>P14D</c>). Every problem — unknown property, wrong type, invalid value — is reported at once with
/// its JSON path; a policy with any problem is never returned.
/// </summary>
/// <example>
/// <code>
/// var result = TriagePolicyJson.Read("""{ "escalation": { "financialImpactAbove": 25000 }, "keywords": { "urgent": [] } }""");
/// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems());
/// var triage = TicketTriage.Create(result.Value!);
/// </code>
/// </example>
public static class TriagePolicyJson
{
    private static readonly TaiValueConverters.NumberUnit LatencyAbove = new("latencyAboveMs", "latencyAbove", Duration.FromMilliseconds(1), Milliseconds.Max);

    private static readonly JsonFormat<TriagePolicy> Format = new()
    {
        Contract = new FormatContracts(TaiValueConverters.Options()).TriagePolicy,
        MergeOnto = () => TriagePolicy.Default,
        PrepareChecked = (o, path, input) =>
        {
            if (o["escalation"] is JsonObject escalation)
            {
                TaiValueConverters.NumbersAsDurations(escalation, path + ".escalation", input, LatencyAbove);
            }

            var keywords = (o["keywords"] as JsonObject)?.ToList() ?? [];
            (o["keywords"] as JsonObject)?.Clear(); // emptied at once: 100,000 keys removed one by one took minutes
            foreach (var (key, value) in keywords) // keyed by the signals' camelCase names; a misspelt one is a problem at $.keywords.name
            {
                if (Enum.TryParse<KeywordSignal>(key, ignoreCase: true, out var signal) && Enum.IsDefined(signal) && !int.TryParse(key, out _))
                {
                    o["keywords"]![signal.ToString()] = value;
                }
                else
                {
                    input.Problem(JsonInput.Property(path + ".keywords", SafeText.Echo(key, 60)), $"'{SafeText.Echo(key, 60)}' is not a keyword signal; expected one of: {string.Join(", ", Enum.GetNames<KeywordSignal>().Select(TriagePolicyValidator.JsonName))}.");
                }
            }
        },
        Validate = TriagePolicy.Validate,
    };

    /// <summary>Reads and validates a policy, starting from <see cref="TriagePolicy.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<TriagePolicy> Read(string json) => JsonContract.Read(json, Format);

    /// <summary>Writes a whole policy as indented JSON (every value, so the file documents the policy in use).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var file = JsonSerializer.SerializeToNode(policy, Format.Contract)!.AsObject();
        file["keywords"] = new JsonObject(policy.Keywords.OrderBy(k => k.Key).Select(k =>
            KeyValuePair.Create(TriagePolicyValidator.JsonName(k.Key.ToString()), (JsonNode?)new JsonArray([.. k.Value.Select(v => (JsonNode?)v)]))));
        file["escalation"] = TaiValueConverters.DurationsAsNumbers(file["escalation"]!.AsObject(), LatencyAbove);
        return file.ToJsonString(TaiValueConverters.Indented);
    }
}
