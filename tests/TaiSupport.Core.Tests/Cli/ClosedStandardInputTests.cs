using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>
/// <c>tai … --input - &lt;&amp;-</c>: started with standard input closed, the runtime took descriptor 0 for a pipe of its
/// own and every command reading <c>-</c> waited forever (found by the robust-s6 sweep). It now exits 2 at once, and a
/// real pipe or an empty standard input still reads. Runs the built <c>tai</c> in a shell (Linux, where it is detected).
/// </summary>
public sealed class ClosedStandardInputTests
{
    [Theory]
    [InlineData("triage --input - <&-", 2, "error: --input: standard input is closed")]
    [InlineData("sla --input - --now 2026-01-26T17:00:00-08:00 <&-", 2, "error: --input: standard input is closed")]
    [InlineData("triage --input - </dev/null", 0, "")]
    [InlineData("triage --input - <<'EOF'\n{\"id\":\"a\",\"tier\":\"Enterprise\",\"body\":\"hello\"}\nEOF", 0, "")]
    public void StandardInputClosedAtLaunch_ExitsTwoInsteadOfWaiting(string command, int expectedExit, string expectedError)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // detected through /proc; elsewhere the command keeps the platform's behaviour
        }

        var (exit, error) = RunInShell(command);
        Assert.True(exit == expectedExit, $"exit {exit}: {error}");
        Assert.StartsWith(expectedError, error, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) RunInShell(string command)
    {
        var tai = Path.Combine(AppContext.BaseDirectory, "tai.dll");
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", $"exec \"$0\" \"$1\" {command}", File.Exists(dotnet) ? dotnet : "dotnet", tai },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'tai {command}' still waited after 60 s");
        }

        return (process.ExitCode, error.Result);
    }
}
