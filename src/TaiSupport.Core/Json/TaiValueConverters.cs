using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
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
            var parsed = HourMinute.Parse(text);
            parsed = parsed.Success ? parsed : HourMinuteSecond.Parse(text);
            return parsed.Success ? parsed.Value : throw new ValueProblem($"\"{SafeText.Echo(text, 60)}\" is not a time of day; write HH:mm such as 09:00.");
        }

        public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue((value.Second == 0 ? HourMinute : HourMinuteSecond).Format(value));
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

    private sealed class EnumConverter<T>(JsonNamingPolicy? naming) : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly string Noun = JsonContract.Words(typeof(T).Name);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "a string");
            var key = Normalize(text);
            foreach (var value in Enum.GetValues<T>())
            {
                if (string.Equals(Normalize(value.ToString()), key, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            throw new ValueProblem($"\"{SafeText.Echo(text, 60)}\" is not a{(Noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "n" : string.Empty)} {Noun}; use one of {string.Join(", ", Enum.GetNames<T>().Select(Name))}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value.ToString()));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Name(value.ToString()));

        private static string Normalize(string text) => string.Concat(text.Where(c => c is not (' ' or '-' or '_')));

        private string Name(string name) => naming?.ConvertName(name) ?? name;
    }

    /// <summary>A value a converter refuses; its message is the plain sentence reported at the value's path.</summary>
    /// <param name="sentence">The sentence, such as <c>"P2W" counts weeks, months or years…</c>.</param>
    internal sealed class ValueProblem(string? sentence) : JsonException(sentence);

    /// <summary>The decimal text of a number, for messages.</summary>
    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Weekdays as lowercase English names (<c>monday</c>), as values and as map keys (calendar weeks).</summary>
    internal sealed class DayNameConverter : JsonConverter<IsoDayOfWeek>
    {
        private static readonly string[] Names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

        public override IsoDayOfWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = ReadString(ref reader, "a day name such as \"monday\"");
            var day = Array.IndexOf(Names, text);
            return day >= 0 ? (IsoDayOfWeek)(day + 1) : throw new ValueProblem($"'{SafeText.Echo(text, 60)}' is not a day name; use lowercase English: {string.Join(", ", Names)}.");
        }

        public override void Write(Utf8JsonWriter writer, IsoDayOfWeek value, JsonSerializerOptions options) => writer.WriteStringValue(Names[(int)value - 1]);

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
            new(reader.TokenType == JsonTokenType.String && reader.GetString() is "24:00" or "24:00:00" ? LocalTime.Midnight : Times.Read(ref reader, typeof(LocalTime), options));

        public override void Write(Utf8JsonWriter writer, ClosingTime value, JsonSerializerOptions options)
        {
            if (value.Time == LocalTime.Midnight)
            {
                writer.WriteStringValue("24:00");
            }
            else
            {
                Times.Write(writer, value.Time, options);
            }
        }
    }
}
