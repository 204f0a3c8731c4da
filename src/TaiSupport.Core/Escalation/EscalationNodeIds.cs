using TaiSupport.Core.Decisions;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// The stable ids of the checks in the manual's trees (<see cref="EscalationTrees"/>), for
/// <see cref="DecisionTree{TInput}.InsertCheckBefore"/> and for reading traces. A check's leaves are
/// <c>{id}.yes</c> and <c>{id}.no</c>.
/// </summary>
public static class EscalationNodeIds
{
    /// <summary>§4.2 "CRITICAL SEVERITY?".</summary>
    public const string CriteriaCritical = "§4.2.critical";

    /// <summary>§4.2 "CUSTOMER TIER 3 (ENTERPRISE)?".</summary>
    public const string CriteriaEnterprise = "§4.2.enterprise";

    /// <summary>§4.2 "Check if needs CEO involvement (contract change? price negotiation?)".</summary>
    public const string CriteriaCeoInvolvement = "§4.2.enterprise.ceo";

    /// <summary>§4.2 "NEEDS INVESTIGATION &gt;30 MINUTES?".</summary>
    public const string CriteriaInvestigation = "§4.2.investigation";

    /// <summary>§4.2 "If &gt;2 hours → Escalate to eng".</summary>
    public const string CriteriaInvestigationEngineering = "§4.2.investigation.engineering";

    /// <summary>§4.2 "FINANCIAL IMPACT &gt;$10K".</summary>
    public const string CriteriaFinancialImpact = "§4.2.financial";

    /// <summary>§4.2 "CUSTOMER THREATENING CHURN?".</summary>
    public const string CriteriaChurn = "§4.2.churn";

    /// <summary>§4.2 "LEGAL/SECURITY ISSUE?".</summary>
    public const string CriteriaLegalSecurity = "§4.2.legal";

    /// <summary>§4.2 "Standard Support Response": none of the criteria above holds.</summary>
    public const string CriteriaStandard = "§4.2.standard";

    /// <summary>§4.1 "[LEGAL or SECURITY ISSUE]" → Tier 4.</summary>
    public const string TierLegalSecurity = "§4.1.tier4";

    /// <summary>§4.1 "[CHURN RISK or CUSTOMER THREATENS TO LEAVE]" → Tier 3.</summary>
    public const string TierChurnRisk = "§4.1.tier3";

    /// <summary>§4.1 "[INVESTIGATION &gt;30 MINUTES]" → Tier 2.</summary>
    public const string TierInvestigation = "§4.1.tier2";

    /// <summary>§4.1 Tier 2 "Escalates to: … VP Eng (critical bug)".</summary>
    public const string TierCriticalBug = "§4.1.tier2.critical";

    /// <summary>§4.1 Tier 1: the support engineer keeps the ticket.</summary>
    public const string TierSupport = "§4.1.tier1";

    /// <summary>§4.3 trigger 1 "CSAT Score &lt; 5".</summary>
    public const string ChurnCsat = "§4.3.csat";

    /// <summary>§4.3 trigger 2 "Customer says 'canceling' or 'leaving'".</summary>
    public const string ChurnCanceling = "§4.3.canceling";

    /// <summary>§4.3 trigger 3 "Customer hasn't called API in 14+ days".</summary>
    public const string ChurnInactive = "§4.3.inactive";

    /// <summary>§4.3 trigger 4 "Support tickets on same issue 3+ times".</summary>
    public const string ChurnRepeat = "§4.3.repeat";

    /// <summary>§4.4 URGENT criteria.</summary>
    public const string EngineeringUrgent = "§4.4.urgent";

    /// <summary>§4.4 HIGH criteria.</summary>
    public const string EngineeringHigh = "§4.4.high";

    /// <summary>§4.4 MEDIUM criteria.</summary>
    public const string EngineeringMedium = "§4.4.medium";

    /// <summary>Going to engineering anyway (route, or §4.2 investigation &gt; 2 hours) with no §4.4 criterion: MEDIUM.</summary>
    public const string EngineeringAlready = "§4.4.escalated";
}
