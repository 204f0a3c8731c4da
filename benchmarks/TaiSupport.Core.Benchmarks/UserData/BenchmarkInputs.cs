using FluentValidation.Results;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Policies;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Benchmarks.UserData;

/// <summary>
/// The user's own data for the suites: each option of <c>Program</c> names a file in the same format <c>tai</c> reads,
/// is passed to the benchmark processes as an environment variable (absolute path), and is read here through the
/// library's own readers. A bad file stops the run with the message <c>tai</c> prints for it.
/// </summary>
public static class BenchmarkInputs
{
    /// <summary>The options, their environment variables and what each file holds, in the order the help lists them.</summary>
    public static readonly IReadOnlyList<BenchmarkInput> All =
    [
        new("--policy", "TAI_BENCH_POLICY", "a policy pack (tai policy show) or an SLA policy file (tai sla --policy)"),
        new("--calendar", "TAI_BENCH_CALENDAR", "a business calendar file (tai calendar --calendar-file)"),
        new("--tickets", "TAI_BENCH_TICKETS", "JSON lines, one ticket each (tai sla --input)"),
        new("--triage", "TAI_BENCH_TRIAGE", "JSON lines, one triage request each (tai triage --input)"),
        new("--team", "TAI_BENCH_TEAM", "an on-call team file (tai oncall --team)"),
        new("--report-tickets", "TAI_BENCH_REPORT_TICKETS", "JSON lines, one report ticket each (tai report --tickets)"),
        new("--incident", "TAI_BENCH_INCIDENT", "an incident record (tai incident --incident)"),
    ];

    /// <summary>The user's policy pack (an SLA policy file becomes a pack with that section), or null for the defaults.</summary>
    public static TaiPolicy? Policy => FromEnvironment("--policy", ReadPolicy);

    /// <summary>The SLA section of the user's policy, or null to use <see cref="SlaPolicy.Default"/>.</summary>
    public static SlaPolicy? SlaPolicy => Policy?.Sla;

    /// <summary>The triage section of the user's policy pack, or null to use <see cref="TriagePolicy.Default"/>.</summary>
    public static TriagePolicy? TriagePolicy => Policy?.Triage;

    /// <summary>The user's calendar, or null for the suite's built-in one.</summary>
    public static BusinessCalendar? Calendar => FromEnvironment("--calendar", ReadCalendar);

    /// <summary>The user's tickets, or null for the suite's generated ones.</summary>
    public static IReadOnlyList<Ticket>? Tickets => FromEnvironment("--tickets", ReadTickets);

    /// <summary>The user's triage requests, or null for the suite's generated ones.</summary>
    public static IReadOnlyList<TriageRequest>? TriageRequests => FromEnvironment("--triage", ReadTriageRequests);

    /// <summary>The user's on-call team, or null for the suite's built-in teams.</summary>
    public static OnCallTeam? Team => FromEnvironment("--team", ReadTeam);

    /// <summary>The user's report tickets, or null for the suite's generated ones.</summary>
    public static IReadOnlyList<ReportTicket>? ReportTickets => FromEnvironment("--report-tickets", ReadReportTickets);

    /// <summary>The user's incident, or null for the suite's built-in one.</summary>
    public static IncidentRecord? Incident => FromEnvironment("--incident", ReadIncident);

    /// <summary>
    /// Reads a policy pack as <c>tai policy check</c> does, or, by its shape, an SLA policy file as <c>tai sla --policy</c>
    /// does (then the pack is the defaults with that SLA section).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing or invalid; the message is <c>tai</c>'s.</exception>
    public static TaiPolicy ReadPolicy(string path)
    {
        var text = ReadFile("--policy", path);
        return TaiPolicyJson.LooksLikePack(text)
            ? Whole(TaiPolicyJson.Read(text), "--policy", path, "a valid policy pack")
            : TaiPolicy.Default with { Sla = Whole(SlaPolicyJson.Read(text), "--policy", path, "a valid SLA policy") };
    }

    /// <summary>Reads a business calendar file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing or invalid.</exception>
    public static BusinessCalendar ReadCalendar(string path) => Whole(BusinessCalendarJson.Read(ReadFile("--calendar", path)), "--calendar", path, "a valid calendar");

    /// <summary>Reads an on-call team file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The team.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing or invalid.</exception>
    public static OnCallTeam ReadTeam(string path) => Whole(OnCallJson.ReadTeam(ReadFile("--team", path)), "--team", path, "a valid on-call team");

    /// <summary>Reads an incident record file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing or invalid.</exception>
    public static IncidentRecord ReadIncident(string path) => Whole(IncidentRecordJson.Read(ReadFile("--incident", path)), "--incident", path, "a valid incident");

    /// <summary>Reads JSON lines of tickets; every bad line is reported by number.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The tickets, at least one.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing, empty or has a bad line.</exception>
    public static IReadOnlyList<Ticket> ReadTickets(string path) => Lines("--tickets", path, TicketJson.Read);

    /// <summary>Reads JSON lines of triage requests; every bad line is reported by number.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The requests, at least one.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing, empty or has a bad line.</exception>
    public static IReadOnlyList<TriageRequest> ReadTriageRequests(string path) => Lines("--triage", path, TriageRequestJson.Read);

    /// <summary>Reads JSON lines of report tickets; every bad line is reported by number.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The tickets, at least one.</returns>
    /// <exception cref="BenchmarkInputException">The file is missing, empty or has a bad line.</exception>
    public static IReadOnlyList<ReportTicket> ReadReportTickets(string path) => Lines("--report-tickets", path, ReportTicketJson.Read);

    private static T? FromEnvironment<T>(string option, Func<string, T> read)
        where T : class
    {
        var input = All.Single(i => i.Option == option);
        var path = Environment.GetEnvironmentVariable(input.EnvironmentVariable);
        return string.IsNullOrEmpty(path) ? null : read(path);
    }

    private static string ReadFile(string option, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BenchmarkInputException($"{option}: cannot read '{path}': {e.Message}");
        }
    }

    private static T Whole<T>(LoadResult<T> result, string option, string path, string what)
        where T : class =>
        result.IsValid
            ? result.Value!
            : throw new BenchmarkInputException(
                $"{option}: '{path}' is not {what}:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");

    private static IReadOnlyList<T> Lines<T>(string option, string path, Func<string, LoadResult<T>> read)
        where T : class
    {
        var values = new List<T>();
        var problems = new List<string>();
        var number = 0;
        foreach (var line in ReadFile(option, path).Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = read(line.TrimEnd('\r'));
            if (result.IsValid)
            {
                values.Add(result.Value!);
            }
            else
            {
                problems.AddRange(result.Problems.Select(p => $"line {number}: {Describe(p)}"));
            }
        }

        if (problems.Count == 0 && values.Count == 0)
        {
            problems.Add("the file has no lines; give at least one.");
        }

        return problems.Count == 0
            ? values
            : throw new BenchmarkInputException($"{option}: '{path}' has problems:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
    }

    private static string Describe(ValidationFailure problem) => $"{problem.PropertyName}: {problem.ErrorMessage}";
}

/// <summary>One user-data option of the benchmarks.</summary>
/// <param name="Option">The command-line option, such as <c>--tickets</c>.</param>
/// <param name="EnvironmentVariable">The environment variable that carries the file's absolute path to the benchmark processes.</param>
/// <param name="Description">What the file holds.</param>
public sealed record BenchmarkInput(string Option, string EnvironmentVariable, string Description);

/// <summary>A user-data file that cannot be used; the message says which option, which file and every problem.</summary>
/// <param name="message">The message, in the words <c>tai</c> uses for the same file.</param>
public sealed class BenchmarkInputException(string message) : Exception(message);
