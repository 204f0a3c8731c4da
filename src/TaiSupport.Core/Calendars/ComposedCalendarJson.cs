using System.Text.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Reads and writes composed calendars (issue 13): a plain calendar object (as in <see cref="BusinessCalendarJson"/>)
/// or an object with exactly one of <c>union</c>, <c>intersect</c>, <c>except</c> holding a list of two or more
/// operands, each itself plain or composed (nested up to 16 levels). <c>except</c> removes every later operand from
/// the first. Every problem is reported at once with its JSON path.
/// </summary>
/// <example>
/// <code>
/// { "union": [ { "timeZone": "America/Los_Angeles", "week": { … } }, { "timeZone": "Europe/Berlin", "week": { … } } ] }
/// </code>
/// </example>
public static class ComposedCalendarJson
{
    private const int MaxDepth = 16;
    private static readonly string[] Operators = ["union", "intersect", "except"];

    /// <summary>Reads and validates a plain or composed calendar.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar, or every problem.</returns>
    public static LoadResult<BusinessCalendar> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<BusinessCalendar>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var calendar = ReadCalendar(document!.RootElement, "$", input, 0);
            return calendar is not null && input.Problems.Count == 0
                ? LoadResult<BusinessCalendar>.Success(calendar)
                : LoadResult<BusinessCalendar>.Failure(input.Problems);
        }
    }

    /// <summary>Writes a plain or composed calendar as indented JSON that <see cref="Read"/> reads back.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, calendar);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a plain or composed calendar at <paramref name="path"/>, adding problems to <paramref name="input"/>.</summary>
    internal static BusinessCalendar? ReadCalendar(JsonElement element, string path, JsonInput input, int depth)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a calendar object"))
        {
            return null;
        }

        var op = Operators.FirstOrDefault(name => element.TryGetProperty(name, out _));
        if (op is null)
        {
            var definition = BusinessCalendarJson.ReadDefinition(element, path, input);
            return definition is null ? null : BusinessCalendar.Create(definition);
        }

        if (depth >= MaxDepth)
        {
            input.Problem(path, $"calendars are nested more than {MaxDepth} levels deep.");
            return null;
        }

        input.RejectUnknown(element, path, [op, "name", "description"]);
        var listPath = JsonInput.Property(path, op);
        var list = element.GetProperty(op);
        if (!input.ExpectKind(list, JsonValueKind.Array, listPath, "a list of calendars"))
        {
            return null;
        }

        if (list.GetArrayLength() < 2)
        {
            input.Problem(listPath, $"'{op}' needs at least two calendars.");
            return null;
        }

        var operands = new List<BusinessCalendar?>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            operands.Add(ReadCalendar(item, JsonInput.Index(listPath, index++), input, depth + 1));
        }

        if (operands.Any(o => o is null))
        {
            return null;
        }

        var kind = op switch
        {
            "union" => CalendarOperator.Union,
            "intersect" => CalendarOperator.Intersect,
            _ => CalendarOperator.Except,
        };
        return operands.Skip(1).Aggregate(operands[0]!, (acc, next) => BusinessCalendar.Compose(kind, acc, next!));
    }

    private static void Write(Utf8JsonWriter writer, BusinessCalendar calendar)
    {
        if (calendar.Operator == CalendarOperator.None)
        {
            BusinessCalendarJson.Write(writer, calendar.Definition);
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartArray(calendar.Operator switch
        {
            CalendarOperator.Union => "union",
            CalendarOperator.Intersect => "intersect",
            _ => "except",
        });
        Write(writer, calendar.Left!);
        Write(writer, calendar.Right!);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
