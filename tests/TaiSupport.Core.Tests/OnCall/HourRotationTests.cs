using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>
/// Hour-based rotations (issue 17): 8- and 12-hour shifts handing off at local wall-clock times (D18), exact across the
/// DST days of 2026 in Los Angeles (spring forward Sunday 2026-03-08 02:00, fall back Sunday 2026-11-01 02:00).
/// </summary>
public sealed class HourRotationTests
{
    private static readonly string[] ThreeShifts = ["Asha", "Bo", "Cy"];

    /// <summary>Level 2, three 8-hour shifts a day handing off at 07:00, 15:00 and 23:00 Los Angeles.</summary>
    private static Rotation EightHour => OnCallRotations.Engineering.WithParticipants(ThreeShifts) with
    {
        ShiftLength = ShiftLength.Hours(8),
        HandOffDate = new LocalDate(2026, 1, 4),
        HandOffTime = new LocalTime(7, 0),
    };

    private static OnCallSchedule Plain(Rotation rotation, LocalDate from, LocalDate to) =>
        OnCallSchedule.RoundRobin(new OnCallTeam { Rotations = [rotation] }, from, to);

    [Theory]
    [InlineData("PT8H", 8)]
    [InlineData("PT12H", 12)]
    [InlineData("PT1H", 1)]
    [InlineData("PT7H", 7)]
    [InlineData("PT84H", 84)]
    public void ShiftLength_ReadsWholeHoursThatDivideADayOrAWeek(string text, int hours)
    {
        Assert.True(ShiftLength.TryParse(text, out var length));
        Assert.Equal(hours, length.HourCount);
        Assert.True(length.IsHourBased);
        Assert.Equal(text, length.ToString());
    }

    [Theory]
    [InlineData("PT5H")]
    [InlineData("PT24H")]
    [InlineData("PT48H")]
    [InlineData("PT168H")]
    [InlineData("PT0H")]
    [InlineData("PT9H")]
    public void ShiftLength_RejectsHoursThatDivideNeitherADayNorAWeek_AndWholeDays(string text) =>
        Assert.False(ShiftLength.TryParse(text, out _));

    [Fact]
    public void EightHourShifts_HandOffAtTheThreeLocalTimes_EveryDay()
    {
        var slots = OnCallSchedule.SlotsInPeriod(EightHour, new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 6));
        Assert.Equal(3, slots.Length);
        Assert.Equal([new LocalTime(7, 0), new LocalTime(15, 0), new LocalTime(23, 0)], slots.Select(s => s.Time!.Value));
        Assert.All(slots, s => Assert.Equal(Duration.FromHours(8), s.Length));
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 15, 0), slots[0].Start); // 07:00 PST
        Assert.Equal("2026-01-05 23:00", slots[2].Label);
        Assert.Equal(new LocalDate(2026, 1, 6), slots[2].NextDate);
    }

    [Fact]
    public void ShiftSpanningTheSpringForward_IsAnHourShorter_AndTheFallBack_AnHourLonger()
    {
        var spring = EightHour.SlotOn(new LocalDate(2026, 3, 7), new LocalTime(23, 0));
        Assert.Equal(Duration.FromHours(7), spring.Length);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 14, 0), spring.End); // 07:00 PDT
        var fall = EightHour.SlotOn(new LocalDate(2026, 10, 31), new LocalTime(23, 0));
        Assert.Equal(Duration.FromHours(9), fall.Length);
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 15, 0), fall.End); // 07:00 PST
        var next = EightHour.SlotOn(new LocalDate(2026, 11, 1), new LocalTime(7, 0));
        Assert.Equal(Duration.FromHours(8), next.Length);
    }

    [Fact]
    public void OneHourShifts_ASkippedHandOffIsAnEmptyShift_AndARepeatedHourIsTwoHoursLong()
    {
        var hourly = EightHour with { ShiftLength = ShiftLength.Hours(1), HandOffTime = LocalTime.Midnight };
        var skipped = hourly.SlotOn(new LocalDate(2026, 3, 8), new LocalTime(2, 0));
        Assert.Equal(Duration.Zero, skipped.Length);
        var slots = OnCallSchedule.SlotsInPeriod(hourly, new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 9));
        Assert.Equal(23, slots.Length); // the empty 02:00 shift has no holder
        Assert.DoesNotContain(slots, s => s.Time == new LocalTime(2, 0));
        var repeated = hourly.SlotOn(new LocalDate(2026, 11, 1), new LocalTime(1, 0));
        Assert.Equal(Duration.FromHours(2), repeated.Length);
    }

    [Fact]
    public void Who_AnswersTheHolderOfTheShiftAtAnInstant_AcrossTheSpringForward()
    {
        var schedule = Plain(EightHour, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 16));
        var timeline = schedule.Compile();
        var before = timeline.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 3, 8, 13, 59)); // 06:59 PDT
        var after = timeline.Who(OnCallLevel.Engineering, Instant.FromUtc(2026, 3, 8, 14, 0));  // 07:00 PDT
        Assert.Equal(schedule.ShiftOn(OnCallLevel.Engineering, new LocalDate(2026, 3, 7), new LocalTime(23, 0))!.Person, before.Person);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), before.Since); // 23:00 PST
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 14, 0), before.Until);
        Assert.NotEqual(before.Person, after.Person);
        Assert.Equal(14 * 3, schedule.Shifts.Length); // 14 days × 3 shifts
    }

    [Fact]
    public void Schedule_JsonRoundTrips_WithTheShiftTime_AndAWrongTimeIsAProblemAtItsPath()
    {
        var schedule = Plain(EightHour, new LocalDate(2026, 3, 7), new LocalDate(2026, 3, 9));
        var json = OnCallJson.Write(schedule);
        Assert.Contains("\"shiftLength\": \"PT8H\"", json);
        Assert.Contains("\"date\": \"2026-03-07\",\n      \"time\": \"23:00\"", json.Replace("\r\n", "\n"));
        var read = OnCallJson.ReadSchedule(json);
        Assert.True(read.IsValid, string.Join("; ", read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}")));
        Assert.Equal(schedule.Shifts.ToList(), read.Value!.Shifts.ToList());
        Assert.Equal(EightHour.ShiftLength, read.Value.Team.Rotations[0].ShiftLength);

        var wrong = OnCallJson.ReadSchedule(json.Replace("\"time\": \"23:00\"", "\"time\": \"22:00\""));
        Assert.False(wrong.IsValid);
        Assert.Contains(wrong.Problems, p => p.PropertyName.EndsWith(".time", StringComparison.Ordinal) && p.ErrorMessage.Contains("the shift around it starts at 2026-03-07 15:00", StringComparison.Ordinal));
        var missing = OnCallJson.ReadSchedule(json.Replace(",\n      \"time\": \"23:00\"", string.Empty).Replace(",\r\n      \"time\": \"23:00\"", string.Empty));
        Assert.False(missing.IsValid);
    }

    [Fact]
    public void DayRotation_WritesNoShiftTime_AndRejectsOne()
    {
        var schedule = Plain(OnCallRotations.Engineering.WithParticipants("Priya", "Tom"), new LocalDate(2026, 1, 4), new LocalDate(2026, 1, 18));
        var json = OnCallJson.Write(schedule);
        Assert.DoesNotContain("\"time\": \"09:00\",\n      \"person\"", json.Replace("\r\n", "\n"));
        Assert.All(schedule.Shifts, s => Assert.Null(s.Time));
        var withTime = schedule with { Shifts = [schedule.Shifts[0] with { Time = new LocalTime(9, 0) }, schedule.Shifts[1]] };
        Assert.Contains(withTime.Validate().Errors, e => e.PropertyName == "shifts[0].time");
    }

    [Fact]
    public void Generator_PlansHourShifts_AroundPartialDayTimeOff_AndTheCheckerAgrees()
    {
        var off = new TimeOff(new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 8)) { StartTime = new LocalTime(12, 0), Note = "dentist" };
        var team = new OnCallTeam
        {
            Rotations = [EightHour],
            People = [new OnCallMember { Name = "Bo", TimeOff = [off] }],
        };
        var plan = RotaGenerator.Generate(new RotaRequest { Team = team, From = new LocalDate(2026, 3, 2), To = new LocalDate(2026, 3, 16) });
        Assert.True(plan.Schedule is not null, string.Join("; ", plan.Problems.Select(p => p.Message)));
        var schedule = plan.Schedule!;
        Assert.Equal(14 * 3, schedule.Shifts.Length);
        var away = off.In(team.Zone);
        var timeline = schedule.Compile();
        Assert.All(timeline.Segments(OnCallLevel.Engineering, away.Start, away.End), s => Assert.NotEqual("Bo", s.Person));
        Assert.True(RotaChecker.Check(schedule, []).IsFair);
        // Outside the absence the plain rotation: everyone holds 14 shifts.
        Assert.All(ThreeShifts, p => Assert.Equal(14, schedule.Shifts.Count(s => s.Person == p)));
    }

    [Fact]
    public void Checker_FindsAHourShiftDuringTimeOff_AndADoubleBooking()
    {
        var schedule = Plain(EightHour, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 4));
        var holder = schedule.ShiftOn(OnCallLevel.Engineering, new LocalDate(2026, 3, 2), new LocalTime(15, 0))!.Person;
        var team = schedule.Team with
        {
            People = [new OnCallMember { Name = holder, TimeOff = [new TimeOff(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2)) { StartTime = new LocalTime(16, 0), EndTime = new LocalTime(17, 0) }] }],
        };
        var check = RotaChecker.Check(schedule with { Team = team }, []);
        var violation = Assert.Single(check.Violations);
        Assert.Equal(OnCallRuleIds.TimeOff, violation.Rule);
        Assert.Equal(holder, violation.Person);
    }

    [Fact]
    public void Pay_SharesEachWeeksStipendByHeldTime_AndTheSharesAddUpToTheStipend()
    {
        var schedule = Plain(EightHour, new LocalDate(2026, 1, 4), new LocalDate(2026, 1, 11));
        var report = OnCallPay.Report(schedule, [], new LocalDate(2026, 1, 4), new LocalDate(2026, 1, 10));
        var stipends = ThreeShifts.Select(p => report.People.Single(x => x.Person == p).Stipend).ToList();
        Assert.Equal(750m, stipends.Sum());
        Assert.All(stipends, s => Assert.InRange(s, 249.99m, 250.01m));
    }

    [Fact]
    public void Swap_TradesTwoHourShifts_AndWhoFollows()
    {
        var schedule = Plain(EightHour, new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 6));
        var morning = EightHour.SlotOn(new LocalDate(2026, 1, 5), new LocalTime(7, 0));
        var night = EightHour.SlotOn(new LocalDate(2026, 1, 5), new LocalTime(23, 0));
        var (a, b) = (schedule.ShiftFor(OnCallLevel.Engineering, morning)!.Person, schedule.ShiftFor(OnCallLevel.Engineering, night)!.Person);
        var swapped = schedule.Swap(OnCallLevel.Engineering, morning, night).Compile();
        Assert.Equal(b, swapped.Who(OnCallLevel.Engineering, morning.Start).Person);
        Assert.Equal(a, swapped.Who(OnCallLevel.Engineering, night.Start + Duration.FromHours(1)).Person);
        Assert.NotNull(ShiftPart.WholeShift(schedule, OnCallLevel.Engineering, new LocalDate(2026, 1, 5), new LocalTime(15, 0)));
        Assert.Null(ShiftPart.WholeShift(schedule, OnCallLevel.Engineering, new LocalDate(2026, 1, 5), new LocalTime(16, 0)));
        Assert.Null(ShiftPart.WholeShift(schedule, OnCallLevel.Engineering, new LocalDate(2026, 1, 5)));
    }
}
