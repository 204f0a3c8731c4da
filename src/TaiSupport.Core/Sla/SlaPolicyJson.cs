using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// Reads and writes the SLA policy file (see <c>docs/sla.md</c>): the calendars it defines (calendar JSON, embedded by
/// id) and the target of every tier × priority, plus the optional at-risk lead, reassign grace, pausing and stopping
/// statuses, tier ranks and display zone (defaults from <see cref="SlaPolicy.Default"/>).
/// <code>
/// {
///   "timeZone": "America/Los_Angeles",
///   "targets": [
///     {"tier": "Professional", "priority": "Medium", "firstResponse": {"target": "PT4H", "calendar": "professional-hours"},
///      "resolution": {"target": "PT18H", "calendar": "professional-hours"}, "source": "§1.3; D4"}
///   ],
///   "atRiskLead": "PT30M", "reassignGrace": "PT2H",
///   "pausingStatuses": ["WaitingOnCustomer"], "stoppingStatuses": ["Resolved", "Closed"],
///   "tierRanks": {"Starter": "Low", "Professional": "Medium", "Enterprise": "High"},
///   "calendars": {"professional-hours": {"timeZone": "America/Los_Angeles", "week": {"monday": [{"open": "09:00", "close": "18:00"}]}}}
/// }
/// </code>
/// Every problem is reported at once with its JSON path; a policy with any problem is never built.
/// </summary>
public static class SlaPolicyJson
{
    private static readonly string[] Known =
    [
        "timeZone", "targets", "atRiskLead", "reassignGrace", "pausingStatuses", "stoppingStatuses", "tierRanks", "calendars", "name", "description",
    ];

    /// <summary>Reads and validates a policy file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy, or every problem.</returns>
    /// <example>
    /// <code>
    /// var loaded = SlaPolicyJson.Read(File.ReadAllText("sla-policy.json"));
    /// var evaluator = loaded.IsValid ? new SlaEvaluator(loaded.Value!) : throw new InvalidOperationException(loaded.DescribeProblems());
    /// </code>
    /// </example>
    public static LoadResult<SlaPolicy> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<SlaPolicy>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var policy = ReadPolicy(document!.RootElement, "$", input);
            return policy is not null && input.Problems.Count == 0
                ? LoadResult<SlaPolicy>.Success(policy)
                : LoadResult<SlaPolicy>.Failure(input.Problems);
        }
    }

    /// <summary>Writes a policy as indented JSON that <see cref="Read"/> reads back to the same policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Write(writer, policy);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a policy object (for aggregate policy files).</summary>
    internal static void Write(Utf8JsonWriter writer, SlaPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteString("timeZone", policy.TimeZoneId);
        writer.WriteStartArray("targets");
        foreach (var target in policy.Targets)
        {
            writer.WriteStartObject();
            writer.WriteString("tier", target.Tier.ToString());
            writer.WriteString("priority", target.Priority.ToString());
            WriteClock(writer, "firstResponse", target.FirstResponse);
            WriteClock(writer, "resolution", target.Resolution);
            writer.WriteString("source", target.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("atRiskLead", Text.IsoDuration.Format(policy.AtRiskLead));
        writer.WriteString("reassignGrace", Text.IsoDuration.Format(policy.ReassignGrace));
        WriteStatuses(writer, "pausingStatuses", policy.PausingStatuses);
        WriteStatuses(writer, "stoppingStatuses", policy.StoppingStatuses);
        writer.WriteStartObject("tierRanks");
        foreach (var (tier, rank) in policy.TierRanks)
        {
            writer.WriteString(tier.ToString(), rank.ToString());
        }

        writer.WriteEndObject();
        writer.WriteStartObject("calendars");
        foreach (var (id, calendar) in policy.Calendars)
        {
            writer.WritePropertyName(id);
            BusinessCalendarJson.Write(writer, calendar.Definition);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Reads a policy object at <paramref name="path"/>, adding every problem (the validator's too) to <paramref name="input"/>.</summary>
    /// <returns>The policy when it has no problems, else null.</returns>
    internal static SlaPolicy? ReadPolicy(JsonElement root, string path, JsonInput input)
    {
        if (!input.ExpectKind(root, JsonValueKind.Object, path, "a policy object"))
        {
            return null;
        }

        var before = input.Problems.Count;
        input.RejectUnknown(root, path, Known);
        var defaults = SlaPolicy.Default;
        var calendars = ReadCalendars(root, path, input, out var calendarIdsInFile);
        var targets = ReadTargets(root, path, input, out var everyTargetRead);
        var policy = new SlaPolicy
        {
            TimeZoneId = input.TryGet(root, "timeZone", out var zone) ? input.String(zone, JsonInput.Property(path, "timeZone")) ?? string.Empty : defaults.TimeZoneId,
            Calendars = calendars,
            Targets = targets,
            AtRiskLead = ReadDuration(root, "atRiskLead", path, input) ?? defaults.AtRiskLead,
            ReassignGrace = ReadDuration(root, "reassignGrace", path, input) ?? defaults.ReassignGrace,
            PausingStatuses = ReadStatuses(root, "pausingStatuses", path, input) ?? defaults.PausingStatuses,
            StoppingStatuses = ReadStatuses(root, "stoppingStatuses", path, input) ?? defaults.StoppingStatuses,
            TierRanks = ReadTierRanks(root, path, input) ?? defaults.TierRanks,
        };

        foreach (var failure in SlaPolicy.Validate(policy).Errors)
        {
            // Skip what only follows from a part already reported: a clock naming a calendar that is in the file but
            // broken, a missing cell when some target could not be read, anything where the reader already complained.
            var at = path + "." + failure.PropertyName;
            var consequence = failure.ErrorCode switch
            {
                SlaPolicyValidator.UnknownCalendarCode => failure.CustomState is string id && calendarIdsInFile.Contains(id),
                SlaPolicyValidator.MissingTargetCode => !everyTargetRead,
                _ => input.HasProblemAt(at),
            };
            if (!consequence)
            {
                input.Problem(at, failure.ErrorMessage);
            }
        }

        return input.Problems.Count == before ? policy : null;
    }

    private static void WriteClock(Utf8JsonWriter writer, string name, SlaClock clock)
    {
        writer.WriteStartObject(name);
        writer.WriteString("target", Text.IsoDuration.Format(clock.Target));
        writer.WriteString("calendar", clock.CalendarId);
        writer.WriteEndObject();
    }

    private static void WriteStatuses(Utf8JsonWriter writer, string name, IEnumerable<TicketStatus> statuses)
    {
        writer.WriteStartArray(name);
        foreach (var status in statuses)
        {
            writer.WriteStringValue(status.ToString());
        }

        writer.WriteEndArray();
    }

    private static ImmutableSortedDictionary<string, BusinessCalendar> ReadCalendars(
        JsonElement root, string path, JsonInput input, out HashSet<string> idsInFile)
    {
        idsInFile = new HashSet<string>(StringComparer.Ordinal);
        var calendars = ImmutableSortedDictionary.CreateBuilder<string, BusinessCalendar>(StringComparer.Ordinal);
        var mapPath = JsonInput.Property(path, "calendars");
        if (!input.TryGet(root, "calendars", out var element))
        {
            input.Problem(mapPath, "is required: define the calendars the targets run on, by id (see 'tai policy show').");
            return calendars.ToImmutable();
        }

        if (!input.ExpectKind(element, JsonValueKind.Object, mapPath, "an object of calendars by id"))
        {
            return calendars.ToImmutable();
        }

        foreach (var entry in element.EnumerateObject())
        {
            var entryPath = JsonInput.Key(mapPath, entry.Name);
            if (!idsInFile.Add(entry.Name))
            {
                input.Problem(entryPath, $"the calendar id '{entry.Name}' is defined twice.");
                continue;
            }

            if (BusinessCalendarJson.ReadDefinition(entry.Value, entryPath, input) is { } definition)
            {
                calendars[entry.Name] = BusinessCalendar.Create(definition);
            }
        }

        return calendars.ToImmutable();
    }

    private static ImmutableArray<SlaTarget> ReadTargets(JsonElement root, string path, JsonInput input, out bool everyTargetRead)
    {
        everyTargetRead = false;
        var listPath = JsonInput.Property(path, "targets");
        if (!input.TryGet(root, "targets", out var element))
        {
            input.Problem(listPath, "is required: give the first-response and resolution clocks of every tier × priority (see 'tai policy show').");
            return [];
        }

        if (!input.ExpectKind(element, JsonValueKind.Array, listPath, "an array of targets"))
        {
            return [];
        }

        everyTargetRead = true;
        var targets = ImmutableArray.CreateBuilder<SlaTarget>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            // An unreadable target stays as null so the validator's paths keep the file's indices.
            var target = ReadTarget(item, JsonInput.Index(listPath, i++), input);
            everyTargetRead &= target is not null;
            targets.Add(target!);
        }

        return targets.ToImmutable();
    }

    private static SlaTarget? ReadTarget(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a target {\"tier\", \"priority\", \"firstResponse\", \"resolution\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "tier", "priority", "firstResponse", "resolution", "source");
        var tier = ReadRequired(element, "tier", path, input, TicketJson.ReadEnum<Tier>);
        var priority = ReadRequired(element, "priority", path, input, TicketJson.ReadEnum<Priority>);
        var firstResponse = ReadClock(element, "firstResponse", path, input);
        var resolution = ReadClock(element, "resolution", path, input);
        var source = input.TryGet(element, "source", out var sourceElement) ? input.String(sourceElement, JsonInput.Property(path, "source")) : null;
        return tier is null || priority is null
            ? null
            : new SlaTarget(tier.Value, priority.Value, firstResponse!, resolution!) { Source = source ?? "SLA policy file" };
    }

    private static SlaClock? ReadClock(JsonElement target, string name, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(target, name, out var element))
        {
            input.Problem(at, "is required: give {\"target\": \"PT4H\", \"calendar\": \"…\"}.");
            return null;
        }

        if (!input.ExpectKind(element, JsonValueKind.Object, at, "a clock {\"target\": \"PT4H\", \"calendar\": \"…\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, at, "target", "calendar");
        Duration? duration = null;
        if (input.TryGet(element, "target", out _))
        {
            duration = ReadDuration(element, "target", at, input);
        }
        else
        {
            input.Problem(JsonInput.Property(at, "target"), "is required: the open time allowed, such as \"PT4H\".");
        }

        string? calendar = null;
        if (input.TryGet(element, "calendar", out var calendarElement))
        {
            calendar = input.String(calendarElement, JsonInput.Property(at, "calendar"));
        }
        else
        {
            input.Problem(JsonInput.Property(at, "calendar"), "is required: the id of one of the policy's calendars.");
        }

        // A part that could not be read is already reported; a placeholder lets the validator check the rest.
        return new SlaClock(duration ?? Duration.FromHours(1), calendar ?? string.Empty);
    }

    private static T? ReadRequired<T>(JsonElement element, string name, string path, JsonInput input, Func<JsonElement, string, JsonInput, T?> read)
        where T : struct
    {
        var at = JsonInput.Property(path, name);
        if (input.TryGet(element, name, out var value))
        {
            return read(value, at, input);
        }

        input.Problem(at, "is required.");
        return null;
    }

    private static Duration? ReadDuration(JsonElement element, string name, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, name);
        // Days are refused in SLA files: a business day is not 24 hours (D4).
        return input.TryGet(element, name, out var value) ? input.Duration(value, at, Text.IsoDurationDays.Refused) : null;
    }

    private static ImmutableSortedSet<TicketStatus>? ReadStatuses(JsonElement root, string name, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(root, name, out var element) || !input.ExpectKind(element, JsonValueKind.Array, at, "an array of statuses"))
        {
            return null;
        }

        var statuses = ImmutableSortedSet.CreateBuilder<TicketStatus>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (TicketJson.ReadEnum<TicketStatus>(item, JsonInput.Index(at, i++), input) is { } status)
            {
                statuses.Add(status);
            }
        }

        return statuses.ToImmutable();
    }

    private static ImmutableSortedDictionary<Tier, Priority>? ReadTierRanks(JsonElement root, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, "tierRanks");
        if (!input.TryGet(root, "tierRanks", out var element) || !input.ExpectKind(element, JsonValueKind.Object, at, "an object of tier → rank"))
        {
            return null;
        }

        var ranks = ImmutableSortedDictionary.CreateBuilder<Tier, Priority>();
        foreach (var entry in element.EnumerateObject())
        {
            var entryPath = JsonInput.Property(at, entry.Name);
            var tier = TicketJson.ParseEnum<Tier>(entry.Name, entryPath, input);
            var rank = TicketJson.ReadEnum<Priority>(entry.Value, entryPath, input);
            if (tier is not null && rank is not null)
            {
                ranks[tier.Value] = rank.Value;
            }
        }

        return ranks.ToImmutable();
    }
}
