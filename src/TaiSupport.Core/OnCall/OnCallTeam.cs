using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>A period a person cannot be on call: whole local dates <see cref="From"/> to <see cref="To"/>, both included (manual §5.4, D19).</summary>
/// <param name="From">The first day off.</param>
/// <param name="To">The last day off (inclusive).</param>
public sealed record TimeOff(LocalDate From, LocalDate To)
{
    /// <summary>Free text such as "ski trip", shown in violations.</summary>
    public string? Note { get; init; }

    /// <summary>The period as instants in <paramref name="zone"/>: from the start of <see cref="From"/> to the start of the day after <see cref="To"/>.</summary>
    /// <param name="zone">The team's zone.</param>
    /// <returns>The interval.</returns>
    public Interval In(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new Interval(zone.AtStartOfDay(From).ToInstant(), zone.AtStartOfDay(To.PlusDays(1)).ToInstant());
    }

    /// <summary>Formats as <c>2026-02-09..2026-02-15</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{From:uuuu-MM-dd}..{To:uuuu-MM-dd}";
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
public sealed record OnCallTeam
{
    /// <summary>The zone of dates: time off, pay periods and the schedule's period.</summary>
    /// <value>The default is <c>America/Los_Angeles</c> (D1, D18).</value>
    public string TimeZoneId { get; init; } = BusinessCalendars.PacificTimeZoneId;

    /// <summary>People with something to say about them: compensation choice and time off.</summary>
    public ImmutableArray<OnCallMember> People { get; init; } = [];

    /// <summary>The rotations, at most one per level.</summary>
    public ImmutableArray<Rotation> Rotations { get; init; } = [];

    /// <summary>The fairness limits and compensation this team follows.</summary>
    /// <value>The default is <see cref="OnCallPolicy.Default"/> (D19, D20).</value>
    public OnCallPolicy Policy { get; init; } = OnCallPolicy.Default;

    /// <summary>The team's zone from tzdb.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>Everyone on the team: the rotations' participants in order, then people listed only in <see cref="People"/>.</summary>
    public ImmutableArray<string> Everyone =>
        [.. Rotations.SelectMany(r => r.Participants).Concat(People.Select(p => p.Name)).Distinct(StringComparer.Ordinal)];

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
