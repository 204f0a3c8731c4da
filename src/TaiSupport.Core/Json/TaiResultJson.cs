using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Json;

/// <summary>
/// The documented result lines of <c>tai sla</c>, <c>tai triage</c> and <c>tai incident assess</c> (docs/cli.md,
/// docs/json.md): the same code writes them for the CLI and for a host, so both speak one dialect. Each method returns
/// the fields after <c>id</c>; <see cref="TaiJson.Line"/> puts the <c>id</c> first and writes the line.
/// </summary>
public static class TaiResultJson
{
    /// <summary>A ticket's SLA line: dues and states, reassignment, counted/paused resolution time and the trace (manual §1.2, §2.2).</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="zone">The zone whose offsets the instants carry (the SLA policy's zone in <c>tai sla</c>).</param>
    /// <returns>The fields, in the documented order.</returns>
    public static JsonObject Sla(SlaResult result, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(result);
        var firstRunning = result.FirstResponseState is SlaState.Pending or SlaState.AtRisk or SlaState.Breached;
        return new JsonObject
        {
            ["firstResponseDue"] = OffsetInstant.Format(result.FirstResponseDue, zone),
            ["firstResponseState"] = State(result.FirstResponseState),
            ["resolutionDue"] = result.ResolutionDue is { } due ? OffsetInstant.Format(due, zone) : null,
            ["resolutionState"] = State(result.ResolutionState),
            ["reassign"] = result.Reassign,
            ["status"] = result.Status.ToString(),
            ["tier"] = result.Ticket.Tier.ToString(),
            ["priority"] = result.Ticket.Priority.ToString(),
            ["breached"] = result.IsBreached,
            ["nextDue"] = result.NextDue is { } next ? OffsetInstant.Format(next, zone) : null,
            ["reassignAt"] = firstRunning ? OffsetInstant.Format(result.ReassignAt, zone) : null,
            ["resolutionCounted"] = IsoDuration.Format(result.ResolutionCounted),
            ["resolutionPaused"] = IsoDuration.Format(result.ResolutionPaused),
            ["trace"] = Trace(result.Trace),
        };
    }

    /// <summary>A ticket's triage line: priority, category, route, who holds it, actions with dues, trace, confidence and evidence (manual §2.1, §4).</summary>
    /// <param name="result">The triage.</param>
    /// <param name="zone">The zone whose offsets the action dues carry (Pacific, D1, in <c>tai triage</c>).</param>
    /// <returns>The fields, in the documented order.</returns>
    public static JsonObject Triage(TriageResult result, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["priority"] = result.Priority.ToString(),
            ["category"] = result.Category.ToString(),
            ["route"] = result.Route.ToString(),
            ["heldBy"] = result.HeldBy.ToString(),
            ["engineeringLevel"] = result.EngineeringLevel?.ToString(),
            ["actions"] = new JsonArray([.. result.Actions.Select(a => (JsonNode)new JsonObject
            {
                ["action"] = a.Action,
                ["within"] = a.Within is { } within ? IsoDuration.Format(within) : null,
                ["due"] = a.Due is { } due ? OffsetInstant.Format(due, zone) : null,
                ["source"] = a.Source,
                ["description"] = a.Description,
                ["slackChannel"] = SlackChannelPolicy.Default.ChannelFor(a.Action), // §10.2: every action names its channel
            })]),
            ["trace"] = Trace(result.Trace),
            ["confidence"] = result.Confidence,
            ["needsReview"] = result.NeedsReview,
            ["reviewReasons"] = new JsonArray([.. result.ReviewReasons.Select(r => (JsonNode)JsonValue.Create(r))]),
            ["evidence"] = new JsonArray([.. result.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["signal"] = e.Signal,
                ["value"] = e.Value,
                ["words"] = e.Words,
                ["where"] = e.Where,
                ["ignoredBecause"] = e.IgnoredBecause,
            })]),
            ["pagesHeldForReview"] = result.PagesHeldForReview,
        };
    }

    /// <summary>An incident assessment line: level, reasons, trace and the criteria that fired (manual §3.1).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The fields, in the documented order.</returns>
    public static JsonObject IncidentAssessment(IncidentAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new JsonObject
        {
            ["level"] = assessment.Level.ToString(),
            ["reasons"] = new JsonArray([.. assessment.Reasons.Select(r => (JsonNode)r)]),
            ["trace"] = Trace(assessment.Trace),
            ["criteria"] = new JsonArray([.. assessment.Fired.Select(f => (JsonNode)f.Criterion)]),
        };
    }

    /// <summary>A trace as <c>[{"rule","source","reason"}, …]</c>.</summary>
    /// <param name="trace">The steps, in order.</param>
    /// <returns>The array.</returns>
    public static JsonArray Trace(IEnumerable<TraceStep> trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return [.. trace.Select(s => (JsonNode)new JsonObject { ["rule"] = s.Rule, ["source"] = s.Source, ["reason"] = s.Reason })];
    }

    /// <summary>An SLA state as <c>tai</c> spells it: <c>pending</c>, <c>atRisk</c>, <c>breached</c>, <c>met</c>, …</summary>
    /// <param name="state">The state.</param>
    /// <returns>The camelCase name.</returns>
    public static string State(SlaState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());
}
