using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tests.Fuzzing;
using TaiSupport.Core.Tests.Properties;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>Holiday names in the calendar JSON format (issue 13): read, written, round-tripped, fuzzed.</summary>
public sealed class HolidayNamesJsonTests
{
    private const string Named = """
        {
          "timeZone": "Europe/London",
          "week": { "monday": [{ "open": "09:00", "close": "17:00" }] },
          "holidays": ["2026-12-25", "2026-12-28"],
          "holidayNames": { "2026-12-25": "Christmas Day", "2026-12-28": "Boxing Day (observed)" }
        }
        """;

    [Fact]
    public void Read_NamesTheHolidays()
    {
        var calendar = BusinessCalendarJson.Read(Named).GetValueOrThrow();
        Assert.Equal("Boxing Day (observed)", calendar.HolidayName(new LocalDate(2026, 12, 28)));
        Assert.Equal("Christmas Day", BusinessCalendarJson.Read(Named).GetValueOrThrow().HolidayName(new LocalDate(2026, 12, 25)));
    }

    [Fact]
    public void Write_WithoutNames_KeepsTheOldShape_WithNamesAddsTheMap()
    {
        Assert.DoesNotContain("holidayNames", BusinessCalendarJson.Write(BusinessCalendars.StarterHours.Definition), StringComparison.Ordinal);
        var written = BusinessCalendarJson.Write(HolidaySets.UnitedStatesFederal.MergeInto(BusinessCalendars.StarterHours.Definition, 2026, 2026));
        Assert.Contains("\"2026-07-03\": \"Independence Day (observed)\"", written, StringComparison.Ordinal);
        Assert.Contains("\"2026-02-16\": \"Washington's Birthday\"", written, StringComparison.Ordinal); // no \u0027
    }

    [Theory]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00","close":"17:00"}]},"holidayNames":["x"]}""", "$.holidayNames", "expected an object")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00","close":"17:00"}]},"holidayNames":{"2026-13-01":"x"}}""", "$.holidayNames['2026-13-01']", "is not a date")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00","close":"17:00"}]},"holidayNames":{"2026-12-25":7}}""", "$.holidayNames['2026-12-25']", "a string")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[{"open":"09:00","close":"17:00"}]},"holidayNames":{"2026-12-25":"  "}}""", "$.holidayNames['2026-12-25']", "not blank")]
    public void Read_BadNames_AreProblemsWithTheirPaths(string json, string path, string fragment)
    {
        var result = BusinessCalendarJson.Read(json);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.PropertyName == path && p.ErrorMessage.Contains(fragment, StringComparison.Ordinal));
    }

    private static readonly Gen<string> Name =
        from length in Gen.Choose(1, 40)
        from chars in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz ÄÖÜßéçñ'\"\\/&<>,.()-0123456789日本語".ToCharArray()), length)
        let text = new string(chars)
        where text.Trim().Length > 0
        select text;

    /// <summary>Read(Write(x)) == x on random calendars with random holidays, names, overrides and due-at-closing choices.</summary>
    [Property(MaxTest = 100)]
    public Property WriteThenRead_RoundTrips_NonDefaultCalendarsWithNames() =>
        Prop.ForAll(
            Arb.From(
                from c in CalendarGenerators.Case
                from count in Gen.Choose(1, 6)
                from offsets in Gen.ArrayOf(Gen.Choose(-400, 400), count)
                from names in Gen.ArrayOf(Name, count)
                select (c, named: offsets.Zip(names, (o, n) => new NamedHoliday(c.Instant.InUtc().Date.PlusDays(o), n)).ToArray())),
            x =>
            {
                var original = x.c.Definition.WithHolidays(x.named);
                var again = BusinessCalendarJson.Read(BusinessCalendarJson.Write(original)).GetValueOrThrow().Definition;
                return (again.TimeZoneId == original.TimeZoneId
                        && again.Holidays.SequenceEqual(original.Holidays)
                        && again.HolidayNames.SequenceEqual(original.HolidayNames)
                        && again.Overrides.Keys.SequenceEqual(original.Overrides.Keys)
                        && again.Overrides.All(p => p.Value.SequenceEqual(original.Overrides[p.Key].IsDefault ? [] : original.Overrides[p.Key]))
                        && again.Week.Where(p => !p.Value.IsDefaultOrEmpty).OrderBy(p => p.Key).Select(p => (p.Key, string.Join(",", p.Value)))
                            .SequenceEqual(original.Week.Where(p => !p.Value.IsDefaultOrEmpty).OrderBy(p => p.Key).Select(p => (p.Key, string.Join(",", p.Value))))
                        && again.DueAtClosing == original.DueAtClosing)
                    .Label(BusinessCalendarJson.Write(original));
            });

    [Fact]
    public void Fuzz_MutatedNamedCalendars_GiveProblemsNeverExceptions()
    {
        var random = new Random(1314);
        var alphabet = "{}[],:\"0123456789-+.eE ntrufalsyT:Z\\u\uD800".ToCharArray();
        for (var i = 0; i < 1500; i++)
        {
            var mutated = CharEdits.Apply(Named, random, alphabet, 6);

            var result = BusinessCalendarJson.Read(mutated);
            Assert.True(result.IsValid || result.Problems.Count > 0);
            if (result.IsValid)
            {
                // Whatever reads also writes and reads back.
                Assert.True(BusinessCalendarJson.Read(BusinessCalendarJson.Write(result.Value!.Definition)).IsValid);
            }
        }
    }
}
