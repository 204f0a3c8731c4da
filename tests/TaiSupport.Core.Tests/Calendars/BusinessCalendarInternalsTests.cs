using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>
/// Cases aimed at the precomputed 52-week stretches (docs/architecture.md): an open stretch running across a
/// stretch boundary must behave exactly like one that does not, and concurrent first use must agree.
/// </summary>
public sealed class BusinessCalendarInternalsTests
{
    // Stretches start every 364 days from the Unix epoch; the 57th starts on Thursday 2026-10-22T00:00Z.
    private static readonly Instant Boundary = Instant.FromUnixTimeTicks(57L * 364 * NodaConstants.TicksPerDay);

    [Fact]
    public void OpenStretchAcrossAChunkBoundary_IsOneStretch()
    {
        var calendar = BusinessCalendar.For("UTC")
            .OpenEveryDay(LocalTime.Midnight, LocalTime.Midnight)
            .Holiday(new LocalDate(2027, 6, 1))
            .Build();
        var before = Boundary - Duration.FromHours(1);
        Assert.Equal(new LocalDate(2026, 10, 22), Boundary.InUtc().Date);
        Assert.Equal(Instant.FromUtc(2027, 6, 1, 0, 0), calendar.NextClosing(before));
        Assert.Equal(Instant.FromUtc(2027, 6, 2, 0, 0), calendar.NextOpening(before));
        Assert.Equal(Duration.FromHours(2), calendar.Elapsed(before, Boundary + Duration.FromHours(1)));
        Assert.Equal(Boundary + Duration.FromHours(5), calendar.Add(before, Duration.FromHours(6)));
        Assert.Null(calendar.NextClosing(Instant.FromUtc(2027, 6, 3, 0, 0)));
    }

    [Fact]
    public void ShiftEndingExactlyAtAChunkBoundary_ClosesThere()
    {
        var calendar = BusinessCalendar.For("UTC").Open(IsoDayOfWeek.Wednesday, new LocalTime(20, 0), LocalTime.Midnight).Build();
        Assert.Equal(IsoDayOfWeek.Thursday, Boundary.InUtc().DayOfWeek);
        Assert.Equal(Boundary, calendar.NextClosing(Boundary - Duration.FromHours(2)));
        Assert.False(calendar.IsOpen(Boundary));
        Assert.Equal(Boundary + Duration.FromDays(7) - Duration.FromHours(4), calendar.NextOpening(Boundary));
        Assert.Equal(Boundary, calendar.Add(Boundary - Duration.FromHours(2), Duration.FromHours(2)));
    }

    [Fact]
    public void ConcurrentFirstUse_GivesTheSameAnswersAsSequentialUse()
    {
        var definition = BusinessCalendars.StarterHours.Definition;
        var starts = Enumerable.Range(0, 400).Select(i => Instant.FromUtc(1990, 1, 1, 0, 0) + Duration.FromDays(i * 97)).ToArray();
        var sequential = BusinessCalendar.Create(definition);
        var expected = starts.Select(s => sequential.Add(s, Duration.FromHours(100))).ToArray();

        var shared = BusinessCalendar.Create(definition);
        var actual = new Instant[starts.Length];
        Parallel.For(0, starts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = shared.Add(starts[i], Duration.FromHours(100)));
        Assert.Equal(expected, actual);
    }
}
