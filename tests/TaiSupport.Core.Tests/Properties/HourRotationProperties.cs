using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A random hour-based rotation's plain schedule and instants to ask about, many at or next to hand-offs.</summary>
public sealed record HourRotaCase(OnCallSchedule Schedule, ImmutableArray<Instant> Instants)
{
    public Rotation Rotation => Schedule.Team.Rotations[0];

    public override string ToString() =>
        $"{Rotation.TimeZoneId} {Rotation.ShiftLength} from {Rotation.HandOffDate} {Rotation.HandOffTime} x{Rotation.Participants.Length}; period {Schedule.From}..{Schedule.To}";
}

/// <summary>
/// Hour-based rotations (issue 17) against a brute-force oracle: who is on call at random instants in odd zones
/// (Kathmandu +05:45, Chatham +12:45/+13:45, Apia's skipped day, St John's −03:30, Troll's two-hour DST, Lord Howe's
/// half-hour DST) equals a naive walk over the hand-offs, each mapped to the first instant the local clock reaches it
/// (D18) by scanning the zone's intervals; and the shifts tile the period with no gap or overlap.
/// </summary>
public sealed class HourRotationProperties
{
    private static readonly string[] Zones =
    [
        "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu",
        "Pacific/Chatham", "Pacific/Apia", "America/St_Johns", "Antarctica/Troll", "UTC",
    ];

    private static readonly string[] Names = ["Ana", "Ben", "Chen", "Dee", "Eli"];

    private static readonly Gen<int> Hours = Gen.Frequency(
        (4, Gen.Constant(8)), (4, Gen.Constant(12)), (3, Gen.Elements(1, 2, 3, 4, 6)), (2, Gen.Elements(7, 14, 21, 28, 42, 56, 84)));

    public static Gen<HourRotaCase> Case { get; } =
        from zone in Gen.Elements(Zones)
        from hours in Hours
        from year in Gen.Choose(2010, 2027)
        from pick in Gen.Choose(0, 1000)
        from before in Gen.Choose(0, 4)
        from days in Gen.Choose(1, 20)
        from back in Gen.Choose(0, 12)
        from minute in Gen.OneOf(Gen.Choose(0, 1439), Gen.Choose(0, 5 * 60))
        from people in Gen.Choose(1, 5)
        let first = NearATransition(zone, year, pick).PlusDays(-before)
        let rotation = new Rotation
        {
            Name = "follow-the-sun",
            Level = OnCallLevel.Engineering,
            TimeZoneId = zone,
            ShiftLength = ShiftLength.Hours(hours),
            HandOffDate = first.PlusDays(-back),
            HandOffTime = LocalTime.Midnight.PlusMinutes(minute),
            Coverage = CoverageWindow.AllHours,
            Participants = [.. Names.Take(people)],
        }
        let schedule = OnCallSchedule.RoundRobin(new OnCallTeam { TimeZoneId = zone, Rotations = [rotation] }, first, first.PlusDays(days))
        from instants in Gen.ListOf(Gen.Choose(0, 1_000_000), 16)
        select new HourRotaCase(schedule, [.. instants.Select(i => Pick(schedule, i))]);

    [Property(MaxTest = 300)]
    public Property Who_AtRandomInstants_EqualsANaiveWalkOverTheHandOffs() =>
        Prop.ForAll(Arb.From(Case), x =>
        {
            var oracle = Oracle(x.Rotation, x.Schedule.From, x.Schedule.To);
            var timeline = x.Schedule.Compile();
            var wrong = x.Instants.Where(t =>
            {
                var expected = oracle.FirstOrDefault(s => s.Start <= t && t < s.End);
                var answer = timeline.Who(OnCallLevel.Engineering, t);
                return answer.Person != expected.Person || (expected.Person is not null && (answer.Since != expected.Start || answer.Until != expected.End) && x.Rotation.Participants.Length > 1);
            }).ToList();
            return (wrong.Count == 0).Label($"wrong at {string.Join(", ", wrong)}; oracle {string.Join(" ", oracle.Take(6).Select(s => $"{s.Person}@{s.Start}"))}");
        });

    [Property(MaxTest = 300)]
    public Property Shifts_TileThePeriod_WithNoGapOrOverlap_AndMatchTheOracle() =>
        Prop.ForAll(Arb.From(Case), x =>
        {
            var oracle = Oracle(x.Rotation, x.Schedule.From, x.Schedule.To);
            var slots = OnCallSchedule.SlotsInPeriod(x.Rotation, x.Schedule.From, x.Schedule.To);
            var same = slots.Length == oracle.Count && slots.Zip(oracle).All(p => p.First.Start == p.Second.Start && p.First.End == p.Second.End);
            var tiles = slots.Zip(slots.Skip(1)).All(p => p.First.End == p.Second.Start) && slots.All(s => s.End > s.Start);
            var named = slots.All(s => x.Rotation.IsHandOff(s.Date, s.Time) && x.Rotation.SlotOn(s.Date, s.Time) == s && x.Schedule.ShiftFor(OnCallLevel.Engineering, s) is not null);
            var segments = x.Schedule.Compile().Segments(OnCallLevel.Engineering, slots[0].Start, slots[^1].End);
            var covered = segments.Zip(segments.Skip(1)).All(p => p.First.End == p.Second.Start)
                && segments[0].Start == slots[0].Start && segments[^1].End == slots[^1].End && segments.All(s => s.Person is not null);
            var read = OnCallJson.ReadSchedule(OnCallJson.Write(x.Schedule));
            var roundTrip = read.IsValid && read.Value!.Shifts.SequenceEqual(x.Schedule.Shifts.OrderBy(s => s.Date).ThenBy(s => s.Time));
            return (same && tiles && named && covered && roundTrip)
                .Label($"same {same} ({slots.Length} vs {oracle.Count}), tiles {tiles}, named {named}, covered {covered}, round trip {roundTrip}");
        });

    [Property(MaxTest = 40)]
    public Property Generate_HourShiftsAroundRandomTimeOff_PassesTheChecker_AndNobodyIsOnCallWhileAway() =>
        Prop.ForAll(Arb.From(
            from x in Case.Where(c => c.Rotation.ShiftLength.HourCount >= 4 && c.Rotation.Participants.Length >= 2)
            from offDay in Gen.Choose(0, 3)
            from startMinute in Gen.Choose(0, 1439)
            from span in Gen.Choose(30, 1200)
            let off = new TimeOff(x.Schedule.From.PlusDays(offDay), x.Schedule.From.PlusDays(offDay))
            {
                StartTime = LocalTime.Midnight.PlusMinutes(startMinute),
                EndTime = LocalTime.Midnight.PlusMinutes(Math.Min(1439, startMinute + span)),
            }
            select (x, off)), c =>
        {
            var (x, off) = c;
            var team = x.Schedule.Team with { People = [new OnCallMember { Name = x.Rotation.Participants[0], TimeOff = [off] }] };
            var plan = RotaGenerator.Generate(new RotaRequest { Team = team, From = x.Schedule.From, To = x.Schedule.To });
            if (plan.Schedule is not { } schedule)
            {
                return false.Label("no rota: " + string.Join("; ", plan.Problems.Select(p => p.Message)));
            }

            var away = off.In(team.Zone);
            var clear = away.End <= away.Start || schedule.Compile().Segments(OnCallLevel.Engineering, away.Start, away.End).All(s => s.Person != x.Rotation.Participants[0]);
            var fair = RotaChecker.Check(schedule, []).IsFair;
            return (clear && fair).Label($"clear {clear}, fair {fair}");
        });

    /// <summary>The naive walk: local hand-offs anchor + k × hours, each mapped by scanning zone intervals; empty shifts dropped; round robin over the rest.</summary>
    private static List<(Instant Start, Instant End, string? Person)> Oracle(Rotation rotation, LocalDate from, LocalDate to)
    {
        var zone = rotation.Zone;
        var anchor = rotation.HandOffDate + rotation.HandOffTime;
        var periodStart = FirstReach(zone, from + rotation.HandOffTime);
        var periodEnd = FirstReach(zone, to + rotation.HandOffTime);
        var shifts = new List<(Instant Start, Instant End, string? Person)>();
        var k = 0;
        while (FirstReach(zone, anchor.PlusHours(k * rotation.ShiftLength.HourCount)) > periodStart)
        {
            k--;
        }

        for (; ; k++)
        {
            var start = FirstReach(zone, anchor.PlusHours(k * rotation.ShiftLength.HourCount));
            var end = FirstReach(zone, anchor.PlusHours((k + 1) * rotation.ShiftLength.HourCount));
            if (start >= periodEnd)
            {
                return shifts;
            }

            if (end > start && end > periodStart)
            {
                shifts.Add((start, end, rotation.Participants[shifts.Count % rotation.Participants.Length]));
            }
        }
    }

    /// <summary>The first instant whose local date-time is at or after <paramref name="target"/>: in each zone interval either the exact match or the interval's start.</summary>
    private static Instant FirstReach(DateTimeZone zone, LocalDateTime target)
    {
        var guess = target.InUtc().ToInstant();
        var best = Instant.MaxValue;
        foreach (var interval in zone.GetZoneIntervals(guess - Duration.FromDays(2), guess + Duration.FromDays(2)))
        {
            var exact = guess - Duration.FromSeconds(interval.WallOffset.Seconds);
            if (interval.Contains(exact) && exact < best)
            {
                best = exact;
            }

            if (interval.HasStart && interval.Start.WithOffset(interval.WallOffset).LocalDateTime >= target && interval.Start < best
                && interval.Start >= guess - Duration.FromDays(2))
            {
                best = interval.Start;
            }
        }

        return best;
    }

    /// <summary>A local date of a DST change (or any date when the zone has none) in or near <paramref name="year"/>.</summary>
    private static LocalDate NearATransition(string zoneId, int year, int pick)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var starts = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(i => i.HasStart && i.Start > Instant.FromUtc(year, 1, 1, 0, 0)).Select(i => i.Start.InZone(zone).Date).ToList();
        return starts.Count == 0 ? new LocalDate(year, 1, 1).PlusDays(pick % 365) : starts[pick % starts.Count];
    }

    private static Instant Pick(OnCallSchedule schedule, int draw)
    {
        var slots = OnCallSchedule.SlotsInPeriod(schedule.Team.Rotations[0], schedule.From, schedule.To);
        var (from, to) = (slots[0].Start, slots[^1].End);
        var slot = slots[draw % slots.Length];
        return (draw / slots.Length % 4) switch
        {
            0 => slot.Start,
            1 => slot.End - Duration.Epsilon,
            2 => slot.Start + Duration.FromMinutes(draw % 61),
            _ => from + Duration.FromSeconds((long)((to - from).TotalSeconds / 1_000_000 * draw)),
        };
    }
}
