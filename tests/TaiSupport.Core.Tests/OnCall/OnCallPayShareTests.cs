using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.OnCall;
using static TaiSupport.Core.Tests.OnCall.OnCallData;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>Split-week shares (issue 17, manual §5.4, D20): exact halves are not rounded down and a week's shares add up exactly.</summary>
public sealed class OnCallPayShareTests
{
    private static readonly LocalDate Sunday = new(2026, 1, 4);

    private static OnCallSchedule PriyasWeek(OnCallTeam team, params OnCallOverride[] covers) => new()
    {
        Team = team,
        From = Sunday,
        To = Sunday.PlusWeeks(1),
        Shifts = [new OnCallShift(OnCallLevel.Engineering, Sunday, "Priya")],
        Overrides = [.. covers],
    };

    private static OnCallTeam Engineering(params OnCallMember[] people) =>
        Team(OnCallRotations.Engineering.WithParticipants("Priya", "Tom", "Chen", "Ana", "Omar")) with { People = [.. people] };

    private static PersonPay PayOf(OnCallPayReport report, string person) => report.People.Single(p => p.Person == person);

    [Fact]
    public void SplitWeek_ExactHalfCents_AddUpToTheStipend()
    {
        // Issue 17: Tom covers 2026-01-06 12:00–12:42 PST of Priya's $750 week: exact shares 746.875 and 3.125. The old
        // rounding paid 746.87 (the decimal ratio fell just short of the half); now the half is not lost and the sum is exact.
        var cover = new OnCallOverride(OnCallLevel.Engineering, T("2026-01-06T12:00:00-08:00"), T("2026-01-06T12:42:00-08:00"), "Tom");
        var report = OnCallPay.Report(PriyasWeek(Engineering(), cover), [], Sunday, Sunday.PlusDays(6));
        Assert.Equal(746.88m, PayOf(report, "Priya").Stipend);
        Assert.Equal(3.12m, PayOf(report, "Tom").Stipend);
        Assert.Equal(750m, report.TotalPay);
    }

    [Fact]
    public void SplitWeek_ExactHalfMinutes_OfTimeOffInLieu_AddUpToTheWeeksTimeOff()
    {
        // 7 of the week's 10,080 minutes: Tom's exact share of 720 minutes is 0.5, Priya's 719.5; together exactly 720.
        var inLieu = new[] { "Priya", "Tom" }.Select(p => new OnCallMember { Name = p, Compensation = CompensationChoice.TimeOffInLieu }).ToArray();
        var cover = new OnCallOverride(OnCallLevel.Engineering, T("2026-01-06T12:00:00-08:00"), T("2026-01-06T12:07:00-08:00"), "Tom");
        var report = OnCallPay.Report(PriyasWeek(Engineering(inLieu), cover), [], Sunday, Sunday.PlusDays(6));
        Assert.Equal(Duration.FromMinutes(720), PayOf(report, "Priya").StipendTimeOff);
        Assert.Equal(Duration.Zero, PayOf(report, "Tom").StipendTimeOff);
    }

    [Fact]
    public void SplitWeek_InThirds_AddsUpTo500_NotTo500Point01()
    {
        // Three equal thirds of a $500 week: 166.67 + 166.67 + 166.66 (independent rounding gave 500.01).
        var team = Team(OnCallRotations.Support.WithParticipants(Support));
        var monday = Q1;
        var schedule = Assign(team, OnCallLevel.Support, monday, "Sarah");
        var timeline = schedule.Compile();
        var segments = timeline.Segments(OnCallLevel.Support);
        var coverage = OnCallRotations.Support.CoverageCalendar();
        var (start, end) = (segments[0].Start, segments[^1].End);
        var third = Duration.FromNanoseconds(coverage.Elapsed(start, end).ToInt64Nanoseconds() / 3);
        var a = coverage.Add(start, third);
        var b = coverage.Add(a, third);
        schedule = schedule with
        {
            Overrides = [new OnCallOverride(OnCallLevel.Support, start, a, "Marcus"), new OnCallOverride(OnCallLevel.Support, a, b, "Jessica")],
        };
        var report = OnCallPay.Report(schedule, [], monday, monday.PlusDays(6));
        Assert.Equal(500m, report.TotalPay);
        Assert.Equal(new[] { 166.66m, 166.67m, 166.67m }, report.People.Select(p => p.Stipend).Where(s => s > 0).Order());
    }

    /// <summary>Any split of a week by up to three covers: the shares add up to the stipend, each within a cent of its exact share.</summary>
    [Property(MaxTest = 150)]
    public Property SplitWeek_SharesAddUpExactly_AndEachIsWithinACentOfExact() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(1, 10079)).Select(l => l.Distinct().Order().Take(6).ToArray())), cuts =>
        {
            var start = T("2026-01-04T09:00:00-08:00");
            var people = new[] { "Tom", "Chen", "Ana" };
            var covers = Enumerable.Range(0, cuts.Length / 2)
                .Select(i => new OnCallOverride(OnCallLevel.Engineering, start + Duration.FromMinutes(cuts[2 * i]), start + Duration.FromMinutes(cuts[(2 * i) + 1]), people[i % 3]))
                .ToArray();
            var report = OnCallPay.Report(PriyasWeek(Engineering(), covers), [], Sunday, Sunday.PlusDays(6));
            var minutes = new Dictionary<string, long> { ["Priya"] = 10080 };
            foreach (var cover in covers)
            {
                var length = (long)(cover.End - cover.Start).TotalMinutes;
                minutes[cover.Person] = minutes.GetValueOrDefault(cover.Person) + length;
                minutes["Priya"] -= length;
            }

            var close = minutes.All(m => Math.Abs(PayOf(report, m.Key).Stipend - (750m * m.Value / 10080m)) < 0.01m);
            return (report.TotalPay == 750m && close).Label($"total {report.TotalPay}, close {close}");
        });
}
