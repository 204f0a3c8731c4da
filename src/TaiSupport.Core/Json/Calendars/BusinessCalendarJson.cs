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
/// Reads and writes the calendar JSON format (<c>docs/calendars.md</c>) through its file model's contract:
/// <c>{"timeZone", "week": {"monday": [{"open": "09:00", "close": "17:00"}]}, "holidays": ["2026-11-26"], "holidayNames",
/// "overrides": {"2026-12-24": [shifts]}, "dueAtClosing": "closingInstant"}</c>. Weekdays are lowercase English (a missing
/// one is closed), <c>close</c> may be <c>24:00</c>, <c>holidayNames</c> is written only when there are names. A composed
/// calendar is an object with exactly one of <c>union</c>, <c>intersect</c>, <c>except</c> over two or more calendars, plain or
/// composed (16 levels at most; <c>except</c> removes every later operand from the first). Every problem comes at once with its JSON path.
/// </summary>
public static class BusinessCalendarJson
{
    /// <summary>The longest holiday name read (characters).</summary>
    internal const int MaxHolidayNameLength = 200;

    internal static readonly JsonFormat<Calendar> Format = new() { Contract = new FormatContracts(CalendarOptions()).Calendar, ValidateDespiteProblems = true, Validate = c => new(c.Problems(string.Empty, 0)) };

    /// <summary>Reads and validates a calendar.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar, or every problem.</returns>
    public static LoadResult<BusinessCalendar> Read(string json) => JsonContract.Read(json, Format, c => c.ToCalendar());

    /// <summary>Writes a calendar definition as indented JSON.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BusinessCalendarDefinition definition) => JsonContract.WriteIndented(Calendar.From(definition), Format.Contract);

    /// <summary>Writes a plain or composed calendar as indented JSON that <see cref="Read"/> reads back.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BusinessCalendar calendar) => JsonContract.WriteIndented(Calendar.From(calendar), Format.Contract);

    /// <summary>The options of the files that hold calendars: weekdays by name, <c>dueAtClosing</c> camelCase.</summary>
    internal static JsonSerializerOptions CalendarOptions(IsoDurationDays days = IsoDurationDays.AsTwentyFourHours)
    {
        var options = TaiValueConverters.Options(days);
        options.Converters.Insert(0, new DayNameConverter());
        options.Converters.Insert(0, new EnumConverterFactory(JsonNamingPolicy.CamelCase).CreateConverter(typeof(DueAtClosing), options));
        return options;
    }

    /// <summary>The file model: a plain calendar, or exactly one of <c>union</c>, <c>intersect</c>, <c>except</c> over two or more calendars (16 levels at most).</summary>
    internal sealed record Calendar(
        string? TimeZone = null, NamedKeys<IsoDayOfWeek, Shift?[]>? Week = null, ImmutableSortedSet<LocalDate>? Holidays = null,
        ImmutableSortedDictionary<LocalDate, string>? HolidayNames = null, ImmutableSortedDictionary<LocalDate, Shift?[]>? Overrides = null,
        DueAtClosing? DueAtClosing = null, string? Name = null, string? Description = null,
        Calendar?[]? Union = null, Calendar?[]? Intersect = null, Calendar?[]? Except = null)
    {
        [JsonIgnore]
        public (string Name, CalendarOperator Op, Calendar?[] Operands)? Composition =>
            Union is not null ? ("union", CalendarOperator.Union, Union) : Intersect is not null ? ("intersect", CalendarOperator.Intersect, Intersect)
            : Except is not null ? ("except", CalendarOperator.Except, Except) : null;

        public static Calendar From(BusinessCalendarDefinition d) => new(
            d.TimeZoneId, new(d.Week.Where(p => !p.Value.IsDefaultOrEmpty).OrderBy(p => p.Key).Select(p => KeyValuePair.Create(p.Key, Shifts(p.Value)))),
            d.Holidays, d.HolidayNames.IsEmpty ? null : d.HolidayNames, d.Overrides.ToImmutableSortedDictionary(p => p.Key, p => Shifts(p.Value)), d.DueAtClosing);

        public static Calendar From(BusinessCalendar c) => c.Operator == CalendarOperator.None ? From(c.Definition)
            : new(Union: Of(c, CalendarOperator.Union), Intersect: Of(c, CalendarOperator.Intersect), Except: Of(c, CalendarOperator.Except));

        public BusinessCalendarDefinition ToDefinition() => new()
        {
            TimeZoneId = TimeZone ?? string.Empty, Week = (Week ?? new()).ToImmutableDictionary(p => p.Key, p => Shifts(p.Value)), Holidays = Holidays ?? [],
            HolidayNames = HolidayNames ?? ImmutableSortedDictionary<LocalDate, string>.Empty, DueAtClosing = DueAtClosing ?? default,
            Overrides = (Overrides ?? ImmutableSortedDictionary<LocalDate, Shift?[]>.Empty).ToImmutableSortedDictionary(p => p.Key, p => Shifts(p.Value)),
        };

        public BusinessCalendar ToCalendar() => Composition is (_, var op, var operands)
            ? operands.Skip(1).Aggregate(operands[0]!.ToCalendar(), (a, b) => BusinessCalendar.Compose(op, a, b!.ToCalendar())) : BusinessCalendar.Create(ToDefinition());

        /// <summary>The calendar's problems with paths under <paramref name="at"/>: the definition's validator, equal opens and closes, holiday names, the composition's shape.</summary>
        public IEnumerable<ValidationFailure> Problems(string at, int depth)
        {
            if (Composition is not (var name, _, var operands))
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

            return depth >= 16 ? [new(at, "calendars are nested more than 16 levels deep.")]
            : new object?[] { TimeZone, Week, Holidays, HolidayNames, Overrides, DueAtClosing, Union == operands ? null : Union, Intersect == operands ? null : Intersect, Except == operands ? null : Except }.Any(o => o is not null)
                ? [new(at, "give either a calendar or one of union, intersect, except.")]
            : operands.Length < 2 ? [new(Path(at, name), $"'{name}' needs at least two calendars.")]
            : operands.SelectMany((o, i) => o?.Problems($"{Path(at, name)}[{i}]", depth + 1) ?? [new($"{Path(at, name)}[{i}]", "the calendar is missing.")]);
        }

        private static Calendar?[]? Of(BusinessCalendar c, CalendarOperator op) => c.Operator == op ? [From(c.Left!), From(c.Right!)] : null;

        private static string Path(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";

        private static ImmutableArray<ShiftInterval> Shifts(Shift?[]? shifts) => [.. (shifts ?? []).OfType<Shift>().Select(s => new ShiftInterval(s.Open, s.Close.Time))];

        private static Shift?[] Shifts(ImmutableArray<ShiftInterval> shifts) => shifts.IsDefault ? [] : [.. shifts.Select(s => new Shift(s.Open, new(s.Close)))];
    }

    /// <summary>One shift of the file: <c>{"open": "09:00", "close": "17:00"}</c>, <c>close</c> <c>24:00</c> at the end of the day.</summary>
    internal sealed record Shift(LocalTime Open, ClosingTime Close);
}
