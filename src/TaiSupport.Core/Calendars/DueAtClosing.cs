namespace TaiSupport.Core.Calendars;

/// <summary>
/// How <see cref="BusinessCalendar.Add(NodaTime.Instant, NodaTime.Duration)"/> reports a due instant that lands exactly
/// on a closing.
/// </summary>
/// <remarks>
/// Example: Mon–Fri 09:00–17:00, a ticket at 16:00 with a 60-minute target. The open time reaches 60 minutes
/// at 17:00, the closing instant itself. <see cref="ClosingInstant"/> reports 17:00 (D3: the earliest instant);
/// <see cref="NextOpening"/> reports the next morning's 09:00, as some helpdesk tools do.
/// </remarks>
public enum DueAtClosing
{
    /// <summary>Report the closing instant itself (the default, D3).</summary>
    ClosingInstant = 0,

    /// <summary>Report the next opening instead.</summary>
    NextOpening = 1,
}
