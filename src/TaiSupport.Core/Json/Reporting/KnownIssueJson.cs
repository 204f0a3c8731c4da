using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// Reads and writes one known-issue or maintenance line for the morning standup (manual §1.1 item 4):
/// <code>
/// {"title":"Database upgrade","kind":"maintenance","from":"2026-01-27T22:00:00-08:00","until":"2026-01-27T23:00:00-08:00"}
/// </code>
/// <c>title</c> (not blank) and <c>from</c> are required; <c>kind</c> is <c>knownIssue</c> (the default when omitted) or
/// <c>maintenance</c>; <c>until</c>, when given, must be after <c>from</c>. Every problem is reported at once with its JSON
/// path; unknown properties are ignored, as in ticket lines. Never throws for any input.
/// </summary>
public static class KnownIssueJson
{
    private static readonly InlineValidator<KnownIssue> Validator = new()
    {
        v => v.RuleFor(k => k.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("must not be blank."),
        v => v.RuleFor(k => k.Until).Must((k, until) => until is null || until > k.From).WithMessage("must be after from."),
    };

    private static readonly JsonFormat<KnownIssue> Format = new()
    {
        Contract = new FormatContracts(TaiValueConverters.Options(enumNaming: JsonNamingPolicy.CamelCase)).KnownIssue,
        IgnoreUnknown = true,
        Prepare = o => o["kind"] ??= "knownIssue",
        Validate = Validator.Validate,
        ValidateDespiteProblems = true,
    };

    /// <summary>Reads and validates one known-issue line.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <returns>The known issue, or every problem.</returns>
    public static LoadResult<KnownIssue> Read(string json) => JsonContract.Read(json, Format);

    /// <summary>Reads and validates one known issue from a parsed JSON object.</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The known issue, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<KnownIssue> Read(JsonElement element) => JsonContract.Read(element, Format);

    /// <summary>Writes a known issue as one line of compact JSON, instants in <paramref name="zone"/>; <see cref="Read(string)"/> reads it back.</summary>
    /// <param name="issue">The known issue.</param>
    /// <param name="zone">The zone to show instants in; UTC when null.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(KnownIssue issue, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var line = new JsonObject { ["title"] = issue.Title, ["kind"] = PolicyJson.CamelCase(issue.Kind.ToString()), ["from"] = OffsetInstant.Format(issue.From, zone ?? DateTimeZone.Utc) };
        return JsonFormats.WithOptional(line, ("until", issue.Until is { } until ? OffsetInstant.Format(until, zone ?? DateTimeZone.Utc) : null)).ToJsonString(TaiJson.Options);
    }
}
