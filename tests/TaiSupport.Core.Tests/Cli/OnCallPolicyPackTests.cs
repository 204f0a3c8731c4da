using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.Cli;

/// <summary><c>--policy PACK</c> on every <c>tai oncall</c> command: the pack's <c>onCall</c> section replaces the team's policy.</summary>
public sealed class OnCallPolicyPackTests : IDisposable
{
    private const string ThreePeople = """{"rotations": [{"level": 1, "participants": ["Sarah", "Marcus", "Jessica"]}]}""";

    private readonly string directory = Directory.CreateTempSubdirectory("tai-oncall-pack-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Plan_TakesThePacksFairnessRules()
    {
        var team = File("team.json", ThreePeople);
        var (without, _, _) = CliRunner.Run(string.Empty, "oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13");
        Assert.Equal(1, without); // 13 weeks over 3 people breaks the default 4 weeks a quarter (D19)

        var pack = File("pack.json", """{"onCall": {"fairness": {"maxWeeksPerQuarter": 5}}}""");
        var (exit, output, error) = CliRunner.Run(string.Empty, "oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13", "--policy", pack);
        Assert.True(exit == 0, error);
        var schedule = OnCallJson.ReadSchedule(output).Value!;
        Assert.Equal(5, schedule.Team.Policy.Fairness.MaxWeeksPerQuarter);
    }

    [Theory]
    [InlineData("who", "--at", "2026-01-06T10:00:00-08:00")]
    [InlineData("check", "--table", null)]
    [InlineData("certificate", null, null)]
    [InlineData("equity", null, null)]
    public void Every_command_takes_the_option_and_an_invalid_pack_stops_it_with_exit_2(string command, string? option, string? value)
    {
        var team = File("team.json", ThreePeople);
        var pack = File("pack.json", """{"onCall": {"fairness": {"maxWeeksPerQuarter": 5}}}""");
        var (planExit, schedule, _) = CliRunner.Run(string.Empty, "oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13", "--policy", pack);
        Assert.Equal(0, planExit);
        var path = File("schedule.json", schedule);
        string[] extra = option is null ? [] : value is null ? [option] : [option, value];

        var (exit, _, error) = CliRunner.Run(string.Empty, ["oncall", command, "--schedule", path, .. extra, "--policy", pack]);
        Assert.True(exit is 0 or 1, error); // 1: check found a broken rule, never a usage error

        var bad = File("bad.json", """{"onCall": {"fairness": {"maxWeeksPerQuarter": -1}}, "qa": {"samplePercent": 500}}""");
        var (badExit, _, badError) = CliRunner.Run(string.Empty, ["oncall", command, "--schedule", path, .. extra, "--policy", bad]);
        Assert.Equal(2, badExit);
        Assert.Contains("$.onCall.fairness.maxWeeksPerQuarter", badError, StringComparison.Ordinal);
        Assert.Contains("$.qa.samplePercent", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_pack_is_refused()
    {
        var team = File("team.json", ThreePeople);
        var (exit, _, error) = CliRunner.Run(string.Empty, "oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13", "--policy", File("sla.json", """{"calendars": {}}"""));
        Assert.Equal(2, exit);
        Assert.Contains("is not a policy pack", error, StringComparison.Ordinal);
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
