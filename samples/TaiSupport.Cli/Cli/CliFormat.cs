using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.Cli;

/// <summary>How the CLI reads and writes instants, durations and JSON.</summary>
internal static class CliFormat
{
    /// <summary>Compact JSON that keeps '+' in offsets readable.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    /// <summary>Indented JSON for documents a person reads.</summary>
    public static JsonSerializerOptions IndentedJson { get; } = new(Json) { WriteIndented = true };

    /// <summary>Parses an ISO-8601 date-time with an offset (or Z) through <see cref="OffsetInstant.TryParse"/>; null when malformed or out of range.</summary>
    public static Instant? ParseInstant(string text) => OffsetInstant.TryParse(text, out var value, out _) ? value : null;

    /// <summary>Parses a command-line instant option, stopping the command (exit code 2) with a clear message when malformed or out of range.</summary>
    public static Instant ParseInstantOption(string text, string optionName) =>
        OffsetInstant.TryParse(text, out var value, out var problem) ? value : throw new CliFatalException($"{optionName}: {problem}");

    /// <summary>Formats an instant in a zone with its offset: <c>2026-03-09T12:30:00-07:00</c>.</summary>
    public static string Instant(Instant instant, DateTimeZone zone) =>
        OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime());

    /// <summary>Formats a duration as ISO-8601 in hours, minutes and seconds, such as <c>PT1H</c>, <c>PT24H</c> or <c>PT1H30M</c>.</summary>
    public static string IsoDuration(Duration duration)
    {
        var sign = duration < Duration.Zero ? "-" : string.Empty;
        var span = duration < Duration.Zero ? -duration : duration;
        var hours = (long)span.TotalHours;
        var minutes = span.Minutes;
        var seconds = span.Seconds + (span.SubsecondNanoseconds / 1e9m);
        var text = (hours > 0 ? $"{hours}H" : string.Empty)
            + (minutes > 0 ? $"{minutes}M" : string.Empty)
            + (seconds > 0 ? $"{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}S" : string.Empty);
        return $"{sign}PT{(text.Length == 0 ? "0S" : text)}";
    }
}
