using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary><c>tai oncall repair|explain</c> and <c>who</c> with holidays and absences, run in-process (issue 17; docs/oncall.md).</summary>
public sealed class OnCallRepairCommandTests : IDisposable
{
    private const string Team = """
        {"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]}],"holidaySets":["us-federal"],
         "people":[{"name":"Jessica","offOnHolidays":true}]}
        """;

    private const string TeamWithLeave = """
        {"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]}],"holidaySets":["us-federal"],
         "people":[{"name":"Jessica","offOnHolidays":true},
                   {"name":"Marcus","timeOff":[{"from":"2026-02-10","to":"2026-02-10","fromTime":"18:00","toTime":"23:00","note":"school play"}]}]}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("tai-oncall-repair-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Repair_NewPartialDayLeave_ChangesOneWeek_AndWhoShowsHolidaysAndAbsences()
    {
        var (code, _, error) = Run("oncall", "plan", "--team", File("team.json", Team), "--from", "2026-01-05", "--weeks", "13", "--out", Path("published.json"));
        Assert.Equal((0, string.Empty), (code, error));
        var published = OnCallJson.ReadSchedule(System.IO.File.ReadAllText(Path("published.json"))).GetValueOrThrow();
        Assert.NotEqual("Jessica", published.ShiftOn(OnCallLevel.Support, new LocalDate(2026, 1, 19))!.Person); // MLK Day

        (code, var output, error) = Run("oncall", "repair", "--schedule", Path("published.json"), "--team", File("team2.json", TeamWithLeave), "--out", Path("repaired.json"));
        Assert.Equal((0, string.Empty), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-02-09", json.RootElement.GetProperty("affectedFrom").GetString());
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray().ToList());
        Assert.Equal(("2026-02-09", "Marcus"), (change.GetProperty("date").GetString(), change.GetProperty("before").GetString()));
        var repaired = OnCallJson.ReadSchedule(System.IO.File.ReadAllText(Path("repaired.json"))).GetValueOrThrow();
        Assert.True(RotaChecker.Check(repaired).IsFair);
        Assert.Equal(published.Shifts.Where(s => s.Date != new LocalDate(2026, 2, 9)), repaired.Shifts.Where(s => s.Date != new LocalDate(2026, 2, 9)));

        (code, output, _) = Run("oncall", "who", "--schedule", Path("published.json"), "--at", "2026-01-19T20:00:00-08:00");
        Assert.Equal(0, code);
        Assert.Contains("\"holiday\":\"Birthday of Martin Luther King, Jr.\"", output, StringComparison.Ordinal);
        var stale = published with { Team = OnCallJson.ReadTeam(TeamWithLeave).GetValueOrThrow() };
        (code, output, _) = Run("oncall", "who", "--schedule", File("stale.json", OnCallJson.Write(stale)), "--at", "2026-02-10T19:00:00-08:00");
        Assert.Equal(0, code);
        Assert.Contains("\"away\":\"2026-02-10 18:00..2026-02-10 23:00 (school play)\"", output, StringComparison.Ordinal);
        (_, output, _) = Run("oncall", "who", "--schedule", Path("repaired.json"), "--at", "2026-02-10T19:00:00-08:00");
        Assert.DoesNotContain("away", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Impossible_ListsTheMinimalConflictSet_AndExitsOne()
    {
        var team = File("t.json", """
            {"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]}],
             "people":[{"name":"Alex","timeOff":[{"from":"2026-01-01","to":"2026-04-30","note":"parental leave"}]},
                       {"name":"Sarah","timeOff":[{"from":"2026-01-06","to":"2026-01-06","fromTime":"13:00"}]}]}
            """);
        var (code, output, error) = Run("oncall", "explain", "--team", team, "--from", "2026-01-05", "--weeks", "13");
        Assert.Equal((1, string.Empty), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("feasible").GetBoolean());
        Assert.Equal(["oncall.quarter-limit", "people[0].timeOff[0]"], json.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        (code, output, _) = Run("oncall", "explain", "--team", File("ok.json", Team), "--from", "2026-01-05", "--weeks", "13");
        Assert.Equal(0, code);
        Assert.Contains("\"feasible\": true", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_TeamThatNoLongerFits_IsABadInputNotACrash()
    {
        Run("oncall", "plan", "--team", File("team.json", Team), "--from", "2026-01-05", "--weeks", "4", "--out", Path("p.json"));
        var (code, _, error) = Run("oncall", "repair", "--schedule", Path("p.json"), "--team", File("other.json", """{"rotations":[{"level":2,"participants":["Priya","Tom"]}]}"""));
        Assert.Equal(2, code);
        Assert.Contains("--team", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Absences_ListsHolidaysAndPartialDaysWithTheirInstants_AcrossDst()
    {
        var team = File("t.json", """
            {"rotations":[{"level":1,"participants":["Sarah","Marcus"]}],"holidaySets":["us-federal"],
             "people":[{"name":"Sarah","offOnHolidays":true,"timeOff":[{"from":"2026-03-08","to":"2026-03-08","fromTime":"02:30","toTime":"09:00"}]},
                       {"name":"Marcus","leaves":"2026-06-01"}]}
            """);
        var (code, output, error) = Run("oncall", "absences", "--team", team, "--from", "2026-01-01", "--to", "2026-03-31");
        Assert.Equal((0, string.Empty), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("holidays").EnumerateArray(), h => h.GetProperty("date").GetString() == "2026-01-19");
        var sarah = json.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetString() == "Sarah").GetProperty("absences").EnumerateArray().ToList();
        var spring = sarah.Single(a => a.TryGetProperty("fromTime", out _));
        Assert.Equal(("2026-03-08T03:00:00-07:00", "2026-03-08T09:00:00-07:00"), (spring.GetProperty("start").GetString(), spring.GetProperty("end").GetString()));
        Assert.Contains(sarah, a => a.GetProperty("note").GetString() == "public holiday: Birthday of Martin Luther King, Jr.");
        Assert.DoesNotContain(json.RootElement.GetProperty("people").EnumerateArray(), p => p.GetProperty("person").GetString() == "Marcus"); // leaves after the period
    }

    private string Path(string name) => System.IO.Path.Combine(folder, name);

    private string File(string name, string text)
    {
        System.IO.File.WriteAllText(Path(name), text);
        return Path(name);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TaiApp.Run(args, new CliContext(new StringReader(string.Empty), output, error));
        return (code, output.ToString(), error.ToString());
    }
}
