using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// A 7-day piece of one shift, counted from the shift's hand-off date (a weekly shift is one week): the unit the
/// §5.4 limits count (D19).
/// </summary>
internal sealed record WeekUnit(
    OnCallLevel Level, LocalDate Start, LocalDate End, Instant From, Instant To, string? Assignee, bool Fairness, bool Evening)
{
    /// <summary>The calendar quarter the week counts in: the one where it starts (D19).</summary>
    public (int Year, int Quarter) Quarter => (Start.Year, ((Start.Month - 1) / 3) + 1);

    /// <summary>Splits a shift into weeks; an hour-based shift has none (the week rules of §5.4 are about weekly duty; docs/oncall.md, Choices).</summary>
    public static IEnumerable<WeekUnit> Split(Rotation rotation, RotationSlot slot, string? assignee, FairnessRules rules)
    {
        if (rotation.ShiftLength.IsHourBased)
        {
            yield break;
        }

        var zone = rotation.Zone;
        var fairness = rules.AppliesTo(rotation.Level);
        var evening = rotation.Coverage.Overlaps(rules.EveningShift);
        for (var start = slot.Date; start < slot.NextDate; start = start.PlusDays(7))
        {
            var end = start.PlusDays(7) < slot.NextDate ? start.PlusDays(7) : slot.NextDate;
            var from = start == slot.Date ? slot.Start : Rotation.HandOff(zone, start, rotation.HandOffTime);
            var to = end == slot.NextDate ? slot.End : Rotation.HandOff(zone, end, rotation.HandOffTime);
            if (to > from)
            {
                yield return new WeekUnit(rotation.Level, start, end, from, to, assignee, fairness, evening);
            }
        }
    }

    /// <summary>
    /// The weeks of an hour-based rotation that overlap <c>[from, to)</c>: 7-day periods from its anchor hand-off, outside
    /// the week rules, shared by covered time for pay and equity (issue 17; docs/oncall.md, Choices).
    /// </summary>
    public static IEnumerable<WeekUnit> PayWeeks(Rotation rotation, Instant from, Instant to)
    {
        var zone = rotation.Zone;
        var week = Rotation.WithShiftLength(rotation, ShiftLength.Week);
        for (var slot = week.SlotAt(from); slot.Start < to; slot = week.SlotAt(slot.End))
        {
            var start = slot.Start < from ? from : slot.Start;
            var end = slot.End > to ? to : slot.End;
            if (end > start)
            {
                // A week cut by the schedule's first or last hand-off counts (and pays) the local days it keeps.
                var first = start == slot.Start ? slot.Date : start.InZone(zone).Date;
                var last = end == slot.End ? slot.NextDate : end.InZone(zone).Date;
                yield return new WeekUnit(rotation.Level, first, last > first ? last : first.PlusDays(1), start, end, null, Fairness: false, Evening: false);
            }

            if (slot.End <= slot.Start)
            {
                yield break;
            }
        }
    }
}

/// <summary>One person's part in one week: whether they hold it, how much covered time they worked, incidents attributed.</summary>
internal sealed class Participation(WeekUnit unit, string person, bool holds, Duration covered)
{
    public WeekUnit Unit { get; } = unit;

    public string Person { get; } = person;

    /// <summary>True for the person who covered most of the week (ties: the shift holder): the week counts for them.</summary>
    public bool Holds { get; } = holds;

    public Duration Covered { get; } = covered;

    public int Incidents { get; set; }
}

/// <summary>
/// The weeks of a compiled schedule and who took part in each, with incidents attributed: what the fairness rules
/// (<see cref="FairnessMath"/>), the checker, the generator (for history) and the pay report all read.
/// </summary>
internal sealed class RotaLedger
{
    private readonly Dictionary<OnCallLevel, List<WeekUnit>> unitsByLevel = [];
    private readonly Dictionary<WeekUnit, List<Participation>> byUnit = [];

    private RotaLedger(OnCallTimeline timeline) => Timeline = timeline;

    public OnCallTimeline Timeline { get; }

    public Dictionary<string, List<Participation>> ByPerson { get; } = new(StringComparer.Ordinal);

    public IEnumerable<WeekUnit> Units => unitsByLevel.Values.SelectMany(u => u);

    public static RotaLedger Build(OnCallTimeline timeline, FairnessRules rules)
    {
        var ledger = new RotaLedger(timeline);
        foreach (var level in timeline.Levels)
        {
            var line = timeline.Line(level)!;
            var units = new List<WeekUnit>();
            ledger.unitsByLevel[level] = units;
            if (line.Starts.Length == 0)
            {
                continue;
            }

            if (line.Rotation.ShiftLength.IsHourBased)
            {
                foreach (var unit in WeekUnit.PayWeeks(line.Rotation, line.Starts[0], line.End))
                {
                    units.Add(unit);
                    ledger.AddParticipants(unit, line);
                }

                continue;
            }

            var assigned = line.Shifts.ToDictionary(s => s.Slot.Date, s => s.Person);
            foreach (var slot in line.Rotation.Slots(line.Starts[0], line.End))
            {
                foreach (var unit in WeekUnit.Split(line.Rotation, slot, assigned.GetValueOrDefault(slot.Date), rules))
                {
                    units.Add(unit);
                    ledger.AddParticipants(unit, line);
                }
            }
        }

        return ledger;
    }

    public IReadOnlyList<Participation> Of(string person) => ByPerson.TryGetValue(person, out var list) ? list : [];

    public IReadOnlyList<Participation> In(WeekUnit unit) => byUnit.TryGetValue(unit, out var list) ? list : [];

    /// <summary>The week of <paramref name="level"/> containing <paramref name="instant"/>, or null.</summary>
    public WeekUnit? UnitAt(OnCallLevel level, Instant instant)
    {
        if (!unitsByLevel.TryGetValue(level, out var units))
        {
            return null;
        }

        int lo = 0, hi = units.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (units[mid].To <= instant)
            {
                lo = mid + 1;
            }
            else if (units[mid].From > instant)
            {
                hi = mid - 1;
            }
            else
            {
                return units[mid];
            }
        }

        return null;
    }

    /// <summary>
    /// The person and week an incident belongs to: an explicit person at the given level (or the lowest level they hold
    /// then); otherwise whoever is on call at the given level (or the lowest level on call, the first responder of §5.3).
    /// </summary>
    public Participation? Attribute(Instant at, OnCallLevel? level, string? person)
    {
        foreach (var candidate in level is { } only ? [only] : Timeline.Levels.AsEnumerable())
        {
            var answer = Timeline.Who(candidate, at);
            var matches = person is null ? answer.IsOnCall : answer.Person == person;
            if (matches && UnitAt(candidate, at) is { } unit)
            {
                return In(unit).FirstOrDefault(p => p.Person == answer.Person);
            }
        }

        return null;
    }

    /// <summary>Attributes incidents to weeks; returns the ones that belong to nobody on call.</summary>
    public List<PagedIncident> AddIncidents(IEnumerable<PagedIncident> incidents)
    {
        var unattributed = new List<PagedIncident>();
        foreach (var incident in incidents)
        {
            if (Attribute(incident.At, incident.Level, incident.Person) is { } participation)
            {
                participation.Incidents++;
            }
            else
            {
                unattributed.Add(incident);
            }
        }

        return unattributed;
    }

    private void AddParticipants(WeekUnit unit, OnCallTimeline.LevelLine line)
    {
        var covered = new Dictionary<string, Duration>(StringComparer.Ordinal);
        foreach (var segment in Timeline.Segments(unit.Level, unit.From, unit.To))
        {
            if (segment.Person is { } person)
            {
                covered[person] = covered.GetValueOrDefault(person) + line.Coverage.Elapsed(segment.Start, segment.End);
            }
        }

        var most = covered.Count == 0 ? Duration.Zero : covered.Values.Max();
        var holder = most == Duration.Zero ? unit.Assignee
            : unit.Assignee is { } a && covered.GetValueOrDefault(a) == most ? a
            : covered.Where(p => p.Value == most).Select(p => p.Key).Order(StringComparer.Ordinal).First();
        var list = new List<Participation>();
        byUnit[unit] = list;
        foreach (var person in covered.Where(p => p.Value > Duration.Zero).Select(p => p.Key).Append(holder).Distinct())
        {
            if (person is null)
            {
                continue;
            }

            var participation = new Participation(unit, person, person == holder, covered.GetValueOrDefault(person));
            list.Add(participation);
            if (!ByPerson.TryGetValue(person, out var mine))
            {
                ByPerson[person] = mine = [];
            }

            mine.Add(participation);
        }
    }
}

/// <summary>The §5.4 week limits (D19) over one person's weeks; the checker reports them, the generator avoids them.</summary>
internal static class FairnessMath
{
    /// <summary>Quarters in which the person holds more weeks than allowed, with those weeks.</summary>
    public static IEnumerable<((int Year, int Quarter) Quarter, List<WeekUnit> Weeks)> QuarterBreaches(IEnumerable<Participation> mine, FairnessRules rules) =>
        mine.Where(p => p.Holds && p.Unit.Fairness)
            .GroupBy(p => p.Unit.Quarter)
            .Where(g => g.Count() > rules.MaxWeeksPerQuarter)
            .Select(g => (g.Key, g.Select(p => p.Unit).OrderBy(u => u.From).ToList()));

    /// <summary>Unbroken runs of evening-shift weeks spanning more than the allowed number of weeks.</summary>
    public static IEnumerable<List<WeekUnit>> EveningRunBreaches(IEnumerable<Participation> mine, FairnessRules rules)
    {
        var weeks = mine.Where(p => p.Unit.Fairness && p.Unit.Evening).Select(p => p.Unit).Distinct()
            .OrderBy(u => u.Start).ThenBy(u => u.From).ToList();
        var run = new List<WeekUnit>();
        var runEnd = default(LocalDate);
        foreach (var week in weeks)
        {
            if (run.Count > 0 && week.Start > runEnd)
            {
                if (IsTooLong(run, runEnd, rules))
                {
                    yield return run;
                }

                run = [];
            }

            runEnd = run.Count == 0 || week.End > runEnd ? week.End : runEnd;
            run.Add(week);
        }

        if (run.Count > 0 && IsTooLong(run, runEnd, rules))
        {
            yield return run;
        }
    }

    /// <summary>The length of a run in weeks, rounded up.</summary>
    public static int RunWeeks(List<WeekUnit> run) => (Period.DaysBetween(run[0].Start, run.Max(u => u.End)) + 6) / 7;

    /// <summary>Pairs of a busy week and a later week the person is on call during the rest week after it.</summary>
    public static IEnumerable<(Participation Busy, WeekUnit Next)> BusyRestBreaches(IReadOnlyList<Participation> mine, FairnessRules rules)
    {
        foreach (var busy in mine.Where(p => p.Unit.Fairness && p.Incidents > rules.BusyWeekIncidents))
        {
            var restStart = busy.Unit.End;
            var restEnd = restStart.PlusDays(7);
            foreach (var other in mine.Where(p => p.Unit.Fairness && p.Unit != busy.Unit).Select(p => p.Unit).Distinct())
            {
                if (other.Start < restEnd && other.End > restStart)
                {
                    yield return (busy, other);
                }
            }
        }
    }

    /// <summary>True when <paramref name="calendar"/> has open time inside both intervals' overlap.</summary>
    public static bool CoveredDuring(Calendars.BusinessCalendar calendar, Instant fromA, Instant toA, Instant fromB, Instant toB)
    {
        var from = fromA > fromB ? fromA : fromB;
        var to = toA < toB ? toA : toB;
        return from < to && calendar.Elapsed(from, to) > Duration.Zero;
    }

    /// <summary>True when both calendars are open at some common instant of <c>[from, to)</c>.</summary>
    public static bool CoveredTogether(Calendars.BusinessCalendar a, Calendars.BusinessCalendar b, Instant from, Instant to)
    {
        var t = a.IsOpen(from) ? from : a.NextOpening(from);
        while (t is { } open && open < to)
        {
            var close = a.NextClosing(open) is { } c && c < to ? c : to;
            if (b.Elapsed(open, close) > Duration.Zero)
            {
                return true;
            }

            t = close < to ? a.NextOpening(close) : null;
        }

        return false;
    }

    private static bool IsTooLong(List<WeekUnit> run, LocalDate runEnd, FairnessRules rules) =>
        Period.DaysBetween(run[0].Start, runEnd) > rules.MaxConsecutiveEveningWeeks * 7;
}
