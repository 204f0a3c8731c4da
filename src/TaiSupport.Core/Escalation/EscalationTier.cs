namespace TaiSupport.Core.Escalation;

/// <summary>Who holds a ticket in the §4.1 tier escalation matrix.</summary>
public enum EscalationTier
{
    /// <summary>Tier 1: the support engineer (responds to all tickets).</summary>
    SupportEngineer = 1,

    /// <summary>Tier 2: engineering and the CSM in parallel (after investigation &gt; 30 minutes).</summary>
    EngineeringAndCsm = 2,

    /// <summary>Tier 3: VP Product and the CEO (churn risk, or the customer threatens to leave).</summary>
    Executive = 3,

    /// <summary>Tier 4: General Counsel and the CISO (a legal or security issue).</summary>
    LegalAndSecurity = 4,
}
