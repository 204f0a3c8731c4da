using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary><c>tai oncall plan|who|check|pay</c>, run in-process (docs/oncall.md, docs/cli.md).</summary>
public sealed class OnCallCommandTests : IDisposable
{
    private const string TeamJson = """
        {
          "rotations": [
            {"level": 1, "participants": ["Sarah", "Marcus", "Jessica", "Alex"]},
            {"level": 2, "participants": ["Priya", "Tom", "Chen", "Ana"]},
            {"level": 3, "participants": ["VP Product #1", "VP Product #2", "VP Product #3"]}
          ],
          "people": [{"name": "Jessica", "compensation": "timeOffInLieu", "timeOff": [{"from": "2026-02-16", "to": "2026-02-20"}]}]
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("tai-oncall-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Plan_WritesAScheduleThatWhoCheckAndPayRead()
    {
        var (code, output, error) = Run("oncall", "plan", "--team", File("team.json", TeamJson), "--from", "2026-01-05", "--weeks", "13", "--ics", Path("rota.ics"));
        Assert.Equal((0, string.Empty), (code, error));
        var schedule = OnCallJson.ReadSchedule(output);
        Assert.True(schedule.IsValid, schedule.IsValid ? null : schedule.DescribeProblems());
        Assert.True(RotaChecker.Check(schedule.Value!).IsFair);
        Assert.NotEqual("Jessica", schedule.Value!.ShiftOn(OnCallLevel.Support, new LocalDate(2026, 2, 16))!.Person); // ski trip
        var ics = System.IO.File.ReadAllText(Path("rota.ics"));
        Assert.Equal(13 + 14 + 4, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("DTSTART:20260308T160000Z", ics); // Level 2 hands off 2026-03-08 09:00 PDT
        Assert.Contains("SUMMARY:On call level 1 (support): Sarah", ics);
    }

    [Fact]
    public void Plan_Table_ShowsTheRotaAndTheSoftGoal()
    {
        var (code, output, _) = Run("oncall", "plan", "--team", File("team.json", TeamJson), "--from", "2026-01-05", "--weeks", "13", "--table", "--out", Path("s.json"));
        Assert.Equal(0, code);
        Assert.Contains("  1   Mon 2026-01-05 09:00 PST Mon 2026-01-12 09:00 PST Sarah", output);
        Assert.Contains("  9   Sun 2026-03-01 09:00 PST Sun 2026-03-08 09:00 PDT Priya", output);
        Assert.Contains("level 1 (support) shifts per person: Sarah 4, Marcus 3, Jessica 3, Alex 3.", output);
        Assert.True(OnCallJson.ReadSchedule(System.IO.File.ReadAllText(Path("s.json"))).IsValid);
    }

    [Fact]
    public void Plan_ThreePeople_SaysWhatWouldFixIt_AndExitsOne()
    {
        var team = File("team.json", """{"rotations": [{"level": 1, "participants": ["Sarah", "Marcus", "Jessica"]}]}""");
        var (code, output, error) = Run("oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13");
        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains("[oncall.quarter-limit] Rotation support has 13 weeks to staff", error);
        Assert.Contains("fix: needs at least 4 people: add 1 to rotation support, or raise maxWeeksPerQuarter.", error);
    }

    [Fact]
    public void Plan_ABadTeam_NamesEveryFieldAndExitsTwo()
    {
        var team = File("team.json", """{"rotations": [{"level": 5, "participants": ["A"]}, {"level": 1, "participants": "A"}]}""");
        var (code, _, error) = Run("oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13");
        Assert.Equal(2, code);
        Assert.Contains("$.rotations[0].level: 5 is not a level; use 1 (support), 2 (engineering) or 3 (VP Product).", error);
        Assert.Contains("$.rotations[1].participants: expected an array, got the string \"A\".", error);
    }

    [Theory]
    [InlineData("--weeks", "0", "--weeks: must be between 1 and 520, got 0.")]
    [InlineData("--from", "05/01/2026", "--from: \"05/01/2026\" is not a date; write yyyy-MM-dd such as 2026-01-05.")]
    public void Plan_BadOptions_ExitTwo(string option, string value, string message)
    {
        var args = new Dictionary<string, string> { ["--from"] = "2026-01-05", ["--weeks"] = "13", [option] = value };
        var (code, _, error) = Run(["oncall", "plan", "--team", File("team.json", TeamJson), .. args.SelectMany(p => new[] { p.Key, p.Value })]);
        Assert.Equal((2, $"error: {message}"), (code, error.Trim()));
    }

    [Fact]
    public void Who_At_AnswersEveryLevel()
    {
        var schedule = Planned();
        var (code, output, _) = Run("oncall", "who", "--schedule", schedule, "--at", "2026-01-06T12:00:00-08:00");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var levels = json.RootElement.GetProperty("levels");
        Assert.Equal(JsonValueKind.Null, levels[0].GetProperty("onCall").ValueKind); // Level 1 sleeps during business hours
        Assert.Equal("Sarah", levels[0].GetProperty("holder").GetString());
        Assert.Equal("Priya", levels[1].GetProperty("onCall").GetString());
        Assert.Equal("2026-01-11T09:00:00-08:00", levels[1].GetProperty("until").GetString());
    }

    [Fact]
    public void Who_Input_AnswersEachLine_AndFlagsBadOnes()
    {
        var (code, output, error) = Run(
            ["oncall", "who", "--schedule", Planned(), "--input", "-"],
            "{\"id\":\"a\",\"at\":\"2026-03-08T10:00:00-07:00\"}\n{\"id\":\"b\"}\n");
        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("{\"id\":\"a\",\"at\":\"2026-03-08T10:00:00-07:00\",\"levels\":[{\"level\":1,\"rotation\":\"support\",\"onCall\":\"Sarah\"", lines[0], StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"b\",\"error\":\"at: is required.\"}", lines[1]);
        Assert.Contains("line 2 (id \"b\"): at: is required.", error);
    }

    [Fact]
    public void Who_WithoutAtOrInput_ExitsTwo()
    {
        var (code, _, error) = Run("oncall", "who", "--schedule", Planned());
        Assert.Equal((2, "error: give exactly one of --at and --input."), (code, error.Trim()));
    }

    [Fact]
    public void Check_AHandEditedScheduleWithViolations_ListsThemAndExitsOne()
    {
        var schedule = OnCallJson.ReadSchedule(System.IO.File.ReadAllText(Planned())).Value!;
        schedule = schedule.Swap(OnCallLevel.Support, new LocalDate(2026, 1, 12), new LocalDate(2026, 2, 2))
            .Swap(OnCallLevel.Support, new LocalDate(2026, 1, 19), new LocalDate(2026, 3, 2)); // Sarah three weeks running
        var path = File("edited.json", OnCallJson.Write(schedule));
        var incidents = File("incidents.jsonl", string.Join('\n', Enumerable.Range(6, 4).Select(d => $"{{\"id\":{d},\"at\":\"2026-01-{d:00}T20:00:00-08:00\"}}")));
        var (code, output, _) = Run("oncall", "check", "--schedule", path, "--incidents", incidents);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("person").GetString())).ToList();
        Assert.Contains((OnCallRuleIds.ConsecutiveEvenings, "Sarah"), rules);
        Assert.Contains((OnCallRuleIds.BusyWeekRest, "Sarah"), rules);
        var (_, table, _) = Run("oncall", "check", "--schedule", path, "--table");
        Assert.Contains("[oncall.consecutive-evenings] Sarah works the evening shift 3 weeks in a row", table);
    }

    [Fact]
    public void Check_BadIncidentLines_AreAllListed_AndExitTwo()
    {
        var incidents = File("incidents.jsonl", "{\"at\":\"yesterday\"}\nnot json\n{\"at\":\"2026-01-06T20:00:00-08:00\",\"level\":7}\n");
        var (code, _, error) = Run("oncall", "check", "--schedule", Planned(), "--incidents", incidents);
        Assert.Equal(2, code);
        Assert.Contains("line 1: at: \"yesterday\" is not a date-time with offset", error);
        Assert.Contains("line 2: not valid JSON", error);
        Assert.Contains("line 3: level: must be between 1 and 3, got 7.", error);
    }

    [Fact]
    public void Pay_AFifteenMinuteCallIn_IsPaidAsOneHour()
    {
        var callIns = File("callins.jsonl", "{\"id\":\"c1\",\"person\":\"Sarah\",\"start\":\"2026-01-06T22:10:00-08:00\",\"end\":\"2026-01-06T22:25:00-08:00\"}\n");
        var (code, output, _) = Run("oncall", "pay", "--schedule", Planned(), "--callins", callIns, "--from", "2026-01-05", "--to", "2026-04-05");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sarah = json.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetString() == "Sarah");
        Assert.Equal(("PT15M", "PT1H", 25m, 2025m), (sarah.GetProperty("callInTime").GetString(), sarah.GetProperty("countedCallInTime").GetString(), sarah.GetProperty("callInPay").GetDecimal(), sarah.GetProperty("totalPay").GetDecimal()));
        var jessica = json.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetString() == "Jessica");
        Assert.Equal(("timeOffInLieu", "PT24H", 0m), (jessica.GetProperty("compensation").GetString(), jessica.GetProperty("totalTimeOff").GetString(), jessica.GetProperty("totalPay").GetDecimal()));
    }

    [Fact]
    public void Pay_ACallInForSomeoneNotOnTheTeam_IsRejectedAsATypo()
    {
        var callIns = File("callins.jsonl", "{\"id\":\"c9\",\"person\":\"Sarrah\",\"start\":\"2026-01-06T22:10:00-08:00\",\"end\":\"2026-01-06T22:25:00-08:00\"}\n");
        var (code, _, error) = Run("oncall", "pay", "--schedule", Planned(), "--callins", callIns, "--from", "2026-01-05", "--to", "2026-04-05");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --callins: not on the team (a typo?): c9 names Sarrah.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_ToBeforeFrom_ExitsTwo()
    {
        var (code, _, error) = Run("oncall", "pay", "--schedule", Planned(), "--callins", File("c.jsonl", string.Empty), "--from", "2026-04-05", "--to", "2026-01-05");
        Assert.Equal((2, "error: --to: 2026-01-05 is before --from 2026-04-05."), (code, error.Trim()));
    }

    [Fact]
    public void Demo_ShowsOnCall()
    {
        var (code, output, _) = Run();
        Assert.Equal(0, code);
        Assert.Contains(". On-call rotas (manual §5, D18–D20)", output);
        Assert.Contains("who is on call Sunday 2026-03-08 10:00 PDT (the spring-forward day): level 1 Sarah, level 2 Tom, level 3 VP Product #3", output);
        Assert.Contains("with 3 people instead: needs at least 4 people", output);
    }

    private string Planned()
    {
        var (code, output, error) = Run("oncall", "plan", "--team", File("team.json", TeamJson), "--from", "2026-01-05", "--weeks", "13");
        Assert.True(code == 0, error);
        return File("schedule.json", output);
    }

    private string Path(string name) => System.IO.Path.Combine(folder, name);

    private string File(string name, string text)
    {
        System.IO.File.WriteAllText(Path(name), text);
        return Path(name);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Run(args, string.Empty);

    private static (int Code, string Output, string Error) Run(string[] args, string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (code, output.ToString(), error.ToString());
    }
}
