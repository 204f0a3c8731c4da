using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// Reads and writes an <see cref="IncidentPolicy"/> as JSON. Spans are ISO-8601 durations (<c>"PT3M"</c>,
/// <c>"PT0.5S"</c>, <c>"PT24H"</c>, <c>"P7D"</c>), percentages are numbers 0–100. A property left out keeps its
/// <see cref="IncidentPolicy.Default"/> value, so a file may name only what it changes:
/// <code>
/// { "level2PageAfter": "PT30M", "serviceCreditPct": 10 }
/// </code>
/// Every problem — malformed values, unknown properties, and the <see cref="IncidentPolicyValidator"/>'s findings — is
/// reported at once with its JSON path; a policy with any problem is never returned.
/// </summary>
public static class IncidentPolicyJson
{
    private static readonly ImmutableArray<Field> Fields =
    [
        Span("apiDownOver", p => p.ApiDownOver, (p, v) => p with { ApiDownOver = v }),
        Number("customersUnableCoreFeatureOverPct", p => p.CustomersUnableCoreFeatureOverPct, (p, v) => p with { CustomersUnableCoreFeatureOverPct = v }),
        Span("singleCustomerOutageOver", p => p.SingleCustomerOutageOver, (p, v) => p with { SingleCustomerOutageOver = v }),
        Span("latencyOver", p => p.LatencyOver, (p, v) => p with { LatencyOver = v }),
        Number("errorRateOverPct", p => p.ErrorRateOverPct, (p, v) => p with { ErrorRateOverPct = v }),
        Number("webhookFailureOverPct", p => p.WebhookFailureOverPct, (p, v) => p with { WebhookFailureOverPct = v }),
        Span("significantLatencyOver", p => p.SignificantLatencyOver, (p, v) => p with { SignificantLatencyOver = v }),
        Strings("criteriaCancelledByUserError", p => p.CriteriaCancelledByUserError, (p, v) => p with { CriteriaCancelledByUserError = v }),
        Span("detectionActionsWithin", p => p.DetectionActionsWithin, (p, v) => p with { DetectionActionsWithin = v }),
        Span("statusUpdateEvery", p => p.StatusUpdateEvery, (p, v) => p with { StatusUpdateEvery = v }),
        Span("statusUpdateWhileFixingEvery", p => p.StatusUpdateWhileFixingEvery, (p, v) => p with { StatusUpdateWhileFixingEvery = v }),
        Span("decisionPointAfter", p => p.DecisionPointAfter, (p, v) => p with { DecisionPointAfter = v }),
        Span("level2PageAfter", p => p.Level2PageAfter, (p, v) => p with { Level2PageAfter = v }),
        Whole("verificationPasses", p => p.VerificationPasses, (p, v) => p with { VerificationPasses = v }),
        Span("verifyWithin", p => p.VerifyWithin, (p, v) => p with { VerifyWithin = v }),
        Span("resolutionNoticeWithin", p => p.ResolutionNoticeWithin, (p, v) => p with { ResolutionNoticeWithin = v }),
        Span("postMortemAfter", p => p.PostMortemAfter, (p, v) => p with { PostMortemAfter = v }),
        Span("postMortemMeeting", p => p.PostMortemMeeting, (p, v) => p with { PostMortemMeeting = v }),
        Strings("postMortemRoles", p => p.PostMortemRoles, (p, v) => p with { PostMortemRoles = v }),
        Span("followUpAfter", p => p.FollowUpAfter, (p, v) => p with { FollowUpAfter = v }),
        Number("serviceCreditPct", p => p.ServiceCreditPct, (p, v) => p with { ServiceCreditPct = v }),
        Span("onCallRespondWithin", p => p.OnCallRespondWithin, (p, v) => p with { OnCallRespondWithin = v }),
        Span("p2InvestigateFor", p => p.P2InvestigateFor, (p, v) => p with { P2InvestigateFor = v }),
    ];

    private static readonly string[] Names = [.. Fields.Select(f => f.Name), "name", "description"];

    /// <summary>Reads and validates a policy; properties left out keep their default.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="extraCriterionIds">Ids of your own criteria that a user error may cancel (see <see cref="IncidentPolicyValidator"/>).</param>
    /// <returns>The policy, or every problem.</returns>
    /// <example>
    /// <code>
    /// var result = IncidentPolicyJson.Read(File.ReadAllText("incident-policy.json"));
    /// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems()); // "$.latencyOver: ..."
    /// </code>
    /// </example>
    public static LoadResult<IncidentPolicy> Read(string json, IEnumerable<string>? extraCriterionIds = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<IncidentPolicy>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var root = document!.RootElement;
            if (!input.ExpectKind(root, JsonValueKind.Object, "$", "an incident policy object"))
            {
                return LoadResult<IncidentPolicy>.Failure(input.Problems);
            }

            input.RejectUnknown(root, "$", Names);
            var policy = IncidentPolicy.Default;
            foreach (var field in Fields)
            {
                if (input.TryGet(root, field.Name, out var element))
                {
                    policy = field.Read(policy, element, JsonInput.Property("$", field.Name), input);
                }
            }

            foreach (var failure in new IncidentPolicyValidator(extraCriterionIds).Validate(policy).Errors)
            {
                var at = JsonInput.Property("$", failure.PropertyName);
                if (!input.HasProblemAt(at))
                {
                    input.Problem(at, failure.ErrorMessage);
                }
            }

            return input.Problems.Count == 0 ? LoadResult<IncidentPolicy>.Success(policy) : LoadResult<IncidentPolicy>.Failure(input.Problems);
        }
    }

    /// <summary>Writes every value of a policy as indented JSON, readable by <see cref="Read"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var field in Fields)
            {
                writer.WritePropertyName(field.Name);
                field.Write(writer, policy);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Field Span(string name, Func<IncidentPolicy, Duration> get, Func<IncidentPolicy, Duration, IncidentPolicy> set) => new(
        name,
        (p, e, path, input) => input.Duration(e, path) is { } v ? set(p, v) : p,
        (w, p) => w.WriteStringValue(IncidentJsonValues.FormatSpan(get(p))));

    private static Field Number(string name, Func<IncidentPolicy, decimal> get, Func<IncidentPolicy, decimal, IncidentPolicy> set) => new(
        name,
        (p, e, path, input) => input.Decimal(e, path) is { } v ? set(p, v) : p,
        (w, p) => w.WriteNumberValue(get(p)));

    private static Field Whole(string name, Func<IncidentPolicy, int> get, Func<IncidentPolicy, int, IncidentPolicy> set) => new(
        name,
        (p, e, path, input) => input.Integer(e, path, min: int.MinValue) is { } v ? set(p, (int)Math.Clamp(v, int.MinValue, int.MaxValue)) : p,
        (w, p) => w.WriteNumberValue(get(p)));

    private static Field Strings(string name, Func<IncidentPolicy, ImmutableArray<string>> get, Func<IncidentPolicy, ImmutableArray<string>, IncidentPolicy> set) => new(
        name,
        (p, e, path, input) => set(p, input.Strings(e, path)),
        (w, p) =>
        {
            w.WriteStartArray();
            foreach (var item in get(p))
            {
                w.WriteStringValue(item);
            }

            w.WriteEndArray();
        });

    private sealed record Field(string Name, Func<IncidentPolicy, JsonElement, string, JsonInput, IncidentPolicy> Read, Action<Utf8JsonWriter, IncidentPolicy> Write);
}
