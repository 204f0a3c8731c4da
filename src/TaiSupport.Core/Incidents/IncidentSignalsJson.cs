using System.Globalization;
using NodaTime;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes incident signals (the input of <see cref="IncidentDeclaration"/>; one line of <c>tai incident assess</c>,
/// documented in <c>docs/incidents.md</c> and <c>docs/cli.md</c>):
/// <code>
/// {"id":"14:00:01","apiDownSeconds":181,"errorRatePct":38,"customersUnableCoreFeaturePct":12}
/// </code>
/// Every signal is optional. Spans are given in minutes (<c>apiDownMinutes</c>, fractions allowed) or, for exact
/// boundaries, in seconds (<c>apiDownSeconds</c>), not both; latency in milliseconds (<c>latencyMs</c>); percentages
/// from 0 to 100; <c>userError</c> is one of <c>wrongApiKey</c>, <c>rateLimit</c>, <c>documentation</c>,
/// <c>featureRequest</c>, <c>cosmetic</c>. An <c>id</c> (a JSON-lines line's) is allowed and ignored; a <c>null</c>
/// value is the signal left out. Every problem — wrong kinds, unknown signals, both spellings of a span, and the
/// <see cref="IncidentSignalsValidator"/>'s findings — is reported at once with its path (<c>$.errorRatePct</c>); no
/// signals are returned with any problem.
/// </summary>
public static class IncidentSignalsJson
{
    private const long MaxMinutes = 100_000_000;

    private static readonly string[] Names =
    [
        "id", "apiDownMinutes", "customersUnableCoreFeaturePct", "dataLoss", "dataCorruption", "securityBreach", "unauthorizedAccess",
        "regulatoryEvent", "singleCustomerCoreFeatureOutageMinutes", "latencyMs", "errorRatePct", "dataInconsistency",
        "webhookFailurePct", "reproducibleBugWithImpact", "userError", "apiDownSeconds", "singleCustomerCoreFeatureOutageSeconds",
    ];

    private static readonly (string Name, UserError Value)[] UserErrors =
    [
        ("wrongApiKey", UserError.WrongApiKey), ("rateLimit", UserError.RateLimit), ("documentation", UserError.Documentation),
        ("featureRequest", UserError.FeatureRequest), ("cosmetic", UserError.Cosmetic),
    ];

    private static readonly IncidentSignalsValidator Validator = new();

    /// <summary>Reads and validates one object of signals.</summary>
    /// <param name="json">The JSON text; any text, never throws.</param>
    /// <returns>The signals, or every problem with its path.</returns>
    /// <example>
    /// <code>
    /// var signals = IncidentSignalsJson.Read("""{"apiDownSeconds":181}""").GetValueOrThrow();
    /// var assessment = IncidentDeclaration.Assess(signals, IncidentPolicy.Default); // P1
    /// </code>
    /// </example>
    public static LoadResult<IncidentSignals> Read(string json) => FlatJsonObject.Read(json, "an object of incident signals", fields =>
    {
        var signals = ReadFields(fields);
        if (fields.Input.Problems.Count > 0)
        {
            return null;
        }

        foreach (var failure in Validator.Validate(signals).Errors)
        {
            fields.Problem(failure.PropertyName, failure.ErrorMessage);
        }

        return signals;
    });

    /// <summary>
    /// Writes signals as one line of compact JSON that <see cref="Read"/> reads back to equal signals: spans in seconds
    /// (<c>apiDownSeconds</c>, exact to the nanosecond), latency in milliseconds, signals left out when unknown or false.
    /// </summary>
    /// <param name="signals">The signals.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncidentSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return new FlatJsonWriter()
            .Number("apiDownSeconds", Seconds(signals.ApiDown))
            .Number("customersUnableCoreFeaturePct", signals.CustomersUnableCoreFeaturePct)
            .Boolean("dataLoss", True(signals.DataLoss))
            .Boolean("dataCorruption", True(signals.DataCorruption))
            .Boolean("securityBreach", True(signals.SecurityBreach))
            .Boolean("unauthorizedAccess", True(signals.UnauthorizedAccess))
            .Boolean("regulatoryEvent", True(signals.RegulatoryEvent))
            .Number("singleCustomerCoreFeatureOutageSeconds", Seconds(signals.SingleCustomerCoreFeatureOutage))
            .Number("latencyMs", signals.Latency is { } latency ? Nanoseconds(latency) / 1_000_000m : null)
            .Number("errorRatePct", signals.ErrorRatePct)
            .Boolean("dataInconsistency", True(signals.DataInconsistency))
            .Number("webhookFailurePct", signals.WebhookFailurePct)
            .Boolean("reproducibleBugWithImpact", True(signals.ReproducibleBugWithImpact))
            .String("userError", signals.UserError is { } userError ? UserErrors.FirstOrDefault(u => u.Value == userError).Name ?? userError.ToString() : null)
            .Finish();
    }

    private static IncidentSignals ReadFields(FlatJsonObject fields)
    {
        foreach (var name in fields.Names.Where(n => !Names.Contains(n, StringComparer.Ordinal)))
        {
            fields.Problem(SafeText.Echo(name, 60), $"unknown signal; expected one of: {string.Join(", ", Names.Skip(1))}.");
        }

        return new IncidentSignals
        {
            ApiDown = Span(fields, "apiDown"),
            CustomersUnableCoreFeaturePct = fields.Number("customersUnableCoreFeaturePct"),
            DataLoss = fields.Boolean("dataLoss") ?? false,
            DataCorruption = fields.Boolean("dataCorruption") ?? false,
            SecurityBreach = fields.Boolean("securityBreach") ?? false,
            UnauthorizedAccess = fields.Boolean("unauthorizedAccess") ?? false,
            RegulatoryEvent = fields.Boolean("regulatoryEvent") ?? false,
            SingleCustomerCoreFeatureOutage = Span(fields, "singleCustomerCoreFeatureOutage"),
            Latency = fields.Number("latencyMs") is { } ms ? Nanoseconds(fields, "latencyMs", ms, 1_000_000m) : null,
            ErrorRatePct = fields.Number("errorRatePct"),
            DataInconsistency = fields.Boolean("dataInconsistency") ?? false,
            WebhookFailurePct = fields.Number("webhookFailurePct"),
            ReproducibleBugWithImpact = fields.Boolean("reproducibleBugWithImpact") ?? false,
            UserError = ReadUserError(fields),
        };
    }

    /// <summary><c>{stem}Minutes</c> (fractions allowed: 3 min 1 s is 3.0166667) or <c>{stem}Seconds</c> (181); not both.</summary>
    private static Duration? Span(FlatJsonObject fields, string stem)
    {
        var minutes = fields.Number(stem + "Minutes");
        var seconds = fields.Number(stem + "Seconds");
        if (minutes is not null && seconds is not null)
        {
            fields.Problem(stem + "Seconds", $"give {stem}Minutes or {stem}Seconds, not both.");
            return null;
        }

        return minutes is { } m ? Nanoseconds(fields, stem + "Minutes", m, 60_000_000_000m)
            : seconds is { } s ? Nanoseconds(fields, stem + "Seconds", s, 1_000_000_000m)
            : null;
    }

    private static Duration? Nanoseconds(FlatJsonObject fields, string name, decimal value, decimal nanosecondsPerUnit)
    {
        if (Math.Abs(value) > MaxMinutes * 60_000_000_000m / nanosecondsPerUnit)
        {
            fields.Problem(name, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range.");
            return null;
        }

        return Duration.FromNanoseconds((long)Math.Round(value * nanosecondsPerUnit, MidpointRounding.AwayFromZero));
    }

    private static UserError? ReadUserError(FlatJsonObject fields)
    {
        var text = fields.String("userError");
        if (text is null)
        {
            return null;
        }

        foreach (var (name, userError) in UserErrors)
        {
            if (name == text)
            {
                return userError;
            }
        }

        fields.Problem("userError", $"\"{SafeText.Echo(text, 60)}\" is not one of {string.Join(", ", UserErrors.Select(u => u.Name))}.");
        return null;
    }

    private static decimal? Seconds(Duration? span) => span is { } d ? Nanoseconds(d) / 1_000_000_000m : null;

    private static decimal Nanoseconds(Duration duration) => (decimal)duration.ToBigIntegerNanoseconds();

    private static bool? True(bool flag) => flag ? true : null;
}
