using BenchmarkDotNet.Attributes;
using TaiSupport.Core.Benchmarks.UserData;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Benchmarks.Triage;

/// <summary>
/// A batch of 100,000 varied tickets (bodies of 200–4,000 characters, mixed tiers and signals): classify + route +
/// §4.2 for each, and the full evaluation. Each row is the time for the whole batch. With <c>--triage FILE</c> the batch
/// is the user's requests (the row names keep "100k"; the batch size is the file's line count).
/// </summary>
[MemoryDiagnoser]
public class TriageBatchBenchmarks
{
    private const int BatchSize = 100_000;
    private static readonly string[] Endings =
    [
        "Thanks!", "We are losing money.", "Is this a bug?", "We are canceling if this is not fixed.", "The invoice looks wrong.",
        "Feature request: dark mode would be nice.", "Getting 401 Unauthorized on every call.", "Internal Server Error since 9.",
    ];

    private TicketTriage triage = null!;
    private TriageRequest[] batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        triage = BenchmarkInputs.TriagePolicy is { } policy ? TicketTriage.Create(policy) : TicketTriage.Default;
        if (BenchmarkInputs.TriageRequests is { } user)
        {
            batch = [.. user];
            return;
        }

        var random = new Random(42);
        var bodies = Enumerable.Range(0, 64).Select(i => TriageBenchmarkData.Body(random.Next(200, 4000), Endings[i % Endings.Length], i)).ToArray();
        var tiers = Enum.GetValues<Tier>();
        batch = [.. Enumerable.Range(0, BatchSize).Select(i => new TriageRequest
        {
            Id = $"B{i}",
            Tier = tiers[random.Next(tiers.Length)],
            Subject = "Ticket " + i,
            Body = bodies[random.Next(bodies.Length)],
            Signals = new TicketSignals
            {
                Csat = random.Next(3) == 0 ? random.Next(0, 11) : null,
                FinancialImpact = random.Next(4) == 0 ? random.Next(0, 30_000) : null,
                InvestigationTime = random.Next(4) == 0 ? NodaTime.Duration.FromMinutes(random.Next(0, 200)) : null,
            },
        })];
    }

    [Benchmark]
    public int ClassifyRouteEscalate100k()
    {
        var actions = 0;
        foreach (var request in batch)
        {
            var classification = triage.EvaluateClassification(request);
            var routing = triage.EvaluateRoute(classification, TriageBenchmarkData.Now);
            var escalationCase = new EscalationCase(classification.Tier, classification.Priority, classification.Category, routing.Route, classification.Signals, TriageBenchmarkData.Now);
            actions += triage.EscalationCriteria.Evaluate(escalationCase).Actions.Length;
        }

        return actions;
    }

    [Benchmark]
    public int Evaluate100k()
    {
        var actions = 0;
        foreach (var request in batch)
        {
            actions += triage.Evaluate(request, TriageBenchmarkData.Now).Actions.Length;
        }

        return actions;
    }
}
