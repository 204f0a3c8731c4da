namespace TaiSupport.Core.Tests.Cli;

/// <summary>The <c>tai calendar</c> contract (issue 2 §4, docs/cli.md).</summary>
public sealed class CalendarCommandTests
{
    [Fact]
    public void Due_TheIssueExample_WritesTheDueInTheCalendarZone()
    {
        var (exit, output, error) = CliRunner.Run(
            """{"id":"c1","start":"2026-03-06T16:30:00-08:00","minutes":240}""", "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal(0, exit);
        Assert.Equal("""{"id":"c1","due":"2026-03-09T12:30:00-07:00"}""", CliRunner.Lines(output).Single());
        Assert.Empty(error);
    }

    [Fact]
    public void Due_InputInAnyOffset_IsConvertedToTheCalendarZone()
    {
        var (_, output, _) = CliRunner.Run(
            """{"id":"c2","start":"2026-03-07T00:30:00Z","minutes":240}""", "calendar", "due", "-c", "starter-hours", "-i", "-");
        Assert.Equal("""{"id":"c2","due":"2026-03-09T12:30:00-07:00"}""", CliRunner.Lines(output).Single());
    }

    [Fact]
    public void Due_BadLines_AreAnsweredInPlaceAndTheRestStillRun()
    {
        var input = string.Join('\n',
            """{"id":"a","start":"2026-03-05T16:00:00-08:00","minutes":60}""",
            """{"id":"b","start":"tomorrow","minutes":-1}""",
            "not json",
            """{"id":4,"start":"2026-03-05T16:00:00-08:00"}""",
            """{"id":"e","start":"2026-03-05T16:00:00-08:00","minutes":0}""");
        var (exit, output, error) = CliRunner.Run(input, "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.Equal(5, lines.Length);
        Assert.Equal("""{"id":"a","due":"2026-03-05T17:00:00-08:00"}""", lines[0]);
        Assert.StartsWith("""{"id":"b","error":"start: \"tomorrow\" is not a date-time""", lines[1]);
        Assert.DoesNotContain("minutes:", lines[1]); // negative minutes subtract since issue 13
        Assert.StartsWith("""{"id":null,"error":"not valid JSON""", lines[2]);
        Assert.Equal("""{"id":4,"error":"minutes: is required."}""", lines[3]);
        Assert.Equal("""{"id":"e","due":"2026-03-05T16:00:00-08:00"}""", lines[4]);
        Assert.Contains("line 2 (id \"b\")", error);
        Assert.Contains("line 3:", error);
    }

    [Fact]
    public void Due_NegativeMinutesSecondsAndWorkingDays()
    {
        var input = string.Join('\n',
            """{"id":"a","start":"2026-03-09T09:30:00-07:00","minutes":-60}""",
            """{"id":"b","start":"2026-03-06T16:30:00-08:00","workingDays":1,"mode":"sameTime"}""",
            """{"id":"c","start":"2026-03-06T16:30:00-08:00","workingDays":1,"mode":"at","at":"16:00"}""",
            """{"id":"d","start":"2026-03-06T16:30:00-08:00","seconds":90}""",
            """{"id":"e","start":"2026-03-06T16:30:00-08:00","workingDays":2,"mode":"noon"}""");
        var (exit, output, _) = CliRunner.Run(input, "calendar", "due", "--calendar", "starter-hours", "--input", "-");
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.Equal("""{"id":"a","due":"2026-03-06T16:30:00-08:00"}""", lines[0]);
        Assert.Equal("""{"id":"b","due":"2026-03-09T16:30:00-07:00"}""", lines[1]);
        Assert.Equal("""{"id":"c","due":"2026-03-09T16:00:00-07:00"}""", lines[2]);
        Assert.Equal("""{"id":"d","due":"2026-03-06T16:31:30-08:00"}""", lines[3]);
        Assert.Equal("""{"id":"e","error":"mode: noon is not a mode; use sameTime, endOfDay, startOfDay or at."}""", lines[4]);
    }

    [Fact]
    public void Elapsed_CanAnswerInSeconds()
    {
        var input = """{"id":"x","from":"2026-03-06T16:30:00-08:00","to":"2026-03-09T09:00:30-07:00","unit":"seconds"}""";
        var (exit, output, _) = CliRunner.Run(input, "calendar", "elapsed", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal(0, exit);
        Assert.Equal("""{"id":"x","seconds":1830}""", CliRunner.Lines(output)[0]);
    }

    [Fact]
    public void Elapsed_CountsOpenMinutes_AndIsNegativeWhenReversed()
    {
        var input = """
            {"id":"e1","from":"2026-03-06T16:30:00-08:00","to":"2026-03-09T12:30:00-07:00"}
            {"id":"e2","from":"2026-03-09T12:30:00-07:00","to":"2026-03-06T16:30:00-08:00"}
            {"id":"e3","from":"2026-03-09T09:00:00-07:00","to":"2026-03-09T09:00:30-07:00"}
            """;
        var (exit, output, _) = CliRunner.Run(input, "calendar", "elapsed", "--calendar", "starter-hours", "--input", "-");
        Assert.Equal(0, exit);
        Assert.Equal(
            ["""{"id":"e1","minutes":240}""", """{"id":"e2","minutes":-240}""", """{"id":"e3","minutes":0.5}"""],
            CliRunner.Lines(output));
    }

    [Fact]
    public void Due_WithACalendarFile_UsesItsZoneAndRules()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tai-cal-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"timeZone":"Asia/Kathmandu","week":{"monday":[{"open":"10:00","close":"12:00"},{"open":"13:00","close":"18:00"}]}}
            """);
        try
        {
            var (exit, output, _) = CliRunner.Run(
                """{"id":"k","start":"2026-06-01T11:30:00+05:45","minutes":60}""", "calendar", "due", "--calendar", path, "--input", "-");
            Assert.Equal(0, exit);
            Assert.Equal("""{"id":"k","due":"2026-06-01T13:30:00+05:45"}""", CliRunner.Lines(output).Single());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Due_BadCalendarFile_ExplainsEveryProblemAndExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tai-cal-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"timeZone":"Mars/Base","week":{"monday":[{"open":"25:00","close":"17:00"}]}}""");
        try
        {
            var (exit, output, error) = CliRunner.Run("", "calendar", "due", "--calendar", path, "--input", "-");
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains("$.timeZone: 'Mars/Base' is not a tzdb time-zone id", error);
            Assert.Contains("$.week.monday[0].open: \"25:00\" is not a time of day", error);
            Assert.DoesNotContain("   at ", error); // no stack trace
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Due_MissingInputFileOrOption_FailsClearly()
    {
        var missing = CliRunner.Run("", "calendar", "due", "--calendar", "starter-hours", "--input", "/nonexistent/cases.jsonl");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("--input: file '/nonexistent/cases.jsonl' does not exist.", missing.Error);

        var noOption = CliRunner.Run("", "calendar", "due", "--input", "-");
        Assert.NotEqual(0, noOption.Exit);
        Assert.Contains("--calendar", noOption.Error);
    }

    [Fact]
    public void NoArguments_RunsTheDemo()
    {
        var (exit, output, _) = CliRunner.Run("");
        Assert.Equal(0, exit);
        Assert.Contains("2026-03-09T12:30:00-07:00", output);
    }
}
