using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Reads an <see cref="OnCallPayPolicy"/> from JSON (issue 17; docs/oncall.md "Pay policy"). Every field is optional and
/// defaults to D20; a region's fields default to the top-level policy's. Durations are ISO-8601 hours and minutes
/// (<c>PT1H</c>, <c>PT30M</c>; <see cref="IsoDuration"/>; days are refused), dates <c>yyyy-MM-dd</c>. Any bytes give
/// either a policy or problems with their JSON paths, never an exception. Read through the record's source-generated
/// contract (<see cref="JsonContract"/>).
/// </summary>
/// <example>
/// <code>
/// var loaded = OnCallPayPolicyJson.Read("""{"weekendMultiplier": 1.5, "holidays": ["2026-01-19"], "holidayMultiplier": 2}""");
/// if (loaded.IsValid) report = OnCallPay.Report(schedule, callIns, from, to, loaded.Value!);
/// </code>
/// </example>
public static class OnCallPayPolicyJson
{
    private static readonly OnCallPayPolicyValidator Validator = new();

    /// <summary>The top-level fields alone (a region inherits them once they read cleanly).</summary>
    private static readonly JsonFormat<OnCallPayPolicy> TopLevel = new()
    {
        Contract = new OnCallContract(OnCallJson.Options(IsoDurationDays.Refused)).OnCallPayPolicy,
        MergeOnto = () => OnCallPayPolicy.Default,
        Prepare = o =>
        {
            o.Remove("name");
            o.Remove("description");
        },
    };

    private static readonly JsonFormat<OnCallPayPolicy> Format = new()
    {
        Contract = TopLevel.Contract,
        MergeOnto = TopLevel.MergeOnto,
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
        Validate = p => Validator.Validate(p),
    };

    /// <summary>Reads and validates a pay policy.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem with its path.</returns>
    public static LoadResult<OnCallPayPolicy> Read(string json) => JsonContract.Read(json, Format);
}
