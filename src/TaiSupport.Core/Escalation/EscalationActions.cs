namespace TaiSupport.Core.Escalation;

/// <summary>
/// The stable, camelCase names of the actions the manual's trees and the §2.1 routes emit
/// (<see cref="Decisions.DecisionAction.Action"/>). A helpdesk maps them to pagers, queues and templates.
/// </summary>
public static class EscalationActions
{
    /// <summary>Page VP Product (§4.2 critical, Enterprise CEO involvement, churn threat; §4.3 trigger 2).</summary>
    public const string PageVpProduct = "pageVpProduct";

    /// <summary>Page the on-call engineer (§4.2 critical).</summary>
    public const string PageOnCallEngineer = "pageOnCallEngineer";

    /// <summary>Update the status page (§4.2 critical).</summary>
    public const string UpdateStatusPage = "updateStatusPage";

    /// <summary>Route to the Enterprise customer's dedicated CSM (§4.2).</summary>
    public const string RouteToDedicatedCsm = "routeToDedicatedCsm";

    /// <summary>Page a support engineer (§4.2 investigation &gt; 30 minutes).</summary>
    public const string PageSupportEngineer = "pageSupportEngineer";

    /// <summary>Escalate to engineering (§4.2 investigation &gt; 2 hours).</summary>
    public const string EscalateToEngineering = "escalateToEngineering";

    /// <summary>Alert Finance (§4.2 financial impact &gt; $10K).</summary>
    public const string AlertFinance = "alertFinance";

    /// <summary>Alert the CSM (§4.2 financial impact; §4.3 triggers 1 and 3).</summary>
    public const string AlertCsm = "alertCsm";

    /// <summary>Page General Counsel (§4.2 legal/security).</summary>
    public const string PageGeneralCounsel = "pageGeneralCounsel";

    /// <summary>Page the CISO (§4.2 legal/security).</summary>
    public const string PageCiso = "pageCiso";

    /// <summary>Call the customer (§4.3 trigger 1).</summary>
    public const string CallCustomer = "callCustomer";

    /// <summary>Offer concessions: fee waiver, free upgrade month, dedicated support (§4.3 trigger 1).</summary>
    public const string OfferConcessions = "offerConcessions";

    /// <summary>The CSM calls the customer (§4.3 trigger 2).</summary>
    public const string CsmCall = "csmCall";

    /// <summary>Offer a no-charge period to fix the issue (§4.3 trigger 2).</summary>
    public const string OfferFixPeriod = "offerFixPeriod";

    /// <summary>Send the re-engagement email, template F (§4.3 trigger 3, §7.2).</summary>
    public const string SendReengagementEmail = "sendReengagementEmail";

    /// <summary>Offer a working session to unblock (§4.3 trigger 3).</summary>
    public const string OfferWorkingSession = "offerWorkingSession";

    /// <summary>Alert VP Product (§4.3 trigger 4).</summary>
    public const string AlertVpProduct = "alertVpProduct";

    /// <summary>Fix the product (if a bug) or call the customer with a custom solution (§4.3 trigger 4).</summary>
    public const string FixOrOfferCustomSolution = "fixOrOfferCustomSolution";

    /// <summary>Page engineering immediately (§4.4 URGENT).</summary>
    public const string PageEngineering = "pageEngineering";

    /// <summary>Engineering calls back (§4.4 URGENT).</summary>
    public const string EngineeringCall = "engineeringCall";

    /// <summary>Engineering delivers a diagnosis: with an action plan (URGENT) or an initial investigation (HIGH) (§4.4).</summary>
    public const string EngineeringDiagnosis = "engineeringDiagnosis";

    /// <summary>Post a Slack message to engineering (§4.4 HIGH; quick reference "Post to #support-escalations").</summary>
    public const string MessageEngineering = "messageEngineering";

    /// <summary>Engineering responds asynchronously (§4.4 MEDIUM), within business days of the policy's calendar.</summary>
    public const string EngineeringResponse = "engineeringResponse";

    /// <summary>§4.1 Tier 4 holds the ticket.</summary>
    public const string HandToGeneralCounselAndCiso = "handToGeneralCounselAndCiso";

    /// <summary>§4.1 Tier 3 holds the ticket.</summary>
    public const string HandToVpProductAndCeo = "handToVpProductAndCeo";

    /// <summary>§4.1 Tier 2 holds the ticket.</summary>
    public const string HandToEngineeringAndCsm = "handToEngineeringAndCsm";

    /// <summary>§4.1 Tier 2 escalates a critical bug to VP Engineering.</summary>
    public const string EscalateToVpEngineering = "escalateToVpEngineering";

    /// <summary>§4.1 Tier 1 keeps the ticket.</summary>
    public const string SupportEngineerKeeps = "supportEngineerKeeps";

    /// <summary>Send the auto-response (§2.1 Tier 1, auto-resolve list).</summary>
    public const string SendAutoResponse = "sendAutoResponse";

    /// <summary>Close the ticket (§2.1 Tier 1, auto-resolve list).</summary>
    public const string CloseTicket = "closeTicket";

    /// <summary>Route to Engineering Escalations (§2.1 Tier 1, other API errors).</summary>
    public const string RouteToEngineeringEscalations = "routeToEngineeringEscalations";

    /// <summary>Route to Finance / Account Manager (§2.1 Tier 2).</summary>
    public const string RouteToFinance = "routeToFinance";

    /// <summary>Send the "Thanks for suggestion!" template (§2.1 Tier 3).</summary>
    public const string SendFeatureRequestTemplate = "sendFeatureRequestTemplate";

    /// <summary>Add to the feature-request log for the monthly review (§2.1 Tier 3).</summary>
    public const string AddToFeatureRequestLog = "addToFeatureRequestLog";

    /// <summary>Page VP Product / CSM immediately (§2.1 Tier 4).</summary>
    public const string PageVpProductOrCsm = "pageVpProductOrCsm";

    /// <summary>A person confirms an uncertain triage before its pages go out (policy <c>uncertainPages: Hold</c>).</summary>
    public const string ReviewBeforePaging = "reviewBeforePaging";
}
