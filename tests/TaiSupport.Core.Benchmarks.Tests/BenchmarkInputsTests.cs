using TaiSupport.Core.Benchmarks.UserData;

namespace TaiSupport.Core.Benchmarks.Tests;

/// <summary>Every suite's user-data option reads the example file tai reads, and a bad file stops the run with tai's message.</summary>
public sealed class BenchmarkInputsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tai-bench-").FullName;

    public static TheoryData<string, string> Examples => new()
    {
        { "--policy", "sla-policy.json" },
        { "--calendar", "calendar.json" },
        { "--tickets", "tickets.jsonl" },
        { "--triage", "triage.jsonl" },
        { "--team", "team.json" },
        { "--report-tickets", "report-tickets.jsonl" },
        { "--incident", "incident.json" },
    };

    [Fact]
    public void Examples_CoverEveryOption()
    {
        Assert.Equal(BenchmarkInputs.All.Select(i => i.Option).Order(), Examples.Select(e => (string)e[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Publish_ExampleFile_LoadsThroughTheEnvironment(string option, string file)
    {
        var parsed = BenchmarkArguments.Parse([option, Example(file), "--filter", "*Sla*"]);
        try
        {
            parsed.Publish();
            Assert.Equal(["--filter", "*Sla*"], parsed.BenchmarkDotNetArguments);
            var variable = BenchmarkInputs.All.Single(i => i.Option == option).EnvironmentVariable;
            Assert.Equal(Path.GetFullPath(Example(file)), Environment.GetEnvironmentVariable(variable));
            Assert.NotNull(Loaded(option));
        }
        finally
        {
            BenchmarkArguments.Parse([]).Publish();
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_BadFile_IsRejectedWithTheOptionFileAndProblem(string option, string file)
    {
        var text = File.ReadAllText(Example(file));
        var bad = Path.Combine(folder, file);
        // One field made wrong in the first object of the file: a value of the wrong JSON kind where a string or object was.
        File.WriteAllText(bad, file.EndsWith(".jsonl", StringComparison.Ordinal) ? "{\"id\":7,\"tier\":42}\n" + text : "{\"timeZone\":42}");
        try
        {
            var e = Assert.Throws<BenchmarkInputException>(() => BenchmarkArguments.Parse([option, bad]).Publish());
            Assert.StartsWith($"{option}: '{bad}' ", e.Message, StringComparison.Ordinal);
            Assert.Contains("$", e.Message, StringComparison.Ordinal); // the JSON path of the problem, as tai prints it
        }
        finally
        {
            BenchmarkArguments.Parse([]).Publish();
        }
    }

    [Fact]
    public void Publish_PolicyPack_GivesItsSlaAndTriageSections()
    {
        BenchmarkArguments.Parse(["--policy", Example("policy-pack.json")]).Publish();
        try
        {
            var professionalMedium = BenchmarkInputs.SlaPolicy!.Targets.Single(t => t.Tier == Core.Tickets.Tier.Professional && t.Priority == Core.Tickets.Priority.Medium);
            Assert.Equal(NodaTime.Duration.FromHours(2), professionalMedium.FirstResponse.Target);
            Assert.NotNull(BenchmarkInputs.TriagePolicy);
        }
        finally
        {
            BenchmarkArguments.Parse([]).Publish();
        }
    }

    [Fact]
    public void Publish_BrokenPack_NamesTheSectionPath()
    {
        var bad = Path.Combine(folder, "pack.json");
        File.WriteAllText(bad, "{\"sla\":{\"timeZone\":42},\"triage\":{}}");
        var e = Assert.Throws<BenchmarkInputException>(() => BenchmarkArguments.Parse(["--policy", bad]).Publish());
        Assert.StartsWith($"--policy: '{bad}' is not a valid policy pack:", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.sla.timeZone", e.Message, StringComparison.Ordinal);
        BenchmarkArguments.Parse([]).Publish();
    }

    [Fact]
    public void Parse_MissingFile_SaysItCannotBeRead()
    {
        var missing = Path.Combine(folder, "nope.json");
        var e = Assert.Throws<BenchmarkInputException>(() => BenchmarkArguments.Parse(["--policy", missing]).Publish());
        Assert.StartsWith($"--policy: cannot read '{missing}'", e.Message, StringComparison.Ordinal);
        BenchmarkArguments.Parse([]).Publish();
    }

    [Fact]
    public void Parse_OptionWithoutFile_NamesTheOption()
    {
        var e = Assert.Throws<BenchmarkInputException>(() => BenchmarkArguments.Parse(["--tickets", "--filter", "*"]));
        Assert.StartsWith("--tickets: give a file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Smoke_AddsTheShortInProcessJobAndJsonReports()
    {
        var parsed = BenchmarkArguments.Parse(["--smoke", "--filter", "*Year*"]);
        Assert.True(parsed.Smoke);
        Assert.Equal(["--filter", "*Year*", .. BenchmarkArguments.SmokeArguments], parsed.BenchmarkDotNetArguments);
        Assert.Contains("--inProcess", parsed.BenchmarkDotNetArguments);
    }

    [Fact]
    public void ReadTickets_EmptyFile_IsAProblem()
    {
        var empty = Path.Combine(folder, "empty.jsonl");
        File.WriteAllText(empty, "\n\n");
        var e = Assert.Throws<BenchmarkInputException>(() => BenchmarkInputs.ReadTickets(empty));
        Assert.Contains("no lines", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTickets_Example_ReadsEveryLine()
    {
        Assert.Equal(1000, BenchmarkInputs.ReadTickets(Example("tickets.jsonl")).Count);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Example(string file) => Path.Combine(AppContext.BaseDirectory, "examples", file);

    private static object? Loaded(string option) => option switch
    {
        "--policy" => BenchmarkInputs.SlaPolicy,
        "--calendar" => BenchmarkInputs.Calendar,
        "--tickets" => BenchmarkInputs.Tickets,
        "--triage" => BenchmarkInputs.TriageRequests,
        "--team" => BenchmarkInputs.Team,
        "--report-tickets" => BenchmarkInputs.ReportTickets,
        "--incident" => BenchmarkInputs.Incident,
        _ => throw new ArgumentOutOfRangeException(nameof(option)),
    };
}
