using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Benchmarks.UserData;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Benchmarks.Sla;

/// <summary>
/// Best case, a fixed ticket: one ticket's SLA evaluation (<see cref="SlaEvaluator.Evaluate"/>) on the Professional calendar, with no status
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
/// Throughput: a helpdesk's tickets evaluated at one instant (<see cref="SlaEvaluator.EvaluateAll"/>) and put in queue
/// order (<see cref="SlaEvaluator.EvaluateQueue"/>, D10). Built in: 100,000 and 1,000,000 seeded tickets of every tier and
/// priority, created over the month before, with 0–6 status changes. With <c>--tickets FILE</c> (and optionally
/// <c>--policy FILE</c>) it runs on the user's tickets and policy instead, evaluated one minute after the last one
/// was created. Tickets per second on one core = <c>Tickets</c> / Mean.
/// </summary>
[MemoryDiagnoser]
public class SlaBatchBenchmarks
{
    private static readonly Instant BuiltInNow = Instant.FromUtc(2026, 3, 20, 18, 0);

    private SlaEvaluator evaluator = SlaEvaluator.Default;
    private Ticket[] tickets = null!;
    private Instant now;

    /// <summary>How many tickets: the user's file, or the built-in sizes.</summary>
    public static IEnumerable<int> TicketCounts => BenchmarkInputs.Tickets is { } user ? [user.Count] : [100_000, 1_000_000];

    [ParamsSource(nameof(TicketCounts))]
    public int Tickets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        evaluator = BenchmarkInputs.SlaPolicy is { } policy ? new SlaEvaluator(policy) : SlaEvaluator.Default;
        if (BenchmarkInputs.Tickets is { } user)
        {
            tickets = [.. user];
            now = tickets.Max(t => t.CreatedAt) + Duration.FromMinutes(1);
        }
        else
        {
            tickets = Workloads.Tickets(Tickets, BuiltInNow, seed: 20260126);
            now = BuiltInNow;
        }

        evaluator.EvaluateAll(tickets, now);
    }

    [Benchmark]
    public ImmutableArray<SlaResult> EvaluateAll() => evaluator.EvaluateAll(tickets, now);

    [Benchmark]
    public ImmutableArray<SlaResult> Queue() => evaluator.EvaluateQueue(tickets, now);
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
