namespace TaiSupport.Core.Decisions;

/// <summary>
/// One rule that fired while the engine reached a decision: a stable rule id, the manual section
/// (and default-policy id) it implements, and the concrete reason in plain words.
/// </summary>
/// <remarks>
/// Traces are what a helpdesk shows an agent next to a decision, so the reason is a whole sentence
/// with the actual values: <c>"CSAT 3 &lt; 5"</c>, not <c>"csat rule"</c>.
/// </remarks>
/// <param name="Rule">A stable identifier such as <c>sla.first-response.due</c>.</param>
/// <param name="Source">The manual section and default-policy id, such as <c>§2.2.5, D8</c>.</param>
/// <param name="Reason">What was decided and why, with the values involved.</param>
/// <example>
/// <code>new TraceStep("sla.at-risk", "§2.2.5, D8", "due 10:00 is 25 min away, inside the 30 min lead")</code>
/// </example>
public sealed record TraceStep(string Rule, string Source, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Rule}] ({Source}) {Reason}";
}
