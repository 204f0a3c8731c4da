using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Reads and writes the on-call formats (<c>docs/oncall.md</c>): a <b>team</b> (rotations, people, policy) and a
/// <b>schedule</b> (<c>{"team", "from", "to", "shifts", "overrides"}</c>). Every problem comes at once with its JSON path,
/// shape and rule mistakes in one pass (<see cref="JsonContract"/> over small file models, then the validators). A
/// rotation needs only <c>level</c> and <c>participants</c>; the rest defaults to the level's ready rotation (D18).
/// </summary>
/// <example>
/// <code>
/// var team = OnCallJson.ReadTeam("""{"rotations": [{"level": 1, "participants": ["Sarah", "Marcus", "Jessica", "Alex"]}]}""");
/// File.WriteAllText("schedule.json", OnCallJson.Write(RotaGenerator.Generate(RotaRequest.ForWeeks(team.GetValueOrThrow(), new LocalDate(2026, 1, 5), 13)).Schedule!));
/// </code>
/// </example>
public static class OnCallJson
{
    private static readonly FormatContracts Files = new(Options(IsoDurationDays.AsTwentyFourHours)); // on-call time is wall-clock: P1D = 24 h
    private static readonly OnCallTeamValidator TeamValidator = new();
    private static readonly JsonFormat<OnCallPolicy> PolicyFormat = new() { Contract = Files.OnCallPolicy, MergeOnto = () => OnCallPolicy.Default };

    private static readonly JsonFormat<TeamFile> TeamFormat = new() { Contract = Files.TeamFile, Prepare = PrepareTeam, ValidateDespiteProblems = true, Validate = f => Whole(f) ? Distinct(CheckTeam(f, string.Empty)) : new() };
    private static readonly JsonFormat<ScheduleFile> ScheduleFormat = new() { Contract = Files.ScheduleFile, Prepare = o => PrepareTeam(o["team"] as JsonObject), ValidateDespiteProblems = true, Validate = f => Whole(f.Team) && f.Shifts?.Contains(null!) is not true && f.Overrides?.Contains(null!) is not true ? CheckSchedule(f) : new() };

    /// <summary>Reads and validates a team.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The team, or every problem.</returns>
    public static LoadResult<OnCallTeam> ReadTeam(string json) => JsonContract.Read(json, TeamFormat) is var r && r.IsValid ? LoadResult<OnCallTeam>.Success(ToTeam(r.Value!)) : LoadResult<OnCallTeam>.Failure(r.Problems);

    /// <summary>Reads and validates a schedule.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule, or every problem.</returns>
    public static LoadResult<OnCallSchedule> ReadSchedule(string json) => JsonContract.Read(json, ScheduleFormat) is var r && r.IsValid ? LoadResult<OnCallSchedule>.Success(ToSchedule(r.Value!)) : LoadResult<OnCallSchedule>.Failure(r.Problems);

    /// <summary>Writes a team as indented JSON.</summary>
    /// <param name="team">The team.</param>
    /// <returns>The JSON text, readable by <see cref="ReadTeam(string)"/>.</returns>
    public static string Write(OnCallTeam team) => Indented(JsonSerializer.SerializeToNode(ToFile(team ?? throw new ArgumentNullException(nameof(team))), Files.TeamFile)!, "rotations");

    /// <summary>Writes a schedule as indented JSON, each shift with its start and end instants (in its rotation's zone) for readers.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The JSON text, readable by <see cref="ReadSchedule(string)"/>.</returns>
    public static string Write(OnCallSchedule schedule)
    {
        var shifts = (schedule ?? throw new ArgumentNullException(nameof(schedule))).Shifts.OrderBy(s => s.Level).ThenBy(s => s.Date).ThenBy(s => s.Time).Select(s => schedule.Team.RotationFor(s.Level)! is var r && r.SlotOn(s.Date, s.Time) is var slot
            ? new ShiftFile((int)s.Level, s.Date, s.Person, s.Time, slot.Start.InZone(r.Zone).ToOffsetDateTime(), slot.End.InZone(r.Zone).ToOffsetDateTime()) : null!);
        var covers = schedule.Overrides.Select(c => (schedule.Team.RotationFor(c.Level)?.Zone ?? schedule.Team.Zone) is var zone
            ? new CoverFile((int)c.Level, c.Start.InZone(zone).ToOffsetDateTime(), c.End.InZone(zone).ToOffsetDateTime(), c.Person, c.For, c.Note) : null!);
        return Indented(JsonSerializer.SerializeToNode(new ScheduleFile(ToFile(schedule.Team), schedule.From, schedule.To, [.. shifts], [.. covers]), Files.ScheduleFile)!, "team", "rotations");
    }

    /// <summary>Reads an on-call policy section (partial, merged onto <see cref="OnCallPolicy.Default"/>) inside a larger walk (the policy pack).</summary>
    internal static OnCallPolicy ReadPolicy(JsonElement element, string path, JsonInput input) =>
        JsonContract.Read(JsonContract.ToNode(element, path, input), path, input, PolicyFormat) ?? OnCallPolicy.Default;

    /// <summary>Writes an on-call policy section.</summary>
    internal static void WritePolicy(Utf8JsonWriter writer, OnCallPolicy policy) => JsonSerializer.Serialize(writer, policy, Files.OnCallPolicy);

    /// <summary>The on-call spellings: levels as numbers (keys <c>"1"</c>), shift lengths, <c>{"open","close"}</c> shifts, instants in their zone, camelCase enums.</summary>
    internal static JsonSerializerOptions Options(IsoDurationDays days)
    {
        var options = TaiValueConverters.Options(days, JsonNamingPolicy.CamelCase);
        options.WriteIndented = true;
        Array.ForEach<JsonConverter>([new LevelConverter(), new LengthConverter(), new TaiValueConverters.ShiftIntervalConverter(), new TaiValueConverters.OffsetDateTimeConverter()], c => options.Converters.Insert(0, c));
        return options;
    }

    /// <summary>A team's partial policy merges onto the default; a built-in coverage name reads as <c>{"name": …}</c>.</summary>
    private static void PrepareTeam(JsonObject? team)
    {
        team?["policy"] = team["policy"] is JsonObject policy ? JsonContract.MergeOnto(JsonSerializer.SerializeToNode(OnCallPolicy.Default, Files.OnCallPolicy)!, policy) : team["policy"]?.DeepClone();
        foreach (var rotation in (team?["rotations"] as JsonArray ?? []).OfType<JsonObject>().Where(r => r["coverage"] is JsonValue v && v.TryGetValue<string>(out var name) && CoverageWindow.BuiltIn.Any(c => c.Name == name)))
        {
            rotation["coverage"] = new JsonObject { ["name"] = rotation["coverage"]!.DeepClone() };
        }
    }

    /// <summary>The file's own rules (a hand-off weekday agrees with its date and needs weekly shifts; coverage in an unknown zone), then the team validator.</summary>
    private static IEnumerable<ValidationFailure> CheckTeam(TeamFile team, string prefix)
    {
        for (var i = 0; i < (team.Rotations?.Length ?? 0); i++)
        {
            var (r, at) = (team.Rotations![i], $"{prefix}rotations[{i}]");
            var message = r.HandOff is not { Day: { } day } || r.HandOff is not { } handOff ? null
                : day == IsoDayOfWeek.None ? "'none' is not a day name; use monday to sunday."
                : handOff.Date is { } date && date.DayOfWeek != day ? $"{date:uuuu-MM-dd} is a {date.DayOfWeek}, not a {day}; give one of \"date\" and \"day\"."
                : handOff.Date is null && ToRotation(r, string.Empty).ShiftLength != ShiftLength.Week ? "a weekday fixes the hand-off only for weekly shifts; give the \"date\" of one hand-off instead." : null;
            var coverage = r.Coverage is { } c && DateTimeZoneProviders.Tzdb.GetZoneOrNull(r.TimeZone ?? team.TimeZone ?? BusinessCalendars.PacificTimeZoneId) is null ? BusinessCalendar.Validate(ToWindow(c).In("UTC")).Errors : [];
            foreach (var failure in (message is null ? [] : new[] { new ValidationFailure($"{at}.handOff.day", message) }).Concat(coverage.Select(f => new ValidationFailure($"{at}.coverage.{f.PropertyName}", f.ErrorMessage))))
            {
                yield return failure;
            }
        }

        foreach (var failure in TeamValidator.Validate(ToTeam(team)).Errors)
        {
            yield return new(prefix + failure.PropertyName, failure.ErrorMessage);
        }
    }

    private static ValidationResult CheckSchedule(ScheduleFile file)
    {
        var failures = CheckTeam(file.Team, "team.").ToList();
        var schedule = ToSchedule(file);
        failures.AddRange(schedule.Validate().Errors.Where(f => !f.PropertyName.StartsWith("team.", StringComparison.Ordinal))); // the team's are in already
        for (var (i, clean) = (0, failures.Count == 0); clean && i < schedule.Shifts.Length; i++) // a shift's start and end, when given, are its hand-offs
        {
            var (shift, rotation) = (schedule.Shifts[i], schedule.Team.RotationFor(schedule.Shifts[i].Level)!);
            var slot = rotation.SlotOn(shift.Date, shift.Time);
            foreach (var (name, given, expected) in new[] { ("start", file.Shifts![i].Start, slot.Start), ("end", file.Shifts[i].End, slot.End) })
            {
                if (given?.ToInstant() is { } instant && instant != expected)
                {
                    failures.Add(new($"shifts[{i}].{name}", $"{OffsetInstant.Format(instant, rotation.Zone)} is not the shift's {name}: rotation {rotation.Name} hands off {rotation.DescribeHandOff()}, so the shift of {slot.Label} {(name == "start" ? "starts" : "ends")} at {OffsetInstant.Format(expected, rotation.Zone)}. Fix it or leave \"{name}\" out."));
                }
            }
        }

        return Distinct(failures);
    }

    /// <summary>False when a refused item left a null in the file (<see cref="JsonFormat{T}.ValidateDespiteProblems"/>): its rules need every item.</summary>
    private static bool Whole(TeamFile? t) => t is not null && !(t.Rotations ?? []).Any(r => r is null || r.Changes?.Contains(null!) is true) && !(t.People ?? []).Any(p => p is null || p.TimeOff?.Contains(null!) is true);

    private static ValidationResult Distinct(IEnumerable<ValidationFailure> failures) => new(failures.DistinctBy(f => f.PropertyName));

    private static OnCallTeam ToTeam(TeamFile f) => (f.TimeZone ?? BusinessCalendars.PacificTimeZoneId) is var zone ? new OnCallTeam
    {
        TimeZoneId = zone, Rotations = List(f.Rotations?.Select(r => ToRotation(r, zone))), Policy = f.Policy ?? OnCallPolicy.Default, HolidaySets = List(f.HolidaySets), Holidays = [.. f.Holidays ?? []],
        People = List(f.People?.Select(p => new OnCallMember
        {
            Name = p.Name, Compensation = p.Compensation ?? CompensationChoice.Pay, OffOnHolidays = p.OffOnHolidays ?? false, HolidaySets = List(p.HolidaySets), Joins = p.Joins, Leaves = p.Leaves,
            TimeOff = List(p.TimeOff?.Select(t => new TimeOff(t.From, t.To) { StartTime = t.FromTime, EndTime = t.ToTime, Note = t.Note })),
        })),
    } : null!;

    private static Rotation ToRotation(RotationFile f, string zone)
    {
        var level = (OnCallLevel)f.Level;
        var preset = Enum.IsDefined(level) ? OnCallRotations.ForLevel(level) : OnCallRotations.Support;
        var day = f.HandOff?.Day is { } d && d != IsoDayOfWeek.None ? preset.HandOffDate.With(DateAdjusters.NextOrSame(d)) : preset.HandOffDate;
        return new Rotation
        {
            Name = f.Name ?? (Enum.IsDefined(level) ? preset.Name : $"level-{f.Level}"), Level = level, TimeZoneId = f.TimeZone ?? zone, Participants = List(f.Participants),
            ShiftLength = f.ShiftLength ?? preset.ShiftLength, HandOffDate = f.HandOff?.Date ?? day, HandOffTime = f.HandOff?.Time ?? preset.HandOffTime,
            Coverage = f.Coverage is { } c ? ToWindow(c) : preset.Coverage, Changes = List(f.Changes?.Select(c => new RotationChange(c.From, c.ShiftLength, c.Order is null ? null : List(c.Order)))),
        };
    }

    private static CoverageWindow ToWindow(CoverageFile c) => c.Week is null && c.Overrides is null && CoverageWindow.BuiltIn.FirstOrDefault(b => b.Name == c.Name) is { } builtIn ? builtIn : new()
    {
        Name = c.Name ?? "custom", Week = (c.Week ?? new()).ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
        Overrides = (c.Overrides ?? new()).ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
    };

    private static OnCallSchedule ToSchedule(ScheduleFile f) => new()
    {
        Team = ToTeam(f.Team), From = f.From, To = f.To, Shifts = List(f.Shifts?.Select(s => new OnCallShift((OnCallLevel)s.Level, s.Date, s.Person) { Time = s.Time })),
        Overrides = List(f.Overrides?.Select(c => new OnCallOverride((OnCallLevel)c.Level, c.Start.ToInstant(), c.End.ToInstant(), c.Person) { For = c.For, Note = c.Note })),
    };

    /// <summary>A list as the records hold it (an empty one is <see cref="ImmutableArray{T}.Empty"/>, so records compare equal).</summary>
    private static ImmutableArray<T> List<T>(IEnumerable<T>? items) => items?.ToImmutableArray() is { IsEmpty: false } list ? list : [];

    private static TeamFile ToFile(OnCallTeam t) => new(
        t.TimeZoneId,
        [.. t.Rotations.Select(r => new RotationFile(
            (int)r.Level, r.Name, r.TimeZoneId == t.TimeZoneId ? null : r.TimeZoneId, [.. r.Participants], r.ShiftLength,
            new HandOffFile(r.HandOffDate, r.ShiftLength == ShiftLength.Week ? r.HandOffDate.DayOfWeek : null, r.HandOffTime),
            CoverageWindow.BuiltIn.Any(c => c.Name == r.Coverage.Name && c.Week == r.Coverage.Week && c.Overrides == r.Coverage.Overrides) ? new CoverageFile(r.Coverage.Name)
                : new CoverageFile(r.Coverage.Name, new(r.Coverage.Week.Where(p => !p.Value.IsDefaultOrEmpty).ToDictionary(p => p.Key, p => p.Value.ToArray())), new(r.Coverage.Overrides.ToDictionary(p => p.Key, p => p.Value.IsDefault ? [] : p.Value.ToArray()))),
            r.Changes.IsDefaultOrEmpty ? null : [.. r.Changes.Select(c => new ChangeFile(c.From, c.Length, c.Order?.ToArray()))]))],
        [.. t.People.Select(m => new PersonFile(
            m.Name, m.Compensation, [.. m.TimeOff.Select(o => new AbsenceFile(o.From, o.To, o.StartTime, o.EndTime, o.Note))], m.OffOnHolidays ? true : null,
            m.HolidaySets.IsDefaultOrEmpty ? null : [.. m.HolidaySets], m.Joins, m.Leaves))],
        t.HolidaySets.IsDefaultOrEmpty ? null : [.. t.HolidaySets],
        t.Holidays is not { Count: > 0 } ? null : [.. t.Holidays],
        JsonSerializer.Serialize(t.Policy, Files.OnCallPolicy) == JsonSerializer.Serialize(OnCallPolicy.Default, Files.OnCallPolicy) ? null : t.Policy);

    /// <summary>The written document, a built-in coverage (<c>{"name": "24/7"}</c>) by its name alone.</summary>
    private static string Indented(JsonNode node, params string[] toRotations)
    {
        foreach (var rotation in toRotations.Aggregate(node, (n, name) => n[name]!).AsArray().Where(r => r!["coverage"] is JsonObject { Count: 1 }))
        {
            rotation!["coverage"] = rotation["coverage"]!["name"]!.DeepClone();
        }

        return node.ToJsonString(Files.Options);
    }

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? $"\"{SafeText.Echo(reader.GetString(), 60)}\"" : reader.TokenType == JsonTokenType.Number ? $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}" : "this value";

    /// <summary>Levels: a number as a value (the validator names an unknown one), <c>"1"</c>–<c>"3"</c> as a key.</summary>
    private sealed class LevelConverter : JsonConverter<OnCallLevel>, TaiValueConverters.IReadsAnyKind
    {
        public override OnCallLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var level) ? (OnCallLevel)level
            : reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.GetString() is "1" or "2" or "3" ? (OnCallLevel)(reader.GetString()![0] - '0')
            : throw new TaiValueConverters.ValueProblem($"{Describe(ref reader)} is not a level; use 1 (support), 2 (engineering) or 3 (VP Product).");

        public override void Write(Utf8JsonWriter writer, OnCallLevel value, JsonSerializerOptions options) => writer.WriteNumberValue((int)value);

        public override OnCallLevel ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, OnCallLevel value, JsonSerializerOptions options) => writer.WritePropertyName(((int)value).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Shift lengths: <c>"week"</c>, <c>"month"</c>, ISO periods and hours, or a number of days.</summary>
    private sealed class LengthConverter : JsonConverter<ShiftLength>, TaiValueConverters.IReadsAnyKind
    {
        public override ShiftLength Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var days) && ShiftLength.Days(days).IsValid ? ShiftLength.Days(days)
            : reader.TokenType == JsonTokenType.String && ShiftLength.TryParse(reader.GetString()!, out var length) ? length
            : throw new TaiValueConverters.ValueProblem($"{Describe(ref reader)} is not a shift length; write \"week\", \"month\", a number of days (1–366) or an ISO period such as \"P10D\", \"P2W\" or \"P2M\", or whole hours that divide a day or a week such as \"PT8H\" or \"PT12H\".");

        public override void Write(Utf8JsonWriter writer, ShiftLength value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}

// The file models: where the files' shape differs from the records (level numbers, hand-off objects, coverage by name, instants in the rotation's zone).
internal sealed record TeamFile(string? TimeZone = null, RotationFile[]? Rotations = null, PersonFile[]? People = null, string[]? HolidaySets = null, LocalDate[]? Holidays = null, OnCallPolicy? Policy = null, string? Name = null, string? Description = null);
internal sealed record RotationFile(int Level, string? Name = null, string? TimeZone = null, string[]? Participants = null, ShiftLength? ShiftLength = null, HandOffFile? HandOff = null, CoverageFile? Coverage = null, ChangeFile[]? Changes = null, string? Description = null);
internal sealed record HandOffFile(LocalDate? Date = null, IsoDayOfWeek? Day = null, LocalTime? Time = null);
internal sealed record CoverageFile(string? Name = null, SortedDictionary<IsoDayOfWeek, ShiftInterval[]>? Week = null, SortedDictionary<LocalDate, ShiftInterval[]>? Overrides = null, string? Description = null);
internal sealed record ChangeFile(LocalDate From, ShiftLength? ShiftLength = null, string[]? Order = null);
internal sealed record PersonFile(string Name, CompensationChoice? Compensation = null, AbsenceFile[]? TimeOff = null, bool? OffOnHolidays = null, string[]? HolidaySets = null, LocalDate? Joins = null, LocalDate? Leaves = null, string? Note = null);
internal sealed record AbsenceFile(LocalDate From, LocalDate To, LocalTime? FromTime = null, LocalTime? ToTime = null, string? Note = null);
internal sealed record ScheduleFile(TeamFile Team, LocalDate From, LocalDate To, ShiftFile[]? Shifts = null, CoverFile[]? Overrides = null, string? Name = null, string? Description = null);
internal sealed record ShiftFile(int Level, LocalDate Date, [property: JsonPropertyOrder(1)] string Person, LocalTime? Time = null, [property: JsonPropertyOrder(2)] OffsetDateTime? Start = null, [property: JsonPropertyOrder(2)] OffsetDateTime? End = null, [property: JsonPropertyOrder(2)] string? Note = null);
internal sealed record CoverFile(int Level, OffsetDateTime Start, OffsetDateTime End, string Person, string? For = null, string? Note = null);
