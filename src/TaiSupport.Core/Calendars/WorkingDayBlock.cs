using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// The working days of one fixed run of <see cref="Days"/> local dates (aligned to 1970-01-01), precomputed from
/// <see cref="BusinessCalendar.WorkingHours(LocalDate)"/>: each working day's date and hours in order, and for every
/// day how many working days come before it. Moving n working days inside a block is one array index, so working-day
/// arithmetic never repeats zone look-ups per day (issue 13; docs/calendars.md "Working days").
/// </summary>
internal sealed class WorkingDayBlock
{
    /// <summary>How many local dates a block covers.</summary>
    public const int Days = 128;

    private readonly LocalDate[] dates;
    private readonly Instant[] starts;
    private readonly Instant[] ends;
    private readonly byte[] before;

    private WorkingDayBlock(LocalDate firstDate, LocalDate[] dates, Instant[] starts, Instant[] ends, byte[] before)
    {
        FirstDate = firstDate;
        this.dates = dates;
        this.starts = starts;
        this.ends = ends;
        this.before = before;
    }

    /// <summary>The block's first local date.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>How many working days the block holds.</summary>
    public int Count => dates.Length;

    /// <summary>How many of the block's working days fall before day <paramref name="offset"/> (0 ≤ it ≤ <see cref="Days"/>).</summary>
    public int CountBefore(int offset) => before[offset];

    /// <summary>The <paramref name="rank"/>-th working day (0-based) of the block.</summary>
    public LocalDate Date(int rank) => dates[rank];

    /// <summary>The working hours of the <paramref name="rank"/>-th working day.</summary>
    public TimeStretch Hours(int rank) => new(starts[rank], ends[rank]);

    /// <summary>The days since 1970-01-01 of a proleptic ISO date (negative before it); no zone, no allocation.</summary>
    public static long EpochDay(LocalDate date)
    {
        // Howard Hinnant's days_from_civil.
        long y = date.Year;
        var m = date.Month;
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>Builds the block starting at <paramref name="firstDate"/> from the calendar's own per-day answers.</summary>
    public static WorkingDayBlock Build(LocalDate firstDate, Func<LocalDate, TimeStretch?> workingHours)
    {
        var dates = new List<LocalDate>();
        var starts = new List<Instant>();
        var ends = new List<Instant>();
        var before = new byte[Days + 1];
        var date = firstDate;
        for (var offset = 0; offset < Days; offset++, date = date.PlusDays(1))
        {
            before[offset] = (byte)dates.Count;
            if (workingHours(date) is { } hours)
            {
                dates.Add(date);
                starts.Add(hours.Start);
                ends.Add(hours.End);
            }
        }

        before[Days] = (byte)dates.Count;
        return new WorkingDayBlock(firstDate, [.. dates], [.. starts], [.. ends], before);
    }
}
