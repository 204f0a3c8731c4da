using NodaTime;

namespace TaiSupport.Core.Calendars;

/// <summary>The default calendars of the policy pack (D1), all in <c>America/Los_Angeles</c> with no holidays.</summary>
public static class BusinessCalendars
{
    /// <summary>The zone of every default calendar: the manual's "PT" (D1).</summary>
    public const string PacificTimeZoneId = "America/Los_Angeles";

    /// <summary>The id of <see cref="StarterHours"/> in policies.</summary>
    public const string StarterHoursId = "starter-hours";

    /// <summary>The id of <see cref="ProfessionalHours"/> in policies.</summary>
    public const string ProfessionalHoursId = "professional-hours";

    /// <summary>The id of <see cref="Always"/> in policies.</summary>
    public const string AlwaysId = "always";

    /// <summary>Mon–Fri 09:00–17:00 Pacific: Tier 1 coverage (manual §1.2, D1).</summary>
    public static BusinessCalendar StarterHours { get; } = BusinessCalendar.For(PacificTimeZoneId)
        .OpenWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    /// <summary>Mon–Fri 09:00–18:00 Pacific: Tier 2 coverage (manual §1.2, D1).</summary>
    public static BusinessCalendar ProfessionalHours { get; } = BusinessCalendar.For(PacificTimeZoneId)
        .OpenWeekdays(new LocalTime(9, 0), new LocalTime(18, 0))
        .Build();

    /// <summary>Every day 00:00–24:00 Pacific: Enterprise off-hours and 24/7 on-call (manual §1.2, §5.1, D1).</summary>
    public static BusinessCalendar Always { get; } = BusinessCalendar.For(PacificTimeZoneId)
        .OpenEveryDay(LocalTime.Midnight, LocalTime.Midnight)
        .Build();
}
