using System.Text.Json;
using TaiSupport.Cli.Cli;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary><c>tai oncall equity</c> and <c>tai oncall pay --pay-policy</c>, run in-process (issue 17, docs/oncall.md).</summary>
public sealed class OnCallEquityCommandTests : IDisposable
{
    private const string TeamJson = """
        {"rotations": [{"level": 1, "participants": ["Sarah", "Marcus", "Jessica", "Alex"]}, {"level": 2, "participants": ["Priya", "Tom", "Chen", "Ana"]}]}
        """;

    private const string CallIns = """
        {"id":"c1","person":"Sarah","start":"2026-01-06T22:10:00-08:00","end":"2026-01-06T22:25:00-08:00"}
        {"id":"c5","person":"Marcus","start":"2026-01-17T11:00:00-08:00","end":"2026-01-17T14:00:00-08:00"}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("tai-equity-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Equity_PrintsLoadsScoresAndHints()
    {
        var (code, output, error) = Run("oncall", "equity", "--schedule", Schedule(), "--call-ins", File("c.jsonl", CallIns), "--holidays", "2026-01-19");
        Assert.True(code == 0, error);
        var level1 = JsonDocument.Parse(output).RootElement.GetProperty("levels")[0];
        Assert.Equal("support", level1.GetProperty("rotation").GetString());
        var marcus = level1.GetProperty("people")[1];
        Assert.Equal(("Marcus", 1, "PT3H", "PT9H"), (marcus.GetProperty("person").GetString(), marcus.GetProperty("pages").GetInt32(), marcus.GetProperty("callInHours").GetString(), marcus.GetProperty("holidayHours").GetString()));
        Assert.True(level1.GetProperty("score").GetDecimal() is > 0m and < 1m);
    }

    [Fact]
    public void Equity_ABadHolidayDate_IsExit2()
    {
        var (code, _, error) = Run("oncall", "equity", "--schedule", Schedule(), "--holidays", "2026-02-30");
        Assert.Equal(2, code);
        Assert.Contains("--holidays", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_WithAPayPolicy_AppliesItsMultipliers_AndWithoutItIsUnchanged()
    {
        var schedule = Schedule();
        var calls = File("c.jsonl", CallIns);
        string[] pay = ["oncall", "pay", "--schedule", schedule, "--callins", calls, "--from", "2026-01-05", "--to", "2026-04-05", "--table"];
        var plain = Run(pay);
        var policy = Run([.. pay, "--pay-policy", File("p.json", """{"weekendMultiplier": 1.5, "eveningMultiplier": 1.25}""")]);
        Assert.Equal((0, 0), (plain.Code, policy.Code));
        Assert.Contains("  Marcus               3  1,500.00        1      3h      3h       75.00  1,575.00       0h", plain.Output, StringComparison.Ordinal);
        Assert.Contains("  Marcus               3  1,500.00        1      3h      3h      112.50  1,612.50       0h", policy.Output, StringComparison.Ordinal);
        Assert.Contains("  Sarah                4  2,000.00        1   0.25h      1h       31.25  2,031.25       0h", policy.Output, StringComparison.Ordinal);
        var bad = Run([.. pay, "--pay-policy", File("bad.json", """{"hourlyRate": "x"}""")]);
        Assert.Equal(2, bad.Code);
        Assert.Contains("$.hourlyRate", bad.Error, StringComparison.Ordinal);
    }

    private string Schedule()
    {
        var (code, output, error) = Run("oncall", "plan", "--team", File("team.json", TeamJson), "--from", "2026-01-05", "--weeks", "13");
        Assert.True(code == 0, error);
        return File("schedule.json", output);
    }

    private string File(string name, string text)
    {
        var path = System.IO.Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TaiApp.Run(args, new CliContext(new StringReader(string.Empty), output, error));
        return (code, output.ToString(), error.ToString());
    }
}
