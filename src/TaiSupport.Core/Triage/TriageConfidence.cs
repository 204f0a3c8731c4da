using System.Collections.Immutable;
using System.Globalization;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// How sure a classification is (0–1) and why not fully: structured signals are sure; text evidence loses confidence
/// when it conflicts (the same signal both said and negated, past or hypothetical; a structured value contradicting
/// the text; several routes competing), when a page rests on a single phrase, or when nothing was recognised in a
/// long message. See <c>docs/triage-and-escalation.md</c>, "Confidence".
/// </summary>
internal static class TriageConfidence
{
    private static readonly string[] RouteSignals = ["apiErrorCode", "billing", "featureRequest", "churnThreat"];

    public static string Format(decimal confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    public static (decimal Confidence, ImmutableArray<string> Reasons) Assess(
        TriageRequest request, TicketSignals given, TicketSignals signals, Priority priority, ImmutableArray<SignalEvidence> evidence, TriagePolicy policy)
    {
        var confidence = 1m;
        var reasons = ImmutableArray.CreateBuilder<string>();
        var used = evidence.Where(e => e.Used).ToList();

        // Conflicts: a signal both used and ignored (said, and also negated / past / hypothetical).
        foreach (var signal in used.Select(e => e.Signal).Distinct(StringComparer.Ordinal))
        {
            var ignored = evidence.FirstOrDefault(e => !e.Used && e.Signal == signal && e.IgnoredBecause is "negated" or "past" or "resolved" or "hypothetical" or "question");
            if (ignored is not null && IsPageSignal(signal))
            {
                confidence -= 0.2m;
                reasons.Add($"conflicting evidence for {signal}: \"{used.First(e => e.Signal == signal).Words}\" but also \"{ignored.Words}\" ({ignored.IgnoredBecause})");
            }
        }

        // The text contradicts a structured value.
        foreach (var e in used)
        {
            if (TicketSignalsText.Get(given, e.Signal) is { } structured && !string.Equals(structured, e.Value, StringComparison.OrdinalIgnoreCase) && IsPageSignal(e.Signal))
            {
                confidence -= 0.1m;
                reasons.Add($"the text says {e.Signal} (\"{e.Words}\") but the structured signal says {structured}");
            }
        }

        // Several routes compete.
        var routes = RouteSignals.Count(r => used.Any(e => e.Signal == r) && TicketSignalsText.Get(given, r) is null);
        if (routes >= 2)
        {
            confidence -= 0.15m;
            reasons.Add($"mixed signals: {string.Join(" and ", RouteSignals.Where(r => used.Any(e => e.Signal == r)))}");
        }

        // A page resting on one phrase of text.
        var pageFromText = priority == Priority.Critical && given.ProductionDown is null && given.LosingMoney is null && given.DataLoss is null && given.PlatformImpactPct is null;
        if (pageFromText)
        {
            var support = used.Count(e => e.Signal is "productionDown" or "losingMoney" or "dataLoss" or "platformImpactPct" or "featureBroken" or "errorRatePct" or "financialImpact");
            if (support <= 1)
            {
                confidence -= 0.45m;
                reasons.Add("thin evidence: a single phrase decides a Critical page");
            }
        }

        if (signals.ChurnThreat == true && given.ChurnThreat is null && used.Count(e => e.Signal == "churnThreat") == 1 && used.Count <= 1)
        {
            confidence -= 0.1m;
            reasons.Add("thin evidence: one churn phrase and nothing else");
        }

        // Nothing recognised.
        if (used.Count == 0 && given == TicketSignals.None && request.Priority is null)
        {
            var length = (request.Subject?.Length ?? 0) + (request.Body?.Length ?? 0);
            confidence -= length > 300 ? 0.45m : 0.25m;
            reasons.Add(length > 300 ? "nothing recognised in a long message (default Low)" : "nothing recognised (default Low)");
        }

        if (evidence.Any(e => e.Signal == "extractor"))
        {
            confidence -= 0.3m;
            reasons.Add("an extractor failed");
        }

        _ = policy;
        return (Math.Clamp(confidence, 0m, 1m), reasons.ToImmutable());
    }

    private static bool IsPageSignal(string signal) =>
        signal is "productionDown" or "losingMoney" or "dataLoss" or "churnThreat" or "legalOrSecurity" or "securityVulnerability" or "apiErrorCode";
}
