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
    public static IReadOnlyList<KnownIssue> KnownIssues(CliContext io, string? path)
    {
        if (path is null)
        {
            return [];
        }

        var issues = new List<KnownIssue>();
        var problems = new List<string>();
        JsonLines.ForEachObject(io, path, "--known-issues", (number, root) =>
        {
            var result = KnownIssueJson.Read(root);
            if (result.IsValid)
            {
                issues.Add(result.Value!);
            }
            else
            {
                problems.Add($"line {number}: {string.Join(" ", result.Problems.Select(p => $"{Field(p.PropertyName)}: {p.ErrorMessage}"))}");
            }
        }, problems);
        return problems.Count == 0 ? issues : throw JsonLines.BadLines("--known-issues", path, problems);
    }

    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
