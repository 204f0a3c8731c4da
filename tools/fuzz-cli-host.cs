#:property PublishAot=false
// The in-process runner of tools/fuzz-cli.py: loads a built tai.dll and runs TaiApp.Run once per case, so thousands of
// cases cost milliseconds each instead of a process start. Not part of the product; run through fuzz-cli.py:
//
//     dotnet run tools/fuzz-cli-host.cs -- samples/TaiSupport.Cli/bin/Release/net10.0
//
// Protocol (one JSON object per line on stdin and stdout): in {"args":[…],"stdin":"<base64>"}, out
// {"exit":N,"out":"<base64>","err":"<base64>"} (UTF-8). An exception escaping TaiApp.Run is reported as {"exit":-1,…} with its stack trace
// in "err" (tai itself never lets one escape); on exit 3 "err" also lists the stacks of the exceptions thrown. Console output a command writes directly is appended to "out".
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;

var folder = Path.GetFullPath(args.Length > 0 ? args[0] : "samples/TaiSupport.Cli/bin/Release/net10.0");
AssemblyLoadContext.Default.Resolving += (context, name) =>
{
    var path = Path.Combine(folder, name.Name + ".dll");
    return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
};
var tai = Assembly.LoadFrom(Path.Combine(folder, "tai.dll"));
var app = tai.GetType("TaiSupport.Cli.Cli.TaiApp", throwOnError: true)!;
var contextType = tai.GetType("TaiSupport.Cli.Cli.CliContext", throwOnError: true)!;
var run = app.GetMethod("Run", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;

var protocolOut = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
var protocolIn = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
// The stack of each unexpected exception, so an "internal error" line (which tai prints without one) can be traced.
var thrown = new List<string>();
AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
{
    var name = e.Exception.GetType().Name;
    if (thrown.Count < 20 && name is not ("LineException" or "CliFatalException" or "JsonException" or "ValidationException"))
    {
        thrown.Add($"{name}: {e.Exception.Message}\n{new System.Diagnostics.StackTrace(1, false)}");
    }
};
var stray = new StringWriter();
Console.SetOut(stray);
Console.SetError(stray);

while (protocolIn.ReadLine() is { } request)
{
    using var document = JsonDocument.Parse(request);
    var caseArgs = document.RootElement.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
    var stdin = Convert.FromBase64String(document.RootElement.GetProperty("stdin").GetString()!);
    var output = new StringWriter();
    var error = new StringWriter();
    var input = new StreamReader(new MemoryStream(stdin), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
    var context = Activator.CreateInstance(contextType, input, output, error)!;
    int exit;
    thrown.Clear();
    try
    {
        exit = (int)run.Invoke(null, [caseArgs, context])!;
    }
    catch (TargetInvocationException e)
    {
        exit = -1;
        error.WriteLine("Unhandled exception. " + e.InnerException);
    }

    if (exit == 3)
    {
        error.WriteLine("first-chance exceptions:\n" + string.Join("\n", thrown));
    }

    var strayText = stray.ToString();
    stray.GetStringBuilder().Clear();
    protocolOut.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["exit"] = exit,
        ["out"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(output.ToString() + strayText)),
        ["err"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(error.ToString())),
    }));
}
