using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// Reads and writes the ticket JSON format (one object, as in a <c>tai sla</c> input line; see <c>docs/sla.md</c>):
/// <code>
/// {"id":"T-1823","tier":"Enterprise","priority":"Critical","category":"Platform",
///  "createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,
///  "statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}],
///  "assignee":"sarah","rootCause":"ProductBug","resolutionSummary":"Rotated the key."}
/// </code>
/// <c>id</c>, <c>tier</c>, <c>priority</c> and <c>createdAt</c> are required. Enum values are their names, compared
/// ignoring case, spaces, hyphens and underscores (so the manual's <c>Waiting on Customer</c> reads too). Instants
/// are ISO-8601 date-times with an offset or <c>Z</c>. Properties the format does not know are ignored, because
/// ticket lines exported from a helpdesk usually carry more (subject, customer…). Every problem is reported at once
/// with its JSON path, including the <see cref="TicketValidator"/>'s.
/// </summary>
public static class TicketJson
{
    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Reads and validates one ticket.</summary>
    /// <param name="json">The JSON text of one ticket object.</param>
    /// <returns>The ticket, or every problem.</returns>
    /// <example>
    /// <code>
    /// var result = TicketJson.Read(line);
    /// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems());
    /// </code>
    /// </example>
    public static LoadResult<Ticket> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<Ticket>.Failure([syntax!]);
        }

        using (document)
        {
            return Read(document!.RootElement);
        }
    }

    /// <summary>Reads and validates one ticket from an already parsed JSON element.</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The ticket, or every problem (paths start with <c>$</c>).</returns>
    public static LoadResult<Ticket> Read(JsonElement element)
    {
        var input = new JsonInput();
        if (!input.RequireText(element, "$"))
        {
            return LoadResult<Ticket>.Failure(input.Problems);
        }

        var ticket = ReadTicket(element, "$", input);
        return ticket is not null && input.Problems.Count == 0
            ? LoadResult<Ticket>.Success(ticket)
            : LoadResult<Ticket>.Failure(input.Problems);
    }

    /// <summary>Writes a ticket as one line of compact JSON, instants in <paramref name="zone"/> with its offset.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="zone">The zone to show instants in; UTC when null.</param>
    /// <returns>The JSON text, without a line break.</returns>
    public static string Write(Ticket ticket, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        zone ??= DateTimeZone.Utc;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", ticket.Id);
            writer.WriteString("tier", ticket.Tier.ToString());
            writer.WriteString("priority", ticket.Priority.ToString());
            writer.WriteString("category", ticket.Category.ToString());
            writer.WriteString("createdAt", FormatInstant(ticket.CreatedAt, zone));
            if (ticket.FirstResponseAt is { } responded)
            {
                writer.WriteString("firstResponseAt", FormatInstant(responded, zone));
            }
            else
            {
                writer.WriteNull("firstResponseAt");
            }

            writer.WriteStartArray("statusChanges");
            foreach (var change in ticket.StatusChanges)
            {
                writer.WriteStartObject();
                writer.WriteString("at", FormatInstant(change.At, zone));
                writer.WriteString("status", change.Status.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteOptional(writer, "assignee", ticket.Assignee);
            WriteOptional(writer, "rootCause", ticket.RootCause?.ToString());
            WriteOptional(writer, "resolutionSummary", ticket.ResolutionSummary);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Formats an instant in a zone with its offset, such as <c>2026-01-26T16:45:00-08:00</c>.</summary>
    internal static string FormatInstant(Instant instant, DateTimeZone zone) => Text.OffsetInstant.Format(instant, zone);

    /// <summary>Reads a ticket at <paramref name="path"/>, adding its problems (the validator's too) to <paramref name="input"/>.</summary>
    internal static Ticket? ReadTicket(JsonElement root, string path, JsonInput input)
    {
        if (!input.ExpectKind(root, JsonValueKind.Object, path, "a ticket object"))
        {
            return null;
        }

        var before = input.Problems.Count;
        var id = ReadId(root, path, input);
        var tier = Required(root, "tier", path, input, ReadEnum<Tier>);
        var priority = Required(root, "priority", path, input, ReadEnum<Priority>);
        var category = Optional(root, "category", path, input, ReadEnum<Category>);
        var createdAt = Required(root, "createdAt", path, input, ReadInstant);
        var firstResponseAt = Optional(root, "firstResponseAt", path, input, ReadInstant);
        var rootCause = Optional(root, "rootCause", path, input, ReadEnum<RootCause>);
        var changes = ReadStatusChanges(root, path, input);
        var assignee = OptionalText(root, "assignee", path, input);
        var summary = OptionalText(root, "resolutionSummary", path, input);
        var (channel, customer, events) = TicketEventJson.Read(root, path, input);
        if (input.Problems.Count > before)
        {
            return null;
        }

        var ticket = new Ticket
        {
            Id = id!,
            Tier = tier!.Value,
            Priority = priority!.Value,
            Category = category ?? Category.Other,
            CreatedAt = createdAt!.Value,
            FirstResponseAt = firstResponseAt,
            StatusChanges = changes,
            Assignee = assignee,
            RootCause = rootCause,
            ResolutionSummary = summary,
            Channel = channel ?? TicketChannel.Email,
            Customer = customer,
            Events = events,
        };
        foreach (var failure in Ticket.Validate(ticket).Errors)
        {
            input.Problem(path + "." + failure.PropertyName, failure.ErrorMessage);
        }

        return input.Problems.Count == before ? ticket : null;
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? ReadId(JsonElement root, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, "id");
        if (!input.TryGet(root, "id", out var element))
        {
            input.Problem(at, "is required: give the ticket's id, such as \"T-1823\".");
            return null;
        }

        // A numeric id (42) is read as its text, as helpdesk exports often number tickets.
        return element.ValueKind == JsonValueKind.Number ? element.GetRawText() : input.String(element, at);
    }

    private static T? Required<T>(JsonElement root, string name, string path, JsonInput input, Func<JsonElement, string, JsonInput, T?> read)
        where T : struct
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(root, name, out var element))
        {
            input.Problem(at, "is required.");
            return null;
        }

        return read(element, at, input);
    }

    private static string? OptionalText(JsonElement root, string name, string path, JsonInput input) =>
        input.TryGet(root, name, out var element) ? input.String(element, JsonInput.Property(path, name)) : null;

    private static T? Optional<T>(JsonElement root, string name, string path, JsonInput input, Func<JsonElement, string, JsonInput, T?> read)
        where T : struct =>
        input.TryGet(root, name, out var element) ? read(element, JsonInput.Property(path, name), input) : null;

    private static ImmutableArray<StatusChange> ReadStatusChanges(JsonElement root, string path, JsonInput input)
    {
        var listPath = JsonInput.Property(path, "statusChanges");
        if (!input.TryGet(root, "statusChanges", out var element)
            || !input.ExpectKind(element, JsonValueKind.Array, listPath, "an array of {\"at\", \"status\"} changes"))
        {
            return [];
        }

        var changes = ImmutableArray.CreateBuilder<StatusChange>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonInput.Index(listPath, i++);
            if (!input.ExpectKind(item, JsonValueKind.Object, itemPath, "a change {\"at\": \"…\", \"status\": \"InProgress\"}"))
            {
                continue;
            }

            var at = Required(item, "at", itemPath, input, ReadInstant);
            var status = Required(item, "status", itemPath, input, ReadEnum<TicketStatus>);
            if (at is not null && status is not null)
            {
                changes.Add(new StatusChange(at.Value, status.Value));
            }
        }

        return changes.ToImmutable();
    }

    private static Instant? ReadInstant(JsonElement element, string path, JsonInput input) => input.Instant(element, path);

    /// <summary>Reads an enum by name, ignoring case, spaces, hyphens and underscores; numbers are refused.</summary>
    internal static T? ReadEnum<T>(JsonElement element, string path, JsonInput input)
        where T : struct, Enum =>
        input.String(element, path) is { } text ? ParseEnum<T>(text, path, input) : null;

    /// <summary>Parses an enum name, ignoring case, spaces, hyphens and underscores; numbers are refused.</summary>
    internal static T? ParseEnum<T>(string text, string path, JsonInput input)
        where T : struct, Enum
    {
        var key = Normalize(text);
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Normalize(value.ToString()), key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        input.Problem(path, $"\"{text}\" is not a {TicketValidator.Describe<T>()}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => c is not (' ' or '-' or '_')));
}
