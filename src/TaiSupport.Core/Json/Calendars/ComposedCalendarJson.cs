using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Reads and writes composed calendars (issue 13): a plain calendar (<see cref="BusinessCalendarJson"/>) or an object
/// with exactly one of <c>union</c>, <c>intersect</c>, <c>except</c> holding two or more operands, each plain or
/// composed (nested up to 16 levels); <c>except</c> removes every later operand from the first. Every problem is
/// reported at once with its JSON path.
/// </summary>
/// <example><code>{ "union": [ { "timeZone": "America/Los_Angeles", "week": { … } }, { "timeZone": "Europe/Berlin", "week": { … } } ] }</code></example>
public static class ComposedCalendarJson
{
    /// <summary>Reads and validates a plain or composed calendar.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar, or every problem.</returns>
    public static LoadResult<BusinessCalendar> Read(string json) => BusinessCalendarJson.Read(json);

    /// <summary>Writes a plain or composed calendar as indented JSON that <see cref="Read"/> reads back.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BusinessCalendar calendar) => JsonContract.WriteIndented(BusinessCalendarJson.Calendar.From(calendar), BusinessCalendarJson.Format.Contract);
}
