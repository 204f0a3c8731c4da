using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// A period a person cannot be on call (manual §5.4, D19): whole local dates <see cref="From"/> to <see cref="To"/>,
/// both included, or part of a day when <see cref="StartTime"/> or <see cref="EndTime"/> is given ("off Tuesday
/// afternoon": <c>From = To = Tuesday, StartTime = 12:00</c>).
/// </summary>
/// <param name="From">The first day off.</param>
/// <param name="To">The last day off (inclusive).</param>
/// <remarks>Local times map to instants by the hand-off rule of D18: the first instant the local clock reaches the
/// time, so a time skipped by a DST change means the transition and a repeated one its first occurrence.</remarks>
public sealed record TimeOff(LocalDate From, LocalDate To)
{
    /// <summary>Free text such as "ski trip", shown in violations.</summary>
    public string? Note { get; init; }

    /// <summary>The local time on <see cref="From"/> the absence starts; null for the start of the day.</summary>
    public LocalTime? StartTime { get; init; }

    /// <summary>The local time on <see cref="To"/> the absence ends (exclusive); null for the end of the day.</summary>
    public LocalTime? EndTime { get; init; }

    /// <summary>True when the absence starts or ends inside a day.</summary>
    public bool IsPartialDay => StartTime is not null || EndTime is not null;

    /// <summary>
    /// The period as instants in <paramref name="zone"/>: from <see cref="StartTime"/> (or the start) of
    /// <see cref="From"/> to <see cref="EndTime"/> on <see cref="To"/> (or the start of the day after it).
    /// </summary>
    /// <param name="zone">The team's zone.</param>
    /// <returns>The interval; empty when the local times map to the same instant (a start and end inside a DST gap).</returns>
    public Interval In(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var start = StartTime is { } s ? Rotation.HandOff(zone, From, s) : zone.StartOfDay(From);
        var end = EndTime is { } e ? Rotation.HandOff(zone, To, e) : zone.StartOfDay(To.PlusDays(1));
        return new Interval(start, end < start ? start : end);
    }

    /// <summary>Formats as <c>2026-02-09..2026-02-15</c>, with local times when partial: <c>2026-02-10 12:00..2026-02-10</c> (to the end of that day).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{From:uuuu-MM-dd}{(StartTime is { } s ? $" {s:HH:mm}" : string.Empty)}..{To:uuuu-MM-dd}{(EndTime is { } e ? $" {e:HH:mm}" : string.Empty)}";
}

/// <summary>One person of the on-call team: how they are compensated and when they are away.</summary>
public sealed record OnCallMember
{
    /// <summary>The person's name, exactly as in rotations and schedules.</summary>
    public required string Name { get; init; }

    /// <summary>Money, or time off in lieu (manual §5.1 "OR time-off in lieu").</summary>
    /// <value>The default is <see cref="CompensationChoice.Pay"/>.</value>
    public CompensationChoice Compensation { get; init; }

    /// <summary>When the person is unavailable (D19).</summary>
    public ImmutableArray<TimeOff> TimeOff { get; init; } = [];

    /// <summary>True when the person is off on public holidays: each holiday counts as a whole day of time off.</summary>
    /// <value>The default is false: holidays only change pay and equity (docs/oncall.md, Choices).</value>
    public bool OffOnHolidays { get; init; }

    /// <summary>The holiday sets (ids of <see cref="Calendars.HolidaySets.ById"/>) of the person's region; empty for the team's.</summary>
    public ImmutableArray<string> HolidaySets { get; init; } = [];

    /// <summary>The first day the person is on the team; null when always. Before it they are treated as away.</summary>
    public LocalDate? Joins { get; init; }

    /// <summary>The first day the person is no longer on the team; null when never. From it they are treated as away.</summary>
    public LocalDate? Leaves { get; init; }
}

/// <summary>
/// An on-call team: its rotations (one per level), its people (compensation choice and time off) and its policy.
/// The input of <see cref="RotaGenerator"/>; a <see cref="OnCallSchedule"/> adds the assigned shifts.
/// </summary>
/// <remarks>Everyone named in a rotation is a member; <see cref="People"/> only needs the ones with time off or time off in lieu.</remarks>
/// <example>
/// <code>
/// var team = new OnCallTeam
/// {
///     Rotations = [OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica", "Alex")],
///     People = [new TeamMember { Name = "Sarah", TimeOff = [new TimeOff(new(2026, 2, 9), new(2026, 2, 15))] }],
/// };
/// </code>
/// </example>
public sealed partial record OnCallTeam
{
    /// <summary>The zone of dates: time off, pay periods and the schedule's period.</summary>
    /// <value>The default is <c>America/Los_Angeles</c> (D1, D18).</value>
    public string TimeZoneId { get; init; } = BusinessCalendars.PacificTimeZoneId;

    /// <summary>People with something to say about them: compensation choice and time off.</summary>
    public ImmutableArray<OnCallMember> People { get; init; } = [];

    /// <summary>The rotations, at most one per level.</summary>
    public ImmutableArray<Rotation> Rotations { get; init; } = [];

    /// <summary>The team's public-holiday calendars: ids of <see cref="Calendars.HolidaySets.ById"/> such as <c>us-federal</c>.</summary>
    public ImmutableArray<string> HolidaySets { get; init; } = [];

    /// <summary>More public holidays of the team (team-zone dates), named "team holiday".</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; init; } = [];

    /// <summary>The fairness limits and compensation this team follows.</summary>
    /// <value>The default is <see cref="OnCallPolicy.Default"/> (D19, D20).</value>
    public OnCallPolicy Policy { get; init; } = OnCallPolicy.Default;

    /// <summary>The team's zone from tzdb.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>Everyone on the team: the rotations' participants in order, then people listed only in <see cref="People"/>.</summary>
    public ImmutableArray<string> Everyone =>
        [.. Rotations.SelectMany(r => r.AllParticipants).Concat(People.Select(p => p.Name)).Distinct(StringComparer.Ordinal)];

    /// <summary>The member named <paramref name="name"/>, or a member with the defaults when not listed in <see cref="People"/>.</summary>
    /// <param name="name">The person.</param>
    /// <returns>The member.</returns>
    public OnCallMember Member(string name) =>
        People.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal)) ?? new OnCallMember { Name = name };

    /// <summary>The rotation of <paramref name="level"/>, or null.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The rotation, or null when the team has none at that level.</returns>
    public Rotation? RotationFor(OnCallLevel level) => Rotations.FirstOrDefault(r => r.Level == level);
}
