using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>A random calendar with an instant in its zone, often near a DST transition.</summary>
public sealed record CalendarCase(BusinessCalendarDefinition Definition, Instant Instant)
{
    public BusinessCalendar Calendar { get; } = BusinessCalendar.Create(Definition);

    public override string ToString() =>
        $"{Instant} in {Definition.TimeZoneId}: {BusinessCalendarJson.Write(Definition).ReplaceLineEndings(" ")}";
}

/// <summary>
/// Generators for calendars and instants: zones drawn from all of tzdb with extra weight on odd ones, split and
/// overnight shifts, holidays and overrides, instants between 2000 and 2035 on whole minutes, half of them within
/// two days of one of the zone's offset transitions.
/// </summary>
public static class CalendarGenerators
{
    private static readonly string[] OddZones =
    [
        "America/Los_Angeles", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu", "Pacific/Chatham",
        "Pacific/Apia", "America/Havana", "Asia/Tehran", "Africa/Casablanca", "Europe/Dublin", "America/St_Johns",
        "Europe/London", "Asia/Gaza", "America/Sao_Paulo", "Antarctica/Troll", "UTC",
    ];

    private static readonly Instant Earliest = Instant.FromUtc(2000, 1, 1, 0, 0);
    private const int SpanMinutes = 35 * 365 * 24 * 60;

    public static Gen<string> Zone { get; } = Gen.OneOf(
        Gen.Elements(OddZones),
        Gen.Elements(DateTimeZoneProviders.Tzdb.Ids.ToArray()));

    /// <summary>A time on a quarter hour, so shifts meet odd zone offsets at interesting places.</summary>
    private static Gen<int> QuarterHour { get; } = Gen.Choose(0, 95).Select(q => q * 15);

    /// <summary>0–3 non-overlapping shifts that open within one day; the last may run past midnight.</summary>
    public static Gen<ImmutableArray<ShiftInterval>> DayShifts { get; } =
        from count in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from cuts in Gen.ListOf(QuarterHour, count * 2)
        from overnight in Gen.Elements(false, false, true)
        select ToShifts(cuts, overnight);

    /// <summary>A random calendar whose holidays and overrides fall within days of <paramref name="center"/>.</summary>
    public static Gen<BusinessCalendarDefinition> DefinitionAround(string zone, LocalDate center) =>
        from days in Gen.ArrayOf(DayShifts, 7)
        from holidayCount in Gen.Choose(0, 3)
        from holidays in Gen.ListOf(DateNear(center), holidayCount)
        from overrideCount in Gen.Choose(0, 2)
        from overrideDates in Gen.ListOf(DateNear(center), overrideCount)
        from overrideShifts in Gen.ListOf(DayShifts, overrideDates.Count)
        from atClosing in Gen.Elements(DueAtClosing.ClosingInstant, DueAtClosing.NextOpening)
        select Build(zone, days, holidays, overrideDates, overrideShifts, atClosing);

    public static Gen<CalendarCase> Case { get; } =
        from zone in Zone
        from instant in InstantIn(zone)
        from definition in DefinitionAround(zone, instant.InUtc().Date).Where(IsValid)
        select new CalendarCase(definition, instant);

    /// <summary>A 24/7 calendar in a random zone.</summary>
    public static Gen<CalendarCase> AlwaysOpenCase { get; } =
        from zone in Zone
        let definition = new BusinessCalendarDefinition
        {
            TimeZoneId = zone,
            Week = BusinessCalendarDefinition.SameShifts(BusinessCalendarDefinition.AllDays, ShiftInterval.AllDay),
        }
        from instant in InstantIn(zone)
        select new CalendarCase(definition, instant);

    /// <summary>Whole minutes of open time, up to a little over a week of a busy calendar.</summary>
    public static Gen<Duration> Minutes { get; } = Gen.Frequency(
        (1, Gen.Constant(0)),
        (6, Gen.Choose(1, 600)),
        (3, Gen.Choose(600, 4000))).Select(m => Duration.FromMinutes(m));

    /// <summary>A random calendar case with a duration of open time (the arithmetic properties' input).</summary>
    public static Arbitrary<(CalendarCase Case, Duration Duration)> CaseAndDuration { get; } =
        Arb.From(from c in Case from d in Minutes select (c, d));

    /// <summary>Dates the instants are likely to reach, so holidays and overrides matter.</summary>
    private static Gen<LocalDate> DateNear(LocalDate center) => Gen.Choose(-3, 12).Select(center.PlusDays);

    public static Gen<Instant> InstantIn(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var uniform = Gen.Choose(0, SpanMinutes).Select(m => Earliest + Duration.FromMinutes(m));
        var transitions = zone.GetZoneIntervals(Earliest, Earliest + Duration.FromMinutes(SpanMinutes))
            .Where(z => z.HasStart && z.Start > Earliest)
            .Select(z => z.Start)
            .ToArray();
        if (transitions.Length == 0)
        {
            return uniform;
        }

        var nearTransition =
            from transition in Gen.Elements(transitions)
            from minutes in Gen.Choose(-2 * 24 * 60, 2 * 24 * 60)
            select FloorToMinute(transition) + Duration.FromMinutes(minutes);
        return Gen.OneOf(uniform, nearTransition);
    }

    public static bool IsValid(BusinessCalendarDefinition definition) => BusinessCalendar.Validate(definition).IsValid;

    private static Instant FloorToMinute(Instant instant) =>
        Instant.FromUnixTimeSeconds(Math.DivRem(instant.ToUnixTimeSeconds(), 60, out var rem) * 60 - (rem < 0 ? 60 : 0));

    private static ImmutableArray<ShiftInterval> ToShifts(IList<int> cuts, bool overnight)
    {
        var sorted = cuts.Distinct().Order().ToArray();
        var shifts = ImmutableArray.CreateBuilder<ShiftInterval>();
        for (var i = 0; i + 1 < sorted.Length; i += 2)
        {
            shifts.Add(new ShiftInterval(Time(sorted[i]), Time(sorted[i + 1])));
        }

        if (overnight && shifts.Count > 0)
        {
            // Turn the last shift into one that runs past midnight, closing before the day's first opening.
            var last = shifts[^1];
            var first = shifts[0];
            var close = shifts.Count == 1 ? last.Open.PlusMinutes(-15) : first.Open;
            shifts[^1] = new ShiftInterval(last.Open, close <= last.Open ? close : LocalTime.Midnight);
        }

        return shifts.ToImmutable();
    }

    private static LocalTime Time(int minuteOfDay) => LocalTime.Midnight.PlusMinutes(minuteOfDay);

    private static BusinessCalendarDefinition Build(
        string zone, ImmutableArray<ShiftInterval>[] days, IList<LocalDate> holidays, IList<LocalDate> overrideDates,
        IList<ImmutableArray<ShiftInterval>> overrideShifts, DueAtClosing atClosing)
    {
        var week = BusinessCalendarDefinition.AllDays
            .Select((day, i) => (day, shifts: days[i]))
            .Where(p => p.shifts.Length > 0)
            .ToImmutableDictionary(p => p.day, p => p.shifts);
        var overrides = overrideDates.Zip(overrideShifts)
            .Where(p => !holidays.Contains(p.First))
            .GroupBy(p => p.First)
            .ToImmutableSortedDictionary(g => g.Key, g => g.First().Second);
        if (week.Count == 0)
        {
            week = week.Add(IsoDayOfWeek.Wednesday, [new ShiftInterval(new LocalTime(9, 0), new LocalTime(17, 0))]);
        }

        return new BusinessCalendarDefinition
        {
            TimeZoneId = zone,
            Week = week,
            Holidays = [.. holidays],
            Overrides = overrides,
            DueAtClosing = atClosing,
        };
    }
}
