using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A rotation, the same rotation with one change from a date, and instants to ask about.</summary>
public sealed record RotationChangeCase(Rotation Plain, Rotation Changed, RotationChange Change, ImmutableArray<long> Offsets)
{
    /// <summary>The rotation a team would start fresh at the change.</summary>
    public Rotation Fresh => Plain with { HandOffDate = Change.From, ShiftLength = Change.Length ?? Plain.ShiftLength, Participants = Change.Order ?? Plain.Participants };

    public Instant ChangeStart => Plain.HandOff(Change.From);

    public override string ToString() =>
        $"{Plain.TimeZoneId} {Plain.ShiftLength} from {Plain.HandOffDate} {Plain.HandOffTime}; change {Change.From} {Change.Length} [{string.Join(",", Change.Order ?? [])}]";
}

/// <summary>
/// Rotation changes from a date (issue 17): before the change's hand-off every instant has the same shift as the
/// unchanged rotation (only the shift in progress is cut there); from it on, the shifts are those of a fresh rotation
/// anchored at the change; the plain rota across the change keeps its past holders and starts the new order fresh;
/// and the JSON of changes round-trips and never throws on mutated bytes.
/// </summary>
public sealed class RotationChangeProperties
{
    private static readonly string[] Zones = ["America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia", "UTC"];

    private static readonly string[] Names = ["Ana", "Ben", "Chen", "Dee", "Eli", "Fay"];

    private static readonly Gen<ShiftLength> DayLengths = Gen.Elements(ShiftLength.Week, ShiftLength.Month, ShiftLength.Days(3), ShiftLength.Days(10), ShiftLength.Days(14), ShiftLength.Months(2));

    private static readonly Gen<ShiftLength> HourLengths = Gen.Elements(ShiftLength.Hours(8), ShiftLength.Hours(12), ShiftLength.Hours(6), ShiftLength.Hours(56));

    public static Gen<RotationChangeCase> Case { get; } =
        from zone in Gen.Elements(Zones)
        from hourly in Gen.Elements(false, true)
        from length in hourly ? HourLengths : DayLengths
        from newLength in Gen.OneOf(Gen.Constant<ShiftLength?>(null), (hourly ? HourLengths : DayLengths).Select(l => (ShiftLength?)l))
        from year in Gen.Choose(2010, 2027)
        from day in Gen.Choose(0, 364)
        from after in Gen.Choose(1, 80)
        from minute in Gen.Choose(0, 1439)
        from people in Gen.Choose(1, 4)
        from newPeople in Gen.Choose(0, 5)
        from shuffle in Gen.Choose(0, 5)
        from offsets in Gen.ListOf(Gen.Choose(-60 * 24 * 40, 60 * 24 * 40).Select(m => (long)m), 12)
        let anchor = new LocalDate(year, 1, 1).PlusDays(day)
        let plain = new Rotation
        {
            Name = "support",
            Level = OnCallLevel.Support,
            TimeZoneId = zone,
            ShiftLength = length,
            HandOffDate = anchor,
            HandOffTime = LocalTime.Midnight.PlusMinutes(minute),
            Participants = [.. Names.Take(people)],
        }
        let change = new RotationChange(anchor.PlusDays(after), newLength, newPeople == 0 ? null : [.. Names.Skip(shuffle).Concat(Names.Take(shuffle)).Take(newPeople)])
        select new RotationChangeCase(plain, plain with { Changes = [change] }, change, [.. offsets]);

    [Property(MaxTest = 300)]
    public Property BeforeTheChange_EveryInstantHasTheUnchangedShift_CutAtTheChange() =>
        Prop.ForAll(Arb.From(Case), x =>
        {
            var wrong = x.Offsets.Select(m => x.ChangeStart - Duration.FromMinutes(Math.Abs(m) + 1)).Where(t =>
            {
                var (before, plain) = (x.Changed.SlotAt(t), x.Plain.SlotAt(t));
                var cut = plain.End > x.ChangeStart;
                return before.Index != plain.Index || before.Date != plain.Date || before.Start != plain.Start || before.Time != plain.Time
                    || before.End != (cut ? x.ChangeStart : plain.End) || before.NextDate != (cut ? x.Change.From : plain.NextDate)
                    || !x.Changed.ParticipantsFor(before).SequenceEqual(x.Plain.Participants);
            }).ToList();
            return (wrong.Count == 0).Label($"differs at {string.Join(", ", wrong)}");
        });

    [Property(MaxTest = 300)]
    public Property FromTheChange_TheShiftsAreThoseOfAFreshRotationAnchoredThere() =>
        Prop.ForAll(Arb.From(Case), x =>
        {
            var first = x.Changed.SlotAt(x.ChangeStart);
            var wrong = x.Offsets.Select(m => x.ChangeStart + Duration.FromMinutes(Math.Abs(m))).Where(t =>
            {
                var (after, fresh) = (x.Changed.SlotAt(t), x.Fresh.SlotAt(t));
                return after.Index - first.Index != fresh.Index || after.Date != fresh.Date || after.NextDate != fresh.NextDate
                    || after.Start != fresh.Start || after.End != fresh.End || after.Time != fresh.Time
                    || !x.Changed.ParticipantsFor(after).SequenceEqual(x.Fresh.Participants)
                    || !x.Changed.IsHandOff(after.Date, after.Time) || x.Changed.SlotOn(after.Date, after.Time) != after;
            }).ToList();
            return (first.Start == x.ChangeStart && first.Date == x.Change.From && wrong.Count == 0).Label($"first {first.Date} {first.Start}; differs at {string.Join(", ", wrong)}");
        });

    [Property(MaxTest = 100)]
    public Property RoundRobin_AcrossTheChange_KeepsThePast_StartsTheNewOrderFresh_AndRoundTrips() =>
        Prop.ForAll(Arb.From(Case.Where(c => !c.Plain.ShiftLength.IsHourBased || c.Plain.ShiftLength.HourCount >= 8)), x =>
        {
            var from = x.Change.From.PlusDays(x.Plain.ShiftLength.IsHourBased ? -3 : -60);
            var to = x.Change.From.PlusDays(x.Plain.ShiftLength.IsHourBased ? 3 : 90);
            var team = new OnCallTeam { TimeZoneId = x.Plain.TimeZoneId, Rotations = [x.Changed] };
            var schedule = OnCallSchedule.RoundRobin(team, from, to);
            var plain = OnCallSchedule.RoundRobin(team with { Rotations = [x.Plain] }, from, to);
            var fresh = OnCallSchedule.RoundRobin(team with { Rotations = [x.Fresh] }, x.Change.From, to);
            var past = schedule.Shifts.Where(s => s.Date < x.Change.From || (s.Date == x.Change.From && s.Time < x.Plain.HandOffTime)).ToList();
            var future = schedule.Shifts.Skip(past.Count).ToList();
            var keeps = past.SequenceEqual(plain.Shifts.Take(past.Count));
            var freshStart = future.SequenceEqual(fresh.Shifts);
            var json = OnCallJson.Write(schedule);
            var read = OnCallJson.ReadSchedule(json);
            var roundTrip = read.IsValid && read.Value!.Shifts.SequenceEqual(schedule.Shifts) && Same(read.Value.Team.Rotations[0].Changes, x.Changed.Changes)
                && OnCallJson.Write(read.Value) == json;
            return (keeps && freshStart && roundTrip).Label($"keeps {keeps}, fresh {freshStart}, round trip {roundTrip} {string.Join("; ", read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}"))}");
        });

    [Fact]
    public void Generate_AcrossAnOrderChange_PassesTheChecker_AndUsesTheNewOrderAfterIt()
    {
        var support = OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica", "Alex") with
        {
            Changes = [new RotationChange(new LocalDate(2026, 2, 16), null, ["Sarah", "Marcus", "Jessica", "Priya", "Tom"])],
        };
        var team = new OnCallTeam { Rotations = [support, OnCallRotations.Engineering.WithParticipants("Chen", "Ana", "Omar", "Kim", "Lee")] };
        var plan = RotaGenerator.Generate(new RotaRequest { Team = team, From = new LocalDate(2026, 1, 5), To = new LocalDate(2026, 4, 6) });
        Assert.True(plan.Schedule is not null, string.Join("; ", plan.Problems.Select(p => p.Message)));
        Assert.True(RotaChecker.Check(plan.Schedule!, []).IsFair);
        var level1 = plan.Schedule!.Shifts.Where(s => s.Level == OnCallLevel.Support).ToList();
        Assert.All(level1.Where(s => s.Date < new LocalDate(2026, 2, 16)), s => Assert.Contains(s.Person, support.Participants));
        Assert.All(level1.Where(s => s.Date >= new LocalDate(2026, 2, 16)), s => Assert.Contains(s.Person, support.Changes[0].Order!.Value));
        Assert.True(OnCallJson.ReadSchedule(OnCallJson.Write(plan.Schedule!)).IsValid);
    }

    [Fact]
    public void Changes_AreValidated_WithTheirPaths()
    {
        var json = OnCallJson.Write(new OnCallTeam
        {
            Rotations = [OnCallRotations.Support.WithParticipants("Sarah", "Marcus") with
            {
                HandOffDate = new LocalDate(2026, 1, 5),
                Changes = [new RotationChange(new LocalDate(2026, 3, 2), ShiftLength.Days(14), ["Sarah", "Alex"]), new RotationChange(new LocalDate(2026, 2, 2), ShiftLength.Hours(8), ["Sarah", "Sarah"])],
            }],
        });
        var read = OnCallJson.ReadTeam(json);
        var problems = read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}").ToList();
        Assert.Contains(problems, p => p.StartsWith("$.rotations[0].changes[1].from: 2026-02-02 must be after the previous change's date 2026-03-02", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.rotations[0].changes[1].shiftLength: the rotation hands off by days or months", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.rotations[0].changes[1].order[1]: Sarah is listed twice", StringComparison.Ordinal));
        var missing = OnCallJson.ReadTeam(json.Replace("\"from\": \"2026-03-02\",", string.Empty, StringComparison.Ordinal));
        Assert.Contains(missing.Problems, p => p.PropertyName == "$.rotations[0].changes[0].from");
        var early = OnCallJson.ReadTeam(json.Replace("2026-03-02", "2026-01-05", StringComparison.Ordinal).Replace("\"from\": \"2026-02-02\"", "\"from\": \"2026-04-02\"", StringComparison.Ordinal));
        Assert.Contains(early.Problems, p => p.PropertyName == "$.rotations[0].changes[0].from" && p.ErrorMessage.Contains("after the rotation's hand-off date", StringComparison.Ordinal));
    }

    [Fact]
    public void Changes_Json_SurvivesMutatedBytes_WithoutThrowing()
    {
        var json = OnCallJson.Write(new OnCallTeam
        {
            Rotations = [OnCallRotations.Support.WithParticipants("Sarah", "Marcus") with
            {
                Changes = [new RotationChange(new LocalDate(2026, 3, 2), ShiftLength.Days(14), ["Sarah", "Alex"]), new RotationChange(new LocalDate(2026, 5, 4), null, null)],
            }],
        });
        Assert.True(OnCallJson.ReadTeam(json).IsValid);
        var random = new Random(1717);
        var tokens = new[] { "\"from\"", "\"order\"", "\"shiftLength\"", "null", "[]", "{}", "\"PT8H\"", "\"9999-12-31\"", "\"0001-01-01\"", "-1", "\"\"", "[\"x\",", "\"P0D\"" };
        for (var i = 0; i < 3000; i++)
        {
            var text = json;
            var start = text.IndexOf("\"changes\"", StringComparison.Ordinal);
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var at = random.Next(start, text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 12), text.Length - at)),
                    1 => text.Insert(at, tokens[random.Next(tokens.Length)]),
                    _ => text.Remove(at, 1).Insert(at, ((char)random.Next(32, 127)).ToString()),
                };
            }

            var read = OnCallJson.ReadTeam(text);
            if (read.IsValid)
            {
                var rotation = read.Value!.Rotations[0];
                _ = rotation.SlotAt(rotation.HandOff(new LocalDate(2026, 6, 1)));
                _ = OnCallSchedule.RoundRobin(read.Value, new LocalDate(2026, 1, 1), new LocalDate(2026, 7, 1));
            }
        }
    }

    private static bool Same(ImmutableArray<RotationChange> a, ImmutableArray<RotationChange> b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.From == p.Second.From && p.First.Length == p.Second.Length
            && (p.First.Order is null ? p.Second.Order is null : p.Second.Order is { } o && p.First.Order.Value.SequenceEqual(o)));
}

/// <summary>Issue 17 (hostile input): a shift dated outside the engine's years is a problem at its path, not a crash.</summary>
public sealed class RotationScheduleDateRangeTests
{
    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9991-01-01")]
    public void ScheduleReader_RejectsAShiftDateOutsideTheSupportedYears_AtItsPath(string date)
    {
        var team = new OnCallTeam { Rotations = [OnCallRotations.Support.WithParticipants("Sarah", "Marcus")] };
        var json = OnCallJson.Write(OnCallSchedule.RoundRobin(team, new LocalDate(2026, 1, 5), new LocalDate(2026, 2, 2)));
        var read = OnCallJson.ReadSchedule(json.Replace("\"date\": \"2026-01-19\"", $"\"date\": \"{date}\"", StringComparison.Ordinal));
        Assert.False(read.IsValid);
        // 9999 is refused by the date reader itself (Text/SupportedDates, 0002–9996); 9991 by the on-call check (years 1–9990).
        Assert.Contains(read.Problems, p => p.PropertyName == "$.shifts[2].date" && p.ErrorMessage.Contains("outside the dates tai computes with", StringComparison.Ordinal));
    }
}
