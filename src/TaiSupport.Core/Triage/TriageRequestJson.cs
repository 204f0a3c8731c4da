using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;
using SignalField = TaiSupport.Core.Serialization.Field<TaiSupport.Core.Tickets.TicketSignals>;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Reads a ticket for triage from JSON:
/// <c>{"id":"T1","tier":"Professional","subject":"…","body":"…","priority":"High","category":"Feature","signals":{…}}</c>.
/// Only <c>tier</c> is required. Other top-level properties are ignored (so the same ticket lines can carry fields
/// for other tools); an unknown signal is a problem, since a misspelt signal would silently change a decision.
/// Every problem is reported at once with its JSON path (<c>$.signals.csat</c>).
/// </summary>
/// <example>
/// <code>
/// var result = TriageRequestJson.Read("""{"id":"T1","tier":"Enterprise","signals":{"csat":4,"apiErrorCode":500}}""");
/// var triage = TicketTriage.Default.Evaluate(result.GetValueOrThrow(), now);
/// </code>
/// </example>
public static class TriageRequestJson
{
    /// <summary>The signal names and JSON types (see <c>docs/triage-and-escalation.md</c>, "Signals").</summary>
    internal static readonly SignalField[] SignalFields =
    [
        Flag("productionDown", s => s.ProductionDown, (s, v) => s with { ProductionDown = v }),
        Flag("losingMoney", s => s.LosingMoney, (s, v) => s with { LosingMoney = v }),
        Flag("featureBroken", s => s.FeatureBroken, (s, v) => s with { FeatureBroken = v }),
        Flag("workaroundExists", s => s.WorkaroundExists, (s, v) => s with { WorkaroundExists = v }),
        Flag("cosmetic", s => s.Cosmetic, (s, v) => s with { Cosmetic = v }),
        new("apiErrorCode", (e, path, input, s) => JsonValues.Code(e, path, input) is { } code ? s with { ApiErrorCode = code } : null, (w, s) =>
        {
            if (s.ApiErrorCode is { } code)
            {
                w.WriteString("apiErrorCode", code);
            }
        }),
        Flag("billing", s => s.Billing, (s, v) => s with { Billing = v }),
        Flag("featureRequest", s => s.FeatureRequest, (s, v) => s with { FeatureRequest = v }),
        Flag("urgent", s => s.Urgent, (s, v) => s with { Urgent = v }),
        Flag("churnThreat", s => s.ChurnThreat, (s, v) => s with { ChurnThreat = v }),
        Flag("integration", s => s.Integration, (s, v) => s with { Integration = v }),
        Flag("legalOrSecurity", s => s.LegalOrSecurity, (s, v) => s with { LegalOrSecurity = v }),
        Flag("contractChange", s => s.ContractChange, (s, v) => s with { ContractChange = v }),
        Flag("priceNegotiation", s => s.PriceNegotiation, (s, v) => s with { PriceNegotiation = v }),
        new("investigationMinutes", (e, path, input, s) => JsonValues.Number(e, path, input, min: 0m, max: 100_000_000m) is { } m
            ? s with { InvestigationTime = Duration.FromNanoseconds((long)decimal.Round(m * 60_000_000_000m)) }
            : null, (w, s) =>
        {
            if (s.InvestigationTime is { } t)
            {
                w.WriteNumber("investigationMinutes", t.ToInt64Nanoseconds() / 60_000_000_000m);
            }
        }),
        Amount("financialImpact", s => s.FinancialImpact, (s, v) => s with { FinancialImpact = v }, 0m, decimal.MaxValue),
        Amount("csat", s => s.Csat, (s, v) => s with { Csat = v }, 0m, 10m),
        new("lastApiCallAt", (e, path, input, s) => input.Instant(e, path) is { } at ? s with { LastApiCallAt = at } : null, (w, s) =>
        {
            if (s.LastApiCallAt is { } at)
            {
                w.WriteString("lastApiCallAt", NodaTime.Text.InstantPattern.ExtendedIso.Format(at));
            }
        }),
        new("sameIssueTickets", (e, path, input, s) => JsonValues.Integer(e, path, input, min: 1) is { } n ? s with { SameIssueTickets = n } : null, (w, s) =>
        {
            if (s.SameIssueTickets is { } n)
            {
                w.WriteNumber("sameIssueTickets", n);
            }
        }),
        Flag("dataLoss", s => s.DataLoss, (s, v) => s with { DataLoss = v }),
        Flag("securityVulnerability", s => s.SecurityVulnerability, (s, v) => s with { SecurityVulnerability = v }),
        Amount("platformImpactPct", s => s.PlatformImpactPct, (s, v) => s with { PlatformImpactPct = v }, 0m, 100m),
        Flag("reproducibleBug", s => s.ReproducibleBug, (s, v) => s with { ReproducibleBug = v }),
        Amount("latencyMs", s => Milliseconds.Of(s.Latency), (s, v) => s with { Latency = Milliseconds.ToDuration(v) }, 0m, Milliseconds.Max),
        Amount("errorRatePct", s => s.ErrorRatePct, (s, v) => s with { ErrorRatePct = v }, 0m, 100m),
        Flag("wrongData", s => s.WrongData, (s, v) => s with { WrongData = v }),
        Flag("potentialBug", s => s.PotentialBug, (s, v) => s with { PotentialBug = v }),
        Flag("performanceQuestion", s => s.PerformanceQuestion, (s, v) => s with { PerformanceQuestion = v }),
        Flag("edgeCase", s => s.EdgeCase, (s, v) => s with { EdgeCase = v }),
    ];

    /// <summary>Reads a ticket from JSON text.</summary>
    /// <param name="json">One JSON object.</param>
    /// <returns>The request, or every problem.</returns>
    public static LoadResult<TriageRequest> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<TriageRequest>.Failure([syntax!]);
        }

        using (document)
        {
            return Read(document!.RootElement);
        }
    }

    /// <summary>Reads a ticket from a parsed JSON object.</summary>
    /// <param name="element">The object.</param>
    /// <param name="path">Its JSON path, for messages.</param>
    /// <returns>The request, or every problem.</returns>
    public static LoadResult<TriageRequest> Read(JsonElement element, string path = "$")
    {
        var input = new JsonInput();
        if (!input.RequireText(element, path))
        {
            return LoadResult<TriageRequest>.Failure(input.Problems);
        }

        var request = Read(element, path, input);
        return request is not null && input.Problems.Count == 0 ? LoadResult<TriageRequest>.Success(request) : LoadResult<TriageRequest>.Failure(input.Problems);
    }

    /// <summary>Writes signals as a JSON object of the properties that are known (not null).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="signals">The signals.</param>
    public static void WriteSignals(Utf8JsonWriter writer, TicketSignals signals)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(signals);
        JsonValues.WriteObject(writer, signals, SignalFields);
    }

    internal static TriageRequest? Read(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a ticket object"))
        {
            return null;
        }

        var tierPath = JsonInput.Property(path, "tier");
        Tier? tier = null;
        if (!input.TryGet(element, "tier", out var tierElement))
        {
            input.Problem(tierPath, $"is required: one of {string.Join(", ", Enum.GetNames<Tier>())}.");
        }
        else
        {
            tier = JsonValues.Enum<Tier>(tierElement, tierPath, input);
        }

        var request = new TriageRequest
        {
            Tier = tier ?? Tier.Starter,
            Id = input.TryGet(element, "id", out var id) ? JsonValues.Code(id, JsonInput.Property(path, "id"), input) : null,
            Subject = Text(element, "subject", path, input),
            Body = Text(element, "body", path, input),
            Priority = input.TryGet(element, "priority", out var priority) ? JsonValues.Enum<Priority>(priority, JsonInput.Property(path, "priority"), input) : null,
            Category = input.TryGet(element, "category", out var category) ? JsonValues.Enum<Category>(category, JsonInput.Property(path, "category"), input) : null,
            Signals = input.TryGet(element, "signals", out var signals)
                ? JsonValues.ReadObject(signals, JsonInput.Property(path, "signals"), input, TicketSignals.None, SignalFields, "an object of signals")
                : TicketSignals.None,
        };
        return tier is null ? null : request;
    }

    private static string Text(JsonElement element, string name, string path, JsonInput input) =>
        input.TryGet(element, name, out var value) ? input.String(value, JsonInput.Property(path, name)) ?? string.Empty : string.Empty;

    private static SignalField Flag(string name, Func<TicketSignals, bool?> get, Func<TicketSignals, bool, TicketSignals> set) => new(
        name, (e, path, input, s) => JsonValues.Boolean(e, path, input) is { } v ? set(s, v) : null, (w, s) =>
        {
            if (get(s) is { } v)
            {
                w.WriteBoolean(name, v);
            }
        });

    private static SignalField Amount(string name, Func<TicketSignals, decimal?> get, Func<TicketSignals, decimal, TicketSignals> set, decimal min, decimal max) => new(
        name, (e, path, input, s) => JsonValues.Number(e, path, input, min, max) is { } v ? set(s, v) : null, (w, s) =>
        {
            if (get(s) is { } v)
            {
                w.WriteNumber(name, v);
            }
        });
}
