using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;
using static TaiSupport.Core.Json.TaiValueConverters;

namespace TaiSupport.Core.Calendars;

/// <summary>
/// Reads and writes the calendar JSON format (<c>docs/calendars.md</c>) through the contract of its file model:
/// <code>
/// {"timeZone": "America/Los_Angeles", "week": {"monday": [{"open": "09:00", "close": "17:00"}]}, "holidays": ["2026-11-26"],
///  "holidayNames": {"2026-11-26": "Thanksgiving Day"}, "overrides": {"2026-12-24": [{"open": "09:00", "close": "12:00"}]}, "dueAtClosing": "closingInstant"}
/// </code>
/// Weekdays are lowercase English (a missing one is closed); <c>close</c> may be <c>24:00</c>; <c>holidayNames</c> is
/// written only when there are names; a composed calendar reads too (<see cref="ComposedCalendarJson"/>). Every problem
/// is reported at once with its JSON path; a calendar with any problem is never built.
/// </summary>
public static class BusinessCalendarJson
{
    /// <summary>The longest holiday name read (characters).</summary>
    internal const int MaxHolidayNameLength = 200;

    internal static readonly JsonFormat<Calendar> Format = new() { Contract = new CalendarContract(CalendarOptions()).Calendar, ValidatePartial = true, Validate = c => new(c.Problems(string.Empty, 0)) };

    /// <summary>Reads and validates a calendar.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar, or every problem.</returns>
    public static LoadResult<BusinessCalendar> Read(string json) => JsonContract.Read(json, Format, c => c.ToCalendar());

    /// <summary>Writes a calendar definition as indented JSON.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BusinessCalendarDefinition definition) => JsonContract.WriteIndented(Calendar.From(definition), Format.Contract);

    /// <summary>The options of the files that hold calendars: weekdays by name, <c>dueAtClosing</c> camelCase.</summary>
    internal static JsonSerializerOptions CalendarOptions(IsoDurationDays days = IsoDurationDays.AsTwentyFourHours)
    {
        var options = TaiValueConverters.Options(days);
        options.Converters.Insert(0, new DayNameConverter());
        options.Converters.Insert(0, new EnumConverterFactory(JsonNamingPolicy.CamelCase).CreateConverter(typeof(DueAtClosing), options));
        return options;
    }

    /// <summary>Reads a calendar at <paramref name="path"/> inside a larger walk (on-call coverage windows).</summary>
    internal static BusinessCalendarDefinition? ReadDefinition(JsonElement element, string path, JsonInput input) =>
        input.RequireText(element, path) && JsonContract.ToNode(element, path, input) is var node && !input.HasProblemAt(path)
            && JsonContract.Read(node, path, input, Format) is { Union: null, Intersect: null, Except: null } calendar ? calendar.ToDefinition() : null;

    /// <summary>The file model: a plain calendar, or exactly one of <c>union</c>, <c>intersect</c>, <c>except</c> over two or more calendars.</summary>
    internal sealed record Calendar(
        string? TimeZone = null, NamedKeys<IsoDayOfWeek, Shift?[]>? Week = null, ImmutableSortedSet<LocalDate>? Holidays = null,
        ImmutableSortedDictionary<LocalDate, string>? HolidayNames = null, ImmutableSortedDictionary<LocalDate, Shift?[]>? Overrides = null,
        DueAtClosing? DueAtClosing = null, string? Name = null, string? Description = null,
        Calendar?[]? Union = null, Calendar?[]? Intersect = null, Calendar?[]? Except = null)
    {
        private const int MaxDepth = 16;

        public static Calendar From(BusinessCalendarDefinition d) => new(
            d.TimeZoneId, new(d.Week.Where(p => !p.Value.IsDefaultOrEmpty).OrderBy(p => p.Key).Select(p => KeyValuePair.Create(p.Key, Shifts(p.Value)))),
            d.Holidays, d.HolidayNames.IsEmpty ? null : d.HolidayNames, d.Overrides.ToImmutableSortedDictionary(p => p.Key, p => Shifts(p.Value)), d.DueAtClosing);

        public static Calendar From(BusinessCalendar c) => c.Operator switch
        {
            CalendarOperator.None => From(c.Definition),
            CalendarOperator.Union => new(Union: [From(c.Left!), From(c.Right!)]),
            CalendarOperator.Intersect => new(Intersect: [From(c.Left!), From(c.Right!)]),
            _ => new(Except: [From(c.Left!), From(c.Right!)]),
        };

        public BusinessCalendarDefinition ToDefinition() => new()
        {
            TimeZoneId = TimeZone ?? string.Empty,
            Week = (Week ?? new()).ToImmutableDictionary(p => p.Key, p => Shifts(p.Value)),
            Holidays = Holidays ?? [],
            HolidayNames = HolidayNames ?? ImmutableSortedDictionary<LocalDate, string>.Empty,
            Overrides = (Overrides ?? ImmutableSortedDictionary<LocalDate, Shift?[]>.Empty).ToImmutableSortedDictionary(p => p.Key, p => Shifts(p.Value)),
            DueAtClosing = DueAtClosing ?? default,
        };

        public BusinessCalendar ToCalendar() => (Union ?? Intersect ?? Except) is { } operands
            ? operands.Skip(1).Aggregate(operands[0]!.ToCalendar(), (a, b) => BusinessCalendar.Compose(
                Union is not null ? CalendarOperator.Union : Intersect is not null ? CalendarOperator.Intersect : CalendarOperator.Except, a, b!.ToCalendar()))
            : BusinessCalendar.Create(ToDefinition());

        /// <summary>The calendar's problems with paths under <paramref name="at"/>: the definition's validator, equal opens and closes, holiday names, and the composition's shape.</summary>
        public IEnumerable<ValidationFailure> Problems(string at, int depth)
        {
            var op = Union is not null ? "union" : Intersect is not null ? "intersect" : Except is not null ? "except" : null;
            if (op is null)
            {
                return BusinessCalendar.Validate(ToDefinition()).Errors.Select(e => new ValidationFailure(Path(at, e.PropertyName), e.ErrorMessage))
                    .Concat(from day in (Week ?? new()).Select(p => (Name: $"week.{p.Key.ToString().ToLowerInvariant()}", List: p.Value))
                                .Concat((Overrides ?? ImmutableSortedDictionary<LocalDate, Shift?[]>.Empty).Select(p => (Name: $"overrides['{p.Key:uuuu-MM-dd}']", List: p.Value)))
                            from shift in day.List.Select((s, i) => (s, i))
                            where shift.s is { } s && s.Open == s.Close.Time && s.Open != LocalTime.Midnight
                            select new ValidationFailure(Path(at, $"{day.Name}[{shift.i}]"), $"open {shift.s!.Open:HH:mm} equals close; a shift needs a positive length (write \"00:00\"–\"24:00\" for a whole day)."))
                    .Concat((HolidayNames ?? ImmutableSortedDictionary<LocalDate, string>.Empty).Where(p => p.Value.Trim().Length == 0 || p.Value.Length > MaxHolidayNameLength)
                        .Select(p => new ValidationFailure(Path(at, $"holidayNames['{p.Key:uuuu-MM-dd}']"), $"a holiday name is 1–{MaxHolidayNameLength} characters, not blank.")));
            }

            var operands = (Union ?? Intersect ?? Except)!;
            return depth >= MaxDepth ? [new(at, $"calendars are nested more than {MaxDepth} levels deep.")]
                : new object?[] { Union, Intersect, Except }.Count(o => o is not null) > 1 || new object?[] { TimeZone, Week, Holidays, HolidayNames, Overrides, DueAtClosing }.Any(o => o is not null)
                    ? [new(at, "give either a calendar or one of union, intersect, except.")]
                : operands.Length < 2 ? [new(Path(at, op), $"'{op}' needs at least two calendars.")]
                : operands.SelectMany((o, i) => o?.Problems($"{Path(at, op)}[{i}]", depth + 1) ?? [new($"{Path(at, op)}[{i}]", "the calendar is missing.")]);
        }

        private static string Path(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";

        private static ImmutableArray<ShiftInterval> Shifts(Shift?[]? shifts) => [.. (shifts ?? []).OfType<Shift>().Select(s => new ShiftInterval(s.Open, s.Close.Time))];

        private static Shift?[] Shifts(ImmutableArray<ShiftInterval> shifts) => shifts.IsDefault ? [] : [.. shifts.Select(s => new Shift(s.Open, new(s.Close)))];
    }

    /// <summary>One shift of the file: <c>{"open": "09:00", "close": "17:00"}</c>, <c>close</c> <c>24:00</c> at the end of the day.</summary>
    internal sealed record Shift(LocalTime Open, ClosingTime Close);
}

/// <summary>The source-generated contract of the calendar file.</summary>
[JsonSerializable(typeof(BusinessCalendarJson.Calendar))]
internal sealed partial class CalendarContract : JsonSerializerContext;
