namespace TaiSupport.Core.Sla;

/// <summary>
/// Where an SLA clock stands at the evaluation instant (manual §2.2.5, D7–D8). JSON writes these in camelCase:
/// <c>pending</c>, <c>atRisk</c>, <c>breached</c>, <c>met</c>, <c>missed</c>, <c>paused</c>.
/// </summary>
public enum SlaState
{
    /// <summary>Running, with the due more than the at-risk lead away.</summary>
    Pending,

    /// <summary>Running, with the due at most the at-risk lead away: <c>due − lead ≤ now &lt; due</c> on the wall clock (D8).</summary>
    AtRisk,

    /// <summary>Not done, and the due has passed: <c>now ≥ due</c>.</summary>
    Breached,

    /// <summary>Done in time: responded (or resolved) by the due.</summary>
    Met,

    /// <summary>Done, but after the due.</summary>
    Missed,

    /// <summary>Resolution only: the ticket waits on the customer, so its clock is stopped and it has no due (D7).</summary>
    Paused,
}
