using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;
using EscalationField = TaiSupport.Core.Serialization.Field<TaiSupport.Core.Escalation.EscalationPolicy>;
using PolicyField = TaiSupport.Core.Serialization.Field<TaiSupport.Core.Triage.TriagePolicy>;
using RuleField = TaiSupport.Core.Serialization.Field<TaiSupport.Core.Escalation.SkillRule>;

namespace TaiSupport.Core.Triage;

/// <summary>
/// Reads and writes the triage policy JSON format (see <c>docs/triage-and-escalation.md</c>, "Policy JSON"). A file
/// lists only what it changes: every property it leaves out keeps <see cref="TriagePolicy.Default"/>'s value; a
/// keyword list given for a signal or an API error code replaces that list. Durations are ISO-8601 (<c>PT30M</c>,
/// <c>PT1H</c>, <c>P14D</c>). Every problem — unknown property, wrong type, invalid value — is reported at once with
/// its JSON path; a policy with any problem is never returned.
/// </summary>
/// <example>
/// <code>
/// var result = TriagePolicyJson.Read("""{ "escalation": { "financialImpactAbove": 25000 }, "keywords": { "urgent": [] } }""");
/// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems());
/// var triage = TicketTriage.Create(result.Value!);
/// </code>
/// </example>
public static class TriagePolicyJson
{
    private static readonly EscalationField[] EscalationFields =
    [
        EscalationField.Duration("criticalPageWithin", p => p.CriticalPageWithin, (p, v) => p with { CriticalPageWithin = v }),
        EscalationField.Duration("statusPageWithin", p => p.StatusPageWithin, (p, v) => p with { StatusPageWithin = v }),
        EscalationField.Duration("executivePageWithin", p => p.ExecutivePageWithin, (p, v) => p with { ExecutivePageWithin = v }),
        EscalationField.Duration("dedicatedCsmWithin", p => p.DedicatedCsmWithin, (p, v) => p with { DedicatedCsmWithin = v }),
        EscalationField.Duration("investigationPageAfter", p => p.InvestigationPageAfter, (p, v) => p with { InvestigationPageAfter = v }),
        EscalationField.Duration("investigationEngineeringAfter", p => p.InvestigationEngineeringAfter, (p, v) => p with { InvestigationEngineeringAfter = v }),
        EscalationField.Number("financialImpactAbove", p => p.FinancialImpactAbove, (p, v) => p with { FinancialImpactAbove = v }),
        EscalationField.Duration("churnPageWithin", p => p.ChurnPageWithin, (p, v) => p with { ChurnPageWithin = v }),
        EscalationField.Duration("legalSecurityPageWithin", p => p.LegalSecurityPageWithin, (p, v) => p with { LegalSecurityPageWithin = v }),
        EscalationField.Number("csatBelow", p => p.CsatBelow, (p, v) => p with { CsatBelow = v }),
        EscalationField.Duration("csatAlertWithin", p => p.CsatAlertWithin, (p, v) => p with { CsatAlertWithin = v }),
        EscalationField.Duration("csatCallWithin", p => p.CsatCallWithin, (p, v) => p with { CsatCallWithin = v }),
        EscalationField.Duration("cancelingCallWithin", p => p.CancelingCallWithin, (p, v) => p with { CancelingCallWithin = v }),
        EscalationField.Integer("fixPeriodDays", p => p.FixPeriodDays, (p, v) => p with { FixPeriodDays = v }),
        EscalationField.Duration("inactiveFor", p => p.InactiveFor, (p, v) => p with { InactiveFor = v }),
        EscalationField.Duration("workingSession", p => p.WorkingSession, (p, v) => p with { WorkingSession = v }),
        EscalationField.Integer("repeatTicketsAtLeast", p => p.RepeatTicketsAtLeast, (p, v) => p with { RepeatTicketsAtLeast = v }),
        EscalationField.Number("widespreadOutageAbovePct", p => p.WidespreadOutageAbovePct, (p, v) => p with { WidespreadOutageAbovePct = v }),
        EscalationField.Number("latencyAboveMs", p => Milliseconds.Of(p.LatencyAbove), (p, v) => p with { LatencyAbove = Milliseconds.ToDuration(v) }),
        EscalationField.Number("errorRateAbovePct", p => p.ErrorRateAbovePct, (p, v) => p with { ErrorRateAbovePct = v }),
        EscalationField.Duration("urgentCallWithin", p => p.UrgentCallWithin, (p, v) => p with { UrgentCallWithin = v }),
        EscalationField.Duration("urgentDiagnosisWithin", p => p.UrgentDiagnosisWithin, (p, v) => p with { UrgentDiagnosisWithin = v }),
        EscalationField.Duration("highResponseWithin", p => p.HighResponseWithin, (p, v) => p with { HighResponseWithin = v }),
        EscalationField.Integer("mediumResponseBusinessDays", p => p.MediumResponseBusinessDays, (p, v) => p with { MediumResponseBusinessDays = v }),
        EscalationField.Text("mediumResponseCalendar", p => p.MediumResponseCalendar, (p, v) => p with { MediumResponseCalendar = v }),
    ];

    private static readonly RuleField[] SkillRuleFields =
    [
        new("tier", (e, path, input, r) => JsonValues.Enum<Tier>(e, path, input) is { } v ? r with { Tier = v } : null, (w, r) => WriteOptional(w, "tier", r.Tier)),
        new("priority", (e, path, input, r) => JsonValues.Enum<Priority>(e, path, input) is { } v ? r with { Priority = v } : null, (w, r) => WriteOptional(w, "priority", r.Priority)),
        new("category", (e, path, input, r) => JsonValues.Enum<Category>(e, path, input) is { } v ? r with { Category = v } : null, (w, r) => WriteOptional(w, "category", r.Category)),
        new("complex", (e, path, input, r) => JsonValues.Boolean(e, path, input) is { } v ? r with { Complex = v } : null, (w, r) =>
        {
            if (r.Complex is { } complex)
            {
                w.WriteBoolean("complex", complex);
            }
        }),
        new("levels", (e, path, input, r) => JsonValues.Enums<TeamLevel>(e, path, input) is { } v ? r with { Levels = v } : null, (w, r) => WriteEnums(w, "levels", r.Levels)),
        new("withEngineer", (e, path, input, r) => JsonValues.Boolean(e, path, input) is { } v ? r with { WithEngineer = v } : null, (w, r) => w.WriteBoolean("withEngineer", r.WithEngineer)),
        RuleField.Text("description", r => r.Description, (r, v) => r with { Description = v }),
    ];

    private static readonly Field<AssignmentPolicy>[] AssignmentFields =
    [
        Field<AssignmentPolicy>.Duration("endOfShiftGuard", p => p.EndOfShiftGuard, (p, v) => p with { EndOfShiftGuard = v }),
        new("skillRules", ReadSkillRules, (w, p) =>
        {
            w.WriteStartArray("skillRules");
            foreach (var rule in p.SkillRules)
            {
                JsonValues.WriteObject(w, rule, SkillRuleFields);
            }

            w.WriteEndArray();
        }),
        new("defaultLevels", (e, path, input, p) => JsonValues.Enums<TeamLevel>(e, path, input) is { } v ? p with { DefaultLevels = v } : null, (w, p) => WriteEnums(w, "defaultLevels", p.DefaultLevels)),
    ];

    private static readonly PolicyField[] PolicyFields =
    [
        new("keywords", ReadKeywords, (w, p) =>
        {
            w.WriteStartObject("keywords");
            foreach (var (signal, phrases) in p.Keywords.OrderBy(k => k.Key))
            {
                WriteStrings(w, TriagePolicyValidator.JsonName(signal.ToString()), phrases);
            }

            w.WriteEndObject();
        }),
        new("apiErrorKeywords", ReadApiErrorKeywords, (w, p) =>
        {
            w.WriteStartObject("apiErrorKeywords");
            foreach (var (code, phrases) in p.ApiErrorKeywords)
            {
                WriteStrings(w, code, phrases);
            }

            w.WriteEndObject();
        }),
        new("autoResolveApiErrors", (e, path, input, p) => JsonValues.Strings(e, path, input) is { } v ? p with { AutoResolveApiErrors = v } : null, (w, p) => WriteStrings(w, "autoResolveApiErrors", p.AutoResolveApiErrors)),
        PolicyField.Enum("churnThreatPriority", p => p.ChurnThreatPriority, (p, v) => p with { ChurnThreatPriority = v }),
        PolicyField.Enum("legalOrSecurityPriority", p => p.LegalOrSecurityPriority, (p, v) => p with { LegalOrSecurityPriority = v }),
        PolicyField.Enum("dataLossPriority", p => p.DataLossPriority, (p, v) => p with { DataLossPriority = v }),
        PolicyField.Number("reviewBelowConfidence", p => p.ReviewBelowConfidence, (p, v) => p with { ReviewBelowConfidence = v }),
        PolicyField.Enum("uncertainPages", p => p.UncertainPages, (p, v) => p with { UncertainPages = v }),
        new("escalation", (e, path, input, p) => p with { Escalation = JsonValues.ReadObject(e, path, input, p.Escalation, EscalationFields, "an object of escalation settings") }, (w, p) =>
        {
            w.WritePropertyName("escalation");
            JsonValues.WriteObject(w, p.Escalation, EscalationFields);
        }),
        new("assignment", (e, path, input, p) => p with { Assignment = JsonValues.ReadObject(e, path, input, p.Assignment, AssignmentFields, "an object of assignment settings") }, (w, p) =>
        {
            w.WritePropertyName("assignment");
            JsonValues.WriteObject(w, p.Assignment, AssignmentFields);
        }),
    ];

    /// <summary>Reads and validates a policy, starting from <see cref="TriagePolicy.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<TriagePolicy> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<TriagePolicy>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var policy = JsonValues.ReadObject(document!.RootElement, "$", input, TriagePolicy.Default, PolicyFields, "a policy object");
            foreach (var failure in TriagePolicy.Validate(policy).Errors)
            {
                var at = "$." + failure.PropertyName;
                if (!input.HasProblemAt(at))
                {
                    input.Problem(at, failure.ErrorMessage);
                }
            }

            return input.Problems.Count == 0 ? LoadResult<TriagePolicy>.Success(policy) : LoadResult<TriagePolicy>.Failure(input.Problems);
        }
    }

    /// <summary>Writes a whole policy as indented JSON (every value, so the file documents the policy in use).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(TriagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonValues.WriteObject(writer, policy, PolicyFields);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static TriagePolicy? ReadKeywords(JsonElement e, string path, JsonInput input, TriagePolicy policy)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "an object of keyword lists by signal"))
        {
            return null;
        }

        var keywords = policy.Keywords;
        foreach (var property in e.EnumerateObject())
        {
            var at = JsonInput.Property(path, property.Name);
            if (!Enum.TryParse<KeywordSignal>(property.Name, ignoreCase: true, out var signal) || !Enum.IsDefined(signal)
                || int.TryParse(property.Name, out _))
            {
                input.Problem(at, $"'{property.Name}' is not a keyword signal; expected one of: {string.Join(", ", Enum.GetNames<KeywordSignal>().Select(TriagePolicyValidator.JsonName))}.");
                continue;
            }

            if (JsonValues.Strings(property.Value, at, input) is { } phrases)
            {
                keywords = keywords.SetItem(signal, phrases);
            }
        }

        return policy with { Keywords = keywords };
    }

    private static TriagePolicy? ReadApiErrorKeywords(JsonElement e, string path, JsonInput input, TriagePolicy policy)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "an object of keyword lists by API error code"))
        {
            return null;
        }

        var keywords = policy.ApiErrorKeywords;
        foreach (var property in e.EnumerateObject())
        {
            if (JsonValues.Strings(property.Value, JsonInput.Key(path, property.Name), input) is { } phrases)
            {
                keywords = keywords.SetItem(property.Name, phrases);
            }
        }

        return policy with { ApiErrorKeywords = keywords };
    }

    private static AssignmentPolicy? ReadSkillRules(JsonElement e, string path, JsonInput input, AssignmentPolicy policy)
    {
        if (!input.ExpectKind(e, JsonValueKind.Array, path, "an array of skill rules"))
        {
            return null;
        }

        var rules = ImmutableArray.CreateBuilder<SkillRule>();
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var start = new SkillRule { Levels = [], Description = string.Empty };
            rules.Add(JsonValues.ReadObject(item, JsonInput.Index(path, i++), input, start, SkillRuleFields, "a skill rule object"));
        }

        return policy with { SkillRules = rules.ToImmutable() };
    }

    private static void WriteOptional<T>(Utf8JsonWriter writer, string name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            writer.WriteString(name, v.ToString());
        }
    }

    private static void WriteEnums<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> values)
        where T : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values.IsDefault ? [] : values)
        {
            writer.WriteStringValue(value.ToString());
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values.IsDefault ? [] : values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
