#:property PublishAot=false
// Where one 20-event evaluation's time goes, for one build (issue 14; companion of tools/ticketlife-ab.cs): in ONE
// process, batch by batch in turn, the benchmark ticket's `Evaluate` (walk + result), its `NextCheckAt` (the same walk,
// no result) and `Evaluate` followed by an extra allocation of PAD bytes; prints the minimum, tenth percentile and
// median per call of each, and the GC pause per `Evaluate`. The difference Evaluate − NextCheckAt is the result's
// cost; the padded turn shows what a result PAD bytes larger (or smaller) would cost in allocation and collection; the
// last turn also reads the result's Clocks and Alerts (a reading host's whole cost, whatever the result defers).
// Not part of the product:
//
//     dotnet build -c Release benchmarks/TaiSupport.Core.Benchmarks   # then copy bin/Release/net10.0 to BUILD_DIR
//     dotnet run tools/ticketlife-split.cs -- BUILD_DIR [seconds=20] [pad=400]
//
// With TL_DROP_MANY=1 the benchmark's 100,000 NextCheckAt tickets are dropped (and collected) before timing, to see
// whether the heap's size changes the collections' cost (it did not, on 2026-12-07).
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

var dir = Path.GetFullPath(args[0]);
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var pad = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 400;

var context = new BuildContext(dir);
var assembly = context.LoadFromAssemblyPath(Path.Combine(dir, "TaiSupport.Core.Benchmarks.dll"));
var type = assembly.GetType("TaiSupport.Core.Benchmarks.Tickets.TicketLifeBenchmarks")!;
var benchmarks = Activator.CreateInstance(type)!;
type.GetMethod("Setup")!.Invoke(benchmarks, null);
object Field(string name) => type.GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(benchmarks)!;
var (life, ticket, now) = (Field("life"), Field("twenty"), Field("now"));
if (Environment.GetEnvironmentVariable("TL_DROP_MANY") == "1")
{
    type.GetField("many", BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(benchmarks, null);
    GC.Collect();
}

// Compiled calls with the ticket and instant as constants: no reflection, no boxing inside the timed loops.
var lifeType = life.GetType();
Expression Call(string method) => Expression.Call(Expression.Constant(life), lifeType.GetMethod(method)!, Expression.Constant(ticket), Expression.Constant(now));
var evaluate = Expression.Lambda<Func<object>>(Call("Evaluate")).Compile();
var nextCheck = Expression.Lambda<Func<bool>>(Expression.Property(Call("NextCheckAt"), "HasValue")).Compile();

// Evaluate and then read Clocks and Alerts: the whole cost of a host that reads them (the CLI, the helpdesk). Equal to
// Evaluate while the result is made up front; a result that made its objects on first read (session 12 tried one)
// shows here what it moved out of Evaluate.
var result = Expression.Variable(lifeType.GetMethod("Evaluate")!.ReturnType, "result");
var readAll = Expression.Lambda<Func<object>>(Expression.Block(
    [result],
    Expression.Assign(result, Call("Evaluate")),
    Expression.Property(result, "Clocks"),
    Expression.Property(result, "Alerts"),
    Expression.Convert(result, typeof(object)))).Compile();
object? sink = null;
var turns = new Action[]
{
    () => sink = evaluate(),
    () => nextCheck(),
    () => { sink = evaluate(); sink = new byte[pad]; },
    () => sink = readAll(),
};
var names = new[] { "Evaluate", "NextCheckAt", $"Evaluate + {pad} B", "Evaluate, Clocks, Alerts" };

var warm = Stopwatch.StartNew();
for (var i = 0; i < 100_000 && warm.Elapsed.TotalSeconds < 5; i++)
{
    foreach (var turn in turns)
    {
        turn();
    }
}

const int Batch = 100;
var times = turns.Select(_ => new List<double>()).ToArray();
var pause = TimeSpan.Zero;
var run = Stopwatch.StartNew();
for (var round = 0; run.Elapsed.TotalSeconds < seconds; round++)
{
    for (var k = 0; k < turns.Length; k++)
    {
        var side = (round + k) % turns.Length;
        var turn = turns[side];
        var pause0 = GC.GetTotalPauseDuration();
        var t0 = Stopwatch.GetTimestamp();
        for (var i = 0; i < Batch; i++)
        {
            turn();
        }

        times[side].Add(Stopwatch.GetElapsedTime(t0).TotalNanoseconds / Batch);
        pause += side == 0 ? GC.GetTotalPauseDuration() - pause0 : TimeSpan.Zero;
    }
}

for (var k = 0; k < turns.Length; k++)
{
    var sorted = times[k].Order().ToArray();
    Console.WriteLine($"{names[k],-22} min {sorted[0],6:F0} ns | p10 {sorted[sorted.Length / 10],6:F0} ns | median {sorted[sorted.Length / 2],6:F0} ns");
}

GC.KeepAlive(sink);
Console.WriteLine($"GC pause per Evaluate: {pause.TotalNanoseconds / (times[0].Count * Batch):F1} ns");

/// <summary>Loads a build's own assemblies from its folder; the framework's come from the default context.</summary>
internal sealed class BuildContext(string folder) : AssemblyLoadContext(null, false)
{
    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(folder, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
