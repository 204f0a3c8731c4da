using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Benchmarks.Tickets;

/// <summary>
/// One ticket's whole life (<see cref="TicketLife.Evaluate"/>): a Slack Professional × High ticket with 20 events
/// (replies, holding replies, customer messages, notes, waits and resumes, an assignment) over two weeks, evaluated
/// after the last event; and <see cref="TicketLife.NextCheckAt"/> over 1,000,000 evaluations (100,000 seeded tickets of
/// every tier, priority and channel with 0–8 events, each evaluated at ten instants).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TicketLifeBenchmarks
{
    private const int Tickets = 100_000;
    private const int InstantsPerTicket = 10;
    private static readonly DateTimeZone Pacific = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly TicketLife life = TicketLife.Default;
    private Ticket twenty = null!;
    private Instant now;
    private Ticket[] many = null!;

    [GlobalSetup]
    public void Setup()
    {
        var created = Pacific.AtStrictly(new LocalDateTime(2026, 3, 2, 9, 0)).ToInstant();
        var events = ImmutableArray.CreateBuilder<TicketEvent>(20);
        var at = created;
        for (var i = 0; i < 20; i++)
        {
            at += Duration.FromMinutes(37 + (i * 53 % 400));
            events.Add((i % 10) switch
            {
                0 => TicketEvent.AgentReply(at, holding: i == 0),
                1 or 4 or 7 => TicketEvent.CustomerMessage(at),
                2 => TicketEvent.InternalNote(at),
                3 => TicketEvent.StatusChanged(at, TicketStatus.WaitingOnCustomer),
                5 => TicketEvent.StatusChanged(at, TicketStatus.InProgress),
                6 => TicketEvent.AgentReply(at),
                8 => TicketEvent.Assigned(at, "Marcus", "us"),
                _ => TicketEvent.AgentReply(at, holding: true),
            });
        }

        twenty = new Ticket { Id = "T-20", Tier = Tier.Professional, Priority = Priority.High, Channel = TicketChannel.Slack, CreatedAt = created, Events = events.MoveToImmutable() };
        now = at + Duration.FromHours(1);
        life.Evaluate(twenty, now);

        var random = new Random(2026);
        many = new Ticket[Tickets];
        for (var n = 0; n < Tickets; n++)
        {
            var start = created + Duration.FromMinutes(random.Next(0, 60 * 24 * 60));
            var list = ImmutableArray.CreateBuilder<TicketEvent>();
            var t = start;
            for (var e = random.Next(0, 9); e > 0; e--)
            {
                t += Duration.FromMinutes(random.Next(1, 900));
                list.Add(random.Next(5) switch
                {
                    0 => TicketEvent.CustomerMessage(t),
                    1 => TicketEvent.AgentReply(t, random.Next(3) == 0),
                    2 => TicketEvent.StatusChanged(t, (TicketStatus)random.Next(5)),
                    3 => TicketEvent.Assigned(t, "x"),
                    _ => TicketEvent.InternalNote(t),
                });
            }

            many[n] = new Ticket
            {
                Id = "B",
                Tier = (Tier)random.Next(3),
                Priority = (Priority)random.Next(4),
                Channel = (TicketChannel)random.Next(4),
                CreatedAt = start,
                Events = list.ToImmutable(),
            };
        }
    }

    [Benchmark(Description = "Evaluate, 20 events")]
    public TicketLifeResult Evaluate20Events() => life.Evaluate(twenty, now);

    [Benchmark(Description = "NextCheckAt × 1,000,000", OperationsPerInvoke = Tickets * InstantsPerTicket)]
    public long NextCheckAtMillion()
    {
        long sum = 0;
        for (var k = 0; k < InstantsPerTicket; k++)
        {
            var offset = Duration.FromHours(7 * k);
            foreach (var ticket in many)
            {
                sum += life.NextCheckAt(ticket, ticket.CreatedAt + offset)?.ToUnixTimeTicks() ?? 0;
            }
        }

        return sum;
    }
}
