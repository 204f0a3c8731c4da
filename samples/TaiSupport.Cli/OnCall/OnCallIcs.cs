using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.OnCall;

/// <summary>
/// Writes a rota as an iCalendar file (RFC 5545) with Ical.Net, so people can import their shifts into any calendar app.
/// One event per stretch of a level (a shift, or the part an override changed), in UTC so every app places it exactly,
/// DST or not. UIDs are stable, so re-importing an updated rota updates the events instead of duplicating them.
/// </summary>
internal static class OnCallIcs
{
    public static string Write(OnCallSchedule schedule)
    {
        var timeline = schedule.Compile();
        var calendar = new Calendar { ProductId = "-//TaiSupport.Core//tai oncall//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"On call {schedule.From:uuuu-MM-dd}..{schedule.To:uuuu-MM-dd}");
        var stamp = Utc(schedule.Team.Zone.AtLeniently(schedule.From.AtMidnight()).ToInstant()); // fixed, so the same rota gives the same file
        foreach (var level in timeline.Levels)
        {
            var rotation = timeline.Rotation(level)!;
            foreach (var segment in timeline.Segments(level).Where(s => s.Person is not null))
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"oncall-{(int)level}-{segment.Start.ToUnixTimeSeconds()}@taisupport",
                    Summary = $"On call level {(int)level} ({rotation.Name}): {segment.Person!}{(segment.IsOverride ? $" covering for {segment.Holder}" : string.Empty)}",
                    Description = $"Coverage: {rotation.Coverage.Name}. Hand-off {rotation.DescribeHandOff()}. Manual §5.1 (D18).",
                    Start = Utc(segment.Start),
                    End = Utc(segment.End),
                    DtStamp = stamp,
                    Transparency = "TRANSPARENT",
                });
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), CalDateTime.UtcTzId, true);
}
