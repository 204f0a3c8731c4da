namespace TaiSupport.Core.Incidents;

/// <summary>
/// The severity an incident is declared at (manual §3.1, §5.3, D16). Ordered: a higher value is more severe, so
/// <c>level &gt; IncidentLevel.P2</c> reads as "worse than P2".
/// </summary>
public enum IncidentLevel
{
    /// <summary>Not an incident: no criterion fired, or only exclusions applied (§3.1 "Do NOT declare").</summary>
    None = 0,

    /// <summary>Significant: log and escalate in the morning, no page (§5.3, D16).</summary>
    P3 = 1,

    /// <summary>Major: investigate and escalate (§3.1, §5.3, D16).</summary>
    P2 = 2,

    /// <summary>Critical: take action immediately (§3.1, §5.3, D16).</summary>
    P1 = 3,
}

/// <summary>
/// A report the manual says never declares an incident (§3.1 "Do NOT declare incident for", D16): the problem is the
/// single customer's, or expected behaviour.
/// </summary>
public enum UserError
{
    /// <summary>Single customer using the wrong API key.</summary>
    WrongApiKey,

    /// <summary>Customer hitting the rate limit (expected behaviour).</summary>
    RateLimit,

    /// <summary>Documentation gap.</summary>
    Documentation,

    /// <summary>Feature request (listed with documentation gaps in §3.1).</summary>
    FeatureRequest,

    /// <summary>Cosmetic issue.</summary>
    Cosmetic,
}
