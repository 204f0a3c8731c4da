using TaiSupport.Core.Policies;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>The team and schedule JSON formats (docs/oncall.md) and their error messages.</summary>
public sealed class OnCallJsonTests
{
    private static string Problems<T>(TaiSupport.Core.Serialization.LoadResult<T> result)
        where T : class => result.IsValid ? string.Empty : result.DescribeProblems();

    [Fact]
    public void ReadTeam_LevelAndParticipants_UseTheReadyRotation()
    {
        var result = OnCallJson.ReadTeam("""{"rotations": [{"level": 1, "participants": ["Sarah", "Marcus", "Jessica", "Alex"]}]}""");
        Assert.True(result.IsValid, Problems(result));
        var rotation = Assert.Single(result.Value!.Rotations);
        Assert.Equal(OnCallRotations.Support with { Participants = rotation.Participants }, rotation);
        Assert.Equal(LosAngeles, result.Value.TimeZoneId);
    }

    [Fact]
    public void ReadTeam_EveryField_IsUnderstood()
    {
        var result = OnCallJson.ReadTeam("""
            {
              "timeZone": "Europe/Berlin",
              "rotations": [
                {"level": 1, "name": "weekend", "participants": ["A", "B"], "handOff": {"day": "friday", "time": "17:00"}, "coverage": "weekend-only"},
                {"level": 2, "participants": ["C", "D"], "shiftLength": "P2W", "handOff": {"date": "2026-01-07", "time": "10:30"},
                 "coverage": {"name": "nights", "week": {"monday": [{"open": "22:00", "close": "06:00"}]}, "overrides": {"2026-12-24": [{"open": "00:00", "close": "24:00"}]}}},
                {"level": 3, "timeZone": "America/New_York", "participants": ["E"], "shiftLength": 10}
              ],
              "people": [{"name": "A", "compensation": "timeOffInLieu", "timeOff": [{"from": "2026-02-09", "to": "2026-02-15", "note": "ski trip"}]}],
              "policy": {"fairness": {"maxWeeksPerQuarter": 3, "levels": [1]}, "compensation": {"hourlyRate": 30, "weeklyStipend": {"2": 800}, "minimumCallIn": "PT30M"}}
            }
            """);
        Assert.True(result.IsValid, Problems(result));
        var team = result.Value!;
        var (weekend, nights, vp) = (team.Rotations[0], team.Rotations[1], team.Rotations[2]);
        Assert.Equal(("weekend", "Europe/Berlin", IsoDayOfWeek.Friday, new LocalTime(17, 0), "weekend-only"), (weekend.Name, weekend.TimeZoneId, weekend.HandOffDate.DayOfWeek, weekend.HandOffTime, weekend.Coverage.Name));
        Assert.Equal((ShiftLength.Days(14), new LocalDate(2026, 1, 7), new LocalTime(10, 30), "nights"), (nights.ShiftLength, nights.HandOffDate, nights.HandOffTime, nights.Coverage.Name));
        Assert.Single(nights.Coverage.Overrides);
        Assert.Equal(("America/New_York", ShiftLength.Days(10)), (vp.TimeZoneId, vp.ShiftLength));
        var a = team.Member("A");
        Assert.Equal((CompensationChoice.TimeOffInLieu, "ski trip"), (a.Compensation, a.TimeOff.Single().Note));
        Assert.Equal(3, team.Policy.Fairness.MaxWeeksPerQuarter);
        Assert.Equal([OnCallLevel.Support], team.Policy.Fairness.Levels.ToArray());
        Assert.Equal((30m, 800m, 500m, Duration.FromMinutes(30)), (team.Policy.Compensation.HourlyRate, team.Policy.Compensation.StipendFor(OnCallLevel.Engineering), team.Policy.Compensation.StipendFor(OnCallLevel.Support), team.Policy.Compensation.MinimumCallIn));
    }

    [Fact]
    public void ReadTeam_Mistakes_AreAllReportedWithTheirPaths()
    {
        var result = OnCallJson.ReadTeam("""
            {
              "timeZone": "Mars/Olympus",
              "rotations": [
                {"level": 4, "participants": ["A"]},
                {"level": 1, "participants": ["A", "A"], "shiftLength": "fortnight", "handOff": {"day": "funday"}, "coverage": "nights", "extra": 1},
                {"level": 2, "participants": ["B"], "coverage": {"week": {"monday": [{"open": "09:00", "close": "17:00"}, {"open": "16:00", "close": "18:00"}]}}}
              ],
              "people": [{"name": "Zed", "timeOff": [{"from": "2026-02-15", "to": "2026-02-09"}]}],
              "policy": {"fairness": {"maxWeeksPerQuarter": 0}}
            }
            """);
        Assert.False(result.IsValid);
        var paths = result.Problems.Select(p => p.PropertyName).ToList();
        Assert.Contains("$.rotations[0].level", paths);
        Assert.Contains("$.rotations[1].shiftLength", paths);
        Assert.Contains("$.rotations[1].handOff.day", paths);
        Assert.Contains("$.rotations[1].coverage", paths);
        Assert.Contains("$.rotations[1].extra", paths);
        Assert.Contains("$.rotations[2].coverage.week.monday[1]", paths);
        // The validator's findings come in the same pass, at the same paths as in the file.
        Assert.Contains("$.rotations[1].participants[1]", paths);
        Assert.Contains("$.people[0].name", paths);
        Assert.Contains("$.people[0].timeOff[0].to", paths);
        Assert.Contains("$.policy.fairness.maxWeeksPerQuarter", paths);
        Assert.Single(paths, p => p == "$.rotations[0].level");
        Assert.Equal("expected a coverage object, got the string \"nights\".",
            result.Problems.Single(p => p.PropertyName == "$.rotations[1].coverage").ErrorMessage);
    }

    [Fact]
    public void ReadTeam_ValidationMistakes_AreReportedWithTheirPaths()
    {
        var result = OnCallJson.ReadTeam("""
            {
              "timeZone": "Mars/Olympus",
              "rotations": [{"level": 1, "participants": ["A", "A"]}, {"level": 1, "participants": []}],
              "people": [{"name": "Zed", "timeOff": [{"from": "2026-02-15", "to": "2026-02-09"}]}],
              "policy": {"fairness": {"maxWeeksPerQuarter": 0}}
            }
            """);
        var problems = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Equal("'Mars/Olympus' is not a tzdb time-zone id (for example America/Los_Angeles or Europe/Berlin).", problems["$.timeZone"]);
        Assert.Equal("A is listed twice; each person takes one turn per cycle.", problems["$.rotations[0].participants[1]"]);
        Assert.StartsWith("level 1 already has a rotation", problems["$.rotations[1].level"], StringComparison.Ordinal);
        Assert.StartsWith("the rotation has nobody", problems["$.rotations[1].participants"], StringComparison.Ordinal);
        Assert.StartsWith("Zed is not a participant of any rotation (a typo?)", problems["$.people[0].name"], StringComparison.Ordinal);
        Assert.StartsWith("2026-02-09 is before 2026-02-15", problems["$.people[0].timeOff[0].to"], StringComparison.Ordinal);
        Assert.StartsWith("must be between 1 and 14 weeks", problems["$.policy.fairness.maxWeeksPerQuarter"], StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTeam_NotJson_SaysWhere()
    {
        var result = OnCallJson.ReadTeam("{\"rotations\": [}");
        Assert.StartsWith("the file is not valid JSON at line 1", Assert.Single(result.Problems).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_WrittenByTheGenerator_ReadsBackTheSame()
    {
        var team = ThreeLevels().WithTimeOff("Sarah", new LocalDate(2026, 2, 9), new LocalDate(2026, 2, 15))
            with { Policy = OnCallPolicy.Default with { Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 5 } } };
        var schedule = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13)).Schedule!
            .WithOverride(new OnCallOverride(OnCallLevel.Support, T("2026-01-10T09:00:00-08:00"), T("2026-01-11T09:00:00-08:00"), "Marcus") { For = "Sarah", Note = "wedding" });
        var json = OnCallJson.Write(schedule);
        Assert.Contains("\"start\": \"2026-01-05T09:00:00-08:00\"", json);
        var read = OnCallJson.ReadSchedule(json);
        Assert.True(read.IsValid, Problems(read));
        var again = read.Value!;
        Assert.Equal(schedule.Shifts.ToArray(), again.Shifts.ToArray());
        Assert.Equal(schedule.Overrides.ToArray(), again.Overrides.ToArray());
        Assert.Equal((schedule.From, schedule.To), (again.From, again.To));
        Assert.Equal(5, again.Team.Policy.Fairness.MaxWeeksPerQuarter);
        Assert.Equal(json, OnCallJson.Write(again));
    }

    [Fact]
    public void Write_ADefaultPolicy_IsLeftOut()
    {
        Assert.DoesNotContain("\"policy\"", OnCallJson.Write(ThreeLevels()));
        Assert.Contains("\"policy\"", OnCallJson.Write(ThreeLevels().WithPolicy(r => r with { BusyWeekIncidents = 5 })));
    }

    [Fact]
    public void ReadSchedule_Mistakes_AreAllReportedWithTheirPaths()
    {
        var result = OnCallJson.ReadSchedule("""
            {
              "team": {"rotations": [{"level": 1, "participants": ["Sarah", "Marcus"]}]},
              "from": "2026-01-05", "to": "2026-01-19",
              "shifts": [
                {"level": 1, "date": "2026-01-06", "person": "Sarah"},
                {"level": 1, "date": "2026-01-12", "person": "Sarrah"},
                {"level": 2, "date": "2026-01-12", "person": "Sarah"},
                {"level": 1, "date": "2026-01-05", "person": "Sarah"},
                {"level": 1, "date": "2026-01-05", "person": "Marcus"}
              ],
              "overrides": [{"level": 1, "start": "2026-01-10T09:00:00-08:00", "end": "2026-01-09T09:00:00-08:00", "person": "Marcus"}]
            }
            """);
        var problems = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Equal("2026-01-06 is not a hand-off date of rotation support (every week on Monday at 09:00 America/Los_Angeles); the shift around it starts on 2026-01-05.", problems["$.shifts[0].date"]);
        Assert.StartsWith("Sarrah is not a participant of rotation support", problems["$.shifts[1].person"], StringComparison.Ordinal);
        Assert.Equal("the team has no level 2 rotation.", problems["$.shifts[2].level"]);
        Assert.StartsWith("the level 1 shift of 2026-01-05 is assigned twice", problems["$.shifts[4].date"], StringComparison.Ordinal);
        Assert.Equal("the override must end after it starts.", problems["$.overrides[0].end"]);
    }

    [Fact]
    public void ReadSchedule_AShiftStartThatIsNotTheHandOff_IsReported()
    {
        var result = OnCallJson.ReadSchedule("""
            {"team": {"rotations": [{"level": 1, "participants": ["Sarah"]}]}, "from": "2026-01-05", "to": "2026-01-12",
             "shifts": [{"level": 1, "date": "2026-01-05", "person": "Sarah", "start": "2026-01-05T17:00:00-08:00"}]}
            """);
        Assert.Equal("2026-01-05T17:00:00-08:00 is not the shift's start: rotation support hands off every week on Monday at 09:00 America/Los_Angeles, so the shift of 2026-01-05 starts at 2026-01-05T09:00:00-08:00. Fix it or leave \"start\" out.",
            Assert.Single(result.Problems, p => p.PropertyName == "$.shifts[0].start").ErrorMessage);
    }

    [Fact]
    public void ReadSchedule_AnOverrideForTheWrongPerson_IsReported()
    {
        var result = OnCallJson.ReadSchedule("""
            {"team": {"rotations": [{"level": 1, "participants": ["Sarah", "Marcus"]}]}, "from": "2026-01-05", "to": "2026-01-12",
             "shifts": [{"level": 1, "date": "2026-01-05", "person": "Sarah"}],
             "overrides": [{"level": 1, "start": "2026-01-10T09:00:00-08:00", "end": "2026-01-11T09:00:00-08:00", "person": "Bob", "for": "Marcus"}]}
            """);
        var problems = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Equal("Marcus does not hold level 1 throughout the override; Sarah does.", problems["$.overrides[0].for"]);
        Assert.Equal("Bob is not on the team; the team is Sarah, Marcus.", problems["$.overrides[0].person"]);
    }

    [Fact]
    public void ReadSchedule_WithoutTeamOrDates_SaysWhatIsMissing()
    {
        var problems = OnCallJson.ReadSchedule("{}").Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Equal("is required.", problems["$.team"]);
        Assert.Equal("is required.", problems["$.from"]);
        Assert.Equal("is required.", problems["$.to"]);
    }

    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(60, "PT1H")]
    [InlineData(90, "PT1H30M")]
    [InlineData(24 * 60 + 5, "PT24H5M")]
    public void IsoDuration_WritesHoursAndMinutes(int minutes, string text) => Assert.Contains($"\"minimumCallIn\": \"{text}\"", TaiPolicyJson.Write(TaiPolicy.Default with { OnCall = OnCallPolicy.Default with { Compensation = OnCallPolicy.Default.Compensation with { MinimumCallIn = Duration.FromMinutes(minutes) } } }), StringComparison.Ordinal);
}
