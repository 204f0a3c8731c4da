using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Json;

/// <summary>
/// The value spellings of the library's files as System.Text.Json converters (docs/json.md): every converter reads
/// what the writers write and throws a <see cref="JsonException"/> whose message is the plain sentence
/// <see cref="JsonContract"/> reports at the value's path.
/// </summary>
internal static class TaiValueConverters
{
    /// <summary>The converters of a file format; <paramref name="days"/> says whether <c>P1D</c> reads as 24 hours (not in SLA files, D4).</summary>
    public static JsonSerializerOptions Options(IsoDurationDays days = IsoDurationDays.AsTwentyFourHours, JsonNamingPolicy? enumNaming = null)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new IsoDurationConverter(days));
        options.Converters.Add(new OffsetInstantConverter(DateTimeZone.Utc));
        options.Converters.Add(new LocalTimeConverter());
        options.Converters.Add(new LocalDateConverter());
        options.Converters.Add(new EnumConverterFactory(enumNaming));
        return options;
    }

    /// <summary>The sentence for a value of the wrong JSON kind: <c>expected a string, got the number 3.</c></summary>
    public static ValueProblem Expected(string what, ref Utf8JsonReader reader) =>
        new($"expected {what}, got {reader.TokenType switch
        {
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "true or false",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.Null => "null",
            _ => "a string",
        }}.");

    private static string ReadString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString()! : throw Expected(what, ref reader);

    /// <summary>ISO-8601 durations, hours never days (<see cref="IsoDuration"/>).</summary>
    internal sealed class IsoDurationConverter(IsoDurationDays days) : JsonConverter<Duration>
    {
        public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IsoDuration.TryParse(ReadString(ref reader, "an ISO-8601 duration such as \"PT4H\""), out var value, out var problem, days)
                ? value : throw new ValueProblem(problem);

        public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) => writer.WriteStringValue(IsoDuration.Format(value));
    }

    /// <summary>RFC 3339 instants with their offset (<see cref="OffsetInstant"/>), written in <paramref name="zone"/>.</summary>
    internal sealed class OffsetInstantConverter(DateTimeZone zone) : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            OffsetInstant.TryParse(ReadString(ref reader, "an instant such as \"2026-03-09T12:30:00-07:00\""), out var value, out var problem)
                ? value : throw new ValueProblem(problem);

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => writer.WriteStringValue(OffsetInstant.Format(value, zone));
    }

    /// <summary>Times of day as <c>HH:mm</c> (or <c>HH:mm:ss</c>).</summary>
    internal sealed class LocalTimeConverter : JsonConverter<LocalTime>
    {
        private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
        private static readonly LocalTimePattern HourMinuteSecond = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

        public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "a time of day such as \"09:00\"");
            return TryParse(text, out var time) ? time : throw new ValueProblem($"\"{SafeText.Echo(text, 60)}\" is not a time of day; write HH:mm such as 09:00.");
        }

        public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

        /// <summary>Parses <c>HH:mm</c> or <c>HH:mm:ss</c>.</summary>
        internal static bool TryParse(string text, out LocalTime time)
        {
            var parsed = HourMinute.Parse(text);
            parsed = parsed.Success ? parsed : HourMinuteSecond.Parse(text);
            time = parsed.Success ? parsed.Value : default;
            return parsed.Success;
        }

        /// <summary>A time as <c>HH:mm</c>, or <c>HH:mm:ss</c> when it has seconds.</summary>
        internal static string Format(LocalTime value) => (value.Second == 0 ? HourMinute : HourMinuteSecond).Format(value);
    }

    /// <summary>Dates as <c>yyyy-MM-dd</c>.</summary>
    internal sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "a date such as \"2026-12-25\"");
            var parsed = LocalDatePattern.Iso.Parse(text);
            return !parsed.Success ? throw new ValueProblem($"\"{SafeText.Echo(text, 60)}\" is not a date; write yyyy-MM-dd such as 2026-12-25.")
                : SupportedDates.Contains(parsed.Value) ? parsed.Value : throw new ValueProblem(SupportedDates.OutOfRange(text));
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

        public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WritePropertyName(LocalDatePattern.Iso.Format(value));
    }

    /// <summary>
    /// Enums by name, written as their name (or through <paramref name="naming"/>), read ignoring case, spaces, hyphens
    /// and underscores (the manual's <c>Waiting on Customer</c> reads as <c>WaitingOnCustomer</c>); numbers are refused.
    /// </summary>
    internal sealed class EnumConverterFactory(JsonNamingPolicy? naming) : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EnumConverter<>).MakeGenericType(typeToConvert), naming)!;
    }

    private sealed class EnumConverter<T>(JsonNamingPolicy? naming) : JsonConverter<T>, IAcceptsNames
        where T : struct, Enum
    {
        private static readonly (string Key, T Value)[] Keys = [.. Enum.GetValues<T>().Select(v => (Normalize(v.ToString()), v))];
        private static readonly string Noun = JsonContract.WithArticle(JsonContract.Words(typeof(T).Name));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "a string");
            return Find(text) is { Key: not null } found ? found.Value
                : throw new ValueProblem($"\"{SafeText.Echo(text, 60)}\" is not {Noun}; use one of {string.Join(", ", Enum.GetNames<T>().Select(Name))}.");
        }

        public bool Accepts(string name) => Find(name).Key is not null;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value.ToString()));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Name(value.ToString()));

        private static string Normalize(string text) => string.Concat(text.Where(c => c is not (' ' or '-' or '_')));

        private static (string Key, T Value) Find(string text)
        {
            var key = Normalize(text);
            return Keys.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase));
        }

        private string Name(string name) => naming?.ConvertName(name) ?? name;
    }

    /// <summary>A converter of names (enums, weekdays) that can say whether it reads a name without throwing: a map with
    /// thousands of unknown keys is counted past the problems listed without an exception per key.</summary>
    internal interface IAcceptsNames
    {
        /// <summary>True when <paramref name="name"/> reads as a value.</summary>
        bool Accepts(string name);
    }

    /// <summary>A value a converter refuses; its message is the plain sentence reported at the value's path.</summary>
    /// <param name="sentence">The sentence, such as <c>"P2W" counts weeks, months or years…</c>.</param>
    internal sealed class ValueProblem(string? sentence) : JsonException(sentence);

    /// <summary>The decimal text of a number, for messages.</summary>
    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    /// <summary>Time zones as tzdb ids (<c>America/Los_Angeles</c>); not in <see cref="Options"/>: a format adds it.</summary>
    internal sealed class TimeZoneConverter : JsonConverter<DateTimeZone>
    {
        public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var id = ReadString(ref reader, "a tzdb time-zone id such as \"America/Los_Angeles\"");
            return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
                ?? throw new ValueProblem($"'{SafeText.Echo(id, 60)}' is not a tzdb time-zone id (for example America/Los_Angeles or Europe/Berlin).");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }

    /// <summary>A file number that counts a unit (<c>"latencyMs": 501</c>) standing for a record's duration (<c>Latency</c>).</summary>
    /// <param name="File">The file's name.</param>
    /// <param name="Record">The record's JSON name.</param>
    /// <param name="Unit">What 1 counts.</param>
    /// <param name="Max">The largest magnitude a file may give.</param>
    internal readonly record struct NumberUnit(string File, string Record, Duration Unit, decimal Max);

    /// <summary>Reads the numbers of <paramref name="units"/> in <paramref name="obj"/> as the record's ISO durations (for <see cref="JsonFormat{T}.PrepareChecked"/>); a non-number or one out of range is a problem at the file's name.</summary>
    public static void NumbersAsDurations(JsonObject obj, string path, JsonInput input, params NumberUnit[] units)
    {
        foreach (var (file, record, unit, max) in units)
        {
            if (!obj.TryGetPropertyValue(file, out var value) || !obj.Remove(file) || value is null)
            {
                continue;
            }

            var at = JsonInput.Property(path, file);
            if (value.GetValueKind() != JsonValueKind.Number)
            {
                input.Problem(at, $"expected a number, got {JsonContract.Describe(value)}.");
            }
            else if (!value.AsValue().TryGetValue<decimal>(out var n) || Math.Abs(n) > max)
            {
                input.Problem(at, $"must be at most {Invariant(max)}, got {SafeText.Echo(value.ToJsonString(), 40)}.");
            }
            else
            {
                obj[record] = IsoDuration.Format(Duration.FromNanoseconds((long)Math.Round(n * unit.ToInt64Nanoseconds(), MidpointRounding.AwayFromZero)));
            }
        }
    }

    /// <summary>The written object with the durations of <paramref name="units"/> as the file's numbers, in place, other properties unchanged.</summary>
    public static JsonObject DurationsAsNumbers(JsonObject obj, params NumberUnit[] units) =>
        new(obj.Select(p => units.FirstOrDefault(u => u.Record == p.Key) is { File: not null } u && p.Value is not null
            && IsoDuration.TryParse(p.Value.GetValue<string>(), out var d, out _, IsoDurationDays.AsTwentyFourHours)
            ? KeyValuePair.Create(u.File, (JsonNode?)((decimal)d.ToInt64Nanoseconds() / u.Unit.ToInt64Nanoseconds()))
            : KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    /// <summary>Indented output with <c>+</c> kept readable, as the policy files are written.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Options whose contracts come from <paramref name="context"/> without the members that have no setter (a zone computed from its id).</summary>
    public static JsonSerializerOptions SettableOnly(IJsonTypeInfoResolver context, JsonSerializerOptions options)
    {
        options.TypeInfoResolver = context.WithAddedModifier(info =>
        {
            foreach (var computed in info.Properties.Where(p => p.Set is null && !JsonContract.IsConstructorParameter(info.Type, p.Name)).ToList())
            {
                info.Properties.Remove(computed);
            }
        });
        return options;
    }

    /// <summary>A text field the file names <paramref name="file"/> and the record <paramref name="record"/> (for <see cref="JsonFormat{T}.PrepareChecked"/>).</summary>
    public static void Rename(JsonObject obj, string path, JsonInput input, string file, string record)
    {
        if (obj.ContainsKey(record))
        {
            input.Problem(JsonInput.Property(path, record), $"unknown property '{record}'; did you mean '{file}'?");
        }

        if (obj.TryGetPropertyValue(file, out var value) && obj.Remove(file) && value is not null)
        {
            if (value.GetValueKind() == JsonValueKind.String)
            {
                obj[record] = value;
            }
            else
            {
                input.Problem(JsonInput.Property(path, file), $"expected a string, got {JsonContract.Describe(value)}.");
            }
        }
    }

    /// <summary>The written object with its properties renamed (record name, file name), in place, others unchanged.</summary>
    public static JsonObject Renamed(JsonObject obj, params (string Record, string File)[] names) =>
        new(obj.Select(p => KeyValuePair.Create(names.FirstOrDefault(n => n.Record == p.Key).File ?? p.Key, p.Value?.DeepClone())));

    /// <summary>Enums of <typeparamref name="T"/> written by their own name whatever the options' naming (insert first: tiers and priorities in a camelCase file).</summary>
    public static JsonConverter EnumByName<T>()
        where T : struct, Enum => new EnumConverter<T>(null);

    /// <summary>A converter that reads more than one JSON kind (an on-call level <c>1</c> or key <c>"1"</c>, a shift length <c>7</c> or <c>"P1W"</c>, a shift object): the reader leaves the kind check to it.</summary>
    internal interface IReadsAnyKind;

    /// <summary>Instants that keep the offset they are written with (an on-call shift's start in its rotation's zone), read as <see cref="OffsetInstant"/> reads them.</summary>
    internal sealed class OffsetDateTimeConverter : JsonConverter<OffsetDateTime>
    {
        public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "an instant such as \"2026-03-09T12:30:00-07:00\"");
            return OffsetInstant.TryParse(text, out _, out var problem) ? OffsetDateTimePattern.ExtendedIso.Parse(text).Value : throw new ValueProblem(problem);
        }

        public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) => writer.WriteStringValue(OffsetDateTimePattern.Rfc3339.Format(value));
    }

    /// <summary>Calendar and on-call shifts and the evening shift: <c>{"open": "17:00", "close": "09:00"}</c>, a close of <c>24:00</c> meaning midnight.</summary>
    internal sealed class ShiftIntervalConverter : JsonConverter<ShiftInterval>, IReadsAnyKind
    {
        public override ShiftInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var shift = reader.TokenType == JsonTokenType.StartObject ? JsonNode.Parse(ref reader)!.AsObject() : throw Expected("an object such as {\"open\": \"17:00\", \"close\": \"09:00\"}", ref reader);
            return shift.FirstOrDefault(p => p.Key is not ("open" or "close")) is { Key: { } unknown }
                ? throw new ValueProblem($"unknown property '{SafeText.Echo(unknown, 60)}'; a shift is {{\"open\": \"17:00\", \"close\": \"09:00\"}}.") : new(Time(shift, "open"), Time(shift, "close"));
        }

        public override void Write(Utf8JsonWriter writer, ShiftInterval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("open", LocalTimeConverter.Format(value.Open));
            writer.WriteString("close", ClosingTimeConverter.Format(value.Close));
            writer.WriteEndObject();
        }

        private static LocalTime Time(JsonObject shift, string name) => shift[name] is not JsonValue v || !v.TryGetValue<string>(out var text) ? throw new ValueProblem($"the shift has no '{name}' time; write HH:mm such as \"09:00\".")
            : name == "close" && ClosingTimeConverter.IsEndOfDay(text) ? LocalTime.Midnight : LocalTimeConverter.TryParse(text, out var time) ? time
            : throw new ValueProblem($"\"{SafeText.Echo(text, 60)}\" is not a time of day for '{name}'; write HH:mm such as 09:00{(name == "close" ? " (or 24:00)" : string.Empty)}.");
    }

    /// <summary>Weekdays as lowercase English names (<c>monday</c>), as values and as map keys (calendar weeks).</summary>
    internal sealed class DayNameConverter : JsonConverter<IsoDayOfWeek>, IAcceptsNames
    {
        private static readonly string[] Names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

        public override IsoDayOfWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "a day name such as \"monday\"");
            var day = Array.IndexOf(Names, text);
            return day >= 0 ? (IsoDayOfWeek)(day + 1) : throw new ValueProblem($"'{SafeText.Echo(text, 60)}' is not a day name; use lowercase English: {string.Join(", ", Names)}.");
        }

        public override void Write(Utf8JsonWriter writer, IsoDayOfWeek value, JsonSerializerOptions options) => writer.WriteStringValue(Names[(int)value - 1]);

        public bool Accepts(string name) => Array.IndexOf(Names, name) >= 0;

        public override IsoDayOfWeek ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, IsoDayOfWeek value, JsonSerializerOptions options) => writer.WritePropertyName(Names[(int)value - 1]);
    }

    /// <summary>A closing time of day, where <c>24:00</c> is the midnight that ends the day (a calendar shift's <c>close</c>).</summary>
    /// <param name="Time">The time; midnight is written <c>24:00</c>.</param>
    [JsonConverter(typeof(ClosingTimeConverter))]
    internal readonly record struct ClosingTime(LocalTime Time);

    /// <summary>Reads and writes <see cref="ClosingTime"/>: <c>24:00</c> (or <c>24:00:00</c>) is midnight, anything else as <see cref="LocalTimeConverter"/>.</summary>
    internal sealed class ClosingTimeConverter : JsonConverter<ClosingTime>
    {
        private static readonly LocalTimeConverter Times = new();

        public override ClosingTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.TokenType == JsonTokenType.String && IsEndOfDay(reader.GetString()) ? LocalTime.Midnight : Times.Read(ref reader, typeof(LocalTime), options));

        public override void Write(Utf8JsonWriter writer, ClosingTime value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value.Time));

        /// <summary>Whether a closing time is written as the midnight that ends the day (<c>24:00</c> or <c>24:00:00</c>).</summary>
        internal static bool IsEndOfDay(string? text) => text is "24:00" or "24:00:00";

        /// <summary>A closing time: midnight as <c>24:00</c>, any other as <see cref="LocalTimeConverter.Format"/>.</summary>
        internal static string Format(LocalTime time) => time == LocalTime.Midnight ? "24:00" : LocalTimeConverter.Format(time);
    }
}
