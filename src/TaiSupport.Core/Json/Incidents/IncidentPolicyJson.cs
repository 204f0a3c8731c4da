using System.Text.Encodings.Web;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes an <see cref="IncidentPolicy"/> as JSON: spans as ISO-8601 durations (<c>"PT3M"</c>, <c>"PT0.5S"</c>,
/// <c>"P7D"</c>), percentages as numbers 0–100. A property left out keeps its <see cref="IncidentPolicy.Default"/> value
/// (<c>{ "level2PageAfter": "PT30M" }</c>); <c>name</c> and <c>description</c> are ignored. Every problem, the
/// <see cref="IncidentPolicyValidator"/>'s too, is reported at once with its JSON path; never a policy with a problem.
/// </summary>
public static class IncidentPolicyJson
{
    private static readonly FormatContracts Contract = new(TaiValueConverters.Options());

    /// <summary>Reads and validates a policy; properties left out keep their default.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="extraCriterionIds">Ids of your own criteria that a user error may cancel (see <see cref="IncidentPolicyValidator"/>).</param>
    /// <returns>The policy, or every problem.</returns>
    public static LoadResult<IncidentPolicy> Read(string json, IEnumerable<string>? extraCriterionIds = null)
    {
        var validator = new IncidentPolicyValidator(extraCriterionIds);
        return JsonContract.Read(json, new JsonFormat<IncidentPolicy>
        {
            Contract = Contract.IncidentPolicy,
            MergeOnto = () => IncidentPolicy.Default,
            Prepare = o => (_, _) = (o.Remove("name"), o.Remove("description")),
            Validate = validator.Validate,
            ValidateDespiteProblems = true,
        });
    }

    /// <summary>Writes every value of a policy as indented JSON, readable by <see cref="Read"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return JsonContract.WriteIndented(policy, Contract.IncidentPolicy, JavaScriptEncoder.Default);
    }
}
