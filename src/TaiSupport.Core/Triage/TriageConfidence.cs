using System.Collections.Immutable;
using System.Globalization;
using TaiSupport.Core.Decisions;
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

    /// <summary>The trace step of a confidence with no reasons, one per value a confidence can take (0.00 to 1.00 in steps of 0.05), built once.</summary>
    private static readonly TraceStep[] PlainSteps =
        [.. Enumerable.Range(0, 21).Select(i => new TraceStep("triage.confidence", "D11, policy", $"confidence {Format(i * 0.05m)}"))];

    public static string Format(decimal confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The trace step of a confidence with no reasons: <c>confidence 0.85</c>.</summary>
    public static TraceStep Step(decimal confidence)
    {
        var twentieths = confidence * 20m;
        return twentieths == decimal.Truncate(twentieths) && twentieths is >= 0m and <= 20m
            ? PlainSteps[(int)twentieths]
            : new TraceStep("triage.confidence", "D11, policy", $"confidence {Format(confidence)}");
    }

    public static (decimal Confidence, ImmutableArray<string> Reasons) Assess(
        TriageRequest request, TicketSignals given, TicketSignals signals, Priority priority, ImmutableArray<SignalEvidence> evidence, TriagePolicy policy)
    {
        var confidence = 1m;
        ImmutableArray<string>.Builder? reasons = null;
        var usedCount = 0;
        var support = 0;
        var churnUsed = 0;
        var extractorFailed = false;
        for (var i = 0; i < evidence.Length; i++)
        {
            var e = evidence[i];
            extractorFailed |= e.Signal == "extractor";
            if (!e.Used)
            {
                continue;
            }

            usedCount++;
            support += e.Signal is "productionDown" or "losingMoney" or "dataLoss" or "platformImpactPct" or "featureBroken" or "errorRatePct" or "financialImpact" ? 1 : 0;
            churnUsed += e.Signal == "churnThreat" ? 1 : 0;
            if (!IsFirstUsed(evidence, i))
            {
                continue;
            }

            // Conflicts: a signal both used and ignored (said, and also negated / past / hypothetical).
            var ignored = FirstIgnored(evidence, e.Signal);
            if (ignored is not null && IsPageSignal(e.Signal))
            {
                confidence -= 0.2m;
                Add(ref reasons, $"conflicting evidence for {e.Signal}: \"{e.Words}\" but also \"{ignored.Words}\" ({ignored.IgnoredBecause})");
            }
        }

        // The text contradicts a structured value.
        foreach (var e in evidence)
        {
            if (e.Used && IsPageSignal(e.Signal) && TicketSignalsText.Get(given, e.Signal) is { } structured && !string.Equals(structured, e.Value, StringComparison.OrdinalIgnoreCase))
            {
                confidence -= 0.1m;
                Add(ref reasons, $"the text says {e.Signal} (\"{e.Words}\") but the structured signal says {structured}");
            }
        }

        // Several routes compete.
        var routes = 0;
        foreach (var r in RouteSignals)
        {
            routes += AnyUsed(evidence, r) && TicketSignalsText.Get(given, r) is null ? 1 : 0;
        }

        if (routes >= 2)
        {
            confidence -= 0.15m;
            Add(ref reasons, $"mixed signals: {string.Join(" and ", RouteSignals.Where(r => AnyUsed(evidence, r)))}");
        }

        // A page resting on one phrase of text.
        var pageFromText = priority == Priority.Critical && given.ProductionDown is null && given.LosingMoney is null && given.DataLoss is null && given.PlatformImpactPct is null;
        if (pageFromText && support <= 1)
        {
            confidence -= 0.45m;
            Add(ref reasons, "thin evidence: a single phrase decides a Critical page");
        }

        if (signals.ChurnThreat == true && given.ChurnThreat is null && churnUsed == 1 && usedCount <= 1)
        {
            confidence -= 0.1m;
            Add(ref reasons, "thin evidence: one churn phrase and nothing else");
        }

        // Nothing recognised.
        if (usedCount == 0 && request.Priority is null && given == TicketSignals.None)
        {
            var length = (request.Subject?.Length ?? 0) + (request.Body?.Length ?? 0);
            confidence -= length > 300 ? 0.45m : 0.25m;
            Add(ref reasons, length > 300 ? "nothing recognised in a long message (default Low)" : "nothing recognised (default Low)");
        }

        if (extractorFailed)
        {
            confidence -= 0.3m;
            Add(ref reasons, "an extractor failed");
        }

        _ = policy;
        return (Math.Clamp(confidence, 0m, 1m), reasons is null ? [] : reasons.ToImmutable());
    }

    private static void Add(ref ImmutableArray<string>.Builder? reasons, string reason) => (reasons ??= ImmutableArray.CreateBuilder<string>()).Add(reason);

    /// <summary>Whether evidence <paramref name="index"/> is the first used piece for its signal.</summary>
    private static bool IsFirstUsed(ImmutableArray<SignalEvidence> evidence, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (evidence[i].Used && evidence[i].Signal == evidence[index].Signal)
            {
                return false;
            }
        }

        return true;
    }

    private static SignalEvidence? FirstIgnored(ImmutableArray<SignalEvidence> evidence, string signal)
    {
        foreach (var e in evidence)
        {
            if (!e.Used && e.Signal == signal && e.IgnoredBecause is "negated" or "past" or "resolved" or "hypothetical" or "question")
            {
                return e;
            }
        }

        return null;
    }

    private static bool AnyUsed(ImmutableArray<SignalEvidence> evidence, string signal)
    {
        foreach (var e in evidence)
        {
            if (e.Used && e.Signal == signal)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPageSignal(string signal) =>
        signal is "productionDown" or "losingMoney" or "dataLoss" or "churnThreat" or "legalOrSecurity" or "securityVulnerability" or "apiErrorCode";
}
