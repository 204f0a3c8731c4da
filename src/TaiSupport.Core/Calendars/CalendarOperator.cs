namespace TaiSupport.Core.Calendars;

/// <summary>How a composed <see cref="BusinessCalendar"/> combines its two operands.</summary>
public enum CalendarOperator
{
    /// <summary>Not composed: the calendar is compiled from its own <see cref="BusinessCalendar.Definition"/>.</summary>
    None = 0,

    /// <summary>Open when either operand is open (follow-the-sun coverage).</summary>
    Union = 1,

    /// <summary>Open when both operands are open ("customer hours that are also our hours").</summary>
    Intersect = 2,

    /// <summary>Open when the left operand is open and the right one is closed ("our hours minus a maintenance window").</summary>
    Except = 3,
}
