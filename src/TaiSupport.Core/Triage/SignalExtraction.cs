using System.Collections.Immutable;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The signal-extraction stage: reads a ticket's subject and body and says which <see cref="TicketSignals"/> the text
/// supports, each with its evidence (D11: what the text says only fills signals the helpdesk did not set). The
/// built-in one is <see cref="TextSignalExtractor"/>; a host adds its own (a trained classifier, a language model, a
/// CRM lookup) and combines them with <see cref="SignalExtractors.Combine"/>, then gives the result to
/// <see cref="TicketTriage.WithExtractor"/>.
/// </summary>
/// <example>
/// <code>
/// sealed class CrmExtractor(ICrm crm) : ISignalExtractor
/// {
///     public SignalExtraction Extract(TriageRequest request) =>
///         crm.IsInRenewal(request.Id) is true
///             ? SignalExtraction.Of(new TicketSignals { ChurnThreat = true }, new SignalEvidence("churnThreat", "true", "CRM: renewal at risk", "crm"))
///             : SignalExtraction.Empty;
/// }
/// var triage = TicketTriage.Default.WithExtractor(SignalExtractors.Combine(new CrmExtractor(crm), TicketTriage.Default.Extractor));
/// </code>
/// </example>
public interface ISignalExtractor
{
    /// <summary>Reads the signals a ticket's text (or anything else the extractor knows) supports. Must not throw for any text.</summary>
    /// <param name="request">The ticket.</param>
    /// <returns>The signals found (null where nothing was found) with their evidence.</returns>
    SignalExtraction Extract(TriageRequest request);
}

/// <summary>One piece of evidence for (or against) a signal: the words it came from and where.</summary>
/// <param name="Signal">The signal's JSON name (<c>productionDown</c>, <c>apiErrorCode</c>, <c>platformImpactPct</c>, …).</param>
/// <param name="Value">The value the evidence supports (<c>true</c>, <c>false</c>, <c>403</c>, <c>30</c>).</param>
/// <param name="Words">The words of the ticket it came from, as written.</param>
/// <param name="Where"><c>subject</c>, <c>body</c>, or the name of a host extractor.</param>
/// <param name="IgnoredBecause">Why the words were NOT used (<c>negated</c>, <c>past</c>, <c>resolved</c>, <c>hypothetical</c>, <c>question</c>, …); null when they were used.</param>
public sealed record SignalEvidence(string Signal, string Value, string Words, string Where, string? IgnoredBecause = null)
{
    /// <summary>Whether the evidence was used.</summary>
    public bool Used => IgnoredBecause is null;

    /// <inheritdoc/>
    public override string ToString() => IgnoredBecause is null
        ? $"{Signal}={Value}: \"{Words}\" in the {Where}"
        : $"{Signal}: \"{Words}\" in the {Where} ignored ({IgnoredBecause})";
}

/// <summary>What an extractor found: the signals and the evidence for each.</summary>
/// <param name="Signals">The signals the text supports; null where it says nothing.</param>
/// <param name="Evidence">Every piece of evidence, used or ignored, in the order found.</param>
public sealed record SignalExtraction(TicketSignals Signals, ImmutableArray<SignalEvidence> Evidence)
{
    /// <summary>Nothing found.</summary>
    public static SignalExtraction Empty { get; } = new(TicketSignals.None, []);

    /// <summary>An extraction from signals and evidence.</summary>
    /// <param name="signals">The signals.</param>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The extraction.</returns>
    public static SignalExtraction Of(TicketSignals signals, params SignalEvidence[] evidence) => new(signals, [.. evidence]);
}

/// <summary>Combining extractors.</summary>
public static class SignalExtractors
{
    /// <summary>
    /// An extractor that runs every given extractor in order and keeps, for each signal, the first known value (so put
    /// the extractor you trust most first); the evidence of all is kept. When a later extractor disagrees with the value
    /// kept, its evidence is kept with <c>IgnoredBecause</c> = "overridden by an earlier extractor", which triage counts
    /// as conflicting evidence (it lowers the confidence).
    /// </summary>
    /// <param name="extractors">The extractors, most trusted first.</param>
    /// <returns>The combined extractor.</returns>
    public static ISignalExtractor Combine(params ISignalExtractor[] extractors)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        return new Combined([.. extractors.Select(e => e ?? throw new ArgumentException("An extractor is null.", nameof(extractors)))]);
    }

    /// <summary>Merges <paramref name="later"/> into <paramref name="first"/>: known values of <paramref name="first"/> win.</summary>
    /// <param name="first">The values that win.</param>
    /// <param name="later">The values that only fill gaps.</param>
    /// <returns>The merged signals.</returns>
    public static TicketSignals Merge(TicketSignals first, TicketSignals later)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(later);
        return new TicketSignals
        {
            ProductionDown = first.ProductionDown ?? later.ProductionDown,
            LosingMoney = first.LosingMoney ?? later.LosingMoney,
            FeatureBroken = first.FeatureBroken ?? later.FeatureBroken,
            WorkaroundExists = first.WorkaroundExists ?? later.WorkaroundExists,
            Cosmetic = first.Cosmetic ?? later.Cosmetic,
            ApiErrorCode = first.ApiErrorCode ?? later.ApiErrorCode,
            Billing = first.Billing ?? later.Billing,
            FeatureRequest = first.FeatureRequest ?? later.FeatureRequest,
            Urgent = first.Urgent ?? later.Urgent,
            ChurnThreat = first.ChurnThreat ?? later.ChurnThreat,
            Integration = first.Integration ?? later.Integration,
            LegalOrSecurity = first.LegalOrSecurity ?? later.LegalOrSecurity,
            ContractChange = first.ContractChange ?? later.ContractChange,
            PriceNegotiation = first.PriceNegotiation ?? later.PriceNegotiation,
            InvestigationTime = first.InvestigationTime ?? later.InvestigationTime,
            FinancialImpact = first.FinancialImpact ?? later.FinancialImpact,
            Csat = first.Csat ?? later.Csat,
            LastApiCallAt = first.LastApiCallAt ?? later.LastApiCallAt,
            SameIssueTickets = first.SameIssueTickets ?? later.SameIssueTickets,
            DataLoss = first.DataLoss ?? later.DataLoss,
            SecurityVulnerability = first.SecurityVulnerability ?? later.SecurityVulnerability,
            PlatformImpactPct = first.PlatformImpactPct ?? later.PlatformImpactPct,
            ReproducibleBug = first.ReproducibleBug ?? later.ReproducibleBug,
            Latency = first.Latency ?? later.Latency,
            ErrorRatePct = first.ErrorRatePct ?? later.ErrorRatePct,
            WrongData = first.WrongData ?? later.WrongData,
            PotentialBug = first.PotentialBug ?? later.PotentialBug,
            PerformanceQuestion = first.PerformanceQuestion ?? later.PerformanceQuestion,
            EdgeCase = first.EdgeCase ?? later.EdgeCase,
        };
    }

    private sealed class Combined(ISignalExtractor[] extractors) : ISignalExtractor
    {
        public SignalExtraction Extract(TriageRequest request)
        {
            var signals = TicketSignals.None;
            var evidence = ImmutableArray.CreateBuilder<SignalEvidence>();
            foreach (var extractor in extractors)
            {
                SignalExtraction found;
                try
                {
                    found = extractor.Extract(request) ?? SignalExtraction.Empty;
                }
#pragma warning disable CA1031 // a host extractor's failure must not fail triage: it is recorded as evidence
                catch (Exception e)
#pragma warning restore CA1031
                {
                    evidence.Add(new SignalEvidence("extractor", "error", e.GetType().Name, extractor.GetType().Name, "the extractor failed"));
                    continue;
                }

                var merged = Merge(signals, found.Signals ?? TicketSignals.None);
                foreach (var e in found.Evidence.IsDefault ? [] : found.Evidence)
                {
                    evidence.Add(e.Used && Disagrees(signals, e) ? e with { IgnoredBecause = "overridden by an earlier extractor" } : e);
                }

                signals = merged;
            }

            return new SignalExtraction(signals, evidence.ToImmutable());
        }

        private static bool Disagrees(TicketSignals kept, SignalEvidence e) =>
            TicketSignalsText.Get(kept, e.Signal) is { } value && !string.Equals(value, e.Value, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Signal values as text, by JSON name (for evidence comparisons).</summary>
internal static class TicketSignalsText
{
    public static string? Get(TicketSignals s, string name) => name switch
    {
        "productionDown" => Flag(s.ProductionDown),
        "losingMoney" => Flag(s.LosingMoney),
        "featureBroken" => Flag(s.FeatureBroken),
        "workaroundExists" => Flag(s.WorkaroundExists),
        "cosmetic" => Flag(s.Cosmetic),
        "apiErrorCode" => s.ApiErrorCode,
        "billing" => Flag(s.Billing),
        "featureRequest" => Flag(s.FeatureRequest),
        "urgent" => Flag(s.Urgent),
        "churnThreat" => Flag(s.ChurnThreat),
        "integration" => Flag(s.Integration),
        "legalOrSecurity" => Flag(s.LegalOrSecurity),
        "contractChange" => Flag(s.ContractChange),
        "priceNegotiation" => Flag(s.PriceNegotiation),
        "dataLoss" => Flag(s.DataLoss),
        "securityVulnerability" => Flag(s.SecurityVulnerability),
        "wrongData" => Flag(s.WrongData),
        "potentialBug" => Flag(s.PotentialBug),
        "performanceQuestion" => Flag(s.PerformanceQuestion),
        "edgeCase" => Flag(s.EdgeCase),
        "reproducibleBug" => Flag(s.ReproducibleBug),
        "sameIssueTickets" => s.SameIssueTickets?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? Flag(bool? b) => b switch { true => "true", false => "false", null => null };
}
