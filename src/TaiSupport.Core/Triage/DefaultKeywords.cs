using System.Collections.Immutable;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The default keyword phrases (D11, D12, D14). The manual names a few ("production down", "losing money",
/// "canceling", "leaving", 401, 429, malformed JSON); the rest are ordinary helpdesk wording, chosen so that common
/// words alone ("down", "error", "cancel") do not trigger anything. Replace or extend them in the policy.
/// </summary>
public static class DefaultKeywords
{
    /// <summary>The phrases for each yes/no signal.</summary>
    public static ImmutableDictionary<KeywordSignal, ImmutableArray<string>> Signals { get; } = new Dictionary<KeywordSignal, ImmutableArray<string>>
    {
        [KeywordSignal.ProductionDown] =
        [
            "production down", "production is down", "prod down", "prod is down", "outage", "site is down", "service is down",
            "system is down", "api is down", "everything is down", "completely down",
        ],
        [KeywordSignal.LosingMoney] = ["losing money", "losing revenue", "losing sales", "costing us money"],
        [KeywordSignal.FeatureBroken] =
        [
            "not working", "stopped working", "doesn't work", "does not work", "doesnt work", "is broken", "broken",
            "keeps failing", "fails every time",
        ],
        [KeywordSignal.WorkaroundExists] = ["have a workaround", "found a workaround", "using a workaround", "temporary workaround", "workaround works"],
        [KeywordSignal.Cosmetic] = ["typo", "cosmetic", "spelling", "misspelled", "documentation", "docs", "misaligned", "wording"],
        [KeywordSignal.Billing] =
        [
            "billing", "invoice", "invoiced", "refund", "charged", "overcharged", "double charged", "payment", "credit card",
            "receipt", "subscription", "account owner", "change of plan", "upgrade our plan", "downgrade our plan",
        ],
        [KeywordSignal.FeatureRequest] =
        [
            "feature request", "would be nice", "would be great", "please add", "could you add", "can you add", "enhancement",
            "suggestion", "wishlist",
        ],
        [KeywordSignal.Urgent] = ["urgent", "emergency"],
        [KeywordSignal.ChurnThreat] =
        [
            "canceling", "cancelling", "leaving", "cancel our subscription", "cancel our contract", "cancel our account",
            "switching to a competitor", "switch to a competitor", "moving to a competitor",
        ],
        [KeywordSignal.Integration] = ["webhook", "webhooks", "integration", "integrations", "sdk", "oauth", "api client"],
        [KeywordSignal.LegalOrSecurity] =
        [
            "security", "breach", "data breach", "unauthorized access", "gdpr", "hipaa", "soc 2", "legal", "lawyer", "attorney",
            "lawsuit", "subpoena", "liability", "compliance",
        ],
        [KeywordSignal.ContractChange] = ["contract change", "change our contract", "amend the contract", "custom terms", "contract terms", "renegotiate"],
        [KeywordSignal.PriceNegotiation] = ["price negotiation", "negotiate the price", "negotiate pricing", "discount", "volume pricing", "pricing terms"],
        [KeywordSignal.DataLoss] = ["data loss", "lost data", "lost all our data", "data corruption", "corrupted data", "data is gone", "data was deleted"],
        [KeywordSignal.SecurityVulnerability] = ["vulnerability", "security hole", "exploit", "xss", "sql injection", "cve"],
        [KeywordSignal.WrongData] = ["wrong data", "incorrect data", "wrong results", "incorrect results", "returns wrong", "returning wrong"],
        [KeywordSignal.PotentialBug] = ["possible bug", "might be a bug", "is this a bug", "potential bug", "not sure if"],
        [KeywordSignal.PerformanceQuestion] = ["performance question", "how fast", "expected latency", "throughput"],
        [KeywordSignal.EdgeCase] = ["edge case", "corner case"],
    }.ToImmutableDictionary();

    /// <summary>The phrases that reveal each API error code.</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<string>> ApiErrors { get; } = new Dictionary<string, ImmutableArray<string>>
    {
        ["401"] = ["401 unauthorized", "error 401", "401 error", "http 401", "status 401", "status code 401"],
        ["429"] = ["429 too many requests", "too many requests", "error 429", "429 error", "http 429", "status 429", "rate limited", "rate limit exceeded"],
        ["malformedJson"] = ["malformed json", "invalid json", "json parse error", "json parsing error"],
        ["500"] = ["500 internal server error", "internal server error", "error 500", "500 error", "http 500", "status 500"],
        ["502"] = ["bad gateway", "error 502", "502 error", "http 502", "status 502"],
        ["503"] = ["service unavailable", "error 503", "503 error", "http 503", "status 503"],
        ["504"] = ["gateway timeout", "error 504", "504 error", "http 504", "status 504"],
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
