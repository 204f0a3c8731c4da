using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// Every number of the manual's escalation chapter (§4.1–§4.4) as data: response windows and thresholds of the
/// §4.2 escalation criteria (D13), the §4.3 churn triggers (D14) and the §4.4 engineering protocol (D15).
/// Thresholds are strict where the manual says "&gt;" (30 minutes is not "&gt;30 minutes") and inclusive where it
/// says "N+" (14 days is "14+ days").
/// </summary>
/// <example><code>var policy = EscalationPolicy.Default with { FinancialImpactAbove = 25_000m };</code></example>
public sealed record EscalationPolicy
{
    /// <summary>The manual's reading (default-policy D13–D15).</summary>
    public static EscalationPolicy Default { get; } = new();

    /// <summary>How soon VP Product and the on-call engineer must respond to a critical ticket.</summary>
    /// <value>The default is 1 hour (manual §4.2 "1-hour response SLA", D13).</value>
    public Duration CriticalPageWithin { get; init; } = Duration.FromHours(1);

    /// <summary>How soon the status page is updated for a critical ticket; zero means immediately.</summary>
    /// <value>The default is zero: immediately (manual §4.2 "IMMEDIATE: … Update status page", D13).</value>
    public Duration StatusPageWithin { get; init; } = Duration.Zero;

    /// <summary>How soon the executive tier (VP Product + CEO) answers a page: an Enterprise contract change or price negotiation, and a ticket held at §4.1 Tier 3.</summary>
    /// <value>The default is 2 hours (manual §4.1 Tier 3 "Available within 2 hours (page directly)", D13).</value>
    public Duration ExecutivePageWithin { get; init; } = Duration.FromHours(2);

    /// <summary>How soon an Enterprise ticket's dedicated CSM responds.</summary>
    /// <value>The default is 1 hour (manual §1.2 Tier 3 "1-hour response", §4.2 "Route to dedicated CSM", D13).</value>
    public Duration DedicatedCsmWithin { get; init; } = Duration.FromHours(1);

    /// <summary>Investigation longer than this pages a support engineer (§4.2) and moves the ticket to §4.1 Tier 2.</summary>
    /// <value>The default is 30 minutes, strict: exactly 30 minutes does not escalate (manual §4.1, §4.2, §2.3 rule 4, D13).</value>
    public Duration InvestigationPageAfter { get; init; } = Duration.FromMinutes(30);

    /// <summary>Investigation longer than this escalates to engineering (§4.2).</summary>
    /// <value>The default is 2 hours, strict (manual §4.2 "If &gt;2 hours → Escalate to eng", D13).</value>
    public Duration InvestigationEngineeringAfter { get; init; } = Duration.FromHours(2);

    /// <summary>A financial impact above this many US dollars alerts Finance and the CSM.</summary>
    /// <value>The default is 10,000, strict: $10,000.00 does not alert, $10,000.01 does (manual §4.2 "&gt;$10K", D13).</value>
    public decimal FinancialImpactAbove { get; init; } = 10_000m;

    /// <summary>How soon VP Product is paged for a churn threat.</summary>
    /// <value>The default is 2 hours (manual §4.2 "within 2 hours, not email response", D13).</value>
    public Duration ChurnPageWithin { get; init; } = Duration.FromHours(2);

    /// <summary>How soon General Counsel and the CISO respond to a legal or security issue.</summary>
    /// <value>The default is 4 hours (manual §4.1 Tier 4, §4.2 "within 4 hours", D13).</value>
    public Duration LegalSecurityPageWithin { get; init; } = Duration.FromHours(4);

    /// <summary>A CSAT score below this is a churn trigger.</summary>
    /// <value>The default is 5 on the 0–10 scale, strict: 5 does not trigger, 4 does (manual §4.3 "CSAT Score &lt; 5", D14).</value>
    public decimal CsatBelow { get; init; } = 5m;

    /// <summary>How soon the CSM is alerted after a low CSAT.</summary>
    /// <value>The default is 1 hour (manual §4.3 "Alert CSM within 1 hour", D14).</value>
    public Duration CsatAlertWithin { get; init; } = Duration.FromHours(1);

    /// <summary>How soon the customer is called after a low CSAT.</summary>
    /// <value>The default is 24 hours (manual §4.3 "Call customer within 24 hours", D14).</value>
    public Duration CsatCallWithin { get; init; } = Duration.FromHours(24);

    /// <summary>How soon the CSM calls a customer who says "canceling" or "leaving".</summary>
    /// <value>The default is 2 hours (manual §4.3 "CSM calls within 2 hours", D14).</value>
    public Duration CancelingCallWithin { get; init; } = Duration.FromHours(2);

    /// <summary>The no-charge period offered to fix the issue for a customer who says "canceling" or "leaving", in days.</summary>
    /// <value>The default is 30 (manual §4.3 "Offer 30-day trial period to fix issue at no charge", D14).</value>
    public int FixPeriodDays { get; init; } = 30;

    /// <summary>No API call for at least this long is a churn trigger.</summary>
    /// <value>The default is 14 days (of 24 hours), inclusive: 14 days triggers, 13 days 23 h does not (manual §4.3 "14+ days", D14).</value>
    public Duration InactiveFor { get; init; } = Duration.FromDays(14);

    /// <summary>The length of the working session offered to an inactive customer.</summary>
    /// <value>The default is 1 hour (manual §4.3 "Offer 1-hour working session to unblock", D14).</value>
    public Duration WorkingSession { get; init; } = Duration.FromHours(1);

    /// <summary>At least this many tickets on the same issue is a churn trigger.</summary>
    /// <value>The default is 3, inclusive: 3 triggers, 2 does not (manual §4.3 "3+ times", D14).</value>
    public int RepeatTicketsAtLeast { get; init; } = 3;

    /// <summary>A platform impact above this percentage is a widespread outage (§4.4 URGENT).</summary>
    /// <value>The default is 20, strict (manual §4.4 "&gt;20% of platform", D15).</value>
    public decimal WidespreadOutageAbovePct { get; init; } = 20m;

    /// <summary>Latency above this is a performance degradation (§4.4 HIGH); JSON <c>latencyAboveMs</c>, a number of milliseconds.</summary>
    /// <value>The default is 500 ms, strict (manual §4.4 "latency &gt;500ms", D15).</value>
    public Duration LatencyAbove { get; init; } = Duration.FromMilliseconds(500);

    /// <summary>An error rate above this percentage is a performance degradation (§4.4 HIGH).</summary>
    /// <value>The default is 5, strict (manual §4.4 "error rate &gt;5%", D15).</value>
    public decimal ErrorRateAbovePct { get; init; } = 5m;

    /// <summary>How soon engineering calls back on an URGENT escalation (after an immediate page).</summary>
    /// <value>The default is 1 hour (manual §4.4 "page immediately, call within 1 hour", D15).</value>
    public Duration UrgentCallWithin { get; init; } = Duration.FromHours(1);

    /// <summary>How soon engineering delivers a diagnosis and action plan on an URGENT escalation.</summary>
    /// <value>The default is 2 hours (manual §4.4 "URGENT: 2 hour diagnosis + action plan", D15).</value>
    public Duration UrgentDiagnosisWithin { get; init; } = Duration.FromHours(2);

    /// <summary>How soon engineering responds with a diagnosis and initial investigation on a HIGH escalation.</summary>
    /// <value>The default is 4 hours (manual §4.4 "respond within 4 hours", "4 hour diagnosis", D15).</value>
    public Duration HighResponseWithin { get; init; } = Duration.FromHours(4);

    /// <summary>How many business days engineering has to respond to a MEDIUM escalation, on <see cref="MediumResponseCalendar"/>.</summary>
    /// <value>The default is 1 (manual §4.4 "respond within 1 business day", D15).</value>
    public int MediumResponseBusinessDays { get; init; } = 1;

    /// <summary>The calendar id whose business day measures the MEDIUM window (its <see cref="BusinessCalendar.BusinessDay"/>, D4).</summary>
    /// <value>The default is <c>professional-hours</c>: one business day is 9 business hours (D15, D4).</value>
    public string MediumResponseCalendar { get; init; } = BusinessCalendars.ProfessionalHoursId;
}
