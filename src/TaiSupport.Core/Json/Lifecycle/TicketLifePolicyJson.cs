using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Lifecycle;

/// <summary>
/// Reads and writes the ticket-life part of a <see cref="TicketLifePolicy"/> (the pack's <c>ticketLife</c> section;
/// docs/ticket-life.md "Policy as JSON"): <c>acknowledge</c>, <c>nextReply</c>, <c>assignment</c>, <c>rungs</c>,
/// <c>relativeTargets</c>, <c>calendarChoice</c>, <c>customerCalendars</c>, <c>teamCalendars</c>, <c>fixedCalendars</c>,
/// and <c>versions</c> (D28; <see cref="ReadVersions"/>: each <c>{"effectiveFrom", "sla", …}</c>, its left-out properties
/// the previous version's). Every property is optional (left out: the default's). The SLA part is the pack's <c>sla</c>
/// section, passed to <see cref="Read(string, SlaPolicy?)"/>. Read through a source-generated contract (<see cref="JsonContract"/>).
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
    private static readonly TicketLifeContract Contract = new(Options());
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonFormat<TicketLifeVersion> VersionFormat = new() { Contract = Contract.TicketLifeVersion, IgnoreUnknown = true };

    /// <summary>The order problems are listed in (unknown properties first, then the format's order), as the hand reader did.</summary>
    private static readonly string[] Order = ["acknowledge", "nextReply", "assignment", "rungs", "relativeTargets", "calendarChoice", "customerCalendars", "teamCalendars", "fixedCalendars",
        "id", "level", "offset", "clocks", "measure", "deferTo", "actions", "clock", "days", "mode", "at", "tiers", "priorities", "channels", "checks", "checkCalendar", "target", "criticalTarget"];

    /// <summary>Reads and validates the ticket-life part of a policy on the given SLA policy.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <param name="sla">The SLA policy (calendars, targets) it runs on; null for <see cref="SlaPolicy.Default"/>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<TicketLifePolicy> Read(string json, SlaPolicy? sla = null) =>
        JsonContract.ReadFile(json, (node, input) => ReadPolicy(node, "$", input, TicketLifeSection.Of(TicketLifePolicy.Default), sla ?? SlaPolicy.Default));

    /// <summary>Writes the ticket-life part (every value, not the SLA part) as indented JSON that <see cref="Read(string, SlaPolicy?)"/> reads back to an equal policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(TicketLifePolicy policy) => Node(policy ?? throw new ArgumentNullException(nameof(policy)), []).ToJsonString(Indented);

    /// <summary>Reads and validates a ticket-life section with its versions (D28) on the given SLA policy.</summary>
    /// <param name="json">The JSON text of one object (the <c>ticketLife</c> section of a pack).</param>
    /// <param name="sla">The SLA policy of the first version; null for <see cref="SlaPolicy.Default"/>.</param>
    /// <returns>Every version, earliest first (the first in force from <see cref="Instant.MinValue"/>), ready for
    /// <c>new TicketLife(versions)</c>; or every problem with its JSON path (<c>$.versions[1].rungs[0].offset</c>).</returns>
    /// <example><code>var life = new TicketLife(TicketLifePolicyJson.ReadVersions(File.ReadAllText("ticket-life.json"), sla).GetValueOrThrow());</code></example>
    public static LoadResult<IReadOnlyList<TicketLifePolicyVersion>> ReadVersions(string json, SlaPolicy? sla = null) =>
        JsonContract.ReadFile<IReadOnlyList<TicketLifePolicyVersion>>(json, (node, input) =>
            ReadSection(node, "$", input, sla ?? SlaPolicy.Default) is ({ } first, var later) ? [new(Instant.MinValue, first), .. later] : null);

    /// <summary>
    /// Writes versions as one section that <see cref="ReadVersions"/> reads back to equal versions: the first version's
    /// properties (not its SLA part: that is the pack's <c>sla</c>), then <c>versions</c> with each later version's changes
    /// (the properties that differ from the previous version; <c>sla</c> whole when it differs). One version writes
    /// exactly what <see cref="Write(TicketLifePolicy)"/> writes.
    /// </summary>
    /// <param name="versions">At least one version, earliest first; the first one's <see cref="TicketLifePolicyVersion.EffectiveFrom"/> is not written.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">No version is given.</exception>
    public static string WriteVersions(IReadOnlyList<TicketLifePolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Count > 0 ? Node(versions[0].Policy, [.. versions.Skip(1)]).ToJsonString(Indented) : throw new ArgumentException("give at least one version.", nameof(versions));
    }

    /// <summary>Writes the section and, when there are any, its later versions (D28) as <c>versions</c> at the end.</summary>
    internal static void Write(Utf8JsonWriter writer, TicketLifePolicy policy, IReadOnlyList<TicketLifePolicyVersion> later) => Node(policy, later).WriteTo(writer);

    /// <summary>Reads a section: the first version's policy and the later versions; the first is null when anything is wrong (the problems are in <paramref name="input"/>).</summary>
    internal static (TicketLifePolicy? First, ImmutableArray<TicketLifePolicyVersion> Later) ReadSection(JsonElement root, string path, JsonInput input, SlaPolicy sla) =>
        input.RequireText(root, path) ? ReadSection(JsonContract.ToNode(root, path, input), path, input, sla) : (null, []);

    /// <summary>The problems of later versions (D28) with their paths under <paramref name="path"/>: order, range and each version's own policy (its SLA part included).</summary>
    internal static IEnumerable<ValidationFailure> ValidateVersions(IReadOnlyList<TicketLifePolicyVersion> later, string path)
    {
        var previous = Instant.MinValue;
        for (var i = 0; i < later.Count; i++)
        {
            var at = $"{path}.versions[{i}]";
            if (later[i]?.Policy is not { } policy)
            {
                yield return new ValidationFailure(at, "is required.");
                continue;
            }

            var from = later[i].EffectiveFrom;
            if (!SupportedDates.Contains(from) || from <= previous)
            {
                yield return new ValidationFailure(at + ".effectiveFrom", !SupportedDates.Contains(from) ? $"must lie between {SupportedDates.Description} (UTC)." : Later(previous));
            }

            previous = from > previous ? from : previous;
            foreach (var failure in TicketLifePolicy.Validate(policy).Errors)
            {
                yield return new ValidationFailure(JsonContract.JsonPath(at, failure.PropertyName), failure.ErrorMessage);
            }
        }
    }

    private static string Later(Instant previous) => previous == Instant.MinValue
        ? "must be a real instant (the section itself is the version in force from the beginning of time)."
        : "must be after the previous version's effectiveFrom; list versions in time order.";

    private static (TicketLifePolicy? First, ImmutableArray<TicketLifePolicyVersion> Later) ReadSection(JsonNode? node, string path, JsonInput input, SlaPolicy sla)
    {
        var versions = (node as JsonObject)?["versions"];
        (node as JsonObject)?.Remove("versions");
        var first = ReadPolicy(node, path, input, TicketLifeSection.Of(TicketLifePolicy.Default), sla);
        if (versions is not JsonArray list)
        {
            if (versions is not null)
            {
                input.Problem(path + ".versions", $"expected an array of versions {{\"effectiveFrom\", …}}, got {JsonContract.Describe(versions)}.");
            }

            return versions is null ? (first, []) : (null, []);
        }

        var later = ImmutableArray.CreateBuilder<TicketLifePolicyVersion>();
        var (previous, previousFrom) = (first ?? TicketLifePolicy.Default with { Sla = sla }, (Instant?)Instant.MinValue);
        for (var i = 0; i < list.Count; i++)
        {
            var (at, before) = ($"{path}.versions[{i}]", input.Problems.Count);
            var from = JsonContract.Read(list[i], at, input, VersionFormat)?.EffectiveFrom;
            if (from <= previousFrom)
            {
                input.Problem(at + ".effectiveFrom", Later(previousFrom!.Value));
            }

            (previousFrom, var item) = (from, list[i] as JsonObject);
            var slaNode = item?["sla"];
            item?.Remove("sla");
            item?.Remove("effectiveFrom");
            var read = slaNode is null ? null : SlaPolicyJson.Read(slaNode.ToJsonString());
            foreach (var problem in read?.Problems ?? [])
            {
                input.Problem(at + ".sla" + (problem.PropertyName.StartsWith('$') ? problem.PropertyName[1..] : "." + problem.PropertyName), problem.ErrorMessage);
            }

            var policy = item is null ? null : ReadPolicy(item, at, input, TicketLifeSection.Of(previous), read?.Value ?? previous.Sla);
            if (policy is not null && from is { } effective && input.Problems.Count == before)
            {
                later.Add(new(effective, policy));
                previous = policy;
            }
        }

        return first is not null && later.Count == list.Count ? (first, later.ToImmutable()) : (null, []);
    }

    /// <summary>Reads one policy merged onto <paramref name="start"/> (objects merge; lists and the two calendar maps replace), then validates it on <paramref name="sla"/>.</summary>
    private static TicketLifePolicy? ReadPolicy(JsonNode? node, string path, JsonInput input, TicketLifeSection start, SlaPolicy sla)
    {
        var local = new JsonInput();
        foreach (var (rule, i) in ((node as JsonObject)?["relativeTargets"] as JsonArray ?? []).Select((r, i) => (r as JsonObject, i)))
        {
            if (rule?["days"] is JsonValue days && days.TryGetValue<int>(out var d) && d < 0)
            {
                local.Problem($"{path}.relativeTargets[{i}].days", $"{d} working days is outside 0 to 366.");
            }

            if (rule?["mode"] is JsonValue mode && mode.TryGetValue<string>(out var m) && Regex.Replace(m, "[ _-]", string.Empty).Equals("atLocalTime", StringComparison.OrdinalIgnoreCase) && rule["at"] is null)
            {
                local.Problem($"{path}.relativeTargets[{i}].at", "mode atLocalTime needs a time such as \"16:00\".");
            }
        }

        var given = node as JsonObject;
        var file = JsonContract.Read(node, path, local, new JsonFormat<TicketLifeSection>
        {
            Contract = Contract.TicketLifeSection,
            MergeOnto = () => start with
            {
                CustomerCalendars = given?["customerCalendars"] is null ? start.CustomerCalendars : ImmutableSortedDictionary<string, string>.Empty,
                TeamCalendars = given?["teamCalendars"] is null ? start.TeamCalendars : ImmutableSortedDictionary<string, string>.Empty,
            },
        });
        foreach (var problem in local.Problems.OrderBy(p => p.PropertyName == "$").ThenBy(p => Rank(p.PropertyName), StringComparer.Ordinal))
        {
            input.Problem(problem.PropertyName, problem.ErrorMessage);
        }

        if (file is null || local.Problems.Count > 0)
        {
            return null;
        }

        // The SLA part's own problems belong to its section; report the ticket-life ones here (in the validator's order).
        var policy = file.On(sla);
        var errors = TicketLifePolicy.Validate(policy).Errors.Where(f => !f.PropertyName.StartsWith("sla", StringComparison.Ordinal)).ToList();
        errors.ForEach(f => input.Problem(path + "." + f.PropertyName, f.ErrorMessage));
        return errors.Count == 0 ? policy : null;
    }

    private static string Rank(string path) => Regex.Replace(path, @"\.(\w+)|\[(\d+)\]", m =>
        m.Groups[1].Success ? $".{Array.IndexOf(Order, m.Groups[1].Value) + 1:D2}" : $"[{m.Groups[2].Value.PadLeft(9, '0')}");

    /// <summary>The section as a JSON object: the first policy's properties, then each later version's changes.</summary>
    private static JsonObject Node(TicketLifePolicy first, IReadOnlyList<TicketLifePolicyVersion> later)
    {
        var node = JsonSerializer.SerializeToNode(TicketLifeSection.Of(first), Contract.TicketLifeSection)!.AsObject();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(first.Sla.TimeZoneId) ?? DateTimeZone.Utc;
        var (versions, previous) = (new JsonArray(), first);
        foreach (var version in later)
        {
            var item = new JsonObject { ["effectiveFrom"] = OffsetInstant.Format(version.EffectiveFrom, zone) };
            if (SlaPolicyJson.Write(version.Policy.Sla) is var sla && sla != SlaPolicyJson.Write(previous.Sla))
            {
                item["sla"] = JsonNode.Parse(sla);
            }

            // Only the properties that differ from the previous version: a left-out property is the previous one's.
            var was = Node(previous, []);
            foreach (var (name, value) in Node(version.Policy, []).Where(p => !JsonNode.DeepEquals(was[p.Key], p.Value)))
            {
                item[name] = value!.DeepClone();
            }

            versions.Add(item);
            previous = version.Policy;
        }

        if (later.Count > 0)
        {
            node["versions"] = versions;
        }

        return node;
    }

    private static JsonSerializerOptions Options()
    {
        var options = TaiValueConverters.Options(enumNaming: JsonNamingPolicy.CamelCase);
        options.Converters.Insert(0, TaiValueConverters.EnumByName<Tier>()); // tiers and priorities as in tickets
        options.Converters.Insert(0, TaiValueConverters.EnumByName<Priority>());
        return options;
    }
}

/// <summary>The file's shape of one policy: the assignment's <c>checkCalendar</c>, a rung's <c>deferTo</c> and a relative target's flat fields differ from the records.</summary>
internal sealed record TicketLifeSection(ConversationClockRule Acknowledge, ConversationClockRule NextReply, TicketLifeSection.AssignmentClock Assignment,
    ImmutableArray<TicketLifeSection.Rung> Rungs, ImmutableArray<TicketLifeSection.RelativeTarget> RelativeTargets, CalendarChoice CalendarChoice,
    ImmutableSortedDictionary<string, string> CustomerCalendars, ImmutableSortedDictionary<string, string> TeamCalendars, ImmutableSortedSet<string> FixedCalendars)
{
    public static TicketLifeSection Of(TicketLifePolicy p) => new(p.Acknowledge, p.NextReply,
        new(p.Assignment.Channels, p.Assignment.Checks, p.Assignment.CheckCalendarId, p.Assignment.Target, p.Assignment.CriticalTarget),
        [.. p.Rungs.Select(r => new Rung(r.Id, r.Level, r.Offset, r.Clocks, r.Measure, r.DeferToCalendarId, r.Actions))],
        [.. p.RelativeTargets.Select(r => new RelativeTarget(r.Clock, r.Target.Days, r.Target.Mode, r.Target.At, r.Tiers, r.Priorities, r.Channels))],
        p.CalendarChoice, p.CustomerCalendars, p.TeamCalendars, p.FixedCalendars);

    public TicketLifePolicy On(SlaPolicy sla) => new()
    {
        Sla = sla,
        Acknowledge = Acknowledge,
        NextReply = NextReply,
        Assignment = new(Assignment.Channels, Assignment.Checks, Assignment.CheckCalendar, Assignment.Target, Assignment.CriticalTarget),
        Rungs = [.. Rungs.Select(r => new AlertRung(r.Id, r.Level, r.Offset) { Clocks = r.Clocks ?? [], Measure = r.Measure, DeferToCalendarId = r.DeferTo, Actions = r.Actions ?? [] })],
        RelativeTargets = [.. RelativeTargets.Select(r => new RelativeTargetRule(r.Clock, new WorkingDayTarget(r.Days, r.Mode) { At = r.At ?? LocalTime.Midnight })
            { Tiers = r.Tiers ?? [], Priorities = r.Priorities ?? [], Channels = r.Channels ?? [] })],
        CalendarChoice = CalendarChoice,
        CustomerCalendars = CustomerCalendars.WithComparers(StringComparer.Ordinal),
        TeamCalendars = TeamCalendars.WithComparers(StringComparer.Ordinal),
        FixedCalendars = FixedCalendars.WithComparer(StringComparer.Ordinal),
    };

    internal sealed record AssignmentClock(ImmutableSortedSet<TicketChannel> Channels, ImmutableArray<LocalTime> Checks, string CheckCalendar, Duration Target, Duration CriticalTarget);

    internal sealed record Rung(string Id, AlertLevel Level, Duration Offset, ImmutableSortedSet<TicketClock>? Clocks = null, OffsetMeasure Measure = OffsetMeasure.Wall, string? DeferTo = null, ImmutableArray<string>? Actions = null);

    internal sealed record RelativeTarget(TicketClock Clock, int Days, WorkingDayMode Mode, LocalTime? At = null, ImmutableSortedSet<Tier>? Tiers = null, ImmutableSortedSet<Priority>? Priorities = null, ImmutableSortedSet<TicketChannel>? Channels = null);
}

/// <summary>A later version's own field (the rest of the version is a <see cref="TicketLifeSection"/>).</summary>
internal sealed record TicketLifeVersion(Instant EffectiveFrom);

[JsonSerializable(typeof(TicketLifeSection))]
[JsonSerializable(typeof(TicketLifeVersion))]
internal sealed partial class TicketLifeContract : JsonSerializerContext;
