using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace TaiSupport.Core.OnCall;

/// <summary>One assigned shift: who holds the shift of <paramref name="Level"/> that starts on the hand-off date <paramref name="Date"/>.</summary>
/// <param name="Level">The rotation's level.</param>
/// <param name="Date">The shift's hand-off date (see <see cref="Rotation.IsHandOffDate"/>).</param>
/// <param name="Person">Who holds it.</param>
public sealed record OnCallShift(OnCallLevel Level, LocalDate Date, string Person)
{
    /// <summary>The local hand-off time of a shift of an hour-based rotation (issue 17); null for day and month lengths.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>True when this is the assignment of <paramref name="slot"/> (same hand-off date and time).</summary>
    /// <param name="slot">A shift of this shift's rotation.</param>
    /// <returns>True when it is.</returns>
    public bool Holds(RotationSlot slot) => Date == slot.Date && Time == slot.Time;
}

/// <summary>
/// Someone covers an interval of a level for the shift's holder (manual §5.1): a doctor's appointment, a wedding, a
/// night swapped. Inside <c>[Start, End)</c> <see cref="Person"/> is on call instead; later overrides win over earlier ones.
/// </summary>
/// <param name="Level">The level covered.</param>
/// <param name="Start">When the cover starts (inclusive).</param>
/// <param name="End">When it ends (exclusive).</param>
/// <param name="Person">Who covers.</param>
public sealed record OnCallOverride(OnCallLevel Level, Instant Start, Instant End, string Person)
{
    /// <summary>Whom the cover is for; when given it must be the shift holder throughout (a typo check).</summary>
    public string? For { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// A rota: a team, the period it was planned for, the assigned shifts of each level and any overrides. Produced by
/// <see cref="RotaGenerator"/>, read from JSON by <see cref="OnCallJson"/>, or written by hand; checked by
/// <see cref="RotaChecker"/>; compiled by <see cref="Compile"/> to answer who is on call.
/// </summary>
/// <remarks>
/// <para>The period <c>[From, To)</c> runs, for each rotation, from its hand-off time on <see cref="From"/> to its
/// hand-off time on <see cref="To"/>; the rota holds every shift that overlaps it. Consecutive periods therefore join
/// without a gap, and the shift straddling the boundary appears in both (see docs/oncall.md).</para>
/// <para>A missing shift is a gap: nobody is on call then, and the checker says so (<c>oncall.gap</c>).</para>
/// </remarks>
public sealed record OnCallSchedule
{
    private static readonly OnCallScheduleValidator Validator = new();

    /// <summary>The team: rotations, people and policy.</summary>
    public required OnCallTeam Team { get; init; }

    /// <summary>The first date of the planned period.</summary>
    public LocalDate From { get; init; }

    /// <summary>The date the period ends on (exclusive): <see cref="From"/> plus 13 weeks for a quarter.</summary>
    public LocalDate To { get; init; }

    /// <summary>The assigned shifts, in any order.</summary>
    public ImmutableArray<OnCallShift> Shifts { get; init; } = [];

    /// <summary>Covers, applied in order (later wins).</summary>
    public ImmutableArray<OnCallOverride> Overrides { get; init; } = [];

    /// <summary>
    /// The plain rotation that most on-call tools produce: participants in order, one shift each, repeating (§5.1
    /// "Repeat..."), for every shift that overlaps the period. It ignores the fairness rules; use
    /// <see cref="RotaGenerator"/> for a rota that is fair by construction.
    /// </summary>
    /// <param name="team">The team.</param>
    /// <param name="from">The period's first date.</param>
    /// <param name="to">The period's end date (exclusive).</param>
    /// <returns>The schedule.</returns>
    public static OnCallSchedule RoundRobin(OnCallTeam team, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(team);
        var shifts = team.Rotations.Where(r => r.Participants.Length > 0).SelectMany(rotation => RoundRobinShifts(rotation, from, to));
        return new OnCallSchedule { Team = team, From = from, To = to, Shifts = [.. shifts] };
    }

    /// <summary>Turns in order; a rotation change (issue 17) starts its new order from its first participant, as a fresh rotation would.</summary>
    private static IEnumerable<OnCallShift> RoundRobinShifts(Rotation rotation, LocalDate from, LocalDate to)
    {
        var (turn, sequence) = (0, -1);
        ImmutableArray<string> order = default;
        foreach (var slot in SlotsInPeriod(rotation, from, to))
        {
            var current = rotation.SequenceOf(slot.Index);
            if (current.Sequence != sequence)
            {
                (sequence, order, turn) = (current.Sequence, current.Order, 0);
            }

            if (!order.IsDefaultOrEmpty)
            {
                yield return new OnCallShift(rotation.Level, slot.Date, order[turn++ % order.Length]) { Time = slot.Time };
            }
        }
    }

    /// <summary>The shifts of <paramref name="rotation"/> that overlap the period <c>[from, to)</c>, measured at its hand-off time.</summary>
    /// <param name="rotation">The rotation.</param>
    /// <param name="from">The period's first date.</param>
    /// <param name="to">The period's end date (exclusive).</param>
    /// <returns>The shifts, in order.</returns>
    public static ImmutableArray<RotationSlot> SlotsInPeriod(Rotation rotation, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        return rotation.Slots(rotation.HandOff(from), rotation.HandOff(to));
    }

    /// <summary>A copy with one more override.</summary>
    /// <param name="cover">The override.</param>
    /// <returns>The new schedule.</returns>
    public OnCallSchedule WithOverride(OnCallOverride cover) => this with { Overrides = Overrides.Add(cover) };

    /// <summary>A copy in which the holders of two shifts of <paramref name="level"/> trade places (a swap).</summary>
    /// <param name="level">The level.</param>
    /// <param name="first">The hand-off date of one shift.</param>
    /// <param name="second">The hand-off date of the other.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentException">Either shift is not in the schedule.</exception>
    public OnCallSchedule Swap(OnCallLevel level, LocalDate first, LocalDate second)
    {
        var a = ShiftOn(level, first) ?? throw new ArgumentException($"No level {(int)level} shift starts on {first:uuuu-MM-dd}.", nameof(first));
        var b = ShiftOn(level, second) ?? throw new ArgumentException($"No level {(int)level} shift starts on {second:uuuu-MM-dd}.", nameof(second));
        return this with { Shifts = Shifts.Replace(a, a with { Person = b.Person }).Replace(b, b with { Person = a.Person }) };
    }

    /// <summary>The shift of <paramref name="level"/> that starts on <paramref name="date"/>, or null.</summary>
    /// <param name="level">The level.</param>
    /// <param name="date">The hand-off date.</param>
    /// <returns>The shift, or null.</returns>
    public OnCallShift? ShiftOn(OnCallLevel level, LocalDate date) => Shifts.FirstOrDefault(s => s.Level == level && s.Date == date);

    /// <summary>The shift of <paramref name="level"/> that starts on <paramref name="date"/> at the local <paramref name="time"/> (an hour-based shift; null for day and month lengths), or null.</summary>
    /// <param name="level">The level.</param>
    /// <param name="date">The hand-off date.</param>
    /// <param name="time">The local hand-off time of an hour-based shift.</param>
    /// <returns>The shift, or null.</returns>
    public OnCallShift? ShiftOn(OnCallLevel level, LocalDate date, LocalTime? time) =>
        Shifts.FirstOrDefault(s => s.Level == level && s.Date == date && s.Time == time);

    /// <summary>The assignment of the shift <paramref name="slot"/> of <paramref name="level"/>, or null (day, month and hour lengths alike).</summary>
    /// <param name="level">The level.</param>
    /// <param name="slot">A shift of the level's rotation.</param>
    /// <returns>The shift, or null.</returns>
    public OnCallShift? ShiftFor(OnCallLevel level, RotationSlot slot) => Shifts.FirstOrDefault(s => s.Level == level && s.Holds(slot));

    /// <summary>A copy in which the holders of two shifts of <paramref name="level"/> trade places; works for every shift length.</summary>
    /// <param name="level">The level.</param>
    /// <param name="first">One shift.</param>
    /// <param name="second">The other.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentException">Either shift is not in the schedule.</exception>
    public OnCallSchedule Swap(OnCallLevel level, RotationSlot first, RotationSlot second)
    {
        var a = ShiftFor(level, first) ?? throw new ArgumentException($"No level {(int)level} shift starts at {first.Label}.", nameof(first));
        var b = ShiftFor(level, second) ?? throw new ArgumentException($"No level {(int)level} shift starts at {second.Label}.", nameof(second));
        return this with { Shifts = Shifts.Replace(a, a with { Person = b.Person }).Replace(b, b with { Person = a.Person }) };
    }

    /// <summary>Validates the schedule (and its team), listing every problem with a JSON-style path.</summary>
    /// <returns>The result.</returns>
    public ValidationResult Validate() => Validator.Validate(this);

    /// <summary>Compiles the schedule for fast look-ups: who is on call at an instant, and the shifts in a range.</summary>
    /// <returns>The timeline.</returns>
    /// <exception cref="ValidationException">The schedule is invalid; every problem is listed.</exception>
    public OnCallTimeline Compile()
    {
        var result = Validate();
        return result.IsValid ? new OnCallTimeline(this) : throw new ValidationException(result.Errors);
    }
}
