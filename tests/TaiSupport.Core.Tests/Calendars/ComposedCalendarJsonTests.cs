using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Fuzzing;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>JSON for composed calendars (issue 13), including a seeded fuzz test.</summary>
public sealed class ComposedCalendarJsonTests
{
    private const string FollowTheSun = """
        {
          "name": "follow the sun",
          "union": [
            { "timeZone": "America/Los_Angeles", "week": { "monday": [{"open": "09:00", "close": "17:00"}] } },
            { "except": [
                { "timeZone": "Europe/Berlin", "week": { "monday": [{"open": "09:00", "close": "17:00"}] } },
                { "timeZone": "Europe/Berlin", "overrides": { "2026-01-12": [{"open": "12:00", "close": "13:00"}] } }
            ] }
          ]
        }
        """;

    [Fact]
    public void Read_ComposesNestedOperands()
    {
        var result = BusinessCalendarJson.Read(FollowTheSun);
        Assert.True(result.IsValid, result.DescribeProblems());
        var calendar = result.Value!;
        Assert.Equal(CalendarOperator.Union, calendar.Operator);
        Assert.Equal(CalendarOperator.Except, calendar.Right!.Operator);
        Assert.False(calendar.IsOpen(At.Parse("2026-01-12T12:30:00+01:00")));
        Assert.True(calendar.IsOpen(At.Parse("2026-01-12T13:30:00+01:00")));
        Assert.True(calendar.IsOpen(At.Parse("2026-01-12T18:00:00+01:00")));
    }

    [Fact]
    public void Write_ReadsBackToTheSameOpenTime()
    {
        var calendar = BusinessCalendarJson.Read(FollowTheSun).GetValueOrThrow();
        var again = BusinessCalendarJson.Read(BusinessCalendarJson.Write(calendar)).GetValueOrThrow();
        var from = At.Parse("2026-01-05T00:00:00Z");
        var to = At.Parse("2026-02-05T00:00:00Z");
        Assert.Equal(calendar.Elapsed(from, to), again.Elapsed(from, to));
        Assert.Equal(BusinessCalendarJson.Write(calendar), BusinessCalendarJson.Write(again));
    }

    [Fact]
    public void Read_PlainCalendar_IsAPlainCalendar()
    {
        var result = BusinessCalendarJson.Read("""{"timeZone": "UTC", "week": {"friday": [{"open": "09:00", "close": "10:00"}]}}""");
        Assert.Equal(CalendarOperator.None, result.GetValueOrThrow().Operator);
    }

    [Theory]
    [InlineData("""{"union": []}""", "$.union", "'union' needs at least two calendars.")]
    [InlineData("""{"union": {"a": 1}}""", "$.union", "expected an array")]
    [InlineData("""{"union": [{"timeZone": "UTC", "week": {"monday": [{"open": "09:00", "close": "10:00"}]}}, {"timeZone": "Mars/Base"}]}""", "$.union[1].timeZone", "Mars/Base")]
    [InlineData("""{"intersect": [{}, {}], "extra": 1}""", "$.extra", "unknown property")]
    public void Read_ReportsProblemsWithTheirPaths(string json, string path, string fragment)
    {
        var result = BusinessCalendarJson.Read(json);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.PropertyName == path && p.ErrorMessage.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DeepNesting_IsAProblemNotACrash()
    {
        var plain = """{"timeZone": "UTC", "week": {"monday": [{"open": "09:00", "close": "10:00"}]}}""";
        var json = plain;
        for (var i = 0; i < 18; i++)
        {
            json = $$"""{"union": [{{json}}, {{plain}}]}""";
        }

        var result = BusinessCalendarJson.Read(json);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ErrorMessage.Contains("nested more than 16 levels", StringComparison.Ordinal));
    }

    [Fact]
    public void Fuzz_MutatedInputs_GiveProblemsNeverExceptions()
    {
        var random = new Random(13);
        var alphabet = "{}[],:\"0123456789-+.eE ntrufalsyT:Z\\u".ToCharArray();
        for (var i = 0; i < 1500; i++)
        {
            var mutated = CharEdits.Apply(FollowTheSun, random, alphabet, 6);

            var result = BusinessCalendarJson.Read(mutated);
            Assert.True(result.IsValid || result.Problems.Count > 0);
        }
    }
}
