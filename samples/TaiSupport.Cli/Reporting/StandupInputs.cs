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

    /// <summary>Known-issue lines read by <see cref="KnownIssueJson"/>; any bad line stops the command with every problem by line (exit code 2).</summary>
    public static IReadOnlyList<KnownIssue> KnownIssues(CliContext io, string? path) =>
        path is null ? [] : JsonLines.ReadAllElements(io, path, "--known-issues", line => LineReads.ValueOrThrow(KnownIssueJson.Read(line)));
}
