using System.Collections.Immutable;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Helpdesk.Api;

/// <summary><c>POST /api/incidents/assess</c>: declare P1/P2/P3 or none from a snapshot of signals (manual §3.1, D16).</summary>
/// <remarks>
/// The body is a <c>tai incident assess</c> line, read by <see cref="IncidentSignalsJson"/>: spans as <c>apiDownMinutes</c> /
/// <c>singleCustomerCoreFeatureOutageMinutes</c> (fractions allowed) or <c>…Seconds</c>, and <c>latencyMs</c>, percentages from 0 to 100,
/// flags as booleans, and <c>userError</c> as one of <c>wrongApiKey</c>, <c>rateLimit</c>, <c>documentation</c>,
/// <c>featureRequest</c>, <c>cosmetic</c>.
/// </remarks>
internal static class IncidentEndpoints
{
    public static void MapIncidentApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/incidents/assess", Assess);

    private static async Task<IResult> Assess(HttpRequest request, IncidentPolicy policy, CancellationToken cancel)
    {
        var (json, problem) = await RequestBody.ReadTextAsync(request, cancel).ConfigureAwait(false);
        if (json is null)
        {
            return problem!;
        }

        // The library's reader of `tai incident assess` lines: the same fields, spellings and problems.
        var errors = new RequestErrors();
        if (errors.AddAll(IncidentSignalsJson.Read(json)) is not { } signals)
        {
            return errors.ToProblem();
        }

        var assessment = IncidentDeclaration.Assess(signals, policy);
        return Results.Ok(new IncidentAssessmentView(
            assessment.Level, assessment.Declare, [.. assessment.Reasons], assessment.Fired, assessment.Cancelled, assessment.Trace));
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
