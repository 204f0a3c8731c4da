using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>The calendar JSON format and its error messages (issue 2 §3, docs/calendars.md).</summary>
public sealed class BusinessCalendarJsonTests
{
    private const string IssueExample = """
        {
          "timeZone": "America/Los_Angeles",
          "week": {
            "monday":  [{"open": "09:00", "close": "17:00"}],
            "tuesday": [{"open": "09:00", "close": "12:00"}, {"open": "13:00", "close": "17:00"}]
          },
          "holidays": ["2026-11-26", "2026-12-25"],
          "overrides": {"2026-12-24": [{"open": "09:00", "close": "12:00"}]}
        }
        """;

    [Fact]
    public void Read_TheIssueExample_BuildsTheCalendar()
    {
        var result = BusinessCalendarJson.Read(IssueExample);
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        var calendar = result.Value!;
        Assert.Equal("America/Los_Angeles", calendar.Zone.Id);
        Assert.Equal(2, calendar.Definition.Week[IsoDayOfWeek.Tuesday].Length);
        Assert.False(calendar.Definition.Week.ContainsKey(IsoDayOfWeek.Wednesday)); // a missing weekday is closed
        Assert.Contains(new LocalDate(2026, 11, 26), calendar.Definition.Holidays);
    }

    [Fact]
    public void Read_EndOfDayAndOvernightShifts_AreUnderstood()
    {
        var result = BusinessCalendarJson.Read("""
            {"timeZone":"Europe/London","week":{"friday":[{"open":"00:00","close":"24:00"}],"saturday":[{"open":"22:00","close":"06:00"}]},
             "dueAtClosing":"nextOpening"}
            """);
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        Assert.Equal(Duration.FromHours(24), result.Value!.Definition.Week[IsoDayOfWeek.Friday][0].Length);
        Assert.True(result.Value.Definition.Week[IsoDayOfWeek.Saturday][0].EndsNextDay);
        Assert.Equal(DueAtClosing.NextOpening, result.Value.DueAtClosing);
    }

    [Fact]
    public void Read_ManyMistakes_ReportsEveryOneWithItsPath()
    {
        var result = BusinessCalendarJson.Read("""
            {
              "timeZone": "Mars/Olympus_Mons",
              "week": {
                "funday": [{"open": "09:00", "close": "17:00"}],
                "monday": [{"open": "9am", "close": "17:00"}],
                "tuesday": [{"open": "09:00", "close": "09:00"}],
                "wednesday": [{"open": "09:00", "close": "13:00"}, {"open": "12:00", "close": "17:00"}]
              },
              "holidays": ["2026-02-30"],
              "overrides": {"24/12/2026": []}
            }
            """);
        Assert.False(result.IsValid);
        var byPath = result.Problems.ToDictionary(p => p.PropertyName, p => p.ErrorMessage);
        Assert.Contains("not a tzdb time-zone id", byPath["$.timeZone"]);
        Assert.Contains("not a day name", byPath["$.week.funday"]);
        Assert.Contains("not a time of day", byPath["$.week.monday[0].open"]);
        Assert.Contains("positive length", byPath["$.week.tuesday[0]"]);
        Assert.Contains("overlaps week.wednesday[0]", byPath["$.week.wednesday[1]"]);
        Assert.Contains("not a date", byPath["$.holidays[0]"]);
        Assert.Contains("not a date", byPath["$.overrides['24/12/2026']"]);
        Assert.Equal(7, result.Problems.Count);
    }

    [Fact]
    public void Read_OvernightShiftRunningIntoTheNextDaysShift_IsAnOverlap()
    {
        var result = BusinessCalendarJson.Read("""
            {"timeZone":"UTC","week":{"sunday":[{"open":"22:00","close":"06:00"}],"monday":[{"open":"05:00","close":"09:00"}]}}
            """);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.PropertyName is "$.week.sunday[0]" or "$.week.monday[0]");
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "expected a calendar object")]
    [InlineData("""{"timeZone":"UTC","weeks":{}}""", "unknown property 'weeks'")]
    [InlineData("""{"timeZone":"UTC"}""", "never open")]
    [InlineData("""{"week":{"monday":[{"open":"09:00","close":"17:00"}]}}""", "time zone is missing")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00"}]}}""", "is required.")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"24:00","close":"17:00"}]}}""", "not a time of day")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00","close":"17:00"}]},"holidays":["2026-12-24"],"overrides":{"2026-12-24":[]}}""", "both a holiday and an override")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00","close":"17:00"}]},"dueAtClosing":"later"}""", "is not a due at closing")]
    public void Read_OneMistake_ExplainsIt(string json, string expected)
    {
        var result = BusinessCalendarJson.Read(json);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ErrorMessage.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var original = BusinessCalendarJson.Read(IssueExample).GetValueOrThrow().Definition with { DueAtClosing = DueAtClosing.NextOpening };
        var again = BusinessCalendarJson.Read(BusinessCalendarJson.Write(original)).GetValueOrThrow().Definition;
        Assert.Equal(BusinessCalendarJson.Write(original), BusinessCalendarJson.Write(again));
        Assert.Equal(original.Holidays, again.Holidays);
        Assert.Equal(original.Week[IsoDayOfWeek.Tuesday].ToArray(), again.Week[IsoDayOfWeek.Tuesday].ToArray());
    }

    [Fact]
    public void Create_InvalidDefinition_ThrowsListingEveryProblem()
    {
        var definition = new BusinessCalendarDefinition { TimeZoneId = "Nowhere/Special" };
        var error = Assert.Throws<FluentValidation.ValidationException>(() => BusinessCalendar.Create(definition));
        Assert.Equal(2, error.Errors.Count()); // unknown zone, never open
    }
}
