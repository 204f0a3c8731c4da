using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Core.Json;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.Cli;

/// <summary>
/// The JSON-lines contract every <c>tai</c> batch command follows: one output line per input line, in input order,
/// echoing the input's <c>id</c>; a bad line writes <c>{"id":…,"error":"…"}</c> in its place and a message on
/// stderr, the rest still run, and the exit code is 1 at the end. Blank lines are skipped.
/// </summary>
internal static class JsonLines
{
    /// <summary>
    /// Processes every line of <paramref name="inputPath"/> with <paramref name="process"/>, which gets the line's parsed
    /// object and reads it with a library reader (issue 11: the samples carry no JSON readers of their own).
    /// </summary>
    /// <param name="io">Where to read and write.</param>
    /// <param name="inputPath">The input file, or <c>-</c>.</param>
    /// <param name="process">Turns one line's object into the output fields (without <c>id</c>); throws <see cref="LineException"/> for a bad line.</param>
    /// <returns>The exit code.</returns>
    public static int RunElements(CliContext io, string inputPath, Func<JsonElement, JsonObject> process)
    {
        var failed = 0;
        var crashed = 0;
        foreach (var line in NumberedLines(io, inputPath, "--input"))
        {
            using (line)
            {
                switch (RunLine(io, line, process))
                {
                    case LineOutcome.Failed:
                        failed++;
                        break;
                    case LineOutcome.Crashed:
                        crashed++;
                        break;
                }
            }
        }

        if (failed + crashed > 0)
        {
            io.Error.WriteLine($"{failed + crashed} of the input lines failed; see the error lines above.");
        }

        if (crashed > 0)
        {
            io.Error.WriteLine($"tai: internal error on {crashed} line{(crashed == 1 ? string.Empty : "s")} (a bug in tai, not in the input); exit code {ExitCodes.InternalError}.");
        }

        return crashed > 0 ? ExitCodes.InternalError : failed > 0 ? ExitCodes.SomeLinesFailed : ExitCodes.Success;
    }

    /// <summary>
    /// Reads a whole JSON-lines file for commands that need all of it before answering (reports, rotas, pay): each
    /// non-blank line must be a JSON object, which <paramref name="read"/> reads with a library reader (issue 11: the
    /// samples carry no JSON readers of their own). Any bad line stops the command: every problem is listed by line
    /// number (exit code 2), and nothing is half-processed.
    /// </summary>
    public static List<T> ReadAllElements<T>(CliContext io, string path, string option, Func<JsonElement, T> read) =>
        ReadAllLines(io, path, option, line => read(line.Root));

    /// <summary>
    /// As <see cref="ReadAllElements{T}"/>, but <paramref name="read"/> gets the whole <see cref="JsonLine"/> (its
    /// <see cref="JsonLine.IdText"/> as well as its object), for lines whose values keep their id.
    /// </summary>
    public static List<T> ReadAllLines<T>(CliContext io, string path, string option, Func<JsonLine, T> read)
    {
        var items = new List<T>();
        var problems = new List<string>();
        ForEachLine(io, path, option, line => items.Add(read(line)), problems);
        return problems.Count == 0 ? items : throw BadLines(option, path, problems);
    }

    /// <summary>
    /// Calls <paramref name="read"/> with each non-blank line (its number, id and object); a line that is not a JSON
    /// object, or whose <paramref name="read"/> throws a <see cref="LineException"/>, adds a "line N: …" problem.
    /// </summary>
    private static void ForEachLine(CliContext io, string path, string option, Action<JsonLine> read, List<string> problems)
    {
        foreach (var line in NumberedLines(io, path, option))
        {
            using (line)
            {
                try
                {
                    if (line.Kind != JsonLineKind.Object)
                    {
                        problems.Add($"line {line.Number}: {(line.Kind == JsonLineKind.NotAnObject ? "expected a JSON object." : line.Problem)}");
                        continue;
                    }

                    read(line);
                }
                catch (Exception e) when (e is JsonException or LineException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
                {
                    problems.Add($"line {line.Number}: {(e is JsonException ? $"not valid JSON: {e.Message}" : e.Message)}");
                }
            }
        }
    }

    /// <summary>The stop for a file with bad lines: every problem, one per line, under the option and path.</summary>
    public static CliFatalException BadLines(string option, string path, IEnumerable<string> problems) =>
        new($"{option}: '{path}' has problems:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");

    /// <summary>
    /// The non-blank lines of <paramref name="path"/> (<c>-</c> for standard input), read by the library's
    /// <see cref="JsonLinesReader"/> (LF line ends, CR before LF dropped, bare CR kept, a byte-order mark skipped on a file
    /// or standard input, a safe id for every line).
    /// </summary>
    private static IEnumerable<JsonLine> NumberedLines(CliContext io, string path, string option)
    {
        var reader = io.OpenInput(path, option);
        try
        {
            foreach (var line in JsonLinesReader.Read(reader))
            {
                yield return line;
            }
        }
        finally
        {
            if (!ReferenceEquals(reader, io.In))
            {
                reader.Dispose();
            }
        }
    }

    private enum LineOutcome
    {
        Ran,
        Failed,
        Crashed,
    }

    private static LineOutcome RunLine(CliContext io, JsonLine line, Func<JsonElement, JsonObject> process)
    {
        try
        {
            if (line.Kind != JsonLineKind.Object)
            {
                throw new LineException(line.Problem!);
            }

            io.Out.WriteLine(TaiJson.Line(line.Id, process(line.Root)).ToJsonString(TaiJson.Options));
            return LineOutcome.Ran;
        }
        catch (Exception e) when (e is JsonException or LineException or FluentValidation.ValidationException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            var message = e switch
            {
                JsonException => $"not valid JSON: {e.Message}",
                FluentValidation.ValidationException v => string.Join(" ", v.Errors.Select(f => $"{f.PropertyName}: {f.ErrorMessage}")),
                _ => e.Message,
            };
            WriteError(io, line.Id, line.Number, SafeText.Echo(message, 2000));
            return LineOutcome.Failed;
        }
        catch (Exception e)
        {
            // Never expected: the line gets an error line, the rest still run, and the exit code says "internal error".
            WriteError(io, line.Id, line.Number, $"internal error ({e.GetType().Name}): {SafeText.Echo(e.Message, 500)}");
            return LineOutcome.Crashed;
        }
    }

    private static void WriteError(CliContext io, JsonNode? id, int number, string message)
    {
        io.Out.WriteLine(new JsonObject { ["id"] = id?.DeepClone(), ["error"] = message }.ToJsonString(CliFormat.Json));
        io.Error.WriteLine($"line {number}{(id is null ? string.Empty : $" (id {id.ToJsonString(CliFormat.Json)})")}: {message}");
    }
}
