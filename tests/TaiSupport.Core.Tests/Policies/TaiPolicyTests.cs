using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Policies;

/// <summary>The policy pack: defaults, validation with pack paths, the JSON round trip and a seeded fuzz of the reader.</summary>
public sealed class TaiPolicyTests
{
    /// <summary>Non-default packs: one or more values changed in every section.</summary>
    public static Gen<TaiPolicy> Packs { get; } =
        from atRisk in Gen.Choose(1, 120)
        from inactiveDays in Gen.Choose(1, 60)
        from churn in Gen.Elements(Priority.Critical, Priority.High, Priority.Medium)
        from apiDown in Gen.Choose(1, 30)
        from errorRate in Gen.Choose(1, 99)
        from weeks in Gen.Choose(1, 13)
        from hourly in Gen.Choose(1, 20_000)
        from topIssues in Gen.Choose(1, 10)
        from sample in Gen.Choose(1, 100)
        from stale in Gen.Choose(1, 24)
        from usage in Gen.Choose(1, 100)
        from maxSentences in Gen.Choose(1, 8)
        from rootCause in Gen.Elements(true, false)
        select new TaiPolicy
        {
            Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(atRisk) },
            Triage = TriagePolicy.Default with
            {
                ChurnThreatPriority = churn,
                Escalation = TriagePolicy.Default.Escalation with { InactiveFor = Duration.FromDays(inactiveDays) },
            },
            Incidents = IncidentPolicy.Default with { ApiDownOver = Duration.FromMinutes(apiDown), ErrorRateOverPct = errorRate },
            OnCall = new OnCallPolicy
            {
                Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = weeks },
                Compensation = CompensationPolicy.Default with { HourlyRate = hourly / 100m },
            },
            Reports = ReportPolicy.Default with { TopIssues = topIssues },
            Qa = QaPolicy.Default with { SamplePercent = sample },
            KbUpkeep = KbUpkeepPolicy.Default with { StaleAfterMonths = stale },
            Templates = CustomerTemplatePolicy.Default with { UsageAlertAtPercent = usage },
            ResolutionFields = ResolutionFieldsPolicy.Default with { MaxSentences = maxSentences, RequireRootCause = rootCause, Required = maxSentences % 2 == 0 },
        };

    [Property(MaxTest = 100)]
    public Property ReadOfWrite_IsTheSamePack() =>
        Prop.ForAll(Arb.From(Packs), pack =>
        {
            var json = TaiPolicyJson.Write(pack);
            var read = TaiPolicyJson.Read(json);
            return (read.IsValid && read.Value! == pack && read.Value != TaiPolicy.Default).Label(read.IsValid ? json : read.DescribeProblems());
        });

    [Fact]
    public void Default_IsEverySectionsDefault_AndValid()
    {
        var pack = TaiPolicy.Default;
        Assert.Same(SlaPolicy.Default, pack.Sla);
        Assert.Same(TriagePolicy.Default, pack.Triage);
        Assert.Same(IncidentPolicy.Default, pack.Incidents);
        Assert.Same(OnCallPolicy.Default, pack.OnCall);
        Assert.Same(ReportPolicy.Default, pack.Reports);
        Assert.Same(QaPolicy.Default, pack.Qa);
        Assert.Same(KbUpkeepPolicy.Default, pack.KbUpkeep);
        Assert.Same(CustomerTemplatePolicy.Default, pack.Templates);
        Assert.Same(ResolutionFieldsPolicy.Default, pack.ResolutionFields);
        Assert.True(TaiPolicy.Validate(pack).IsValid);
    }

    [Fact]
    public void EmptyObject_IsTheDefaultPack_AndEverySectionIsOptional()
    {
        Assert.Equal(TaiPolicy.Default, TaiPolicyJson.Read("{}").GetValueOrThrow());
        var onlyQa = TaiPolicyJson.Read("""{"qa": {"samplePercent": 20}, "sla": null}""").GetValueOrThrow();
        Assert.Equal(TaiPolicy.Default with { Qa = QaPolicy.Default with { SamplePercent = 20 } }, onlyQa);
    }

    [Fact]
    public void WrittenDefault_ListsEverySection_AndReadsBack()
    {
        var json = TaiPolicyJson.Write(TaiPolicy.Default);
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["sla", "triage", "incidents", "onCall", "reports", "qa", "kbUpkeep", "templates", "ticketLife", "resolutionFields"], root.Select(p => p.Key));
        Assert.Equal(TaiPolicy.Default, TaiPolicyJson.Read(json).GetValueOrThrow());
        Assert.True(TaiPolicyJson.LooksLikePack(json));
        Assert.False(TaiPolicyJson.LooksLikePack(SlaPolicyJson.Write(SlaPolicy.Default)));
        Assert.False(TaiPolicyJson.LooksLikePack("not json"));
    }

    [Fact]
    public void OneMistakeInEachOfThreeSections_AllThreeAreReported_WithPackPaths()
    {
        var root = JsonNode.Parse(TaiPolicyJson.Write(TaiPolicy.Default))!.AsObject();
        root["sla"]!["atRiskLead"] = "soon";
        root["qa"]!["samplePercent"] = 250;
        root["onCall"]!["fairness"]!["maxWeeksPerQuarter"] = -1;

        var read = TaiPolicyJson.Read(root.ToJsonString());

        Assert.False(read.IsValid);
        var paths = read.Problems.Select(p => p.PropertyName).ToList();
        Assert.Contains("$.sla.atRiskLead", paths);
        Assert.Contains("$.qa.samplePercent", paths);
        Assert.Contains("$.onCall.fairness.maxWeeksPerQuarter", paths);
        Assert.Equal(3, paths.Count);
    }

    [Fact]
    public void Validate_NamesEveryProblemOfEverySection_ByItsPackPath()
    {
        var pack = TaiPolicy.Default with
        {
            Sla = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(-5) },
            Incidents = IncidentPolicy.Default with { VerificationPasses = 0 },
            Templates = CustomerTemplatePolicy.Default with { UsageAlertAtPercent = 500 },
            OnCall = OnCallPolicy.Default with { Compensation = CompensationPolicy.Default with { HourlyRate = -1 } },
        };

        var paths = TaiPolicy.Validate(pack).Errors.Select(e => e.PropertyName).ToList();

        Assert.Contains("$.sla.atRiskLead", paths);
        Assert.Contains("$.incidents.verificationPasses", paths);
        Assert.Contains("$.templates.usageAlertAtPercent", paths);
        Assert.Contains("$.onCall.compensation.hourlyRate", paths);
    }

    [Fact]
    public void ResolutionFieldsSection_IsOptional_ReadWithPackPaths()
    {
        var read = TaiPolicyJson.Read("""{"resolutionFields": {"maxSentences": 5, "requireRootCause": false}}""").GetValueOrThrow();
        Assert.Equal(TaiPolicy.Default with { ResolutionFields = ResolutionFieldsPolicy.Default with { MaxSentences = 5, RequireRootCause = false } }, read);
        var bad = TaiPolicyJson.Read("""{"resolutionFields": {"minSentences": 0, "required": "yes", "maxSentence": 2}}""");
        Assert.Equal(["$.resolutionFields.maxSentence", "$.resolutionFields.minSentences", "$.resolutionFields.required"],
            bad.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void UnknownSection_AndWrongRoot_AreProblems()
    {
        Assert.Equal("$.slas", Assert.Single(TaiPolicyJson.Read("""{"slas": {}}""").Problems).PropertyName);
        Assert.Equal("$", Assert.Single(TaiPolicyJson.Read("[]").Problems).PropertyName);
        Assert.Equal("$.triage", Assert.Single(TaiPolicyJson.Read("""{"triage": 3}""").Problems).PropertyName);
    }

    /// <summary>
    /// Seeded fuzz: 1,500 mutations of the default pack (character edits and JSON values swapped for values of other
    /// kinds) are each read without an exception, and an invalid read always names at least one problem with a path.
    /// </summary>
    [Fact]
    public void Fuzz_MutatedPacks_AreProblemsNeverExceptions()
    {
        var random = new Random(20261206);
        var valid = TaiPolicyJson.Write(TaiPolicy.Default);
        string[] swaps = ["null", "-1", "0", "1e400", "\"\"", "\"PT-1H\"", "\"25:99\"", "[]", "{}", "true", "[null]", "{\"x\": 1}", "\"\\u0000\"", "99999999999999999999"];
        const string Chars = "{}[]\":,0-9aZ\\ \n.";
        var failures = 0;
        for (var i = 0; i < 1_500; i++)
        {
            var text = i % 2 == 0 ? MutateChars(valid, random, Chars) : MutateValue(valid, random, swaps);
            var read = TaiPolicyJson.Read(text);
            if (!read.IsValid)
            {
                failures++;
                Assert.All(read.Problems, p => Assert.StartsWith("$", p.PropertyName));
                Assert.NotEmpty(read.Problems);
            }
        }

        Assert.True(failures > 500, $"only {failures} of 1500 mutations were invalid; the fuzzer is not mutating.");
    }

    private static string MutateChars(string text, Random random, string chars)
    {
        var builder = new System.Text.StringBuilder(text);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, chars[random.Next(chars.Length)]); break;
                default: builder[at] = chars[random.Next(chars.Length)]; break;
            }
        }

        return builder.ToString();
    }

    private static string MutateValue(string text, Random random, string[] swaps)
    {
        var root = JsonNode.Parse(text)!;
        var leaves = new List<(JsonNode Parent, object Key)>();
        Collect(root, leaves);
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var (parent, key) = leaves[random.Next(leaves.Count)];
            var value = JsonNode.Parse(swaps[random.Next(swaps.Length)]);
            if (key is string name)
            {
                parent.AsObject()[name] = value;
            }
            else
            {
                parent.AsArray()[(int)key] = value;
            }
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> leaves)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                leaves.Add((obj, name));
                if (child is not null)
                {
                    Collect(child, leaves);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                leaves.Add((array, i));
                if (array[i] is { } child)
                {
                    Collect(child, leaves);
                }
            }
        }
    }
}
