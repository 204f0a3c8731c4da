using TaiSupport.Core.Calendars;
using TaiSupport.Core.Escalation;

namespace TaiSupport.Core.Tests.Escalation;

public sealed class TeamJsonTests
{
    [Fact]
    public void Read_MembersWithBuiltInNamedAndInlineShifts()
    {
        var team = TeamJson.Read("""
            {
              "calendars": { "emea": { "timeZone": "Europe/Dublin", "week": { "monday": [{ "open": "08:00", "close": "16:00" }] } } },
              "members": [
                { "name": "Dana", "level": "Senior", "shift": "professional-hours", "openTickets": 3, "handledTickets": ["T7"] },
                { "name": "Ola", "level": "junior", "shift": "emea" },
                { "name": "Eli", "level": "Engineer", "shift": { "timeZone": "UTC", "week": { "sunday": [{ "open": "00:00", "close": "24:00" }] } } }
              ]
            }
            """).GetValueOrThrow();
        Assert.Equal(["Dana", "Ola", "Eli"], team.Members.Select(m => m.Name));
        Assert.Same(BusinessCalendars.ProfessionalHours, team.Members[0].Shift);
        Assert.Equal(["T7"], team.Members[0].HandledTickets.ToArray());
        Assert.Equal("Europe/Dublin", team.Members[1].Shift.Zone.Id);
        Assert.Equal(TeamLevel.Junior, team.Members[1].Level);
        Assert.Equal(0, team.Members[1].OpenTickets);
        Assert.Equal("UTC", team.Members[2].Shift.Zone.Id);
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnce()
    {
        var result = TeamJson.Read("""
            { "members": [
                { "name": "Dana", "level": "Boss", "shift": "nights", "openTickets": -1 },
                { "name": "Dana", "level": "Senior", "shift": "always" },
                { "level": "Junior", "shift": { "timeZone": "Mars/Olympus" }, "hobby": "chess" }
            ] }
            """);
        Assert.Equal(
            ["$.members[0].level", "$.members[0].openTickets", "$.members[0].shift", "$.members[1].name", "$.members[2].hobby", "$.members[2].name",
             "$.members[2].shift.timeZone", "$.members[2].shift.week"],
            result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal));
        Assert.Contains(result.Problems, p => p.ErrorMessage.Contains("'Dana' is already the name of members[0]"));
    }

    [Fact]
    public void Read_ABadValueInsideAnInlineShift_StillValidatesTheRest()
    {
        // The validator runs on what reads: the refused time inside members[0]'s inline shift is left out, so the other
        // member's semantic mistake is reported in the same pass (without it, the shift would not read and hide it).
        var result = TeamJson.Read("""
            { "members": [
                { "name": "Eli", "level": "Engineer", "shift": { "timeZone": "UTC", "week": { "monday": [{ "open": "25:00", "close": "17:00" }] } } },
                { "name": "Ola", "level": "Junior", "shift": "always", "openTickets": -1 }
            ] }
            """);
        Assert.Equal(
            ["$.members[0].shift.week.monday[0].open", "$.members[1].openTickets"],
            result.Problems.Select(p => p.PropertyName).Order(StringComparer.Ordinal));
        Assert.Contains(result.Problems, p => p.ErrorMessage == "must be at least 0, got -1.");
    }

    [Fact]
    public void Read_MissingMembers_IsAProblem()
    {
        Assert.Equal("$.members", Assert.Single(TeamJson.Read("{}").Problems).PropertyName);
    }
}
