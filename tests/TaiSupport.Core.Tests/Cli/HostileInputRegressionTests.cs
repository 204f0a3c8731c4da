using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>
/// Crashes found by tools/fuzz-cli.py (hostile bytes, files and option values against every <c>tai</c> command), each
/// reduced to its smallest reproducer: a bad option or file exits 2 with a message naming it, a bad line gets its error
/// line, never an exit code 3 or a stack trace; plus the JSON-lines runner's contract (one line out per line in, a safe
/// id, 3 only for a bug).
/// </summary>
public sealed class HostileInputRegressionTests : IDisposable
{
    private const string Team = """{"timeZone":"America/Los_Angeles","rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]},{"level":2,"participants":["Priya","Tom","Chen","Ana"]},{"level":3,"participants":["V1","V2","V3"]}]}""";
    private const string ReportTicket = """{"id":"1","tier":"Enterprise","priority":"High","category":"Other","createdAt":"2026-01-22T10:00:00-08:00","firstResponseAt":"2026-01-22T10:30:00-08:00","statusChanges":[{"at":"2026-01-22T16:00:00-08:00","status":"Resolved"}],"assignee":"Marcus","customer":"C","subject":"API errors","csat":9,"resolvedBy":"Marcus"}""";
    private readonly string folder = Directory.CreateTempSubdirectory("tai-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Date options at and past the ends of the calendar (fuzz: OverflowException / ArgumentOutOfRangeException, exit 3).</summary>
    public static TheoryData<string, string[]> OutOfRangeDateOptions() => new()
    {
        { "--month", ["report", "monthly", "--tickets", "TICKETS", "--month", "9999-12", "--json"] },
        { "--month", ["qa", "sample", "--tickets", "TICKETS", "--month", "9999-12", "--seed", "7"] },
        { "--month", ["report", "kb-calendar", "--tickets", "TICKETS", "--month", "9999-12"] },
        { "--month", ["feature-requests", "review", "--input", "TICKETS", "--month", "9999-12"] },
        { "--quarter", ["report", "certification", "--tickets", "TICKETS", "--quarter", "9999-Q4"] },
        { "--date", ["report", "weekly", "--tickets", "TICKETS", "--date", "9998-12-31", "--json"] },
        { "--date", ["report", "weekly", "--tickets", "TICKETS", "--date", "9999-12-31", "--json"] },
        { "--date", ["report", "daily", "--tickets", "TICKETS", "--date", "0001-01-01", "--json"] },
        { "--date", ["handoff", "--tickets", "TICKETS", "--date", "9998-12-31"] },
        { "--date", ["report", "onboarding", "--engineer", "Sam", "--start", "2026-02-02", "--date", "9999-12-31"] },
        { "--now", ["report", "standup", "--tickets", "TICKETS", "--now", "9997-06-01T00:00:00Z"] },
        { "--from", ["oncall", "plan", "--team", "TEAM", "--from", "9999-12-31", "--weeks", "13"] },
        { "--from", ["oncall", "plan", "--team", "TEAM", "--from", "9998-12-31", "--weeks", "13"] },
        { "--from", ["oncall", "plan", "--team", "TEAM", "--from", "0001-01-01", "--weeks", "4"] },
        { "--from", ["oncall", "plan", "--team", "TEAM", "--from", "-0001-01-01", "--weeks", "4"] },
        { "--weeks", ["oncall", "plan", "--team", "TEAM", "--from", "9996-12-01", "--weeks", "13"] },
        { "--from", ["oncall", "explain", "--team", "TEAM", "--from", "9998-12-31", "--weeks", "8"] },
        { "--to", ["oncall", "absences", "--team", "TEAM", "--from", "2026-01-01", "--to", "9999-12-31"] },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeDateOptions))]
    public void ADateOptionOutsideTheCalendar_ExitsTwoNamingTheOption(string option, string[] args)
    {
        var tickets = File("tickets.jsonl", ReportTicket + "\n");
        var team = File("team.json", Team);
        var (exit, output, error) = CliRunner.Run(string.Empty, [.. args.Select(a => a switch { "TICKETS" => tickets, "TEAM" => team, _ => a })]);
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.Contains($"{option}: ", error, StringComparison.Ordinal);
        Assert.Contains("tai computes with", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        AssertNoCrash(error);
    }

    [Theory]
    [InlineData("pay", "--to")]
    [InlineData("equity", "--to")]
    public void OncallPayAndEquity_APeriodEndingAtTheEndOfTime_ExitsTwo(string command, string option)
    {
        var schedule = Planned();
        var callIns = File("callins.jsonl", """{"id":"c1","person":"Sarah","start":"2026-01-06T22:10:00-08:00","end":"2026-01-06T22:25:00-08:00"}""" + "\n");
        var (exit, _, error) = CliRunner.Run(string.Empty, "oncall", command, "--schedule", schedule, "--callins", callIns, "--from", "2026-01-05", option, "9999-12-31");
        Assert.Equal(2, exit);
        Assert.Contains($"{option}: 9999-12-31 is outside the dates tai computes with", error, StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    [Fact]
    public void OncallCertificate_AShiftDatedInYear9999_ExitsTwoInsteadOfCrashing()
    {
        // A schedule file whose last shift reads "9999-12-31": the schedule reader accepts it and the rotation's slot
        // arithmetic threw ArgumentOutOfRangeException (daysSinceEpoch), exit 3.
        var schedule = System.IO.File.ReadAllText(Planned());
        var shifted = System.Text.RegularExpressions.Regex.Replace(schedule, "\"date\": \"2026-03-30\"", "\"date\": \"9999-12-31\"");
        Assert.NotEqual(schedule, shifted);
        var (exit, _, error) = CliRunner.Run(string.Empty, "oncall", "certificate", "--schedule", File("far.json", shifted));
        Assert.Equal(2, exit);
        Assert.Contains("outside the dates tai computes with", error, StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    [Fact]
    public void TemplateRender_ALoneSurrogateInTheValuesFile_ExitsTwoNamingItsPath()
    {
        // Was InvalidOperationException ("Cannot read invalid UTF-16 JSON text as string"), exit 3.
        var values = File("values.json", """{"customerName":"\udfff\ud800"}""");
        var (exit, output, error) = CliRunner.Run(string.Empty, "template", "render", "A", "--values", values);
        Assert.Equal(2, exit);
        Assert.Contains("--values: $.customerName: holds an unpaired surrogate escape", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        AssertNoCrash(error);
    }

    [Fact]
    public void ReportDaily_ALoneSurrogateInTheNotesFile_ExitsTwoNamingItsPath()
    {
        // Was InvalidOperationException ("Cannot read incomplete UTF-16 JSON text as string"), exit 3.
        var notes = File("notes.json", """{"onCall":"Sarah","staffing":["Tom out"],"blockers":["\ud800"]}""");
        var tickets = File("tickets.jsonl", ReportTicket + "\n");
        var (exit, output, error) = CliRunner.Run(string.Empty, "report", "daily", "--tickets", tickets, "--date", "2026-01-26", "--notes", notes, "--json");
        Assert.Equal(2, exit);
        Assert.Contains("--notes: $.blockers[0]: holds an unpaired surrogate escape", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        AssertNoCrash(error);
    }

    [Fact]
    public void ReportDaily_InAZoneThatSkippedTheNextDateWhole_EndsTheDayAtTheNextMidnight()
    {
        // Pacific/Apia skipped 2011-12-30: the default report instant (the start of the next day) threw
        // SkippedTimeException from AtStartOfDay, exit 3. A report policy with that zone and --date 2011-12-29.
        var policy = File("report-policy.json", """{"timeZone":"Pacific/Apia"}""");
        var tickets = File("tickets.jsonl", ReportTicket + "\n");
        var (exit, output, error) = CliRunner.Run(string.Empty, "report", "daily", "--tickets", tickets, "--date", "2011-12-29", "--report-policy", policy, "--json");
        Assert.True(exit == 0, $"exit {exit}: {error}");
        using var report = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, report.RootElement.ValueKind);
        AssertNoCrash(error);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void AFileStartingWithAUtf16OrUtf8ByteOrderMark_IsReadAsUtf8_OneOutputLinePerLine(byte[] start)
    {
        // FF FE at the start of a --input file made File.OpenText decode the whole UTF-8 file as UTF-16: forty lines
        // came back as one error line ("lost lines"); standard input with the same bytes gave forty.
        var lines = """
            {"id":"a","start":"2026-03-06T16:30:00-08:00","minutes":240}
            {"id":"b","start":"2026-03-06T16:30:00-08:00","minutes":60}
            {"id":"c","start":"2026-03-06T16:30:00-08:00","minutes":1}
            """;
        var path = Path.Combine(folder, "input.jsonl");
        System.IO.File.WriteAllBytes(path, [.. start, .. Encoding.UTF8.GetBytes(lines + "\n")]);
        var (exit, output, error) = CliRunner.Run(string.Empty, "calendar", "due", "--calendar", "starter-hours", "--input", path);
        var written = CliRunner.Lines(output);
        Assert.Equal(3, written.Length);
        var utf8Mark = start[0] == 0xEF;
        Assert.Equal([utf8Mark ? "a" : null, "b", "c"], written.Select(l => JsonNode.Parse(l)!["id"]?.GetValue<string>()));
        Assert.Equal(utf8Mark ? 0 : 1, exit); // a UTF-16 mark is noise before the first line: that line's error only
        Assert.Contains("\"due\":", written[1], StringComparison.Ordinal);
        AssertNoCrash(error);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void AWholeFileInput_StartingWithAByteOrderMark_IsReadAsUtf8_OneOutputLinePerLine(byte[] start)
    {
        // qa audit reads its whole --input file first (patterns look at every review): File.ReadAllText took FF FE for a
        // UTF-16 mark even with UTF-8 asked for, so five review lines came back as one error line (fuzz-cli.py, seed 1212).
        var review = """{"id":"#","ticket":"1802","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":true,"tone":true,"accuracy":true,"escalation":{"passed":false,"note":"n","suggestion":"s"}}}""";
        var path = Path.Combine(folder, "reviews.jsonl");
        System.IO.File.WriteAllBytes(path, [.. start, .. Encoding.UTF8.GetBytes(string.Join("\n", new[] { "a", "b", "c" }.Select(id => review.Replace("#", id, StringComparison.Ordinal))) + "\n")]);
        var (exit, output, error) = CliRunner.Run(string.Empty, "qa", "audit", "--input", path);
        var written = CliRunner.Lines(output);
        Assert.Equal(3, written.Length);
        var utf8Mark = start[0] == 0xEF;
        Assert.Equal(utf8Mark ? 0 : 1, exit); // a UTF-16 mark is noise before the first line: that line's error only
        Assert.All(written.Skip(1), line => Assert.Contains("\"score\":", line, StringComparison.Ordinal));
        AssertNoCrash(error);
    }

    /// <summary>The JSON-lines commands CrashReproducerTests does not cover, with the arguments that make them run.</summary>
    public static TheoryData<string[]> MoreJsonLinesCommands() => new()
    {
        new[] { "words", "check", "--input", "-" },
        new[] { "slack", "route", "--input", "-" },
        new[] { "runbooks", "for", "--input", "-", "--now", "2026-01-26T10:00:00-08:00" },
        new[] { "customers", "health", "--input", "-", "--now", "2026-03-02T09:00:00-08:00" },
        new[] { "ticket", "--input", "-", "--now", "2026-03-09T10:00:00-07:00" },
        new[] { "report", "resolution", "--input", "-" },
    };

    [Theory]
    [MemberData(nameof(MoreJsonLinesCommands))]
    public void JsonLinesRunner_EveryLineGetsOneLine_ASafeId_AndExitOne(string[] args)
    {
        // A lone surrogate id, a line of raw noise, a BOM-less CR inside an object, a NUL, a 10,000-deep array and an
        // empty object: six lines in, six out, in order, exit 1.
        var input = string.Join('\n',
            """{"id":"\ud800"}""",
            "\uFFFD\uFFFE{",
            "{\"id\":\"cr\",\r\"x\":1}",
            "{\"id\":\"nul\u0000\"}",
            "{\"id\":\"deep\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}",
            "{}");
        var (exit, output, error) = CliRunner.Run(input, args);
        var lines = CliRunner.Lines(output);
        Assert.Equal(6, lines.Length);
        Assert.Equal("\uFFFD", JsonNode.Parse(lines[0])!["id"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(lines[1])!["id"]);
        Assert.Equal("cr", JsonNode.Parse(lines[2])!["id"]!.GetValue<string>());
        Assert.Contains("\"error\":\"not valid JSON", lines[4], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Equal(1, exit);
        AssertNoCrash(error);
    }

    [Fact]
    public void JsonLinesRunner_AnUnexpectedExceptionOnOneLine_IsThatLinesErrorAndExitCodeThree()
    {
        // Exit code 3 is the runner's own: a bug while processing one line (not an input mistake) gets an error line
        // with the line's id, the other lines still run, and the exit code tells it apart from "some lines failed" (1).
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliContext(new StringReader("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n"), output, error);
        var seen = 0;
        var exit = JsonLines.RunElements(io, "-", _ => ++seen == 2 ? throw new NullReferenceException("boom") : new JsonObject { ["ok"] = true });
        var lines = CliRunner.Lines(output.ToString());
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Equal(3, lines.Length);
        Assert.Equal("""{"id":"a","ok":true}""", lines[0]);
        Assert.Equal("""{"id":"b","error":"internal error (NullReferenceException): boom"}""", lines[1]);
        Assert.Equal("""{"id":"c","ok":true}""", lines[2]);
        Assert.Contains("tai: internal error on 1 line (a bug in tai, not in the input); exit code 3.", error.ToString(), StringComparison.Ordinal);
        AssertNoCrash(error.ToString().Replace("internal error", "internal-error", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonLinesRunner_AnInputMistakeOnOneLine_IsExitCodeOne()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliContext(new StringReader("{\"id\":\"a\"}\n{\"id\":\"b\"}\n"), output, error);
        var seen = 0;
        var exit = JsonLines.RunElements(io, "-", _ => ++seen == 1 ? throw new LineException("x: is wrong.") : new JsonObject { ["ok"] = true });
        Assert.Equal(ExitCodes.SomeLinesFailed, exit);
        Assert.Equal(["""{"id":"a","error":"x: is wrong."}""", """{"id":"b","ok":true}"""], CliRunner.Lines(output.ToString()));
        AssertNoCrash(error.ToString());
    }

    [Theory]
    [InlineData("calendar", "check")]
    [InlineData("policy", "check")]
    [InlineData("report", "kb-article")]
    public void AFolderOrAMissingFileInPlaceOfAFile_ExitsTwo(string command, string sub)
    {
        foreach (var path in new[] { folder, Path.Combine(folder, "missing.json") })
        {
            var (exit, output, error) = CliRunner.Run(string.Empty, command, sub, path);
            Assert.True(exit is 1 or 2, $"exit {exit} for {path}: {error}");
            Assert.DoesNotContain("internal error", output + error, StringComparison.Ordinal);
            AssertNoCrash(error);
        }
    }

    private static void AssertNoCrash(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    private string Planned()
    {
        var path = Path.Combine(folder, "schedule.json");
        var (exit, _, error) = CliRunner.Run(string.Empty, "oncall", "plan", "--team", File("plan-team.json", Team), "--from", "2026-01-05", "--weeks", "13", "--out", path);
        Assert.True(exit == 0, error);
        return path;
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
