using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Benchmarks.Sla;

/// <summary>
/// One ticket's SLA evaluation (<see cref="SlaEvaluator.Evaluate"/>) on the Professional calendar, with no status
/// changes and with four (in progress, waiting on the customer, in progress, waiting), against a naive evaluator that
/// steps the resolution clock minute by minute. Created Friday 17:55 PST, evaluated Wednesday 12:00.
/// <see cref="EvaluateAndTrace"/> also composes the trace, which evaluation itself leaves for later.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SlaEvaluateBenchmarks
{
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly Instant Now = At(2026, 1, 28, 12, 0);

    private readonly SlaEvaluator evaluator = SlaEvaluator.Default;
    private Ticket ticket = null!;
    private NaiveSla naive = null!;

    [Params(0, 4)]
    public int StatusChanges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ImmutableArray<StatusChange> changes =
        [
            new(At(2026, 1, 26, 9, 30), TicketStatus.InProgress),
            new(At(2026, 1, 26, 11, 0), TicketStatus.WaitingOnCustomer),
            new(At(2026, 1, 27, 10, 0), TicketStatus.InProgress),
            new(At(2026, 1, 27, 16, 0), TicketStatus.WaitingOnCustomer),
        ];
        ticket = new Ticket
        {
            Id = "T-1901",
            Tier = Tier.Professional,
            Priority = Priority.Medium,
            CreatedAt = At(2026, 1, 23, 17, 55),
            FirstResponseAt = At(2026, 1, 26, 9, 30),
            StatusChanges = changes[..StatusChanges],
        };
        naive = new NaiveSla(SlaPolicy.Default);
        evaluator.Evaluate(ticket, Now); // build the calendars' tables outside the measurement
    }

    [Benchmark(Baseline = true)]
    public (Instant, Instant?) NaiveMinuteStepping() => naive.Evaluate(ticket, Now);

    [Benchmark]
    public SlaResult Evaluate() => evaluator.Evaluate(ticket, Now);

    [Benchmark]
    public int EvaluateAndTrace() => evaluator.Evaluate(ticket, Now).Trace.Length;

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Pacific).ToInstant();
}

/// <summary>
/// 100,000 tickets of every tier and priority with 0–6 status changes (seeded, repeatable), evaluated at one instant
/// (<see cref="SlaEvaluator.EvaluateAll"/>) and put in queue order (<see cref="SlaEvaluator.Queue"/>, D10).
/// </summary>
[MemoryDiagnoser]
public class SlaBatchBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 20, 18, 0);

    private readonly SlaEvaluator evaluator = SlaEvaluator.Default;
    private Ticket[] tickets = null!;

    [Params(100_000)]
    public int Tickets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260126);
        var statuses = Enum.GetValues<TicketStatus>();
        tickets = new Ticket[Tickets];
        for (var i = 0; i < tickets.Length; i++)
        {
            var created = Now - Duration.FromMinutes(random.Next(0, 60 * 24 * 30));
            var changes = ImmutableArray.CreateBuilder<StatusChange>();
            var at = created;
            for (var c = random.Next(0, 7); c > 0; c--)
            {
                at += Duration.FromMinutes(random.Next(0, 60 * 24 * 2));
                changes.Add(new StatusChange(at, statuses[random.Next(statuses.Length)]));
            }

            tickets[i] = new Ticket
            {
                Id = $"T-{i}",
                Tier = (Tier)random.Next(3),
                Priority = (Priority)random.Next(4),
                CreatedAt = created,
                FirstResponseAt = random.Next(3) == 0 ? null : created + Duration.FromMinutes(random.Next(0, 600)),
                StatusChanges = changes.ToImmutable(),
            };
        }

        evaluator.EvaluateAll(tickets, Now);
    }

    [Benchmark]
    public ImmutableArray<SlaResult> EvaluateAll() => evaluator.EvaluateAll(tickets, Now);

    [Benchmark]
    public ImmutableArray<SlaResult> Queue() => evaluator.Queue(tickets, Now);
}

/// <summary>
/// The naive baseline: the first-response due by minute-stepping Add, and the resolution clock by visiting every
/// minute since creation, asking the ticket's status and the calendar whether it counts.
/// </summary>
internal sealed class NaiveSla(SlaPolicy policy)
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    public (Instant FirstResponseDue, Instant? ResolutionDue) Evaluate(Ticket ticket, Instant now)
    {
        var target = policy.TargetFor(ticket.Tier, ticket.Priority);
        var first = new MinuteSteppingOracle(policy.Calendars[target.FirstResponse.CalendarId].Definition);
        var resolution = new MinuteSteppingOracle(policy.Calendars[target.Resolution.CalendarId].Definition);
        var firstDue = first.Add(ticket.CreatedAt, target.FirstResponse.Target);
        var counted = Duration.Zero;
        for (var t = ticket.CreatedAt; t < now; t += Minute)
        {
            if (ticket.StatusAt(t) is TicketStatus.Open or TicketStatus.InProgress)
            {
                counted += resolution.Elapsed(t, t + Minute);
            }
        }

        var status = ticket.StatusAt(now);
        Instant? resolutionDue = status is TicketStatus.Open or TicketStatus.InProgress && counted < target.Resolution.Target
            ? resolution.Add(now, target.Resolution.Target - counted)
            : null;
        return (firstDue, resolutionDue);
    }
}
