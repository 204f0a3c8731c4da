using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>Where a local date begins in a zone, for every date, including one a zone skipped whole.</summary>
internal static class LocalDays
{
    /// <summary>
    /// The first instant at or after local midnight of <paramref name="date"/>: the start of the day, or (when the
    /// zone skipped the whole date, as Pacific/Apia did on 2011-12-30) the start of the next date that exists, so the
    /// skipped date is an empty day rather than an exception (NodaTime's <c>AtStartOfDay</c> throws there).
    /// </summary>
    public static Instant StartOfDay(this DateTimeZone zone, LocalDate date) =>
        zone.AtLeniently(date.AtMidnight()).ToInstant();
}
