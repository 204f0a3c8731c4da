using System.Collections.Immutable;
using System.Text.Json;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// Reads a team from JSON (see <c>docs/triage-and-escalation.md</c>, "Team JSON"):
/// <code>
/// {
///   "calendars": { "emea": { "timeZone": "Europe/Dublin", "week": { … } } },
///   "members": [
///     { "name": "Dana", "level": "Senior", "shift": "professional-hours", "openTickets": 3, "handledTickets": ["T7"] },
///     { "name": "Ola", "level": "Junior", "shift": "emea", "openTickets": 1 }
///   ]
/// }
/// </code>
/// A <c>shift</c> is a calendar id (built in: <c>starter-hours</c>, <c>professional-hours</c>, <c>always</c>; or a name
/// from <c>calendars</c> or from the caller's dictionary) or an inline calendar object. Every problem is reported at
/// once with its JSON path.
/// </summary>
public static class TeamJson
{
    /// <summary>Reads and validates a team.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">Further named calendars a <c>shift</c> may refer to.</param>
    /// <returns>The team, or every problem.</returns>
    public static LoadResult<Team> Read(string json, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<Team>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var team = Read(document!.RootElement, "$", input, calendars);
            return team is not null && input.Problems.Count == 0 ? LoadResult<Team>.Success(team) : LoadResult<Team>.Failure(input.Problems);
        }
    }

    private static Team? Read(JsonElement root, string path, JsonInput input, IReadOnlyDictionary<string, BusinessCalendar>? given)
    {
        if (!input.ExpectKind(root, JsonValueKind.Object, path, "a team object {\"members\": […]}"))
        {
            return null;
        }

        input.RejectUnknown(root, path, "calendars", "members");
        var calendars = ReadCalendars(root, path, input, given);
        var membersPath = JsonInput.Property(path, "members");
        if (!input.TryGet(root, "members", out var list))
        {
            input.Problem(membersPath, "is required: an array of team members.");
            return null;
        }

        if (!input.ExpectKind(list, JsonValueKind.Array, membersPath, "an array of team members"))
        {
            return null;
        }

        var members = ImmutableArray.CreateBuilder<AssignableAgent>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = JsonInput.Index(membersPath, i);
            var member = ReadMember(item, at, input, calendars);
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                if (names.TryGetValue(name.GetString()!, out var first))
                {
                    input.Problem(JsonInput.Property(at, "name"), $"'{name.GetString()}' is already the name of members[{first}]; names must be unique.");
                }
                else
                {
                    names[name.GetString()!] = i;
                }
            }

            if (member is not null)
            {
                members.Add(member);
            }

            i++;
        }

        return new Team(members.ToImmutable());
    }

    private static Dictionary<string, BusinessCalendar> ReadCalendars(
        JsonElement root, string path, JsonInput input, IReadOnlyDictionary<string, BusinessCalendar>? given)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal)
        {
            [BusinessCalendars.StarterHoursId] = BusinessCalendars.StarterHours,
            [BusinessCalendars.ProfessionalHoursId] = BusinessCalendars.ProfessionalHours,
            [BusinessCalendars.AlwaysId] = BusinessCalendars.Always,
        };
        foreach (var (id, calendar) in given ?? new Dictionary<string, BusinessCalendar>())
        {
            calendars[id] = calendar;
        }

        var at = JsonInput.Property(path, "calendars");
        if (input.TryGet(root, "calendars", out var element) && input.ExpectKind(element, JsonValueKind.Object, at, "an object of calendars by id"))
        {
            foreach (var entry in element.EnumerateObject())
            {
                if (BusinessCalendarJson.ReadDefinition(entry.Value, JsonInput.Key(at, entry.Name), input) is { } definition)
                {
                    calendars[entry.Name] = BusinessCalendar.Create(definition);
                }
            }
        }

        return calendars;
    }

    private static AssignableAgent? ReadMember(JsonElement item, string path, JsonInput input, Dictionary<string, BusinessCalendar> calendars)
    {
        if (!input.ExpectKind(item, JsonValueKind.Object, path, "a team member {\"name\", \"level\", \"shift\"}"))
        {
            return null;
        }

        input.RejectUnknown(item, path, "name", "level", "shift", "openTickets", "handledTickets");
        var before = input.Problems.Count;
        var name = Required(item, "name", path, input) is { } n ? input.String(n, JsonInput.Property(path, "name")) : null;
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            input.Problem(JsonInput.Property(path, "name"), "must not be blank.");
        }

        var level = Required(item, "level", path, input) is { } l ? JsonValues.Enum<TeamLevel>(l, JsonInput.Property(path, "level"), input) : null;
        var shift = Required(item, "shift", path, input) is { } s ? ReadShift(s, JsonInput.Property(path, "shift"), input, calendars) : null;
        var open = input.TryGet(item, "openTickets", out var o) ? JsonValues.Integer(o, JsonInput.Property(path, "openTickets"), input, min: 0) : 0;
        var handled = input.TryGet(item, "handledTickets", out var h) ? JsonValues.Strings(h, JsonInput.Property(path, "handledTickets"), input) : [];
        if (input.Problems.Count != before || name is null || level is null || shift is null || open is null || handled is null)
        {
            return null;
        }

        return new AssignableAgent { Name = name, Level = level.Value, Shift = shift, OpenTickets = open.Value, HandledTickets = handled.Value };
    }

    private static BusinessCalendar? ReadShift(JsonElement element, string path, JsonInput input, Dictionary<string, BusinessCalendar> calendars)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return BusinessCalendarJson.ReadDefinition(element, path, input) is { } definition ? BusinessCalendar.Create(definition) : null;
        }

        var id = input.String(element, path);
        if (id is null)
        {
            return null;
        }

        if (calendars.TryGetValue(id, out var calendar))
        {
            return calendar;
        }

        input.Problem(path, $"'{id}' is not a known calendar; use one of {string.Join(", ", calendars.Keys)} or an inline calendar object.");
        return null;
    }

    private static JsonElement? Required(JsonElement item, string name, string path, JsonInput input)
    {
        if (input.TryGet(item, name, out var value))
        {
            return value;
        }

        input.Problem(JsonInput.Property(path, name), "is required.");
        return null;
    }
}
