using System.Collections.Immutable;
using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Incidents;

/// <summary>A criterion that fired, with the reason and its values.</summary>
/// <param name="Criterion">The criterion's id, such as <c>incident.p1.api-down</c>.</param>
/// <param name="Level">The level it supports.</param>
/// <param name="Source">The manual section and D id.</param>
/// <param name="Reason">Why it fired: <c>API down 3 min 1 s &gt; 3 min</c>.</param>
public sealed record CriterionHit(string Criterion, IncidentLevel Level, string Source, string Reason);

/// <summary>
/// What <see cref="IncidentDeclaration.Assess(IncidentSignals, IncidentPolicy)"/> decided: the level, every criterion that
/// fired and counts, every criterion that fired but was cancelled by a user error, and the trace.
/// </summary>
/// <param name="Level">The highest level any counting criterion supports; <see cref="IncidentLevel.None"/> when none does.</param>
/// <param name="Fired">The criteria that fired and count, highest level first.</param>
/// <param name="Cancelled">The single-customer criteria that fired but were cancelled by <see cref="IncidentSignals.UserError"/>.</param>
/// <param name="Trace">One step per criterion that fired, one per exclusion, and the decision.</param>
public sealed record IncidentAssessment(
    IncidentLevel Level, ImmutableArray<CriterionHit> Fired, ImmutableArray<CriterionHit> Cancelled, ImmutableArray<TraceStep> Trace)
{
    /// <summary>True when an incident is to be declared (P1, P2 or P3).</summary>
    public bool Declare => Level != IncidentLevel.None;

    /// <summary>The reasons of the criteria that fired and count, highest level first.</summary>
    public IEnumerable<string> Reasons => Fired.Select(f => f.Reason);
}
