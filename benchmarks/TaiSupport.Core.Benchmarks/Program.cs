// TaiSupport.Core benchmarks (docs/benchmarks.md). Run all, or one capability, on the built-in data:
//   dotnet run -c Release --project benchmarks/TaiSupport.Core.Benchmarks -- --filter '*'
//   dotnet run -c Release --project benchmarks/TaiSupport.Core.Benchmarks -- --filter '*Calendar*'
// on your own data (the same files tai reads; see --help-data), in a one-minute smoke mode, or compare two runs:
//   ... -- --policy my-sla.json --tickets my.jsonl --filter '*Sla*'
//   ... -- --smoke --filter '*Year*'
//   ... -- compare benchmarks/baselines/dotnet-2-core BenchmarkDotNet.Artifacts/results [--threshold 1.25]
using System.Globalization;
using BenchmarkDotNet.Running;
using TaiSupport.Core.Benchmarks.Baselines;
using TaiSupport.Core.Benchmarks.UserData;

if (args.Length > 0 && args[0] == "compare")
{
    return Compare(args);
}

if (args.Contains("--help-data"))
{
    Console.WriteLine("Options for your own data (each file in the format tai reads); the rest goes to BenchmarkDotNet:");
    foreach (var input in BenchmarkInputs.All)
    {
        Console.WriteLine($"  {input.Option,-17} {input.Description} (or the environment variable {input.EnvironmentVariable})");
    }

    Console.WriteLine("  --smoke           a short run: in process, one warm-up, three iterations, JSON reports");
    Console.WriteLine("  compare BASE NEW [--threshold R]   ratio table of two runs' JSON reports; exit 1 on a regression");
    return 0;
}

try
{
    var parsed = BenchmarkArguments.Parse(args);
    parsed.Publish();
    BenchmarkSwitcher.FromAssembly(typeof(BenchmarkInputs).Assembly).Run([.. parsed.BenchmarkDotNetArguments]);
    return 0;
}
catch (BenchmarkInputException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

static int Compare(string[] args)
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("compare: give the baseline and the current run (a JSON report or a folder of them).");
        return 2;
    }

    var threshold = BaselineComparison.DefaultThreshold;
    var at = Array.IndexOf(args, "--threshold");
    if (at > 0 && (at + 1 >= args.Length || !double.TryParse(args[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || threshold <= 1))
    {
        Console.Error.WriteLine("--threshold: give a ratio above 1, such as 1.25.");
        return 2;
    }

    try
    {
        var rows = BaselineComparison.Compare(BaselineComparison.Read(args[1]), BaselineComparison.Read(args[2]), threshold);
        Console.WriteLine(BaselineComparison.ToTable(rows, threshold));
        return rows.Any(r => r.Regressed) ? 1 : 0;
    }
    catch (InvalidDataException e)
    {
        Console.Error.WriteLine($"compare: {e.Message}");
        return 2;
    }
}
