using FluentValidation;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>The whole evaluation: classification, route, the four trees, due instants and the trace.</summary>
public sealed class TicketTriageTests
{
    /// <summary>Friday 2026-01-30 16:00 PST.</summary>
    private static readonly Instant FridayFourPm = Instant.FromUtc(2026, 1, 31, 0, 0);

    [Fact]
    public void Evaluate_ProductionDown_ReturnsEveryActionWithItsDueInstant()
    {
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Id = "T1", Tier = Tier.Professional, Subject = "Production down" }, FridayFourPm);
        Assert.Equal("T1", result.Id);
        Assert.Equal(Priority.Critical, result.Priority);
        Assert.Equal(Category.Platform, result.Category);
        Assert.Equal(TicketRoute.ChurnEscalation, result.Route);
        Assert.Equal(EscalationTier.EngineeringAndCsm, result.HeldBy);
        Assert.Equal(EngineeringLevel.Urgent, result.EngineeringLevel);
        Assert.Equal(
            ["pageVpProductOrCsm", "pageVpProduct", "pageOnCallEngineer", "updateStatusPage", "pageEngineering", "engineeringCall", "engineeringDiagnosis"],
            result.Actions.Select(a => a.Action));
        var page = result.Actions.Single(a => a.Action == "pageOnCallEngineer");
        Assert.Equal(FridayFourPm + Duration.FromHours(1), page.Due);
        Assert.Equal("§4.2, D13", page.Source);
    }

    [Fact]
    public void Evaluate_MediumEngineeringWindow_IsDueOneBusinessDayLaterOnProfessionalHours()
    {
        // §4.4 "MEDIUM (async, respond within 1 business day)", D15 on professional-hours (Mon–Fri 09–18 PT):
        // Friday 16:00 + 9 business hours = 2 h on Friday + 7 h on Monday = Monday 16:00 PST.
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Starter, Signals = new TicketSignals { ApiErrorCode = "500" } }, FridayFourPm);
        var response = Assert.Single(result.Actions, a => a.Action == "engineeringResponse");
        Assert.Equal(Duration.FromHours(9), response.Within);
        Assert.Equal(Instant.FromUtc(2026, 2, 3, 0, 0), response.Due);
        Assert.Equal(EngineeringLevel.Medium, result.EngineeringLevel);
    }

    [Fact]
    public void Evaluate_ActionWithoutWindow_HasNoDueInstant()
    {
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Starter, Signals = new TicketSignals { Billing = true } }, FridayFourPm);
        var route = Assert.Single(result.Actions);
        Assert.Equal(("routeToFinance", null, null), (route.Action, route.Within, route.Due));
    }

    [Fact]
    public void Evaluate_Trace_ExplainsClassificationRouteAndEachTreeInOrder()
    {
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Enterprise, Body = "We are leaving" }, FridayFourPm);
        var rules = result.Trace.Select(t => t.Rule).ToList();
        Assert.Equal("triage.keyword.churnThreat", rules[0]);
        Assert.True(rules.IndexOf("triage.route") < rules.IndexOf(EscalationNodeIds.CriteriaCritical));
        Assert.True(rules.IndexOf(EscalationNodeIds.CriteriaStandard) < rules.IndexOf(EscalationNodeIds.ChurnCsat));
        Assert.True(rules.IndexOf(EscalationNodeIds.ChurnRepeat) < rules.IndexOf(EscalationNodeIds.TierLegalSecurity));
        Assert.Equal(EscalationNodeIds.EngineeringAlready, rules[^1]);
        Assert.Equal(EscalationTier.Executive, result.HeldBy);
        Assert.Null(result.EngineeringLevel);
    }

    [Fact]
    public void Evaluate_EnterpriseCancelingCustomer_GetsEveryFollowUp()
    {
        // §4.2 (Enterprise → dedicated CSM; churn → VP Product within 2 h), §4.3 trigger 2, §2.1 tier 4
        var result = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Enterprise, Body = "We are canceling." }, FridayFourPm);
        Assert.Equal(
            ["pageVpProductOrCsm", "routeToDedicatedCsm", "pageVpProduct", "pageVpProduct", "csmCall", "offerFixPeriod"],
            result.Actions.Select(a => a.Action));
        Assert.Equal([Duration.Zero, Duration.FromHours(1), Duration.FromHours(2), Duration.Zero, Duration.FromHours(2)], result.Actions.Take(5).Select(a => a.Within!.Value));
    }

    [Fact]
    public void With_ReplacesATree_AndLeavesTheOriginalUnchanged()
    {
        var vip = new DecisionAction("callAccountOwner", Duration.FromMinutes(30), "runbook §7", "Call the account owner");
        var triage = TicketTriage.Default;
        var custom = triage.With(escalationCriteria: triage.EscalationCriteria.InsertCheckBefore(
            EscalationNodeIds.CriteriaChurn, "runbook.enterprise", "Enterprise account?", "runbook §7",
            c => Verdict.Of(c.Tier == Tier.Enterprise, $"tier {c.Tier}"), [vip]));
        var request = new TriageRequest { Tier = Tier.Enterprise, Subject = "Question" };

        var result = custom.Evaluate(request, FridayFourPm);
        Assert.Contains(result.Actions, a => a.Action == "callAccountOwner" && a.Due == FridayFourPm + Duration.FromMinutes(30));
        Assert.DoesNotContain(triage.Evaluate(request, FridayFourPm).Actions, a => a.Action == "callAccountOwner");
    }

    [Fact]
    public void Create_InvalidPolicy_ThrowsWithEveryProblem()
    {
        var policy = TriagePolicy.Default with
        {
            Escalation = EscalationPolicy.Default with { CsatBelow = 11m, RepeatTicketsAtLeast = 1 },
            AutoResolveApiErrors = [" "],
        };
        var error = Assert.Throws<ValidationException>(() => TicketTriage.Create(policy));
        Assert.Equal(
            ["autoResolveApiErrors[0]", "escalation.csatBelow", "escalation.repeatTicketsAtLeast"],
            error.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_WithACustomMediumCalendar_UsesIt()
    {
        var emea = BusinessCalendar.For("Europe/Dublin").OpenWeekdays(new LocalTime(8, 0), new LocalTime(16, 0)).Build();
        var triage = TicketTriage.Create(
            TriagePolicy.Default with { Escalation = EscalationPolicy.Default with { MediumResponseCalendar = "emea" } },
            new Dictionary<string, BusinessCalendar> { ["emea"] = emea });
        var result = triage.Evaluate(new TriageRequest { Tier = Tier.Starter, Signals = new TicketSignals { EdgeCase = true } }, FridayFourPm);
        // Friday 16:00 PST is Saturday 00:00 in Dublin: 8 business hours from Monday 08:00 → Monday 16:00 GMT.
        Assert.Equal(Instant.FromUtc(2026, 2, 2, 16, 0), Assert.Single(result.Actions).Due);
        Assert.Throws<ArgumentException>(() => TicketTriage.Create(TriagePolicy.Default with { Escalation = EscalationPolicy.Default with { MediumResponseCalendar = "emea" } }));
    }
}
