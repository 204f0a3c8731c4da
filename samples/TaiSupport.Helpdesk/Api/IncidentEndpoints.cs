using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Helpdesk.Api;

/// <summary><c>POST /api/incidents/assess</c>: declare P1/P2/P3 or none from a snapshot of signals (manual §3.1, D16).</summary>
/// <remarks>
/// The body uses the field names of <c>tai incident assess</c>: spans as <c>apiDownMinutes</c> /
/// <c>singleCustomerCoreFeatureOutageMinutes</c> (fractions allowed) and <c>latencyMs</c>, percentages from 0 to 100,
/// flags as booleans, and <c>userError</c> as one of <c>wrongApiKey</c>, <c>rateLimit</c>, <c>documentation</c>,
/// <c>featureRequest</c>, <c>cosmetic</c>.
/// </remarks>
internal static class IncidentEndpoints
{
    private static readonly string[] Fields =
    [
        "apiDownMinutes", "customersUnableCoreFeaturePct", "dataLoss", "dataCorruption", "securityBreach", "unauthorizedAccess",
        "regulatoryEvent", "singleCustomerCoreFeatureOutageMinutes", "latencyMs", "errorRatePct", "dataInconsistency",
        "webhookFailurePct", "reproducibleBugWithImpact", "userError",
    ];

    private static readonly decimal MaxMinutes = 366m * 24 * 60;

    public static void MapIncidentApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/incidents/assess", Assess);

    private static async Task<IResult> Assess(HttpRequest request, HelpdeskServices s, IncidentPolicy policy, CancellationToken cancel)
    {
        var (document, problem) = await JsonBody.ReadObjectAsync(request, cancel).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        using (document)
        {
            var fields = new RequestFields(document.RootElement, s.Json);
            fields.AllowOnly(Fields);
            var signals = new IncidentSignals
            {
                ApiDown = fields.Span("apiDownMinutes", Duration.FromMinutes(1), MaxMinutes),
                CustomersUnableCoreFeaturePct = fields.Number("customersUnableCoreFeaturePct", 0m, 100m),
                DataLoss = fields.Boolean("dataLoss") ?? false,
                DataCorruption = fields.Boolean("dataCorruption") ?? false,
                SecurityBreach = fields.Boolean("securityBreach") ?? false,
                UnauthorizedAccess = fields.Boolean("unauthorizedAccess") ?? false,
                RegulatoryEvent = fields.Boolean("regulatoryEvent") ?? false,
                SingleCustomerCoreFeatureOutage = fields.Span("singleCustomerCoreFeatureOutageMinutes", Duration.FromMinutes(1), MaxMinutes),
                Latency = fields.Span("latencyMs", Duration.FromMilliseconds(1), MaxMinutes * 60_000m),
                ErrorRatePct = fields.Number("errorRatePct", 0m, 100m),
                DataInconsistency = fields.Boolean("dataInconsistency") ?? false,
                WebhookFailurePct = fields.Number("webhookFailurePct", 0m, 100m),
                ReproducibleBugWithImpact = fields.Boolean("reproducibleBugWithImpact") ?? false,
                UserError = fields.Enum<UserError>("userError", camelCase: true),
            };
            foreach (var failure in new IncidentSignalsValidator().Validate(signals).Errors)
            {
                fields.Problem(failure.PropertyName, failure.ErrorMessage);
            }

            if (fields.HasProblems)
            {
                return Problems.Invalid(fields.Errors);
            }

            var assessment = IncidentDeclaration.Assess(signals, policy);
            return Results.Ok(new IncidentAssessmentView(
                assessment.Level, assessment.Declare, [.. assessment.Reasons], assessment.Fired, assessment.Cancelled, assessment.Trace));
        }
    }
}

/// <summary>The assessment: the level (None, P3, P2, P1), every criterion that fired or was cancelled, and the trace.</summary>
internal sealed record IncidentAssessmentView(
    IncidentLevel Level,
    bool Declare,
    ImmutableArray<string> Reasons,
    ImmutableArray<CriterionHit> Fired,
    ImmutableArray<CriterionHit> Cancelled,
    ImmutableArray<TraceStep> Trace);
