using System.Collections.Immutable;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Tests.Calendars;

namespace TaiSupport.Core.Tests.OnCall;

/// <summary>The people of the manual's §5.1 example and small builders for teams and schedules.</summary>
internal static class OnCallData
{
    public const string LosAngeles = "America/Los_Angeles";

    public static readonly string[] Support = ["Sarah", "Marcus", "Jessica", "Alex"];
    public static readonly string[] Engineers = ["Priya", "Tom", "Chen", "Ana"];
    public static readonly string[] Vps = ["VP Product #1", "VP Product #2", "VP Product #3"];

    /// <summary>Q1 2026 starts on Monday 2026-01-05 (the manual's "Jan 6-12" weeks are 2025's Mondays).</summary>
    public static readonly LocalDate Q1 = new(2026, 1, 5);

    public static OnCallTeam Team(params Rotation[] rotations) => new() { Rotations = [.. rotations] };

    public static OnCallTeam ThreeLevels() => Team(
        OnCallRotations.Support.WithParticipants(Support),
        OnCallRotations.Engineering.WithParticipants(Engineers),
        OnCallRotations.VpProduct.WithParticipants(Vps));

    public static OnCallTeam WithTimeOff(this OnCallTeam team, string person, LocalDate from, LocalDate to) =>
        team with
        {
            People = team.People.Any(p => p.Name == person)
                ? team.People.Select(p => p.Name == person ? p with { TimeOff = p.TimeOff.Add(new TimeOff(from, to)) } : p).ToImmutableArray()
                : team.People.Add(new OnCallMember { Name = person, TimeOff = [new TimeOff(from, to)] }),
        };

    public static OnCallTeam WithPolicy(this OnCallTeam team, Func<FairnessRules, FairnessRules> change) =>
        team with { Policy = team.Policy with { Fairness = change(team.Policy.Fairness) } };

    /// <summary>A schedule of one level with the given holders, one per consecutive shift from <paramref name="from"/>.</summary>
    public static OnCallSchedule Assign(OnCallTeam team, OnCallLevel level, LocalDate from, params string[] holders)
    {
        var rotation = team.RotationFor(level)!;
        var first = rotation.SlotAt(rotation.HandOff(from));
        var shifts = holders.Select((person, i) => new OnCallShift(level, rotation.ShiftLength.HandOffDate(rotation.HandOffDate, first.Index + i), person));
        var end = rotation.ShiftLength.HandOffDate(rotation.HandOffDate, first.Index + holders.Length);
        return new OnCallSchedule { Team = team, From = first.Date, To = end, Shifts = [.. shifts] };
    }

    public static Instant T(string text) => At.Parse(text);

    public static string La(Instant instant) => At.InZone(instant, LosAngeles);
}
