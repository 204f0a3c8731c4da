using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Tickets;

/// <summary>
/// The contract of <see cref="TicketLife.Evaluate"/>'s result that a faster representation must keep (issue 14's speed
/// work tried one that made the <see cref="ClockReading"/> and <see cref="TicketAlert"/> objects on first read): the same
/// objects on every read, also under concurrent reads; copies made with <c>with</c> share them and equal the original;
/// a result made by its initializer answers what it was given; the readings carry every value the walk found.
/// </summary>
public sealed class TicketLifeResultTests
{
    private static TicketLifeResult Evaluate() =>
        TicketLife.Default.Evaluate(
            Pt.Ticket(Tier.Professional, Priority.High, "2026-03-06 10:00") with
            {
                Channel = TicketChannel.Slack,
                Events =
                [
                    TicketEvent.AgentReply(Pt.At("2026-03-06 10:14"), holding: true),
                    TicketEvent.AgentReply(Pt.At("2026-03-06 11:00")),
                    TicketEvent.CustomerMessage(Pt.At("2026-03-06 16:00")),
                ],
            },
            Pt.At("2026-03-09 10:30"));

    [Fact]
    public void ClocksAndAlerts_ReadTwice_AreTheSameObjects()
    {
        var result = Evaluate();

        Assert.NotEmpty(result.Alerts);
        Assert.Equal(4, result.Clocks.Length); // acknowledge, first response, next reply 1, resolution
        Assert.True(result.Clocks == result.Clocks);
        Assert.True(result.Alerts == result.Alerts);
        Assert.Same(result.Clocks[2], result.Find(TicketClock.NextReply));
    }

    [Fact]
    public void ConcurrentFirstReads_AllAnswerOneArray()
    {
        for (var round = 0; round < 20; round++)
        {
            var result = Evaluate();
            var clocks = new ClockReading[8][];
            var alerts = new TicketAlert[8][];
            using var start = new Barrier(clocks.Length);
            Parallel.For(0, clocks.Length, new ParallelOptions { MaxDegreeOfParallelism = clocks.Length }, i =>
            {
                start.SignalAndWait();
                clocks[i] = [.. result.Clocks];
                alerts[i] = [.. result.Alerts];
            });

            for (var i = 1; i < clocks.Length; i++)
            {
                Assert.Equal(clocks[0], clocks[i], ReferenceEqualityComparer.Instance);
                Assert.Equal(alerts[0], alerts[i], ReferenceEqualityComparer.Instance);
            }
        }
    }

    [Fact]
    public void CopiesMadeBeforeOrAfterTheFirstRead_ShareTheObjectsAndEqualTheOriginal()
    {
        var fresh = Evaluate();
        var copyBeforeRead = fresh with { Reassign = fresh.Reassign };
        Assert.True(copyBeforeRead.Clocks == fresh.Clocks);
        Assert.True(copyBeforeRead.Alerts == fresh.Alerts);
        Assert.Equal(fresh, copyBeforeRead);
        Assert.Equal(fresh.GetHashCode(), copyBeforeRead.GetHashCode());

        var read = Evaluate();
        _ = read.Clocks;
        Assert.Equal(read, read with { });
        Assert.Equal(read, read with { Clocks = read.Clocks });
        Assert.NotEqual(read, read with { Clocks = [.. read.Clocks] }); // another array: not equal, as ImmutableArray compares
        Assert.NotEqual(read, read with { NextCheckAt = null });
        Assert.NotEqual(Evaluate(), Evaluate()); // two evaluations make two arrays, as before
    }

    [Fact]
    public void ResultMadeByItsInitializer_AnswersWhatItWasGiven()
    {
        var evaluated = Evaluate();
        var made = new TicketLifeResult
        {
            Ticket = evaluated.Ticket,
            Now = evaluated.Now,
            Tier = evaluated.Tier,
            Priority = evaluated.Priority,
            Status = evaluated.Status,
            Clocks = [evaluated.Clocks[0]],
            Alerts = [],
            Zone = evaluated.Zone,
        };

        Assert.Same(evaluated.Clocks[0], Assert.Single(made.Clocks));
        Assert.Empty(made.Alerts);
        Assert.Null(made.NextCheckAt);
        Assert.Equal(2, made.Trace.Length); // the one clock and the next check
    }

    [Fact]
    public void ReadingsMadeOnFirstRead_CarryEveryValueTheWalkFound()
    {
        var result = Evaluate();
        var acknowledge = result.Find(TicketClock.Acknowledge)!;
        Assert.Equal((Core.Sla.SlaState.Met, Pt.At("2026-03-06 10:15"), Pt.At("2026-03-06 10:14"), Duration.FromMinutes(14)), (acknowledge.State, acknowledge.Due, acknowledge.StoppedAt, acknowledge.Counted));
        Assert.Empty(acknowledge.Teams);
        Assert.Null(acknowledge.Relative);

        var next = result.Find(TicketClock.NextReply)!;
        Assert.Equal((1, Pt.At("2026-03-06 16:00"), (Instant?)null), (next.Cycle, next.StartedAt, next.StoppedAt));
        Assert.All(result.Alerts, a => Assert.Equal(a.At <= result.Now, a.Fired));
        Assert.Equal(result.Alerts.OrderBy(a => a.At).Select(a => a.At), result.Alerts.Select(a => a.At));
    }
}
