using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Benchmarks.Triage;

/// <summary>
/// One ticket with a body of <see cref="BodyLength"/> characters: the keyword scan alone (the compiled
/// <see cref="KeywordIndex"/> against the naive baseline of one case-insensitive whole-word <see cref="Regex"/> per
/// keyword phrase, each run over the text on every call), classify + route + the §4.2 tree (the issue's target:
/// ≤ 2 µs median for a 2 KB body), and the full evaluation with all four §4 trees.
/// </summary>
[MemoryDiagnoser]
public class TriageBenchmarks
{
    private TicketTriage triage = null!;
    private TriageRequest request = null!;
    private TriageRequest textOnly = null!;
    private KeywordIndex index = null!;
    private Regex[] naive = null!;

    [Params(2048)]
    public int BodyLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        triage = TicketTriage.Default;
        request = TriageBenchmarkData.Ticket(BodyLength);
        textOnly = request with { Signals = TicketSignals.None };
        var policy = TriagePolicy.Default;
        var codes = policy.ApiErrorKeywords.Keys.ToArray();
        var entries = KeywordGroups.Entries(policy.Keywords, [.. codes], policy.ApiErrorKeywords).ToList();
        index = new KeywordIndex(entries, KeywordGroups.SignalCount + codes.Length);
        naive = [.. entries.Select(e => new Regex($@"\b{string.Join(@"[\s\-_/'’]+", KeywordIndex.Words(e.Text).Select(Regex.Escape))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    [Benchmark(Baseline = true)]
    public int NaiveRegexPerKeyword()
    {
        var found = 0;
        foreach (var regex in naive)
        {
            if (regex.IsMatch(request.Subject) || regex.IsMatch(request.Body))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark]
    public int KeywordIndexScan()
    {
        Span<int> hits = stackalloc int[index.GroupCount];
        index.Scan(request.Subject, hits, 1);
        index.Scan(request.Body, hits, -1);
        return hits[0];
    }

    /// <summary>The signal-extraction stage alone (issue 15): text → signals + evidence.</summary>
    [Benchmark]
    public SignalExtraction ExtractSignals() => TextSignalExtractor.Default.Extract(request);

    [Benchmark]
    public DecisionOutcome ClassifyRouteEscalate()
    {
        var classification = triage.EvaluateClassification(request);
        var routing = triage.EvaluateRoute(classification, TriageBenchmarkData.Now);
        var escalationCase = new EscalationCase(classification.Tier, classification.Priority, classification.Category, routing.Route, classification.Signals, TriageBenchmarkData.Now);
        return triage.EscalationCriteria.Evaluate(escalationCase);
    }

    /// <summary>The second reader alone (three naive Bayes models over the ticket's words and word pairs).</summary>
    [Benchmark]
    public int SecondReader()
    {
        var reading = TriageReaderModel.Default!.Read(textOnly);
        return (int)reading.Category + reading.Words;
    }

    [Benchmark]
    public TriageResult EvaluateAllTrees() => triage.Evaluate(request, TriageBenchmarkData.Now);

    /// <summary>The same ticket without its structured signal: text only, as a new writer's tickets come, so the second reader reads it.</summary>
    [Benchmark]
    public TriageResult EvaluateAllTreesTextOnly() => triage.Evaluate(textOnly, TriageBenchmarkData.Now);
}
