using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Benchmarks.UserData;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Benchmarks.Calendars;

/// <summary>
/// The realistic calendar workload (the one the Ruby and JavaScript business-hours libraries are measured on):
/// 10,000 seeded random starts spread over a year, each adding a random 30 minutes to 40 business hours, so every
/// call touches a different part of the precomputed year. Rows are per call (<c>OperationsPerInvoke</c>). The
/// baseline row is the floor any interval-table design pays: one bare binary search per call over the same year's
/// opening and closing instants. Runs on <c>--calendar FILE</c> when given, else on Starter hours with US holidays.
/// </summary>
[MemoryDiagnoser]
public class CalendarYearBenchmarks
{
    private const int Calls = 10_000;
    private static readonly Instant YearStart = Instant.FromUtc(2026, 1, 1, 0, 0);

    private BusinessCalendar calendar = null!;
    private Instant[] starts = [];
    private Duration[] durations = [];
    private Instant[] ends = [];
    private long[] boundaries = [];

    [GlobalSetup]
    public void Setup()
    {
        calendar = BenchmarkInputs.Calendar ?? StarterWithUsHolidays();
        starts = Workloads.InstantsOverAYear(Calls, YearStart, seed: 20260101);
        var random = new Random(20260102);
        durations = [.. Enumerable.Range(0, Calls).Select(_ => Duration.FromMinutes(random.Next(30, 40 * 60)))];
        ends = [.. starts.Select((s, i) => calendar.Add(s, durations[i]))];
        boundaries = Boundaries(calendar, YearStart, YearStart + Duration.FromDays(366));
    }

    /// <summary>The floor: one binary search over the year's opening and closing instants.</summary>
    /// <returns>A checksum so the work is not optimised away.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public long BinarySearchFloor()
    {
        long sum = 0;
        var table = boundaries;
        foreach (var start in starts)
        {
            sum += Array.BinarySearch(table, start.ToUnixTimeTicks());
        }

        return sum;
    }

    /// <summary><see cref="BusinessCalendar.Add(Instant, Duration)"/> from random starts.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = Calls)]
    public long Add()
    {
        long sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            sum += calendar.Add(starts[i], durations[i]).ToUnixTimeTicks();
#if DELIBERATELY_SLOW
            Thread.SpinWait(200); // the regression drill of docs/benchmarks.md: build with -p:DefineConstants=DELIBERATELY_SLOW
#endif
        }

        return sum;
    }

    /// <summary><see cref="BusinessCalendar.Elapsed"/> between random starts and their dues.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(OperationsPerInvoke = Calls)]
    public long Elapsed()
    {
        long sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            sum += calendar.Elapsed(starts[i], ends[i]).BclCompatibleTicks;
        }

        return sum;
    }

    /// <summary>Mon–Fri 09:00–17:00 Los Angeles with the 2026 US federal holidays.</summary>
    /// <returns>The calendar.</returns>
    internal static BusinessCalendar StarterWithUsHolidays() =>
        BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 1, 1)).Holiday(new LocalDate(2026, 1, 19)).Holiday(new LocalDate(2026, 2, 16))
            .Holiday(new LocalDate(2026, 5, 25)).Holiday(new LocalDate(2026, 6, 19)).Holiday(new LocalDate(2026, 7, 3))
            .Holiday(new LocalDate(2026, 9, 7)).Holiday(new LocalDate(2026, 10, 12)).Holiday(new LocalDate(2026, 11, 11))
            .Holiday(new LocalDate(2026, 11, 26)).Holiday(new LocalDate(2026, 12, 25)).Holiday(new LocalDate(2027, 1, 1))
            .Build();

    /// <summary>Every opening and closing instant of <paramref name="calendar"/> in <c>[from, to)</c>, as Unix ticks.</summary>
    internal static long[] Boundaries(BusinessCalendar calendar, Instant from, Instant to)
    {
        var result = new List<long>();
        var at = from;
        while (at < to && calendar.NextOpening(at) is { } open && open < to)
        {
            result.Add(open.ToUnixTimeTicks());
            var close = calendar.NextClosing(open);
            if (close is null)
            {
                break;
            }

            result.Add(close.Value.ToUnixTimeTicks());
            at = close.Value;
        }

        return [.. result];
    }
}
