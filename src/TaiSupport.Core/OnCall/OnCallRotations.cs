using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// The three rotations of manual §5.1 as ready values (D18), hand-offs in <c>America/Los_Angeles</c>. Add people with
/// <see cref="Rotation.WithParticipants"/>; change anything else with <c>with</c>.
/// </summary>
/// <remarks>
/// Hand-off days follow §5.1: Level 1 runs Monday–Sunday, Level 2 Sunday–Saturday, Level 3 by calendar month. Hand-off
/// times are 09:00, the start of the business day, so the outgoing person can summarise open issues at the 09:00
/// standup (§1.1, §5.2 "hand off to next on-call person"). The anchors are in January 2026 and only fix the weekday
/// (or day of month); the rotations run forwards and backwards from them.
/// </remarks>
/// <example>
/// <code>
/// var team = new OnCallTeam
/// {
///     Rotations =
///     [
///         OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica", "Alex"),
///         OnCallRotations.Engineering.WithParticipants("Priya", "Tom", "Chen", "Ana"),
///     ],
/// };
/// </code>
/// </example>
public static class OnCallRotations
{
    /// <summary>Level 1 support on-call: weekly, Monday 09:00 hand-off, weekday evenings 17:00–09:00 and weekends (§5.1, D18).</summary>
    public static Rotation Support { get; } = new()
    {
        Name = "support",
        Level = OnCallLevel.Support,
        TimeZoneId = BusinessCalendars.PacificTimeZoneId,
        ShiftLength = ShiftLength.Week,
        HandOffDate = new(2026, 1, 5),
        Coverage = CoverageWindow.EveningsAndWeekends,
    };

    /// <summary>Level 1 with the §5.1 example's weekend-only coverage, 17:00 Friday – 09:00 Monday (an option of D18).</summary>
    public static Rotation SupportWeekendOnly { get; } = Support with { Coverage = CoverageWindow.WeekendOnly };

    /// <summary>Level 2 engineering on-call: weekly, Sunday 09:00 hand-off, 24/7 (§5.1 "24/7 Sunday-Saturday", D18).</summary>
    public static Rotation Engineering { get; } = new()
    {
        Name = "engineering",
        Level = OnCallLevel.Engineering,
        TimeZoneId = BusinessCalendars.PacificTimeZoneId,
        ShiftLength = ShiftLength.Week,
        HandOffDate = new(2026, 1, 4),
        Coverage = CoverageWindow.AllHours,
    };

    /// <summary>Level 3 VP Product on-call: monthly, hand-off on the 1st at 09:00, 24/7 (§5.1, D18).</summary>
    public static Rotation VpProduct { get; } = new()
    {
        Name = "vp-product",
        Level = OnCallLevel.VpProduct,
        TimeZoneId = BusinessCalendars.PacificTimeZoneId,
        ShiftLength = ShiftLength.Month,
        HandOffDate = new(2026, 1, 1),
        Coverage = CoverageWindow.AllHours,
    };

    /// <summary>The ready rotation of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see cref="Support"/>, <see cref="Engineering"/> or <see cref="VpProduct"/>.</returns>
    public static Rotation ForLevel(OnCallLevel level) => level switch
    {
        OnCallLevel.Support => Support,
        OnCallLevel.Engineering => Engineering,
        OnCallLevel.VpProduct => VpProduct,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Levels are 1, 2 and 3."),
    };
}
