using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Benchmarks.UserData;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Benchmarks.OnCall;

/// <summary>Teams for the on-call benchmarks: 8 people (4 + 4) and 30 people (15 + 12 + 3), with some time off.</summary>
internal static class OnCallTeams
{
    public static readonly LocalDate Start = new(2026, 1, 5);

    public static OnCallTeam Of(int people)
    {
        var support = people == 8 ? 4 : 15;
        var engineers = people == 8 ? 4 : 12;
        var rotations = new List<Rotation>
        {
            OnCallRotations.Support.WithParticipants([.. Enumerable.Range(1, support).Select(i => $"Support {i}")]),
            OnCallRotations.Engineering.WithParticipants([.. Enumerable.Range(1, engineers).Select(i => $"Engineer {i}")]),
        };
        if (people > support + engineers)
        {
            rotations.Add(OnCallRotations.VpProduct.WithParticipants([.. Enumerable.Range(1, people - support - engineers).Select(i => $"VP {i}")]));
        }

        var away = rotations.SelectMany(r => r.Participants).Where((_, i) => i % 3 == 0)
            .Select((name, i) => new OnCallMember { Name = name, TimeOff = [new TimeOff(Start.PlusDays(9 * i + 3), Start.PlusDays(9 * i + 7))] });
        return new OnCallTeam { Rotations = [.. rotations], People = [.. away] };
    }
}

/// <summary>
/// Planning a fair rota (<see cref="RotaGenerator"/>): a quarter for 8 people and a year for 30, against the plain
/// round-robin rotation that ignores the §5.4 rules (the baseline), and checking the result (<see cref="RotaChecker"/>).
/// </summary>
[MemoryDiagnoser]
public class RotaGenerationBenchmarks
{
    private OnCallTeam team = null!;
    private int weeks;
    private OnCallSchedule plan = null!;

    [Params("quarter-8-people", "year-30-people")]
    public string Case { get; set; } = "quarter-8-people";

    [GlobalSetup]
    public void Setup()
    {
        (team, weeks) = Case == "quarter-8-people" ? (OnCallTeams.Of(8), 13) : (OnCallTeams.Of(30), 52);
        team = BenchmarkInputs.Team ?? team; // --team FILE: the user's team, for a quarter and for a year
        plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team, OnCallTeams.Start, weeks)).Schedule
            ?? throw new InvalidOperationException("the benchmark team must be plannable");
    }

    [Benchmark(Baseline = true)]
    public OnCallSchedule RoundRobin() => OnCallSchedule.RoundRobin(team, OnCallTeams.Start, OnCallTeams.Start.PlusWeeks(weeks));

    [Benchmark]
    public RotaPlan Generate() => RotaGenerator.Generate(RotaRequest.ForWeeks(team, OnCallTeams.Start, weeks));

    [Benchmark]
    public RotaCheck Check() => RotaChecker.Check(plan);
}

/// <summary>
/// Who is on call at an instant (<see cref="OnCallTimeline.Who"/>) on a year's rota for 30 people, at Level 1
/// (evenings and weekends: a coverage look-up too) and Level 2, against a naive scan that recomputes each shift's
/// hand-offs from the rotation. Target: at most 200 ns and no allocation.
/// </summary>
[MemoryDiagnoser]
public class WhoIsOnCallBenchmarks
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 1, 9, 30); // 01:30 PST, the repeated hour of fall-back

    private OnCallTimeline timeline = null!;
    private OnCallSchedule schedule = null!;

    [Params(OnCallLevel.Support, OnCallLevel.Engineering)]
    public OnCallLevel Level { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        schedule = RotaGenerator.Generate(RotaRequest.ForWeeks(OnCallTeams.Of(30), OnCallTeams.Start, 52)).Schedule!;
        timeline = schedule.Compile();
    }

    [Benchmark(Baseline = true)]
    public string? NaiveScan()
    {
        var rotation = schedule.Team.RotationFor(Level)!;
        foreach (var shift in schedule.Shifts)
        {
            if (shift.Level == Level)
            {
                var slot = rotation.SlotOn(shift.Date);
                if (slot.Start <= At && At < slot.End)
                {
                    return timeline.Coverage(Level)!.IsOpen(At) ? shift.Person : null;
                }
            }
        }

        return null;
    }

    [Benchmark]
    public OnCallAnswer Who() => timeline.Who(Level, At);
}

/// <summary>
/// Who is on call at 10,000 seeded random instants over a year's generated rota (the realistic workload: every call
/// lands in a different week), per call. The team is <c>--team FILE</c> when given, else the built-in 30 people.
/// </summary>
[MemoryDiagnoser]
public class WhoIsOnCallYearBenchmarks
{
    private const int Calls = 10_000;

    private OnCallTimeline timeline = null!;
    private Instant[] instants = [];

    [Params(OnCallLevel.Support, OnCallLevel.Engineering)]
    public OnCallLevel Level { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var team = BenchmarkInputs.Team ?? OnCallTeams.Of(30);
        var schedule = RotaGenerator.Generate(RotaRequest.ForWeeks(team, OnCallTeams.Start, 52)).Schedule
            ?? throw new InvalidOperationException("the team cannot be planned for a year; check it with tai oncall plan");
        timeline = schedule.Compile();
        var from = OnCallTeams.Start.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb[BusinessCalendars.PacificTimeZoneId]).ToInstant();
        instants = Workloads.InstantsOverAYear(Calls, from, seed: 52);
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int Who()
    {
        var found = 0;
        foreach (var at in instants)
        {
            found += timeline.Who(Level, at).Person is null ? 0 : 1;
        }

        return found;
    }
}
