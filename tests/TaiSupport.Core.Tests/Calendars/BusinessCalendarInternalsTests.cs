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
    public void LocatedInstants_AgreeWithElapsedAndAdd_BeforeAndAfterTheEpoch()
    {
        // Locate takes the chunk and offset from the instant's day and nanosecond of day since the epoch; before the
        // epoch NodaTime truncates the day towards zero, so instants there (not at midnight) and chunk boundaries on
        // both sides must give the located answers Elapsed and TryAdd give.
        var random = new Random(1313);
        var calendars = new[] { BusinessCalendars.StarterHours, BusinessCalendar.For("UTC").OpenEveryDay(new LocalTime(9, 30), new LocalTime(17, 15)).Build() };
        var instants = new List<Instant> { NodaConstants.UnixEpoch, NodaConstants.UnixEpoch - Duration.FromNanoseconds(1), Boundary, Boundary - Duration.FromNanoseconds(1) };
        foreach (var chunk in new[] { -1L, -2L, -57L, -1000L, 0L, 1L, 1000L })
        {
            var start = Instant.FromUnixTimeTicks(chunk * 364 * NodaConstants.TicksPerDay);
            instants.AddRange([start, start - Duration.FromHours(7) - Duration.FromNanoseconds(3), start + Duration.FromHours(13) + Duration.FromNanoseconds(5)]);
        }

        for (var i = 0; i < 400; i++)
        {
            instants.Add(Instant.FromUtc(1800, 1, 1, 0, 0) + Duration.FromNanoseconds(random.NextInt64(0, 250L * 365 * NodaConstants.NanosecondsPerDay)));
        }

        foreach (var calendar in calendars)
        {
            foreach (var a in instants)
            {
                var b = a + Duration.FromMinutes(random.Next(0, 60 * 24 * 20)) + Duration.FromNanoseconds(random.Next());
                Assert.Equal(calendar.Elapsed(a, b), calendar.ElapsedBetween(calendar.Locate(a), calendar.Locate(b)));
                var duration = Duration.FromMinutes(random.Next(1, 60 * 40));
                Assert.Equal(calendar.TryAdd(a, duration, DueAtClosing.ClosingInstant, out var expected), calendar.TryAddFrom(calendar.Locate(a), duration, DueAtClosing.ClosingInstant, out var due));
                Assert.Equal(expected, due);
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Locate(Instant.MinValue));
            Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Locate(Instant.MaxValue));
        }
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
