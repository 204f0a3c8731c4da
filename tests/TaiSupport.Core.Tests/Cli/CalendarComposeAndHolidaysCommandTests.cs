using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Tests.Cli;

/// <summary>The <c>tai calendar compose</c> and <c>tai calendar holidays</c> contracts (issue 13, docs/cli.md).</summary>
public sealed class CalendarComposeAndHolidaysCommandTests
{
    private const string Berlin = """{"timeZone":"Europe/Berlin","week":{"monday":[{"open":"09:00","close":"17:00"}],"tuesday":[{"open":"09:00","close":"17:00"}],"wednesday":[{"open":"09:00","close":"17:00"}],"thursday":[{"open":"09:00","close":"17:00"}],"friday":[{"open":"09:00","close":"17:00"}]}}""";

    private static string TempFile(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tai-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Compose_Union_PrintsACalendarThatDueAndElapsedRead()
    {
        var berlin = TempFile(Berlin, ".json");
        var composed = Path.ChangeExtension(berlin, ".union.json");
        try
        {
            var (exit, output, error) = CliRunner.Run("", "calendar", "compose", "union", "starter-hours", berlin);
            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.StartsWith("{\n  \"union\": [", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            File.WriteAllText(composed, output);
            var elapsed = CliRunner.Run(
                """
                {"id":"closed","from":"2026-01-12T17:30:00+01:00","to":"2026-01-12T18:00:00+01:00"}
                {"id":"day","from":"2026-01-12T00:00:00+01:00","to":"2026-01-13T00:00:00+01:00"}
                """,
                "calendar", "elapsed", "--calendar", composed, "--input", "-");
            Assert.Equal(0, elapsed.Exit);
            Assert.Equal(["""{"id":"closed","minutes":0}""", """{"id":"day","minutes":840}"""], CliRunner.Lines(elapsed.Out));
        }
        finally
        {
            File.Delete(berlin);
            File.Delete(composed);
        }
    }

    [Fact]
    public void Compose_BadOperatorOrTooFewCalendars_ExitOne_BadFileExitsTwo()
    {
        Assert.Equal(1, CliRunner.Run("", "calendar", "compose", "join", "starter-hours", "always").Exit);
        Assert.Equal(1, CliRunner.Run("", "calendar", "compose", "union", "starter-hours").Exit);
        var bad = TempFile("""{"timeZone":"Mars/Base"}""", ".json");
        try
        {
            var (exit, output, error) = CliRunner.Run("", "calendar", "compose", "except", "starter-hours", bad);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains("$.timeZone: 'Mars/Base' is not a tzdb time-zone id", error);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void HolidaysList_OneLinePerSet()
    {
        var (exit, output, _) = CliRunner.Run("", "calendar", "holidays", "list");
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                """{"id":"us-federal","name":"United States federal holidays","rules":11}""",
                """{"id":"gb-england-wales","name":"Bank holidays in England and Wales","rules":8}""",
                """{"id":"de-national","name":"Germany nationwide public holidays","rules":9}""",
            ],
            CliRunner.Lines(output));
    }

    [Fact]
    public void HolidaysShow_SetsAndIcsFilesInDateOrder()
    {
        var ics = TempFile(ICalendarHolidaysTests.Company, ".ics");
        try
        {
            var (exit, output, _) = CliRunner.Run("", "calendar", "holidays", "show", "us-federal", ics, "--from", "2026");
            Assert.Equal(0, exit);
            var lines = CliRunner.Lines(output);
            Assert.Equal(15, lines.Length);
            Assert.Equal("""{"date":"2026-01-01","name":"New Year's Day","source":"us-federal"}""", lines[0]);
            Assert.Equal($$"""{"date":"2026-03-12","name":"Founders' Day","source":"{{ics}}"}""", lines[3]);
            Assert.Equal($$"""{"date":"2026-11-27","name":"Day after Thanksgiving","source":"{{ics}}"}""", lines[13]);
        }
        finally
        {
            File.Delete(ics);
        }
    }

    [Fact]
    public void HolidaysMerge_WritesHolidaysWithNames_ThatDueReads()
    {
        var ics = TempFile(ICalendarHolidaysTests.Company, ".ics");
        var merged = Path.ChangeExtension(ics, ".json");
        try
        {
            var (exit, output, _) = CliRunner.Run("", "calendar", "holidays", "merge", "--calendar", "starter-hours", "us-federal", ics, "--from", "2026");
            Assert.Equal(0, exit);
            var definition = BusinessCalendarJson.Read(output).GetValueOrThrow().Definition;
            Assert.Equal(15, definition.Holidays.Count);
            Assert.Equal("Summer shutdown", definition.HolidayNames[new LocalDate(2026, 7, 28)]);
            File.WriteAllText(merged, output);
            var due = CliRunner.Run("""{"id":"h","start":"2026-07-24T16:30:00-07:00","workingDays":1}""", "calendar", "due", "--calendar", merged, "--input", "-");
            Assert.Equal("""{"id":"h","due":"2026-07-29T16:30:00-07:00"}""", CliRunner.Lines(due.Out).Single());
        }
        finally
        {
            File.Delete(ics);
            File.Delete(merged);
        }
    }

    [Fact]
    public void Holidays_BadSourcesAndYears_ExitTwoWithTheReason()
    {
        var bad = TempFile("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260727\nRRULE:FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR\n", ".ics");
        try
        {
            var badFile = CliRunner.Run("", "calendar", "holidays", "show", bad, "--from", "2026");
            Assert.Equal(2, badFile.Exit);
            Assert.Empty(badFile.Out);
            Assert.Contains("line 4: RRULE: FREQ=WEEKLY is not read", badFile.Error);
            Assert.DoesNotContain("   at ", badFile.Error);

            var unknown = CliRunner.Run("", "calendar", "holidays", "show", "fr-national", "--from", "2026");
            Assert.Equal(2, unknown.Exit);
            Assert.Contains("'fr-national' is neither a holiday set", unknown.Error);

            Assert.Equal(2, CliRunner.Run("", "calendar", "holidays", "show", "us-federal", "--from", "2027", "--to", "2026").Exit);
            Assert.Equal(1, CliRunner.Run("", "calendar", "holidays", "show", "us-federal").Exit); // --from is required
            var composed = CliRunner.Run("", "calendar", "holidays", "merge", "--calendar", "starter-hours", "us-federal", "--from", "2026", "--to", "2026");
            Assert.Equal(0, composed.Exit);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
