using TaiSupport.Core.Reporting;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Reporting;

public sealed class ReportPolicyTests
{
    [Fact]
    public void Default_IsTheManualsNumbers()
    {
        var p = ReportPolicy.Default;
        Assert.Equal("America/Los_Angeles", p.Zone.Id);
        Assert.Equal((new LocalTime(17, 0), new LocalTime(9, 0), new LocalTime(18, 0)), (p.HandoffAt, p.MorningAt, p.OvernightFrom));
        Assert.Equal([Priority.Critical, Priority.High], p.StandupPriorities.ToArray());
        Assert.Equal(3, p.TopIssues);
        Assert.True(p.Validate().IsValid);
        Assert.Equal("VP Product", p.DestinationLabel("vpProduct"));
        Assert.Equal("legal", p.DestinationLabel("legal"));
    }

    [Fact]
    public void FromJson_RoundTripsAndOverridesOnlyWhatIsGiven()
    {
        var changed = ReportPolicy.Default with { TopIssues = 5, Holidays = [new LocalDate(2026, 11, 26)] }; // every property: Json/RoundTripProperties
        Assert.Equal(changed, ReportPolicy.FromJson(changed.ToJson()).Value);
        Assert.NotEqual(ReportPolicy.Default, changed);
        var tuesday = ReportPolicy.FromJson("""{"weekStartsOn": "tuesday", "holidays": ["2026-11-26"], "closeToMissWithin": "PT90M"}""").Value!;
        Assert.Equal(IsoDayOfWeek.Tuesday, tuesday.WeekStartsOn);
        Assert.Equal([new LocalDate(2026, 11, 26)], tuesday.Holidays.ToArray());
        Assert.Equal(Duration.FromMinutes(90), tuesday.CloseToMissWithin);
        Assert.Equal(ReportPolicy.Default.HandoffAt, tuesday.HandoffAt);
    }

    [Fact]
    public void FromJson_ReportsEveryProblemWithItsPath()
    {
        var result = ReportPolicy.FromJson(
            """{"timeZone": "Mars/Olympus", "weekStartsOn": "funday", "workingDays": [], "handoffAt": "5pm", "destinations": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}], "topIssues": 0}""");
        Assert.Equal(
            ["$.destinations", "$.handoffAt", "$.timeZone", "$.topIssues", "$.weekStartsOn", "$.workingDays"],
            result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Period_WeekMonthAndTitles()
    {
        var zone = R.Zone;
        Assert.Equal("January 19-25, 2026", ReportPeriod.Week(new LocalDate(2026, 1, 22), zone, IsoDayOfWeek.Monday).ToString());
        Assert.Equal("January 26 - February 1, 2026", ReportPeriod.Week(new LocalDate(2026, 1, 26), zone, IsoDayOfWeek.Monday).ToString());
        Assert.Equal("December 29, 2025 - January 4, 2026", ReportPeriod.Week(new LocalDate(2026, 1, 1), zone, IsoDayOfWeek.Monday).ToString());
        Assert.Equal("January 2026", ReportPeriod.Month(new YearMonth(2026, 1), zone).ToString());
        Assert.Equal(new LocalDate(2025, 12, 1), ReportPeriod.Month(new YearMonth(2026, 1), zone).Previous().First);
        var dst = ReportPeriod.Day(new LocalDate(2026, 3, 8), zone); // spring forward: a 23-hour day
        Assert.Equal(Duration.FromHours(23), dst.End - dst.Start);
    }
}

public sealed class ReportIncidentTests
{
    [Fact]
    public void From_AnIncidentRecord_KeepsWhatReportsNeed()
    {
        var incident = Assert.Single(DemoDay.Incidents(), i => i.Id == "INC-42");
        Assert.Equal((Core.Incidents.IncidentLevel.P1, 12, 3, "API latency"), (incident.Level, incident.CustomersAffected, incident.StatusPageUpdates.Length, incident.Title));
        Assert.Equal(Duration.FromMinutes(42), incident.TimeToResolve);
        var open = Assert.Single(DemoDay.Incidents(), i => i.Id == "INC-43");
        Assert.Equal((Core.Incidents.IncidentLevel.P3, (Duration?)null), (open.Level, open.TimeToResolve));
    }

    [Fact]
    public void From_LevelNone_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => ReportIncident.From(new Core.Incidents.IncidentRecord { Level = Core.Incidents.IncidentLevel.None, DeclaredAt = Instant.FromUtc(2026, 1, 26, 18, 0) }));
}
