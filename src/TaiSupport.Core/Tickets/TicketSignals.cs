using NodaTime;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// The structured facts a helpdesk knows about a ticket (a form field, a tag, a metric). Every signal is optional:
/// null means "not known", and only then may a keyword in the subject or body fill it in (D11: structured signals
/// decide first; keywords only fill gaps). An explicit <c>false</c> is never overridden by a keyword.
/// </summary>
/// <remarks>
/// JSON names are the camelCase property names, except <see cref="InvestigationTime"/>, which is written
/// <c>investigationMinutes</c> (a number of minutes). See <c>docs/triage-and-escalation.md</c> for the table.
/// </remarks>
/// <example><code>var signals = new TicketSignals { ProductionDown = true, FinancialImpact = 25_000m };</code></example>
public sealed record TicketSignals
{
    /// <summary>No signal known: triage relies on keywords alone.</summary>
    public static TicketSignals None { get; } = new();

    /// <summary>TAI is down for the customer (quick reference "CRITICAL: TAI is down"; D11).</summary>
    public bool? ProductionDown { get; init; }

    /// <summary>The customer is losing money (quick reference "CRITICAL: … customer is losing money"; §2.2.1; D11).</summary>
    public bool? LosingMoney { get; init; }

    /// <summary>A feature is broken (quick reference HIGH and MEDIUM; §4.4 "feature not working as documented").</summary>
    public bool? FeatureBroken { get; init; }

    /// <summary>A workaround exists (quick reference: MEDIUM when it does, HIGH when it does not).</summary>
    public bool? WorkaroundExists { get; init; }

    /// <summary>The ticket is cosmetic or about documentation (quick reference LOW).</summary>
    public bool? Cosmetic { get; init; }

    /// <summary>
    /// The API error the customer hit, such as <c>401</c>, <c>429</c>, <c>500</c> or <c>malformedJson</c> (§2.1 Tier 1,
    /// D12). Codes in <c>TriagePolicy.AutoResolveApiErrors</c> are auto-resolved; any other goes to engineering.
    /// </summary>
    public string? ApiErrorCode { get; init; }

    /// <summary>A billing or account question (§2.1 Tier 2, D12).</summary>
    public bool? Billing { get; init; }

    /// <summary>A feature request or enhancement (§2.1 Tier 3; §4.4 MEDIUM).</summary>
    public bool? FeatureRequest { get; init; }

    /// <summary>Marked urgent by the customer or an agent (§2.1 Tier 4 "Urgent/Churn-Risk Escalation").</summary>
    public bool? Urgent { get; init; }

    /// <summary>The customer threatens to churn: says "canceling" or "leaving" (§4.2, §4.3 trigger 2, D13, D14).</summary>
    public bool? ChurnThreat { get; init; }

    /// <summary>About an integration: API client, webhooks, SDK, third parties (§2.2.2 category Integration).</summary>
    public bool? Integration { get; init; }

    /// <summary>A legal or security issue (§4.1 Tier 4, §4.2, D13).</summary>
    public bool? LegalOrSecurity { get; init; }

    /// <summary>The customer asks for a contract change (§4.2 Enterprise "needs CEO involvement").</summary>
    public bool? ContractChange { get; init; }

    /// <summary>The customer negotiates price (§4.2 Enterprise "needs CEO involvement").</summary>
    public bool? PriceNegotiation { get; init; }

    /// <summary>How long the issue needs (or has taken) to investigate (§4.2 "&gt; 30 minutes", "&gt; 2 hours"; §4.1; §2.3 rule 4). JSON: <c>investigationMinutes</c>.</summary>
    public Duration? InvestigationTime { get; init; }

    /// <summary>The financial impact in US dollars (§4.2 "financial impact &gt; $10K").</summary>
    public decimal? FinancialImpact { get; init; }

    /// <summary>The customer's latest CSAT score on the manual's 0–10 scale (§4.3 trigger 1, §8.2 "8.1/10").</summary>
    public decimal? Csat { get; init; }

    /// <summary>When the customer last called the API (§4.3 trigger 3, "hasn't called API in 14+ days").</summary>
    public Instant? LastApiCallAt { get; init; }

    /// <summary>How many tickets the customer has filed on this same issue, this one included (§4.3 trigger 4).</summary>
    public int? SameIssueTickets { get; init; }

    /// <summary>Data loss or corruption (§4.4 URGENT).</summary>
    public bool? DataLoss { get; init; }

    /// <summary>A security vulnerability (§4.4 URGENT); also a security issue for §4.1 and §4.2.</summary>
    public bool? SecurityVulnerability { get; init; }

    /// <summary>The share of the platform affected, in percent (§4.4 URGENT "widespread outage (&gt;20% of platform)").</summary>
    public decimal? PlatformImpactPct { get; init; }

    /// <summary>A reproducible bug with customer impact (§4.4 HIGH).</summary>
    public bool? ReproducibleBug { get; init; }

    /// <summary>Observed latency (§4.4 HIGH "latency &gt;500ms"); JSON <c>latencyMs</c>, a number of milliseconds.</summary>
    public Duration? Latency { get; init; }

    /// <summary>Observed error rate in percent (§4.4 HIGH "error rate &gt;5%").</summary>
    public decimal? ErrorRatePct { get; init; }

    /// <summary>The API returns wrong data (§4.4 HIGH).</summary>
    public bool? WrongData { get; init; }

    /// <summary>A potential bug: the customer is unsure whether it is us or them (§4.4 MEDIUM).</summary>
    public bool? PotentialBug { get; init; }

    /// <summary>A performance question (§4.4 MEDIUM).</summary>
    public bool? PerformanceQuestion { get; init; }

    /// <summary>Edge-case behaviour (§4.4 MEDIUM).</summary>
    public bool? EdgeCase { get; init; }
}
