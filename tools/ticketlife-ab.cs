#:property PublishAot=false
// A/B timing of TicketLifeBenchmarks methods for two builds in ONE process (issue 14; tools/triage-ab.cs for triage):
// loads each build's TaiSupport.Core.Benchmarks.dll (with its TaiSupport.Core.dll beside it) into its own
// AssemblyLoadContext, runs Setup(), warms both up, then alternates the builds batch by batch (100 calls) and prints
// the minimum and tenth percentile per call and the bytes allocated per call. On a shared, loaded machine the
// alternation keeps both builds under the same load, which BenchmarkDotNet runs one after the other cannot. Not part
// of the product:
//
//     dotnet build -c Release benchmarks/TaiSupport.Core.Benchmarks   # for each build, then copy bin/Release/net10.0
//     dotnet run tools/ticketlife-ab.cs -- BEFORE_DIR AFTER_DIR Evaluate20Events [seconds=12]
//
// Run it twice with the directories swapped, and once with one build on both sides: on a busy machine the two
// contexts of even one build differ by a few per cent.
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

var dirs = new[] { args[0], args[1] };
var method = args[2];
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 12;
var calls = dirs.Select(d => Load(d, method)).ToArray();
// Up to 100,000 warm-up calls or 5 s per build; a call as long as NextCheckAtMillion's (≈ 0.5 s) is timed alone.
// Batches of 100 calls keep the clock reads (about 30 ns each on this VM) out of the figure per call.
var batch = 100;
foreach (var call in calls)
{
    var warm = Stopwatch.StartNew();
    for (var i = 0; i < 100_000 && warm.Elapsed.TotalSeconds < 5; i++)
    {
        var t0 = Stopwatch.GetTimestamp();
        call();
        batch = Stopwatch.GetElapsedTime(t0).TotalMilliseconds > 1 ? 1 : batch;
    }
}

// The builds take turns batch by batch (the first of each pair alternating), so both run under the same load; the
// minutes-long drifts of a shared machine then fall on both alike.
var best = new[] { double.MaxValue, double.MaxValue };
var times = new[] { new List<double>(), new List<double>() };
var allocated = new long[2];
var counts = new long[2];
var run = Stopwatch.StartNew();
for (var pair = 0; run.Elapsed.TotalSeconds < seconds; pair++)
{
    for (var turn = 0; turn < 2; turn++)
    {
        var side = (pair + turn) % 2;
        var call = calls[side];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        for (var i = 0; i < batch; i++)
        {
            call();
        }

        var perCall = (Stopwatch.GetTimestamp() - t0) * 1e9 / Stopwatch.Frequency / batch;
        allocated[side] += GC.GetAllocatedBytesForCurrentThread() - before;
        counts[side] += batch;
        best[side] = Math.Min(best[side], perCall);
        times[side].Add(perCall);
    }
}

var bytes = allocated.Select((a, side) => a / counts[side]).ToArray();
// The tenth percentile of the batches too: steadier than the minimum when the machine is busy.
var p10 = times.Select(t => t.Order().ElementAt(t.Count / 10)).ToArray();
Console.WriteLine($"{method}: A {best[0]:F0} ns ({bytes[0]} B) | B {best[1]:F0} ns ({bytes[1]} B) | B/A {best[1] / best[0]:F3} | p10 A {p10[0]:F0} B {p10[1]:F0} B/A {p10[1] / p10[0]:F3}");

static Func<object?> Load(string dir, string method)
{
    dir = Path.GetFullPath(dir);
    var context = new BuildContext(dir);
    var assembly = context.LoadFromAssemblyPath(Path.Combine(dir, "TaiSupport.Core.Benchmarks.dll"));
    var type = assembly.GetType("TaiSupport.Core.Benchmarks.Tickets.TicketLifeBenchmarks")!;
    var benchmarks = Activator.CreateInstance(type)!;
    type.GetMethod("Setup")!.Invoke(benchmarks, null);
    var m = type.GetMethod(method)!;
    if (m.ReturnType == typeof(long))
    {
        var sum = m.CreateDelegate<Func<long>>(benchmarks);
        return () => sum(); // boxes the long: 24 B a call on both sides
    }

    return (Func<object?>)Delegate.CreateDelegate(typeof(Func<object?>), benchmarks, m);
}

/// <summary>Loads a build's own assemblies from its folder; the framework's come from the default context.</summary>
internal sealed class BuildContext(string folder) : AssemblyLoadContext(null, false)
{
    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(folder, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
