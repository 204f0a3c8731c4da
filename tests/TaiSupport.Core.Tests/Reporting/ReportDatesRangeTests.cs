using NodaTime;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>
/// Report periods and onboarding plans at the ends of time: a date outside <see cref="SupportedDates"/> is a
/// <see cref="TaiValidationException"/> naming the parameter, not an OverflowException or ArgumentOutOfRangeException
/// from NodaTime (ReportPeriod.End at 9999-12-31, Week at 0001-01-01, Onboarding.Plan stepping past 9999).
/// </summary>
public sealed class ReportDatesRangeTests
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(9997, 1, 1)]
    [InlineData(1, 1, 1)]
    public void Day_OutsideTheRange_NamesTheDate(int year, int month, int day)
    {
        var e = Assert.Throws<TaiValidationException>(() => ReportPeriod.Day(new LocalDate(year, month, day), Zone));
        Assert.Equal("date", Assert.Single(e.Errors).PropertyName);
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    public void Week_OutsideTheRange_NamesAnyDay(int year, int month, int day)
    {
        var e = Assert.Throws<TaiValidationException>(() => ReportPeriod.Week(new LocalDate(year, month, day), Zone, IsoDayOfWeek.Monday));
        Assert.Equal("anyDay", Assert.Single(e.Errors).PropertyName);
        Assert.Contains("0002-01-01 to 9996-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_OutsideTheRange_NamesTheMonth() =>
        Assert.Equal("month", Assert.Single(Assert.Throws<TaiValidationException>(() => ReportPeriod.Month(new YearMonth(9999, 12), Zone)).Errors).PropertyName);

    [Fact]
    public void ThePeriodRecord_RefusesALastDateWhoseEndWouldOverflow()
    {
        var e = Assert.Throws<TaiValidationException>(() => new ReportPeriod(ReportPeriodKind.Day, new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 31), Zone));
        Assert.Equal("first", e.Errors.First().PropertyName);
        var ok = ReportPeriod.Day(new LocalDate(2026, 1, 26), Zone);
        Assert.Equal("last", Assert.Single(Assert.Throws<TaiValidationException>(() => ok with { Last = new LocalDate(9999, 12, 31) }).Errors).PropertyName);
    }

    [Fact]
    public void TheLastSupportedWeekAndDay_HaveAnEnd()
    {
        var week = ReportPeriod.Week(SupportedDates.Last, Zone, IsoDayOfWeek.Monday);
        Assert.True(week.End > week.Start);
        Assert.Equal(new LocalDate(9997, 1, 1), ReportPeriod.Day(SupportedDates.Last, Zone).End.InZone(Zone).Date);
        Assert.Equal(new LocalDate(1, 12, 31), ReportPeriod.Day(SupportedDates.First, Zone).Previous().First);
        Assert.Equal(new LocalDate(9997, 1, 5), week.Last);
    }

    [Theory]
    [InlineData(9999, 12, 20, "start")]
    [InlineData(1, 1, 1, "start")]
    public void OnboardingPlan_AStartOutsideTheRange_NamesIt(int year, int month, int day, string name)
    {
        var e = Assert.Throws<TaiValidationException>(() =>
            Onboarding.Plan("Priya", new LocalDate(year, month, day), new LocalDate(2026, 2, 9), [], new Dictionary<string, int>(), ReportPolicy.Default));
        Assert.Equal(name, Assert.Single(e.Errors).PropertyName);
    }

    [Fact]
    public void OnboardingPlan_TheLastSupportedDay_StillPlans()
    {
        var plan = Onboarding.Plan("Priya", SupportedDates.Last, SupportedDates.Last, [], new Dictionary<string, int>(), ReportPolicy.Default);
        Assert.True(plan.Start >= SupportedDates.Last, plan.Start.ToString());
        Assert.NotEmpty(plan.Items);
    }
}
