namespace TaiSupport.Core.Sla;

/// <summary>
/// The stable rule ids of SLA trace steps (<see cref="Decisions.TraceStep.Rule"/>), so a helpdesk can match on them.
/// Each step's <see cref="Decisions.TraceStep.Source"/> cites the manual section and default-policy id.
/// </summary>
public static class SlaRules
{
    /// <summary>The policy cell that applies: the ticket's current tier and priority, from creation (§1.2, §2.2.3; D5–D7).</summary>
    public const string Target = "sla.target";

    /// <summary>The evaluation instant is before the ticket's creation: nothing has elapsed.</summary>
    public const string NotYetCreated = "sla.not-yet-created";

    /// <summary>The first-response due: the calendar's open time added to the creation instant (§2.2.5; D3).</summary>
    public const string FirstResponseDue = "sla.first-response.due";

    /// <summary>Responded, or resolved, by the first-response due (§2.2.5; D7).</summary>
    public const string FirstResponseMet = "sla.first-response.met";

    /// <summary>Responded, or resolved, after the first-response due (§2.2.5; D7).</summary>
    public const string FirstResponseMissed = "sla.first-response.missed";

    /// <summary>No response and the first-response due has passed (§2.2.5).</summary>
    public const string FirstResponseBreached = "sla.first-response.breached";

    /// <summary>No response and the first-response due is within the at-risk lead (§2.2.5; D8).</summary>
    public const string FirstResponseAtRisk = "sla.first-response.at-risk";

    /// <summary>No response and the first-response due is further away than the at-risk lead (§2.2.5; D8).</summary>
    public const string FirstResponsePending = "sla.first-response.pending";

    /// <summary>No response the reassign grace past the first-response due: change ownership (§2.2.4; D9).</summary>
    public const string Reassign = "sla.reassign";

    /// <summary>The resolution clock's counted and paused open time (§2.2.6; D7).</summary>
    public const string ResolutionClock = "sla.resolution.clock";

    /// <summary>Resolved before the counted time reached the resolution target (§1.2, quick reference; D7).</summary>
    public const string ResolutionMet = "sla.resolution.met";

    /// <summary>Resolved, but the counted time had reached the target first (§1.2, quick reference; D7).</summary>
    public const string ResolutionMissed = "sla.resolution.missed";

    /// <summary>Not resolved and the counted time has reached the target (§1.2, quick reference; D7).</summary>
    public const string ResolutionBreached = "sla.resolution.breached";

    /// <summary>Waiting on the customer: the resolution clock is paused and has no due (§2.2.6; D7).</summary>
    public const string ResolutionPaused = "sla.resolution.paused";

    /// <summary>Running, with the resolution due within the at-risk lead (§2.2.5; D8).</summary>
    public const string ResolutionAtRisk = "sla.resolution.at-risk";

    /// <summary>Running, with the resolution due further away than the at-risk lead (§2.2.5; D8).</summary>
    public const string ResolutionPending = "sla.resolution.pending";
}
