using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The signals a keyword in the subject or body can fill in when the structured signal is unknown (D11): yes/no
/// signals, and one count (<see cref="SameIssueTickets"/>). Each is the <see cref="TicketSignals"/> property of the
/// same name; its phrases are policy data (<see cref="TriagePolicy.Keywords"/>).
/// </summary>
public enum KeywordSignal
{
    /// <summary><see cref="TicketSignals.ProductionDown"/>.</summary>
    ProductionDown,

    /// <summary><see cref="TicketSignals.LosingMoney"/>.</summary>
    LosingMoney,

    /// <summary><see cref="TicketSignals.FeatureBroken"/>.</summary>
    FeatureBroken,

    /// <summary><see cref="TicketSignals.WorkaroundExists"/>.</summary>
    WorkaroundExists,

    /// <summary><see cref="TicketSignals.Cosmetic"/>.</summary>
    Cosmetic,

    /// <summary><see cref="TicketSignals.Billing"/>.</summary>
    Billing,

    /// <summary><see cref="TicketSignals.FeatureRequest"/>.</summary>
    FeatureRequest,

    /// <summary><see cref="TicketSignals.Urgent"/>.</summary>
    Urgent,

    /// <summary><see cref="TicketSignals.ChurnThreat"/>.</summary>
    ChurnThreat,

    /// <summary><see cref="TicketSignals.Integration"/>.</summary>
    Integration,

    /// <summary><see cref="TicketSignals.LegalOrSecurity"/>.</summary>
    LegalOrSecurity,

    /// <summary><see cref="TicketSignals.ContractChange"/>.</summary>
    ContractChange,

    /// <summary><see cref="TicketSignals.PriceNegotiation"/>.</summary>
    PriceNegotiation,

    /// <summary><see cref="TicketSignals.DataLoss"/>.</summary>
    DataLoss,

    /// <summary><see cref="TicketSignals.SecurityVulnerability"/>.</summary>
    SecurityVulnerability,

    /// <summary><see cref="TicketSignals.WrongData"/>.</summary>
    WrongData,

    /// <summary><see cref="TicketSignals.PotentialBug"/>.</summary>
    PotentialBug,

    /// <summary><see cref="TicketSignals.PerformanceQuestion"/>.</summary>
    PerformanceQuestion,

    /// <summary><see cref="TicketSignals.EdgeCase"/>.</summary>
    EdgeCase,

    /// <summary>
    /// <see cref="TicketSignals.SameIssueTickets"/>: a phrase that says the customer is writing about the same issue yet
    /// again ("third time", "4th ticket", §4.3 trigger 4). The count is the phrase's ordinal ("fourth ticket" = 4), or
    /// 3 (the manual's "3+ tickets") for a phrase without one.
    /// </summary>
    SameIssueTickets,
}
