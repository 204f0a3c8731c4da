namespace TaiSupport.Core.Calendars;

/// <summary>
/// Which instant of the target working day <see cref="BusinessCalendar.AddWorkingDays(NodaTime.Instant, int, WorkingDayMode)"/>
/// reports (issue 13; see docs/calendars.md, "Working days").
/// </summary>
public enum WorkingDayMode
{
    /// <summary>
    /// The start's local clock time on the target day, clamped into that day's hours: before the day's first
    /// opening gives that opening, at or after its end gives its end, in a break between shifts gives the next opening.
    /// </summary>
    SameLocalTime = 0,

    /// <summary>The end of the target working day (the closing of its last open stretch).</summary>
    EndOfDay = 1,

    /// <summary>The start of the target working day (its first open instant).</summary>
    StartOfDay = 2,

    /// <summary>A given local clock time on the target day, not clamped ("next working day at 16:00").</summary>
    AtLocalTime = 3,
}
