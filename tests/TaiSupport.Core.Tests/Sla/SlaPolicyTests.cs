using System.Collections.Immutable;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Sla;

/// <summary>The SLA policy as data: <see cref="SlaPolicy.Default"/> is exactly default-policy.md's table (D1, D4–D10).</summary>
public sealed class SlaPolicyTests
{
    /// <summary>Every cell of the D-table ("SLA targets (§1.2, §1.3, §2.2.5, quick reference)").</summary>
    public static TheoryData<Tier, Priority, string, int, int> DTable()
    {
        var data = new TheoryData<Tier, Priority, string, int, int>();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            data.Add(tier, Priority.Critical, "always", 1, 8); // any tier, Critical (D5)
        }

        foreach (var priority in new[] { Priority.Low, Priority.Medium, Priority.High })
        {
            data.Add(Tier.Enterprise, priority, "always", 1, 8);                // Enterprise, other
            data.Add(Tier.Professional, priority, "professional-hours", 4, 18); // 4 business hours, 2 business days = 18 h (D4)
            data.Add(Tier.Starter, priority, "starter-hours", 8, 56);           // 1 business day (D6), 7 business days (D4)
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DTable))]
    public void Default_EveryCell_IsTheDTableRow(Tier tier, Priority priority, string calendar, int responseHours, int resolutionHours)
    {
        var target = SlaPolicy.Default.TargetFor(tier, priority);
        Assert.Equal(new SlaClock(Duration.FromHours(responseHours), calendar), target.FirstResponse);
        Assert.Equal(new SlaClock(Duration.FromHours(resolutionHours), calendar), target.Resolution);
        Assert.Matches("§", target.Source);
    }

    [Fact]
    public void Default_HasExactlyTwelveCellsAndTheD1Calendars()
    {
        var policy = SlaPolicy.Default;
        Assert.Equal(12, policy.Targets.Length);
        Assert.Same(BusinessCalendars.StarterHours, policy.Calendars["starter-hours"]);
        Assert.Same(BusinessCalendars.ProfessionalHours, policy.Calendars["professional-hours"]);
        Assert.Same(BusinessCalendars.Always, policy.Calendars["always"]);
        Assert.Equal(3, policy.Calendars.Count);
        Assert.Equal("America/Los_Angeles", policy.TimeZoneId);
    }

    [Fact]
    public void Default_LeadGraceStatusesAndRanks_AreD7ToD10()
    {
        var policy = SlaPolicy.Default;
        Assert.Equal(Duration.FromMinutes(30), policy.AtRiskLead);   // §2.2.5, D8
        Assert.Equal(Duration.FromHours(2), policy.ReassignGrace);   // §2.2.4, D9
        Assert.Equal([TicketStatus.WaitingOnCustomer], policy.PausingStatuses);                 // D7
        Assert.Equal([TicketStatus.Resolved, TicketStatus.Closed], policy.StoppingStatuses);    // D7
        Assert.Equal(Priority.Low, policy.TierRanks[Tier.Starter]);  // quick reference "Priority" column, D10
        Assert.Equal(Priority.Medium, policy.TierRanks[Tier.Professional]);
        Assert.Equal(Priority.High, policy.TierRanks[Tier.Enterprise]);
        Assert.True(SlaPolicy.Validate(policy).IsValid);
    }

    [Fact]
    public void Validate_ManyMistakes_ReportsEveryOneWithItsPath()
    {
        var overridesOnly = BusinessCalendar.Create(new BusinessCalendarDefinition
        {
            TimeZoneId = "UTC",
            Overrides = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(new LocalDate(2026, 12, 24), ImmutableArray.Create(ShiftInterval.AllDay))]),
        });
        var targets = SlaPolicy.Default.Targets;
        var policy = SlaPolicy.Default with
        {
            TimeZoneId = "Pacific/Nowhere",
            Calendars = SlaPolicy.Default.Calendars.Add("holiday-only", overridesOnly),
            Targets = targets
                .SetItem(0, targets[0] with { FirstResponse = new SlaClock(Duration.Zero, "starter-hours") })
                .SetItem(1, targets[1] with { Resolution = new SlaClock(Duration.FromHours(8), "biz-hours") })
                .SetItem(2, targets[1])
                .RemoveAt(11),
            AtRiskLead = Duration.FromMinutes(-1),
            ReassignGrace = Duration.FromDays(400),
            PausingStatuses = [TicketStatus.WaitingOnCustomer, TicketStatus.Resolved],
            TierRanks = SlaPolicy.Default.TierRanks.Remove(Tier.Professional),
        };
        var problems = SlaPolicy.Validate(policy).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToList();
        Assert.Contains("timeZone: 'Pacific/Nowhere' is not a tzdb time-zone id (for example America/Los_Angeles).", problems);
        Assert.Contains("calendars['holiday-only'].week: the calendar opens only on override dates, so an SLA due could never be reached after them; give it weekly shifts.", problems);
        Assert.Contains("targets[0].firstResponse.target: must be positive and at most 366 days, got PT0S.", problems);
        Assert.Contains("targets[1].resolution.calendar: 'biz-hours' is not a calendar of this policy; known: always, holiday-only, professional-hours, starter-hours.", problems);
        Assert.Contains("targets[2]: Starter × Medium is already given by targets[1]; give each tier × priority once.", problems);
        Assert.Contains("targets: no target for Starter × High; every tier × priority needs one.", problems);
        Assert.Contains("targets: no target for Enterprise × Critical; every tier × priority needs one.", problems);
        Assert.Contains("atRiskLead: must be between zero (no at-risk alerts) and 366 days, got -PT1M.", problems);
        Assert.Contains("reassignGrace: must be between zero and 366 days, got PT9600H.", problems);
        Assert.Contains("pausingStatuses: Resolved both pauses and stops the clocks; list it in one of pausingStatuses and stoppingStatuses.", problems);
        Assert.Contains("tierRanks: no queue rank for Professional; give every tier a rank (D10).", problems);
        Assert.Equal(11, problems.Count);
    }

    [Fact]
    public void With_ChangesOneValue_AndTheEvaluatorUsesIt()
    {
        var policy = SlaPolicy.Default with { AtRiskLead = Duration.FromMinutes(45) };
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00");
        var result = new SlaEvaluator(policy).Evaluate(ticket, Pt.At("2026-01-26 10:15")); // due 11:00, 45 min away
        Assert.Equal(SlaState.AtRisk, result.FirstResponseState);
        Assert.Equal(SlaState.Pending, SlaEvaluator.Default.Evaluate(ticket, Pt.At("2026-01-26 10:15")).FirstResponseState);
    }

    [Fact]
    public void SlaEvaluator_AnInvalidPolicy_ThrowsListingEveryProblem()
    {
        var policy = SlaPolicy.Default with { Targets = [], AtRiskLead = Duration.FromMinutes(-5) };
        var error = Assert.Throws<TaiValidationException>(() => new SlaEvaluator(policy));
        Assert.Equal(13, error.Errors.Count()); // 12 missing cells and the lead
    }

    [Fact]
    public void TargetFor_AMissingCell_Throws()
    {
        var policy = SlaPolicy.Default with { Targets = [] };
        Assert.Throws<KeyNotFoundException>(() => policy.TargetFor(Tier.Starter, Priority.Low));
    }
}
