using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Benchmarks.Calendars;

/// <summary>
/// Issue 13's operations: <see cref="BusinessCalendar.Subtract(Instant, Duration)"/>, working-day arithmetic and
/// <see cref="BusinessCalendar.Add(Instant, Duration)"/> / <see cref="BusinessCalendar.Elapsed"/> on a composed
/// calendar (Los Angeles ∪ Berlin, Mon–Fri 09–17) against the plain Los Angeles one. Targets: Subtract and
/// working days ≤ 250 ns and 0 B; composed within 2× of plain.
/// </summary>
[MemoryDiagnoser]
public class CalendarSecondWaveBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 7, 0, 30); // Fri 2026-03-06 16:30 PST
    private static readonly Duration Week = Duration.FromHours(40);

    private BusinessCalendar plain = null!;
    private BusinessCalendar union = null!;
    private Instant end;

    [GlobalSetup]
    public void Setup()
    {
        plain = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId)
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .Holiday(new LocalDate(2026, 5, 25)).Holiday(new LocalDate(2026, 7, 3)).Holiday(new LocalDate(2026, 9, 7))
            .Build();
        var berlin = BusinessCalendar.For("Europe/Berlin").OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        union = BusinessCalendar.Union(plain, berlin);
        end = plain.Add(Start, Week);
        _ = union.Add(Start, Week);
    }

    [Benchmark]
    public Instant Subtract() => plain.Subtract(end, Week);

    [Benchmark]
    public Instant AddOneWorkingDaySameTime() => plain.AddWorkingDays(Start, 1, WorkingDayMode.SameLocalTime);

    [Benchmark]
    public Instant AddFiveWorkingDaysEndOfDay() => plain.AddWorkingDays(Start, 5, WorkingDayMode.EndOfDay);

    [Benchmark]
    public bool IsWorkingDay() => plain.IsWorkingDay(new LocalDate(2026, 3, 9));

    [Benchmark(Baseline = true)]
    public Instant PlainAdd() => plain.Add(Start, Week);

    [Benchmark]
    public Instant UnionAdd() => union.Add(Start, Week);

    [Benchmark]
    public Duration PlainElapsed() => plain.Elapsed(Start, end);

    [Benchmark]
    public Duration UnionElapsed() => union.Elapsed(Start, end);

    [Benchmark]
    public Instant UnionSubtract() => union.Subtract(end, Week);
}
