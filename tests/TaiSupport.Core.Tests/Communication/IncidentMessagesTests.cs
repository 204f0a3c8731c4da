using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Tests.Incidents;

namespace TaiSupport.Core.Tests.Communication;

/// <summary>Manual §3.2 phase 5: the "Final Update to Customers" and the post-mortem template.</summary>
public sealed class IncidentMessagesTests
{
    private static readonly IncidentPolicy Policy = IncidentPolicy.Default;

    [Fact]
    public void RenderResolutionNotice_TheManualsExample_ReproducesTheManualsNotice()
    {
        var result = IncidentMessages.RenderResolutionNotice(IncidentExamples.Record, Policy);
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        Assert.Equal("""
            INCIDENT RESOLVED [2:45 PM PST]

            Timeline:
            - 2:00 PM: Incident started (database connection pool exhausted)
            - 2:15 PM: Root cause identified
            - 2:30 PM: Connection pool scaled +50%
            - 2:45 PM: Verified recovery, service normal

            Impact:
            - Duration: 45m
            - Affected Customers: 12 (all Professional/Enterprise tiers)
            - Errors: 8,234 failed requests (out of 120,000 total)
            - Service Credit: 25% for affected customers (proactive, not requested)

            Prevention:
            - Added automated alerting at 80% pool utilization
            - Implemented auto-scaling for connections
            - Updated runbook for this scenario

            We apologize for the disruption. Questions? Reply to this thread.
            """, result.Text);
    }

    [Fact]
    public void RenderResolutionNotice_MissingFacts_AreProblemsNamingTheRecordField()
    {
        var incident = IncidentExamples.Record with { ResolvedAt = null, Impact = new IncidentImpact { FailedRequests = 10 }, Prevention = [] };
        var result = IncidentMessages.RenderResolutionNotice(incident, Policy);
        Assert.False(result.IsValid);
        Assert.Null(result.Text);
        Assert.Equal(["resolvedAt", "impact.affectedCustomers", "impact.totalRequests", "prevention"], result.Problems.Select(p => p.PropertyName));
        Assert.Contains("needs the number of affected customers", result.Problems[1].ErrorMessage);
    }

    [Fact]
    public void RenderResolutionNotice_CreditFromRecordOrPolicy()
    {
        Assert.Contains("Service Credit: 10% for affected customers", IncidentMessages.RenderResolutionNotice(IncidentExamples.Record with { ServiceCreditPct = 10m }, Policy).Text);
        Assert.Contains("Service Credit: 12.5% for affected", IncidentMessages.RenderResolutionNotice(IncidentExamples.Record, Policy with { ServiceCreditPct = 12.5m }).Text);
    }

    [Fact]
    public void Timeline_WithoutEntries_IsBuiltFromTheMilestones()
    {
        var incident = IncidentExamples.Record with { Timeline = [] };
        Assert.Equal(
            ["Incident detected, P1 declared", "Customers notified", "Root cause identified (Database connection pool exhausted by a retry storm after a slow query.)",
                "Level-2 engineering on-call paged", "Resolved, service normal"],
            IncidentMessages.Timeline(incident).Select(e => e.Event));
    }

    [Fact]
    public void RenderPostMortem_BeforeTheMeeting_FillsTheFactsAndPromptsForTheRest()
    {
        var result = IncidentMessages.RenderPostMortem(IncidentExamples.Record, Policy);
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        Assert.StartsWith("INCIDENT POST-MORTEM\nDate: 2026-02-10\nSeverity: P1\nDuration: 45m\nAttendees: Sarah (on-call), Marcus (support lead), Priya (product lead)\n", result.Text);
        Assert.Contains("TIMELINE:\n2:00 PM - Incident started (database connection pool exhausted)\n", result.Text);
        Assert.Contains("- Requests failed: 8,234\n", result.Text);
        Assert.Contains("WHAT WENT WELL:\n- [Thing that helped us resolve faster]\n", result.Text);
        Assert.Contains("1. [Fix] - Owner: [Name] - Due: [Date]", result.Text);
        Assert.EndsWith("We'll verify fixes in 168h. Any blockers? Reply in thread.", result.Text);
    }

    [Fact]
    public void RenderPostMortem_AfterTheMeeting_UsesTheRecordedOutcomes()
    {
        var incident = IncidentExamples.Record with
        {
            WentWell = ["Synthetic monitoring paged within a minute"],
            ActionItems = [new ActionItem("Alert at 80% pool use", "Sarah", new LocalDate(2026, 2, 17))],
            Impact = IncidentExamples.Record.Impact with { RevenueImpactUsd = 4200m },
        };
        var text = IncidentMessages.RenderPostMortem(incident, Policy).Text!;
        Assert.Contains("WHAT WENT WELL:\n- Synthetic monitoring paged within a minute\n\nWHAT DIDN'T GO WELL:\n- [Thing that slowed us down]", text);
        Assert.Contains("1. Alert at 80% pool use - Owner: Sarah - Due: 2026-02-17", text);
        Assert.Contains("- Revenue impact: $4,200", text);
    }

    [Fact]
    public void RenderPostMortem_MissingFacts_AreNamed()
    {
        var incident = IncidentExamples.Record with { Summary = null, RootCause = null, Attendees = [] };
        var result = IncidentMessages.RenderPostMortem(incident, Policy);
        Assert.Equal(["attendees", "summary", "rootCause"], result.Problems.Select(p => p.PropertyName));
    }

    [Fact]
    public void Render_YourOwnTemplate_UsesTheSameFields()
    {
        var sms = MessageTemplate.Create("sms", "SMS", "runbook", "{{severity}} resolved after {{duration}}; {{affectedCustomers}} customers.");
        Assert.Equal("P1 resolved after 45m; 12 (all Professional/Enterprise tiers) customers.", IncidentMessages.Render(sms, IncidentExamples.Record, Policy).Text);
        var unresolved = IncidentMessages.Render(sms, IncidentExamples.Record with { ResolvedAt = null }, Policy);
        Assert.Equal("resolvedAt", unresolved.Problems.Single().PropertyName);
    }

    [Fact]
    public void RenderResolutionNotice_IncidentAcrossMidnight_DatesTheLaterLines()
    {
        var declared = Instant.FromUtc(2026, 2, 11, 7, 30); // 23:30 PST
        var incident = new IncidentRecord
        {
            Level = IncidentLevel.P2, DeclaredAt = declared, ResolvedAt = declared + Duration.FromMinutes(95),
            Impact = new IncidentImpact { AffectedCustomers = 1, FailedRequests = 0, TotalRequests = 900 }, Prevention = ["Runbook"],
        };
        var text = IncidentMessages.RenderResolutionNotice(incident, Policy).Text!;
        Assert.Contains("- 11:30 PM: Incident detected, P2 declared\n- 2026-02-11 1:05 AM: Resolved, service normal", text);
        Assert.Contains("- Duration: 1h 35m", text);
    }
}
