using TaiSupport.Cli.Cli;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>Runs <c>tai</c> in-process with the given standard input, capturing its output and exit code.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
