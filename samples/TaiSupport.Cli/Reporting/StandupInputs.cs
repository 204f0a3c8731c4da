using TaiSupport.Cli.Cli;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Cli.Reporting;

/// <summary>Reads the standup's routine inputs: the owner rotation and the known-issue lines (§1.1).</summary>
internal static class StandupInputs
{
    public static OwnerRotation? Rotation(string? people, string? start)
    {
        if (people is null)
        {
            return start is null ? null : throw new CliFatalException("--rotation-start needs --rotation.");
        }

        var names = people.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new CliFatalException("--rotation: give the people in order, comma-separated, e.g. Marcus,Priya,Sam.");
        }

        if (start is null)
        {
            throw new CliFatalException("--rotation needs --rotation-start, a working day on which the first person owns the day.");
        }

        return new OwnerRotation([.. names], ReportInputs.ParseDate(start, "--rotation-start"));
    }

    public static IReadOnlyList<KnownIssue> KnownIssues(CliContext io, string? path) => path is null ? [] : JsonLines.ReadAll(io, path, "--known-issues", line =>
    {
        var title = line.String("title") ?? string.Empty;
        var kind = line.OptionalString("kind") switch
        {
            null or "knownIssue" => KnownIssueKind.KnownIssue,
            "maintenance" => KnownIssueKind.Maintenance,
            var other => Bad(line, other),
        };
        var from = line.Instant("from");
        var until = line.OptionalInstant("until");
        if (until is { } u && u <= from)
        {
            line.Problem("until", "must be after from.");
        }

        if (line.Has("title") && string.IsNullOrWhiteSpace(title))
        {
            line.Problem("title", "must not be blank.");
        }

        line.ThrowIfAny();
        return new KnownIssue(title, kind, from, until);
    });

    private static KnownIssueKind Bad(LineFields line, string value)
    {
        line.Problem("kind", $"\"{Core.Text.SafeText.Echo(value, 40)}\" is not knownIssue or maintenance.");
        return KnownIssueKind.KnownIssue;
    }
}
