using NodaTime;

namespace TaiSupport.Core.Communication;

/// <summary>
/// What is happening with a customer right now, as far as choosing a §7 template goes. Set what you know; the
/// <see cref="TemplateSuggester"/> picks the template and pre-fills the fields the situation already answers.
/// </summary>
/// <remarks>Manual §7.1 (A–D are answers on a ticket), §7.2 (E–G are proactive), §4.3 (churn triggers, D14).</remarks>
/// <example>
/// <code>
/// var situation = new CustomerSituation { CustomerName = "Acme", UsageUsed = 450, UsageLimit = 500, UsageUnit = "SKUs" };
/// var suggestion = TemplateSuggester.Default.Evaluate(situation); // Template E, used = 450, limit = 500
/// </code>
/// </example>
public sealed record CustomerSituation
{
    /// <summary>The customer's or contact's name; fills <c>name</c> and <c>customerName</c>.</summary>
    public string? CustomerName { get; init; }

    /// <summary>A ticket has just arrived and needs its acknowledgement (template A).</summary>
    public bool NewTicket { get; init; }

    /// <summary>The ticket's first-response target; fills A's <c>responseSla</c> (e.g. "4 hours").</summary>
    public Duration? ResponseTarget { get; init; }

    /// <summary>A solution was found (template B).</summary>
    public bool SolutionFound { get; init; }

    /// <summary>The solution comes with a code example (template <c>B.code</c>).</summary>
    public bool HasCodeExample { get; init; }

    /// <summary>The ticket was escalated to engineering (template C).</summary>
    public bool EscalatedToEngineering { get; init; }

    /// <summary>The customer said they are canceling or leaving (template D, §4.3 trigger 2).</summary>
    public bool ThreatensToLeave { get; init; }

    /// <summary>The customer's latest message; scanned for the policy's churn keywords (§4.3, D14).</summary>
    public string? CustomerMessage { get; init; }

    /// <summary>The latest CSAT score, 0–10; below the policy's threshold it is a churn trigger (§4.3, D14).</summary>
    public int? Csat { get; init; }

    /// <summary>Current usage of a plan limit, e.g. 450 (template E).</summary>
    public long? UsageUsed { get; init; }

    /// <summary>The plan limit, e.g. 500 (template E).</summary>
    public long? UsageLimit { get; init; }

    /// <summary>What the limit counts, e.g. "SKUs"; fills E's <c>unit</c>.</summary>
    public string? UsageUnit { get; init; }

    /// <summary>The customer's plan tier name, e.g. "Starter"; fills E's <c>currentTier</c>.</summary>
    public string? CurrentTier { get; init; }

    /// <summary>Time since the customer's last API call (template F, §4.3 trigger 3).</summary>
    public Duration? SinceLastApiCall { get; init; }

    /// <summary>We noticed something in the customer's integration we can help fix (template G).</summary>
    public bool ProactiveFixAvailable { get; init; }
}
