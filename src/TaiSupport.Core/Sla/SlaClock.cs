using NodaTime;

namespace TaiSupport.Core.Sla;

/// <summary>One SLA clock of a policy cell: how much open time it allows and on which calendar it runs (manual §1.2, §2.2.5).</summary>
/// <param name="Target">The open time allowed on the calendar, such as 4 hours; positive.</param>
/// <param name="CalendarId">The id of a calendar in <see cref="SlaPolicy.Calendars"/>, such as <c>professional-hours</c>.</param>
/// <example><code>new SlaClock(Duration.FromHours(4), BusinessCalendars.ProfessionalHoursId)</code></example>
public sealed record SlaClock(Duration Target, string CalendarId);
