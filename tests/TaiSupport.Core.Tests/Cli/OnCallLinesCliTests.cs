using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.Cli.CliRunner;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>
/// The JSON lines of <c>tai oncall</c> read through the library (issue 11: swap steps, incident, call-in and who lines are
/// small records read by <c>TaiJson.Read</c>, no <c>LineFields</c>): each mistake names its field, every bad line of a
/// swap batch gets its error line in place (exit 1), a bad incident or call-in file stops the command (exit 2).
/// </summary>
public sealed class OnCallLinesCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tai-oncall-lines-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void SwapSteps_WithMistakes_GetAnErrorLineEach_NamingTheField()
    {
        string[] steps =
        [
            """{"id":"b-1","action":"swap"}""",
            """{"id":"b-2","action":"request","requestedBy":"Marcus","level":7,"shift":"2026-01-13"}""",
            """{"id":"b-3","action":"request","requestedBy":"Marcus","coveredBy":"Sarah","level":1,"shift":"2026-01-13"}""",
            """{"id":"b-4","action":"request","requestedBy":"Marcus","coveredBy":"Sarah","level":1,"from":"2026-01-06T22:00:00-08:00","to":"2026-01-06T18:00:00-08:00"}""",
            """{"id":"b-5","action":"request","requestedBy":"Marcus","coveredBy":"Sarah","level":1,"shift":"2026-01-12","takeFrom":"soon"}""",
            """{"id":"b-6","action":"accept"}""",
            """{"id":"b-7","action":"accept","by":"Lead"}""",
            """{"id":7,"action":"request"}""",
            """{"id":"b-9","action":"request","requestedBy":"Marcus","coveredBy":"Sarah","level":1,"shift":"2026-01-12","takeTo":"2026-01-20T09:00:00-08:00"}""",
            """{"id":"b-10","action":"request","requestedBy":"Marcus","coveredBy":"Sarah","level":1,"shift":"2026-01-12","takeShift":"2026-01-20","takeLevel":1}""",
        ];
        var (exit, output, error) = Run(string.Join("\n", steps), "oncall", "swap", "--schedule", Schedule(), "--input", "-");
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                """{"id":"b-1","error":"action: \"swap\" is not one of request, accept, decline, cancel."}""",
                """{"id":"b-2","error":"coveredBy: is required. level: must be between 1 and 3, got 7."}""",
                """{"id":"b-3","error":"shift: 2026-01-13 is not a hand-off date of a level 1 rotation of the team."}""",
                """{"id":"b-4","error":"to: must be after from."}""",
                """{"id":"b-5","error":"takeFrom: \"soon\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z."}""",
                """{"id":"b-6","error":"by: is required."}""",
                """{"id":"b-7","error":"id: no request b-7; request it first."}""",
                """{"id":7,"error":"id: expected a string, got the number 7."}""",
                """{"id":"b-9","error":"takeFrom: is required."}""",
                """{"id":"b-10","error":"takeShift: 2026-01-20 is not a hand-off date of a level 1 rotation of the team."}""",
            ],
            Lines(output));
        Assert.Contains("line 2 (id \"b-2\"): coveredBy: is required. level: must be between 1 and 3, got 7.", error, StringComparison.Ordinal);
        Assert.Contains("10 of the input lines failed; see the error lines above.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASwapRequest_ThatReads_IsDecided_AndItsIdKept()
    {
        var steps = """
            {"id":"s-1","action":"request","requestedBy":"Marcus","coveredBy":"Jessica","level":1,"shift":"2026-01-12","unknown":"ignored"}
            {"id":"s-1","action":"request","requestedBy":"Marcus","coveredBy":"Jessica","level":1,"shift":"2026-01-12"}
            {"id":"s-1","action":"decline","by":"Jessica"}
            """;
        var (exit, output, _) = Run(steps, "oncall", "swap", "--schedule", Schedule(), "--input", "-");
        var lines = Lines(output);
        Assert.Equal(1, exit);
        Assert.StartsWith("""{"id":"s-1","status":"requested","kind":"cover","requestedBy":"Marcus","coveredBy":"Jessica",""", lines[0], StringComparison.Ordinal);
        Assert.Equal("""{"id":"s-1","error":"id: request s-1 already exists."}""", lines[1]);
        Assert.StartsWith("""{"id":"s-1","status":"declined","kind":"cover",""", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void BadIncidentAndCallInLines_StopTheCommand_ListingEveryLine()
    {
        var incidents = File("i.jsonl", "{\"id\":\"i1\",\"at\":\"yesterday\"}\n{\n{\"id\":3,\"at\":\"2026-01-06T19:00:00-08:00\",\"level\":7}\n[]\n");
        var (exit, _, error) = Run(string.Empty, "oncall", "check", "--schedule", Schedule(), "--incidents", incidents);
        Assert.Equal(2, exit);
        Assert.Contains("  line 1: at: \"yesterday\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z.", error, StringComparison.Ordinal);
        Assert.Contains("  line 2: not valid JSON: ", error, StringComparison.Ordinal);
        Assert.Contains("  line 3: level: must be between 1 and 3, got 7.", error, StringComparison.Ordinal);
        Assert.Contains("  line 4: expected a JSON object.", error, StringComparison.Ordinal);

        var callIns = File("c.jsonl", "{\"id\":\"c1\",\"person\":\"Sarah\",\"start\":\"2026-01-06T19:00:00-08:00\",\"end\":\"2026-01-06T18:00:00-08:00\",\"level\":0}\n{\"id\":\"c2\",\"start\":\"x\"}\n");
        (exit, _, error) = Run(string.Empty, "oncall", "pay", "--schedule", Schedule(), "--callins", callIns, "--from", "2026-01-05", "--to", "2026-04-05");
        Assert.Equal(2, exit);
        Assert.Contains("  line 1: level: must be between 1 and 3, got 0. end: is before start.", error, StringComparison.Ordinal);
        Assert.Contains("  line 2: start: \"x\" is not a date-time with offset; write it like 2026-03-06T16:30:00-08:00 or 2026-03-07T00:30:00Z. person: is required. end: is required.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IncidentIds_AreKept_AsWritten_StringOrNumber()
    {
        // Two incidents outside every shift are unattributed and listed by id: a string id as its text, a number as written.
        var incidents = File("i.jsonl", "{\"id\":\"i-1\",\"at\":\"2027-01-06T19:00:00-08:00\"}\n{\"id\":1.50,\"at\":\"2027-01-07T19:00:00-08:00\"}\n");
        var (exit, output, error) = Run(string.Empty, "oncall", "check", "--schedule", Schedule(), "--incidents", incidents);
        Assert.True(exit is 0 or 1, error);
        Assert.Contains("\"unattributedIncidents\": [\n    \"i-1\",\n    \"1.50\"\n  ]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WhoLines_NameTheAtField()
    {
        var (exit, output, _) = Run("{\"id\":\"a\"}\n{\"id\":\"b\",\"at\":5}\n", "oncall", "who", "--schedule", Schedule(), "--input", "-");
        Assert.Equal(1, exit);
        Assert.Equal(["""{"id":"a","error":"at: is required."}""", """{"id":"b","error":"at: expected a string, got the number 5."}"""], Lines(output));
    }

    // Round robin from Monday 2026-01-05, one week each: Sarah, Marcus, Jessica, Alex, …
    private string Schedule() =>
        File("s.json", OnCallJson.Write(OnCallSchedule.RoundRobin(Team(OnCallRotations.Support.WithParticipants(Support)), Q1, Q1.PlusWeeks(13))));

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
