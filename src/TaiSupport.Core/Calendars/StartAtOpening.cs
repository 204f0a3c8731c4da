namespace TaiSupport.Core.Calendars;

/// <summary>
/// How <see cref="BusinessCalendar.Subtract(NodaTime.Instant, NodaTime.Duration, StartAtOpening)"/> reports a start
/// that lands exactly on an opening: the mirror of <see cref="DueAtClosing"/>.
/// </summary>
/// <remarks>
/// Example: Mon–Fri 09:00–17:00, a due at Tuesday 10:00 and one business hour. The open time before 10:00 reaches
/// one hour back at 09:00, the opening itself. <see cref="OpeningInstant"/> reports Tuesday 09:00 (the latest such
/// instant); <see cref="PreviousClosing"/> reports Monday 17:00, which has the same open time before the due.
/// </remarks>
public enum StartAtOpening
{
    /// <summary>Report the opening instant itself (the default: the latest instant).</summary>
    OpeningInstant = 0,

    /// <summary>Report the previous closing instead (the earliest instant with the same open time up to the end).</summary>
    PreviousClosing = 1,
}
