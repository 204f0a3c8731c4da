namespace TaiSupport.Core.Benchmarks.UserData;

/// <summary>
/// The benchmark program's own options, taken off the front of the command line before the rest goes to
/// BenchmarkDotNet: user-data files (<see cref="BenchmarkInputs.All"/>), <c>--smoke</c> for a one-minute run, and
/// the <c>compare</c> verb.
/// </summary>
public sealed record BenchmarkArguments
{
    /// <summary>The arguments left for BenchmarkDotNet's switcher (filters, jobs, exporters).</summary>
    public required IReadOnlyList<string> BenchmarkDotNetArguments { get; init; }

    /// <summary>The user-data files by option (absolute paths), each checked to load before any benchmark starts.</summary>
    public required IReadOnlyDictionary<string, string> Files { get; init; }

    /// <summary>Whether to run in the short smoke mode (one launch, one warm-up, three iterations, in process).</summary>
    public bool Smoke { get; init; }

    /// <summary>The options BenchmarkDotNet gets in smoke mode: a few iterations in this process, no separate build.</summary>
    public static readonly IReadOnlyList<string> SmokeArguments =
        ["--inProcess", "--launchCount", "1", "--warmupCount", "1", "--iterationCount", "3", "--exporters", "json"];

    /// <summary>Splits <paramref name="args"/> into the program's options and BenchmarkDotNet's.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="BenchmarkInputException">An option lacks its file, or a file does not load.</exception>
    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            var input = BenchmarkInputs.All.FirstOrDefault(x => x.Option == args[i]);
            if (input is not null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new BenchmarkInputException($"{input.Option}: give a file: {input.Description}.");
                }

                files[input.Option] = Path.GetFullPath(args[++i]);
            }
            else if (args[i] == "--smoke")
            {
                smoke = true;
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (smoke)
        {
            rest.AddRange(SmokeArguments);
        }

        return new BenchmarkArguments { BenchmarkDotNetArguments = rest, Files = files, Smoke = smoke };
    }

    /// <summary>
    /// Loads every named file once (so a bad file stops the run before any benchmark, with <c>tai</c>'s message) and
    /// publishes each path in its environment variable, which the benchmark processes inherit.
    /// </summary>
    /// <exception cref="BenchmarkInputException">A file does not load.</exception>
    public void Publish()
    {
        foreach (var input in BenchmarkInputs.All)
        {
            Environment.SetEnvironmentVariable(input.EnvironmentVariable, Files.TryGetValue(input.Option, out var path) ? path : null);
        }

        _ = BenchmarkInputs.Policy;
        _ = BenchmarkInputs.Calendar;
        _ = BenchmarkInputs.Tickets;
        _ = BenchmarkInputs.TriageRequests;
        _ = BenchmarkInputs.Team;
        _ = BenchmarkInputs.ReportTickets;
        _ = BenchmarkInputs.Incident;
    }
}
