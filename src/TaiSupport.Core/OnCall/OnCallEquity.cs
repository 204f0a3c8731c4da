using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// How much each load dimension weighs in the equity index (issue 17, manual §5.4). <see cref="Default"/> weighs all six
/// equally. A weight of zero leaves a dimension out.
/// </summary>
public sealed record EquityWeights
{
    /// <summary>Equal weights (1 each): weeks, evening hours, weekend hours, holiday hours, pages, call-in hours.</summary>
    public static EquityWeights Default { get; } = new();

    /// <summary>Weight of held weeks starting in the period.</summary>
    public decimal Weeks { get; init; } = 1m;

    /// <summary>Weight of on-call hours on weekday evenings (the policy's evening shift, 17:00–09:00).</summary>
    public decimal EveningHours { get; init; } = 1m;

    /// <summary>Weight of on-call hours on Saturdays and Sundays.</summary>
    public decimal WeekendHours { get; init; } = 1m;

    /// <summary>Weight of on-call hours on public holidays.</summary>
    public decimal HolidayHours { get; init; } = 1m;

    /// <summary>Weight of pages (incidents, or call-ins when no incident log is given).</summary>
    public decimal Pages { get; init; } = 1m;

    /// <summary>Weight of hours worked on call-ins.</summary>
    public decimal CallInHours { get; init; } = 1m;
}

/// <summary>Checks <see cref="EquityWeights"/>: no negative weight, and at least one positive.</summary>
public sealed class EquityWeightsValidator : AbstractValidator<EquityWeights>
{
    /// <summary>Creates the validator.</summary>
    public EquityWeightsValidator()
    {
        RuleFor(w => w.Weeks).GreaterThanOrEqualTo(0m).OverridePropertyName("weeks").WithMessage(w => $"must not be negative, got {w.Weeks}.");
        RuleFor(w => w.EveningHours).GreaterThanOrEqualTo(0m).OverridePropertyName("eveningHours").WithMessage(w => $"must not be negative, got {w.EveningHours}.");
        RuleFor(w => w.WeekendHours).GreaterThanOrEqualTo(0m).OverridePropertyName("weekendHours").WithMessage(w => $"must not be negative, got {w.WeekendHours}.");
        RuleFor(w => w.HolidayHours).GreaterThanOrEqualTo(0m).OverridePropertyName("holidayHours").WithMessage(w => $"must not be negative, got {w.HolidayHours}.");
        RuleFor(w => w.Pages).GreaterThanOrEqualTo(0m).OverridePropertyName("pages").WithMessage(w => $"must not be negative, got {w.Pages}.");
        RuleFor(w => w.CallInHours).GreaterThanOrEqualTo(0m).OverridePropertyName("callInHours").WithMessage(w => $"must not be negative, got {w.CallInHours}.");
        RuleFor(w => w).Must(w => w.Weeks + w.EveningHours + w.WeekendHours + w.HolidayHours + w.Pages + w.CallInHours > 0m)
            .OverridePropertyName("weights").WithMessage("at least one weight must be positive.");
    }
}

/// <summary>What the equity report counts besides the schedule (issue 17).</summary>
public sealed record EquityOptions
{
    /// <summary>No holidays, equal weights, no incidents, no call-ins.</summary>
    public static EquityOptions Default { get; } = new();

    /// <summary>Public holidays (team-zone dates); their on-call hours count as holiday hours, not evening or weekend hours.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; init; } = [];

    /// <summary>The weights of the load index.</summary>
    public EquityWeights Weights { get; init; } = EquityWeights.Default;

    /// <summary>The incident log; when given, pages are incidents (attributed as by the checker), else call-ins.</summary>
    public ImmutableArray<PagedIncident>? Incidents { get; init; }

    /// <summary>Call-ins; their worked time is the call-in hours (and they are the pages when no incidents are given).</summary>
    public ImmutableArray<CallIn> CallIns { get; init; } = [];
}

/// <summary>One person's load at one level over the period (issue 17, manual §5.4).</summary>
public sealed record PersonLoad
{
    /// <summary>The person.</summary>
    public required string Person { get; init; }

    /// <summary>Held weeks at the level starting in the period (a split week belongs to whoever covered most of it).</summary>
    public int Weeks { get; init; }

    /// <summary>On-call time (coverage open, person on call) on weekday evenings — the policy's evening shift — not on a holiday.</summary>
    public Duration EveningHours { get; init; }

    /// <summary>On-call time on Saturdays and Sundays, not on a holiday.</summary>
    public Duration WeekendHours { get; init; }

    /// <summary>On-call time on public holidays.</summary>
    public Duration HolidayHours { get; init; }

    /// <summary>Pages at the level in the period.</summary>
    public int Pages { get; init; }

    /// <summary>Time worked on call-ins at the level that started in the period.</summary>
    public Duration CallInHours { get; init; }

    /// <summary>
    /// The load index: the weighted mean over the dimensions of this person's load divided by the level's mean load
    /// (dimensions where everyone has zero are left out). 1 is an average load, 2 twice the average.
    /// </summary>
    public decimal LoadIndex { get; init; }
}

/// <summary>The loads of one rotation's people and how even they are.</summary>
/// <param name="Level">The level.</param>
/// <param name="Rotation">The rotation's name.</param>
/// <param name="People">The participants in rotation order, then anyone else who was on call at the level.</param>
/// <param name="Score">The equity score, 0–1: 1 minus the Gini coefficient of the load indices (1 = perfectly even).</param>
/// <param name="Rebalance">The §5.4 rebalance hints derived from the load indices.</param>
public sealed record LevelEquity(OnCallLevel Level, string Rotation, ImmutableArray<PersonLoad> People, decimal Score, ImmutableArray<RebalanceHint> Rebalance);

/// <summary>The equity report of a schedule over a period.</summary>
/// <param name="From">The first date (team zone).</param>
/// <param name="Through">The last date, included.</param>
/// <param name="Levels">One entry per rotation, in team order.</param>
public sealed record EquityReport(LocalDate From, LocalDate Through, ImmutableArray<LevelEquity> Levels);

/// <summary>
/// The load report and equity score (issue 17, manual §5.4 "If one engineer getting paged constantly, rebalance team").
/// </summary>
/// <remarks>
/// <para>Per rotation, each person's load is counted in six dimensions over <c>[from, to]</c>: weeks, evening hours,
/// weekend hours, holiday hours (the three hour kinds are disjoint: a holiday first, then a weekend day, then a
/// weekday's evening shift), pages and call-in hours. For each dimension <c>d</c> with a positive team mean
/// <c>m_d</c> (over the level's people) and weight <c>w_d</c>, a person's load index is
/// <c>Σ w_d·x_d/m_d ÷ Σ w_d</c>, so the level's mean index is 1. The equity score is <c>1 − G</c>, where
/// <c>G = Σ_i Σ_j |a_i − a_j| / (2·n²·mean(a))</c> is the Gini coefficient of the indices <c>a</c>: 1 is perfectly even,
/// 0 is one person carrying everything of a large team. Rounded to 4 decimals.</para>
/// <para>A person is flagged for rebalancing when their load index is more than the compensation policy's
/// <see cref="CompensationPolicy.RebalanceShareOfFair"/> (1.5) and they took at least
/// <see cref="CompensationPolicy.RebalanceMinimumPages"/> (4) pages. With pages as the only weight this is exactly the
/// pay report's hint (a page share over 1.5 × the fair share).</para>
/// </remarks>
public static class OnCallEquity
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>Computes the equity report.</summary>
    /// <param name="schedule">A valid schedule.</param>
    /// <param name="from">The first date of the period (team zone).</param>
    /// <param name="through">The last date of the period, included.</param>
    /// <param name="options">Holidays, weights, incidents and call-ins; null for <see cref="EquityOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts, or the weights are invalid.</exception>
    public static EquityReport Report(OnCallSchedule schedule, LocalDate from, LocalDate through, EquityOptions? options)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        options ??= EquityOptions.Default;
        if (through < from)
        {
            throw new ArgumentException($"The period ends ({Iso.Format(through)}) before it starts ({Iso.Format(from)}).", nameof(through));
        }

        var weightCheck = new EquityWeightsValidator().Validate(options.Weights);
        if (!weightCheck.IsValid)
        {
            throw new ArgumentException(string.Join(" ", weightCheck.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")), nameof(options));
        }

        var timeline = schedule.Compile();
        var team = schedule.Team;
        if (team.PublicHolidays(from, through) is { Length: > 0 } teamHolidays)
        {
            options = options with { Holidays = options.Holidays.Union(teamHolidays.Select(h => h.Date)) }; // the team's calendar counts too
        }

        var zone = team.Zone;
        var (start, end) = (zone.StartOfDay(from), zone.StartOfDay(through.PlusDays(1)));
        var ledger = RotaLedger.Build(timeline, team.Policy.Fairness);
        var callIns = options.CallIns.IsDefault ? [] : options.CallIns.Where(c => c.Start >= start && c.Start < end).ToList();
        var pages = new List<(string Person, OnCallLevel Level)>();
        if (options.Incidents is { } incidents)
        {
            foreach (var incident in incidents.Where(i => i.At >= start && i.At < end))
            {
                if (ledger.Attribute(incident.At, incident.Level, incident.Person) is { } week)
                {
                    pages.Add((week.Person, week.Unit.Level));
                }
            }
        }
        else
        {
            pages.AddRange(callIns.Select(c => (c.Person, LevelOf(ledger, c))).Where(p => p.Item2 is not null).Select(p => (p.Person, p.Item2!.Value)));
        }

        var levels = team.Rotations.Select(rotation => ForLevel(timeline, ledger, rotation, from, through, start, end, options, pages, callIns));
        return new EquityReport(from, through, [.. levels]);
    }

    private static OnCallLevel? LevelOf(RotaLedger ledger, CallIn callIn) =>
        ledger.Attribute(callIn.Start, callIn.Level, callIn.Person)?.Unit.Level ?? callIn.Level;

    private static LevelEquity ForLevel(OnCallTimeline timeline, RotaLedger ledger, Rotation rotation, LocalDate from, LocalDate to, Instant start, Instant end,
        EquityOptions options, List<(string Person, OnCallLevel Level)> pages, List<CallIn> callIns)
    {
        var level = rotation.Level;
        var zone = timeline.Schedule.Team.Zone;
        var coverage = timeline.Coverage(level)!;
        var evening = timeline.Schedule.Team.Policy.Fairness.EveningShift;
        var hours = new Dictionary<string, (Duration Evening, Duration Weekend, Duration Holiday)>(StringComparer.Ordinal);
        foreach (var segment in timeline.Segments(level, start, end).Where(s => s.Person is not null))
        {
            var sum = hours.GetValueOrDefault(segment.Person!);
            for (var date = segment.Start.InZone(zone).Date; zone.StartOfDay(date) < segment.End; date = date.PlusDays(1))
            {
                var (dayStart, dayEnd) = (zone.StartOfDay(date), zone.StartOfDay(date.PlusDays(1)));
                if (options.Holidays.Contains(date))
                {
                    sum.Holiday += Covered(coverage, segment, dayStart, dayEnd);
                }
                else if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    sum.Weekend += Covered(coverage, segment, dayStart, dayEnd);
                }
                else
                {
                    foreach (var (a, b) in EveningParts(zone, date, evening))
                    {
                        sum.Evening += Covered(coverage, segment, a, b);
                    }
                }
            }

            hours[segment.Person!] = sum;
        }

        var people = rotation.Participants.Concat(hours.Keys.Where(k => !rotation.Participants.Contains(k)).Order(StringComparer.Ordinal))
            .Concat(pages.Where(p => p.Level == level).Select(p => p.Person)).Distinct(StringComparer.Ordinal).ToList();
        var loads = people.Select(person =>
        {
            var h = hours.GetValueOrDefault(person);
            return new PersonLoad
            {
                Person = person,
                Weeks = ledger.Of(person).Count(p => p.Holds && p.Unit.Level == level && p.Unit.Start >= from && p.Unit.Start <= to),
                EveningHours = h.Evening,
                WeekendHours = h.Weekend,
                HolidayHours = h.Holiday,
                Pages = pages.Count(p => p.Level == level && p.Person == person),
                CallInHours = callIns.Where(c => c.Person == person && LevelOf(ledger, c) == level).Aggregate(Duration.Zero, (s, c) => s + c.Length),
            };
        }).ToList();

        var w = options.Weights;
        var dimensions = new (decimal Weight, Func<PersonLoad, decimal> Value)[]
        {
            (w.Weeks, p => p.Weeks), (w.EveningHours, p => Hours(p.EveningHours)), (w.WeekendHours, p => Hours(p.WeekendHours)),
            (w.HolidayHours, p => Hours(p.HolidayHours)), (w.Pages, p => p.Pages), (w.CallInHours, p => Hours(p.CallInHours)),
        };
        var active = dimensions.Select(d => (d.Weight, d.Value, Mean: loads.Count == 0 ? 0m : loads.Average(d.Value)))
            .Where(d => d.Weight > 0m && d.Mean > 0m).ToList();
        var weightSum = active.Sum(d => d.Weight);
        loads = [.. loads.Select(p => p with
        {
            LoadIndex = weightSum == 0m ? 0m : Math.Round(active.Sum(d => d.Weight * d.Value(p) / d.Mean) / weightSum, 4),
        })];
        var score = Score(loads.Select(p => weightSum == 0m ? 0m : active.Sum(d => d.Weight * d.Value(p) / d.Mean) / weightSum).ToList());
        return new LevelEquity(level, rotation.Name, [.. loads], score, [.. Rebalance(timeline.Schedule.Team.Policy.Compensation, rotation, loads)]);
    }

    /// <summary>1 minus the Gini coefficient of the indices, rounded to 4 decimals; 1 when all are equal or all zero.</summary>
    internal static decimal Score(IReadOnlyList<decimal> indices)
    {
        var n = indices.Count;
        var mean = n == 0 ? 0m : indices.Average();
        if (mean == 0m)
        {
            return 1m;
        }

        var differences = 0m;
        foreach (var a in indices)
        {
            foreach (var b in indices)
            {
                differences += Math.Abs(a - b);
            }
        }

        return Math.Round(1m - (differences / (2m * n * n * mean)), 4);
    }

    private static IEnumerable<RebalanceHint> Rebalance(CompensationPolicy policy, Rotation rotation, List<PersonLoad> loads)
    {
        var totalPages = loads.Sum(p => p.Pages);
        var lightest = loads.Where(p => rotation.Participants.Contains(p.Person)).OrderBy(p => p.LoadIndex).ThenBy(p => rotation.Participants.IndexOf(p.Person)).FirstOrDefault();
        foreach (var load in loads.Where(p => p.LoadIndex > policy.RebalanceShareOfFair && p.Pages >= policy.RebalanceMinimumPages)
                     .OrderByDescending(p => p.LoadIndex).ThenBy(p => p.Person, StringComparer.Ordinal))
        {
            var fair = 1m / loads.Count;
            var share = totalPages == 0 ? 0m : (decimal)load.Pages / totalPages;
            var to = lightest is not null && lightest.Person != load.Person ? $"; move weeks to {lightest.Person} (load index {lightest.LoadIndex.ToString("0.##", CultureInfo.InvariantCulture)})" : string.Empty;
            yield return new RebalanceHint(rotation.Level, load.Person, load.Pages, totalPages, Math.Round(share, 4), Math.Round(fair, 4), FormattableString.Invariant(
                $"{load.Person} carries {load.LoadIndex:0.##}× the average level {(int)rotation.Level} load with {load.Pages} of the {totalPages} pages; more than {policy.RebalanceShareOfFair}× the average: rebalance the team (§5.4){to}."));
        }
    }

    /// <summary>The evening-shift parts of one local date: [00:00, close) and [open, 24:00) for an overnight shift.</summary>
    private static IEnumerable<(Instant From, Instant To)> EveningParts(DateTimeZone zone, LocalDate date, Calendars.ShiftInterval evening)
    {
        Instant At(LocalTime time) => zone.AtLeniently(date + time).ToInstant();
        var (dayStart, dayEnd) = (zone.StartOfDay(date), zone.StartOfDay(date.PlusDays(1)));
        if (evening.Open >= evening.Close)
        {
            yield return (dayStart, evening.Close == LocalTime.Midnight ? dayStart : At(evening.Close));
            yield return (At(evening.Open), dayEnd);
        }
        else
        {
            yield return (At(evening.Open), At(evening.Close));
        }
    }

    private static Duration Covered(Calendars.BusinessCalendar coverage, OnCallSegment segment, Instant from, Instant to)
    {
        var a = segment.Start > from ? segment.Start : from;
        var b = segment.End < to ? segment.End : to;
        return a < b ? coverage.Elapsed(a, b) : Duration.Zero;
    }

    private static decimal Hours(Duration duration) => (decimal)duration.ToInt64Nanoseconds() / NodaConstants.NanosecondsPerHour;
}
