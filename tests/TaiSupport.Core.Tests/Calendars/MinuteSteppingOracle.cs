using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Tests.Calendars;

/// <summary>
/// A deliberately naive reading of the wall-clock rule (D2), stepping minute by minute. It shares no code with the
/// engine: it looks at each minute's local date and time and asks the definition which shifts own it. Valid for
/// calendars whose shift times and zone offsets are whole minutes (true of tzdb offsets since 1980).
/// </summary>
public sealed class MinuteSteppingOracle(BusinessCalendarDefinition definition)
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private readonly DateTimeZone zone = DateTimeZoneProviders.Tzdb[definition.TimeZoneId];

    public bool IsOpen(Instant instant)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var time = local.TimeOfDay;
        foreach (var shift in definition.ShiftsOpeningOn(local.Date))
        {
            var afterOpen = time >= shift.Open;
            var beforeClose = shift.EndsNextDay || time < shift.Close;
            if (afterOpen && beforeClose)
            {
                return true;
            }
        }

        foreach (var shift in definition.ShiftsOpeningOn(local.Date.PlusDays(-1)))
        {
            if (shift.EndsNextDay && time < shift.Close)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts open minutes in [from, to); both on whole minutes.</summary>
    public Duration Elapsed(Instant from, Instant to)
    {
        long minutes = 0;
        for (var t = from; t < to; t += Minute)
        {
            if (IsOpen(t))
            {
                minutes++;
            }
        }

        return Duration.FromMinutes(minutes);
    }

    /// <summary>Steps until <paramref name="duration"/> (whole minutes) of open time has passed.</summary>
    public Instant Add(Instant start, Duration duration)
    {
        var remaining = (long)duration.TotalMinutes;
        var t = start;
        while (remaining > 0)
        {
            if (IsOpen(t))
            {
                remaining--;
            }

            t += Minute;
        }

        return t;
    }

    /// <summary>Steps back until <paramref name="duration"/> (whole minutes) of open time lies before <paramref name="end"/>.</summary>
    public Instant Subtract(Instant end, Duration duration)
    {
        var remaining = (long)duration.TotalMinutes;
        var t = end;
        while (remaining > 0)
        {
            t -= Minute;
            if (IsOpen(t))
            {
                remaining--;
            }
        }

        return t;
    }

    /// <summary>The first minute at or after <paramref name="start"/> that is open with the minute before closed, within <paramref name="limit"/>.</summary>
    public Instant? NextOpening(Instant start, Duration limit)
    {
        var wasOpen = IsOpen(start - Minute);
        for (var t = start; t < start + limit; t += Minute)
        {
            var open = IsOpen(t);
            if (open && !wasOpen)
            {
                return t;
            }

            wasOpen = open;
        }

        return null;
    }

    /// <summary>The first closed minute after an open one, at or after <paramref name="start"/>, within <paramref name="limit"/>.</summary>
    public Instant? NextClosing(Instant start, Duration limit)
    {
        var wasOpen = IsOpen(start - Minute);
        var t = start;
        for (; t < start + limit; t += Minute)
        {
            var open = IsOpen(t);
            if (!open && wasOpen && t > start)
            {
                return t;
            }

            wasOpen = open;
        }

        return null;
    }
}
