using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Cli.OnCall;

/// <summary>Loads the files of <c>tai oncall</c>: team and schedule JSON, incident and call-in JSON lines (docs/oncall.md).</summary>
internal static class OnCallFiles
{
    public static OnCallTeam Team(CliContext io, string path) => Valid(OnCallJson.ReadTeam(io.ReadFile(path, "--team")), "--team", path);

    public static OnCallSchedule Schedule(CliContext io, string path, string option = "--schedule") =>
        Valid(OnCallJson.ReadSchedule(io.ReadFile(path, option)), option, path);

    /// <summary>Incident lines <c>{"id","at","level"?,"person"?}</c>; any bad line stops the command, listing every bad line.</summary>
    public static List<PagedIncident> Incidents(CliContext io, string path) => Lines(io, path, "--incidents", line =>
    {
        var at = line.Instant("at");
        var level = Level(line);
        var person = line.OptionalString("person");
        line.ThrowIfAny();
        return new PagedIncident(at) { Id = Id(line), Level = level, Person = person };
    });

    /// <summary>Call-in lines <c>{"id","person","start","end","level"?}</c>.</summary>
    public static List<CallIn> CallIns(CliContext io, string path) => Lines(io, path, "--callins", line =>
    {
        var person = line.String("person");
        var start = line.Instant("start");
        var end = line.Instant("end");
        var level = Level(line);
        if (end < start)
        {
            line.Problem("end", "is before start.");
        }

        line.ThrowIfAny();
        return new CallIn(person, start, end) { Id = Id(line), Level = level };
    });

    public static LocalDate Date(string text, string option) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : throw new CliFatalException($"{option}: \"{text}\" is not a date; write yyyy-MM-dd such as 2026-01-05.");

    private static T Valid<T>(LoadResult<T> result, string option, string path)
        where T : class =>
        result.IsValid
            ? result.Value!
            : throw new CliFatalException($"{option}: '{path}' has problems:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");

    private static List<T> Lines<T>(CliContext io, string path, string option, Func<LineFields, T> read)
    {
        var items = new List<T>();
        var problems = new List<string>();
        var reader = io.OpenInput(path, option);
        try
        {
            var number = 0;
            while (reader.ReadLine() is { } text)
            {
                number++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                try
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        throw new LineException("expected a JSON object on each line.");
                    }

                    items.Add(read(new LineFields(document.RootElement)));
                }
                catch (Exception e) when (e is JsonException or LineException)
                {
                    problems.Add($"line {number}: {(e is JsonException ? "not valid JSON" : e.Message)}");
                }
            }
        }
        finally
        {
            if (!ReferenceEquals(reader, io.In))
            {
                reader.Dispose();
            }
        }

        return problems.Count == 0
            ? items
            : throw new CliFatalException($"{option}: '{path}' has bad lines:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
    }

    private static OnCallLevel? Level(LineFields line) => line.OptionalInteger("level", 1, 3) is { } level ? (OnCallLevel)level : null;

    private static string? Id(LineFields line) =>
        line.Root.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;
}
