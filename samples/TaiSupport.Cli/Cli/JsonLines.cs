using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.Cli;

/// <summary>
/// The JSON-lines contract every <c>tai</c> batch command follows: one output line per input line, in input order,
/// echoing the input's <c>id</c>; a bad line writes <c>{"id":…,"error":"…"}</c> in its place and a message on
/// stderr, the rest still run, and the exit code is 1 at the end. Blank lines are skipped.
/// </summary>
internal static class JsonLines
{
    /// <summary>Processes every line of <paramref name="inputPath"/> (<c>-</c> for stdin) with <paramref name="process"/>.</summary>
    /// <param name="io">Where to read and write.</param>
    /// <param name="inputPath">The input file, or <c>-</c>.</param>
    /// <param name="process">Turns one line's fields into the output fields (without <c>id</c>); throws <see cref="LineException"/> for a bad line.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext io, string inputPath, Func<LineFields, JsonObject> process) =>
        RunElements(io, inputPath, root => process(new LineFields(root)));

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
        foreach (var (number, line) in NumberedLines(io, inputPath, "--input"))
        {
            switch (RunLine(io, line, number, process))
            {
                case LineOutcome.Failed:
                    failed++;
                    break;
                case LineOutcome.Crashed:
                    crashed++;
                    break;
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
    /// non-blank line must be a JSON object, which <paramref name="read"/> turns into a value. Any bad line stops the
    /// command: every problem is listed by line number (exit code 2), and nothing is half-processed.
    /// </summary>
    public static List<T> ReadAll<T>(CliContext io, string path, string option, Func<LineFields, T> read) =>
        ReadAllElements(io, path, option, root => read(new LineFields(root)));

    /// <summary>
    /// As <see cref="ReadAll{T}"/>, but <paramref name="read"/> gets each line's parsed object and reads it with a library
    /// reader (issue 11: the samples carry no JSON readers of their own).
    /// </summary>
    public static List<T> ReadAllElements<T>(CliContext io, string path, string option, Func<JsonElement, T> read)
    {
        var items = new List<T>();
        var problems = new List<string>();
        ForEachObject(io, path, option, (_, root) => items.Add(read(root)), problems);
        return problems.Count == 0 ? items : throw BadLines(option, path, problems);
    }

    /// <summary>
    /// Calls <paramref name="read"/> with the line number and object of each non-blank line; a line that is not a JSON
    /// object, or whose <paramref name="read"/> throws a <see cref="LineException"/>, adds a "line N: …" problem.
    /// </summary>
    public static void ForEachObject(CliContext io, string path, string option, Action<int, JsonElement> read, List<string> problems)
    {
        foreach (var (number, text) in NumberedLines(io, path, option))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"line {number}: expected a JSON object.");
                    continue;
                }

                if (JsonWellFormedText.FirstIllFormed(document.RootElement, "$") is { } at)
                {
                    problems.Add($"line {number}: {at}: {IllFormedText}");
                    continue;
                }

                read(number, document.RootElement);
            }
            catch (Exception e) when (e is JsonException or LineException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                problems.Add($"line {number}: {(e is JsonException ? $"not valid JSON: {e.Message}" : e.Message)}");
            }
        }
    }

    /// <summary>The stop for a file with bad lines: every problem, one per line, under the option and path.</summary>
    public static CliFatalException BadLines(string option, string path, IEnumerable<string> problems) =>
        new($"{option}: '{path}' has problems:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");

    /// <summary>
    /// The non-blank lines of <paramref name="path"/> (<c>-</c> for standard input) with their 1-based numbers. Lines end at
    /// LF only (a CR before it is dropped; a bare CR inside a line is JSON whitespace and stays), and a UTF-8 byte-order mark
    /// at the start is skipped whether the input is a file or standard input.
    /// </summary>
    private static IEnumerable<(int Number, string Text)> NumberedLines(CliContext io, string path, string option)
    {
        var reader = io.OpenInput(path, option);
        try
        {
            var number = 0;
            var line = new System.Text.StringBuilder();
            var first = true;
            int c;
            do
            {
                c = reader.Read();
                if (first && c == '\uFEFF')
                {
                    first = false;
                    continue;
                }

                first = false;
                if (c != '\n' && c != -1)
                {
                    line.Append((char)c);
                    continue;
                }

                if (c == -1 && line.Length == 0)
                {
                    break;
                }

                number++;
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                var text = line.ToString();
                line.Clear();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return (number, text);
                }
            }
            while (c != -1);
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

    private const string IllFormedText = "holds an unpaired surrogate escape (such as \\ud800), which is not text; write well-formed Unicode.";

    private static LineOutcome RunLine(CliContext io, string line, int number, Func<JsonElement, JsonObject> process)
    {
        JsonNode? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LineException("expected a JSON object on each line.");
            }

            if (root.TryGetProperty("id", out var idElement))
            {
                id = SafeId(idElement);
            }

            if (JsonWellFormedText.FirstIllFormed(root, "$") is { } at)
            {
                throw new LineException($"{at}: {IllFormedText}");
            }

            io.Out.WriteLine(TaiJson.Line(id, process(root)).ToJsonString(TaiJson.Options));
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
            WriteError(io, id, number, SafeText.Echo(message, 2000));
            return LineOutcome.Failed;
        }
        catch (Exception e)
        {
            // Never expected: the line gets an error line, the rest still run, and the exit code says "internal error".
            WriteError(io, id, number, $"internal error ({e.GetType().Name}): {SafeText.Echo(e.Message, 500)}");
            return LineOutcome.Crashed;
        }
    }

    private static void WriteError(CliContext io, JsonNode? id, int number, string message)
    {
        io.Out.WriteLine(new JsonObject { ["id"] = id?.DeepClone(), ["error"] = message }.ToJsonString(CliFormat.Json));
        io.Error.WriteLine($"line {number}{(id is null ? string.Empty : $" (id {id.ToJsonString(CliFormat.Json)})")}: {message}");
    }

    /// <summary>The line's id to echo: as written, except that a string that is not text (a lone surrogate escape) is echoed with U+FFFD in its place.</summary>
    private static JsonNode? SafeId(JsonElement id)
    {
        if (id.ValueKind != JsonValueKind.String)
        {
            return JsonWellFormedText.FirstIllFormed(id, "$") is null ? JsonNode.Parse(id.GetRawText()) : JsonValue.Create(SafeText.Echo(id.GetRawText()));
        }

        try
        {
            var text = id.GetString()!;
            return JsonValue.Create(SafeText.IsWellFormed(text) ? text : SafeText.Echo(text, int.MaxValue));
        }
        catch (InvalidOperationException)
        {
            var raw = id.GetRawText();
            return JsonValue.Create(SafeText.Echo(System.Text.RegularExpressions.Regex.Unescape(raw[1..^1]), int.MaxValue));
        }
    }
}
