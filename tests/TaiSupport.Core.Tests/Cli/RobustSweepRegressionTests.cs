using System.Text.Json;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>
/// Crashes found by the robust-s6 black-box sweep (every <c>tai</c> command against field-by-field hostile values, byte
/// mutations, paths and option fuzz), each reduced to its reproducer: an unusable option or file exits 2 naming it, a bad
/// line gets an error line naming its field, never exit code 3, a stack trace, a .NET exception's own sentence, or minutes.
/// </summary>
public sealed class RobustSweepRegressionTests : IDisposable
{
    private const string ReportTicket = """{"id":"1","tier":"Enterprise","priority":"High","category":"Other","createdAt":"2026-01-22T10:00:00-08:00","firstResponseAt":"2026-01-22T10:30:00-08:00","statusChanges":[{"at":"2026-01-22T16:00:00-08:00","status":"Resolved"}],"assignee":"Marcus","customer":"C","subject":"API errors","csat":9,"resolvedBy":"Marcus"}""";
    private const string Team = """{"timeZone":"America/Los_Angeles","rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]},{"level":2,"participants":["Priya","Tom","Chen","Ana"]},{"level":3,"participants":["V1","V2","V3"]}]}""";
    private readonly string folder = Directory.CreateTempSubdirectory("tai-robust-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>An output path that cannot be written (sweep: ArgumentException / UnauthorizedAccessException / DirectoryNotFoundException, exit 3).</summary>
    [Theory]
    [InlineData("--out", "")]
    [InlineData("--ics", "")]
    [InlineData("--out", "DIR")]
    [InlineData("--ics", "MISSING")]
    [InlineData("--chart", "")]
    [InlineData("--chart", "DIR")]
    [InlineData("--chart", "MISSING")]
    public void AnOutputPathThatCannotBeWritten_ExitsTwoNamingTheOption(string option, string path)
    {
        path = path switch { "DIR" => folder, "MISSING" => Path.Combine(folder, "no", "such", "folder", "x.out"), _ => path };
        string[] args = option == "--chart"
            ? ["report", "weekly", "--tickets", File("t.jsonl", ReportTicket + "\n"), "--date", "2026-01-22", option, path]
            : ["oncall", "plan", "--team", File("team.json", Team), "--from", "2026-01-05", "--weeks", "4", option, path];
        var (exit, _, error) = CliRunner.Run(string.Empty, args);
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.StartsWith($"error: {option}: ", error, StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    /// <summary><c>tai @DIR</c>: System.CommandLine reads an <c>@</c> argument as a response file and threw UnauthorizedAccessException (exit 3).</summary>
    [Fact]
    public void AResponseFileThatIsADirectory_IsAMalformedCommandLine()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "@" + folder);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("response file", error, StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    /// <summary>A notes file that leaves a list out, or writes it null (sweep: a default ImmutableArray threw while printing, exit 3).</summary>
    [Theory]
    [InlineData("{}")]
    [InlineData("""{"notes":null}""")]
    [InlineData("""{"onCall":"Sarah","nextWeekPriorities":null}""")]
    public void ANotesFileWithoutSomeLists_ReadsThemAsEmpty(string notes)
    {
        var tickets = File("t.jsonl", ReportTicket + "\n");
        var (exit, output, error) = CliRunner.Run(string.Empty, "report", "daily", "--tickets", tickets, "--date", "2026-01-22", "--notes", File("notes.json", notes), "--json");
        Assert.True(exit == 0, $"exit {exit}: {error}");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        var (weeklyExit, _, weeklyError) = CliRunner.Run(string.Empty, "report", "weekly", "--tickets", tickets, "--date", "2026-01-22", "--notes", File("notes.json", notes));
        Assert.True(weeklyExit == 0, $"exit {weeklyExit}: {weeklyError}");
    }

    /// <summary>
    /// The first and last dates an option may name, for reports that also read the periods around them (the week before,
    /// a year back, the weeks ahead): sweep found TaiValidationException ("report period"), exit 3.
    /// </summary>
    [Theory]
    [InlineData("--date", new[] { "report", "weekly", "--date", "0002-01-01" })]
    [InlineData("--date", new[] { "report", "weekly", "--date", "9996-12-31", "--json" })]
    [InlineData("--month", new[] { "report", "monthly", "--month", "0002-01" })]
    [InlineData("--month", new[] { "report", "monthly", "--month", "9996-12", "--json" })]
    [InlineData("--month", new[] { "report", "kb-calendar", "--month", "0002-01" })]
    public void AReportAtTheEdgeOfTheSupportedDates_ExitsTwoNamingTheOption(string option, string[] args)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, [.. args, "--tickets", File("t.jsonl", ReportTicket + "\n")]);
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.StartsWith($"error: {option}: ", error, StringComparison.Ordinal);
        Assert.Contains("dates tai computes with", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        AssertNoCrash(error);
    }

    /// <summary>A review line with a blank ticket or engineer: the error line was QaAudit's ArgumentException sentence ("… (Parameter 'review')").</summary>
    [Theory]
    [InlineData("""{"id":1,"ticket":"","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""", "ticket: ")]
    [InlineData("""{"id":1,"ticket":" ","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""", "ticket: ")]
    [InlineData("""{"id":1,"ticket":"1847","engineer":"\n","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""", "engineer: ")]
    public void AReviewWithABlankTicketOrEngineer_GetsAnErrorLineNamingTheField(string line, string field)
    {
        var valid = """{"id":2,"ticket":"1802","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""";
        var (exit, output, error) = CliRunner.Run(line + "\n" + valid + "\n", "qa", "audit", "--input", "-");
        Assert.True(exit == 1, $"exit {exit}: {error}");
        var lines = CliRunner.Lines(output);
        Assert.Equal(2, lines.Length);
        var message = JsonDocument.Parse(lines[0]).RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith(field, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"error\"", lines[1], StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    /// <summary>
    /// A triage line carrying 100,000 fields of another tool: each was removed from the parsed object one at a time, each
    /// removal linear, so the line took minutes (the sweep's 10-second limit). Now one pass; the line reads as without them.
    /// </summary>
    [Fact]
    public void ATriageLineWith100000UnknownFields_IsReadAsWithoutThem()
    {
        var extra = string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"k{i}\":{i}"));
        var line = """{"id":"T1","tier":"Professional","subject":"Production down",""" + extra + "}";
        var plain = """{"id":"T1","tier":"Professional","subject":"Production down"}""";
        string[] args = ["triage", "--input", "-", "--now", "2026-01-30T16:00:00-08:00"];
        var (exit, output, error) = CliRunner.Run(line + "\n", args);
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal(CliRunner.Run(plain + "\n", args).Out, output);
    }

    /// <summary>
    /// A rota from a date the options accept (up to 9996-12-31) but the on-call engine does not (it stops at 9990-12-31):
    /// the engine's TaiValidationException escaped, exit 3.
    /// </summary>
    [Theory]
    [InlineData("--from", new[] { "oncall", "plan", "--from", "9995-01-02", "--weeks", "4" })]
    [InlineData("--from", new[] { "oncall", "explain", "--from", "9991-01-01", "--weeks", "4" })]
    [InlineData("--weeks", new[] { "oncall", "plan", "--from", "9990-12-01", "--weeks", "8" })]
    public void ARotaPastTheOnCallEnginesLastDate_ExitsTwoNamingTheOption(string option, string[] args)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, [.. args, "--team", File("team.json", Team)]);
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.StartsWith($"error: {option}: ", error, StringComparison.Ordinal);
        Assert.Contains("9990-12-31", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        AssertNoCrash(error);
    }

    /// <summary>
    /// The guard that turns date arithmetic past the calendars' range into exit code 2 takes only that (NodaTime's range
    /// exceptions, the calendar's check of an instant); another overflow or range exception is a bug in tai and escapes to
    /// the top, which prints one line and exits 3.
    /// </summary>
    [Fact]
    public void TheDateRangeGuard_TakesDateArithmeticOnly()
    {
        using var error = new StringWriter();
        var io = new TaiSupport.Cli.Cli.CliContext(new StringReader(string.Empty), new StringWriter(), error);
        Assert.Equal(2, TaiSupport.Cli.Cli.CliOptions.Guard(io, () => new NodaTime.LocalDate(9999, 12, 31).PlusDays(1).Day));
        Assert.Equal(2, TaiSupport.Cli.Cli.CliOptions.Guard(io, () => TaiSupport.Core.Calendars.BusinessCalendars.StarterHours.Elapsed(
            NodaTime.Instant.FromUtc(9999, 1, 1, 0, 0), NodaTime.Instant.FromUtc(9999, 1, 2, 0, 0)).Hours));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaiSupport.Cli.Cli.CliOptions.Guard(io, () => new List<int>()[1]));
        Assert.Throws<OverflowException>(() => TaiSupport.Cli.Cli.CliOptions.Guard(io, () => checked(int.MaxValue + int.Parse("1", System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>Standard output that cannot be written (<c>tai slack map &gt;&amp;-</c>: UnauthorizedAccessException, exit 3) is an unusable environment, exit 2.</summary>
    [Theory]
    [InlineData("map")]
    [InlineData("route")]
    public void AnOutputThatCannotBeWritten_ExitsTwoWithoutAStackTrace(string command)
    {
        string[] args = command == "map" ? ["slack", "map"] : ["slack", "route", "--input", "-"];
        using var error = new StringWriter();
        const string Line = """{"id":"a","action":"pageEngineering"}""" + "\n";
        var io = new TaiSupport.Cli.Cli.CliContext(new StringReader(Line), new ClosedWriter(), error);
        Assert.Equal(2, TaiSupport.Cli.Cli.TaiApp.Run(args, io));
        Assert.StartsWith("tai: cannot read or write: ", error.ToString(), StringComparison.Ordinal);
        AssertNoCrash(error.ToString());
        Assert.Equal(2, TaiSupport.Cli.Cli.TaiApp.Run(args, io with { In = new StringReader(Line), Error = new ClosedWriter() }));
    }

    /// <summary>A triage policy whose MEDIUM calendar is not built in: the message was the engine's ArgumentException ("… (Parameter 'id')") without the field.</summary>
    [Theory]
    [InlineData("nope")]
    [InlineData("\\u0000")]
    public void ATriagePolicyWithAnUnknownMediumCalendar_ExitsTwoNamingTheField(string calendar)
    {
        var policy = File("triage.json", "{\"escalation\":{\"mediumResponseCalendar\":\"" + calendar + "\"}}");
        var (exit, output, error) = CliRunner.Run(string.Empty, "triage", "--print-policy", "--policy", policy);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: --policy: escalation.mediumResponseCalendar: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    private static void AssertNoCrash(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A writer whose every write fails, as a closed standard output does.</summary>
    private sealed class ClosedWriter : StringWriter
    {
        public override void Write(char value) => throw new UnauthorizedAccessException("Access to the path is denied.");

        public override void Write(string? value) => throw new UnauthorizedAccessException("Access to the path is denied.");

        public override void WriteLine(string? value) => throw new UnauthorizedAccessException("Access to the path is denied.");
    }
}
