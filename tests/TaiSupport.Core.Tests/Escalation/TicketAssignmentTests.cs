using TaiSupport.Core.Calendars;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Escalation;

/// <summary>§2.3 ticket assignment rules, with the end-of-shift threshold on both sides.</summary>
public sealed class TicketAssignmentTests
{
    /// <summary>Monday 2026-01-26 at the given Pacific wall-clock time (PST, UTC−8).</summary>
    private static Instant Monday(int hour, int minute = 0) => Instant.FromUtc(2026, 1, 26, 8, 0) + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    private static AssignableAgent Member(string name, TeamLevel level, BusinessCalendar? shift = null, int open = 0, params string[] handled) =>
        new() { Name = name, Level = level, Shift = shift ?? BusinessCalendars.ProfessionalHours, OpenTickets = open, HandledTickets = [.. handled] };

    private static AssignmentTicket Ticket(Tier tier = Tier.Professional, Priority priority = Priority.Low, Category category = Category.Other, bool complex = false, params string[] related) =>
        new() { Id = "T", Tier = tier, Priority = priority, Category = category, Complex = complex, RelatedTicketIds = [.. related] };

    private static string? Assignee(AssignmentResult result) => result.Assignee?.Name;

    [Fact]
    public void StarterBasicQuestion_GoesToJuniorSupport()
    {
        // §2.3 rule 1: "Starter tier basic questions → Junior support"
        var team = new[] { Member("Sam", TeamLevel.Senior), Member("Jo", TeamLevel.Junior, open: 5) };
        var result = TicketAssignment.Assign(Ticket(Tier.Starter), team, Monday(10));
        Assert.Equal("Jo", Assignee(result));
        Assert.Contains(result.Trace, t => t.Rule == "assign.skill" && t.Reason.StartsWith("Starter tier basic questions → Junior support", StringComparison.Ordinal));
    }

    [Fact]
    public void ProfessionalComplexIntegration_GoesToSeniorSupport()
    {
        // §2.3 rule 1: "Professional tier complex integration → Senior support"
        var team = new[] { Member("Jo", TeamLevel.Junior), Member("Sam", TeamLevel.Senior, open: 5) };
        Assert.Equal("Sam", Assignee(TicketAssignment.Assign(Ticket(category: Category.Integration, complex: true), team, Monday(10))));
        Assert.Equal("Jo", Assignee(TicketAssignment.Assign(Ticket(category: Category.Integration), team, Monday(10))));
    }

    [Fact]
    public void EnterpriseCritical_GoesToVpCustomerSuccessWithAnEngineer()
    {
        // §2.3 rule 1: "Enterprise critical issues → VP Customer Success + engineering"
        var team = new[]
        {
            Member("Jo", TeamLevel.Junior), Member("Vic", TeamLevel.VpCustomerSuccess, open: 3),
            Member("Eli", TeamLevel.Engineer, BusinessCalendars.Always, open: 4), Member("Em", TeamLevel.Engineer, open: 1),
        };
        var result = TicketAssignment.Assign(Ticket(Tier.Enterprise, Priority.Critical), team, Monday(10));
        Assert.Equal("Vic", Assignee(result));
        Assert.Equal("Em", Assert.Single(result.Collaborators).Name);
    }

    [Fact]
    public void EnterpriseCriticalAtNight_GoesToWhoeverIsOnShift()
    {
        // §2.3 rule 3: "For urgent: assign to whoever is awake (24/7 for Enterprise CRITICAL)"
        var team = new[] { Member("Vic", TeamLevel.VpCustomerSuccess), Member("Eli", TeamLevel.Engineer, BusinessCalendars.Always), Member("Nia", TeamLevel.Junior, BusinessCalendars.Always, open: 2) };
        var result = TicketAssignment.Assign(Ticket(Tier.Enterprise, Priority.Critical), team, Monday(23));
        Assert.Equal("Nia", Assignee(result));
        Assert.Equal("Eli", Assert.Single(result.Collaborators).Name);
        Assert.Contains(result.Trace, t => t.Reason.Contains("for urgent, whoever is awake"));
    }

    [Fact]
    public void RelatedTicket_GoesToWhoeverRespondedToIt()
    {
        // §2.3 rule 2: "Assign to whoever responded to related ticket (continuity)"
        var team = new[] { Member("Jo", TeamLevel.Junior, open: 0), Member("Al", TeamLevel.Junior, open: 7, handled: "T7") };
        var result = TicketAssignment.Assign(Ticket(related: "T7"), team, Monday(10));
        Assert.Equal("Al", Assignee(result));
        Assert.Contains(result.Trace, t => t.Reason == "continuity: Al responded to T7");
    }

    [Fact]
    public void NobodyFamiliar_GoesToTheLowestLoad()
    {
        // §2.3 rule 2: "If no one familiar, assign to person with lowest current load"
        var team = new[] { Member("Jo", TeamLevel.Junior, open: 3), Member("Al", TeamLevel.Junior, open: 1), Member("Bo", TeamLevel.Senior, open: 2) };
        var result = TicketAssignment.Assign(Ticket(related: "T9"), team, Monday(10));
        Assert.Equal("Al", Assignee(result));
        Assert.Contains(result.Trace, t => t.Rule == "assign.load" && t.Reason.StartsWith("lowest current load: Al with 1 open", StringComparison.Ordinal));
    }

    [Fact]
    public void ShiftEndingInExactlyThirtyMinutes_IsAvoided()
    {
        // §2.3 rule 3: "Avoid assigning to person at end of shift (prefer them to hand off)"; professional-hours closes at 18:00
        var team = new[] { Member("Late", TeamLevel.Junior, open: 0), Member("Night", TeamLevel.Junior, BusinessCalendars.Always, open: 9) };
        var result = TicketAssignment.Assign(Ticket(), team, Monday(17, 30));
        Assert.Equal("Night", Assignee(result));
        Assert.Contains(result.Trace, t => t.Reason.Contains("not Late (ends 2026-01-26T18:00:00-08:00): ends within 30m"));
    }

    [Fact]
    public void ShiftEndingInThirtyOneMinutes_IsFine()
    {
        var team = new[] { Member("Late", TeamLevel.Junior, open: 0), Member("Night", TeamLevel.Junior, BusinessCalendars.Always, open: 9) };
        Assert.Equal("Late", Assignee(TicketAssignment.Assign(Ticket(), team, Monday(17, 29))));
    }

    [Fact]
    public void EndOfShift_UnlessNobodyElseIsOn()
    {
        var team = new[] { Member("Late", TeamLevel.Junior), Member("Day", TeamLevel.Junior, BusinessCalendars.StarterHours) };
        var result = TicketAssignment.Assign(Ticket(), team, Monday(17, 45));
        Assert.Equal("Late", Assignee(result));
        Assert.Contains(result.Trace, t => t.Reason.Contains("nobody else is on, so they stay candidates"));
    }

    [Fact]
    public void NobodyOnShift_GoesToWhoeverComesOnFirst()
    {
        var early = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId).OpenWeekdays(new LocalTime(7, 0), new LocalTime(15, 0)).Build();
        var team = new[] { Member("Nine", TeamLevel.Junior), Member("Seven", TeamLevel.Senior, early, open: 8) };
        var result = TicketAssignment.Assign(Ticket(Tier.Starter, Priority.Critical), team, Monday(22));
        Assert.Equal("Seven", Assignee(result));
        Assert.Contains(result.Trace, t => t.Reason.Contains("critical: page the on-call rotation (§5)") && t.Reason.Contains("Seven at 2026-01-27T07:00:00-08:00"));
    }

    [Fact]
    public void SkillBeatsContinuityAndLoad()
    {
        var team = new[] { Member("Jo", TeamLevel.Junior, open: 0, handled: "T1"), Member("Sam", TeamLevel.Senior, open: 9) };
        Assert.Equal("Sam", Assignee(TicketAssignment.Assign(Ticket(category: Category.Integration, complex: true, related: "T1"), team, Monday(10))));
    }

    [Fact]
    public void NoSkilledPersonOnShift_FallsBackToSupportLevelsThenAnyone()
    {
        var team = new[] { Member("Vic", TeamLevel.VpCustomerSuccess), Member("Sam", TeamLevel.Senior, open: 4) };
        var result = TicketAssignment.Assign(Ticket(Tier.Starter), team, Monday(10));
        Assert.Equal("Sam", Assignee(result));
        Assert.Contains(result.Trace, t => t.Reason.StartsWith("nobody available is Junior; falling back to Junior or Senior: Sam", StringComparison.Ordinal));

        var onlyVp = TicketAssignment.Assign(Ticket(Tier.Starter), [Member("Vic", TeamLevel.VpCustomerSuccess)], Monday(10));
        Assert.Equal("Vic", Assignee(onlyVp));
    }

    [Fact]
    public void EqualLoad_TheMostShiftLeftWins_ThenTheName()
    {
        // Tie-breaks (docs Choices): the most shift time left, then the name (ordinal).
        var team = new[] { Member("Bo", TeamLevel.Junior, BusinessCalendars.StarterHours, 1), Member("Al", TeamLevel.Junior, BusinessCalendars.StarterHours, 1), Member("Cy", TeamLevel.Junior, open: 1) };
        var result = TicketAssignment.Assign(Ticket(), team, Monday(10));
        Assert.Equal("Cy", Assignee(result));
        Assert.Contains(result.Trace, t => t.Reason == "tie between Bo, Al, Cy: Cy has the most shift left");
        Assert.Equal("Al", Assignee(TicketAssignment.Assign(Ticket(), team[..2], Monday(10))));
    }

    [Fact]
    public void EmptyTeam_AssignsNobody()
    {
        var result = TicketAssignment.Assign(Ticket(), [], Monday(10));
        Assert.Null(result.Assignee);
        Assert.Equal("the team is empty: nobody to assign", Assert.Single(result.Trace).Reason);
    }

    [Fact]
    public void EnterpriseCriticalWithoutEngineers_SaysSo()
    {
        var result = TicketAssignment.Assign(Ticket(Tier.Enterprise, Priority.Critical), [Member("Vic", TeamLevel.VpCustomerSuccess)], Monday(10));
        Assert.Empty(result.Collaborators);
        Assert.Contains(result.Trace, t => t.Reason == "no engineer on the team to join the assignee");
    }

    [Fact]
    public void EndOfShiftGuard_IsPolicyData()
    {
        var team = new[] { Member("Late", TeamLevel.Junior), Member("Night", TeamLevel.Junior, BusinessCalendars.Always, open: 9) };
        var policy = AssignmentPolicy.Default with { EndOfShiftGuard = Duration.FromMinutes(10) };
        Assert.Equal("Late", Assignee(TicketAssignment.Assign(Ticket(), team, Monday(17, 30), policy)));
    }
}
