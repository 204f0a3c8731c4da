namespace TaiSupport.Core.Escalation;

/// <summary>A team member's level, for the skill rule of §2.3.</summary>
public enum TeamLevel
{
    /// <summary>Junior support: Starter tier basic questions (§2.3 rule 1).</summary>
    Junior,

    /// <summary>Senior support: Professional tier complex integrations (§2.3 rule 1).</summary>
    Senior,

    /// <summary>VP Customer Success: Enterprise critical issues, with engineering (§2.3 rule 1).</summary>
    VpCustomerSuccess,

    /// <summary>An engineer: joins Enterprise critical issues (§2.3 rule 1).</summary>
    Engineer,
}
