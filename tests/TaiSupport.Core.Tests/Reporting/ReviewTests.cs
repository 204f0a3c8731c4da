using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>Issue 16 item 4: category/root-cause breakdowns (§2.2), fields required at resolution (§2.2.7–8), the monthly review (§8.3).</summary>
public sealed class ReviewTests
{
    internal static ReportTicket Done(string id, string created, string resolved, Category category = Category.Other, RootCause? cause = null, int? csat = null, string? by = null)
    {
        var t = R.Resolved(id, created, resolved);
        return t with { Ticket = t.Ticket with { Category = category, RootCause = cause }, Csat = csat, ResolvedBy = by };
    }

    [Fact]
    public void Metrics_CountNewTicketsByCategory_AndResolvedTicketsByRootCause_ZeroIncluded()
    {
        var tickets = new[]
        {
            Done("1", "2026-01-26 09:00", "2026-01-26 10:00", Category.Integration, RootCause.ProductBug),
            Done("2", "2026-01-26 09:10", "2026-01-26 10:00", Category.Integration, null),
            Done("3", "2026-01-26 09:20", "2026-01-26 10:00", Category.Billing, RootCause.UserMisconfiguration),
            Done("4", "2026-01-23 09:20", "2026-01-26 10:00", Category.Platform, RootCause.ProductBug), // created Friday, resolved Monday
        };
        var m = SupportMetrics.Compute(R.Day(R.Monday), tickets, [], Pt.At("2026-01-27 00:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal([0, 0, 2, 1, 0], m.Categories.Select(c => c.Tickets).ToArray()); // Platform, Feature, Integration, Billing, Other
        Assert.Equal([1, 2, 0, 0, 0], m.RootCauses.Select(c => c.Tickets).ToArray()); // UserMisconfiguration, ProductBug, …
        Assert.Equal(1, m.RootCauseMissing);
    }

    [Fact]
    public void DailyAndWeekly_TextWithoutBreakdowns_IsTheOldText_WithThemAddsTwoSections_JsonAddsFields()
    {
        var tickets = DemoDay.Tickets();
        var daily = DailyDashboard.Build(R.Monday, tickets, [], Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(daily.ToText(), daily.ToText(false));
        var with = daily.ToText(true);
        Assert.Contains("BY CATEGORY (", with);
        Assert.Contains("BY ROOT CAUSE (", with);
        Assert.True(with.IndexOf("BY ROOT CAUSE", StringComparison.Ordinal) < with.IndexOf("NOTES:", StringComparison.Ordinal));
        Assert.Equal(daily.ToText(), with.Replace(ReportBreakdownsText(daily.Metrics), string.Empty, StringComparison.Ordinal));

        var weekly = WeeklyReport.Build(R.Monday, tickets, [], Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default);
        Assert.Equal(weekly.ToText(), weekly.ToText(false));
        Assert.True(weekly.ToText(true).IndexOf("BY CATEGORY", StringComparison.Ordinal) < weekly.ToText(true).IndexOf("STAFFING:", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(weekly.ToJson());
        Assert.Equal(5, json.RootElement.GetProperty("categories").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("rootCauses").GetProperty("missing").ValueKind);
    }

    private static string ReportBreakdownsText(SupportMetrics m) =>
        typeof(ReportTicket).Assembly.GetType("TaiSupport.Core.Reporting.ReportBreakdowns")!.GetMethod("Text")!.Invoke(null, [m]) as string ?? string.Empty;

    [Theory]
    [InlineData(null, 0)]
    [InlineData("  ", 0)]
    [InlineData("Reset the API key", 1)]
    [InlineData("Reset the API key. Customer confirmed.", 2)]
    [InlineData("Reset the key. Cleared cache! Confirmed? Yes.", 4)]
    [InlineData("Raised the limit to 3.5 req/s. Done.", 2)]
    [InlineData("...", 0)]
    public void Sentences_CountsRunsEndingInStopsFollowedBySpace(string? text, int expected) =>
        Assert.Equal(expected, ResolutionFields.Sentences(text));

    [Theory]
    [InlineData("One.", true)]
    [InlineData("One. Two. Three.", true)]
    [InlineData("One. Two. Three. Four.", false)] // 4 > 3
    [InlineData("", false)]                       // 0 < 1
    public void Check_SummaryOfOneToThreeSentences_BothSides(string summary, bool ok)
    {
        var t = Done("1", "2026-01-26 09:00", "2026-01-26 10:00", cause: RootCause.ProductBug).Ticket with { ResolutionSummary = summary };
        var result = ResolutionFields.Check(t, ResolutionFieldsPolicy.Default);
        Assert.Equal(ok, result.IsValid);
        if (!ok)
        {
            Assert.Equal("resolutionSummary", Assert.Single(result.Errors).PropertyName);
        }
    }

    [Fact]
    public void Check_ResolvedWithoutRootCause_NamesTheField_OpenTicketOrSwitchOffPasses()
    {
        var resolved = Done("1", "2026-01-26 09:00", "2026-01-26 10:00").Ticket with { ResolutionSummary = "Reset the key." };
        var failure = Assert.Single(ResolutionFields.Check(resolved, ResolutionFieldsPolicy.Default).Errors);
        Assert.Equal("rootCause", failure.PropertyName);
        Assert.Contains("§2.2.7", failure.ErrorMessage);
        Assert.True(ResolutionFields.Check(resolved, ResolutionFieldsPolicy.Default with { Required = false }).IsValid);
        Assert.True(ResolutionFields.Check(resolved, ResolutionFieldsPolicy.Default with { RequireRootCause = false }).IsValid);
        var open = R.Ticket("2", Tier.Enterprise, Priority.High, "2026-01-26 09:00").Ticket;
        Assert.True(ResolutionFields.Check(open, ResolutionFieldsPolicy.Default).IsValid);
        var closed = resolved with { StatusChanges = [.. resolved.StatusChanges, new StatusChange(Pt.At("2026-01-26 11:00"), TicketStatus.Closed)], ResolutionSummary = null, RootCause = RootCause.Other };
        Assert.Equal("resolutionSummary", Assert.Single(ResolutionFields.Check(closed, ResolutionFieldsPolicy.Default).Errors).PropertyName);
    }

    [Fact]
    public void ResolutionPolicy_MaxBelowMin_IsInvalid_NamingTheField()
    {
        Assert.True(ResolutionFieldsPolicy.Default.Validate().IsValid);
        var bad = (ResolutionFieldsPolicy.Default with { MinSentences = 2, MaxSentences = 1 }).Validate();
        Assert.Equal("maxSentences", Assert.Single(bad.Errors).PropertyName);
    }

    private static List<ReportTicket> Month(int newInJanuary, int newInDecember)
    {
        var list = new List<ReportTicket>();
        for (var i = 0; i < newInJanuary; i++)
        {
            list.Add(Done($"j{i}", $"2026-01-{(i % 20) + 5:00} 10:00", $"2026-01-{(i % 20) + 5:00} 11:00", i % 2 == 0 ? Category.Integration : Category.Billing,
                i % 3 == 0 ? RootCause.ProductBug : RootCause.UserMisconfiguration, csat: i % 5 == 0 ? 4 : 9, by: i % 2 == 0 ? "Marcus" : "Priya")
                with { Tags = [i % 2 == 0 ? "webhooks" : "invoices"], Customer = $"c{i}", Subject = $"s{i}" });
        }

        for (var i = 0; i < newInDecember; i++)
        {
            list.Add(Done($"d{i}", $"2025-12-{(i % 20) + 1:00} 10:00", $"2025-12-{(i % 20) + 1:00} 11:00", csat: 9));
        }

        return list;
    }

    [Fact]
    public void Monthly_January_TrendsTopIssuesFeedbackActionItems_AndTheReviewOnTheFirstFridayOfFebruary()
    {
        var review = MonthlyReviews.Build(new YearMonth(2026, 1), Month(20, 10), [], Pt.At("2026-02-01 00:00"), SlaEvaluator.Default, ReportPolicy.Default, MonthlyReviewPolicy.Default);
        Assert.Equal(new LocalDate(2026, 2, 6), review.ReviewDate);
        Assert.Equal(20, review.Month.New);
        Assert.Equal(TrendDirection.Up, review.VolumeTrend.Direction);
        Assert.Equal(100m, review.VolumeTrend.Change);
        Assert.Equal(TrendDirection.Down, review.CsatTrend.Direction); // 4 scores of 4 among 20 → 8.0 vs 9.0
        Assert.Equal(4, review.Month.Detractors);        // four scores of 4 …
        Assert.Equal(3, review.LowestScores.Length);     // … three shown (policy)
        Assert.All(review.LowestScores, f => Assert.Equal(4, f.Csat));
        Assert.Contains(review.ActionItems, a => a.Rule == "monthly.csat-down");
        Assert.Contains(review.ActionItems, a => a.Rule == "monthly.kb-top-issue" && a.Text.Contains("invoices (10 tickets)", StringComparison.Ordinal)); // tie with webhooks, by tag
        Assert.DoesNotContain(review.ActionItems, a => a.Rule == "monthly.sla-below-goal");
        Assert.All(review.ActionItems, a => Assert.Equal(new LocalDate(2026, 3, 6), a.Due));
        var text = review.ToText();
        Assert.StartsWith("MONTHLY SUPPORT REVIEW\n", text);
        Assert.Contains("├─ By category: Billing (10), Integration (10)\n", text);
        Assert.Contains("BUSY PERIODS AHEAD\n└─ none: no week ahead had 1.25× last year's mean\n", text);
        Assert.Contains(review.BoardSummary, text);
        using var json = JsonDocument.Parse(review.ToJson());
        Assert.Equal("monthly", json.RootElement.GetProperty("report").GetString());
        Assert.Equal("2026-02-06", json.RootElement.GetProperty("reviewDate").GetString());
    }

    [Theory]
    [InlineData(5, true)]  // 5 tickets in the week a year ago vs a mean of 4/week → 1.25× exactly: busy
    [InlineData(4, false)] // 4/4 = 1.0 ×: not busy
    public void Monthly_BusyWeekAhead_AtTheFactor_BothSides(int inThatWeek, bool busy)
    {
        // The first week after January 2026 starts Monday 2 February; the year before it runs from Monday 3 February
        // 2025. Put `inThatWeek` tickets in that first week a year ago and 4 in every other of the 52 weeks.
        var tickets = new List<ReportTicket>();
        var start = new LocalDate(2025, 2, 3);
        for (var w = 0; w < 52; w++)
        {
            var n = w == 0 ? inThatWeek : 4;
            for (var i = 0; i < n; i++)
            {
                var day = start.PlusWeeks(w).PlusDays(i % 5);
                tickets.Add(Done($"y{w}-{i}", $"{day:yyyy-MM-dd} 10:00", $"{day:yyyy-MM-dd} 11:00"));
            }
        }

        // Keep the mean at exactly 4 per week: take the extra ticket away from the last week.
        if (inThatWeek == 5)
        {
            tickets.RemoveAll(t => t.Id == "y51-3");
        }

        var review = MonthlyReviews.Build(new YearMonth(2026, 1), tickets, [], Pt.At("2026-02-01 00:00"), SlaEvaluator.Default, ReportPolicy.Default, MonthlyReviewPolicy.Default);
        Assert.Equal(208, review.LastYearTickets);
        Assert.Equal(busy, review.BusyWeeks.Any(b => b.WeekStarting == new LocalDate(2026, 2, 2)));
        Assert.Equal(busy, review.ActionItems.Any(a => a.Rule == "monthly.busy-week-ahead"));
    }

    [Theory]
    [InlineData(0, false)] // every clock met: 100 % ≥ 95 %
    [InlineData(1, true)]  // one of 10 tickets missed both clocks: 90 % < 95 %
    public void Monthly_SlaBelowGoal_RaisesAnActionItem(int missed, bool expected)
    {
        var tickets = Month(10, 0);
        for (var i = 0; i < missed; i++)
        {
            var late = R.Ticket($"late{i}", Tier.Enterprise, Priority.High, "2026-01-05 10:00", "2026-01-12 10:00", ("2026-01-20 10:00", TicketStatus.Resolved));
            tickets[i] = late with { Ticket = late.Ticket with { RootCause = RootCause.Other } };
        }

        var review = MonthlyReviews.Build(new YearMonth(2026, 1), tickets, [], Pt.At("2026-02-01 00:00"), SlaEvaluator.Default, ReportPolicy.Default, MonthlyReviewPolicy.Default);
        Assert.Equal(expected, review.ActionItems.Any(a => a.Rule == "monthly.sla-below-goal"));
    }

    private static readonly List<ReportTicket> Fifteen = Month(15, 7);

    private static readonly string InOrder =
        MonthlyReviews.Build(new YearMonth(2026, 1), Fifteen, [], Pt.At("2026-02-01 00:00"), SlaEvaluator.Default, ReportPolicy.Default, MonthlyReviewPolicy.Default).ToJson();

    [FsCheck.Xunit.Property(MaxTest = 20)]
    public Property Monthly_DoesNotDependOnTheOrderOfTheTickets() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, int.MaxValue), Fifteen.Count)), keys =>
            MonthlyReviews.Build(new YearMonth(2026, 1), Fifteen.Zip(keys).OrderBy(p => p.Second).Select(p => p.First), [], Pt.At("2026-02-01 00:00"),
                SlaEvaluator.Default, ReportPolicy.Default, MonthlyReviewPolicy.Default).ToJson() == InOrder);

    [Fact]
    public void MonthlyPolicy_FactorAtOne_IsInvalid()
    {
        Assert.True(MonthlyReviewPolicy.Default.Validate().IsValid);
        Assert.Equal("busyWeekFactor", Assert.Single((MonthlyReviewPolicy.Default with { BusyWeekFactor = 1m }).Validate().Errors).PropertyName);
    }
}
