using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.OnCall;
using Interval = NodaTime.Interval;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A random rotation's plain schedule with random overrides, and instants to ask about, many near DST changes.</summary>
public sealed record RotaCase(OnCallSchedule Schedule, ImmutableArray<Instant> Instants)
{
    public Rotation Rotation => Schedule.Team.Rotations[0];

    public override string ToString() =>
        $"{Rotation.TimeZoneId} {Rotation.ShiftLength} from {Rotation.HandOffDate} at {Rotation.HandOffTime} cover {Rotation.Coverage}; "
        + $"period {Schedule.From}..{Schedule.To}; overrides {string.Join(", ", Schedule.Overrides.Select(o => $"{o.Person} {o.Start}..{o.End}"))}";
}

/// <summary>A team to plan, with optional history and incidents.</summary>
public sealed record PlanCase(RotaRequest Request)
{
    public override string ToString() =>
        $"{Request.From}+{Period.DaysBetween(Request.From, Request.To) / 7}w; "
        + string.Join("; ", Request.Team.Rotations.Select(r => $"L{(int)r.Level} [{string.Join(",", r.Participants)}]"))
        + "; off " + string.Join(", ", Request.Team.People.SelectMany(p => p.TimeOff.Select(t => $"{p.Name} {t}")))
        + (Request.History is null ? string.Empty : $"; history {string.Join(",", Request.History.Shifts.Select(s => $"{s.Date}:{s.Person}"))}, {Request.Incidents.Length} incidents");
}

/// <summary>Generators for the on-call properties: odd zones, hand-offs inside DST gaps, all shift lengths and coverages.</summary>
public static class OnCallGenerators
{
    private static readonly string[] Zones =
    [
        "America/Los_Angeles", "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "America/Santiago",
        "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Apia", "America/St_Johns", "Antarctica/Troll", "UTC",
    ];

    private static readonly string[] Names = ["Ana", "Ben", "Chen", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy"];

    public static Gen<ShiftLength> Length { get; } = Gen.Frequency(
        (5, Gen.Constant(ShiftLength.Week)),
        (2, Gen.Constant(ShiftLength.Month)),
        (3, Gen.Choose(1, 15).Select(ShiftLength.Days)),
        (1, Gen.Choose(2, 3).Select(ShiftLength.Months)));

    /// <summary>Hand-off times, often inside the small hours where DST changes happen.</summary>
    public static Gen<LocalTime> HandOffTime { get; } = Gen.OneOf(
        Gen.Choose(0, 24 * 4 - 1).Select(q => LocalTime.Midnight.PlusMinutes(q * 15)),
        Gen.Choose(0, 4 * 60).Select(m => LocalTime.Midnight.PlusMinutes(m)));

    public static Gen<CoverageWindow> Coverage { get; } = Gen.Elements(CoverageWindow.AllHours, CoverageWindow.EveningsAndWeekends, CoverageWindow.WeekendOnly);

    public static Gen<LocalDate> Date(int fromYear, int toYear) =>
        Gen.Choose(0, (toYear - fromYear + 1) * 365).Select(d => new LocalDate(fromYear, 1, 1).PlusDays(d));

    public static Gen<RotaCase> Rota { get; } =
        from zone in Gen.Elements(Zones)
        from length in Length
        from coverage in Coverage
        from people in Gen.Choose(1, 5)
        from first in Date(2024, 2027)
        from days in Gen.Choose(1, 120)
        from handOff in HandOffNearATransition(zone, first, days)
        let rotation = new Rotation
        {
            Name = "random",
            Level = OnCallLevel.Engineering,
            TimeZoneId = zone,
            ShiftLength = length,
            HandOffDate = handOff.Anchor,
            HandOffTime = handOff.Time,
            Coverage = coverage,
            Participants = [.. Names.Take(people)],
        }
        let schedule = OnCallSchedule.RoundRobin(new OnCallTeam { TimeZoneId = zone, Rotations = [rotation] }, first, first.PlusDays(days))
        let span = Span(schedule)
        from coverCount in Gen.Choose(0, 3)
        from covers in Gen.ListOf(Cover(span, people), coverCount)
        from instants in Gen.ListOf(InstantIn(span, zone), 12)
        select new RotaCase(schedule with { Overrides = [.. covers] }, [.. instants]);

    /// <summary>Half the time a hand-off on the local date of one of the zone's transitions, within 90 minutes of it.</summary>
    private static Gen<(LocalDate Anchor, LocalTime Time)> HandOffNearATransition(string zoneId, LocalDate first, int days)
    {
        var anywhere = from anchor in Date(2020, 2030) from time in HandOffTime select (anchor, time);
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var window = new Interval(zone.AtStartOfDay(first).ToInstant(), zone.AtStartOfDay(first.PlusDays(days)).ToInstant());
        var transitions = zone.GetZoneIntervals(window).Where(z => z.HasStart && window.Contains(z.Start)).Select(z => z.Start).ToArray();
        if (transitions.Length == 0)
        {
            return anywhere;
        }

        var near = from transition in Gen.Elements(transitions)
                   from minutes in Gen.Choose(-90, 90)
                   // Wall-clock arithmetic from the local time the transition interrupts, so times inside a gap occur too.
                   let local = (transition - Duration.FromMinutes(1)).InZone(zone).LocalDateTime.PlusMinutes(1 + minutes)
                   select (local.Date, local.TimeOfDay);
        return Gen.OneOf(anywhere, near);
    }

    /// <summary>A team of one or two weekly levels with time off and maybe history, to plan for 1–26 weeks.</summary>
    public static Gen<PlanCase> Plan { get; } =
        from supportCount in Gen.Choose(2, 7)
        from engineers in Gen.Choose(0, 6)
        from shared in Gen.Elements(false, false, true)
        from coverage in Coverage
        from first in Date(2025, 2027)
        from weeks in Gen.Choose(1, 26)
        from offCount in Gen.Choose(0, 4)
        from offs in Gen.ListOf(TimeOffNear(first, weeks, supportCount + engineers), offCount)
        from historyWeeks in Gen.Choose(0, 5)
        from incidentCount in Gen.Choose(0, 12)
        from incidents in Gen.ListOf(Gen.Choose(0, 35 * 24 * 4), incidentCount)
        select Build(supportCount, engineers, shared, coverage, first, weeks, offs, historyWeeks, incidents);

    /// <summary>A valid weekly Level 1 rota of 4–6 people for 13–26 weeks, the ground for planted violations.</summary>
    public static Gen<OnCallSchedule> FairRota { get; } =
        from people in Gen.Choose(4, 6)
        from coverage in Coverage
        from first in Date(2025, 2027)
        from weeks in Gen.Choose(13, 26)
        select RotaGenerator.Generate(RotaRequest.ForWeeks(
            new OnCallTeam { Rotations = [(OnCallRotations.Support with { Coverage = coverage }).WithParticipants([.. Names.Take(people)])] }, first, weeks)).Schedule!;

    public static Interval Span(OnCallSchedule schedule)
    {
        var rotation = schedule.Team.Rotations[0];
        return new Interval(rotation.HandOff(schedule.From), rotation.HandOff(schedule.To));
    }

    private static Gen<OnCallOverride> Cover(Interval span, int people) =>
        from start in Gen.Choose(0, (int)Math.Max(1, span.Duration.TotalMinutes) - 1)
        from minutes in Gen.Choose(1, 7 * 24 * 60)
        from who in Gen.Choose(0, people - 1)
        select new OnCallOverride(OnCallLevel.Engineering, span.Start + Duration.FromMinutes(start), span.Start + Duration.FromMinutes(start + minutes), Names[who]);

    private static Gen<Instant> InstantIn(Interval span, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var uniform = Gen.Choose(0, (int)Math.Max(1, span.Duration.TotalMinutes) - 1).Select(m => span.Start + Duration.FromMinutes(m));
        var transitions = zone.GetZoneIntervals(span).Where(z => z.HasStart && z.Start > span.Start).Select(z => z.Start).ToArray();
        if (transitions.Length == 0)
        {
            return uniform;
        }

        var near = from t in Gen.Elements(transitions)
                   from seconds in Gen.Choose(-3 * 3600, 3 * 3600)
                   select t + Duration.FromSeconds(seconds);
        return Gen.OneOf(uniform, near.Where(span.Contains));
    }

    private static Gen<(int Person, int Offset, int Days)> TimeOffNear(LocalDate from, int weeks, int people) =>
        from person in Gen.Choose(0, people - 1)
        from offset in Gen.Choose(-7, weeks * 7)
        from days in Gen.Choose(1, 10)
        select (person, offset, days);

    private static PlanCase Build(int supportCount, int engineers, bool shared, CoverageWindow coverage, LocalDate from, int weeks,
        IList<(int Person, int Offset, int Days)> offs, int historyWeeks, IList<int> incidentQuarters)
    {
        var support = Names.Take(supportCount).ToArray();
        var engineering = shared ? Names.Skip(supportCount - 1).Take(engineers).ToArray() : Enumerable.Range(1, engineers).Select(i => $"Eng {i}").ToArray();
        var rotations = ImmutableArray.Create((OnCallRotations.Support with { Coverage = coverage }).WithParticipants(support));
        if (engineers > 0)
        {
            rotations = rotations.Add(OnCallRotations.Engineering.WithParticipants(engineering));
        }

        var everyone = support.Concat(engineering).Distinct().ToArray();
        var people = offs.GroupBy(o => everyone[o.Person % everyone.Length]).Select(g => new OnCallMember
        {
            Name = g.Key,
            TimeOff = [.. g.Select(o => new TimeOff(from.PlusDays(o.Offset), from.PlusDays(o.Offset + o.Days - 1)))],
        });
        var team = new OnCallTeam { Rotations = rotations, People = [.. people] };
        var request = RotaRequest.ForWeeks(team, from, weeks);
        if (historyWeeks == 0)
        {
            return new PlanCase(request);
        }

        var history = OnCallSchedule.RoundRobin(team with { People = [] }, from.PlusWeeks(-historyWeeks), from);
        var start = team.Zone.AtStartOfDay(from.PlusWeeks(-historyWeeks)).ToInstant();
        var log = incidentQuarters.Select(q => new PagedIncident(start + Duration.FromMinutes(q * 15 % (historyWeeks * 7 * 24 * 60))));
        return new PlanCase(request with { History = history, Incidents = [.. log] });
    }
}
