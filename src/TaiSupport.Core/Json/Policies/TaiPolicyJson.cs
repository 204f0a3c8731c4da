using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentValidation.Results;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.Json;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Policies;

/// <summary>
/// Reads and writes a <see cref="TaiPolicy"/> pack file: one JSON object whose properties are the sections
/// (<see cref="SectionNames"/>), each in its own policy file's format and read by its own reader. A section left out
/// (or <c>null</c>) is its <c>Default</c>; <c>{}</c> is <see cref="TaiPolicy.Default"/>. Every problem of every section is
/// reported at once with its path in the pack (<c>$.sla.targets[3].firstResponse</c>); a pack with a problem is never returned.
/// </summary>
/// <example><code>var pack = TaiPolicyJson.Read(File.ReadAllText("tai-policy.json")); // pack.DescribeProblems(): "$.qa.samplePercent: ..."</code></example>
public static class TaiPolicyJson
{
    /// <summary>The sections in file order.</summary>
    internal static IReadOnlyList<TaiPolicySection> Sections { get; } =
    [
        Section("sla", p => p.Sla, (p, v) => p with { Sla = v }, SlaPolicyJson.Read, SlaPolicyJson.Write, v => SlaPolicy.Validate(v)),
        Section("triage", p => p.Triage, (p, v) => p with { Triage = v }, TriagePolicyJson.Read, TriagePolicyJson.Write, v => TriagePolicy.Validate(v)),
        Section("incidents", p => p.Incidents, (p, v) => p with { Incidents = v }, json => IncidentPolicyJson.Read(json), IncidentPolicyJson.Write, v => new IncidentPolicyValidator().Validate(v)),
        new("onCall", (pack, element, at, input) => input.Problems.Count is var before && OnCallJson.ReadPolicy(element, at, input) is var policy
            && input.Problems.Count == before && Report(input, ValidateOnCall(policy, at)) ? pack with { OnCall = policy } : pack,
            (writer, pack) => OnCallJson.WritePolicy(writer, pack.OnCall), pack => ValidateOnCall(pack.OnCall, "$.onCall")),
        Section("reports", p => p.Reports, (p, v) => p with { Reports = v }, ReportPolicy.FromJson, v => v.ToJson(), v => v.Validate()),
        Section("qa", p => p.Qa, (p, v) => p with { Qa = v }, QaPolicy.FromJson, v => v.ToJson(), v => v.Validate()),
        Section("kbUpkeep", p => p.KbUpkeep, (p, v) => p with { KbUpkeep = v }, KbUpkeepPolicy.FromJson, v => v.ToJson(), v => new KbUpkeepPolicyValidator().Validate(v)),
        Section("templates", p => p.Templates, (p, v) => p with { Templates = v }, CustomerTemplatePolicy.FromJson, v => v.ToJson(), v => v.Validate()),
        new("ticketLife", (pack, element, at, input) => TicketLifePolicyJson.ReadSection(element, at, input, pack.Sla) is ({ } policy, var later) ? pack with { TicketLife = policy, TicketLifeVersions = later } : pack,
            (writer, pack) => TicketLifePolicyJson.Write(writer, pack.TicketLife, pack.TicketLifeVersions.IsDefault ? [] : pack.TicketLifeVersions),
            pack => TicketLifePolicy.Validate(pack.TicketLife).Errors.Where(e => !e.PropertyName.StartsWith("sla", StringComparison.Ordinal)) // the SLA part is the sla section's
                .Select(e => new ValidationFailure(InPack("$.ticketLife", e.PropertyName), e.ErrorMessage))
                .Concat(TicketLifePolicyValidator.ValidateVersions(pack.TicketLifeVersions.IsDefault ? [] : pack.TicketLifeVersions, "$.ticketLife"))),
        Section("resolutionFields", p => p.ResolutionFields, (p, v) => p with { ResolutionFields = v }, ResolutionFieldsPolicy.FromJson, v => v.ToJson(), v => v.Validate()),
    ];

    /// <summary>The JSON names of the sections, in file order.</summary>
    public static IReadOnlyList<string> SectionNames { get; } = [.. Sections.Select(s => s.Name)];

    /// <summary>Reads and validates a pack.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The pack, or every problem of every section with its JSON path in the pack.</returns>
    public static LoadResult<TaiPolicy> Read(string json) => JsonFormats.Read(json, root =>
    {
        var (input, pack) = (new JsonInput(), TaiPolicy.Default);
        if (input.ExpectKind(root, JsonValueKind.Object, "$", "a policy pack object {\"sla\", \"triage\", …}"))
        {
            input.RejectUnknown(root, "$", [.. SectionNames, "name", "description"]);
            foreach (var section in Sections.Where(s => root.TryGetProperty(s.Name, out var given) && given.ValueKind != JsonValueKind.Null))
            {
                pack = section.Read(pack, root.GetProperty(section.Name), "$." + section.Name, input);
            }
        }

        return input.Problems.Count == 0 ? LoadResult<TaiPolicy>.Success(pack) : LoadResult<TaiPolicy>.Failure(input.Problems);
    });

    /// <summary>Writes every value of every section as indented JSON that <see cref="Read"/> reads back to an equal pack.</summary>
    /// <param name="policy">The pack.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(TaiPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            Sections.ToList().ForEach(s => { writer.WritePropertyName(s.Name); s.Write(writer, policy); });
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// True when <paramref name="json"/> is shaped like a pack rather than a single section's file: a JSON object that is
    /// empty or has a section name as a property (hosts and the CLI accept both under one option).
    /// </summary>
    /// <param name="json">The JSON text; anything, never throws.</param>
    /// <returns>True for a pack; false for anything else, including text that is not JSON.</returns>
    public static bool LooksLikePack(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonInput.TryParse(json, out var parsed, out _) ? parsed : null;
        return document?.RootElement is { ValueKind: JsonValueKind.Object } root && (!root.EnumerateObject().Any() || root.EnumerateObject().Any(p => SectionNames.Contains(p.Name, StringComparer.Ordinal)));
    }

    /// <summary>A section-relative path (<c>$.targets[3]</c>, <c>$</c>, or a validator's <c>Targets[3].FirstResponse</c>) as a pack path.</summary>
    internal static string InPack(string sectionPath, string problemPath)
    {
        var camel = string.Join(".", problemPath.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
        return problemPath.StartsWith('$') ? sectionPath + problemPath[1..] : camel.Length == 0 || camel.StartsWith('[') ? sectionPath + camel : sectionPath + "." + camel;
    }

    private static TaiPolicySection Section<T>(string name, Func<TaiPolicy, T> get, Func<TaiPolicy, T, TaiPolicy> set, Func<string, LoadResult<T>> read, Func<T, string> write, Func<T, ValidationResult> validate)
        where T : class => new(
            name,
            (pack, element, at, input) => read(element.GetRawText()) is var result && Report(input, result.Problems.Select(p => new ValidationFailure(InPack(at, p.PropertyName), p.ErrorMessage))) ? set(pack, result.Value!) : pack,
            (writer, pack) => JsonDocument.Parse(write(get(pack))).RootElement.WriteTo(writer),
            pack => validate(get(pack)).Errors.Select(e => new ValidationFailure(InPack("$." + name, e.PropertyName), e.ErrorMessage)));

    /// <summary>Adds <paramref name="problems"/> to <paramref name="input"/>; true when there were none.</summary>
    private static bool Report(JsonInput input, IEnumerable<ValidationFailure> problems) =>
        problems.Aggregate(true, (_, p) =>
        {
            input.Problem(p.PropertyName, p.ErrorMessage);
            return false;
        });

    private static IEnumerable<ValidationFailure> ValidateOnCall(OnCallPolicy policy, string path) =>
        new FairnessRulesValidator().Validate(policy.Fairness).Errors.Select(e => new ValidationFailure(InPack(path + ".fairness", e.PropertyName), e.ErrorMessage))
            .Concat(new CompensationPolicyValidator().Validate(policy.Compensation).Errors.Select(e => new ValidationFailure(InPack(path + ".compensation", e.PropertyName), e.ErrorMessage)));
}

/// <summary>One section of the pack: its JSON name, how it is read onto a pack, written, and validated with pack paths.</summary>
internal sealed record TaiPolicySection(string Name, Func<TaiPolicy, JsonElement, string, JsonInput, TaiPolicy> Read, Action<Utf8JsonWriter, TaiPolicy> Write, Func<TaiPolicy, IEnumerable<ValidationFailure>> Validate);
