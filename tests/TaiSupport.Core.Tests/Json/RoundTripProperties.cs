using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// <c>Read(Write(x)) == x</c> for every format on generated NON-default values (issue 11, item 5). The values are made
/// by changing the leaves of a written document — every number, string, boolean, duration, instant, time and date the
/// writer writes — to other valid values, one at a time (a Fact that visits every leaf) and many at once (an FsCheck
/// property). A property the writer forgets, or the reader ignores, makes both fail: the changed value does not come
/// back. Not covered here (owned by other issues): on-call team/schedule JSON (issue 17) and ticket-life JSON (issue 14);
/// teams and triage requests have no writer yet.
/// </summary>
public sealed class RoundTripProperties
{
    internal sealed record Format(string Name, string Base, Func<string, (object? Value, string Problems)> Read, Func<object, string> Write, string[] FixedLeaves);

    internal static readonly Format[] Formats =
    [
        new("sla-policy", SlaPolicyJson.Write(SlaPolicy.Default), j => Of(SlaPolicyJson.Read(j)), x => SlaPolicyJson.Write((SlaPolicy)x), []),
        new("triage-policy", TriagePolicyJson.Write(TriagePolicy.Default), j => Of(TriagePolicyJson.Read(j)), x => TriagePolicyJson.Write((TriagePolicy)x), []),
        new("incident-policy", IncidentPolicyJson.Write(IncidentPolicy.Default), j => Of(IncidentPolicyJson.Read(j)), x => IncidentPolicyJson.Write((IncidentPolicy)x), []),
        new("report-policy", ReportPolicy.Default.ToJson(), j => Of(ReportPolicy.FromJson(j)), x => ((ReportPolicy)x).ToJson(), []),
        new("qa-policy", QaPolicy.Default.ToJson(), j => Of(QaPolicy.FromJson(j)), x => ((QaPolicy)x).ToJson(), ["$.ratings[3].minScore"]), // the lowest rating starts at 0 (validator)
        new("kb-upkeep-policy", KbUpkeepPolicy.Default.ToJson(), j => Of(KbUpkeepPolicy.FromJson(j)), x => ((KbUpkeepPolicy)x).ToJson(), []),
        new("customer-template-policy", CustomerTemplatePolicy.Default.ToJson(), j => Of(CustomerTemplatePolicy.FromJson(j)), x => ((CustomerTemplatePolicy)x).ToJson(), []),
        new("calendar", BusinessCalendarJson.Write(BusinessCalendars.ProfessionalHours.Definition), j => Of(BusinessCalendarJson.Read(j)), x => BusinessCalendarJson.Write(((BusinessCalendar)x).Definition), []),
        new("ticket", TicketJson.Write(TicketJson.Read(ReaderFuzzTests.Formats["ticket"].Valid).GetValueOrThrow()), j => Of(TicketJson.Read(j)), x => TicketJson.Write((Ticket)x), []),
        new("report-ticket", ReportTicketJson.Write(ReportTicketJson.Read(ReaderFuzzTests.Formats["report-ticket"].Valid).GetValueOrThrow()), j => Of(ReportTicketJson.Read(j)), x => ReportTicketJson.Write((ReportTicket)x), []),
        new("incident-record", IncidentRecordJson.Write(IncidentRecordJson.Read(Incidents.IncidentExamples.Json).GetValueOrThrow()), j => Of(IncidentRecordJson.Read(j)), x => IncidentRecordJson.Write((IncidentRecord)x), []),
    ];

    public static TheoryData<string> Names() => [.. Formats.Select(f => f.Name)];

    /// <summary>Every leaf the writer writes can be changed to another valid value, and that value comes back.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void EveryLeaf_ChangedAlone_RoundTrips(string name)
    {
        var format = Formats.Single(f => f.Name == name);
        var failures = new List<string>();
        foreach (var leaf in Leaves(JsonNode.Parse(format.Base)!, "$"))
        {
            if (leaf.Node is null or JsonArray)
            {
                continue; // optional (null or empty): nothing written to lose
            }

            var changed = Mutations(format, leaf).Take(1).ToList();
            if (changed.Count == 0)
            {
                // No other valid value on its own (a target's tier, the last rating's 0): then deleting it must show.
                var root = JsonNode.Parse(format.Base)!;
                Remove(root, leaf.Path);
                var (without, _) = format.Read(root.ToJsonString());
                var (start, _) = format.Read(format.Base);
                if (without is not null && Deep.Equal(without, start!) && !format.FixedLeaves.Contains(leaf.Path))
                {
                    failures.Add($"{leaf.Path}: cannot be changed alone, and deleting it goes unnoticed");
                }

                continue;
            }

            if (Check(format, changed[0].Json) is { } problem)
            {
                failures.Add($"{leaf.Path} → {changed[0].Candidate?.ToJsonString()}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Every settable property of the value's type is written: a property deleted from a format's table (reader and
    /// writer at once) would leave no leaf to change, so the record's own properties are the reference.
    /// </summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void EveryPropertyOfTheRecord_IsInTheWrittenDocument(string name)
    {
        var format = Formats.Single(f => f.Name == name);
        var (value, _) = format.Read(format.Base);
        var keys = Keys(JsonNode.Parse(format.Base)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = value!.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Where(n => !keys.Contains(n) && !NotInTheFormat.Contains($"{name}:{n}"))
            .ToList();
        Assert.True(missing.Count == 0, $"{name}: not written: {string.Join(", ", missing)}");
    }

    /// <summary>Properties a format spells differently or derives (checked by hand).</summary>
    private static readonly HashSet<string> NotInTheFormat = new(StringComparer.Ordinal)
    {
        "sla-policy:TimeZoneId", "report-policy:TimeZoneId", "incident-record:Zone", // written as "timeZone"
        "report-ticket:Ticket", // its fields are the line's top level
        // Optional, omitted while null, and null in the base samples (follow-up: give the samples a value for each).
        "report-ticket:Needed", "report-ticket:StatusNote", "incident-record:EscalatedAt", "incident-record:ServiceCreditPct",
        "ticket:Channel", "ticket:Customer", "ticket:Events", "ticket:Assignee", "ticket:RootCause", "ticket:ResolutionSummary", // issue 14's fields
    };

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };

    /// <summary>Many leaves changed at once: a non-default value, and <c>Read(Write(x)) == x</c>.</summary>
    [Property(MaxTest = 40)]
    public Property ManyLeavesChanged_RoundTrip() =>
        Prop.ForAll(Arb.From(Gen.Elements(Formats.Select(f => f.Name).ToArray()).SelectMany(Changes)), pair =>
        {
            var format = Formats.Single(f => f.Name == pair.Name);
            return (Check(format, pair.Json) is not { } problem).Label($"{pair.Name}: {Check(format, pair.Json)}\n{pair.Json}");
        });

    private static Gen<(string Name, string Json)> Changes(string name)
    {
        var format = Formats.Single(f => f.Name == name);
        var choices = Candidates(format);
        return Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var root = JsonNode.Parse(format.Base)!;
            var json = format.Base;
            foreach (var (path, candidates) in choices.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(12, choices.Count))))
            {
                var candidate = candidates[random.Next(candidates.Count)];
                var trial = JsonNode.Parse(json)!;
                Set(trial, path, candidate);
                if (format.Read(trial.ToJsonString()).Value is not null)
                {
                    json = trial.ToJsonString();
                }
            }

            return (name, json);
        });
    }

    private static readonly Dictionary<string, List<(string Path, List<JsonNode?> Candidates)>> CandidateCache = [];

    private static List<(string Path, List<JsonNode?> Candidates)> Candidates(Format format)
    {
        lock (CandidateCache)
        {
            if (!CandidateCache.TryGetValue(format.Name, out var list))
            {
                list = [.. Leaves(JsonNode.Parse(format.Base)!, "$")
                    .Select(leaf => (leaf.Path, Mutations(format, leaf).Select(m => m.Candidate).ToList()))
                    .Where(c => c.Item2.Count > 0)];
                CandidateCache[format.Name] = list;
            }

            return list;
        }
    }

    /// <summary>Null when <paramref name="json"/> reads to a non-default x with Write(x) ≡ json and Read(Write(x)) == x.</summary>
    private static string? Check(Format format, string json)
    {
        var (x, problems) = format.Read(json);
        if (x is null)
        {
            return "the changed document does not read: " + problems;
        }

        var written = format.Write(x);
        var (back, backProblems) = format.Read(written);
        if (back is null || !Deep.Equal(x, back))
        {
            return $"Read(Write(x)) != x {backProblems}: {written}";
        }

        // Write is a fixed point (sets may reorder what was typed, instants take the writer's zone; nothing is lost).
        if (!JsonNode.DeepEquals(Normal(JsonNode.Parse(format.Write(back))), Normal(JsonNode.Parse(written))))
        {
            return $"Write(Read(Write(x))) differs from Write(x): {written}";
        }

        var (start, _) = format.Read(format.Base);
        return json != format.Base && Deep.Equal(x, start!) ? "the changed document reads as the unchanged one" : null;
    }

    private static IEnumerable<(JsonNode? Candidate, string Json)> Mutations(Format format, (string Path, JsonNode? Node) leaf)
    {
        var (start, _) = format.Read(format.Base);
        foreach (var candidate in Others(leaf.Node))
        {
            var root = JsonNode.Parse(format.Base)!;
            Set(root, leaf.Path, candidate);
            var json = root.ToJsonString();
            var (value, _) = format.Read(json);
            if (value is not null && !Deep.Equal(value, start!))
            {
                yield return (candidate, json);
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode? Node)> Leaves(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    foreach (var leaf in Leaves(value, $"{path}.{key}"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray a when a.Count > 0:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var leaf in Leaves(a[i], $"{path}[{i}]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return (path, node);
                break;
        }
    }

    /// <summary>Instants compared as instants: a writer spells them in its zone, the mutation in any offset.</summary>
    private static JsonNode? Normal(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    o[key] = Normal(o[key]?.DeepClone());
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Normal(a[i]?.DeepClone());
                }

                return a;
            case JsonValue v when v.TryGetValue<string>(out var text) && Rfc3339.Parse(text) is { Success: true } instant:
                return JsonValue.Create(InstantPattern.General.Format(instant.Value.ToInstant()));
            default:
                return node;
        }
    }

    private static void Remove(JsonNode root, string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        var parentPath = path[..cut];
        var parent = parentPath == "$" ? root : Find(root, parentPath);
        if (path[cut] == '.')
        {
            parent!.AsObject().Remove(path[(cut + 1)..]);
        }
        else
        {
            parent!.AsArray().RemoveAt(int.Parse(path[(cut + 1)..^1], CultureInfo.InvariantCulture));
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = m.Groups[1].Success ? node![m.Groups[1].Value] : node![int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)];
        }

        return node;
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var steps = System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        var node = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            node = steps[i] is string key ? node[key]! : node[(int)steps[i]]!;
        }

        if (steps[^1] is string last)
        {
            node[last] = value?.DeepClone();
        }
        else
        {
            node[(int)steps[^1]] = value?.DeepClone();
        }
    }

    private static readonly Type[] Enums = [.. typeof(TaiValidationException).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic), typeof(IsoDayOfWeek)];

    private static readonly OffsetDateTimePattern Rfc3339 = OffsetDateTimePattern.Rfc3339;

    /// <summary>Other values of the same kind as <paramref name="node"/>, most likely valid first.</summary>
    private static IEnumerable<JsonNode?> Others(JsonNode? node)
    {
        switch (node)
        {
            case null:
                yield return "PT1H";
                yield return 1;
                yield return true;
                yield return "2026-01-26T17:00:00-08:00";
                yield return "x";
                yield return new JsonArray("x");
                yield break;
            case JsonArray:
                yield return new JsonArray("x");
                yield return new JsonArray(1);
                yield return new JsonArray("2026-01-27");
                yield return new JsonArray("Monday");
                yield return new JsonArray("PT1H");
                yield break;
        }

        var value = node.AsValue();
        if (value.TryGetValue<bool>(out var b))
        {
            yield return !b;
            yield break;
        }

        if (value.TryGetValue<decimal>(out var n))
        {
            foreach (var other in new[] { n + 1, n - 1, n * 2, n / 2, n + 0.5m, 1, 0 }.Where(o => o != n).Distinct())
            {
                yield return JsonValue.Create(other);
            }

            yield break;
        }

        var text = value.GetValue<string>();
        if (IsoDuration.TryParse(text, out var d, out _, IsoDurationDays.Refused))
        {
            foreach (var other in new[] { d + Duration.FromMinutes(1), d + Duration.FromHours(1), d * 2, d - Duration.FromMinutes(1), Duration.FromMinutes(1), d + Duration.FromMilliseconds(100), d - Duration.FromMilliseconds(100), d / 2 }.Where(o => o != d))
            {
                yield return IsoDuration.Format(other);
            }

            yield break;
        }

        if (Rfc3339.Parse(text) is { Success: true } instant)
        {
            yield return Rfc3339.Format(instant.Value.PlusHours(1));
            yield return Rfc3339.Format(instant.Value.PlusMinutes(-1));
            yield break;
        }

        if (LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text) is { Success: true } time)
        {
            yield return LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(time.Value.PlusHours(1));
            yield break;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            yield return LocalDatePattern.Iso.Format(date.Value.PlusDays(1));
            yield break;
        }

        var camel = text.Length > 0 && char.IsLower(text[0]);
        foreach (var type in Enums.Where(t => Enum.GetNames(t).Contains(text, StringComparer.OrdinalIgnoreCase)))
        {
            foreach (var other in Enum.GetNames(type).Where(o => !o.Equals(text, StringComparison.OrdinalIgnoreCase)))
            {
                yield return camel ? char.ToLowerInvariant(other[0]) + other[1..] : other;
            }
        }

        if (text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            foreach (var id in IncidentCriteria.Ids.Where(id => id != text))
            {
                yield return id;
            }
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            yield return text == "Europe/London" ? "Asia/Tokyo" : "Europe/London";
        }

        yield return text + "x";
        yield return "x";
    }

    private static (object? Value, string Problems) Of<T>(Serialization.LoadResult<T> result)
        where T : class =>
        (result.IsValid ? result.Value : null, string.Join("; ", result.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}")));

    /// <summary>Structural equality for the tests: sequences element by element, dictionaries by key, records property by property.</summary>
    internal static class Deep
    {
        public static bool Equal(object? a, object? b, int depth = 0)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is null || b is null || a.GetType() != b.GetType() || depth > 12)
            {
                return false;
            }

            var type = a.GetType();
            if (type.IsPrimitive || type.IsEnum || a is string or decimal || type.Namespace == "NodaTime" && a is not DateTimeZone)
            {
                return a.Equals(b);
            }

            switch (a)
            {
                case DateTimeZone zone:
                    return zone.Id == ((DateTimeZone)b).Id;
                case BusinessCalendar calendar:
                    return Equal(calendar.Definition, ((BusinessCalendar)b).Definition, depth + 1);
                case IDictionary da:
                    var db = (IDictionary)b;
                    return da.Count == db.Count && da.Keys.Cast<object>().All(k => db.Contains(k) && Equal(da[k], db[k], depth + 1));
                case IEnumerable ea:
                    var la = ea.Cast<object?>().ToList();
                    var lb = ((IEnumerable)b).Cast<object?>().ToList();
                    return la.Count == lb.Count && la.Zip(lb).All(p => Equal(p.First, p.Second, depth + 1));
            }

            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .All(p => Equal(p.GetValue(a), p.GetValue(b), depth + 1));
        }
    }
}
