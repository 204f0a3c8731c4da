using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Reads an <see cref="OnCallPayPolicy"/> (issue 17; docs/oncall.md "Pay policy"): every field optional, defaulting to
/// D20, a region's to the top-level policy's; durations ISO-8601 hours and minutes (days refused), dates yyyy-MM-dd.
/// Any bytes give a policy or problems with their JSON paths (<see cref="JsonContract"/> over the record's contract).
/// </summary>
/// <example><code>var policy = OnCallPayPolicyJson.Read("""{"weekendMultiplier": 1.5, "holidays": ["2026-01-19"]}""").GetValueOrThrow();</code></example>
public static class OnCallPayPolicyJson
{
    /// <summary>The top-level fields alone (a region inherits them once they read cleanly).</summary>
    private static readonly JsonFormat<OnCallPayPolicy> TopLevel = new()
    {
        Contract = new FormatContracts(OnCallJson.Options(IsoDurationDays.Refused)).OnCallPayPolicy,
        MergeOnto = () => OnCallPayPolicy.Default,
        Prepare = o => JsonInput.RemoveWhere(o, p => p.Key is "name" or "description"),
    };

    private static readonly JsonFormat<OnCallPayPolicy> Format = new()
    {
        Contract = TopLevel.Contract, MergeOnto = TopLevel.MergeOnto,
        Prepare = o =>
        {
            TopLevel.Prepare!(o);
            var top = o.DeepClone().AsObject();
            top.Remove("regions");
            var parent = JsonContract.Read(top, "$", new JsonInput(), TopLevel) ?? OnCallPayPolicy.Default;
            var inherited = JsonSerializer.SerializeToNode(parent with { Regions = [] }, TopLevel.Contract)!;
            foreach (var region in (o["regions"] as JsonArray ?? []).OfType<JsonObject>())
            {
                region["people"] ??= new JsonArray();
                region["policy"] = JsonContract.MergeOnto(inherited.DeepClone(), region["policy"]);
            }
        },
        Validate = p => new OnCallPayPolicyValidator().Validate(p),
    };

    /// <summary>Reads and validates a pay policy.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem with its path.</returns>
    public static LoadResult<OnCallPayPolicy> Read(string json) => JsonContract.Read(json, Format);
}
