using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// Reads and writes the ticket-life part of a <see cref="TicketLifePolicy"/>, the pack's <c>ticketLife</c> section
/// (docs/ticket-life.md "Policy as JSON"), through a source-generated contract (<see cref="JsonContract"/>): every
/// property optional (left out: the default's), every problem at once with its path (<c>$.rungs[2].offset</c>), never an
/// exception. The SLA part is the pack's <c>sla</c> section, passed in; <c>versions</c> (D28) need <see cref="ReadVersions"/>.
/// </summary>
/// <example><code>var life = new TicketLife(TicketLifePolicyJson.Read(File.ReadAllText("ticket-life.json"), slaPolicy).GetValueOrThrow());</code></example>
public static class TicketLifePolicyJson
{
    private static readonly FormatContracts Contract = new(Options());
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonFormat<TicketLifeVersion> VersionFormat = new() { Contract = Contract.TicketLifeVersion, IgnoreUnknown = true };

    /// <summary>The order problems are listed in, as the hand reader listed them: unknown properties first, then this order.</summary>
    private static readonly string[] Order = ["acknowledge", "nextReply", "assignment", "rungs", "relativeTargets", "calendarChoice", "customerCalendars", "teamCalendars", "fixedCalendars",
        "id", "level", "offset", "clocks", "measure", "deferTo", "actions", "clock", "days", "mode", "at", "tiers", "priorities", "channels", "checks", "checkCalendar", "target", "criticalTarget"];

    /// <summary>Reads and validates the ticket-life part of a policy (without <c>versions</c>) on the given SLA policy.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <param name="sla">The SLA policy (calendars, targets) it runs on; null for <see cref="SlaPolicy.Default"/>.</param>
    /// <returns>The policy, or every problem with its JSON path.</returns>
    public static LoadResult<TicketLifePolicy> Read(string json, SlaPolicy? sla = null) =>
        JsonContract.ReadFile(json, (node, input) => ReadPolicy(node, "$", input, TicketLifeSection.Of(TicketLifePolicy.Default), sla ?? SlaPolicy.Default));

    /// <summary>Writes the ticket-life part (every value, not the SLA part) as indented JSON that <see cref="Read(string, SlaPolicy?)"/> reads back to an equal policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(TicketLifePolicy policy) => Node(policy ?? throw new ArgumentNullException(nameof(policy)), []).ToJsonString(Indented);

    /// <summary>Reads and validates a section with its <c>versions</c> (D28: each <c>{"effectiveFrom", "sla", …}</c>, its left-out properties the previous version's).</summary>
    /// <param name="json">The JSON text of one object (the <c>ticketLife</c> section of a pack).</param>
    /// <param name="sla">The SLA policy of the first version; null for <see cref="SlaPolicy.Default"/>.</param>
    /// <returns>Every version, earliest first (the first from <see cref="Instant.MinValue"/>), for <c>new TicketLife(versions)</c>; or every problem with its JSON path.</returns>
    public static LoadResult<IReadOnlyList<TicketLifePolicyVersion>> ReadVersions(string json, SlaPolicy? sla = null) =>
        JsonContract.ReadFile<IReadOnlyList<TicketLifePolicyVersion>>(json, (node, input) =>
            ReadSection(node, "$", input, sla ?? SlaPolicy.Default) is ({ } first, var later) ? [new(Instant.MinValue, first), .. later] : null);

    /// <summary>Writes versions as one section that <see cref="ReadVersions"/> reads back: the first version's properties, then <c>versions</c>,
    /// each with its <c>effectiveFrom</c>, its <c>sla</c> when that differs and the properties that differ from the previous version.</summary>
    /// <param name="versions">At least one version, earliest first (the first one's instant is not written).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">No version is given.</exception>
    public static string WriteVersions(IReadOnlyList<TicketLifePolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Count > 0 ? Node(versions[0].Policy, [.. versions.Skip(1)]).ToJsonString(Indented) : throw new ArgumentException("give at least one version.", nameof(versions));
    }

    /// <summary>Writes the pack's section: the policy and, when there are any, its later versions.</summary>
    internal static void Write(Utf8JsonWriter writer, TicketLifePolicy policy, IReadOnlyList<TicketLifePolicyVersion> later) => Node(policy, later).WriteTo(writer);

    /// <summary>Reads the pack's section: the first version's policy (null when anything is wrong) and the later versions.</summary>
    internal static (TicketLifePolicy? First, ImmutableArray<TicketLifePolicyVersion> Later) ReadSection(JsonElement root, string path, JsonInput input, SlaPolicy sla) =>
        input.RequireText(root, path) ? ReadSection(JsonContract.ToNode(root, path, input), path, input, sla) : (null, []);

    private static (TicketLifePolicy? First, ImmutableArray<TicketLifePolicyVersion> Later) ReadSection(JsonNode? node, string path, JsonInput input, SlaPolicy sla)
    {
        var versions = (node as JsonObject)?["versions"];
        (node as JsonObject)?.Remove("versions");
        var first = ReadPolicy(node, path, input, TicketLifeSection.Of(TicketLifePolicy.Default), sla);
        if (versions is null)
        {
            return (first, []);
        }

        if (versions is not JsonArray list)
        {
            input.Problem(path + ".versions", $"expected an array of versions {{\"effectiveFrom\", …}}, got {JsonContract.Describe(versions)}.");
            return (null, []);
        }

        var later = ImmutableArray.CreateBuilder<TicketLifePolicyVersion>();
        var (previous, previousFrom) = (first ?? TicketLifePolicy.Default with { Sla = sla }, (Instant?)Instant.MinValue);
        for (var i = 0; i < list.Count; i++)
        {
            // A version: its instant (after the previous one's), its optional whole SLA part, then the ticket-life properties it changes.
            var (at, before, item) = ($"{path}.versions[{i}]", input.Problems.Count, list[i] as JsonObject);
            var from = JsonContract.Read(list[i], at, input, VersionFormat)?.EffectiveFrom;
            if (from <= previousFrom)
            {
                input.Problem(at + ".effectiveFrom", TicketLifePolicyValidator.NotAfter(previousFrom!.Value));
            }

            var read = item?["sla"] is { } slaNode ? SlaPolicyJson.Read(slaNode.ToJsonString()) : null;
            foreach (var problem in read?.Problems ?? [])
            {
                input.Problem(at + ".sla" + (problem.PropertyName.StartsWith('$') ? problem.PropertyName[1..] : "." + problem.PropertyName), problem.ErrorMessage);
            }

            previousFrom = from;
            item?.Remove("sla");
            item?.Remove("effectiveFrom");
            if (item is not null && ReadPolicy(item, at, input, TicketLifeSection.Of(previous), read?.Value ?? previous.Sla) is { } policy && from is { } effective && input.Problems.Count == before)
            {
                later.Add(new(effective, previous = policy));
            }
        }

        return first is not null && later.Count == list.Count ? (first, later.ToImmutable()) : (null, []);
    }

    /// <summary>Reads one policy onto <paramref name="start"/> (objects merge; lists and the two calendar maps replace), then validates it on <paramref name="sla"/>.</summary>
    private static TicketLifePolicy? ReadPolicy(JsonNode? node, string path, JsonInput input, TicketLifeSection start, SlaPolicy sla)
    {
        var (local, given) = (new JsonInput(), node as JsonObject);
        foreach (var (rule, at) in (given?["relativeTargets"] as JsonArray ?? []).Select((r, i) => (r as JsonObject, $"{path}.relativeTargets[{i}]")))
        {
            // Checked while reading, as before: days from 0, and a time for atLocalTime (the record's At defaults to midnight).
            if (rule?["days"] is JsonValue days && days.TryGetValue<int>(out var d) && d < 0)
            {
                local.Problem(at + ".days", $"{d} working days is outside 0 to 366.");
            }

            if (rule?["mode"] is JsonValue mode && mode.TryGetValue<string>(out var m) && Regex.Replace(m, "[ _-]", string.Empty).Equals("atLocalTime", StringComparison.OrdinalIgnoreCase) && rule["at"] is null)
            {
                local.Problem(at + ".at", "mode atLocalTime needs a time such as \"16:00\".");
            }
        }

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

        // The SLA part's own problems belong to its section; the ticket-life ones come in the validator's order.
        var policy = file is null || local.Problems.Count > 0 ? null : file.On(sla);
        List<ValidationFailure> errors = policy is null ? [] : [.. TicketLifePolicy.Validate(policy).Errors.Where(f => !f.PropertyName.StartsWith("sla", StringComparison.Ordinal))];
        errors.ForEach(f => input.Problem(path + "." + f.PropertyName, f.ErrorMessage));
        return errors.Count == 0 ? policy : null;
    }

    private static string Rank(string path) => Regex.Replace(path, @"\.(\w+)|\[(\d+)\]", m =>
        m.Groups[1].Success ? $".{Array.IndexOf(Order, m.Groups[1].Value) + 1:D2}" : $"[{m.Groups[2].Value.PadLeft(9, '0')}");

    /// <summary>The section as a JSON object: the first policy's properties, then each later version's changes.</summary>
    private static JsonObject Node(TicketLifePolicy first, IReadOnlyList<TicketLifePolicyVersion> later)
    {
        var node = JsonSerializer.SerializeToNode(TicketLifeSection.Of(first), Contract.TicketLifeSection)!.AsObject();
        var (zone, previous) = (DateTimeZoneProviders.Tzdb.GetZoneOrNull(first.Sla.TimeZoneId) ?? DateTimeZone.Utc, first);
        foreach (var version in later)
        {
            // A later version: its instant, its SLA part when that differs, and the properties that differ from the previous version.
            var (was, sla, item) = (Node(previous, []), SlaPolicyJson.Write(version.Policy.Sla), new JsonObject { ["effectiveFrom"] = OffsetInstant.Format(version.EffectiveFrom, zone) });
            if (sla != SlaPolicyJson.Write(previous.Sla))
            {
                item["sla"] = JsonNode.Parse(sla);
            }

            foreach (var (name, value) in Node(version.Policy, []).Where(p => !JsonNode.DeepEquals(was[p.Key], p.Value)))
            {
                item[name] = value!.DeepClone();
            }

            (node["versions"] ??= new JsonArray()).AsArray().Add(item);
            previous = version.Policy;
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
        Sla = sla, Acknowledge = Acknowledge, NextReply = NextReply, CalendarChoice = CalendarChoice,
        Assignment = new(Assignment.Channels, Assignment.Checks, Assignment.CheckCalendar, Assignment.Target, Assignment.CriticalTarget),
        Rungs = [.. Rungs.Select(r => new AlertRung(r.Id, r.Level, r.Offset) { Clocks = r.Clocks ?? [], Measure = r.Measure, DeferToCalendarId = r.DeferTo, Actions = r.Actions ?? [] })],
        RelativeTargets = [.. RelativeTargets.Select(r => new RelativeTargetRule(r.Clock, new(r.Days, r.Mode) { At = r.At ?? LocalTime.Midnight }) { Tiers = r.Tiers ?? [], Priorities = r.Priorities ?? [], Channels = r.Channels ?? [] })],
        CustomerCalendars = CustomerCalendars.WithComparers(StringComparer.Ordinal), TeamCalendars = TeamCalendars.WithComparers(StringComparer.Ordinal), FixedCalendars = FixedCalendars.WithComparer(StringComparer.Ordinal),
    };

    internal sealed record AssignmentClock(ImmutableSortedSet<TicketChannel> Channels, ImmutableArray<LocalTime> Checks, string CheckCalendar, Duration Target, Duration CriticalTarget);

    internal sealed record Rung(string Id, AlertLevel Level, Duration Offset, ImmutableSortedSet<TicketClock>? Clocks = null, OffsetMeasure Measure = OffsetMeasure.Wall, string? DeferTo = null, ImmutableArray<string>? Actions = null);

    internal sealed record RelativeTarget(TicketClock Clock, int Days, WorkingDayMode Mode, LocalTime? At = null, ImmutableSortedSet<Tier>? Tiers = null, ImmutableSortedSet<Priority>? Priorities = null, ImmutableSortedSet<TicketChannel>? Channels = null);
}

/// <summary>A later version's own field (its other fields are a <see cref="TicketLifeSection"/>'s; <c>sla</c> is read whole).</summary>
internal sealed record TicketLifeVersion(Instant EffectiveFrom);
