using System.Text.Json;
using FluentValidation.Results;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Communication;

/// <summary>
/// Reads and writes a customer's situation, one line of <c>tai template suggest</c> (docs/communication.md):
/// <c>{"customerName":"Acme","usageUsed":450,"usageLimit":500,"usageUnit":"SKUs","csat":4,"sinceLastApiCall":"PT336H"}</c>.
/// Every field is optional; durations are ISO-8601 (<c>P14D</c> reads as 336 hours); <c>csat</c> is 0–10, <c>usageUsed</c>
/// at least 0, <c>usageLimit</c> at least 1; other properties (the line's <c>id</c>) are ignored. Every problem at once.
/// </summary>
public static class CustomerSituationJson
{
    private static readonly JsonFormat<CustomerSituation> Format = new()
    {
        Contract = new FormatContracts(TaiValueConverters.Options()).CustomerSituation,
        IgnoreUnknown = true,
        Validate = Check,
        ValidateDespiteProblems = true,
    };

    /// <summary>Reads one situation.</summary>
    /// <param name="json">The JSON text; any text, never throws.</param>
    /// <returns>The situation, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<CustomerSituation> Read(string json) => JsonContract.Read(json, Format);

    /// <summary>Reads one situation from an already parsed JSON line.</summary>
    /// <param name="element">The line's root.</param>
    /// <returns>The situation, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<CustomerSituation> Read(JsonElement element) => JsonContract.Read(element, Format);

    /// <summary>Writes one situation as a compact line (unknown values left out).</summary>
    /// <param name="situation">The situation.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(CustomerSituation situation) => JsonContract.Write(situation, Format.Contract);

    private static ValidationResult Check(CustomerSituation s) => new(
        new (string Name, long? Value, long Min, long Max)[] { ("csat", s.Csat, 0, 10), ("usageUsed", s.UsageUsed, 0, long.MaxValue), ("usageLimit", s.UsageLimit, 1, long.MaxValue) }
            .Where(f => f.Value < f.Min || f.Value > f.Max)
            .Select(f => new ValidationFailure(f.Name, f.Max == long.MaxValue ? $"must be at least {f.Min}, got {f.Value}." : $"must be between {f.Min} and {f.Max}, got {f.Value}.")));
}
