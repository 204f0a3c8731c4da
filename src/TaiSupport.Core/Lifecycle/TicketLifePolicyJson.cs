using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Lifecycle;

/// <summary>
/// Reads and writes the ticket-life part of a <see cref="TicketLifePolicy"/> (the <c>ticketLife</c> section of the
/// policy pack; docs/ticket-life.md "Policy as JSON"): <c>acknowledge</c>, <c>nextReply</c>, <c>assignment</c>,
/// <c>rungs</c>, <c>relativeTargets</c>, <c>calendarChoice</c>, <c>customerCalendars</c>, <c>teamCalendars</c>,
/// <c>fixedCalendars</c>, and <c>versions</c> (D28; <see cref="ReadVersions"/>: each <c>{"effectiveFrom", "sla", …}</c>, its left-out properties the previous version's). Every property is optional (left out: the default's). The SLA part is not written here:
/// it is the pack's <c>sla</c> section, passed to <see cref="Read(string, SlaPolicy?)"/>.
/// </summary>
/// <remarks>Every problem is reported at once with its path (<c>$.rungs[2].offset</c>); the reader never throws for any text.</remarks>
/// <example>
/// <code>
/// var policy = TicketLifePolicyJson.Read(File.ReadAllText("ticket-life.json"), slaPolicy).GetValueOrThrow();
/// var life = new TicketLife(policy);
/// </code>
/// </example>
public static class TicketLifePolicyJson
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalTimePattern HourMinuteSecond = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");

    private static readonly string[] Fields =
        ["acknowledge", "nextReply", "assignment", "rungs", "relativeTargets", "calendarChoice", "customerCalendars", "teamCalendars", "fixedCalendars", "versions"];

    /// <summary>The properties of one later version: the section's, its effective instant and its SLA part.</summary>
    private static readonly string[] VersionFields = [.. Fields.Where(f => f != "versions"), "effectiveFrom", "sla"];

    /// <summary>Reads and validates the ticket-life part of a policy on the given SLA policy.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <param name="sla">The SLA policy (calendars, targets) it runs on; null for <see cref="SlaPolicy.Default"/>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<TicketLifePolicy> Read(string json, SlaPolicy? sla = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<TicketLifePolicy>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var policy = Read(document!.RootElement, "$", input, sla ?? SlaPolicy.Default);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("versions", out _))
            {
                input.Problem("$.versions", "this reader takes one policy; read a policy with versions (D28) with TicketLifePolicyJson.ReadVersions.");
            }

            return policy is not null && input.Problems.Count == 0 ? LoadResult<TicketLifePolicy>.Success(policy) : LoadResult<TicketLifePolicy>.Failure(input.Problems);
        }
    }

    /// <summary>Writes the ticket-life part (every value, not the SLA part) as indented JSON that <see cref="Read(string, SlaPolicy?)"/> reads back to an equal policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(TicketLifePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, policy);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads the object at <paramref name="path"/> and validates it on <paramref name="sla"/>; null when anything is wrong (the problems are in <paramref name="input"/>).</summary>
    internal static TicketLifePolicy? Read(JsonElement root, string path, JsonInput input, SlaPolicy sla) =>
        Read(root, path, input, sla, TicketLifePolicy.Default, Fields);

    /// <summary>As <see cref="Read(JsonElement, string, JsonInput, SlaPolicy)"/>, a left-out property keeping <paramref name="baseline"/>'s value; <paramref name="fields"/> are the known property names.</summary>
    private static TicketLifePolicy? Read(JsonElement root, string path, JsonInput input, SlaPolicy sla, TicketLifePolicy baseline, string[] fields)
    {
        if (!input.RequireText(root, path) || !input.ExpectKind(root, JsonValueKind.Object, path, "a ticket-life policy object {\"acknowledge\", \"rungs\", …}"))
        {
            return null;
        }

        var before = input.Problems.Count;
        input.RejectUnknown(root, path, fields);
        var policy = baseline with { Sla = sla };
        if (input.TryGet(root, "acknowledge", out var e) && Conversation(e, JsonInput.Property(path, "acknowledge"), input, policy.Acknowledge) is { } acknowledge)
        {
            policy = policy with { Acknowledge = acknowledge };
        }

        if (input.TryGet(root, "nextReply", out e) && Conversation(e, JsonInput.Property(path, "nextReply"), input, policy.NextReply) is { } nextReply)
        {
            policy = policy with { NextReply = nextReply };
        }

        if (input.TryGet(root, "assignment", out e) && Assignment(e, JsonInput.Property(path, "assignment"), input, policy.Assignment) is { } assignment)
        {
            policy = policy with { Assignment = assignment };
        }

        if (input.TryGet(root, "rungs", out e) && List(e, JsonInput.Property(path, "rungs"), input, Rung, "an array of rungs") is { } rungs)
        {
            policy = policy with { Rungs = rungs };
        }

        if (input.TryGet(root, "relativeTargets", out e) && List(e, JsonInput.Property(path, "relativeTargets"), input, Relative, "an array of relative target rules") is { } relative)
        {
            policy = policy with { RelativeTargets = relative };
        }

        if (input.TryGet(root, "calendarChoice", out e) && JsonValues.Enum<CalendarChoice>(e, JsonInput.Property(path, "calendarChoice"), input) is { } choice)
        {
            policy = policy with { CalendarChoice = choice };
        }

        if (input.TryGet(root, "customerCalendars", out e) && Map(e, JsonInput.Property(path, "customerCalendars"), input) is { } customers)
        {
            policy = policy with { CustomerCalendars = customers };
        }

        if (input.TryGet(root, "teamCalendars", out e) && Map(e, JsonInput.Property(path, "teamCalendars"), input) is { } teams)
        {
            policy = policy with { TeamCalendars = teams };
        }

        if (input.TryGet(root, "fixedCalendars", out e) && JsonValues.Strings(e, JsonInput.Property(path, "fixedCalendars"), input) is { } fixedIds)
        {
            policy = policy with { FixedCalendars = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, fixedIds) };
        }

        if (input.Problems.Count != before)
        {
            return null;
        }

        // The SLA part's own problems belong to its section; report the ticket-life ones here.
        var problems = TicketLifePolicy.Validate(policy).Errors.Where(f => !f.PropertyName.StartsWith("sla", StringComparison.Ordinal)).ToList();
        foreach (var problem in problems)
        {
            input.Problem(path + "." + problem.PropertyName, problem.ErrorMessage);
        }

        return problems.Count == 0 ? policy : null;
    }

    /// <summary>Writes the ticket-life part as one JSON object (camelCase names and values; tiers and priorities as in tickets).</summary>
    internal static void Write(Utf8JsonWriter writer, TicketLifePolicy policy) => Write(writer, policy, []);

    /// <summary>Writes the ticket-life part and, when there are any, its later versions (D28) as <c>versions</c> at the end.</summary>
    internal static void Write(Utf8JsonWriter writer, TicketLifePolicy policy, IReadOnlyList<TicketLifePolicyVersion> later)
    {
        writer.WriteStartObject();
        WriteFields(writer, policy);
        if (later.Count > 0)
        {
            WriteVersions(writer, policy, later);
        }

        writer.WriteEndObject();
    }

    /// <summary>The ticket-life properties of one policy, inside an object the caller opened.</summary>
    private static void WriteFields(Utf8JsonWriter writer, TicketLifePolicy policy)
    {
        writer.WritePropertyName("acknowledge");
        WriteConversation(writer, policy.Acknowledge);
        writer.WritePropertyName("nextReply");
        WriteConversation(writer, policy.NextReply);
        writer.WriteStartObject("assignment");
        WriteEnums(writer, "channels", policy.Assignment.Channels);
        writer.WriteStartArray("checks");
        foreach (var check in policy.Assignment.Checks)
        {
            writer.WriteStringValue(Time(check));
        }

        writer.WriteEndArray();
        writer.WriteString("checkCalendar", policy.Assignment.CheckCalendarId);
        writer.WriteString("target", IsoDuration.Format(policy.Assignment.Target));
        writer.WriteString("criticalTarget", IsoDuration.Format(policy.Assignment.CriticalTarget));
        writer.WriteEndObject();

        writer.WriteStartArray("rungs");
        foreach (var rung in policy.Rungs)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rung.Id);
            writer.WriteString("level", Name(rung.Level));
            writer.WriteString("offset", IsoDuration.Format(rung.Offset));
            WriteEnums(writer, "clocks", rung.Clocks);
            writer.WriteString("measure", Name(rung.Measure));
            if (rung.DeferToCalendarId is { } deferTo)
            {
                writer.WriteString("deferTo", deferTo);
            }

            writer.WriteStartArray("actions");
            foreach (var action in rung.Actions)
            {
                writer.WriteStringValue(action);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relativeTargets");
        foreach (var rule in policy.RelativeTargets)
        {
            writer.WriteStartObject();
            writer.WriteString("clock", Name(rule.Clock));
            writer.WriteNumber("days", rule.Target.Days);
            writer.WriteString("mode", Name(rule.Target.Mode));
            writer.WriteString("at", Time(rule.Target.At));
            writer.WriteStartArray("tiers");
            foreach (var tier in rule.Tiers)
            {
                writer.WriteStringValue(tier.ToString());
            }

            writer.WriteEndArray();
            writer.WriteStartArray("priorities");
            foreach (var priority in rule.Priorities)
            {
                writer.WriteStringValue(priority.ToString());
            }

            writer.WriteEndArray();
            WriteEnums(writer, "channels", rule.Channels);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("calendarChoice", Name(policy.CalendarChoice));
        WriteMap(writer, "customerCalendars", policy.CustomerCalendars);
        WriteMap(writer, "teamCalendars", policy.TeamCalendars);
        writer.WriteStartArray("fixedCalendars");
        foreach (var id in policy.FixedCalendars)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Time(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 ? HourMinute.Format(time) : HourMinuteSecond.Format(time);

    private static void WriteConversation(Utf8JsonWriter writer, ConversationClockRule rule)
    {
        writer.WriteStartObject();
        WriteEnums(writer, "channels", rule.Channels);
        writer.WriteString("target", IsoDuration.Format(rule.Target));
        writer.WriteEndObject();
    }

    private static void WriteEnums<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values)
        where T : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(Name(value));
        }

        writer.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, ImmutableSortedDictionary<string, string> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private static ConversationClockRule? Conversation(JsonElement e, string path, JsonInput input, ConversationClockRule current)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "an object {\"channels\", \"target\"}"))
        {
            return null;
        }

        input.RejectUnknown(e, path, "channels", "target");
        var rule = current;
        if (input.TryGet(e, "channels", out var c) && Set<TicketChannel>(c, JsonInput.Property(path, "channels"), input) is { } channels)
        {
            rule = rule with { Channels = channels };
        }

        if (input.TryGet(e, "target", out var t) && input.Duration(t, JsonInput.Property(path, "target")) is { } target)
        {
            rule = rule with { Target = target };
        }

        return rule;
    }

    private static AssignmentRule? Assignment(JsonElement e, string path, JsonInput input, AssignmentRule current)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "an object {\"channels\", \"checks\", \"checkCalendar\", \"target\", \"criticalTarget\"}"))
        {
            return null;
        }

        input.RejectUnknown(e, path, "channels", "checks", "checkCalendar", "target", "criticalTarget");
        var rule = current;
        if (input.TryGet(e, "channels", out var c) && Set<TicketChannel>(c, JsonInput.Property(path, "channels"), input) is { } channels)
        {
            rule = rule with { Channels = channels };
        }

        if (input.TryGet(e, "checks", out c) && List(c, JsonInput.Property(path, "checks"), input, (item, at, i) => i.Time(item, at, allowEndOfDay: false), "an array of times such as \"09:00\"") is { } checks)
        {
            rule = rule with { Checks = checks };
        }

        if (input.TryGet(e, "checkCalendar", out c) && input.String(c, JsonInput.Property(path, "checkCalendar")) is { } calendar)
        {
            rule = rule with { CheckCalendarId = calendar };
        }

        if (input.TryGet(e, "target", out c) && input.Duration(c, JsonInput.Property(path, "target")) is { } target)
        {
            rule = rule with { Target = target };
        }

        if (input.TryGet(e, "criticalTarget", out c) && input.Duration(c, JsonInput.Property(path, "criticalTarget")) is { } critical)
        {
            rule = rule with { CriticalTarget = critical };
        }

        return rule;
    }

    private static AlertRung? Rung(JsonElement e, string path, JsonInput input)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "a rung {\"id\", \"level\", \"offset\", …}"))
        {
            return null;
        }

        input.RejectUnknown(e, path, "id", "level", "offset", "clocks", "measure", "deferTo", "actions");
        var before = input.Problems.Count;
        var id = Required(e, "id", path, input) is { } i ? input.String(i, JsonInput.Property(path, "id")) : null;
        var level = Required(e, "level", path, input) is { } l ? JsonValues.Enum<AlertLevel>(l, JsonInput.Property(path, "level"), input) : null;
        var offset = Required(e, "offset", path, input) is { } o ? input.Duration(o, JsonInput.Property(path, "offset")) : null;
        if (id is null || level is null || offset is null)
        {
            return null;
        }

        var rung = new AlertRung(id, level.Value, offset.Value);
        if (input.TryGet(e, "clocks", out var c) && Set<TicketClock>(c, JsonInput.Property(path, "clocks"), input) is { } clocks)
        {
            rung = rung with { Clocks = clocks };
        }

        if (input.TryGet(e, "measure", out c) && JsonValues.Enum<OffsetMeasure>(c, JsonInput.Property(path, "measure"), input) is { } measure)
        {
            rung = rung with { Measure = measure };
        }

        if (input.TryGet(e, "deferTo", out c) && input.String(c, JsonInput.Property(path, "deferTo")) is { } deferTo)
        {
            rung = rung with { DeferToCalendarId = deferTo };
        }

        if (input.TryGet(e, "actions", out c) && JsonValues.Strings(c, JsonInput.Property(path, "actions"), input) is { } actions)
        {
            rung = rung with { Actions = actions };
        }

        return input.Problems.Count == before ? rung : null;
    }

    private static RelativeTargetRule? Relative(JsonElement e, string path, JsonInput input)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "a relative target rule {\"clock\", \"days\", \"mode\", …}"))
        {
            return null;
        }

        input.RejectUnknown(e, path, "clock", "days", "mode", "at", "tiers", "priorities", "channels");
        var before = input.Problems.Count;
        var clock = Required(e, "clock", path, input) is { } c ? JsonValues.Enum<TicketClock>(c, JsonInput.Property(path, "clock"), input) : null;
        var days = Required(e, "days", path, input) is { } d ? JsonValues.Integer(d, JsonInput.Property(path, "days"), input, 0) : null;
        var mode = Required(e, "mode", path, input) is { } m ? JsonValues.Enum<WorkingDayMode>(m, JsonInput.Property(path, "mode"), input) : null;
        var at = LocalTime.Midnight;
        if (input.TryGet(e, "at", out var a))
        {
            at = input.Time(a, JsonInput.Property(path, "at"), allowEndOfDay: false) ?? at;
        }
        else if (mode == WorkingDayMode.AtLocalTime)
        {
            input.Problem(JsonInput.Property(path, "at"), "mode atLocalTime needs a time such as \"16:00\".");
        }

        if (clock is null || days is null || mode is null)
        {
            return null;
        }

        var rule = new RelativeTargetRule(clock.Value, new WorkingDayTarget(days.Value, mode.Value) { At = at });
        if (input.TryGet(e, "tiers", out var t) && Set<Tier>(t, JsonInput.Property(path, "tiers"), input) is { } tiers)
        {
            rule = rule with { Tiers = tiers };
        }

        if (input.TryGet(e, "priorities", out t) && Set<Priority>(t, JsonInput.Property(path, "priorities"), input) is { } priorities)
        {
            rule = rule with { Priorities = priorities };
        }

        if (input.TryGet(e, "channels", out t) && Set<TicketChannel>(t, JsonInput.Property(path, "channels"), input) is { } channels)
        {
            rule = rule with { Channels = channels };
        }

        return input.Problems.Count == before ? rule : null;
    }

    private static JsonElement? Required(JsonElement e, string name, string path, JsonInput input)
    {
        if (input.TryGet(e, name, out var value))
        {
            return value;
        }

        input.Problem(JsonInput.Property(path, name), "is required.");
        return null;
    }

    private static ImmutableSortedSet<T>? Set<T>(JsonElement e, string path, JsonInput input)
        where T : struct, Enum =>
        JsonValues.Enums<T>(e, path, input) is { } values ? ImmutableSortedSet.CreateRange(values) : null;

    private static ImmutableArray<T>? List<T>(JsonElement e, string path, JsonInput input, Func<JsonElement, string, JsonInput, T?> read, string what)
        where T : class
    {
        if (!input.ExpectKind(e, JsonValueKind.Array, path, what))
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var ok = true;
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var value = read(item, JsonInput.Index(path, i++), input);
            ok &= value is not null;
            if (value is not null)
            {
                items.Add(value);
            }
        }

        return ok ? items.ToImmutable() : null;
    }

    private static ImmutableArray<LocalTime>? List(JsonElement e, string path, JsonInput input, Func<JsonElement, string, JsonInput, LocalTime?> read, string what)
    {
        if (!input.ExpectKind(e, JsonValueKind.Array, path, what))
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<LocalTime>();
        var ok = true;
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var value = read(item, JsonInput.Index(path, i++), input);
            ok &= value is not null;
            if (value is { } v)
            {
                items.Add(v);
            }
        }

        return ok ? items.ToImmutable() : null;
    }

    private static ImmutableSortedDictionary<string, string>? Map(JsonElement e, string path, JsonInput input)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "an object of id → calendar id"))
        {
            return null;
        }

        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in e.EnumerateObject())
        {
            var at = JsonInput.Key(path, SafeText.Echo(property.Name, 60));
            if (input.String(property.Value, at) is not { } id)
            {
                ok = false;
            }
            else if (!map.TryAdd(property.Name, id))
            {
                input.Problem(at, "is listed twice.");
                ok = false;
            }
        }

        return ok ? map.ToImmutable() : null;
    }

    /// <summary>Reads and validates a ticket-life section with its versions (D28) on the given SLA policy.</summary>
    /// <param name="json">The JSON text of one object (the <c>ticketLife</c> section of a pack).</param>
    /// <param name="sla">The SLA policy of the first version; null for <see cref="SlaPolicy.Default"/>.</param>
    /// <returns>Every version, earliest first (the first in force from <see cref="Instant.MinValue"/>), ready for
    /// <c>new TicketLife(versions)</c>; or every problem with its JSON path (<c>$.versions[1].rungs[0].offset</c>).</returns>
    /// <example>
    /// <code>
    /// var versions = TicketLifePolicyJson.ReadVersions(File.ReadAllText("ticket-life.json"), sla).GetValueOrThrow();
    /// var life = new TicketLife(versions);
    /// </code>
    /// </example>
    public static LoadResult<IReadOnlyList<TicketLifePolicyVersion>> ReadVersions(string json, SlaPolicy? sla = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<IReadOnlyList<TicketLifePolicyVersion>>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var (first, later) = ReadSection(document!.RootElement, "$", input, sla ?? SlaPolicy.Default);
            return first is not null && input.Problems.Count == 0
                ? LoadResult<IReadOnlyList<TicketLifePolicyVersion>>.Success(ImmutableArray.Create([new TicketLifePolicyVersion(Instant.MinValue, first), .. later]))
                : LoadResult<IReadOnlyList<TicketLifePolicyVersion>>.Failure(input.Problems);
        }
    }

    /// <summary>
    /// Writes versions as one ticket-life section that <see cref="ReadVersions"/> reads back to equal versions: the first
    /// version's properties (its SLA part is not written: that is the pack's <c>sla</c> section), then <c>versions</c>
    /// with each later version's changes (the properties that differ from the previous version; <c>sla</c> whole when
    /// it differs). One version writes exactly what <see cref="Write(TicketLifePolicy)"/> writes.
    /// </summary>
    /// <param name="versions">At least one version, earliest first; the first one's <see cref="TicketLifePolicyVersion.EffectiveFrom"/> is not written (it is in force from the beginning of time).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">No version is given.</exception>
    public static string WriteVersions(IReadOnlyList<TicketLifePolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            throw new ArgumentException("give at least one version.", nameof(versions));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, versions[0].Policy, [.. versions.Skip(1)]);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The problems of later versions (D28) with their paths under <paramref name="path"/>: order, range and each version's own policy (its SLA part included).</summary>
    internal static IEnumerable<ValidationFailure> ValidateVersions(IReadOnlyList<TicketLifePolicyVersion> later, string path)
    {
        var previous = Instant.MinValue;
        for (var i = 0; i < later.Count; i++)
        {
            var at = JsonInput.Index(JsonInput.Property(path, "versions"), i);
            var version = later[i];
            if (version is null || version.Policy is null)
            {
                yield return new ValidationFailure(at, "is required.");
                continue;
            }

            if (!SupportedDates.Contains(version.EffectiveFrom))
            {
                yield return new ValidationFailure(JsonInput.Property(at, "effectiveFrom"), $"must lie between {SupportedDates.Description} (UTC).");
            }
            else if (version.EffectiveFrom <= previous)
            {
                yield return new ValidationFailure(JsonInput.Property(at, "effectiveFrom"), i == 0
                    ? "must be a real instant (the section itself is the version in force from the beginning of time)."
                    : "must be after the previous version's effectiveFrom; list versions in time order.");
            }

            previous = version.EffectiveFrom > previous ? version.EffectiveFrom : previous;
            foreach (var failure in TicketLifePolicy.Validate(version.Policy).Errors)
            {
                yield return new ValidationFailure(JsonInput.Property(at, CamelPath(failure.PropertyName)), failure.ErrorMessage);
            }
        }
    }

    /// <summary>Reads a section: the first version's policy and the later versions; the first is null when anything is wrong (the problems are in <paramref name="input"/>).</summary>
    internal static (TicketLifePolicy? First, ImmutableArray<TicketLifePolicyVersion> Later) ReadSection(JsonElement root, string path, JsonInput input, SlaPolicy sla)
    {
        var first = Read(root, path, input, sla);
        if (root.ValueKind != JsonValueKind.Object || !input.TryGet(root, "versions", out var list))
        {
            return (first, []);
        }

        var versionsPath = JsonInput.Property(path, "versions");
        if (!input.ExpectKind(list, JsonValueKind.Array, versionsPath, "an array of versions {\"effectiveFrom\", …}"))
        {
            return (null, []);
        }

        var later = ImmutableArray.CreateBuilder<TicketLifePolicyVersion>();
        var previous = first ?? TicketLifePolicy.Default with { Sla = sla };
        var previousFrom = (Instant?)Instant.MinValue;
        var ok = first is not null;
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = JsonInput.Index(versionsPath, i++);
            var version = ReadVersion(item, at, input, previous, previousFrom);
            ok &= version is not null;
            previousFrom = version?.EffectiveFrom ?? (item.ValueKind == JsonValueKind.Object && input.TryGet(item, "effectiveFrom", out var f) && f.ValueKind == JsonValueKind.String && OffsetInstant.TryParse(f.GetString(), out var parsed, out _) ? parsed : null);
            if (version is not null)
            {
                later.Add(version);
                previous = version.Policy;
            }
        }

        return ok ? (first, later.ToImmutable()) : (null, []);
    }

    private static TicketLifePolicyVersion? ReadVersion(JsonElement e, string path, JsonInput input, TicketLifePolicy previous, Instant? previousFrom)
    {
        if (!input.ExpectKind(e, JsonValueKind.Object, path, "a version {\"effectiveFrom\", \"sla\", …ticket-life properties}"))
        {
            return null;
        }

        var before = input.Problems.Count;
        Instant? from = null;
        if (!input.TryGet(e, "effectiveFrom", out var f))
        {
            input.Problem(JsonInput.Property(path, "effectiveFrom"), "is required: the instant the version takes effect, such as \"2026-04-01T00:00:00-07:00\".");
        }
        else if (input.Instant(f, JsonInput.Property(path, "effectiveFrom")) is { } instant)
        {
            from = instant;
            if (previousFrom is { } earlier && instant <= earlier)
            {
                input.Problem(JsonInput.Property(path, "effectiveFrom"), earlier == Instant.MinValue
                    ? "must be a real instant (the section itself is the version in force from the beginning of time)."
                    : "must be after the previous version's effectiveFrom; list versions in time order.");
            }
        }

        var sla = previous.Sla;
        if (input.TryGet(e, "sla", out var s))
        {
            var slaPath = JsonInput.Property(path, "sla");
            if (input.RequireText(s, slaPath))
            {
                var read = SlaPolicyJson.Read(s.GetRawText());
                foreach (var problem in read.Problems)
                {
                    var rest = problem.PropertyName.StartsWith('$') ? problem.PropertyName[1..] : "." + problem.PropertyName;
                    input.Problem(slaPath + rest, problem.ErrorMessage);
                }

                sla = read.Value ?? sla;
            }
        }

        var policy = Read(e, path, input, sla, previous, VersionFields);
        return policy is not null && from is { } effective && input.Problems.Count == before ? new TicketLifePolicyVersion(effective, policy) : null;
    }

    private static void WriteVersions(Utf8JsonWriter writer, TicketLifePolicy first, IReadOnlyList<TicketLifePolicyVersion> later)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(first.Sla.TimeZoneId) ?? DateTimeZone.Utc;
        writer.WriteStartArray("versions");
        var previous = first;
        foreach (var version in later)
        {
            writer.WriteStartObject();
            writer.WriteString("effectiveFrom", OffsetInstant.Format(version.EffectiveFrom, zone));
            var sla = SlaPolicyJson.Write(version.Policy.Sla);
            if (sla != SlaPolicyJson.Write(previous.Sla))
            {
                using var slaDocument = JsonDocument.Parse(sla);
                writer.WritePropertyName("sla");
                slaDocument.RootElement.WriteTo(writer);
            }

            // Only the properties that differ from the previous version: a left-out property is the previous one's.
            using var was = JsonDocument.Parse(Write(previous));
            using var now = JsonDocument.Parse(Write(version.Policy));
            foreach (var property in now.RootElement.EnumerateObject())
            {
                if (!was.RootElement.TryGetProperty(property.Name, out var old) || old.GetRawText() != property.Value.GetRawText())
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
            previous = version.Policy;
        }

        writer.WriteEndArray();
    }

    /// <summary>A validator's property path (<c>Rungs[0].Offset</c>) in the JSON's camelCase (<c>rungs[0].offset</c>).</summary>
    private static string CamelPath(string path) =>
        string.Join(".", path.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? char.ToLowerInvariant(part[0]) + part[1..] : part));
}
