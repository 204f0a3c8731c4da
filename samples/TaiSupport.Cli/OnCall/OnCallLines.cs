using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Json;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.OnCall;

/// <summary>
/// The JSON lines <c>tai oncall</c> reads (docs/oncall.md), each a small record read through the library
/// (<see cref="TaiJson.Read{T}(JsonElement, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}, Func{T, FluentValidation.Results.ValidationResult}?, bool)"/>,
/// issue 11: the samples carry no JSON readers of their own). The line's <c>id</c> is not part of a record: the runner
/// echoes it, and the incident and call-in readers keep the library's <see cref="JsonLine.IdText"/>.
/// </summary>
internal static class OnCallLines
{
    private static readonly IncidentLineRules IncidentRules = new();
    private static readonly CallInLineRules CallInRules = new();

    /// <summary>An incident line <c>{"id","at","level"?,"person"?}</c>.</summary>
    public static PagedIncident Incident(JsonLine line)
    {
        var read = LineReads.ValueOrThrow(TaiJson.Read(line.Root, LineContract.Contracts.IncidentLine, IncidentRules.Validate, ignoreUnknown: true));
        return new PagedIncident(read.At) { Id = line.IdText, Level = (OnCallLevel?)read.Level, Person = read.Person };
    }

    /// <summary>A call-in line <c>{"id","person","start","end","level"?}</c>.</summary>
    public static CallIn CallIn(JsonLine line)
    {
        var read = LineReads.ValueOrThrow(TaiJson.Read(line.Root, LineContract.Contracts.CallInLine, CallInRules.Validate, ignoreUnknown: true));
        return new CallIn(read.Person, read.Start, read.End) { Id = line.IdText, Level = (OnCallLevel?)read.Level };
    }

    /// <summary>The instant of a <c>who --input</c> line <c>{"id","at"}</c>.</summary>
    public static Instant WhoAt(JsonElement line) =>
        LineReads.ValueOrThrow(TaiJson.Read(line, LineContract.Contracts.WhoLine, null, ignoreUnknown: true)).At;

    /// <summary>A swap step <c>{"id","action",…}</c>, checked against the schedule as it is before the step.</summary>
    public static SwapLine Swap(JsonElement line, OnCallSchedule schedule) =>
        LineReads.ValueOrThrow(TaiJson.Read(line, LineContract.Contracts.SwapLine, new SwapLineRules(schedule).Validate, ignoreUnknown: true));

    /// <summary>The request a <c>request</c> step describes (after <see cref="Swap"/> has checked it).</summary>
    public static SwapRequest Request(SwapLine line, OnCallSchedule schedule)
    {
        var level = (OnCallLevel)line.Level!.Value;
        return new SwapRequest
        {
            Id = line.Id,
            RequestedBy = line.RequestedBy!,
            CoveredBy = line.CoveredBy!,
            Give = Part(schedule, level, line.Shift, line.From, line.To)!,
            Take = line.HasTake ? Part(schedule, line.TakeLevel is { } take ? (OnCallLevel)take : level, line.TakeShift, line.TakeFrom, line.TakeTo) : null,
        };
    }

    /// <summary>A whole shift by its hand-off date, or an interval.</summary>
    internal static ShiftPart? Part(OnCallSchedule schedule, OnCallLevel level, LocalDate? shift, Instant? from, Instant? to) =>
        shift is { } date ? ShiftPart.WholeShift(schedule, level, date)
        : from is { } start && to is { } end ? new ShiftPart(level, start, end)
        : null;

    private static IRuleBuilderOptions<T, int?> Level<T>(IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, 3).WithMessage((_, level) => $"must be between 1 and 3, got {level}.");

    private sealed class IncidentLineRules : AbstractValidator<IncidentLine>
    {
        public IncidentLineRules() => Level(RuleFor(l => l.Level));
    }

    private sealed class CallInLineRules : AbstractValidator<CallInLine>
    {
        public CallInLineRules()
        {
            Level(RuleFor(l => l.Level));
            RuleFor(l => l.End).Must((l, end) => end >= l.Start).WithMessage("is before start.");
        }
    }

    /// <summary>A swap step's fields for its action (§5.1, D19): who asks and covers, the level, the shift given and the one taken.</summary>
    private sealed class SwapLineRules : AbstractValidator<SwapLine>
    {
        public SwapLineRules(OnCallSchedule schedule)
        {
            RuleFor(l => l.Action).Must(a => a is "request" or "accept" or "decline" or "cancel")
                .WithMessage((_, action) => $"\"{SafeText.Echo(action, 60)}\" is not one of request, accept, decline, cancel.");
            When(l => l.Action is "accept" or "decline" or "cancel", () => RuleFor(l => l.By).NotNull().WithMessage("is required."));
            When(l => l.Action == "request", () =>
            {
                RuleFor(l => l.RequestedBy).NotNull().WithMessage("is required.");
                RuleFor(l => l.CoveredBy).NotNull().WithMessage("is required.");
                Level(RuleFor(l => l.Level).NotNull().WithMessage("is required."));
                Level(RuleFor(l => l.TakeLevel));
                RuleFor(l => l.Shift).Must((l, date) => ShiftPart.WholeShift(schedule, (OnCallLevel)l.Level!.Value, date!.Value) is not null)
                    .When(l => l.Shift is not null && l.Level is >= 1 and <= 3)
                    .WithMessage((l, date) => $"{Date(date)} is not a hand-off date of a level {l.Level} rotation of the team.");
                When(l => l.Shift is null, () =>
                {
                    RuleFor(l => l.From).NotNull().WithMessage("is required.");
                    RuleFor(l => l.To).Cascade(CascadeMode.Stop).NotNull().WithMessage("is required.")
                        .Must((l, end) => l.From is null || end > l.From).WithMessage("must be after from.");
                });
                RuleFor(l => l.TakeShift).Must((l, date) => ShiftPart.WholeShift(schedule, (OnCallLevel)(l.TakeLevel ?? l.Level)!.Value, date!.Value) is not null)
                    .When(l => l.TakeShift is not null && l.Level is >= 1 and <= 3 && l.TakeLevel is null or (>= 1 and <= 3))
                    .WithMessage((l, date) => $"{Date(date)} is not a hand-off date of a level {l.TakeLevel ?? l.Level} rotation of the team.");
                When(l => l.HasTake && l.TakeShift is null, () =>
                {
                    RuleFor(l => l.TakeFrom).NotNull().WithMessage("is required.");
                    RuleFor(l => l.TakeTo).Cascade(CascadeMode.Stop).NotNull().WithMessage("is required.")
                        .Must((l, end) => l.TakeFrom is null || end > l.TakeFrom).WithMessage("must be after takeFrom.");
                });
            });
        }

        private static string Date(LocalDate? date) => NodaTime.Text.LocalDatePattern.Iso.Format(date!.Value);
    }
}

/// <summary>An incident line of <c>--incidents</c>: when it paged, and optionally the level and the person paged.</summary>
internal sealed record IncidentLine
{
    public required Instant At { get; init; }

    public int? Level { get; init; }

    public string? Person { get; init; }
}

/// <summary>A call-in line of <c>--callins</c> (issue 17): who was called in, from when to when, at which level.</summary>
internal sealed record CallInLine
{
    public required string Person { get; init; }

    public required Instant Start { get; init; }

    public required Instant End { get; init; }

    public int? Level { get; init; }
}

/// <summary>A line of <c>oncall who --input</c>.</summary>
internal sealed record WhoLine
{
    public required Instant At { get; init; }
}

/// <summary>
/// A step of <c>oncall swap</c>: <c>request</c> (requestedBy, coveredBy, level, and the shift given as <c>shift</c> or
/// <c>from</c>/<c>to</c>; a swap also takes <c>takeShift</c> or <c>takeFrom</c>/<c>takeTo</c>, at <c>takeLevel</c>), or
/// <c>accept</c>, <c>decline</c>, <c>cancel</c> by someone (<c>by</c>).
/// </summary>
internal sealed record SwapLine
{
    public required string Id { get; init; }

    public required string Action { get; init; }

    public string? By { get; init; }

    public string? RequestedBy { get; init; }

    public string? CoveredBy { get; init; }

    public int? Level { get; init; }

    public LocalDate? Shift { get; init; }

    public Instant? From { get; init; }

    public Instant? To { get; init; }

    public int? TakeLevel { get; init; }

    public LocalDate? TakeShift { get; init; }

    public Instant? TakeFrom { get; init; }

    public Instant? TakeTo { get; init; }

    /// <summary>True when the step names a shift to take (a swap), not only one to give (a cover).</summary>
    [JsonIgnore]
    public bool HasTake => TakeShift is not null || TakeFrom is not null || TakeTo is not null;
}
