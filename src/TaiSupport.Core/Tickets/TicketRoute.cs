namespace TaiSupport.Core.Tickets;

/// <summary>Where §2.1's triage workflow sends a ticket (D12). The first matching tier of the workflow wins.</summary>
public enum TicketRoute
{
    /// <summary>§2.1 Tier 1: an API error in the auto-resolve list (401, 429, malformed JSON): send the auto-response and close.</summary>
    AutoResolve,

    /// <summary>§2.1 Tier 1: any other API error: route to Engineering Escalations.</summary>
    EngineeringEscalation,

    /// <summary>§2.1 Tier 2: a billing or account question: route to Finance / Account Manager.</summary>
    Finance,

    /// <summary>§2.1 Tier 3: a feature request: send the "thanks" template and add it to the feature-request log.</summary>
    FeatureRequestLog,

    /// <summary>§2.1 Tier 4: urgent or churn risk: page VP Product / CSM immediately.</summary>
    ChurnEscalation,

    /// <summary>Everything else: the standard support response.</summary>
    StandardSupport,
}
