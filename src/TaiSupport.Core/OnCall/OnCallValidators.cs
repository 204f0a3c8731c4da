using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>Checks <see cref="FairnessRules"/>: positive limits and known levels (D19).</summary>
public sealed class FairnessRulesValidator : AbstractValidator<FairnessRules>
{
    /// <summary>Creates the validator.</summary>
    public FairnessRulesValidator()
    {
        RuleFor(r => r.MaxWeeksPerQuarter).InclusiveBetween(1, 14).OverridePropertyName("maxWeeksPerQuarter")
            .WithMessage(r => $"must be between 1 and 14 weeks (a quarter starts at most 14 weeks), got {r.MaxWeeksPerQuarter}.");
        RuleFor(r => r.MaxConsecutiveEveningWeeks).GreaterThanOrEqualTo(1).OverridePropertyName("maxConsecutiveEveningWeeks")
            .WithMessage(r => $"must be at least 1, got {r.MaxConsecutiveEveningWeeks}.");
        RuleFor(r => r.BusyWeekIncidents).GreaterThanOrEqualTo(0).OverridePropertyName("busyWeekIncidents")
            .WithMessage(r => $"must be 0 or more, got {r.BusyWeekIncidents}.");
        RuleFor(r => r.TargetWeeksPerMonth).GreaterThanOrEqualTo(1).OverridePropertyName("targetWeeksPerMonth")
            .WithMessage(r => $"must be at least 1, got {r.TargetWeeksPerMonth}.");
        RuleForEach(r => r.Levels).Must(Enum.IsDefined).OverridePropertyName("levels")
            .WithMessage((_, level) => $"{(int)level} is not a level; use 1, 2 or 3.");
    }
}

/// <summary>Checks <see cref="CompensationPolicy"/>: no negative money or time, a positive rounding unit (D20).</summary>
public sealed class CompensationPolicyValidator : AbstractValidator<CompensationPolicy>
{
    /// <summary>Creates the validator.</summary>
    public CompensationPolicyValidator()
    {
        RuleFor(p => p.Currency).Must(c => c is { Length: 3 } && c.All(char.IsAsciiLetterUpper)).OverridePropertyName("currency")
            .WithMessage(p => $"\"{p.Currency}\" is not an ISO currency code such as USD.");
        RuleFor(p => p.HourlyRate).GreaterThanOrEqualTo(0m).OverridePropertyName("hourlyRate").WithMessage(p => $"must not be negative, got {p.HourlyRate}.");
        RuleFor(p => p.TimeOffRatio).GreaterThanOrEqualTo(0m).OverridePropertyName("timeOffRatio").WithMessage(p => $"must not be negative, got {p.TimeOffRatio}.");
        RuleFor(p => p.MinimumCallIn).GreaterThanOrEqualTo(Duration.Zero).OverridePropertyName("minimumCallIn").WithMessage("must not be negative.");
        RuleFor(p => p.CallInRounding).GreaterThan(Duration.Zero).OverridePropertyName("callInRounding").WithMessage("must be positive, such as PT1H.");
        RuleFor(p => p.RebalanceShareOfFair).GreaterThanOrEqualTo(1m).OverridePropertyName("rebalanceShareOfFair")
            .WithMessage(p => $"must be at least 1 (the fair share itself), got {p.RebalanceShareOfFair}.");
        RuleFor(p => p.RebalanceMinimumPages).GreaterThanOrEqualTo(1).OverridePropertyName("rebalanceMinimumPages")
            .WithMessage(p => $"must be at least 1, got {p.RebalanceMinimumPages}.");
        RuleFor(p => p).Custom((policy, context) =>
        {
            foreach (var (level, amount) in policy.WeeklyStipend.Where(p => p.Value < 0m || !Enum.IsDefined(p.Key)))
            {
                context.AddFailure(new ValidationFailure($"weeklyStipend['{(int)level}']", Enum.IsDefined(level) ? $"must not be negative, got {amount}." : $"{(int)level} is not a level; use 1, 2 or 3."));
            }

            foreach (var (level, time) in policy.WeeklyTimeOffInLieu.Where(p => p.Value < Duration.Zero || !Enum.IsDefined(p.Key)))
            {
                context.AddFailure(new ValidationFailure($"weeklyTimeOffInLieu['{(int)level}']", Enum.IsDefined(level) ? $"must not be negative, got {time}." : $"{(int)level} is not a level; use 1, 2 or 3."));
            }
        });
    }
}

/// <summary>
/// Checks an <see cref="OnCallTeam"/>: a known zone, one rotation per level with a unique name, participants, a valid
/// shift length and coverage window, people who are on some rotation, time off that ends after it starts, and the
/// policy. Every problem is reported with a JSON-style path such as <c>rotations[1].participants[2]</c>.
/// </summary>
public sealed class OnCallTeamValidator : AbstractValidator<OnCallTeam>
{
    private static readonly FairnessRulesValidator Fairness = new();
    private static readonly CompensationPolicyValidator Compensation = new();

    /// <summary>Creates the validator.</summary>
    public OnCallTeamValidator() => RuleFor(t => t).Custom((team, context) => Check(team, string.Empty, context.AddFailure));

    internal static void Check(OnCallTeam team, string prefix, Action<ValidationFailure> report)
    {
        void Problem(string path, string message) => report(new ValidationFailure(prefix + path, message));

        CheckZone(team.TimeZoneId, "timeZone", Problem);
        if (team.Rotations.IsDefaultOrEmpty)
        {
            Problem("rotations", "the team has no rotation; give at least one, such as {\"level\": 1, \"participants\": [...]}.");
        }
        else
        {
            for (var i = 0; i < team.Rotations.Length; i++)
            {
                CheckRotation(team, i, $"rotations[{i}]", Problem);
            }
        }

        var everyone = team.Rotations.IsDefault ? [] : team.Rotations.SelectMany(r => r.Participants.IsDefault ? [] : r.AllParticipants).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; !team.People.IsDefault && i < team.People.Length; i++)
        {
            CheckMember(team, i, everyone, Problem);
        }

        CheckHolidaySets(team.HolidaySets, "holidaySets", Problem);
        Prefixed(Fairness.Validate(team.Policy.Fairness), "policy.fairness.", Problem);
        Prefixed(Compensation.Validate(team.Policy.Compensation), "policy.compensation.", Problem);
    }

    private static void CheckRotation(OnCallTeam team, int index, string path, Action<string, string> problem)
    {
        var rotation = team.Rotations[index];
        if (string.IsNullOrWhiteSpace(rotation.Name))
        {
            problem($"{path}.name", "the rotation needs a name such as \"support\".");
        }
        else if (team.Rotations.Take(index).Any(r => r.Name == rotation.Name))
        {
            problem($"{path}.name", $"another rotation is already called \"{rotation.Name}\".");
        }

        if (!Enum.IsDefined(rotation.Level))
        {
            problem($"{path}.level", $"{(int)rotation.Level} is not a level; use 1 (support), 2 (engineering) or 3 (VP Product).");
        }
        else if (team.Rotations.Take(index).Any(r => r.Level == rotation.Level))
        {
            problem($"{path}.level", $"level {(int)rotation.Level} already has a rotation; a team has one rotation per level.");
        }

        var zoneOk = CheckZone(rotation.TimeZoneId, $"{path}.timeZone", problem);
        CheckParticipants(rotation, path, problem);
        if (!rotation.ShiftLength.IsValid)
        {
            problem($"{path}.shiftLength", "a shift lasts 1–366 days or 1–12 months; write \"week\", \"month\", \"P10D\" or \"P2M\".");
        }

        if (rotation.HandOffDate.Year is < 1 or > 9990)
        {
            problem($"{path}.handOff.date", $"{rotation.HandOffDate:uuuu-MM-dd} is outside the supported years 1–9990.");
        }

        CheckChanges(rotation, path, problem);

        if (string.IsNullOrWhiteSpace(rotation.Coverage.Name))
        {
            problem($"{path}.coverage.name", "the coverage window needs a name.");
        }

        if (zoneOk)
        {
            foreach (var failure in BusinessCalendar.Validate(rotation.Coverage.In(rotation.TimeZoneId)).Errors)
            {
                problem($"{path}.coverage.{failure.PropertyName}", failure.PropertyName == "week" ? "the coverage window never covers anything: give at least one covered shift." : failure.ErrorMessage);
            }
        }
    }

    /// <summary>Rotation changes (issue 17): increasing dates after the anchor, each a hand-off of nothing earlier than it, lengths of the same kind, orders like participants.</summary>
    private static void CheckChanges(Rotation rotation, string path, Action<string, string> problem)
    {
        if (rotation.Changes.IsDefaultOrEmpty)
        {
            return;
        }

        var previous = rotation.HandOffDate;
        for (var i = 0; i < rotation.Changes.Length; i++)
        {
            var change = rotation.Changes[i];
            var at = $"{path}.changes[{i}]";
            if (change is null)
            {
                problem(at, "a change is missing.");
                continue;
            }

            if (change.From.Year is < 1 or > 9990)
            {
                problem($"{at}.from", $"{change.From:uuuu-MM-dd} is outside the supported years 1–9990.");
            }
            else if (change.From <= previous)
            {
                problem($"{at}.from", i == 0
                    ? $"{change.From:uuuu-MM-dd} must be after the rotation's hand-off date {previous:uuuu-MM-dd}."
                    : $"{change.From:uuuu-MM-dd} must be after the previous change's date {previous:uuuu-MM-dd}.");
            }
            else
            {
                previous = change.From;
            }

            if (change.Length is { } length)
            {
                if (!length.IsValid)
                {
                    problem($"{at}.shiftLength", "a shift lasts 1–366 days, 1–12 months, or whole hours that divide a day or a week; write \"week\", \"P10D\", \"P2M\" or \"PT8H\".");
                }
                else if (length.IsHourBased != rotation.ShiftLength.IsHourBased)
                {
                    problem($"{at}.shiftLength", rotation.ShiftLength.IsHourBased
                        ? $"the rotation hands off by hours ({rotation.ShiftLength}); a change keeps hour-based shifts (e.g. \"PT8H\", \"PT12H\")."
                        : $"the rotation hands off by days or months ({rotation.ShiftLength}); a change keeps day or month shifts (e.g. \"week\", \"P2W\").");
                }
            }

            if (change.Order is { } order)
            {
                CheckParticipants(rotation with { Participants = order }, at, problem, "order");
            }
        }
    }

    private static void CheckParticipants(Rotation rotation, string path, Action<string, string> problem, string field = "participants")
    {
        if (rotation.Participants.IsDefaultOrEmpty)
        {
            problem($"{path}.{field}", "the rotation has nobody; list its participants in rotation order.");
            return;
        }

        for (var i = 0; i < rotation.Participants.Length; i++)
        {
            var name = rotation.Participants[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                problem($"{path}.{field}[{i}]", "a participant needs a name.");
            }
            else if (rotation.Participants.Take(i).Contains(name, StringComparer.Ordinal))
            {
                problem($"{path}.{field}[{i}]", $"{name} is listed twice; each person takes one turn per cycle.");
            }
        }
    }

    private static void CheckMember(OnCallTeam team, int index, HashSet<string> everyone, Action<string, string> problem)
    {
        var member = team.People[index];
        var path = $"people[{index}]";
        if (string.IsNullOrWhiteSpace(member.Name))
        {
            problem($"{path}.name", "a person needs a name.");
            return;
        }

        if (team.People.Take(index).Any(p => p.Name == member.Name))
        {
            problem($"{path}.name", $"{member.Name} is listed twice; merge the entries.");
        }

        if (!everyone.Contains(member.Name))
        {
            problem($"{path}.name", $"{member.Name} is not a participant of any rotation (a typo?); the participants are {string.Join(", ", everyone)}.");
        }

        if (!Enum.IsDefined(member.Compensation))
        {
            problem($"{path}.compensation", "use \"pay\" or \"timeOffInLieu\".");
        }

        for (var i = 0; !member.TimeOff.IsDefault && i < member.TimeOff.Length; i++)
        {
            var off = member.TimeOff[i];
            if (off.To < off.From)
            {
                problem($"{path}.timeOff[{i}].to", $"{off.To:uuuu-MM-dd} is before {off.From:uuuu-MM-dd}; time off runs from its first to its last day.");
            }
            else if (off.From.Year < 1 || off.To.Year > 9990)
            {
                problem($"{path}.timeOff[{i}]", $"{off} is outside the supported years 1–9990.");
            }
            else if (off.From == off.To && off.StartTime is { } start && off.EndTime is { } end && end <= start)
            {
                problem($"{path}.timeOff[{i}].toTime", $"{end:HH:mm} is not after {start:HH:mm} on the same day; a partial day runs from its fromTime to its toTime.");
            }
        }

        CheckHolidaySets(member.HolidaySets, $"{path}.holidaySets", problem);
        if (member.Joins is { } joins && member.Leaves is { } leaves && leaves <= joins)
        {
            problem($"{path}.leaves", $"{leaves:uuuu-MM-dd} is not after joins {joins:uuuu-MM-dd}; a person leaves after joining.");
        }
    }

    private static void CheckHolidaySets(System.Collections.Immutable.ImmutableArray<string> ids, string path, Action<string, string> problem)
    {
        for (var i = 0; !ids.IsDefault && i < ids.Length; i++)
        {
            if (!HolidaySets.ById.ContainsKey(ids[i] ?? string.Empty))
            {
                problem($"{path}[{i}]", $"'{ids[i]}' is not a holiday set; use one of {string.Join(", ", HolidaySets.ById.Keys.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    private static bool CheckZone(string? zoneId, string path, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            problem(path, "the time zone is missing; give a tzdb id such as America/Los_Angeles.");
            return false;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is null)
        {
            problem(path, $"'{zoneId}' is not a tzdb time-zone id (for example America/Los_Angeles or Europe/Berlin).");
            return false;
        }

        return true;
    }

    private static void Prefixed(ValidationResult result, string prefix, Action<string, string> problem)
    {
        foreach (var failure in result.Errors)
        {
            problem(prefix + failure.PropertyName, failure.ErrorMessage);
        }
    }
}

/// <summary>
/// Checks an <see cref="OnCallSchedule"/>: a valid team, a period that ends after it starts, shifts on hand-off dates
/// of an existing rotation held by one of its participants (one holder per shift), and overrides that end after they
/// start, name someone on the team and, when they say whom they cover for, match the shift holder. Paths are JSON-style
/// such as <c>shifts[4].date</c> or <c>team.rotations[0].name</c>.
/// </summary>
public sealed class OnCallScheduleValidator : AbstractValidator<OnCallSchedule>
{
    /// <summary>Creates the validator.</summary>
    public OnCallScheduleValidator() => RuleFor(s => s).Custom((schedule, context) =>
    {
        var before = new List<ValidationFailure>();
        OnCallTeamValidator.Check(schedule.Team, "team.", before.Add);
        foreach (var failure in before)
        {
            context.AddFailure(failure);
        }

        if (schedule.To <= schedule.From)
        {
            context.AddFailure(new ValidationFailure("to", $"{schedule.To:uuuu-MM-dd} is not after from {schedule.From:uuuu-MM-dd}; the period needs at least one day."));
        }

        if (before.Count > 0)
        {
            return; // shifts cannot be checked against a broken team
        }

        CheckShifts(schedule, context);
        CheckOverrides(schedule, context);
    });

    private static void CheckShifts(OnCallSchedule schedule, ValidationContext<OnCallSchedule> context)
    {
        var seen = new HashSet<(OnCallLevel, LocalDate, LocalTime?)>();
        for (var i = 0; !schedule.Shifts.IsDefault && i < schedule.Shifts.Length; i++)
        {
            var shift = schedule.Shifts[i];
            var path = $"shifts[{i}]";
            var rotation = schedule.Team.RotationFor(shift.Level);
            if (rotation is null)
            {
                context.AddFailure(new ValidationFailure($"{path}.level", $"the team has no level {(int)shift.Level} rotation."));
                continue;
            }

            if (shift.Date.Year is < 1 or > 9990)
            {
                // The engine computes hand-offs a shift past the date; keep within the years every other date allows.
                context.AddFailure(new ValidationFailure($"{path}.date", $"{shift.Date:uuuu-MM-dd} is outside the dates tai computes with (years 1–9990)."));
                continue;
            }

            if (rotation.ShiftLength.IsHourBased || shift.Time is not null)
            {
                if (!rotation.IsHandOff(shift.Date, shift.Time))
                {
                    var around = rotation.SlotAt(shift.Time is { } t ? Rotation.HandOff(rotation.Zone, shift.Date, t) : rotation.HandOff(shift.Date));
                    context.AddFailure(new ValidationFailure($"{path}.time", rotation.ShiftLength.IsHourBased
                        ? $"no shift of rotation {rotation.Name} starts on {shift.Date:uuuu-MM-dd} at {(shift.Time is { } time ? time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "(no time given)")} ({rotation.DescribeHandOff()}); the shift around it starts at {around.Label}."
                        : $"rotation {rotation.Name} hands off {rotation.DescribeHandOff()}: a shift is named by its date alone; leave \"time\" out."));
                }
                else if (!seen.Add((shift.Level, shift.Date, shift.Time)))
                {
                    context.AddFailure(new ValidationFailure($"{path}.time", $"the level {(int)shift.Level} shift of {shift.Date:uuuu-MM-dd} {shift.Time:HH:mm} is assigned twice; keep one holder and cover the rest with an override."));
                }
            }
            else if (!rotation.IsHandOffDate(shift.Date))
            {
                var slot = rotation.SlotAt(rotation.HandOff(shift.Date));
                context.AddFailure(new ValidationFailure($"{path}.date", $"{shift.Date:uuuu-MM-dd} is not a hand-off date of rotation {rotation.Name} ({rotation.DescribeHandOff()}); the shift around it starts on {slot.Date:uuuu-MM-dd}."));
            }
            else if (!seen.Add((shift.Level, shift.Date, null)))
            {
                context.AddFailure(new ValidationFailure($"{path}.date", $"the level {(int)shift.Level} shift of {shift.Date:uuuu-MM-dd} is assigned twice; keep one holder and cover the rest with an override."));
            }

            if (!rotation.AllParticipants.Contains(shift.Person, StringComparer.Ordinal))
            {
                context.AddFailure(new ValidationFailure($"{path}.person", $"{(string.IsNullOrWhiteSpace(shift.Person) ? "the person is missing" : $"{shift.Person} is not a participant of rotation {rotation.Name}")}; participants: {string.Join(", ", rotation.Participants)}. Someone else covers with an override."));
            }
        }
    }

    private static void CheckOverrides(OnCallSchedule schedule, ValidationContext<OnCallSchedule> context)
    {
        var everyone = schedule.Team.Everyone;
        for (var i = 0; !schedule.Overrides.IsDefault && i < schedule.Overrides.Length; i++)
        {
            var cover = schedule.Overrides[i];
            var path = $"overrides[{i}]";
            var rotation = schedule.Team.RotationFor(cover.Level);
            if (rotation is null)
            {
                context.AddFailure(new ValidationFailure($"{path}.level", $"the team has no level {(int)cover.Level} rotation."));
                continue;
            }

            if (cover.End <= cover.Start)
            {
                context.AddFailure(new ValidationFailure($"{path}.end", "the override must end after it starts."));
                continue;
            }

            if (!everyone.Contains(cover.Person, StringComparer.Ordinal))
            {
                context.AddFailure(new ValidationFailure($"{path}.person", $"{(string.IsNullOrWhiteSpace(cover.Person) ? "the person is missing" : $"{cover.Person} is not on the team")}; the team is {string.Join(", ", everyone)}."));
            }

            if (cover.For is { } holder)
            {
                var others = rotation.Slots(cover.Start, cover.End)
                    .Select(slot => schedule.ShiftFor(cover.Level, slot)?.Person ?? "nobody")
                    .Where(person => person != holder)
                    .Distinct()
                    .ToList();
                if (others.Count > 0)
                {
                    context.AddFailure(new ValidationFailure($"{path}.for", $"{holder} does not hold level {(int)cover.Level} throughout the override; {string.Join(" and ", others)} does."));
                }
            }
        }
    }
}
