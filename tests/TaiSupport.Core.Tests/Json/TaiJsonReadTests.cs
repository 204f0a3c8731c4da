using FluentValidation;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// <see cref="TaiJson.Read{T}(string, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}, Func{T, FluentValidation.Results.ValidationResult}?, bool)"/>:
/// the library's problem-collecting reader over a host's own source-generated contract (how the samples read their lines).
/// </summary>
public sealed class TaiJsonReadTests
{
    private static readonly ProbeContract Contract = new(TaiJson.ContractOptions());

    private static readonly InlineValidator<JsonContractTests.Probe> Validator = Rules();

    [Fact]
    public void AHostContract_ReadsInTheLibrarysSpellings()
    {
        var probe = TaiJson.Read("""{"name":"n","wait":"PT90M","items":[{"tier":"enterprise","count":2}]}""", Contract.Probe, null, ignoreUnknown: false).GetValueOrThrow();

        Assert.Equal(Duration.FromMinutes(90), probe.Wait);
        Assert.Equal([new JsonContractTests.ProbeItem(Tier.Enterprise, 2)], probe.Items.ToArray());
    }

    [Fact]
    public void EveryProblem_SyntaxAndValidation_ComesWithItsPath()
    {
        var result = TaiJson.Read("""{"name":" ","wait":"P2W","items":[{"tier":"Gold","count":-1}],"extra":1}""", Contract.Probe, Validator.Validate, ignoreUnknown: false);

        var byPath = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Null(result.Value);
        Assert.Contains("weeks, months or years", byPath["$.wait"]);
        Assert.Equal("\"Gold\" is not a tier; use one of Starter, Professional, Enterprise.", byPath["$.items[0].tier"]);
        Assert.StartsWith("unknown property 'extra'", byPath["$.extra"]);
    }

    [Fact]
    public void ValidationProblems_AreReportedWhenTheFileReads()
    {
        var result = TaiJson.Read("""{"name":" ","items":[{"tier":"Starter","count":-1}]}""", Contract.Probe, Validator.Validate, ignoreUnknown: false);

        Assert.Equal(["$.items[0].count: must not be negative.", "$.name: must not be blank."], result.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IgnoreUnknown_LetsALineCarryItsIdAndExtraFields()
    {
        using var line = System.Text.Json.JsonDocument.Parse("""{"id":7,"name":"n","helpdeskField":true}""");

        Assert.True(TaiJson.Read(line.RootElement, Contract.Probe, null, ignoreUnknown: true).IsValid);
        Assert.StartsWith("unknown property 'id'", TaiJson.Read(line.RootElement, Contract.Probe, null, ignoreUnknown: false).Problems[0].ErrorMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"name\":\"\\ud800\"}")]
    [InlineData("{\"name\":\"n\",\"wait\":\"PT9999999999999H\"}")]
    [InlineData("{\"name\":\"n\",\"items\":[null,{},[]]}")]
    public void HostileText_GivesProblems_NeverAnException(string json) =>
        Assert.NotEmpty(TaiJson.Read(json, Contract.Probe, Validator.Validate, ignoreUnknown: false).Problems);

    private static InlineValidator<JsonContractTests.Probe> Rules()
    {
        var rules = new InlineValidator<JsonContractTests.Probe>();
        rules.RuleFor(p => p.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank.");
        rules.RuleForEach(p => p.Items).ChildRules(i => i.RuleFor(x => x.Count).GreaterThanOrEqualTo(0).WithMessage("must not be negative."));
        return rules;
    }
}
