using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Tests.Json;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>
/// Partial-day leave, team public holidays and roster changes over time (issue 17, manual §5.4, D19): both sides of the
/// time-off rule in the generator and the checker, DST days, JSON.
/// </summary>
public sealed class AbsenceTests
{
    private static OnCallTeam SupportTeam(params OnCallMember[] people) =>
        Team(OnCallRotations.Support.WithParticipants(Support)) with { People = [.. people] };

    private static string[] Holders(OnCallSchedule schedule, OnCallLevel level) =>
        [.. schedule.Shifts.Where(s => s.Level == level).OrderBy(s => s.Date).Select(s => s.Person)];

    private static OnCallMember Off(string name, TimeOff off) => new() { Name = name, TimeOff = [off] };

    private static TimeOff Partial(LocalDate date, int fromHour, int toHour) =>
        new(date, date) { StartTime = new LocalTime(fromHour, 0), EndTime = new LocalTime(toHour, 0) };

    [Fact]
    public void Generate_PartialDayOutsideCoverage_KeepsThePersonOnTheirWeek()
    {
        // Support covers weekday evenings 17:00–09:00: Tuesday 12:00–16:00 off does not touch it.
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(SupportTeam(Off("Sarah", Partial(new(2026, 1, 6), 12, 16))), Q1, 4));
        Assert.True(plan.Succeeded);
        Assert.Equal("Sarah", Holders(plan.Schedule!, OnCallLevel.Support)[0]);
        Assert.True(RotaChecker.Check(plan.Schedule!).IsFair);
    }

    [Fact]
    public void Generate_PartialDayInsideCoverage_NeverRostersThePerson()
    {
        // Tuesday 18:00–22:00 off is inside the evening coverage: Sarah cannot hold the week of 2026-01-05.
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(SupportTeam(Off("Sarah", Partial(new(2026, 1, 6), 18, 22))), Q1, 4));
        Assert.True(plan.Succeeded);
        var holders = Holders(plan.Schedule!, OnCallLevel.Support);
        Assert.NotEqual("Sarah", holders[0]);
        Assert.Contains("Sarah", holders);
    }

    [Fact]
    public void Check_PartialDay_FlagsOnlyTheOverlappingSide()
    {
        var inside = OnCallSchedule.RoundRobin(SupportTeam(Off("Sarah", Partial(new(2026, 1, 6), 18, 22))), Q1, Q1.PlusWeeks(4));
        var violation = Assert.Single(RotaChecker.Check(inside).Violations);
        Assert.Equal(OnCallRuleIds.TimeOff, violation.Rule);
        Assert.Contains("2026-01-06 18:00..2026-01-06 22:00", violation.Message, StringComparison.Ordinal);

        var outside = OnCallSchedule.RoundRobin(SupportTeam(Off("Sarah", Partial(new(2026, 1, 6), 12, 16))), Q1, Q1.PlusWeeks(4));
        Assert.True(RotaChecker.Check(outside).IsFair);
    }

    [Fact]
    public void TimeOff_OnDstDays_MapsLocalTimesByTheHandOffRule()
    {
        var la = DateTimeZoneProviders.Tzdb[LosAngeles];
        // 2026-03-08 02:30 does not exist in Los Angeles: the absence starts at the transition, 03:00 PDT.
        var spring = new TimeOff(new(2026, 3, 8), new(2026, 3, 8)) { StartTime = new LocalTime(2, 30), EndTime = new LocalTime(4, 0) }.In(la);
        Assert.Equal(T("2026-03-08T03:00:00-07:00"), spring.Start);
        Assert.Equal(Duration.FromHours(1), spring.Duration);
        // 2026-11-01 01:30 happens twice: the first occurrence (PDT) counts, so 01:30–02:00 is 1.5 hours.
        var fall = new TimeOff(new(2026, 11, 1), new(2026, 11, 1)) { StartTime = new LocalTime(1, 30), EndTime = new LocalTime(2, 0) }.In(la);
        Assert.Equal(T("2026-11-01T01:30:00-07:00"), fall.Start);
        Assert.Equal(Duration.FromMinutes(90), fall.Duration);
        // A whole fall-back day is 25 hours.
        Assert.Equal(Duration.FromHours(25), new TimeOff(new(2026, 11, 1), new(2026, 11, 1)).In(la).Duration);
    }

    [Fact]
    public void Generate_LeaveOnTheSpringForwardNight_KeepsTheEngineerOffThatShiftOnly()
    {
        // Level 2 hands off Sundays 09:00; 02:30–03:30 on 2026-03-08 is the last night of the shift of 2026-03-01.
        var team = Team(OnCallRotations.Engineering.WithParticipants(Engineers)) with
        {
            People = [new OnCallMember { Name = "Priya", TimeOff = [new TimeOff(new(2026, 3, 8), new(2026, 3, 8)) { StartTime = new LocalTime(2, 30), EndTime = new LocalTime(3, 30) }] }],
        };
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, new LocalDate(2026, 2, 22), 4));
        Assert.True(plan.Succeeded);
        var shifts = plan.Schedule!.Shifts.ToDictionary(s => s.Date, s => s.Person);
        Assert.NotEqual("Priya", shifts[new LocalDate(2026, 3, 1)]);
        Assert.Contains("Priya", shifts.Values);
        var timeline = plan.Schedule.Compile();
        Assert.NotEqual("Priya", timeline.Who(OnCallLevel.Engineering, T("2026-03-08T03:15:00-07:00")).OnCall);
    }

    [Fact]
    public void PublicHolidays_FromTheTeamsSetsAndDates_AreNamed()
    {
        var team = SupportTeam() with { HolidaySets = ["us-federal"], Holidays = [new LocalDate(2026, 12, 24)] };
        var holidays = team.PublicHolidays(new(2026, 1, 1), new(2026, 12, 31));
        Assert.Contains(holidays, h => h.Date == new LocalDate(2026, 1, 19) && h.Name.Contains("Birthday of Martin Luther King", StringComparison.Ordinal));
        Assert.Contains(holidays, h => h.Date == new LocalDate(2026, 12, 24) && h.Name == OnCallTeam.TeamHolidayName);
        Assert.Null(team.HolidayOn(new LocalDate(2026, 1, 20)));
    }

    [Fact]
    public void Generate_PersonOffOnHolidays_IsNotRosteredOverAHoliday_AndIsWhenWorkingThem()
    {
        // MLK Day, Monday 2026-01-19: Jessica holds the week of 2026-01-19 in the plain rotation order…
        var observing = SupportTeam(new OnCallMember { Name = "Jessica", OffOnHolidays = true }) with { HolidaySets = ["us-federal"] };
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(observing, Q1, 4));
        Assert.True(plan.Succeeded);
        var week3 = plan.Schedule!.ShiftOn(OnCallLevel.Support, new LocalDate(2026, 1, 19))!.Person;
        Assert.NotEqual("Jessica", week3);
        // …the holiday is an absence only for people who observe it.
        var working = RotaGenerator.Generate(RotaRequest.ForWeeks(observing with { People = [] }, Q1, 4));
        Assert.Equal(["Sarah", "Marcus", "Jessica", "Alex"], Holders(working.Schedule!, OnCallLevel.Support));
        var check = RotaChecker.Check(working.Schedule! with { Team = observing });
        var violation = Assert.Single(check.Violations);
        Assert.Equal("Jessica", violation.Person);
        Assert.Contains("(public holiday: Birthday of Martin Luther King", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_JoinsAndLeaves_RostersPeopleOnlyWhileOnTheTeam()
    {
        var team = SupportTeam(new OnCallMember { Name = "Alex", Joins = new LocalDate(2026, 2, 2) }, new OnCallMember { Name = "Sarah", Leaves = new LocalDate(2026, 3, 2) });
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, Q1, 13));
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        var shifts = plan.Schedule!.Shifts;
        Assert.DoesNotContain(shifts, s => s.Person == "Alex" && s.Date < new LocalDate(2026, 2, 2));
        Assert.DoesNotContain(shifts, s => s.Person == "Sarah" && s.Date.PlusDays(7) > new LocalDate(2026, 3, 2));
        Assert.Contains(shifts, s => s.Person == "Alex");
        Assert.True(RotaChecker.Check(plan.Schedule).IsFair);

        var plain = OnCallSchedule.RoundRobin(team, Q1, Q1.PlusWeeks(13));
        var broken = RotaChecker.Check(plain).Violations;
        Assert.Contains(broken, v => v.Person == "Alex" && v.Message.Contains("joins the team on 2026-02-02", StringComparison.Ordinal));
        Assert.Contains(broken, v => v.Person == "Sarah" && v.Message.Contains("left the team on 2026-03-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadHolidaySetPartialDayAndLeaveDates_NameTheirPaths()
    {
        var result = OnCallJson.ReadTeam("""
            {"rotations":[{"level":1,"participants":["Sarah","Marcus"]}],"holidaySets":["mars"],
             "people":[{"name":"Sarah","joins":"2026-03-01","leaves":"2026-02-01","holidaySets":["nope"],
                        "timeOff":[{"from":"2026-01-06","to":"2026-01-06","fromTime":"18:00","toTime":"17:00"}]}]}
            """);
        Assert.False(result.IsValid);
        var paths = result.Problems.Select(p => p.PropertyName).ToHashSet();
        Assert.Contains("$.holidaySets[0]", paths);
        Assert.Contains("$.people[0].holidaySets[0]", paths);
        Assert.Contains("$.people[0].leaves", paths);
        Assert.Contains("$.people[0].timeOff[0].toTime", paths);
    }

    [Fact]
    public void Json_NewFields_RoundTrip_AndOldTeamsWriteAsBefore()
    {
        const string Text = """
            {"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]}],"holidaySets":["us-federal"],"holidays":["2026-12-24"],
             "people":[{"name":"Sarah","offOnHolidays":true,"holidaySets":["gb-england-wales"],"joins":"2026-01-12","leaves":"2026-12-01",
                        "timeOff":[{"from":"2026-02-10","to":"2026-02-10","fromTime":"12:00","note":"dentist"},{"from":"2026-03-01","to":"2026-03-02","toTime":"09:30"}]}]}
            """;
        var team = OnCallJson.ReadTeam(Text).GetValueOrThrow();
        var sarah = team.Member("Sarah");
        Assert.Equal(new LocalTime(12, 0), sarah.TimeOff[0].StartTime);
        Assert.Null(sarah.TimeOff[0].EndTime);
        Assert.Equal(new LocalTime(9, 30), sarah.TimeOff[1].EndTime);
        Assert.True(sarah.OffOnHolidays);
        var written = OnCallJson.Write(team);
        Assert.Equal(written, OnCallJson.Write(OnCallJson.ReadTeam(written).GetValueOrThrow()));
        Assert.Contains("\"fromTime\": \"12:00\"", written, StringComparison.Ordinal);

        var old = OnCallJson.Write(Team(OnCallRotations.Support.WithParticipants(Support)).WithTimeOff("Sarah", Q1, Q1));
        Assert.DoesNotContain("holiday", old, StringComparison.Ordinal);
        Assert.DoesNotContain("Time", old.Replace("timeOff", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Read(Write(x)) == x for teams with random non-default absences, holidays and roster dates (compared through the writer).</summary>
    [Property(MaxTest = 100)]
    public Property Json_RandomAbsences_RoundTrip() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var day = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 700));
            LocalTime? Time() => random.Next(3) == 0 ? null : new LocalTime(random.Next(0, 24), random.Next(0, 4) * 15);
            var people = Support.Take(random.Next(1, 5)).Select(name => new OnCallMember
            {
                Name = name,
                Compensation = random.Next(2) == 0 ? CompensationChoice.Pay : CompensationChoice.TimeOffInLieu,
                TimeOff = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => new TimeOff(day, day.PlusDays(random.Next(1, 9))) { StartTime = Time(), EndTime = Time() })],
                OffOnHolidays = random.Next(2) == 0,
                HolidaySets = random.Next(3) == 0 ? ["de-national"] : [],
                Joins = random.Next(3) == 0 ? day.PlusDays(-random.Next(1, 30)) : null,
                Leaves = random.Next(3) == 0 ? day.PlusDays(random.Next(30, 90)) : null,
            });
            var team = Team(OnCallRotations.Support.WithParticipants(Support)) with
            {
                People = [.. people],
                HolidaySets = random.Next(2) == 0 ? ["us-federal"] : [],
                Holidays = random.Next(2) == 0 ? [day.PlusDays(3)] : ImmutableSortedSet<LocalDate>.Empty,
            };
            var written = OnCallJson.Write(team);
            var read = OnCallJson.ReadTeam(written);
            return (read.IsValid && OnCallJson.Write(read.GetValueOrThrow()) == written).Label($"seed {seed}: {written}");
        });

    [Fact]
    public void Json_SeededFuzzOfTheNewFields_GivesProblemsNeverAnException()
    {
        const string Valid = """
            {"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]}],"holidaySets":["us-federal"],"holidays":["2026-12-24"],
             "people":[{"name":"Sarah","offOnHolidays":true,"holidaySets":["gb-england-wales"],"joins":"2026-01-12","leaves":"2026-12-01",
                        "timeOff":[{"from":"2026-02-10","to":"2026-02-10","fromTime":"12:00","toTime":"17:30"}]}]}
            """;
        Assert.True(OnCallJson.ReadTeam(Valid).IsValid);
        var random = new Random(1717);
        for (var i = 0; i < 400; i++)
        {
            var mutated = i % 2 == 0 ? ReaderFuzzTests.MutateText(Valid, random) : ReaderFuzzTests.MutateField(Valid, random);
            var result = OnCallJson.ReadTeam(mutated);
            Assert.True(result.IsValid || result.Problems.Count > 0, mutated);
            Assert.All(result.Problems, p => Assert.StartsWith("$", p.PropertyName, StringComparison.Ordinal));
            if (result.IsValid)
            {
                _ = RotaGenerator.Generate(RotaRequest.ForWeeks(result.GetValueOrThrow(), Q1, 2)); // never throws for a valid team
            }
        }
    }
}
