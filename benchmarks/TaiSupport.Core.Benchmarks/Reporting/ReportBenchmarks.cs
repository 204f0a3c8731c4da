using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Benchmarks.UserData;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Benchmarks.Reporting;

/// <summary>
/// Building the reports (manual §8.1, §8.2, §1.4, §9.1) over a helpdesk's tickets: two weeks of tickets spread over
/// every tier and priority, most answered and resolved, some waiting on the customer. The weekly report evaluates every
/// ticket once per period (the week, the previous week and each day), so it costs about nine SLA evaluations per ticket.
/// There is no naive baseline: the reports are straight aggregations over the SLA engine's results. With
/// <c>--report-tickets FILE</c> the user's tickets are reported on, from the Monday of the first ticket's week.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReportBenchmarks
{
    private Instant start = Instant.FromUtc(2026, 1, 12, 8, 0); // Monday 00:00 PST
    private LocalDate secondMonday = new(2026, 1, 19);
    private ReportTicket[] tickets = [];

    /// <summary>How many tickets: the user's file (<c>--report-tickets</c>), or the built-in sizes.</summary>
    public static IEnumerable<int> TicketCounts => BenchmarkInputs.ReportTickets is { } user ? [user.Count] : [1_000, 10_000];

    [ParamsSource(nameof(TicketCounts))]
    public int Tickets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (BenchmarkInputs.ReportTickets is { } user)
        {
            // The user's tickets: the two weeks start on the Monday (report zone) of the first ticket's week.
            tickets = [.. user];
            var zone = ReportPolicy.Default.Zone;
            var first = tickets.Min(t => t.Ticket.CreatedAt).InZone(zone).Date;
            var monday = first.PlusDays(-((int)first.DayOfWeek - 1));
            start = monday.AtStartOfDayInZone(zone).ToInstant();
            secondMonday = monday.PlusDays(7);
            return;
        }

        var random = new Random(42);
        tickets = [.. Enumerable.Range(0, Tickets).Select(i => Ticket(i, random))];
    }

    [Benchmark]
    public int DailyDashboard() =>
        Core.Reporting.DailyDashboard.Build(secondMonday.PlusDays(2), tickets, [], start + Duration.FromDays(14), SlaEvaluator.Default, ReportPolicy.Default).Metrics.New;

    [Benchmark]
    public int WeeklyReport() =>
        Core.Reporting.WeeklyReport.Build(secondMonday, tickets, [], start + Duration.FromDays(14), SlaEvaluator.Default, ReportPolicy.Default).Week.New;

    [Benchmark]
    public int WeeklyReportText() =>
        Core.Reporting.WeeklyReport.Build(secondMonday, tickets, [], start + Duration.FromDays(14), SlaEvaluator.Default, ReportPolicy.Default).ToText().Length;

    [Benchmark]
    public int Handoff() =>
        Core.Reporting.Handoff.Build(tickets, start + Duration.FromDays(8) + Duration.FromHours(17), SlaEvaluator.Default, ReportPolicy.Default).Items.Length;

    [Benchmark]
    public int QaSample() =>
        QaAudit.Sample(tickets, ReportPeriod.Month(new YearMonth(2026, 1), ReportPolicy.Default.Zone), 42, SlaEvaluator.Default, QaPolicy.Default).Length;

    private ReportTicket Ticket(int i, Random random)
    {
        var created = start + Duration.FromMinutes(random.Next(0, 14 * 24 * 60));
        var responded = created + Duration.FromMinutes(random.Next(5, 600));
        var changes = new List<StatusChange> { new(responded, TicketStatus.InProgress) };
        if (random.Next(4) == 0)
        {
            changes.Add(new StatusChange(responded + Duration.FromMinutes(random.Next(10, 300)), TicketStatus.WaitingOnCustomer));
            changes.Add(new StatusChange(changes[^1].At + Duration.FromMinutes(random.Next(10, 900)), TicketStatus.InProgress));
        }

        if (random.Next(5) != 0)
        {
            changes.Add(new StatusChange(changes[^1].At + Duration.FromMinutes(random.Next(10, 3000)), TicketStatus.Resolved));
        }

        return new ReportTicket
        {
            Ticket = new Ticket
            {
                Id = $"T{i}",
                Tier = (Tier)random.Next(3),
                Priority = (Priority)random.Next(4),
                CreatedAt = created,
                FirstResponseAt = responded,
                StatusChanges = [.. changes],
                Assignee = $"agent{random.Next(6)}",
            },
            Csat = random.Next(3) == 0 ? null : random.Next(11),
            Tags = [$"tag{random.Next(12)}"],
            Escalations = random.Next(8) == 0 ? [new TicketEscalation("engineering", responded)] : [],
        };
    }
}
