using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Reads and writes the calendar JSON format (see <c>docs/calendars.md</c>):
/// <code>
/// {
///   "timeZone": "America/Los_Angeles",
///   "week": { "monday": [{ "open": "09:00", "close": "17:00" }] },
///   "holidays": ["2026-11-26"],
///   "holidayNames": { "2026-11-26": "Thanksgiving Day" },
///   "overrides": { "2026-12-24": [{ "open": "09:00", "close": "12:00" }] },
///   "dueAtClosing": "closingInstant"
/// }
/// </code>
/// Weekday names are lowercase English; a missing weekday is closed. <c>holidayNames</c> (optional; written only when
/// there are names) labels dates with <see cref="BusinessCalendarDefinition.HolidayNames"/>. Every problem is reported at once with its
/// JSON path; a calendar with any problem is never built.
/// </summary>
public static class BusinessCalendarJson
{
    private static readonly string[] DayNames = [.. BusinessCalendarDefinition.AllDays.Select(BusinessCalendarDefinitionValidator.DayName)];
    /// <summary>The longest holiday name read (characters).</summary>
    internal const int MaxHolidayNameLength = 200;

    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Reads and validates a calendar.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar, or every problem.</returns>
    /// <example>
    /// <code>
    /// var result = BusinessCalendarJson.Read(File.ReadAllText("calendar.json"));
    /// if (!result.IsValid) Console.Error.WriteLine(result.DescribeProblems());
    /// </code>
    /// </example>
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
            var definition = ReadDefinition(document!.RootElement, "$", input);
            return definition is not null && input.Problems.Count == 0
                ? LoadResult<BusinessCalendar>.Success(BusinessCalendar.Create(definition))
                : LoadResult<BusinessCalendar>.Failure(input.Problems);
        }
    }

    /// <summary>Writes a calendar definition as indented JSON.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, definition);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a definition at <paramref name="path"/>, adding its problems (including the validator's) to <paramref name="input"/>.</summary>
    /// <returns>The definition when it has no problems, else null.</returns>
    internal static BusinessCalendarDefinition? ReadDefinition(JsonElement root, string path, JsonInput input)
    {
        var before = input.Problems.Count;
        if (!input.ExpectKind(root, JsonValueKind.Object, path, "a calendar object"))
        {
            return null;
        }

        input.RejectUnknown(root, path, "timeZone", "week", "holidays", "holidayNames", "overrides", "dueAtClosing", "name", "description");
        var zone = input.TryGet(root, "timeZone", out var zoneElement) ? input.String(zoneElement, JsonInput.Property(path, "timeZone")) : null;
        var definition = new BusinessCalendarDefinition
        {
            TimeZoneId = zone ?? string.Empty,
            Week = ReadWeek(root, path, input),
            Holidays = ReadHolidays(root, path, input),
            HolidayNames = ReadHolidayNames(root, path, input),
            Overrides = ReadOverrides(root, path, input),
            DueAtClosing = ReadDueAtClosing(root, path, input),
        };

        foreach (var failure in BusinessCalendar.Validate(definition).Errors)
        {
            var at = path + "." + failure.PropertyName;
            if (!input.HasProblemAt(at))
            {
                input.Problem(at, failure.ErrorMessage);
            }
        }

        return input.Problems.Count == before ? definition : null;
    }

    internal static void Write(Utf8JsonWriter writer, BusinessCalendarDefinition definition)
    {
        writer.WriteStartObject();
        writer.WriteString("timeZone", definition.TimeZoneId);
        writer.WriteStartObject("week");
        foreach (var (day, shifts) in definition.Week.Where(p => !p.Value.IsDefaultOrEmpty).OrderBy(p => p.Key))
        {
            writer.WritePropertyName(BusinessCalendarDefinitionValidator.DayName(day));
            WriteShifts(writer, shifts);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("holidays");
        foreach (var holiday in definition.Holidays)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(holiday));
        }

        writer.WriteEndArray();
        if (!definition.HolidayNames.IsEmpty)
        {
            writer.WriteStartObject("holidayNames");
            foreach (var (date, name) in definition.HolidayNames)
            {
                writer.WriteString(LocalDatePattern.Iso.Format(date), name);
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("overrides");
        foreach (var (date, shifts) in definition.Overrides)
        {
            writer.WritePropertyName(LocalDatePattern.Iso.Format(date));
            WriteShifts(writer, shifts.IsDefault ? [] : shifts);
        }

        writer.WriteEndObject();
        writer.WriteString("dueAtClosing", definition.DueAtClosing == DueAtClosing.NextOpening ? "nextOpening" : "closingInstant");
        writer.WriteEndObject();
    }

    private static void WriteShifts(Utf8JsonWriter writer, ImmutableArray<ShiftInterval> shifts)
    {
        writer.WriteStartArray();
        foreach (var shift in shifts)
        {
            writer.WriteStartObject();
            writer.WriteString("open", FormatTime(shift.Open, endOfDay: false));
            writer.WriteString("close", FormatTime(shift.Close, endOfDay: shift.Close == LocalTime.Midnight));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string FormatTime(LocalTime time, bool endOfDay) =>
        endOfDay ? "24:00"
        : time.NanosecondOfSecond == 0 && time.Second == 0 ? ShortTime.Format(time)
        : LocalTimePattern.ExtendedIso.Format(time);

    private static ImmutableDictionary<IsoDayOfWeek, ImmutableArray<ShiftInterval>> ReadWeek(JsonElement root, string path, JsonInput input)
    {
        var week = ImmutableDictionary.CreateBuilder<IsoDayOfWeek, ImmutableArray<ShiftInterval>>();
        var weekPath = JsonInput.Property(path, "week");
        if (!input.TryGet(root, "week", out var element) || !input.ExpectKind(element, JsonValueKind.Object, weekPath, "an object of weekday names"))
        {
            return week.ToImmutable();
        }

        foreach (var day in element.EnumerateObject())
        {
            var dayPath = JsonInput.Property(weekPath, day.Name);
            var index = Array.IndexOf(DayNames, day.Name);
            if (index < 0)
            {
                input.Problem(dayPath, $"'{day.Name}' is not a day name; use lowercase English: {string.Join(", ", DayNames)}.");
                continue;
            }

            week[BusinessCalendarDefinition.AllDays[index]] = ReadShifts(day.Value, dayPath, input);
        }

        return week.ToImmutable();
    }

    private static ImmutableSortedSet<LocalDate> ReadHolidays(JsonElement root, string path, JsonInput input)
    {
        var holidays = ImmutableSortedSet.CreateBuilder<LocalDate>();
        var listPath = JsonInput.Property(path, "holidays");
        if (!input.TryGet(root, "holidays", out var element) || !input.ExpectKind(element, JsonValueKind.Array, listPath, "an array of dates"))
        {
            return holidays.ToImmutable();
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonInput.Index(listPath, i++);
            if (input.String(item, itemPath) is { } text && input.Date(text, itemPath) is { } date)
            {
                holidays.Add(date);
            }
        }

        return holidays.ToImmutable();
    }

    private static ImmutableSortedDictionary<LocalDate, string> ReadHolidayNames(JsonElement root, string path, JsonInput input)
    {
        var names = ImmutableSortedDictionary.CreateBuilder<LocalDate, string>();
        var mapPath = JsonInput.Property(path, "holidayNames");
        if (!input.TryGet(root, "holidayNames", out var element) || !input.ExpectKind(element, JsonValueKind.Object, mapPath, "an object of names keyed by date"))
        {
            return names.ToImmutable();
        }

        foreach (var entry in element.EnumerateObject())
        {
            var entryPath = JsonInput.Key(mapPath, entry.Name);
            var date = input.Date(entry.Name, entryPath);
            var name = input.String(entry.Value, entryPath);
            if (name is not null && (name.Trim().Length == 0 || name.Length > MaxHolidayNameLength))
            {
                input.Problem(entryPath, $"a holiday name is 1–{MaxHolidayNameLength} characters, not blank.");
                continue;
            }

            if (date is { } d && name is not null)
            {
                names[d] = name;
            }
        }

        return names.ToImmutable();
    }

    private static ImmutableSortedDictionary<LocalDate, ImmutableArray<ShiftInterval>> ReadOverrides(JsonElement root, string path, JsonInput input)
    {
        var overrides = ImmutableSortedDictionary.CreateBuilder<LocalDate, ImmutableArray<ShiftInterval>>();
        var mapPath = JsonInput.Property(path, "overrides");
        if (!input.TryGet(root, "overrides", out var element) || !input.ExpectKind(element, JsonValueKind.Object, mapPath, "an object keyed by date"))
        {
            return overrides.ToImmutable();
        }

        foreach (var entry in element.EnumerateObject())
        {
            var entryPath = JsonInput.Key(mapPath, entry.Name);
            if (input.Date(entry.Name, entryPath) is { } date)
            {
                overrides[date] = ReadShifts(entry.Value, entryPath, input);
            }
        }

        return overrides.ToImmutable();
    }

    private static ImmutableArray<ShiftInterval> ReadShifts(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Array, path, "an array of {\"open\", \"close\"} shifts"))
        {
            return [];
        }

        var shifts = ImmutableArray.CreateBuilder<ShiftInterval>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonInput.Index(path, i++);
            if (ReadShift(item, itemPath, input) is { } shift)
            {
                shifts.Add(shift);
            }
        }

        return shifts.ToImmutable();
    }

    private static ShiftInterval? ReadShift(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a shift {\"open\": \"09:00\", \"close\": \"17:00\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "open", "close");
        var open = ReadTime(element, "open", path, input);
        var close = ReadTime(element, "close", path, input);
        if (open is null || close is null)
        {
            return null;
        }

        var closeText = element.GetProperty("close").GetString();
        if (open == close && closeText is not ("24:00" or "24:00:00"))
        {
            input.Problem(path, $"open {open:HH:mm} equals close; a shift needs a positive length (write \"00:00\"–\"24:00\" for a whole day).");
            return null;
        }

        return new ShiftInterval(open.Value, close.Value);
    }

    private static LocalTime? ReadTime(JsonElement shift, string name, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(shift, name, out var element))
        {
            input.Problem(at, $"the shift has no '{name}' time.");
            return null;
        }

        return input.Time(element, at, allowEndOfDay: name == "close");
    }

    private static DueAtClosing ReadDueAtClosing(JsonElement root, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, "dueAtClosing");
        if (!input.TryGet(root, "dueAtClosing", out var element))
        {
            return DueAtClosing.ClosingInstant;
        }

        switch (input.String(element, at))
        {
            case "closingInstant":
                return DueAtClosing.ClosingInstant;
            case "nextOpening":
                return DueAtClosing.NextOpening;
            case { } other:
                input.Problem(at, $"\"{other}\" is not a choice; use \"closingInstant\" or \"nextOpening\".");
                break;
        }

        return DueAtClosing.ClosingInstant;
    }
}
