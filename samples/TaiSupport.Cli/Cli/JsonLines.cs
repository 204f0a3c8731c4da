using System.Text.Json;
using System.Text.Json.Nodes;

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
    public static int Run(CliContext io, string inputPath, Func<LineFields, JsonObject> process)
    {
        var reader = io.OpenInput(inputPath);
        try
        {
            var failed = 0;
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line) && !RunLine(io, line, number, process))
                {
                    failed++;
                }
            }

            if (failed > 0)
            {
                io.Error.WriteLine($"{failed} of the input lines failed; see the error lines above.");
            }

            return failed > 0 ? ExitCodes.SomeLinesFailed : ExitCodes.Success;
        }
        finally
        {
            if (!ReferenceEquals(reader, io.In))
            {
                reader.Dispose();
            }
        }
    }

    private static bool RunLine(CliContext io, string line, int number, Func<LineFields, JsonObject> process)
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
                id = JsonNode.Parse(idElement.GetRawText());
            }

            var output = new JsonObject { ["id"] = id?.DeepClone() };
            foreach (var (name, value) in process(new LineFields(root)))
            {
                output[name] = value?.DeepClone();
            }

            io.Out.WriteLine(output.ToJsonString(CliFormat.Json));
            return true;
        }
        catch (Exception e) when (e is JsonException or LineException or FluentValidation.ValidationException or InvalidOperationException or ArgumentException)
        {
            var message = e switch
            {
                JsonException => $"not valid JSON: {e.Message}",
                FluentValidation.ValidationException v => string.Join(" ", v.Errors.Select(f => $"{f.PropertyName}: {f.ErrorMessage}")),
                _ => e.Message,
            };
            io.Out.WriteLine(new JsonObject { ["id"] = id?.DeepClone(), ["error"] = message }.ToJsonString(CliFormat.Json));
            io.Error.WriteLine($"line {number}{(id is null ? string.Empty : $" (id {id.ToJsonString()})")}: {message}");
            return false;
        }
    }
}
