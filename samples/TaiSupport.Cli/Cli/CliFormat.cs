using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
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
        OffsetInstant.TryParse(text, out var value, out var problem) ? OptionRange.Instant(value, optionName) : throw new CliFatalException($"{optionName}: {problem}");

    /// <summary>Formats an instant in a zone with its offset (<see cref="OffsetInstant.Format"/>): <c>2026-03-09T12:30:00-07:00</c>.</summary>
    public static string Instant(Instant instant, DateTimeZone zone) => OffsetInstant.Format(instant, zone);

    /// <summary>Formats a duration in the library's one ISO spelling (<see cref="Core.Text.IsoDuration.Format"/>): <c>PT1H</c>, <c>PT24H</c>, <c>-PT30M</c>.</summary>
    public static string IsoDuration(Duration duration) => Core.Text.IsoDuration.Format(duration);
}
