using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TaiSupport.Cli.Cli;

/// <summary>Builds the <c>tai</c> command tree from every <see cref="ITaiCommand"/> in this assembly.</summary>
internal static partial class TaiApp
{
    public static int Run(string[] args, CliContext io)
    {
        var commands = typeof(TaiApp).Assembly.GetTypes()
            .Where(t => typeof(ITaiCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ITaiCommand)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.Order)
            .ToList();

        var root = new RootCommand("tai: the TaiSupport.Core sample. With no command it runs a short demo on built-in example data.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Create(io));
        }

        root.SetAction(_ =>
        {
            io.Out.WriteLine($"TaiSupport.Core {typeof(Core.Calendars.BusinessCalendar).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]} demo on built-in example data (run 'tai --help' for the commands)");
            io.Out.WriteLine();
            var section = 0;
            foreach (var command in commands)
            {
                using var demo = new StringWriter();
                command.RunDemo(io with { Out = demo });
                var text = demo.ToString();
                if (text.Length > 0)
                {
                    // Each demo starts with "N. Title"; number the sections in the order they run.
                    io.Out.Write(SectionNumber().Replace(text, $"{++section}.", 1));
                }
            }

            return ExitCodes.Success;
        });

        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An @file argument is a response file (System.CommandLine): one that cannot be read (a directory, no
            // permission) is a malformed command line, as a missing one is ("Response file not found"): exit code 1.
            io.Error.WriteLine($"tai: cannot read a response file (an @file argument): {Core.Text.SafeText.Echo(e.Message, 300)}");
            return ExitCodes.SomeLinesFailed;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading an input or writing the output failed (no permission, a closed standard output, a disk error): the
            // input or the environment is unusable, not a bug in tai (robust sweep: `tai slack map >&-` was exit code 3).
            TryWrite(io, $"tai: cannot read or write: {Core.Text.SafeText.Echo(e.Message, 500)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            // Never expected: one line, no stack trace, and an exit code distinct from 1 ("some lines failed") and 2 ("bad input").
            TryWrite(io, $"tai: internal error ({e.GetType().Name}): {Core.Text.SafeText.Echo(e.Message, 500)} (a bug in tai, not in the input); exit code {ExitCodes.InternalError}.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Writes a last line on stderr; when stderr itself cannot be written there is nobody to tell.</summary>
    private static void TryWrite(CliContext io, string line)
    {
        try
        {
            io.Error.WriteLine(line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The exit code still says what happened.
        }
    }

    [GeneratedRegex(@"^\d+\.", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();
}
