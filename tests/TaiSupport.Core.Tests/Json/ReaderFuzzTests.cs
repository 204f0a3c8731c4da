using System.Text;
using System.Text.Json.Nodes;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// Seeded fuzzing of every public reader (issue 11): byte and field mutations of a valid file give a value or problems
/// with JSON paths, never an exception. Fixed seeds, so a failure reproduces; a few hundred reads per reader keep CI fast.
/// </summary>
public sealed class ReaderFuzzTests
{
    /// <summary>Values that broke readers before issue 11, and their neighbours.</summary>
    internal static readonly string[] Hostile =
    [
        "\"\\ud800\"", "\"\\udc00x\"", "\"9999-12-31T23:59:59-14:00\"", "\"0000-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00+14:00\"",
        "\"PT9999999999H\"", "\"P9999999D\"", "\"P2W\"", "\"P1M\"", "\"-PT30M\"", "\"PT0S\"", "\"P1D\"", "\"\"", "[]", "{}", "null", "true",
        "1e400", "-1", "99999999999999999999", "0.5", "-0", "\"24:00\"", "\"99:99\"", "\"2026-02-30\"", "\"Z\"", "[[[[[[]]]]]]",
        "\"Critical\"", "\"starter-hours\"", "\"America/Nowhere\"", "{\"\\ud800\":1}", "[\"\\ud800\"]", "\"\\u0000\"",
    ];

    private const int Iterations = 150;
    private const string MutationChars = "{}[]\",:\\\r\t0-9eE.+ZTPHuD\uFEFF\uD800";

    private static readonly Lazy<string> Schedule = new(() =>
    {
        var team = OnCallJson.ReadTeam("""{"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]}]}""").GetValueOrThrow();
        return OnCallJson.Write(RotaGenerator.Generate(RotaRequest.ForWeeks(team, new NodaTime.LocalDate(2026, 1, 5), 6)).Schedule!);
    });

    public static TheoryData<string> Readers() => [.. Formats.Keys];

    internal static readonly Dictionary<string, (string Valid, Func<string, (bool Valid, IReadOnlyList<FluentValidation.Results.ValidationFailure> Problems)> Read)> Formats = new()
    {
        ["calendar"] = (BusinessCalendarJson.Write(BusinessCalendars.ProfessionalHours.Definition), j => Of(BusinessCalendarJson.Read(j))),
        ["sla-policy"] = (SlaPolicyJson.Write(SlaPolicy.Default), j => Of(SlaPolicyJson.Read(j))),
        ["ticket"] = ("""{"id":"T-1823","tier":"Enterprise","priority":"Critical","category":"Platform","createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,"statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}]}""", j => Of(TicketJson.Read(j))),
        ["report-ticket"] = ("""{"id":"T-1","tier":"Professional","priority":"High","category":"Platform","createdAt":"2026-01-26T09:00:00-08:00","firstResponseAt":"2026-01-26T09:30:00-08:00","customer":"Acme","subject":"Webhooks","csat":4,"tags":["webhooks"],"escalations":[{"at":"2026-01-26T10:00:00-08:00","to":"L2"}],"resolvedBy":"Marcus"}""", j => Of(ReportTicketJson.Read(j))),
        ["triage-request"] = ("""{"id":"T1","tier":"Professional","subject":"Cannot log in","body":"All users locked out since 9am","priority":"High","category":"Platform","signals":{"lastApiCallAt":"2026-01-20T10:00:00-08:00"}}""", j => Of(TriageRequestJson.Read(j))),
        ["triage-policy"] = (TriagePolicyJson.Write(TriagePolicy.Default), j => Of(TriagePolicyJson.Read(j))),
        ["team"] = ("""{"members":[{"name":"Jo","level":"Junior","shift":"professional-hours","openTickets":0},{"name":"Dana","level":"Senior","shift":"professional-hours","openTickets":5,"handledTickets":["T7"]}]}""", j => Of(TeamJson.Read(j))),
        ["incident-policy"] = (IncidentPolicyJson.Write(IncidentPolicy.Default), j => Of(IncidentPolicyJson.Read(j))),
        ["incident-record"] = (Incidents.IncidentExamples.Json, j => Of(IncidentRecordJson.Read(j))),
        ["oncall-team"] = ("""{"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]},{"level":2,"participants":["Priya","Tom","Chen","Ana"]}],"people":[{"name":"Jessica","compensation":"timeOffInLieu","timeOff":[{"from":"2026-02-16","to":"2026-02-20"}]}]}""", j => Of(OnCallJson.ReadTeam(j))),
        ["oncall-schedule"] = (Schedule.Value, j => Of(OnCallJson.ReadSchedule(j))),
        ["report-policy"] = (ReportPolicy.Default.ToJson(), j => Of(ReportPolicy.FromJson(j))),
        ["qa-policy"] = (QaPolicy.Default.ToJson(), j => Of(QaPolicy.FromJson(j))),
        ["kb-upkeep-policy"] = (KbUpkeepPolicy.Default.ToJson(), j => Of(KbUpkeepPolicy.FromJson(j))),
        ["customer-template-policy"] = (CustomerTemplatePolicy.Default.ToJson(), j => Of(CustomerTemplatePolicy.FromJson(j))),
        ["incident-signals"] = (IncidentSignalsSample, j => Of(IncidentSignalsJson.Read(j))),
        ["feature-request-entry"] = (FeatureRequestSample, j => Of(FeatureRequestEntryJson.Read(j))),
        ["customer-situation"] = ("""{"id":"s","customerName":"Acme","newTicket":true,"responseTarget":"PT4H","solutionFound":true,"hasCodeExample":true,"escalatedToEngineering":true,"threatensToLeave":true,"customerMessage":"We will cancel.","csat":4,"usageUsed":450,"usageLimit":500,"usageUnit":"SKUs","currentTier":"Professional","sinceLastApiCall":"PT336H","proactiveFixAvailable":true}""", j => Of(CustomerSituationJson.Read(j))),
        ["incident-ticket"] = ("""{"id":"T-1","customer":"acme","tier":"Enterprise","openedAt":"2026-02-10T14:05:00-08:00","category":"Platform","text":"API down","phone":"+1 555 0100"}""", j => Of(IncidentTicketJson.Read(j))),
    };

    /// <summary>A feature-request log line (the sample of <see cref="FeatureRequestEntryJson"/>).</summary>
    internal const string FeatureRequestSample = """{"ticketId":"F1","at":"2026-01-05T10:00:00-08:00","tier":"Enterprise","theme":"sso"}""";

    /// <summary>Every incident signal given (issue 11b): the fuzz and round-trip sample of <see cref="IncidentSignalsJson"/>.</summary>
    internal const string IncidentSignalsSample = """{"id":"s1","apiDownSeconds":181,"customersUnableCoreFeaturePct":12.5,"dataLoss":true,"dataCorruption":true,"securityBreach":true,"unauthorizedAccess":true,"regulatoryEvent":true,"singleCustomerCoreFeatureOutageMinutes":16.5,"latencyMs":1200.25,"errorRatePct":38,"dataInconsistency":true,"webhookFailurePct":21,"reproducibleBugWithImpact":true,"userError":"wrongApiKey"}""";

    [Theory]
    [MemberData(nameof(Readers))]
    public void TheValidSample_Reads(string format)
    {
        var (valid, read) = Formats[format];
        var (isValid, problems) = read(valid);
        Assert.True(isValid, string.Join("; ", problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}")));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void ByteMutations_GiveProblemsNeverAnException(string format)
    {
        var (valid, read) = Formats[format];
        var random = new Random(1100 + format.Length);
        for (var i = 0; i < Iterations; i++)
        {
            var mutated = MutateText(valid, random);
            AssertProblemsOrValue(format, mutated, read);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void FieldMutations_GiveProblemsNeverAnException(string format)
    {
        var (valid, read) = Formats[format];
        var random = new Random(1111 + format.Length);
        for (var i = 0; i < Iterations; i++)
        {
            var mutated = MutateField(valid, random);
            AssertProblemsOrValue(format, mutated, read);
        }
    }

    internal static string MutateText(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var n = random.Next(1, 4); n > 0 && builder.Length > 0; n--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 8), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Hostile[random.Next(Hostile.Length)]);
                    break;
                case 2:
                    builder[at] = MutationChars[random.Next(MutationChars.Length)];
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 40), builder.Length - at);
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 4:
                    builder.Length = at;
                    break;
                default:
                    builder.Insert(0, '\uFEFF');
                    break;
            }
        }

        return builder.ToString();
    }

    internal static string MutateField(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var target = nodes[random.Next(nodes.Count)];
            // A placeholder string, spliced back as raw text after writing: JsonNode cannot hold every hostile value.
            var replacement = JsonValue.Create($"@@{random.Next(Hostile.Length)}@@");
            switch (target.Parent)
            {
                case JsonObject parent:
                    var name = target.GetPropertyName();
                    if (random.Next(4) == 0)
                    {
                        parent.Remove(name);
                        parent[name.ToUpperInvariant() + "x"] = replacement;
                    }
                    else
                    {
                        parent[name] = replacement;
                    }

                    break;
                case JsonArray array:
                    array[target.GetElementIndex()] = replacement;
                    break;
                default:
                    return Hostile[random.Next(Hostile.Length)];
            }

            nodes.Clear();
            Collect(root, nodes);
        }

        var text = root.ToJsonString();
        for (var i = 0; i < Hostile.Length; i++)
        {
            text = text.Replace($"\"@@{i}@@\"", Hostile[i], StringComparison.Ordinal);
        }

        return text;
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    Collect(value, nodes);
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    Collect(item, nodes);
                }

                break;
        }
    }

    private static void AssertProblemsOrValue(string format, string input, Func<string, (bool Valid, IReadOnlyList<FluentValidation.Results.ValidationFailure> Problems)> read)
    {
        (bool Valid, IReadOnlyList<FluentValidation.Results.ValidationFailure> Problems) result;
        try
        {
            result = read(input);
        }
        catch (Exception e)
        {
            Assert.Fail($"{format}: {e} on input:{Environment.NewLine}{input}");
            return;
        }

        if (!result.Valid)
        {
            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, p =>
            {
                Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal);
                Assert.True(SafeText.IsWellFormed(p.PropertyName) && SafeText.IsWellFormed(p.ErrorMessage), $"{format}: ill-formed problem text {p.PropertyName}");
            });
        }
    }

    private static (bool, IReadOnlyList<FluentValidation.Results.ValidationFailure>) Of<T>(LoadResult<T> result)
        where T : class => (result.IsValid, result.Problems);
}
