using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Benchmarks.Calendars;

/// <summary>
/// The deliberately naive baseline: steps minute by minute, converting each minute to local time and asking the
/// definition which shifts own it (the same reading as the tests' oracle). What every helpdesk script does first.
/// </summary>
internal sealed class NaiveMinuteCalendar(BusinessCalendarDefinition definition)
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private readonly DateTimeZone zone = DateTimeZoneProviders.Tzdb[definition.TimeZoneId];

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

    private bool IsOpen(Instant instant)
    {
        var local = instant.InZone(zone).LocalDateTime;
        foreach (var shift in definition.ShiftsOpeningOn(local.Date))
        {
            if (local.TimeOfDay >= shift.Open && (shift.EndsNextDay || local.TimeOfDay < shift.Close))
            {
                return true;
            }
        }

        foreach (var shift in definition.ShiftsOpeningOn(local.Date.PlusDays(-1)))
        {
            if (shift.EndsNextDay && local.TimeOfDay < shift.Close)
            {
                return true;
            }
        }

        return false;
    }
}
