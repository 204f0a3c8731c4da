using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using Calendar = TaiSupport.Core.Calendars.BusinessCalendarJson.Calendar;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// Reads a team from JSON (<c>docs/triage-and-escalation.md</c>, "Team JSON") through its file model's contract:
/// <c>{"calendars": {"emea": {calendar}}, "members": [{"name": "Dana", "level": "Senior", "shift": "professional-hours",
/// "openTickets": 3, "handledTickets": ["T7"]}]}</c>. A <c>shift</c> is a calendar id (built in: <c>starter-hours</c>,
/// <c>professional-hours</c>, <c>always</c>; or from <c>calendars</c> or the caller's dictionary) or an inline calendar
/// object. Every problem is reported at once with its JSON path.
/// </summary>
public static class TeamJson
{
    private static readonly JsonTypeInfo<TeamFile> Contract = new FormatContracts(BusinessCalendarJson.CalendarOptions()).EscalationTeam;

    /// <summary>Reads and validates a team.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">Further named calendars a <c>shift</c> may refer to.</param>
    /// <returns>The team, or every problem.</returns>
    public static LoadResult<Team> Read(string json, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
    {
        var known = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal)
        {
            [BusinessCalendars.StarterHoursId] = BusinessCalendars.StarterHours, [BusinessCalendars.ProfessionalHoursId] = BusinessCalendars.ProfessionalHours, [BusinessCalendars.AlwaysId] = BusinessCalendars.Always,
        };
        (calendars ?? ImmutableDictionary<string, BusinessCalendar>.Empty).ToList().ForEach(c => known[c.Key] = c.Value);

        return JsonContract.Read(json, new JsonFormat<TeamFile> { Contract = Contract, ValidateDespiteProblems = true, Validate = f => new(f.Problems(known)) }, f => f.ToTeam(known));
    }

    /// <summary>The file model.</summary>
    internal sealed record TeamFile(Member?[]? Members, ImmutableSortedDictionary<string, Calendar>? Calendars = null)
    {
        public IEnumerable<ValidationFailure> Problems(Dictionary<string, BusinessCalendar> known)
        {
            var members = Members ?? [];
            var inFile = Calendars ?? ImmutableSortedDictionary<string, Calendar>.Empty;
            inFile.Where(c => !c.Value.Problems(string.Empty, 0).Any()).ToList().ForEach(c => known[c.Key] = c.Value.ToCalendar());

            return inFile.SelectMany(c => c.Value.Problems($"calendars['{c.Key}']", 0)).Concat(members.SelectMany(Of));

            IEnumerable<ValidationFailure> Of(Member? m, int i) => m is null ? [] :
            [
                .. m.Problems($"members[{i}]", known),
                .. If(Array.FindIndex(members, n => n?.Name == m.Name) < i, $"members[{i}].name", $"'{m.Name}' is already the name of members[{Array.FindIndex(members, n => n?.Name == m.Name)}]; names must be unique."),
            ];
        }

        public Team ToTeam(Dictionary<string, BusinessCalendar> known) => new([.. Members!.Select(m => new AssignableAgent
        {
            Name = m!.Name, Level = m.Level, Shift = m.Shift.Value?.ToCalendar() ?? known[m.Shift.Name!], OpenTickets = m.OpenTickets, HandledTickets = m.HandledTickets,
        })]);
    }

    /// <summary>One member of the file; <c>shift</c> names a calendar or holds one.</summary>
    internal sealed record Member(string Name, TeamLevel Level, NameOr<Calendar> Shift, int OpenTickets = 0, ImmutableArray<string> HandledTickets = default)
    {
        public IEnumerable<ValidationFailure> Problems(string at, Dictionary<string, BusinessCalendar> known) =>
        [
            .. If(string.IsNullOrWhiteSpace(Name), $"{at}.name", "must not be blank."),
            .. If(OpenTickets < 0, $"{at}.openTickets", $"must be at least 0, got {OpenTickets}."),
            .. If(Shift?.Name is not null && !known.ContainsKey(Shift.Name), $"{at}.shift", $"'{Shift?.Name}' is not a known calendar; use one of {string.Join(", ", known.Keys)} or an inline calendar object."),
            .. Shift?.Value?.Problems($"{at}.shift", 0) ?? [],
        ];
    }

    private static IEnumerable<ValidationFailure> If(bool problem, string path, string sentence) => problem ? [new(path, sentence)] : [];
}
