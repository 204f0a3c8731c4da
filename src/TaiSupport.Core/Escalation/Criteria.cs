using System.Globalization;
using System.Text;
using NodaTime;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// The manual's escalation criteria as plain predicates over an <see cref="EscalationCase"/>, shared by the trees
/// and by routing so that a rule is written once. Thresholds come from the <see cref="EscalationPolicy"/>.
/// </summary>
internal static class Criteria
{
    public static bool Critical(EscalationCase c) => c.Priority == Priority.Critical;

    public static bool Enterprise(EscalationCase c) => c.Tier == Tier.Enterprise;

    public static bool CeoInvolvement(EscalationCase c) => c.Signals.ContractChange == true || c.Signals.PriceNegotiation == true;

    public static bool InvestigationOver(EscalationCase c, Duration threshold) => c.Signals.InvestigationTime is { } t && t > threshold;

    public static bool FinancialImpact(EscalationCase c, EscalationPolicy p) => c.Signals.FinancialImpact is { } f && f > p.FinancialImpactAbove;

    public static bool ChurnThreat(EscalationCase c) => c.Signals.ChurnThreat == true;

    public static bool LegalOrSecurity(EscalationCase c) => c.Signals.LegalOrSecurity == true || c.Signals.SecurityVulnerability == true;

    public static bool CsatLow(EscalationCase c, EscalationPolicy p) => c.Signals.Csat is { } s && s < p.CsatBelow;

    public static bool Inactive(EscalationCase c, EscalationPolicy p) => c.Signals.LastApiCallAt is { } at && c.Now - at >= p.InactiveFor;

    public static bool RepeatIssue(EscalationCase c, EscalationPolicy p) => c.Signals.SameIssueTickets is { } n && n >= p.RepeatTicketsAtLeast;

    /// <summary>§4.1 "CHURN RISK or CUSTOMER THREATENS TO LEAVE": a threat or any §4.3 trigger.</summary>
    public static bool ChurnRisk(EscalationCase c, EscalationPolicy p) => ChurnThreat(c) || CsatLow(c, p) || Inactive(c, p) || RepeatIssue(c, p);

    /// <summary>With engineering already: routed there (§2.1), critical (on-call engineer paged, §4.2) or investigation &gt; 30 min (§4.1).</summary>
    public static bool WithEngineering(EscalationCase c, EscalationPolicy p) =>
        c.Route == TicketRoute.EngineeringEscalation || Critical(c) || InvestigationOver(c, p.InvestigationPageAfter);

    public static bool EngineeringUrgent(EscalationCase c, EscalationPolicy p) =>
        c.Signals.DataLoss == true || c.Signals.SecurityVulnerability == true || (Enterprise(c) && c.Signals.ProductionDown == true)
        || c.Signals.PlatformImpactPct > p.WidespreadOutageAbovePct || Critical(c);

    public static bool EngineeringHigh(EscalationCase c, EscalationPolicy p) =>
        c.Signals.ReproducibleBug == true || c.Signals.Latency > p.LatencyAbove || c.Signals.ErrorRatePct > p.ErrorRateAbovePct
        || (c.Signals.FeatureBroken == true && c.Signals.WorkaroundExists != true) || c.Signals.WrongData == true;

    public static bool EngineeringMedium(EscalationCase c) =>
        c.Signals.PotentialBug == true || c.Signals.PerformanceQuestion == true || c.Signals.EdgeCase == true || c.Signals.FeatureRequest == true;

    public static bool EngineeringAnyway(EscalationCase c, EscalationPolicy p) =>
        c.Route == TicketRoute.EngineeringEscalation || InvestigationOver(c, p.InvestigationEngineeringAfter);

    public static string EngineeringUrgentReasons(EscalationCase c, EscalationPolicy p) => Reasons(
        (c.Signals.DataLoss == true, "data loss or corruption"),
        (c.Signals.SecurityVulnerability == true, "security vulnerability"),
        (Enterprise(c) && c.Signals.ProductionDown == true, "production customer (Tier 3) unable to use product"),
        (c.Signals.PlatformImpactPct > p.WidespreadOutageAbovePct, $"widespread outage: {Number(c.Signals.PlatformImpactPct)}% of platform > {Number(p.WidespreadOutageAbovePct)}%"),
        (Critical(c), "critical severity"));

    public static string EngineeringHighReasons(EscalationCase c, EscalationPolicy p) => Reasons(
        (c.Signals.ReproducibleBug == true, "reproducible bug with customer impact"),
        (c.Signals.Latency > p.LatencyAbove, $"performance degradation: latency {Number(Milliseconds.Of(c.Signals.Latency))} ms > {Number(Milliseconds.Of(p.LatencyAbove))} ms"),
        (c.Signals.ErrorRatePct > p.ErrorRateAbovePct, $"performance degradation: error rate {Number(c.Signals.ErrorRatePct)}% > {Number(p.ErrorRateAbovePct)}%"),
        (c.Signals.FeatureBroken == true && c.Signals.WorkaroundExists != true, "feature not working as documented, no workaround"),
        (c.Signals.WrongData == true, "API returning wrong data"));

    public static string EngineeringMediumReasons(EscalationCase c) => Reasons(
        (c.Signals.PotentialBug == true, "potential bug"),
        (c.Signals.PerformanceQuestion == true, "performance question"),
        (c.Signals.EdgeCase == true, "edge case behavior"),
        (c.Signals.FeatureRequest == true, "feature enhancement request"));

    public static string ChurnRiskReasons(EscalationCase c, EscalationPolicy p) => Reasons(
        (ChurnThreat(c), "the customer threatens to leave"),
        (CsatLow(c, p), $"CSAT {Number(c.Signals.Csat)} < {Number(p.CsatBelow)}"),
        (Inactive(c, p), $"no API call for {Days(c)}"),
        (RepeatIssue(c, p), $"{c.Signals.SameIssueTickets} tickets on the same issue"));

    /// <summary>
    /// <c>$12,000</c>, <c>$0.5</c>: the amount as <c>"$#,0.##"</c> writes it (invariant culture). Whole positive amounts,
    /// the usual case on every triage, are written digit by digit; every other amount goes to the format string.
    /// </summary>
    public static string Money(decimal amount) => IsSmallWhole(amount) && amount > 0m
        ? WholeWithCommas((long)amount, '$')
        : amount.ToString("$#,0.##", CultureInfo.InvariantCulture);

    /// <summary><c>12000</c>, <c>2.5</c>: the value as <c>"0.##"</c> writes it (invariant culture), or "unknown"; whole values other than zero through <see cref="long"/>'s own formatting.</summary>
    public static string Number(decimal? value) => value is { } v
        ? IsSmallWhole(v) && v != 0m ? ((long)v).ToString(CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture)
        : "unknown";

    /// <summary>A whole number of magnitude below 10¹⁵ (which <c>"0.##"</c> writes with no decimals and no rounding).</summary>
    private static bool IsSmallWhole(decimal value) => value is > -1_000_000_000_000_000m and < 1_000_000_000_000_000m && decimal.Truncate(value) == value;

    /// <summary>A positive whole number with a comma every three digits, after <paramref name="prefix"/>.</summary>
    private static string WholeWithCommas(long value, char prefix)
    {
        Span<char> chars = stackalloc char[32];
        var i = chars.Length;
        var digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
            {
                chars[--i] = ',';
            }

            chars[--i] = (char)('0' + (value % 10));
            value /= 10;
            digits++;
        }
        while (value > 0);

        chars[--i] = prefix;
        return new string(chars[i..]);
    }

    public static string Days(EscalationCase c) =>
        c.Signals.LastApiCallAt is { } at
            ? $"{TaiSupport.Core.Text.HumanDuration.Format(c.Now - at)} (last call {at})"
            : "an unknown time";

    /// <summary>"a; b" for the parts that hold, or "none" when none does.</summary>
    private static string Reasons(params ReadOnlySpan<(bool Holds, string Text)> parts)
    {
        var text = new StringBuilder();
        foreach (var (holds, part) in parts)
        {
            if (holds)
            {
                text.Append(text.Length == 0 ? string.Empty : "; ").Append(part);
            }
        }

        return text.Length == 0 ? "none" : text.ToString();
    }
}
