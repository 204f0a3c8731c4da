using NodaTime;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Cli.OnCall;

/// <summary>Loads the files of <c>tai oncall</c>: team and schedule JSON, incident and call-in JSON lines (docs/oncall.md).</summary>
internal static class OnCallFiles
{
    public static OnCallTeam Team(CliContext io, string path) =>
        OnCallPolicyOption.Apply(Valid(OnCallJson.ReadTeam(io.ReadFile(path, "--team")), "--team", path));

    public static OnCallSchedule Schedule(CliContext io, string path, string option = "--schedule") =>
        OnCallPolicyOption.Apply(Valid(OnCallJson.ReadSchedule(io.ReadFile(path, option)), option, path));

    /// <summary>Incident lines <c>{"id","at","level"?,"person"?}</c>; any bad line stops the command, listing every bad line.</summary>
    public static List<PagedIncident> Incidents(CliContext io, string path) => JsonLines.ReadAllLines(io, path, "--incidents", OnCallLines.Incident);

    /// <summary>Call-in lines <c>{"id","person","start","end","level"?}</c>.</summary>
    public static List<CallIn> CallIns(CliContext io, string path) => JsonLines.ReadAllLines(io, path, "--callins", OnCallLines.CallIn);

    /// <summary>A pay policy file (issue 17; docs/oncall.md "Pay policy").</summary>
    public static OnCallPayPolicy PayPolicy(CliContext io, string path) => Valid(OnCallPayPolicyJson.Read(io.ReadFile(path, "--pay-policy")), "--pay-policy", path);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>; a write failure is a fatal input error naming <paramref name="option"/>.</summary>
    public static void Write(string path, string text, string option) => OutputFile.Write(path, option, file => File.WriteAllText(file, text));

    /// <summary>The rota request of <c>plan</c> and <c>explain</c>: the team, <c>--weeks</c> (1–520) from <c>--from</c>, and the history and incidents when given.</summary>
    public static RotaRequest Request(CliContext io, string team, string from, int weeks, string? history, string? incidents)
    {
        if (weeks is < 1 or > 520)
        {
            throw new CliFatalException($"--weeks: must be between 1 and 520, got {weeks}.");
        }

        var first = Date(from, "--from");
        if (first > OptionRange.Last.PlusWeeks(-weeks))
        {
            throw new CliFatalException($"--weeks: {weeks} weeks from {LocalDatePattern.Iso.Format(first)} end after {LocalDatePattern.Iso.Format(OptionRange.Last)}, the last date tai computes with.");
        }

        RotaRequest request;
        try
        {
            request = RotaRequest.ForWeeks(Team(io, team), first, weeks);
        }
        catch (Core.TaiValidationException e) when (e.Input == "rota request")
        {
            // The on-call engine stops at 9990-12-31, before the options' last date (9996-12-31): --from 9995-01-02 was exit 3.
            throw new CliFatalException(string.Join(" ", e.Errors.Select(f => $"--{f.PropertyName}: {f.ErrorMessage}")));
        }

        return request with
        {
            History = history is { } h ? Schedule(io, h, "--history") : null,
            Incidents = incidents is { } i ? [.. Incidents(io, i)] : [],
        };
    }

    public static LocalDate Date(string text, string option) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
            ? OptionRange.Date(parsed.Value, option)
            : throw new CliFatalException($"{option}: \"{text}\" is not a date; write yyyy-MM-dd such as 2026-01-05.");

    private static T Valid<T>(LoadResult<T> result, string option, string path)
        where T : class =>
        result.IsValid
            ? result.Value!
            : throw new CliFatalException($"{option}: '{path}' has problems:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
}
