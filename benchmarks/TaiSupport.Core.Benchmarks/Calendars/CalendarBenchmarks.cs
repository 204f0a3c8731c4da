using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Benchmarks.Calendars;

/// <summary>
/// <see cref="BusinessCalendar.Add(Instant, Duration)"/> and <see cref="BusinessCalendar.Elapsed"/> on the Starter
/// calendar (Mon–Fri 09–17 Los Angeles, US holidays), for 1 h, 8 h, one business week (40 h) and 100,000 minutes of
/// business time, against the naive minute-stepping baseline. Starts on a Friday afternoon before a DST change.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 7, 0, 30); // Fri 2026-03-06 16:30 PST

    private BusinessCalendar calendar = null!;
    private MinuteSteppingOracle naive = null!;
    private Duration duration;
    private Instant end;

    [Params(60, 480, 2400, 100_000)]
    public int BusinessMinutes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        calendar = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 5, 25)).Holiday(new LocalDate(2026, 7, 3)).Holiday(new LocalDate(2026, 9, 7))
            .Holiday(new LocalDate(2026, 11, 26)).Holiday(new LocalDate(2026, 12, 25)).Holiday(new LocalDate(2027, 1, 1))
            .Build();
        naive = new MinuteSteppingOracle(calendar.Definition);
        duration = Duration.FromMinutes(BusinessMinutes);
        end = calendar.Add(Start, duration);
    }

    [Benchmark(Baseline = true)]
    public Instant NaiveAdd() => naive.Add(Start, duration);

    [Benchmark]
    public Instant Add() => calendar.Add(Start, duration);

    [Benchmark]
    public Duration Elapsed() => calendar.Elapsed(Start, end);
}
