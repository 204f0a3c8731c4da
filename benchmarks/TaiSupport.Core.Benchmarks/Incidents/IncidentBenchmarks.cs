using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiSupport.Core.Benchmarks.UserData;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Benchmarks.Incidents;

/// <summary>
/// Declaration (<see cref="IncidentDeclaration.Assess(IncidentSignals, IncidentPolicy)"/>) of a quiet snapshot and of a
/// snapshot firing six criteria with an exclusion. No naive baseline: the work is a fixed list of comparisons.
/// </summary>
[MemoryDiagnoser]
public class IncidentDeclarationBenchmarks
{
    private static readonly IncidentPolicy Policy = IncidentPolicy.Default;
    private static readonly IncidentSignals Quiet = new() { Latency = Duration.FromMilliseconds(120), ErrorRatePct = 0.2m };

    private static readonly IncidentSignals Busy = new()
    {
        ApiDown = Duration.FromSeconds(181), Latency = Duration.FromMilliseconds(1200), ErrorRatePct = 7m, WebhookFailurePct = 30m,
        SingleCustomerCoreFeatureOutage = Duration.FromMinutes(40), UserError = UserError.RateLimit, DataInconsistency = true,
    };

    [Benchmark]
    public IncidentLevel AssessQuiet() => IncidentDeclaration.Assess(Quiet, Policy).Level;

    [Benchmark]
    public IncidentLevel AssessBusy() => IncidentDeclaration.Assess(Busy, Policy).Level;
}

/// <summary>
/// The playbook's <see cref="IncidentPlaybook.NextActions"/> on a P1 in the fix phase with a growing history of status
/// updates and synthetic runs, and rendering the resolution notice. No naive baseline: one pass over each history list.
/// </summary>
[MemoryDiagnoser]
public class IncidentPlaybookBenchmarks
{
    private static readonly Instant Declared = Instant.FromUtc(2026, 2, 10, 22, 0);
    private static readonly IncidentPolicy Policy = IncidentPolicy.Default;

    private IncidentRecord incident = null!;
    private IncidentRecord resolved = null!;
    private Instant now;

    /// <summary>How many status updates and synthetic runs the incident has recorded.</summary>
    [Params(4, 100, 1000)]
    public int History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var updates = Enumerable.Range(0, History).Select(i => Declared + Duration.FromSeconds(i * 10)).ToArray();
        var runs = Enumerable.Range(0, History).Select(i => new VerificationRun(Declared + Duration.FromSeconds(i * 10), i % 7 != 0)).ToArray();
        incident = new IncidentRecord
        {
            Id = "INC-B", Level = IncidentLevel.P1, DeclaredAt = Declared, Acknowledgements = [Declared + Duration.FromMinutes(1)],
            StatusUpdates = [.. updates], RootCauseFoundAt = Declared + Duration.FromMinutes(15), VerificationRuns = [.. runs],
        };
        now = Declared + Duration.FromSeconds(History * 10 + 60);
        if (BenchmarkInputs.Incident is { } user)
        {
            // The user's incident, evaluated one minute after the last thing it records.
            incident = user;
            now = new[] { user.DeclaredAt, user.ResolvedAt ?? user.DeclaredAt }.Concat(user.StatusUpdates).Concat(user.VerificationRuns.Select(r => r.At)).Max() + Duration.FromMinutes(1);
            resolved = user.ResolvedAt is null ? resolved : user;
        }
        resolved = incident with
        {
            ResolvedAt = now, Summary = "Pool exhausted", RootCause = "Retry storm", Prevention = ["Alert at 80%"],
            Impact = new IncidentImpact { AffectedCustomers = 12, FailedRequests = 8234, TotalRequests = 120_000 },
        };
    }

    [Benchmark]
    public int NextActions() => IncidentPlaybook.NextActions(incident, now, Policy).Actions.Length;

    [Benchmark]
    public string? RenderResolutionNotice() => IncidentMessages.RenderResolutionNotice(resolved, Policy).Text;
}
