namespace TaiSupport.Core.Calendars;

/// <summary>Why a calendar is closed at an instant (<see cref="BusinessCalendar.ClosedReason(NodaTime.Instant)"/>).</summary>
public enum ClosedReason
{
    /// <summary>Not closed: the instant is open.</summary>
    Open = 0,

    /// <summary>The local date is a holiday.</summary>
    Holiday = 1,

    /// <summary>The local date has an override whose shifts (possibly none) do not cover the instant.</summary>
    Override = 2,

    /// <summary>Between two open stretches of the same local date (a lunch break, a split shift).</summary>
    BetweenShifts = 3,

    /// <summary>Before the date's first opening, after its last closing, or on a date with no shifts (a weekend).</summary>
    OutsideHours = 4,
}
