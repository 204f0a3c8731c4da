using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime.Text;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Reporting;

/// <summary>Issue 16 items 4–5: §9.2 certification and onboarding, §1.1 owner rotation and known issues, §1.4 "before you leave".</summary>
public sealed class PeopleTests
{
    private static ReportTicket Good(int i, int csat = 9) =>
        ReviewTests.Done($"g{i}", $"2026-01-{(i % 25) + 2:00} 10:00", $"2026-01-{(i % 25) + 2:00} 11:00", csat: csat, by: "Marcus");

    private static ReportTicket LateResolution(int i)
    {
        // Responded at once (first response met), resolved 20 days later (resolution missed).
        var t = R.Ticket($"late{i}", Tier.Enterprise, Priority.High, "2026-02-02 10:00", "2026-02-02 10:00", ("2026-02-22 10:00", TicketStatus.Resolved));
        return t with { ResolvedBy = "Marcus", Csat = 9 };
    }

    private static QaReview Review(int id, int failed) => new()
    {
        TicketId = $"g{id}",
        Engineer = "Marcus",
        ReviewedOn = new LocalDate(2026, 2, 10),
        Checks = [.. QaAudit.Criteria.Select((c, i) => new QaCheck(c, i >= failed))],
    };

    private static EngineerQuarter Marcus(IEnumerable<ReportTicket> tickets, IEnumerable<QaReview> reviews, CertificationPolicy? policy = null) =>
        Assert.Single(Certification.Evaluate(2026, 1, tickets, reviews, Pt.At("2026-04-01 00:00"), SlaEvaluator.Default, ReportPolicy.Default, policy ?? CertificationPolicy.Default).Engineers);

    [Fact]
    public void Certification_AllMeasuresAtTheBar_Certified()
    {
        var row = Marcus(Enumerable.Range(0, 10).Select(i => Good(i, 8)), [Review(0, 1)]);
        Assert.Equal(CertificationVerdict.Certified, row.Verdict);
        Assert.Equal(8m, row.AverageCsat);
        Assert.Equal(4m, row.AverageQaScore);
        Assert.Equal(100m, row.SlaMetPercent);
        Assert.Equal(10, row.Resolved);
    }

    [Fact]
    public void Certification_CsatJustBelow8_NotCertified()
    {
        var row = Marcus([.. Enumerable.Range(0, 9).Select(i => Good(i, 8)), Good(9, 7)], [Review(0, 0)]);
        Assert.Equal(7.9m, row.AverageCsat);
        Assert.Equal(CertificationVerdict.NotCertified, row.Verdict);
        Assert.Contains(row.Trace, t => t.Rule == "certification.csat.below");
    }

    [Theory]
    [InlineData(2, CertificationVerdict.Certified)]    // 18 good + 2 late: 38 of 40 clocks = 95 %
    [InlineData(3, CertificationVerdict.NotCertified)] // 17 good + 3 late: 37 of 40 = 92.5 %
    public void Certification_SlaAt95Percent_BothSides(int late, CertificationVerdict verdict)
    {
        var tickets = Enumerable.Range(0, 20 - late).Select(i => Good(i)).Concat(Enumerable.Range(0, late).Select(LateResolution));
        Assert.Equal(verdict, Marcus(tickets, [Review(0, 0)]).Verdict);
    }

    [Theory]
    [InlineData(1, CertificationVerdict.Certified)]    // QA 4/5
    [InlineData(2, CertificationVerdict.NotCertified)] // QA 3/5
    public void Certification_QaAt4_BothSides(int failed, CertificationVerdict verdict) =>
        Assert.Equal(verdict, Marcus(Enumerable.Range(0, 10).Select(i => Good(i)), [Review(0, failed)]).Verdict);

    [Theory]
    [InlineData(10, CertificationVerdict.Certified)]
    [InlineData(9, CertificationVerdict.NotEnoughData)]
    public void Certification_TenResolvedTickets_BothSides(int resolved, CertificationVerdict verdict)
    {
        var row = Marcus(Enumerable.Range(0, resolved).Select(i => Good(i)), [Review(0, 0)]);
        Assert.Equal(verdict, row.Verdict);
        Assert.Equal(verdict == CertificationVerdict.NotEnoughData, row.Trace.Any(t => t.Rule == "certification.too-few"));
    }

    [Fact]
    public void Certification_TextAndJson()
    {
        var report = Certification.Evaluate(2026, 1, Enumerable.Range(0, 10).Select(i => Good(i)), [Review(0, 1)], Pt.At("2026-04-01 00:00"),
            SlaEvaluator.Default, ReportPolicy.Default, CertificationPolicy.Default);
        Assert.Equal("Q1 2026", report.Title);
        Assert.Contains("Marcus: CERTIFIED\n├─ Resolved: 10\n├─ CSAT: 9.0/10 (10 rated)\n├─ SLA met: 100% (20 of 20)\n└─ QA: 4.0/5 (1 review)\n", report.ToText());
        using var json = JsonDocument.Parse(report.ToJson());
        Assert.Equal("certified", json.RootElement.GetProperty("engineers")[0].GetProperty("verdict").GetString());
        Assert.Equal("minAverageCsat", Assert.Single((CertificationPolicy.Default with { MinAverageCsat = 11m }).Validate().Errors).PropertyName);
    }

    [Fact]
    public void Onboarding_LaysTheTwoWeeksOverWorkingDays_AndMarksProgress()
    {
        // Start Saturday 31 January 2026 → day 1 is Monday 2 February; day 6 (week 2, day 1) is Monday 9 February.
        var plan = Onboarding.Plan("Priya", new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 9),
            ["product-training", "tools-setup", "runbooks-review"], new Dictionary<string, int> { ["shadow"] = 5, ["supervised-tickets"] = 4, ["independent-tickets"] = 2 },
            ReportPolicy.Default);
        Assert.Equal(new LocalDate(2026, 2, 2), plan.Start);
        var byId = plan.Items.ToDictionary(i => i.Step.Id);
        Assert.Equal(OnboardingState.Done, byId["shadow"].State);                // 5 of 5
        Assert.Equal(OnboardingState.Overdue, byId["supervised-tickets"].State); // 4 of 5, its day (Fri 6 Feb) passed
        Assert.Equal(OnboardingState.Today, byId["independent-tickets"].State);  // Mon 9 – Tue 10 Feb
        Assert.Equal(new LocalDate(2026, 2, 10), byId["independent-tickets"].To);
        Assert.Equal(OnboardingState.Upcoming, byId["go-live"].State);
        Assert.Equal(new LocalDate(2026, 2, 13), byId["go-live"].From);
        Assert.Equal(4, plan.Done);
        Assert.Equal(44, plan.PercentDone);
        Assert.Contains("[x] Day 4 (Thu 5 Feb): Shadow current support engineer (observe 5 real tickets) [5/5]\n", plan.ToText());
        Assert.Contains("[ ] Day 5 (Fri 6 Feb): Resolve 5 easy tickets (under supervision) [4/5] ← OVERDUE\n", plan.ToText());
        Assert.Contains("[ ] Day 1-2 (Mon 9 Feb–Tue 10 Feb): Resolve 10 more tickets (independently, daily review) [2/10] ← today\n", plan.ToText());
        using var json = JsonDocument.Parse(plan.ToJson());
        Assert.Equal(9, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Onboarding_HolidaySkipped_AndAllDoneIsComplete()
    {
        var policy = ReportPolicy.Default with { Holidays = [new LocalDate(2026, 2, 16)] };
        var plan = Onboarding.Plan("Sam", new LocalDate(2026, 2, 9), new LocalDate(2026, 3, 1), OnboardingStep.Manual.Select(s => s.Id), new Dictionary<string, int>(), policy);
        Assert.Equal(new LocalDate(2026, 2, 17), plan.Items.Single(i => i.Step.Id == "independent-tickets").From); // day 6 after the Monday holiday
        Assert.True(plan.Complete);
        Assert.Equal(100, plan.PercentDone);
    }

    private static readonly OwnerRotation Rota = new(["Marcus", "Priya", "Sam"], new LocalDate(2026, 1, 5));

    [Theory]
    [InlineData("2026-01-05", "Marcus")]
    [InlineData("2026-01-07", "Sam")]
    [InlineData("2026-01-09", "Priya")] // Fri: 4 working days on
    [InlineData("2026-01-10", null)]    // Saturday: no owner
    [InlineData("2026-01-12", "Sam")]   // Mon: 5 working days on; the weekend does not advance it
    [InlineData("2026-01-02", "Sam")]   // Fri before the start: one step back
    public void Rotation_AdvancesOnePersonPerWorkingDay(string date, string? owner) =>
        Assert.Equal(owner, Rota.OwnerOn(LocalDatePattern.Iso.Parse(date).Value, ReportPolicy.Default));

    [Fact]
    public void Rotation_HolidayDoesNotAdvance()
    {
        var policy = ReportPolicy.Default with { Holidays = [new LocalDate(2026, 1, 19)] };
        Assert.Null(Rota.OwnerOn(new LocalDate(2026, 1, 19), policy));
        Assert.Equal(Rota.OwnerOn(new LocalDate(2026, 1, 19), ReportPolicy.Default), Rota.OwnerOn(new LocalDate(2026, 1, 20), policy));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Rotation_NextWorkingDay_IsTheNextPerson() =>
        Prop.ForAll(Arb.From(Gen.Choose(-2000, 2000)), offset =>
        {
            var policy = ReportPolicy.Default with { Holidays = [new LocalDate(2026, 7, 3), new LocalDate(2025, 12, 25), new LocalDate(2027, 1, 1)] };
            var day = new LocalDate(2026, 1, 5).PlusDays(offset);
            while (!policy.IsWorkingDay(day))
            {
                day = day.PlusDays(1);
            }

            var next = day.PlusDays(1);
            while (!policy.IsWorkingDay(next))
            {
                next = next.PlusDays(1);
            }

            var i = Rota.People.IndexOf(Rota.OwnerOn(day, policy)!);
            return Rota.OwnerOn(next, policy) == Rota.People[(i + 1) % 3];
        });

    [Fact]
    public void Standup_AnnouncesKnownIssuesInEffect_AndMaintenanceBeforeTheNextStandup_OwnerFromTheRotation()
    {
        var at = Pt.At("2026-01-27 09:00"); // Tuesday
        var issues = new[]
        {
            new KnownIssue("Webhook retries delayed", KnownIssueKind.KnownIssue, Pt.At("2026-01-26 15:00"), null),
            new KnownIssue("Database upgrade", KnownIssueKind.Maintenance, Pt.At("2026-01-27 22:00"), Pt.At("2026-01-27 23:00")),
            new KnownIssue("Ended at the standup", KnownIssueKind.KnownIssue, Pt.At("2026-01-26 10:00"), at),                        // until = at: over
            new KnownIssue("Starts at the next standup", KnownIssueKind.Maintenance, Pt.At("2026-01-28 09:00"), null),               // from = next morning: not yet
            new KnownIssue("Starts a minute earlier", KnownIssueKind.Maintenance, Pt.At("2026-01-28 08:59"), Pt.At("2026-01-28 10:00")),
        };
        var standup = StandupRoutine.Build(DemoDay.Tickets(), [], issues, at, SlaEvaluator.Default, ReportPolicy.Default, Rota);
        Assert.Equal(["Webhook retries delayed", "Database upgrade", "Starts a minute earlier"], standup.Announce.Select(k => k.Title).ToArray());
        Assert.Equal("Priya", standup.Summary.Owner); // Tue 27 Jan: 16 working days after Mon 5 Jan; 16 mod 3 = 1
        var text = standup.ToText();
        Assert.Contains("KNOWN ISSUES / MAINTENANCE: 3\n├─ Known issue: Webhook retries delayed (since Jan 26, 3:00 PM PT)\n├─ Maintenance: Database upgrade (from 10:00 PM PT until 11:00 PM PT)\n", text);
        Assert.EndsWith("PRIMARY SUPPORT OWNER TODAY: Priya\n", text);
        Assert.Equal(Standup.Build(DemoDay.Tickets(), [], at, SlaEvaluator.Default, ReportPolicy.Default, "Priya").ToText(),
            text.Replace(text[text.IndexOf("KNOWN ISSUES", StringComparison.Ordinal)..text.IndexOf("PRIMARY", StringComparison.Ordinal)], string.Empty, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(standup.ToJson());
        Assert.Equal(3, json.RootElement.GetProperty("knownIssues").GetArrayLength());
        Assert.Equal("Priya", json.RootElement.GetProperty("owner").GetString());
    }

    [Theory]
    [InlineData("2026-01-26 16:59", true)]  // Enterprise Critical: first response due 17:59, before the shift ends at 18:00
    [InlineData("2026-01-26 17:00", false)] // due 18:00: not before the end of the shift
    public void Handoff_DueBeforeTheShiftEnds_IsFlaggedBeforeYouLeave(string created, bool flagged)
    {
        var ticket = R.Ticket("c", Tier.Enterprise, Priority.Critical, created);
        var note = Handoff.Build([ticket], Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default, "Priya");
        var item = Assert.Single(note.Items);
        Assert.Equal(Pt.At("2026-01-26 18:00"), note.ShiftEnd);
        Assert.Equal(flagged, note.IsBeforeYouLeave(item));
        Assert.Equal(flagged, note.ToText().Contains("BEFORE YOU LEAVE: due before today's shift ends at 6:00 PM PT", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(note.ToJson());
        Assert.Equal(flagged, json.RootElement.GetProperty("tickets")[0].GetProperty("beforeYouLeave").GetBoolean());
    }

    [Fact]
    public void Handoff_DemoDay_OverdueTicketIsFlaggedInJson_TextUnchanged()
    {
        var note = Handoff.Build(DemoDay.Tickets(), Pt.At("2026-01-26 17:00"), SlaEvaluator.Default, ReportPolicy.Default, "Marcus");
        Assert.Equal(["1835"], note.BeforeYouLeave.Select(i => i.Ticket.Id).ToArray()); // overdue since Friday; the paused #1823 is not
        Assert.DoesNotContain("BEFORE YOU LEAVE", note.ToText(), StringComparison.Ordinal);
    }
}
