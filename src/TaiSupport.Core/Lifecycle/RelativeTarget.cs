using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Lifecycle;

/// <summary>
/// A relative target (issue 14 item 3): "N working days from the clock's start, at an instant of that day", on the
/// clock's calendar, through <see cref="BusinessCalendar.AddWorkingDays(Instant, int, WorkingDayMode, LocalTime)"/>.
/// The due is the first such instant strictly after the start: when the day the count lands on has already reached
/// it (zero days, or a start after that day's hours), the count moves one working day further.
/// </summary>
/// <param name="Days">Working days to move, 0 to 366: 0 is the start's own working day (or the next one), 1 the next.</param>
/// <param name="Mode">Which instant of that day: its end, its start, the start's clock time (clamped into the day's hours) or <see cref="At"/>.</param>
/// <example>
/// <code>
/// var nextDayAt16 = WorkingDayTarget.NextWorkingDayAt(new LocalTime(16, 0));   // "next business day by 16:00"
/// var endOfDay = WorkingDayTarget.EndOfWorkingDay;                             // "end of the business day"
/// var twoDays = new WorkingDayTarget(2, WorkingDayMode.SameLocalTime);         // "2 business days at the same time"
/// </code>
/// </example>
public sealed record WorkingDayTarget(int Days, WorkingDayMode Mode)
{
    /// <summary>"End of the business day": the closing of the start's working day (the next working day's when the start is after it).</summary>
    public static WorkingDayTarget EndOfWorkingDay { get; } = new(0, WorkingDayMode.EndOfDay);

    /// <summary>The local clock time used by <see cref="WorkingDayMode.AtLocalTime"/>; not clamped into the day's hours.</summary>
    /// <value>The default is midnight (only read by <see cref="WorkingDayMode.AtLocalTime"/>).</value>
    public LocalTime At { get; init; } = LocalTime.Midnight;

    /// <summary>"Next business day at <paramref name="at"/>".</summary>
    /// <param name="at">The local clock time.</param>
    /// <returns>The target.</returns>
    public static WorkingDayTarget NextWorkingDayAt(LocalTime at) => new(1, WorkingDayMode.AtLocalTime) { At = at };

    /// <summary>The due of this target for a clock started at <paramref name="start"/> on <paramref name="calendar"/>; null when the calendar runs out of working days.</summary>
    /// <param name="calendar">The clock's calendar (its zone gives the local days and times).</param>
    /// <param name="start">When the clock started.</param>
    /// <returns>The due, strictly after <paramref name="start"/>, or null.</returns>
    public Instant? DueFrom(BusinessCalendar calendar, Instant start)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            var due = calendar.AddWorkingDays(start, Days, Mode, At);
            if (due <= start)
            {
                due = calendar.AddWorkingDays(start, Days + 1, Mode, At);
            }

            return due > start ? due : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The target in words, as the trace writes it: <c>end of the working day</c>, <c>1 working day on at 16:00</c>, <c>2 working days on at the same clock time</c>.</summary>
    /// <returns>The words.</returns>
    public string Describe()
    {
        var when = Mode switch
        {
            WorkingDayMode.EndOfDay => "end of",
            WorkingDayMode.StartOfDay => "start of",
            WorkingDayMode.AtLocalTime => $"{At.ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture)} on",
            _ => "same clock time on",
        };
        var day = Days switch
        {
            0 => "the working day",
            1 => "the next working day",
            _ => $"working day +{Days}",
        };
        return $"{when} {day}";
    }
}

/// <summary>
/// Switches a clock to a relative target for the tickets it matches (issue 14 item 3): the first rule in
/// <see cref="TicketLifePolicy.RelativeTargets"/> whose clock, tiers, priorities and channels match the ticket decides.
/// Applies to <c>acknowledge</c>, <c>firstResponse</c>, <c>assignment</c> (the due itself) and <c>resolution</c> (the
/// open time from the start to that due becomes the target, so pauses still push it out); not to <c>nextReply</c>.
/// </summary>
/// <param name="Clock">The clock.</param>
/// <param name="Target">The relative target.</param>
public sealed record RelativeTargetRule(TicketClock Clock, WorkingDayTarget Target)
{
    /// <summary>The tiers it applies to; empty means every tier.</summary>
    /// <value>The default is empty.</value>
    public ImmutableSortedSet<Tier> Tiers { get; init; } = [];

    /// <summary>The priorities it applies to; empty means every priority.</summary>
    /// <value>The default is empty.</value>
    public ImmutableSortedSet<Priority> Priorities { get; init; } = [];

    /// <summary>The channels it applies to; empty means every channel.</summary>
    /// <value>The default is empty.</value>
    public ImmutableSortedSet<TicketChannel> Channels { get; init; } = [];

    /// <summary>Whether the rule applies to a clock of a ticket in this cell and channel.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>True when it applies.</returns>
    public bool Matches(TicketClock clock, Tier tier, Priority priority, TicketChannel channel) =>
        clock == Clock
        && (Tiers.IsEmpty || Tiers.Contains(tier))
        && (Priorities.IsEmpty || Priorities.Contains(priority))
        && (Channels.IsEmpty || Channels.Contains(channel));
}
