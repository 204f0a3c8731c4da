using FluentValidation;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.Lines;

/// <summary>
/// A <c>tai calendar due</c> line: <c>{"id", "start", "minutes"}</c>, or <c>"seconds"</c> instead of minutes, or
/// <c>"workingDays"</c> with an optional <c>"mode"</c> (<c>sameTime</c>, <c>endOfDay</c>, <c>startOfDay</c>, <c>at</c> with <c>"at": "16:00"</c>).
/// </summary>
internal sealed record CalendarDueLine
{
    /// <summary>The modes by their line spelling.</summary>
    public static readonly IReadOnlyDictionary<string, WorkingDayMode> Modes = new Dictionary<string, WorkingDayMode>(StringComparer.Ordinal)
    {
        ["sameTime"] = WorkingDayMode.SameLocalTime,
        ["endOfDay"] = WorkingDayMode.EndOfDay,
        ["startOfDay"] = WorkingDayMode.StartOfDay,
        ["at"] = WorkingDayMode.AtLocalTime,
    };

    /// <summary>Ranges, the mode's spelling and the time <c>at</c> needs; minutes are required unless seconds or working days are given.</summary>
    public static readonly InlineValidator<CalendarDueLine> Validator = new()
    {
        v => v.RuleFor(l => l.WorkingDays).Must(d => d is null or (>= -100_000 and <= 100_000)).WithMessage((_, d) => Between(-100_000, 100_000, d)),
        v => v.RuleFor(l => l.Mode).Must(m => m is null || Modes.ContainsKey(m)).When(l => l.WorkingDays is not null)
            .WithMessage((_, m) => $"{SafeText.Echo(m!)} is not a mode; use sameTime, endOfDay, startOfDay or at."),
        v => v.RuleFor(l => l.At).NotNull().When(l => l.WorkingDays is not null && l.Mode == "at").WithMessage("mode \"at\" needs \"at\": a local time HH:mm such as 16:00."),
        v => v.RuleFor(l => l.Seconds).Must(s => s is >= -6_000_000_000 and <= 6_000_000_000).When(l => l.WorkingDays is null && l.Seconds is not null)
            .WithMessage((_, s) => Between(-6_000_000_000, 6_000_000_000, s)),
        v => v.RuleFor(l => l.Minutes).NotNull().WithMessage("is required.").When(l => l.WorkingDays is null && l.Seconds is null),
        v => v.RuleFor(l => l.Minutes).Must(m => m is >= -100_000_000 and <= 100_000_000).When(l => l.WorkingDays is null && l.Seconds is null && l.Minutes is not null)
            .WithMessage((_, m) => Between(-100_000_000, 100_000_000, m)),
    };

    /// <summary>Where the count starts.</summary>
    public required Instant Start { get; init; }

    /// <summary>Open minutes to add (negative: before start).</summary>
    public long? Minutes { get; init; }

    /// <summary>Open seconds to add, instead of minutes.</summary>
    public long? Seconds { get; init; }

    /// <summary>Working days to add, instead of minutes.</summary>
    public long? WorkingDays { get; init; }

    /// <summary>How a working-day due lands; <c>sameTime</c> when absent.</summary>
    public string? Mode { get; init; }

    /// <summary>The local time of mode <c>at</c>.</summary>
    public LocalTime? At { get; init; }

    private static string Between(long min, long max, long? value) => $"must be between {min} and {max}, got {value}.";
}

/// <summary>A <c>tai calendar elapsed</c> line: <c>{"id", "from", "to", "unit"?}</c> (<c>minutes</c> or <c>seconds</c>).</summary>
internal sealed record CalendarElapsedLine
{
    /// <summary>The unit's spelling.</summary>
    public static readonly InlineValidator<CalendarElapsedLine> Validator = new()
    {
        v => v.RuleFor(l => l.Unit).Must(u => u is null or "minutes" or "seconds").WithMessage((_, u) => $"{SafeText.Echo(u!)} is not a unit; use minutes or seconds."),
    };

    /// <summary>The start of the interval.</summary>
    public required Instant From { get; init; }

    /// <summary>The end of the interval.</summary>
    public required Instant To { get; init; }

    /// <summary>The unit of the answer; minutes when absent.</summary>
    public string? Unit { get; init; }
}
