using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>The triage policy JSON: defaults, partial files, round trips and every problem at once.</summary>
public sealed class TriagePolicyJsonTests
{
    [Fact]
    public void Read_EmptyObject_IsTheDefault()
    {
        var policy = TriagePolicyJson.Read("{}").GetValueOrThrow();
        Assert.Equal(TriagePolicyJson.Write(TriagePolicy.Default), TriagePolicyJson.Write(policy));
    }

    [Fact]
    public void WriteThenRead_RoundTripsEveryValue()
    {
        var changed = TriagePolicy.Default with
        {
            AutoResolveApiErrors = ["401"],
            ChurnThreatPriority = Priority.Critical,
            Escalation = EscalationPolicy.Default with { InactiveFor = Duration.FromDays(21), FinancialImpactAbove = 2_500.5m, MediumResponseCalendar = "always" },
            Assignment = AssignmentPolicy.Default with
            {
                EndOfShiftGuard = Duration.FromMinutes(45),
                SkillRules = [new SkillRule { Category = Category.Billing, Levels = [TeamLevel.Senior], Description = "billing → Senior" }],
            },
        };
        var json = TriagePolicyJson.Write(changed);
        var read = TriagePolicyJson.Read(json).GetValueOrThrow();
        Assert.Equal(json, TriagePolicyJson.Write(read));
        Assert.Equal(Duration.FromDays(21), read.Escalation.InactiveFor);
        Assert.Contains("\"inactiveFor\": \"PT504H\"", json); // one spelling: hours, never days (issue 11)
        Assert.Contains("\"endOfShiftGuard\": \"PT45M\"", json);
    }

    [Fact]
    public void SecondReader_SwitchAndThreshold_RoundTripAndAreChecked()
    {
        Assert.Contains("\"secondReader\": true", TriagePolicyJson.Write(TriagePolicy.Default));
        Assert.Contains("\"secondReaderThreshold\": 0.99", TriagePolicyJson.Write(TriagePolicy.Default));
        var policy = TriagePolicyJson.Read("""{ "secondReader": false, "secondReaderThreshold": 0.995 }""").GetValueOrThrow();
        Assert.False(policy.SecondReader);
        Assert.Equal(0.995m, policy.SecondReaderThreshold);
        var json = TriagePolicyJson.Write(policy);
        Assert.Contains("\"secondReader\": false", json);
        Assert.Equal(json, TriagePolicyJson.Write(TriagePolicyJson.Read(json).GetValueOrThrow()));
        Assert.NotEqual(TriagePolicy.Default, policy);
        Assert.Null(TicketTriage.Create(policy).Reader);

        var bad = TriagePolicyJson.Read("""{ "secondReaderThreshold": 0.3, "secondReader": "yes" }""");
        Assert.False(bad.IsValid);
        Assert.Contains(bad.Problems, p => p.PropertyName.EndsWith("secondReader", StringComparison.Ordinal));
        Assert.Contains(TriagePolicy.Validate(TriagePolicy.Default with { SecondReaderThreshold = 1.5m }).Errors, e => e.PropertyName == "secondReaderThreshold");
        Assert.Contains(TriagePolicy.Validate(TriagePolicy.Default with { SecondReaderThreshold = 0.3m }).Errors, e => e.PropertyName == "secondReaderThreshold");
        Assert.True(TriagePolicy.Validate(TriagePolicy.Default with { SecondReaderThreshold = 0.5m }).IsValid);
    }

    [Fact]
    public void Read_PartialFile_ChangesOnlyWhatItLists()
    {
        var policy = TriagePolicyJson.Read("""
            {
              "keywords": { "urgent": [], "churnThreat": ["canceling", "switching vendors"] },
              "apiErrorKeywords": { "403": ["403 forbidden"] },
              "escalation": { "financialImpactAbove": 25000, "investigationPageAfter": "PT45M" },
              "assignment": { "defaultLevels": ["Senior"] }
            }
            """).GetValueOrThrow();
        Assert.Empty(policy.Keywords[KeywordSignal.Urgent]);
        Assert.Equal(["canceling", "switching vendors"], policy.Keywords[KeywordSignal.ChurnThreat].ToArray());
        Assert.Equal(DefaultKeywords.Signals[KeywordSignal.Billing].ToArray(), policy.Keywords[KeywordSignal.Billing].ToArray());
        Assert.Equal(["403 forbidden"], policy.ApiErrorKeywords["403"].ToArray());
        Assert.True(policy.ApiErrorKeywords.ContainsKey("401"));
        Assert.Equal(25_000m, policy.Escalation.FinancialImpactAbove);
        Assert.Equal(Duration.FromMinutes(45), policy.Escalation.InvestigationPageAfter);
        Assert.Equal(Duration.FromHours(1), policy.Escalation.CriticalPageWithin);
        Assert.Equal([TeamLevel.Senior], policy.Assignment.DefaultLevels.ToArray());
        Assert.Equal(3, policy.Assignment.SkillRules.Length);
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnceWithItsPath()
    {
        var result = TriagePolicyJson.Read("""
            {
              "keywords": { "churnThreat": ["c++"], "angry": ["grr"] },
              "autoResolveApiErrors": "401",
              "churnThreatPriority": "Huge",
              "escalation": { "csatBelow": 12, "inactiveFor": "two weeks", "financialImpactabove": 5, "investigationEngineeringAfter": "PT10M" },
              "assignment": { "skillRules": [{ "levels": [], "description": "" }], "endOfShiftGuard": "-PT5M" },
              "extra": 1
            }
            """);
        Assert.False(result.IsValid);
        var paths = result.Problems.Select(p => p.PropertyName).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "$.keywords.churnThreat[0]", "$.keywords.angry", "$.autoResolveApiErrors", "$.churnThreatPriority", "$.escalation.csatBelow",
                "$.escalation.inactiveFor", "$.escalation.financialImpactabove", "$.escalation.investigationEngineeringAfter",
                "$.assignment.skillRules[0].levels", "$.assignment.skillRules[0].description", "$.assignment.endOfShiftGuard", "$.extra",
            },
            paths);
        Assert.Contains(result.Problems, p => p.PropertyName == "$.escalation.financialImpactabove" && p.ErrorMessage.Contains("did you mean 'financialImpactAbove'?"));
        Assert.Contains(result.Problems, p => p.PropertyName == "$.escalation.inactiveFor" && p.ErrorMessage.Contains("is not an ISO-8601 duration; write hours and minutes such as PT4H or PT1H30M."));
    }

    [Fact]
    public void Read_MonthsAreNotADuration()
    {
        var result = TriagePolicyJson.Read("""{ "escalation": { "inactiveFor": "P1M" } }""");
        Assert.Equal("$.escalation.inactiveFor", Assert.Single(result.Problems).PropertyName);
    }

    [Fact]
    public void Read_NotJson_SaysWhere()
    {
        var result = TriagePolicyJson.Read("{ \"escalation\": ");
        Assert.Contains("not valid JSON", Assert.Single(result.Problems).ErrorMessage);
    }
}
