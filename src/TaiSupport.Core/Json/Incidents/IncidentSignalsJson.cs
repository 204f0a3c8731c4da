using System.Text.Json;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes incident signals (the input of <see cref="IncidentDeclaration"/>, a <c>tai incident assess</c> line,
/// docs/incidents.md): <c>{"id":"14:00:01","apiDownSeconds":181,"errorRatePct":38}</c>. Every signal is optional; spans in
/// minutes (<c>apiDownMinutes</c>, fractions allowed) or seconds (<c>apiDownSeconds</c>), not both; latency in
/// <c>latencyMs</c>; percentages 0–100; <c>userError</c> one of <c>wrongApiKey</c>, <c>rateLimit</c>, <c>documentation</c>,
/// <c>featureRequest</c>, <c>cosmetic</c>. An <c>id</c> is ignored, <c>null</c> is the signal left out. Every problem (and
/// the <see cref="IncidentSignalsValidator"/>'s) is reported at once by path (<c>$.errorRatePct</c>), in the signals' order.
/// </summary>
public static class IncidentSignalsJson
{
    private const decimal Minute = 60e9m, Second = 1e9m, Millisecond = 1e6m, MaxNanoseconds = 100_000_000 * Minute;

    private static readonly IncidentSignalsValidator Validator = new();

    private static readonly JsonFormat<SignalsFile> Format = new()
    {
        Contract = new FormatContracts(TaiValueConverters.Options()).SignalsFile,
        Prepare = o => o.Remove("id"),
        Validate = Check,
        ValidateDespiteProblems = true,
    };

    /// <summary>Reads and validates one object of signals.</summary>
    /// <param name="json">The JSON text; any text, never throws.</param>
    /// <returns>The signals, or every problem with its path.</returns>
    public static LoadResult<IncidentSignals> Read(string json) => // unknown signals first, then in the file model's order
        JsonFormats.InOrder(JsonContract.Read(json, Format, ToSignals), JsonFormats.Fields(Format.Contract));

    /// <summary>
    /// Writes signals as one line of compact JSON that <see cref="Read"/> reads back to equal signals: spans in seconds
    /// (<c>apiDownSeconds</c>, exact to the nanosecond), latency in milliseconds, signals left out when unknown or false.
    /// </summary>
    /// <param name="signals">The signals.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncidentSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var s = signals;
        return JsonContract.Write(
            new SignalsFile(
                ApiDownSeconds: Units(s.ApiDown, Second), CustomersUnableCoreFeaturePct: s.CustomersUnableCoreFeaturePct, DataLoss: True(s.DataLoss),
                DataCorruption: True(s.DataCorruption), SecurityBreach: True(s.SecurityBreach), UnauthorizedAccess: True(s.UnauthorizedAccess),
                RegulatoryEvent: True(s.RegulatoryEvent), SingleCustomerCoreFeatureOutageSeconds: Units(s.SingleCustomerCoreFeatureOutage, Second),
                LatencyMs: Units(s.Latency, Millisecond), ErrorRatePct: s.ErrorRatePct, DataInconsistency: True(s.DataInconsistency),
                WebhookFailurePct: s.WebhookFailurePct, ReproducibleBugWithImpact: True(s.ReproducibleBugWithImpact),
                UserError: s.UserError is { } e ? JsonNamingPolicy.CamelCase.ConvertName(e.ToString()) : null),
            Format.Contract);
    }

    /// <summary>Both spellings of a span, a span out of range, an unknown user error, and the validator's findings.</summary>
    private static ValidationResult Check(SignalsFile f)
    {
        var problems = new List<ValidationFailure>();
        foreach (var (name, value, unit, other) in new[]
        {
            ("apiDownMinutes", f.ApiDownMinutes, Minute, f.ApiDownSeconds), ("apiDownSeconds", f.ApiDownSeconds, Second, null),
            ("singleCustomerCoreFeatureOutageMinutes", f.SingleCustomerCoreFeatureOutageMinutes, Minute, f.SingleCustomerCoreFeatureOutageSeconds),
            ("singleCustomerCoreFeatureOutageSeconds", f.SingleCustomerCoreFeatureOutageSeconds, Second, null), ("latencyMs", f.LatencyMs, Millisecond, null),
        })
        {
            if (value is not null && other is not null)
            {
                var stem = name[..^"Minutes".Length];
                problems.Add(new(stem + "Seconds", $"give {name} or {stem}Seconds, not both."));
            }
            else if (value is { } v && Math.Abs(v) > MaxNanoseconds / unit)
            {
                problems.Add(new(name, $"{TaiValueConverters.Invariant(v)} is out of range."));
            }
        }

        if (f.UserError is { } text && UserErrorOf(text) is null)
        {
            problems.Add(new("userError", $"\"{SafeText.Echo(text, 60)}\" is not one of {string.Join(", ", Enum.GetNames<UserError>().Select(JsonNamingPolicy.CamelCase.ConvertName))}."));
        }

        return new ValidationResult([.. problems, .. Validator.Validate(ToSignals(f)).Errors]); // spans in doubt read as absent
    }

    private static IncidentSignals ToSignals(SignalsFile f) => new()
    {
        ApiDown = Span(f.ApiDownMinutes, Minute) ?? Span(f.ApiDownSeconds, Second), CustomersUnableCoreFeaturePct = f.CustomersUnableCoreFeaturePct,
        DataLoss = f.DataLoss ?? false, DataCorruption = f.DataCorruption ?? false, SecurityBreach = f.SecurityBreach ?? false,
        UnauthorizedAccess = f.UnauthorizedAccess ?? false, RegulatoryEvent = f.RegulatoryEvent ?? false,
        SingleCustomerCoreFeatureOutage = Span(f.SingleCustomerCoreFeatureOutageMinutes, Minute) ?? Span(f.SingleCustomerCoreFeatureOutageSeconds, Second),
        Latency = Span(f.LatencyMs, Millisecond), ErrorRatePct = f.ErrorRatePct, DataInconsistency = f.DataInconsistency ?? false,
        WebhookFailurePct = f.WebhookFailurePct, ReproducibleBugWithImpact = f.ReproducibleBugWithImpact ?? false,
        UserError = f.UserError is { } text ? UserErrorOf(text) : null,
    };

    private static UserError? UserErrorOf(string text) =>
        Enum.GetValues<UserError>().Cast<UserError?>().FirstOrDefault(u => JsonNamingPolicy.CamelCase.ConvertName(u!.Value.ToString()) == text);

    private static Duration? Span(decimal? value, decimal unit) =>
        value is { } v && Math.Abs(v) <= MaxNanoseconds / unit ? Duration.FromNanoseconds((long)Math.Round(v * unit, MidpointRounding.AwayFromZero)) : null;

    private static decimal? Units(Duration? span, decimal unit) => span is { } d ? (decimal)d.ToBigIntegerNanoseconds() / unit : null;

    private static bool? True(bool flag) => flag ? true : null;
}

/// <summary>The signals as the line spells them (spans in minutes or seconds, latency in milliseconds); the written ones in the written order.</summary>
internal sealed record SignalsFile(
    decimal? ApiDownMinutes = null, decimal? ApiDownSeconds = null, decimal? CustomersUnableCoreFeaturePct = null, bool? DataLoss = null,
    bool? DataCorruption = null, bool? SecurityBreach = null, bool? UnauthorizedAccess = null, bool? RegulatoryEvent = null,
    decimal? SingleCustomerCoreFeatureOutageMinutes = null, decimal? SingleCustomerCoreFeatureOutageSeconds = null, decimal? LatencyMs = null,
    decimal? ErrorRatePct = null, bool? DataInconsistency = null, decimal? WebhookFailurePct = null, bool? ReproducibleBugWithImpact = null,
    string? UserError = null);
