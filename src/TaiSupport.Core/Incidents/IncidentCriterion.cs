namespace TaiSupport.Core.Incidents;

/// <summary>
/// One declaration criterion as a value (manual §3.1, §5.3, D16): a stable id, the level it supports, its source, the
/// manual's words, and a pure test that returns the reason with the values when the criterion fires, or null.
/// </summary>
/// <remarks>
/// The shipped criteria are in <see cref="IncidentCriteria.All"/>. Add your own and pass the list to
/// <see cref="IncidentDeclaration.Assess(IncidentSignals, IncidentPolicy, IReadOnlyList{IncidentCriterion})"/>.
/// </remarks>
/// <param name="Id">A stable id such as <c>incident.p1.api-down</c>.</param>
/// <param name="Level">The level the criterion supports when it fires.</param>
/// <param name="Source">The manual section and D id, such as <c>§3.1, D16</c>.</param>
/// <param name="Description">The criterion in the manual's words.</param>
/// <param name="Test">Returns the reason ("API down 3 min 1 s &gt; 3 min") when it fires, else null.</param>
/// <example>
/// <code>
/// var queueBacklog = new IncidentCriterion("acme.p2.queue-backlog", IncidentLevel.P2, "runbook 7", "Queue backlog over 10,000",
///     (signals, policy) => backlog &gt; 10_000 ? $"backlog {backlog} &gt; 10,000" : null);
/// </code>
/// </example>
public sealed record IncidentCriterion(
    string Id, IncidentLevel Level, string Source, string Description, Func<IncidentSignals, IncidentPolicy, string?> Test);
