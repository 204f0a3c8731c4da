using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Benchmarks.OnCall;

/// <summary>
/// Issue 17, third wave: a year for 30 people (15 + 12 + 3) with 40 absences of which half are partial days
/// (18:00–23:00), US federal holidays observed by every fifth person; generation, and repair of the published year
/// after one new week of leave in June (only the affected weeks are re-planned). Target of the issue: generation under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class RotaRepairBenchmarks
{
    private OnCallTeam team = null!;
    private OnCallTeam changed = null!;
    private OnCallSchedule published = null!;

    [GlobalSetup]
    public void Setup()
    {
        var baseTeam = OnCallTeams.Of(30);
        var people = baseTeam.Rotations.Take(2).SelectMany(r => r.Participants).ToList();
        var absences = Enumerable.Range(0, 40).Select(i =>
        {
            var from = OnCallTeams.Start.PlusDays((i * 9) % 350);
            return (Person: people[(i * 7) % people.Count], Off: i % 2 == 0
                ? new TimeOff(from, from.PlusDays(1 + (i % 5)))
                : new TimeOff(from, from) { StartTime = new LocalTime(18, 0), EndTime = new LocalTime(23, 0) });
        });
        var byPerson = absences.GroupBy(a => a.Person).ToDictionary(g => g.Key, g => g.Select(a => a.Off).ToList());
        team = baseTeam with
        {
            HolidaySets = ["us-federal"],
            People = [.. people.Select((name, i) => new OnCallMember
            {
                Name = name,
                TimeOff = [.. byPerson.GetValueOrDefault(name) ?? []],
                OffOnHolidays = i % 5 == 0,
            })],
        };
        published = Generate().Schedule ?? throw new InvalidOperationException("the benchmark team must be plannable");
        var holder = published.ShiftOn(OnCallLevel.Support, new LocalDate(2026, 6, 8))!.Person;
        changed = team with
        {
            People = [.. team.People.Select(p => p.Name == holder ? p with { TimeOff = p.TimeOff.Add(new TimeOff(new LocalDate(2026, 6, 9), new LocalDate(2026, 6, 12))) } : p)],
        };
    }

    [Benchmark(Baseline = true)]
    public RotaPlan Generate() => RotaGenerator.Generate(RotaRequest.ForWeeks(team, OnCallTeams.Start, 52));

    [Benchmark]
    public RotaRepairResult RepairAfterNewLeave() => RotaRepair.Repair(published, changed);
}
