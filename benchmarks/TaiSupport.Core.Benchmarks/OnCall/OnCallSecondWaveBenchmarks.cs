using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Core.Benchmarks.OnCall;

/// <summary>
/// The complete generator with absences, and swaps checked against every §5.4 rule (issue 17): a year for 30 people
/// (15 + 12 + 3) with 40 absences of 2–6 days, then 20 cover requests (an evening each) proposed and accepted through
/// <see cref="SwapDesk"/>. Target of the issue: generation under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class RotaGenerationWithAbsencesBenchmarks
{
    private OnCallTeam team = null!;
    private OnCallSchedule plan = null!;
    private List<SwapRequest> swaps = null!;

    [GlobalSetup]
    public void Setup()
    {
        var baseTeam = OnCallTeams.Of(30);
        var people = baseTeam.Rotations.Take(2).SelectMany(r => r.Participants).ToList();
        var absences = Enumerable.Range(0, 40).Select(i => (Person: people[(i * 7) % people.Count], From: OnCallTeams.Start.PlusDays((i * 9) % 350), Days: 2 + (i % 5)));
        team = baseTeam with
        {
            People = [.. absences.GroupBy(a => a.Person).Select(g => new OnCallMember { Name = g.Key, TimeOff = [.. g.Select(a => new TimeOff(a.From, a.From.PlusDays(a.Days - 1)))] })],
        };
        plan = Generate().Schedule ?? throw new InvalidOperationException("the benchmark team must be plannable");
        var support = team.Rotations[0];
        var zone = team.Zone;
        swaps = [.. Enumerable.Range(0, 20).Select(i =>
        {
            var day = OnCallTeams.Start.PlusDays(1 + (i * 17));
            var holder = plan.Compile().Who(OnCallLevel.Support, zone.AtLeniently(day.At(new LocalTime(19, 0))).ToInstant()).Person!;
            var cover = support.Participants[(support.Participants.IndexOf(holder) + 1) % support.Participants.Length];
            var start = zone.AtLeniently(day.At(new LocalTime(18, 0))).ToInstant();
            return new SwapRequest { Id = $"s-{i}", RequestedBy = holder, CoveredBy = cover, Give = new ShiftPart(OnCallLevel.Support, start, start + Duration.FromHours(4)) };
        })];
    }

    [Benchmark(Baseline = true)]
    public RotaPlan Generate() => RotaGenerator.Generate(RotaRequest.ForWeeks(team, OnCallTeams.Start, 52));

    [Benchmark]
    public OnCallSchedule GenerateAndTwentySwaps()
    {
        var schedule = Generate().Schedule!;
        foreach (var swap in swaps)
        {
            schedule = SwapDesk.Accept(schedule, swap, "Lead").Schedule;
        }

        return schedule;
    }
}
