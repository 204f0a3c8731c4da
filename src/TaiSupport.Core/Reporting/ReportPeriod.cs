using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Reporting;

/// <summary>Whether a report covers a day or a week.</summary>
public enum ReportPeriodKind
{
    /// <summary>One local date: the daily dashboard (§8.1).</summary>
    Day,

    /// <summary>Seven local dates from the policy's first weekday: the weekly report (§8.2).</summary>
    Week,

    /// <summary>A calendar month: the QA audit (§9.1) and the KB dashboard (§6.3).</summary>
    Month,
}

/// <summary>
/// The local dates a report covers, in the report zone: from the start of <see cref="First"/> up to (not including) the
/// start of the day after <see cref="Last"/>. Midnight is found with the zone's rules, so a DST day is 23 or 25 hours.
/// </summary>
/// <param name="Kind">Day or week.</param>
/// <param name="First">The first local date.</param>
/// <param name="Last">The last local date (inclusive).</param>
/// <param name="Zone">The report zone (the manual's "PT", D1).</param>
/// <example><code>ReportPeriod.Week(new LocalDate(2026, 1, 22), zone, IsoDayOfWeek.Monday) // Jan 19–25, 2026</code></example>
public sealed record ReportPeriod(ReportPeriodKind Kind, LocalDate First, LocalDate Last, DateTimeZone Zone)
{
    // A period may reach a year past the supported dates (the week of 9996-12-31 ends in 9997, the one before
    // 0002-01-01's starts in 0001), still inside NodaTime's arithmetic, so End never overflows.
    private static readonly LocalDate EarliestDate = SupportedDates.First.PlusYears(-1);
    private static readonly LocalDate LatestDate = SupportedDates.Last.PlusYears(1);

    private readonly LocalDate first = Computable(First, "first");
    private readonly LocalDate last = Computable(Last, "last");

    /// <summary>The first local date, from 0001-01-01 to 9997-12-31: a year around <see cref="SupportedDates"/> (else a <see cref="TaiValidationException"/> naming <c>first</c>).</summary>
    public LocalDate First { get => first; init => first = Computable(value, "first"); }

    /// <summary>The last local date (inclusive), from 0001-01-01 to 9997-12-31 (else a <see cref="TaiValidationException"/> naming <c>last</c>).</summary>
    public LocalDate Last { get => last; init => last = Computable(value, "last"); }

    /// <summary>The first instant of the period.</summary>
    public Instant Start => Zone.StartOfDay(First);

    /// <summary>The first instant after the period.</summary>
    public Instant End => Zone.StartOfDay(Last.PlusDays(1));

    /// <summary>The period's dates, first to last.</summary>
    public IEnumerable<LocalDate> Dates
    {
        get
        {
            for (var date = First; date <= Last; date = date.PlusDays(1))
            {
                yield return date;
            }
        }
    }

    /// <summary>The day <paramref name="date"/> in <paramref name="zone"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="zone">The report zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="TaiValidationException">When <paramref name="date"/> is outside <see cref="SupportedDates"/>.</exception>
    public static ReportPeriod Day(LocalDate date, DateTimeZone zone) =>
        new(ReportPeriodKind.Day, Supported(date, nameof(date)), date, zone ?? throw new ArgumentNullException(nameof(zone)));

    /// <summary>The week containing <paramref name="anyDay"/>, starting on <paramref name="startsOn"/>.</summary>
    /// <param name="anyDay">Any date of the week.</param>
    /// <param name="zone">The report zone.</param>
    /// <param name="startsOn">The week's first day (the policy's <see cref="ReportPolicy.WeekStartsOn"/>).</param>
    /// <returns>The period.</returns>
    /// <exception cref="TaiValidationException">When <paramref name="anyDay"/> is outside <see cref="SupportedDates"/>.</exception>
    public static ReportPeriod Week(LocalDate anyDay, DateTimeZone zone, IsoDayOfWeek startsOn)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Supported(anyDay, nameof(anyDay));
        var back = ((int)anyDay.DayOfWeek - (int)startsOn + 7) % 7;
        var first = anyDay.PlusDays(-back);
        return new ReportPeriod(ReportPeriodKind.Week, first, first.PlusDays(6), zone);
    }

    /// <summary>The calendar month <paramref name="month"/> in <paramref name="zone"/>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="zone">The report zone.</param>
    /// <returns>The period.</returns>
    /// <exception cref="TaiValidationException">When a day of <paramref name="month"/> is outside <see cref="SupportedDates"/>.</exception>
    public static ReportPeriod Month(YearMonth month, DateTimeZone zone) =>
        !SupportedDates.Contains(month) ? throw OutsideRange(nameof(month)) : new(ReportPeriodKind.Month, month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)), zone ?? throw new ArgumentNullException(nameof(zone)));

    /// <summary>The period of the same kind just before this one (yesterday, last week, last month).</summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="TaiValidationException">When the previous period starts before 0001-01-01.</exception>
    public ReportPeriod Previous()
    {
        if (Kind == ReportPeriodKind.Month)
        {
            var previous = First.PlusMonths(-1);
            return Month(new YearMonth(previous.Year, previous.Month), Zone);
        }

        var days = Period.Between(First, Last, PeriodUnits.Days).Days + 1;
        return this with { First = First.PlusDays(-days), Last = Last.PlusDays(-days) };
    }

    /// <summary>True when <paramref name="instant"/> is in <c>[Start, End)</c>.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>Whether the period contains it.</returns>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>"January 26, 2026" for a day; "January 19-25, 2026" or "January 26 - February 1, 2026" for a week (§8.2 title).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var monthDay = LocalDatePattern.CreateWithInvariantCulture("MMMM d");
        var year = First.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Kind == ReportPeriodKind.Month)
        {
            return LocalDatePattern.CreateWithInvariantCulture("MMMM uuuu").Format(First);
        }

        if (First == Last)
        {
            return $"{monthDay.Format(First)}, {year}";
        }

        if (First.Year != Last.Year)
        {
            return $"{monthDay.Format(First)}, {year} - {monthDay.Format(Last)}, {Last.Year}";
        }

        return First.Month == Last.Month
            ? $"{monthDay.Format(First)}-{Last.Day}, {year}"
            : $"{monthDay.Format(First)} - {monthDay.Format(Last)}, {year}";
    }

    private static LocalDate Supported(LocalDate date, string name) => SupportedDates.Contains(date) ? date : throw OutsideRange(name);

    private static LocalDate Computable(LocalDate date, string name) =>
        date >= EarliestDate && date <= LatestDate ? date : throw new TaiValidationException("report period",
            [new FluentValidation.Results.ValidationFailure(name, $"must lie from {LocalDatePattern.Iso.Format(EarliestDate)} to {LocalDatePattern.Iso.Format(LatestDate)}, a year around the dates tai computes with ({SupportedDates.Description}).")]);

    private static TaiValidationException OutsideRange(string name) =>
        new("report period", [new FluentValidation.Results.ValidationFailure(name, $"must lie within the dates tai computes with, {SupportedDates.Description}.")]);
}
