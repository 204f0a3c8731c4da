using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Sla;

/// <summary>The SLA policy file (docs/sla.md "Policy file"): calendars + targets, every problem at once.</summary>
public sealed class SlaPolicyJsonTests
{
    private const string Calendars = """
        "calendars": {
          "always": {"timeZone": "America/Los_Angeles", "week": {"monday": [{"open":"00:00","close":"24:00"}], "tuesday": [{"open":"00:00","close":"24:00"}],
            "wednesday": [{"open":"00:00","close":"24:00"}], "thursday": [{"open":"00:00","close":"24:00"}], "friday": [{"open":"00:00","close":"24:00"}],
            "saturday": [{"open":"00:00","close":"24:00"}], "sunday": [{"open":"00:00","close":"24:00"}]}}
        }
        """;

    private static string AllTargetsOn(string calendar, string response = "PT1H") => "\"targets\": [" + string.Join(",",
        from tier in Enum.GetNames<Tier>()
        from priority in Enum.GetNames<Priority>()
        select $$$"""{"tier":"{{{tier}}}","priority":"{{{priority}}}","firstResponse":{"target":"{{{response}}}","calendar":"{{{calendar}}}"},"resolution":{"target":"PT8H","calendar":"{{{calendar}}}"}}""") + "]";

    [Fact]
    public void Write_TheDefault_ReadsBackToTheSamePolicy()
    {
        var json = SlaPolicyJson.Write(SlaPolicy.Default);
        var read = SlaPolicyJson.Read(json);
        Assert.True(read.IsValid, read.IsValid ? null : read.DescribeProblems());
        var policy = read.Value!;
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(SlaPolicy.Default.Targets[i].FirstResponse, policy.Targets[i].FirstResponse);
            Assert.Equal(SlaPolicy.Default.Targets[i].Resolution, policy.Targets[i].Resolution);
            Assert.Equal(SlaPolicy.Default.Targets[i].Source, policy.Targets[i].Source);
            Assert.Equal(SlaPolicy.Default.Targets[i], policy.Targets[i]);
        }
        Assert.Equal(SlaPolicy.Default.AtRiskLead, policy.AtRiskLead);
        Assert.Equal(SlaPolicy.Default.TierRanks, policy.TierRanks);
        Assert.Equal(SlaPolicy.Default.Calendars.Keys, policy.Calendars.Keys);
        Assert.Equal(json, SlaPolicyJson.Write(policy));
        Assert.Contains("\"target\": \"PT56H\"", json);
        Assert.Contains("\"source\": \"§2.2.5, §4.2, §5.1; D5\"", json);
    }

    [Fact]
    public void Read_AFileWithOnlyCalendarsAndTargets_TakesTheDefaultsForTheRest()
    {
        var read = SlaPolicyJson.Read($"{{ {Calendars}, {AllTargetsOn("always")} }}");
        Assert.True(read.IsValid, read.IsValid ? null : read.DescribeProblems());
        var policy = read.Value!;
        Assert.Equal(Duration.FromMinutes(30), policy.AtRiskLead);
        Assert.Equal(Duration.FromHours(2), policy.ReassignGrace);
        Assert.Equal("America/Los_Angeles", policy.TimeZoneId);
        Assert.Equal("SLA policy file", policy.TargetFor(Tier.Starter, Priority.Low).Source);
        var ticket = Pt.Ticket(Tier.Starter, Priority.Low, "2026-01-24 10:00"); // a Saturday: 24/7 in this file
        Assert.Equal(Pt.At("2026-01-24 11:00"), new SlaEvaluator(policy).Evaluate(ticket, ticket.CreatedAt).FirstResponseDue);
    }

    [Fact]
    public void Read_ManyMistakes_ReportsEveryOneWithItsPathAndNoKnockOnProblems()
    {
        var json = """
            {
              "timeZone": "Mars/Olympus",
              "atRiskLead": "30 minutes",
              "reassignGrace": "P1D",
              "pausingStatuses": ["WaitingOnCustomer", "Snoozed"],
              "tierRanks": {"Gold": "High", "Starter": "Lowest"},
              "colour": "blue",
              "calendars": {
                "always": {"timeZone": "America/Los_Angeles", "week": {"monday": [{"open":"00:00","close":"24:00"}]}},
                "broken": {"timeZone": "America/Los_Angeles", "week": {"funday": []}}
              },
              "targets": [
                {"tier":"Starter","priority":"Low","firstResponse":{"target":"PT1H","calendar":"broken"},"resolution":{"target":"PT8H","calendar":"always"}},
                {"tier":"Starter","priority":"Urgent","firstResponse":{"target":"PT1H","calendar":"always"},"resolution":{"target":"PT8H","calendar":"always"}},
                {"tier":"Starter","priority":"Medium","firstResponse":{"target":"PT1H","calendar":"nowhere"},"resolution":{"target":"PT0S","calendar":"always"}},
                {"tier":"Starter","priority":"High","firstResponse":{"calendar":"always"},"resolution":{"target":"PT8H","calendar":"always","extra":1}}
              ]
            }
            """;
        var read = SlaPolicyJson.Read(json);
        Assert.False(read.IsValid);
        var problems = read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}").ToList();
        Assert.Contains("$.colour: unknown property 'colour'; expected one of: timeZone, targets, atRiskLead, reassignGrace, pausingStatuses, stoppingStatuses, tierRanks, calendars, name, description.", problems);
        Assert.Contains("$.timeZone: 'Mars/Olympus' is not a tzdb time-zone id (for example America/Los_Angeles).", problems);
        Assert.Contains("$.atRiskLead: \"30 minutes\" is not an ISO-8601 duration; write hours and minutes such as PT4H or PT1H30M.", problems);
        Assert.Contains("$.reassignGrace: \"P1D\" counts days, which are ambiguous on business calendars (a Professional business day is 9 hours, D4); write the hours, such as PT24H.", problems);
        Assert.Contains("$.pausingStatuses[1]: \"Snoozed\" is not a ticket status; use one of Open, InProgress, WaitingOnCustomer, Resolved, Closed.", problems);
        Assert.Contains("$.tierRanks.Gold: \"Gold\" is not a tier; use one of Starter, Professional, Enterprise.", problems);
        Assert.Contains("$.tierRanks.Starter: \"Lowest\" is not a priority; use one of Low, Medium, High, Critical.", problems);
        Assert.Contains(problems, p => p.StartsWith("$.calendars['broken'].week.funday: 'funday' is not a day name", StringComparison.Ordinal));
        Assert.Contains("$.targets[1].priority: \"Urgent\" is not a priority; use one of Low, Medium, High, Critical.", problems);
        Assert.Contains("$.targets[2].firstResponse.calendar: 'nowhere' is not a calendar of this policy; known: always.", problems);
        Assert.Contains("$.targets[2].resolution.target: must be positive and at most 366 days, got PT0S.", problems);
        Assert.Contains("$.targets[3].firstResponse.target: is required.", problems);
        Assert.Contains("$.targets[3].resolution.extra: unknown property 'extra'; expected one of: target, calendar.", problems);
        // No knock-on problems: targets[0] names the broken calendar (already reported), and the missing cells follow
        // from targets that could not be read.
        Assert.DoesNotContain(problems, p => p.Contains("'broken' is not a calendar", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("no target for", StringComparison.Ordinal));
        Assert.Equal(13, problems.Count);
    }

    [Fact]
    public void Read_MissingCellsAndDuplicates_AreNamed()
    {
        var json = $$$"""
            { {{{Calendars}}}, "targets": [
                {"tier":"Starter","priority":"Low","firstResponse":{"target":"PT1H","calendar":"always"},"resolution":{"target":"PT8H","calendar":"always"}},
                {"tier":"starter","priority":"low","firstResponse":{"target":"PT2H","calendar":"always"},"resolution":{"target":"PT8H","calendar":"always"}}
            ] }
            """;
        var problems = SlaPolicyJson.Read(json).Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}").ToList();
        Assert.Contains("$.targets[1]: Starter × Low is already given by targets[0]; give each tier × priority once.", problems);
        Assert.Contains("$.targets: no target for Enterprise × Critical; every tier × priority needs one.", problems);
        Assert.Equal(12, problems.Count); // the duplicate and 11 missing cells
    }

    [Fact]
    public void Read_WithoutCalendarsOrTargets_SaysTheyAreRequired()
    {
        var problems = SlaPolicyJson.Read("{}").Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}").ToList();
        Assert.Equal(
            [
                "$.calendars: is required.",
                "$.targets: is required.",
            ],
            problems);
    }

    [Fact]
    public void Read_NotJson_SaysWhere()
    {
        var problem = SlaPolicyJson.Read("{\n  \"targets\": [,\n}").Problems.Single();
        Assert.Equal("$", problem.PropertyName);
        Assert.StartsWith("the file is not valid JSON at line 2", problem.ErrorMessage, StringComparison.Ordinal);
    }
}
