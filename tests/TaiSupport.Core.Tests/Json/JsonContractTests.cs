using System.Collections.Immutable;
using System.Text.Json.Serialization;
using FluentValidation;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Json;

/// <summary>The contract reader of issue 11 (docs/json.md "How a format is read") on a small record of its own.</summary>
public sealed class JsonContractTests
{
    private static readonly JsonFormat<Probe> Strict = new()
    {
        Contract = new ProbeContract(TaiValueConverters.Options()).Probe,
        Validate = p => new ProbeValidator().Validate(p),
    };

    private static readonly JsonFormat<Probe> Partial = new()
    {
        Contract = Strict.Contract,
        MergeOnto = () => new Probe { Name = "default", Wait = Duration.FromHours(2), Inner = new ProbeInner { A = 1, B = 2 }, Items = [new ProbeItem(Tier.Starter, 1)] },
        Validate = Strict.Validate,
    };

    [Fact]
    public void EveryProblem_IsReportedAtOnce_WithItsPath()
    {
        var result = JsonContract.Read("""
            {"wait":"P2W","items":[{"tier":"Gold","count":1},{"count":"x"},3],"ranks":{"Bronze":1,"Enterprise":"x"},"inner":{"a":1.5},"nmae":"x","Inner":{}}
            """, Strict);

        var byPath = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Equal("is required.", byPath["$.name"]);
        Assert.Contains("weeks, months or years", byPath["$.wait"]);
        Assert.Equal("\"Gold\" is not a tier; use one of Starter, Professional, Enterprise.", byPath["$.items[0].tier"]);
        Assert.Equal("is required.", byPath["$.items[1].tier"]);
        Assert.Equal("expected a whole number, got the string \"x\".", byPath["$.items[1].count"]);
        Assert.Equal("expected a probe item object, got the number 3.", byPath["$.items[2]"]);
        Assert.Contains("\"Bronze\" is not a tier", byPath["$.ranks['Bronze']"]);
        Assert.Equal("expected a whole number, got the string \"x\".", byPath["$.ranks['Enterprise']"]);
        Assert.Equal("expected a whole number, got the number 1.5.", byPath["$.inner.a"]);
        Assert.StartsWith("unknown property 'nmae'; expected one of:", byPath["$.nmae"]);
        Assert.Equal("unknown property 'Inner'; did you mean 'inner'?", byPath["$.Inner"]);
        Assert.Equal(11, result.Problems.Count);
        Assert.Null(result.Value);
    }

    [Fact]
    public void APartialFile_MergesOntoTheDefault_ObjectsMergeArraysReplace()
    {
        var probe = JsonContract.Read("""{"inner":{"b":5},"items":[{"tier":"enterprise","count":3}],"wait":null}""", Partial).GetValueOrThrow();

        Assert.Equal("default", probe.Name);
        Assert.Equal(Duration.FromHours(2), probe.Wait); // null is the same as absent
        Assert.Equal(new ProbeInner { A = 1, B = 5 }, probe.Inner);
        Assert.Equal([new ProbeItem(Tier.Enterprise, 3)], probe.Items.ToArray());
    }

    [Fact]
    public void TheValidator_RunsInTheSamePass_WithJsonPaths()
    {
        var result = JsonContract.Read("""{"name":" ","items":[{"tier":"Starter","count":-1}]}""", Strict);

        var byPath = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Equal("must not be blank.", byPath["$.name"]);
        Assert.Equal("must not be negative.", byPath["$.items[0].count"]);
    }

    [Theory]
    [InlineData("""{"name":"a","name":"b"}""", "$.name", "is given twice; keep one.")]
    [InlineData("""[1]""", "$", "expected a probe object, got an array.")]
    [InlineData("""{"name":"\ud800"}""", "$.name", "holds an unpaired surrogate escape (such as \\ud800), which is not text; write well-formed Unicode.")]
    [InlineData("""{"name":"a","wait":"PT9999999999H"}""", "$.wait", null)]
    public void HostileInput_IsAProblem_NeverAnException(string json, string path, string? sentence)
    {
        var problem = Assert.Single(JsonContract.Read(json, Strict).Problems);
        Assert.Equal(path, problem.PropertyName);
        if (sentence is not null)
        {
            Assert.Equal(sentence, problem.ErrorMessage);
        }
    }

    [Fact]
    public void AHundredThousandUnknownKeys_GiveAHundredProblemsAndACount()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"k{i}\":1")) + ",\"name\":\"a\"}";
        var problems = JsonContract.Read(json, Strict).Problems;
        Assert.Equal(101, problems.Count);
        Assert.Equal("and 99900 more problems not listed (only the first 100 are reported).", problems[^1].ErrorMessage);
    }

    internal sealed record Probe
    {
        public required string Name { get; init; }

        public Duration Wait { get; init; }

        public ImmutableArray<ProbeItem> Items { get; init; } = [];

        public ImmutableSortedDictionary<Tier, int> Ranks { get; init; } = ImmutableSortedDictionary<Tier, int>.Empty;

        public ProbeInner Inner { get; init; } = new();
    }

    internal sealed record ProbeInner
    {
        public int A { get; init; }

        public int B { get; init; }
    }

    internal readonly record struct ProbeItem(Tier Tier, int Count);

    private sealed class ProbeValidator : AbstractValidator<Probe>
    {
        public ProbeValidator()
        {
            RuleFor(p => p.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank.");
            RuleForEach(p => p.Items).ChildRules(i => i.RuleFor(x => x.Count).GreaterThanOrEqualTo(0).WithMessage("must not be negative."));
        }
    }
}

/// <summary>The probe's source-generated contract.</summary>
[JsonSerializable(typeof(JsonContractTests.Probe))]
internal sealed partial class ProbeContract : JsonSerializerContext;
