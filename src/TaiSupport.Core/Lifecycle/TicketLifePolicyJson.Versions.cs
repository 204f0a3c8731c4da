using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Lifecycle;

/// <summary>
/// Policy versions in JSON (D28; docs/ticket-life.md "Effective-dated policies"): the ticket-life section's
/// <c>versions</c>, each <c>{"effectiveFrom": "2026-04-01T00:00:00-07:00", "sla": {…}, …ticket-life properties}</c>
/// in time order. The section itself is the first version, in force from the beginning of time; a version's left-out
/// ticket-life properties and a left-out <c>sla</c> are the previous version's; a given <c>sla</c> is a whole SLA
/// section (its own left-out properties the SLA defaults, as in the pack's <c>sla</c> section).
/// </summary>
public static partial class TicketLifePolicyJson
{
    private static readonly string[] VersionFields = [.. Fields.Where(f => f != "versions"), "effectiveFrom", "sla"];

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

            if (version.EffectiveFrom < OffsetInstant.MinValue || version.EffectiveFrom > OffsetInstant.MaxValue)
            {
                yield return new ValidationFailure(JsonInput.Property(at, "effectiveFrom"), "must lie between the years 1 and 9998.");
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
