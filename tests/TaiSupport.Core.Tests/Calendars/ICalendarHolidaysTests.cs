using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Fuzzing;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>iCalendar (RFC 5545) company holidays (issue 13): all-day events, yearly rules, problems with line numbers, a seeded fuzz.</summary>
public sealed class ICalendarHolidaysTests
{
    internal const string Company = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme//Company holidays//EN\r\n"
        + "BEGIN:VEVENT\r\nUID:shutdown@acme.example\r\nDTSTART;VALUE=DATE:20260727\r\nDTEND;VALUE=DATE:20260729\r\nSUMMARY:Summer shutdown\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:founders@acme.example\r\nDTSTART;VALUE=DATE:20250312\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Founders' Day\r\n"
        + "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:thanks@acme.example\r\nDTSTART;VALUE=DATE:20251128\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4FR\r\nSUMMARY:Day after Thanks\r\n giving\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:allhands@acme.example\r\nDTSTART;TZID=America/Los_Angeles:20260415T090000\r\nDTEND;TZID=America/Los_Angeles:20260415T100000\r\nSUMMARY:All-hands\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n";

    private static IReadOnlyList<NamedHoliday> Read(string text, int from, int to)
    {
        var result = ICalendarHolidays.Read(text, from, to);
        Assert.True(result.IsValid, result.DescribeProblems());
        return result.Value!;
    }

    [Fact]
    public void AllDayEvents_AreHolidaysNamedBySummary_TimedEventsAreNot()
    {
        var holidays = Read(Company, 2026, 2026);
        Assert.Equal(
            ["2026-03-12 Founders' Day", "2026-07-27 Summer shutdown", "2026-07-28 Summer shutdown", "2026-11-27 Day after Thanksgiving"],
            holidays.Select(h => $"{h.Date:uuuu-MM-dd} {h.Name}"));
    }

    [Fact]
    public void YearlyRules_ExpandOverTheYears_WithCountUntilIntervalAndExdate()
    {
        Assert.Equal(
            ["2025-11-28", "2026-11-27", "2027-11-26"],
            Read(Company, 2025, 2027).Where(h => h.Name.StartsWith("Day after", StringComparison.Ordinal)).Select(h => $"{h.Date:uuuu-MM-dd}"));
        var rules = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;COUNT=3\nEXDATE;VALUE=DATE:20270101\nSUMMARY:A\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260601\nRRULE:FREQ=YEARLY;INTERVAL=2;UNTIL=20301231T000000Z\nSUMMARY:B\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260525\nDURATION:P1W\nRRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO;COUNT=2\nSUMMARY:C\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY\nSUMMARY:Leap\nEND:VEVENT\nEND:VCALENDAR\n";
        var byName = Read(rules, 2024, 2035).ToLookup(h => h.Name, h => $"{h.Date:uuuu-MM-dd}");
        Assert.Equal(["2026-01-01", "2028-01-01"], byName["A"]);
        Assert.Equal(["2026-06-01", "2028-06-01", "2030-06-01"], byName["B"]);
        Assert.Equal(14, byName["C"].Count());
        Assert.Equal("2027-05-31", byName["C"].Skip(7).First());
        Assert.Equal(["2024-02-29", "2028-02-29", "2032-02-29"], byName["Leap"]);
    }

    [Fact]
    public void MergedIntoACalendar_TheDaysCloseWithTheirNames()
    {
        var definition = BusinessCalendars.StarterHours.Definition.WithHolidays(Read(Company, 2026, 2026));
        var calendar = BusinessCalendar.Create(definition);
        Assert.True(calendar.IsHoliday(new LocalDate(2026, 7, 27)));
        Assert.Equal("Summer shutdown", calendar.HolidayName(new LocalDate(2026, 7, 28)));
        Assert.Equal(ClosedReason.Holiday, calendar.ClosedReason(At.Parse("2026-07-27T10:00:00-07:00")));
        Assert.Equal(
            "2026-07-29T16:30:00-07:00",
            At.InZone(calendar.AddWorkingDays(At.Parse("2026-07-24T16:30:00-07:00"), 1, WorkingDayMode.SameLocalTime), "America/Los_Angeles"));
    }

    [Theory]
    [InlineData("", "line 1", "must start with BEGIN:VCALENDAR")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-07-27\nEND:VEVENT\nEND:VCALENDAR", "line 3", "is not a date")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260727\nRRULE:FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR", "line 4", "FREQ=WEEKLY is not read")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260727\nRRULE:FREQ=YEARLY;BYWEEKNO=20\nEND:VEVENT\nEND:VCALENDAR", "line 4", "BYWEEKNO is not read")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR", "line 2", "no DTSTART")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260727\nEND:VCALENDAR", "line 4", "closes BEGIN:VEVENT of line 2")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260727\nDTEND;VALUE=DATE:20260727\nEND:VEVENT\nEND:VCALENDAR", "line 4", "lasts 1–366 days")]
    [InlineData("BEGIN:VCALENDAR\nno colon here\nEND:VCALENDAR", "line 2", "not a property line")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260727\nEND:VEVENT", "line 1", "never ended")]
    public void BadFiles_GiveProblemsWithLineNumbers(string text, string line, string fragment)
    {
        var result = ICalendarHolidays.Read(text, 2026, 2026);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.PropertyName == line && p.ErrorMessage.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Fuzz_MutatedFiles_GiveHolidaysOrProblemsNeverExceptions()
    {
        var random = new Random(1313);
        var alphabet = "\r\n :;=,\\-+0123456789TZPDWVALUEDATEBEGINENDVEVENTRRULEFREQYEARLYBYDAYCOUNT\uFEFF\uD800".ToCharArray();
        var valid = 0;
        for (var i = 0; i < 2000; i++)
        {
            var mutated = CharEdits.Apply(Company, random, alphabet, 8);

            var from = random.Next(1, 9990);
            var result = ICalendarHolidays.Read(mutated, from, from + random.Next(-1, 30));
            Assert.True(result.IsValid || result.Problems.Count > 0);
            Assert.All(result.Problems, p => Assert.StartsWith(p.PropertyName == "file" ? "file" : "line ", p.PropertyName, StringComparison.Ordinal));
            valid += result.IsValid ? 1 : 0;
        }

        Assert.InRange(valid, 1, 1999); // both kinds of outcome were exercised
    }
}
