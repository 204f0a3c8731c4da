using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Text;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.OnCall;

/// <summary>
/// Reads and writes the on-call JSON formats (see <c>docs/oncall.md</c>): a <b>team</b> (rotations, people, policy) and
/// a <b>schedule</b> (<c>{"team": …, "from", "to", "shifts", "overrides"}</c>), which is what the generator writes and
/// what who-is-on-call, the checker and the pay report read. Every problem is reported at once with its JSON path;
/// nothing half-read is ever returned.
/// </summary>
/// <remarks>
/// A rotation needs only its <c>level</c> and <c>participants</c>; every other field defaults to the level's ready
/// value in <see cref="OnCallRotations"/> (D18), and the rotation's zone to the team's.
/// </remarks>
/// <example>
/// <code>
/// var team = OnCallJson.ReadTeam("""{"rotations": [{"level": 1, "participants": ["Sarah", "Marcus", "Jessica", "Alex"]}]}""");
/// var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(team.GetValueOrThrow(), new LocalDate(2026, 1, 5), 13));
/// File.WriteAllText("schedule.json", OnCallJson.Write(plan.Schedule!));
/// </code>
/// </example>
public static class OnCallJson
{
    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly string[] DayNames = [.. BusinessCalendarDefinition.AllDays.Select(d => d.ToString().ToLowerInvariant())];

    /// <summary>Reads and validates a team.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The team, or every problem.</returns>
    public static LoadResult<OnCallTeam> ReadTeam(string json) => Read(json, (root, input) =>
    {
        var team = ReadTeam(root, "$", input, out var complete);
        if (team is not null && complete)
        {
            AddFailures(input, "$.", failures => OnCallTeamValidator.Check(team, string.Empty, failures));
        }

        return input.Problems.Count == 0 ? team : null;
    });

    /// <summary>Reads and validates a schedule.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule, or every problem.</returns>
    public static LoadResult<OnCallSchedule> ReadSchedule(string json) => Read(json, (root, input) =>
    {
        if (!input.ExpectKind(root, JsonValueKind.Object, "$", "a schedule object {\"team\", \"from\", \"to\", \"shifts\", \"overrides\"}"))
        {
            return null;
        }

        input.RejectUnknown(root, "$", "team", "from", "to", "shifts", "overrides", "name", "description");
        var complete = false;
        var team = input.TryGet(root, "team", out var teamElement) ? ReadTeam(teamElement, "$.team", input, out complete) : null;
        if (team is null && !input.HasProblemAt("$.team"))
        {
            input.Problem("$.team", "the schedule has no team; copy the team file in as \"team\".");
        }

        var from = RequiredDate(root, "from", "$", input);
        var to = RequiredDate(root, "to", "$", input);
        var shifts = ReadList(root, "shifts", "$", input, ReadShift);
        var covers = ReadList(root, "overrides", "$", input, ReadOverride);
        if (team is null || !complete)
        {
            return null;
        }

        // Validate what was read, so one pass reports every mistake; indexes match the file because nothing was dropped.
        if (from is null || to is null || shifts.Length != ArrayLength(root, "shifts") || covers.Length != ArrayLength(root, "overrides"))
        {
            AddFailures(input, "$.team.", failures => OnCallTeamValidator.Check(team, string.Empty, failures));
            return null;
        }

        var schedule = new OnCallSchedule { Team = team, From = from.Value, To = to.Value, Shifts = shifts, Overrides = covers };
        foreach (var failure in schedule.Validate().Errors)
        {
            AddProblem(input, "$." + failure.PropertyName, failure.ErrorMessage);
        }

        if (input.Problems.Count == 0)
        {
            CheckShiftInstants(root, schedule, input);
        }

        return input.Problems.Count == 0 ? schedule : null;
    });

    /// <summary>Writes a team as indented JSON.</summary>
    /// <param name="team">The team.</param>
    /// <returns>The JSON text, readable by <see cref="ReadTeam(string)"/>.</returns>
    public static string Write(OnCallTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return Write(writer => WriteTeam(writer, team));
    }

    /// <summary>Writes a schedule as indented JSON, each shift with its start and end instants for readers.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The JSON text, readable by <see cref="ReadSchedule(string)"/>.</returns>
    public static string Write(OnCallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("team");
            WriteTeam(writer, schedule.Team);
            writer.WriteString("from", Date(schedule.From));
            writer.WriteString("to", Date(schedule.To));
            writer.WriteStartArray("shifts");
            foreach (var shift in schedule.Shifts.OrderBy(s => s.Level).ThenBy(s => s.Date).ThenBy(s => s.Time))
            {
                var rotation = schedule.Team.RotationFor(shift.Level)!;
                var slot = rotation.SlotOn(shift.Date, shift.Time);
                writer.WriteStartObject();
                writer.WriteNumber("level", (int)shift.Level);
                writer.WriteString("date", Date(shift.Date));
                WriteIfSet(writer, "time", shift.Time is { } time ? ShortTime.Format(time) : null); // issue 17: hour-based shifts
                writer.WriteString("person", shift.Person);
                writer.WriteString("start", Instant(slot.Start, rotation.Zone));
                writer.WriteString("end", Instant(slot.End, rotation.Zone));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("overrides");
            foreach (var cover in schedule.Overrides)
            {
                var zone = schedule.Team.RotationFor(cover.Level)?.Zone ?? schedule.Team.Zone;
                writer.WriteStartObject();
                writer.WriteNumber("level", (int)cover.Level);
                writer.WriteString("start", Instant(cover.Start, zone));
                writer.WriteString("end", Instant(cover.End, zone));
                writer.WriteString("person", cover.Person);
                WriteIfSet(writer, "for", cover.For);
                WriteIfSet(writer, "note", cover.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Formats a duration as ISO-8601 hours, minutes and seconds: <c>PT8H</c>, <c>PT1H30M</c>, <c>PT0S</c>, <c>-PT30M</c>; the same as <see cref="Text.IsoDuration.Format"/>.</summary>
    /// <param name="duration">Any duration.</param>
    /// <returns>The text.</returns>
    public static string IsoDuration(Duration duration) => Text.IsoDuration.Format(duration);

    /// <summary>
    /// Reads a team as far as it can; <paramref name="complete"/> is true when every rotation, participant, person and
    /// time off could be read, so the validator's paths match the file.
    /// </summary>
    internal static OnCallTeam? ReadTeam(JsonElement root, string path, JsonInput input, out bool complete)
    {
        complete = false;
        if (!input.ExpectKind(root, JsonValueKind.Object, path, "a team object {\"timeZone\", \"rotations\", \"people\", \"policy\"}"))
        {
            return null;
        }

        input.RejectUnknown(root, path, "timeZone", "rotations", "people", "policy", "name", "description", "holidaySets", "holidays");
        var zone = OptionalString(root, "timeZone", path, input) ?? BusinessCalendars.PacificTimeZoneId;
        var holidaySets = ReadStrings(root, "holidaySets", path, input);
        var holidays = OnCallPayPolicyJson.Holidays(root, path, input) ?? [];
        var rotations = ReadList<Rotation>(root, "rotations", path, input, (e, p, i, _) => ReadRotation(e, p, i, zone));
        var people = ReadList(root, "people", path, input, ReadMember);
        var policy = input.TryGet(root, "policy", out var policyElement) ? ReadPolicy(policyElement, JsonInput.Property(path, "policy"), input) : OnCallPolicy.Default;
        complete = rotations.Length == ArrayLength(root, "rotations") && people.Length == ArrayLength(root, "people")
            && (!input.TryGet(root, "rotations", out var list) || rotations.Select((r, i) => r.Participants.Length == ArrayLength(list[i], "participants")).All(ok => ok))
            && (!input.TryGet(root, "people", out var members) || people.Select((m, i) => m.TimeOff.Length == ArrayLength(members[i], "timeOff")).All(ok => ok));
        return new OnCallTeam { TimeZoneId = zone, Rotations = rotations, People = people, Policy = policy, HolidaySets = holidaySets, Holidays = holidays };
    }

    /// <summary>The length of the array <paramref name="name"/>, or 0 when it is absent or not an array.</summary>
    private static int ArrayLength(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : 0;

    private static void AddProblem(JsonInput input, string path, string message)
    {
        if (!input.HasProblemAt(path))
        {
            input.Problem(path, message);
        }
    }

    private static LoadResult<T> Read<T>(string json, Func<JsonElement, JsonInput, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!JsonInput.TryParse(json, out var document, out var syntax))
        {
            return LoadResult<T>.Failure([syntax!]);
        }

        using (document)
        {
            var input = new JsonInput();
            var value = read(document!.RootElement, input);
            return value is not null && input.Problems.Count == 0 ? LoadResult<T>.Success(value) : LoadResult<T>.Failure(input.Problems);
        }
    }

    private static void AddFailures(JsonInput input, string prefix, Action<Action<FluentValidation.Results.ValidationFailure>> check) =>
        check(failure => AddProblem(input, prefix + failure.PropertyName, failure.ErrorMessage));

    private static Rotation? ReadRotation(JsonElement element, string path, JsonInput input, string teamZone)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a rotation object such as {\"level\": 1, \"participants\": [\"Sarah\", \"Marcus\"]}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "level", "name", "timeZone", "participants", "shiftLength", "handOff", "coverage", "description", "changes");
        // A wrong level is kept as it is (the validator then skips it) so the rest of the rotation is still checked.
        var level = ReadLevel(element, "level", path, input, required: true)
            ?? (element.TryGetProperty("level", out var raw) && raw.ValueKind == JsonValueKind.Number && raw.TryGetInt32(out var number) ? (OnCallLevel)number : 0);
        var preset = Enum.IsDefined(level) ? OnCallRotations.ForLevel(level) : OnCallRotations.Support;
        var zone = OptionalString(element, "timeZone", path, input) ?? teamZone;
        var length = ReadShiftLength(element, path, input) ?? preset.ShiftLength;
        var (anchor, time) = ReadHandOff(element, path, input, preset, length);
        return new Rotation
        {
            Name = OptionalString(element, "name", path, input) ?? (Enum.IsDefined(level) ? preset.Name : $"level-{(int)level}"),
            Level = level,
            TimeZoneId = zone,
            Participants = ReadStrings(element, "participants", path, input),
            ShiftLength = length,
            HandOffDate = anchor,
            HandOffTime = time,
            Coverage = ReadCoverage(element, path, input, zone) ?? preset.Coverage,
            Changes = ReadList<RotationChange>(element, "changes", path, input, (e, p, i, _) => ReadChange(e, p, i)),
        };
    }

    /// <summary>One <c>changes</c> item (issue 17): <c>{"from": "2026-04-06", "shiftLength": "P1W", "order": ["a", "b"]}</c>.</summary>
    private static RotationChange? ReadChange(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a change object such as {\"from\": \"2026-04-06\", \"order\": [\"Sarah\", \"Marcus\"]}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "from", "shiftLength", "order");
        var from = OptionalDate(element, "from", path, input);
        if (from is null && !element.TryGetProperty("from", out _))
        {
            input.Problem(JsonInput.Property(path, "from"), "a change needs the \"from\" date of its first hand-off.");
        }

        var length = ReadShiftLength(element, path, input);
        ImmutableArray<string>? order = element.TryGetProperty("order", out _) ? ReadStrings(element, "order", path, input) : null;
        return from is { } date ? new RotationChange(date, length, order) : null;
    }

    private static ShiftLength? ReadShiftLength(JsonElement rotation, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, "shiftLength");
        if (!input.TryGet(rotation, "shiftLength", out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var days) && ShiftLength.Days(days).IsValid)
        {
            return ShiftLength.Days(days);
        }

        if (element.ValueKind == JsonValueKind.String && ShiftLength.TryParse(element.GetString()!, out var length))
        {
            return length;
        }

        input.Problem(at, $"{JsonInput.Describe(element)} is not a shift length; write \"week\", \"month\", a number of days (1–366) or an ISO period such as \"P10D\", \"P2W\" or \"P2M\", or whole hours that divide a day or a week such as \"PT8H\" or \"PT12H\".");
        return null;
    }

    private static (LocalDate Anchor, LocalTime Time) ReadHandOff(JsonElement rotation, string path, JsonInput input, Rotation preset, ShiftLength length)
    {
        var at = JsonInput.Property(path, "handOff");
        if (!input.TryGet(rotation, "handOff", out var element) || !input.ExpectKind(element, JsonValueKind.Object, at, "an object such as {\"day\": \"monday\", \"time\": \"09:00\"}"))
        {
            return (preset.HandOffDate, preset.HandOffTime);
        }

        input.RejectUnknown(element, at, "date", "day", "time");
        var time = input.TryGet(element, "time", out var timeElement) ? input.Time(timeElement, JsonInput.Property(at, "time"), allowEndOfDay: false) ?? preset.HandOffTime : preset.HandOffTime;
        var date = OptionalDate(element, "date", at, input);
        var dayText = OptionalString(element, "day", at, input);
        if (dayText is null)
        {
            return (date ?? preset.HandOffDate, time);
        }

        var index = Array.IndexOf(DayNames, dayText);
        if (index < 0)
        {
            input.Problem(JsonInput.Property(at, "day"), $"'{dayText}' is not a day name; use lowercase English: {string.Join(", ", DayNames)}.");
            return (preset.HandOffDate, time);
        }

        var day = BusinessCalendarDefinition.AllDays[index];
        if (date is { } given && given.DayOfWeek != day)
        {
            input.Problem(JsonInput.Property(at, "day"), $"{given:uuuu-MM-dd} is a {given.DayOfWeek}, not a {day}; give one of \"date\" and \"day\".");
        }
        else if (date is null && length != ShiftLength.Week)
        {
            input.Problem(JsonInput.Property(at, "day"), "a weekday fixes the hand-off only for weekly shifts; give the \"date\" of one hand-off instead.");
        }

        return (date ?? preset.HandOffDate.With(DateAdjusters.NextOrSame(day)), time);
    }

    private static CoverageWindow? ReadCoverage(JsonElement rotation, string path, JsonInput input, string zone)
    {
        var at = JsonInput.Property(path, "coverage");
        if (!input.TryGet(rotation, "coverage", out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var name = element.GetString();
            var found = CoverageWindow.BuiltIn.FirstOrDefault(c => c.Name == name);
            if (found is null)
            {
                input.Problem(at, $"\"{name}\" is not a coverage window; use {string.Join(", ", CoverageWindow.BuiltIn.Select(c => $"\"{c.Name}\""))} or an object {{\"name\", \"week\", \"overrides\"}}.");
            }

            return found;
        }

        if (!input.ExpectKind(element, JsonValueKind.Object, at, "a coverage name or an object {\"name\", \"week\", \"overrides\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, at, "name", "week", "overrides", "description");
        var custom = CoverageAsCalendar(element, zone);
        using var document = JsonDocument.Parse(custom);
        var definition = BusinessCalendarJson.ReadDefinition(document.RootElement, at, input);
        return definition is null ? null : new CoverageWindow
        {
            Name = OptionalString(element, "name", at, input) ?? "custom",
            Week = definition.Week,
            Overrides = definition.Overrides,
        };
    }

    /// <summary>A coverage object as calendar JSON in the rotation's zone, so the calendar reader checks its shifts.</summary>
    private static string CoverageAsCalendar(JsonElement coverage, string zone)
    {
        var known = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null ? "UTC" : zone;
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("timeZone", known);
            foreach (var property in coverage.EnumerateObject().Where(p => p.Name is "week" or "overrides"))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        });
    }

    private static OnCallMember? ReadMember(JsonElement element, string path, JsonInput input, int index)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a person object such as {\"name\": \"Sarah\", \"timeOff\": [...]}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "name", "compensation", "timeOff", "note", "offOnHolidays", "holidaySets", "joins", "leaves");
        var name = RequiredString(element, "name", path, input);
        var compensation = CompensationChoice.Pay;
        if (OptionalString(element, "compensation", path, input) is { } text)
        {
            switch (text)
            {
                case "pay":
                    break;
                case "timeOffInLieu":
                    compensation = CompensationChoice.TimeOffInLieu;
                    break;
                default:
                    input.Problem(JsonInput.Property(path, "compensation"), $"\"{text}\" is not a choice; use \"pay\" or \"timeOffInLieu\".");
                    break;
            }
        }

        var timeOff = ReadList(element, "timeOff", path, input, ReadTimeOff);
        var offOnHolidays = OptionalBool(element, "offOnHolidays", path, input) ?? false;
        var holidaySets = ReadStrings(element, "holidaySets", path, input);
        var joins = OptionalDate(element, "joins", path, input);
        var leaves = OptionalDate(element, "leaves", path, input);
        return name is null ? null : new OnCallMember
        {
            Name = name, Compensation = compensation, TimeOff = timeOff, OffOnHolidays = offOnHolidays, HolidaySets = holidaySets, Joins = joins, Leaves = leaves,
        };
    }

    private static TimeOff? ReadTimeOff(JsonElement element, string path, JsonInput input, int index)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "{\"from\": \"2026-02-09\", \"to\": \"2026-02-15\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "from", "to", "note", "fromTime", "toTime");
        var from = RequiredDate(element, "from", path, input);
        var to = RequiredDate(element, "to", path, input);
        var note = OptionalString(element, "note", path, input);
        var fromTime = input.TryGet(element, "fromTime", out var start) ? input.Time(start, JsonInput.Property(path, "fromTime"), allowEndOfDay: false) : null;
        var toTime = input.TryGet(element, "toTime", out var end) ? input.Time(end, JsonInput.Property(path, "toTime"), allowEndOfDay: false) : null;
        return from is null || to is null ? null : new TimeOff(from.Value, to.Value) { Note = note, StartTime = fromTime, EndTime = toTime };
    }

    private static OnCallShift? ReadShift(JsonElement element, string path, JsonInput input, int index)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "a shift {\"level\": 1, \"date\": \"2026-01-05\", \"person\": \"Sarah\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "level", "date", "time", "person", "start", "end", "note");
        var level = ReadLevel(element, "level", path, input, required: true);
        var date = RequiredDate(element, "date", path, input);
        var time = input.TryGet(element, "time", out var timeElement) ? input.Time(timeElement, JsonInput.Property(path, "time"), allowEndOfDay: false) : null; // issue 17
        var person = RequiredString(element, "person", path, input);
        OptionalInstant(element, "start", path, input);
        OptionalInstant(element, "end", path, input);
        return level is null || date is null || person is null || (timeElement.ValueKind != JsonValueKind.Undefined && time is null)
            ? null
            : new OnCallShift(level.Value, date.Value, person) { Time = time };
    }

    private static OnCallOverride? ReadOverride(JsonElement element, string path, JsonInput input, int index)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "an override {\"level\", \"start\", \"end\", \"person\"}"))
        {
            return null;
        }

        input.RejectUnknown(element, path, "level", "start", "end", "person", "for", "note");
        var level = ReadLevel(element, "level", path, input, required: true);
        var start = RequiredInstant(element, "start", path, input);
        var end = RequiredInstant(element, "end", path, input);
        var person = RequiredString(element, "person", path, input);
        var forWhom = OptionalString(element, "for", path, input);
        var note = OptionalString(element, "note", path, input);
        return level is null || start is null || end is null || person is null
            ? null
            : new OnCallOverride(level.Value, start.Value, end.Value, person) { For = forWhom, Note = note };
    }

    /// <summary>A shift's optional start and end, when given, must be the rotation's hand-offs.</summary>
    private static void CheckShiftInstants(JsonElement root, OnCallSchedule schedule, JsonInput input)
    {
        if (!input.TryGet(root, "shifts", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var element in list.EnumerateArray())
        {
            var shift = schedule.Shifts[i];
            var path = JsonInput.Index("$.shifts", i++);
            var rotation = schedule.Team.RotationFor(shift.Level)!;
            var slot = rotation.SlotOn(shift.Date, shift.Time);
            foreach (var (name, expected) in new[] { ("start", slot.Start), ("end", slot.End) })
            {
                if (OptionalInstant(element, name, path, input) is { } given && given != expected)
                {
                    input.Problem(JsonInput.Property(path, name), $"{Instant(given, rotation.Zone)} is not the shift's {name}: rotation {rotation.Name} hands off {rotation.DescribeHandOff()}, so the shift of {slot.Label} {(name == "start" ? "starts" : "ends")} at {Instant(expected, rotation.Zone)}. Fix it or leave \"{name}\" out.");
                }
            }
        }
    }

    internal static OnCallPolicy ReadPolicy(JsonElement element, string path, JsonInput input)
    {
        if (!input.ExpectKind(element, JsonValueKind.Object, path, "an object {\"fairness\", \"compensation\"}"))
        {
            return OnCallPolicy.Default;
        }

        input.RejectUnknown(element, path, "fairness", "compensation");
        var fairness = FairnessRules.Default;
        if (input.TryGet(element, "fairness", out var f) && input.ExpectKind(f, JsonValueKind.Object, JsonInput.Property(path, "fairness"), "an object"))
        {
            fairness = ReadFairness(f, JsonInput.Property(path, "fairness"), input);
        }

        var compensation = CompensationPolicy.Default;
        if (input.TryGet(element, "compensation", out var c) && input.ExpectKind(c, JsonValueKind.Object, JsonInput.Property(path, "compensation"), "an object"))
        {
            compensation = ReadCompensation(c, JsonInput.Property(path, "compensation"), input);
        }

        return new OnCallPolicy { Fairness = fairness, Compensation = compensation };
    }

    private static FairnessRules ReadFairness(JsonElement e, string path, JsonInput input)
    {
        var d = FairnessRules.Default;
        input.RejectUnknown(e, path, "maxWeeksPerQuarter", "maxConsecutiveEveningWeeks", "busyWeekIncidents", "eveningShift", "levels", "oneLevelAtATime", "targetWeeksPerMonth");
        var evening = d.EveningShift;
        var eveningPath = JsonInput.Property(path, "eveningShift");
        if (input.TryGet(e, "eveningShift", out var shift) && input.ExpectKind(shift, JsonValueKind.Object, eveningPath, "{\"open\": \"17:00\", \"close\": \"09:00\"}"))
        {
            input.RejectUnknown(shift, eveningPath, "open", "close");
            var open = input.TryGet(shift, "open", out var o) ? input.Time(o, JsonInput.Property(eveningPath, "open"), false) : null;
            var close = input.TryGet(shift, "close", out var cl) ? input.Time(cl, JsonInput.Property(eveningPath, "close"), true) : null;
            if (open is null || close is null)
            {
                input.Problem(eveningPath, "give both \"open\" and \"close\" times.");
            }
            else
            {
                evening = new ShiftInterval(open.Value, close.Value);
            }
        }

        var levels = d.Levels;
        if (input.TryGet(e, "levels", out var list) && input.ExpectKind(list, JsonValueKind.Array, JsonInput.Property(path, "levels"), "an array of levels such as [1, 2]"))
        {
            levels = [.. list.EnumerateArray().Select((item, i) => ReadLevelValue(item, JsonInput.Index(JsonInput.Property(path, "levels"), i), input)).OfType<OnCallLevel>()];
        }

        return new FairnessRules
        {
            MaxWeeksPerQuarter = OptionalInt(e, "maxWeeksPerQuarter", path, input) ?? d.MaxWeeksPerQuarter,
            MaxConsecutiveEveningWeeks = OptionalInt(e, "maxConsecutiveEveningWeeks", path, input) ?? d.MaxConsecutiveEveningWeeks,
            BusyWeekIncidents = OptionalInt(e, "busyWeekIncidents", path, input) ?? d.BusyWeekIncidents,
            TargetWeeksPerMonth = OptionalInt(e, "targetWeeksPerMonth", path, input) ?? d.TargetWeeksPerMonth,
            OneLevelAtATime = OptionalBool(e, "oneLevelAtATime", path, input) ?? d.OneLevelAtATime,
            EveningShift = evening,
            Levels = levels,
        };
    }

    private static CompensationPolicy ReadCompensation(JsonElement e, string path, JsonInput input)
    {
        var d = CompensationPolicy.Default;
        input.RejectUnknown(e, path, "currency", "weeklyStipend", "weeklyTimeOffInLieu", "hourlyRate", "minimumCallIn", "callInRounding", "timeOffRatio", "rebalanceShareOfFair", "rebalanceMinimumPages");
        return new CompensationPolicy
        {
            Currency = OptionalString(e, "currency", path, input) ?? d.Currency,
            WeeklyStipend = ReadByLevel(e, "weeklyStipend", path, input, d.WeeklyStipend, (item, at) => ReadDecimal(item, at, input)) ?? d.WeeklyStipend,
            WeeklyTimeOffInLieu = ReadByLevel(e, "weeklyTimeOffInLieu", path, input, d.WeeklyTimeOffInLieu, (item, at) => ReadDuration(item, at, input)) ?? d.WeeklyTimeOffInLieu,
            HourlyRate = OptionalDecimal(e, "hourlyRate", path, input) ?? d.HourlyRate,
            MinimumCallIn = OptionalDuration(e, "minimumCallIn", path, input) ?? d.MinimumCallIn,
            CallInRounding = OptionalDuration(e, "callInRounding", path, input) ?? d.CallInRounding,
            TimeOffRatio = OptionalDecimal(e, "timeOffRatio", path, input) ?? d.TimeOffRatio,
            RebalanceShareOfFair = OptionalDecimal(e, "rebalanceShareOfFair", path, input) ?? d.RebalanceShareOfFair,
            RebalanceMinimumPages = OptionalInt(e, "rebalanceMinimumPages", path, input) ?? d.RebalanceMinimumPages,
        };
    }

    /// <summary>Reads <c>{"1": …, "2": …}</c>; levels not given keep their default.</summary>
    private static ImmutableDictionary<OnCallLevel, T>? ReadByLevel<T>(
        JsonElement e, string name, string path, JsonInput input, ImmutableDictionary<OnCallLevel, T> defaults, Func<JsonElement, string, T?> read)
        where T : struct
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(e, name, out var map) || !input.ExpectKind(map, JsonValueKind.Object, at, "an object keyed by level, such as {\"1\": 500, \"2\": 750}"))
        {
            return null;
        }

        var result = defaults;
        foreach (var entry in map.EnumerateObject())
        {
            var entryPath = JsonInput.Key(at, entry.Name);
            if (entry.Name is not ("1" or "2" or "3"))
            {
                input.Problem(entryPath, $"'{entry.Name}' is not a level; use \"1\", \"2\" or \"3\".");
                continue;
            }

            if (read(entry.Value, entryPath) is { } value)
            {
                result = result.SetItem((OnCallLevel)int.Parse(entry.Name, CultureInfo.InvariantCulture), value);
            }
        }

        return result;
    }

    private static void WriteTeam(Utf8JsonWriter writer, OnCallTeam team)
    {
        writer.WriteStartObject();
        writer.WriteString("timeZone", team.TimeZoneId);
        writer.WriteStartArray("rotations");
        foreach (var rotation in team.Rotations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("level", (int)rotation.Level);
            writer.WriteString("name", rotation.Name);
            if (rotation.TimeZoneId != team.TimeZoneId)
            {
                writer.WriteString("timeZone", rotation.TimeZoneId);
            }

            writer.WriteStartArray("participants");
            foreach (var person in rotation.Participants)
            {
                writer.WriteStringValue(person);
            }

            writer.WriteEndArray();
            writer.WriteString("shiftLength", rotation.ShiftLength.ToString());
            writer.WriteStartObject("handOff");
            writer.WriteString("date", Date(rotation.HandOffDate));
            if (rotation.ShiftLength == ShiftLength.Week)
            {
                writer.WriteString("day", rotation.HandOffDate.DayOfWeek.ToString().ToLowerInvariant());
            }

            writer.WriteString("time", ShortTime.Format(rotation.HandOffTime));
            writer.WriteEndObject();
            WriteCoverage(writer, rotation.Coverage);
            WriteChanges(writer, rotation.Changes);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("people");
        foreach (var member in team.People)
        {
            writer.WriteStartObject();
            writer.WriteString("name", member.Name);
            writer.WriteString("compensation", member.Compensation == CompensationChoice.Pay ? "pay" : "timeOffInLieu");
            writer.WriteStartArray("timeOff");
            foreach (var off in member.TimeOff)
            {
                writer.WriteStartObject();
                writer.WriteString("from", Date(off.From));
                writer.WriteString("to", Date(off.To));
                WriteIfSet(writer, "fromTime", off.StartTime is { } fromTime ? ShortTime.Format(fromTime) : null);
                WriteIfSet(writer, "toTime", off.EndTime is { } toTime ? ShortTime.Format(toTime) : null);
                WriteIfSet(writer, "note", off.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (member.OffOnHolidays)
            {
                writer.WriteBoolean("offOnHolidays", true);
            }

            WriteStrings(writer, "holidaySets", member.HolidaySets);
            WriteIfSet(writer, "joins", member.Joins is { } joins ? Date(joins) : null);
            WriteIfSet(writer, "leaves", member.Leaves is { } leaves ? Date(leaves) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "holidaySets", team.HolidaySets);
        if (team.Holidays is { Count: > 0 } dates)
        {
            writer.WriteStartArray("holidays");
            foreach (var date in dates)
            {
                writer.WriteStringValue(Date(date));
            }

            writer.WriteEndArray();
        }

        if (WritePolicy(team.Policy) != WritePolicy(OnCallPolicy.Default))
        {
            writer.WritePropertyName("policy");
            WritePolicy(writer, team.Policy);
        }

        writer.WriteEndObject();
    }

    private static string WritePolicy(OnCallPolicy policy) => Write(writer => WritePolicy(writer, policy));

    internal static void WritePolicy(Utf8JsonWriter writer, OnCallPolicy policy)
    {
        var (f, c) = (policy.Fairness, policy.Compensation);
        writer.WriteStartObject();
        writer.WriteStartObject("fairness");
        writer.WriteNumber("maxWeeksPerQuarter", f.MaxWeeksPerQuarter);
        writer.WriteNumber("maxConsecutiveEveningWeeks", f.MaxConsecutiveEveningWeeks);
        writer.WriteNumber("busyWeekIncidents", f.BusyWeekIncidents);
        writer.WriteStartObject("eveningShift");
        writer.WriteString("open", ShortTime.Format(f.EveningShift.Open));
        writer.WriteString("close", f.EveningShift.Close == LocalTime.Midnight ? "24:00" : ShortTime.Format(f.EveningShift.Close));
        writer.WriteEndObject();
        writer.WriteStartArray("levels");
        foreach (var level in f.Levels.Order())
        {
            writer.WriteNumberValue((int)level);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("oneLevelAtATime", f.OneLevelAtATime);
        writer.WriteNumber("targetWeeksPerMonth", f.TargetWeeksPerMonth);
        writer.WriteEndObject();
        writer.WriteStartObject("compensation");
        writer.WriteString("currency", c.Currency);
        writer.WriteStartObject("weeklyStipend");
        foreach (var (level, amount) in c.WeeklyStipend.OrderBy(p => p.Key))
        {
            writer.WriteNumber(((int)level).ToString(CultureInfo.InvariantCulture), amount);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("weeklyTimeOffInLieu");
        foreach (var (level, time) in c.WeeklyTimeOffInLieu.OrderBy(p => p.Key))
        {
            writer.WriteString(((int)level).ToString(CultureInfo.InvariantCulture), IsoDuration(time));
        }

        writer.WriteEndObject();
        writer.WriteNumber("hourlyRate", c.HourlyRate);
        writer.WriteString("minimumCallIn", IsoDuration(c.MinimumCallIn));
        writer.WriteString("callInRounding", IsoDuration(c.CallInRounding));
        writer.WriteNumber("timeOffRatio", c.TimeOffRatio);
        writer.WriteNumber("rebalanceShareOfFair", c.RebalanceShareOfFair);
        writer.WriteNumber("rebalanceMinimumPages", c.RebalanceMinimumPages);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter writer, CoverageWindow coverage)
    {
        if (CoverageWindow.BuiltIn.Any(c => c.Name == coverage.Name && c.Week == coverage.Week && c.Overrides == coverage.Overrides))
        {
            writer.WriteString("coverage", coverage.Name);
            return;
        }

        writer.WriteStartObject("coverage");
        writer.WriteString("name", coverage.Name);
        writer.WriteStartObject("week");
        foreach (var (day, shifts) in coverage.Week.Where(p => !p.Value.IsDefaultOrEmpty).OrderBy(p => p.Key))
        {
            writer.WritePropertyName(day.ToString().ToLowerInvariant());
            WriteShifts(writer, shifts);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("overrides");
        foreach (var (date, shifts) in coverage.Overrides)
        {
            writer.WritePropertyName(Date(date));
            WriteShifts(writer, shifts.IsDefault ? [] : shifts);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteShifts(Utf8JsonWriter writer, ImmutableArray<ShiftInterval> shifts)
    {
        writer.WriteStartArray();
        foreach (var shift in shifts)
        {
            writer.WriteStartObject();
            writer.WriteString("open", ShortTime.Format(shift.Open));
            writer.WriteString("close", shift.Close == LocalTime.Midnight ? "24:00" : ShortTime.Format(shift.Close));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Instant(Instant instant, DateTimeZone zone) => OffsetInstant.Format(instant, zone);

    /// <summary>Writes <c>changes</c> only when the rotation has some, so rotations without changes keep their bytes.</summary>
    private static void WriteChanges(Utf8JsonWriter writer, ImmutableArray<RotationChange> changes)
    {
        if (changes.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("changes");
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString("from", Date(change.From));
            if (change.Length is { } length)
            {
                writer.WriteString("shiftLength", length.ToString());
            }

            if (change.Order is { } order)
            {
                writer.WriteStartArray("order");
                foreach (var person in order)
                {
                    writer.WriteStringValue(person);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static ImmutableArray<T> ReadList<T>(JsonElement root, string name, string path, JsonInput input, Func<JsonElement, string, JsonInput, int, T?> read)
        where T : class
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(root, name, out var element) || !input.ExpectKind(element, JsonValueKind.Array, at, "an array"))
        {
            return [];
        }

        return [.. element.EnumerateArray().Select((item, i) => read(item, JsonInput.Index(at, i), input, i)).OfType<T>()];
    }

    private static ImmutableArray<string> ReadStrings(JsonElement root, string name, string path, JsonInput input)
    {
        var at = JsonInput.Property(path, name);
        if (!input.TryGet(root, name, out var element) || !input.ExpectKind(element, JsonValueKind.Array, at, "an array of names"))
        {
            return [];
        }

        return [.. element.EnumerateArray().Select((item, i) => input.String(item, JsonInput.Index(at, i))).OfType<string>()];
    }

    private static OnCallLevel? ReadLevel(JsonElement root, string name, string path, JsonInput input, bool required)
    {
        if (input.TryGet(root, name, out var element))
        {
            return ReadLevelValue(element, JsonInput.Property(path, name), input);
        }

        if (required)
        {
            input.Problem(JsonInput.Property(path, name), "the level is missing; use 1 (support), 2 (engineering) or 3 (VP Product).");
        }

        return null;
    }

    private static OnCallLevel? ReadLevelValue(JsonElement element, string path, JsonInput input)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value is >= 1 and <= 3)
        {
            return (OnCallLevel)value;
        }

        input.Problem(path, $"{JsonInput.Describe(element)} is not a level; use 1 (support), 2 (engineering) or 3 (VP Product).");
        return null;
    }

    private static string? OptionalString(JsonElement root, string name, string path, JsonInput input) =>
        input.TryGet(root, name, out var element) ? input.String(element, JsonInput.Property(path, name)) : null;

    private static string? RequiredString(JsonElement root, string name, string path, JsonInput input)
    {
        var value = OptionalString(root, name, path, input);
        if (value is null && !input.HasProblemAt(JsonInput.Property(path, name)))
        {
            input.Problem(JsonInput.Property(path, name), $"\"{name}\" is required.");
        }

        return value;
    }

    private static LocalDate? OptionalDate(JsonElement root, string name, string path, JsonInput input) =>
        OptionalString(root, name, path, input) is { } text ? input.Date(text, JsonInput.Property(path, name)) : null;

    private static LocalDate? RequiredDate(JsonElement root, string name, string path, JsonInput input)
    {
        if (!input.TryGet(root, name, out _))
        {
            input.Problem(JsonInput.Property(path, name), $"\"{name}\" is required: a date such as 2026-01-05.");
            return null;
        }

        return OptionalDate(root, name, path, input);
    }

    private static Instant? OptionalInstant(JsonElement root, string name, string path, JsonInput input)
    {
        if (OptionalString(root, name, path, input) is not { } text)
        {
            return null;
        }

        return input.Instant(text, JsonInput.Property(path, name));
    }

    private static Instant? RequiredInstant(JsonElement root, string name, string path, JsonInput input)
    {
        if (!input.TryGet(root, name, out _))
        {
            input.Problem(JsonInput.Property(path, name), $"\"{name}\" is required: a date-time with offset such as 2026-01-10T18:00:00-08:00.");
            return null;
        }

        return OptionalInstant(root, name, path, input);
    }

    private static int? OptionalInt(JsonElement root, string name, string path, JsonInput input)
    {
        if (!input.TryGet(root, name, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        input.Problem(JsonInput.Property(path, name), $"expected a whole number, got {JsonInput.Describe(element)}.");
        return null;
    }

    private static bool? OptionalBool(JsonElement root, string name, string path, JsonInput input)
    {
        if (!input.TryGet(root, name, out var element))
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        input.Problem(JsonInput.Property(path, name), $"expected true or false, got {JsonInput.Describe(element)}.");
        return null;
    }

    private static decimal? OptionalDecimal(JsonElement root, string name, string path, JsonInput input) =>
        input.TryGet(root, name, out var element) ? ReadDecimal(element, JsonInput.Property(path, name), input) : null;

    private static decimal? ReadDecimal(JsonElement element, string path, JsonInput input)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value))
        {
            return value;
        }

        input.Problem(path, $"expected a number, got {JsonInput.Describe(element)}.");
        return null;
    }

    private static Duration? OptionalDuration(JsonElement root, string name, string path, JsonInput input) =>
        input.TryGet(root, name, out var element) ? ReadDuration(element, JsonInput.Property(path, name), input) : null;

    private static Duration? ReadDuration(JsonElement element, string path, JsonInput input)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            // On-call durations (call-in minimums, roundings, time off) are wall-clock time: a day is 24 hours.
            return input.Duration(element, path, Text.IsoDurationDays.AsTwentyFourHours);
        }

        input.Problem(path, $"{JsonInput.Describe(element)} is not a duration; write ISO-8601 such as \"PT1H\", \"PT30M\" or \"PT8H\".");
        return null;
    }
}
