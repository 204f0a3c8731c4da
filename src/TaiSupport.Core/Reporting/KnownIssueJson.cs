using System.Text.Json;
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
    /// <summary>Reads and validates one known-issue line.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <returns>The known issue, or every problem.</returns>
    public static LoadResult<KnownIssue> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<KnownIssue>.Failure([syntax!]);
        }

        using (document)
        {
            return Read(document!.RootElement);
        }
    }

    /// <summary>Reads and validates one known issue from a parsed JSON object.</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The known issue, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<KnownIssue> Read(JsonElement element)
    {
        var input = new JsonInput();
        if (!input.RequireText(element, "$") || !input.ExpectKind(element, JsonValueKind.Object, "$", "an object"))
        {
            return LoadResult<KnownIssue>.Failure(input.Problems);
        }

        string? title = null;
        if (!input.TryGet(element, "title", out var titleValue))
        {
            input.Problem("$.title", "is required.");
        }
        else if (input.String(titleValue, "$.title") is { } text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                input.Problem("$.title", "must not be blank.");
            }
            else
            {
                title = text;
            }
        }

        var kind = KnownIssueKind.KnownIssue;
        if (input.TryGet(element, "kind", out var kindValue) && input.String(kindValue, "$.kind") is { } kindText)
        {
            switch (kindText)
            {
                case "knownIssue":
                    break;
                case "maintenance":
                    kind = KnownIssueKind.Maintenance;
                    break;
                default:
                    input.Problem("$.kind", $"\"{SafeText.Echo(kindText, 40)}\" is not knownIssue or maintenance.");
                    break;
            }
        }

        NodaTime.Instant? from = null;
        if (!input.TryGet(element, "from", out var fromValue))
        {
            input.Problem("$.from", "is required.");
        }
        else
        {
            from = input.Instant(fromValue, "$.from");
        }

        NodaTime.Instant? until = input.TryGet(element, "until", out var untilValue) ? input.Instant(untilValue, "$.until") : null;
        if (until is { } u && from is { } f && u <= f)
        {
            input.Problem("$.until", "must be after from.");
        }

        return input.Problems.Count == 0
            ? LoadResult<KnownIssue>.Success(new KnownIssue(title!, kind, from!.Value, until))
            : LoadResult<KnownIssue>.Failure(input.Problems);
    }

    /// <summary>Writes a known issue as one line of compact JSON, instants in <paramref name="zone"/>; <see cref="Read(string)"/> reads it back.</summary>
    /// <param name="issue">The known issue.</param>
    /// <param name="zone">The zone to show instants in; UTC when null.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(KnownIssue issue, NodaTime.DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(issue);
        zone ??= NodaTime.DateTimeZone.Utc;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("title", issue.Title);
            writer.WriteString("kind", issue.Kind == KnownIssueKind.Maintenance ? "maintenance" : "knownIssue");
            writer.WriteString("from", OffsetInstant.Format(issue.From, zone));
            if (issue.Until is { } until)
            {
                writer.WriteString("until", OffsetInstant.Format(until, zone));
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
