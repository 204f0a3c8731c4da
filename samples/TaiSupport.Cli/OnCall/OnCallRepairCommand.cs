using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.OnCall;

/// <summary>
/// <c>tai oncall absences</c> (holidays and each person's absences with exact instants), <c>tai oncall repair</c> (a
/// published rota after a new absence, holiday or roster change: only the affected weeks are re-planned) and
/// <c>tai oncall explain</c> (why a rota request is impossible: a minimal conflict set) — issue 17,
/// manual §5.4, D19; docs/oncall.md.
/// </summary>
internal static class OnCallRepairCommand
{
    /// <summary>Exit code when no repair or no rota exists.</summary>
    private const int Impossible = 1;

    public static Command Repair(CliContext io)
    {
        var schedule = new Option<string>("--schedule", "-s") { Description = "The published schedule JSON file.", Required = true };
        var team = new Option<string>("--team") { Description = "The team as it is now (new time off, holidays, joins, leaves; docs/oncall.md).", Required = true };
        var incidents = new Option<string?>("--incidents") { Description = "Incident JSON lines so far, for the busy-week rule." };
        var output = new Option<string?>("--out") { Description = "Also write the repaired schedule JSON to this file." };
        var command = new Command("repair", "Re-plan only the weeks a new absence affects, keeping every other published shift; say what changed, or why no repair exists.")
        {
            schedule, team, incidents, output,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var published = OnCallFiles.Schedule(io, parse.GetValue(schedule)!);
            var now = OnCallFiles.Team(io, parse.GetValue(team)!);
            var log = parse.GetValue(incidents) is { } path ? OnCallFiles.Incidents(io, path) : [];
            RotaRepairResult result;
            try
            {
                result = RotaRepair.Repair(published, now, log);
            }
            catch (FluentValidation.ValidationException e)
            {
                throw new CliFatalException($"--team: the team no longer fits the published rota: {string.Join("; ", e.Errors.Select(f => $"{f.PropertyName}: {f.ErrorMessage}"))}");
            }

            var json = new JsonObject
            {
                ["repaired"] = result.Succeeded,
                ["affectedFrom"] = result.AffectedFrom?.ToString("uuuu-MM-dd", null),
                ["affected"] = new JsonArray([.. result.Affected.Select(s => (JsonNode)new JsonObject
                {
                    ["level"] = (int)s.Level, ["date"] = s.Date.ToString("uuuu-MM-dd", null), ["person"] = s.Person,
                })]),
                ["changes"] = new JsonArray([.. result.Changes.Select(c => (JsonNode)new JsonObject
                {
                    ["level"] = (int)c.Level, ["date"] = c.Date.ToString("uuuu-MM-dd", null), ["before"] = c.Before, ["after"] = c.After,
                })]),
            };
            if (!result.Succeeded)
            {
                json["problems"] = new JsonArray([.. result.Problems.Select(p => (JsonNode)new JsonObject { ["rule"] = p.Rule, ["message"] = p.Message, ["fix"] = p.Fix })]);
                json["conflicts"] = Conflicts(result.Conflicts);
                io.Out.WriteLine(json.ToJsonString(CliFormat.IndentedJson));
                return Impossible;
            }

            io.Out.WriteLine(json.ToJsonString(CliFormat.IndentedJson));
            if (parse.GetValue(output) is { } file)
            {
                OnCallFiles.Write(file, OnCallJson.Write(result.Schedule!), "--out");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Explain(CliContext io)
    {
        var team = new Option<string>("--team") { Description = "The team JSON file (docs/oncall.md).", Required = true };
        var from = new Option<string>("--from") { Description = "The first date of the period, e.g. 2026-01-05.", Required = true };
        var weeks = new Option<int>("--weeks") { Description = "How many weeks (13 is a quarter).", Required = true };
        var history = new Option<string?>("--history") { Description = "An earlier schedule JSON (its shifts count towards the limits)." };
        var incidents = new Option<string?>("--incidents") { Description = "Incident JSON lines of the history period." };
        var command = new Command("explain", "Say whether a rota exists; when none does, list a minimal set of rules, absences and history shifts that together make it impossible, each with its fix.")
        {
            team, from, weeks, history, incidents,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var request = OnCallFiles.Request(io, parse.GetValue(team)!, parse.GetValue(from)!, parse.GetValue(weeks), parse.GetValue(history), parse.GetValue(incidents));
            var conflicts = RotaConflicts.Explain(request);
            var json = new JsonObject { ["feasible"] = conflicts is null };
            if (conflicts is not null)
            {
                json["conflicts"] = Conflicts(conflicts);
            }

            io.Out.WriteLine(json.ToJsonString(CliFormat.IndentedJson));
            return conflicts is null ? ExitCodes.Success : Impossible;
        }));
        return command;
    }

    public static Command Absences(CliContext io)
    {
        var team = new Option<string>("--team") { Description = "The team JSON file (docs/oncall.md).", Required = true };
        var from = new Option<string>("--from") { Description = "The first date, e.g. 2026-01-01.", Required = true };
        var to = new Option<string>("--to") { Description = "The last date (inclusive).", Required = true };
        var command = new Command("absences", "List the team's public holidays and each person's absences in a period (time off, partial days, holidays observed, joining, leaving) with their exact instants.")
        {
            team, from, to,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var loaded = OnCallFiles.Team(io, parse.GetValue(team)!);
            var (start, end) = (OnCallFiles.Date(parse.GetValue(from)!, "--from"), OnCallFiles.Date(parse.GetValue(to)!, "--to"));
            if (end < start)
            {
                throw new CliFatalException($"--to: {end:uuuu-MM-dd} is before --from {start:uuuu-MM-dd}.");
            }

            var zone = loaded.Zone;
            var people = new JsonArray();
            foreach (var person in loaded.Everyone)
            {
                var list = loaded.Absences(person, start, end).Where(off => off.From <= end && off.To >= start).ToList();
                if (list.Count == 0)
                {
                    continue;
                }

                people.Add(new JsonObject
                {
                    ["person"] = person,
                    ["absences"] = new JsonArray([.. list.Select(off =>
                    {
                        var interval = off.In(zone);
                        var item = new JsonObject
                        {
                            ["from"] = off.From.ToString("uuuu-MM-dd", null),
                            ["to"] = off.To.ToString("uuuu-MM-dd", null),
                        };
                        if (off.StartTime is { } fromTime)
                        {
                            item["fromTime"] = fromTime.ToString("HH:mm", null);
                        }

                        if (off.EndTime is { } toTime)
                        {
                            item["toTime"] = toTime.ToString("HH:mm", null);
                        }

                        item["start"] = CliFormat.Instant(interval.Start, zone);
                        item["end"] = CliFormat.Instant(interval.End, zone);
                        item["note"] = off.Note;
                        return (JsonNode)item;
                    })]),
                });
            }

            var json = new JsonObject
            {
                ["from"] = start.ToString("uuuu-MM-dd", null),
                ["to"] = end.ToString("uuuu-MM-dd", null),
                ["holidays"] = new JsonArray([.. loaded.PublicHolidays(start, end).Select(h => (JsonNode)new JsonObject { ["date"] = h.Date.ToString("uuuu-MM-dd", null), ["name"] = h.Name })]),
                ["people"] = people,
            };
            io.Out.WriteLine(json.ToJsonString(CliFormat.IndentedJson));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static JsonArray Conflicts(RotaConflictSet? set) => new([.. (set?.Members ?? []).Select(m => (JsonNode)new JsonObject
    {
        ["kind"] = m.Kind.ToString().ToLowerInvariant(),
        ["id"] = m.Id,
        ["person"] = m.Person,
        ["description"] = m.Description,
        ["fix"] = m.Fix,
    })]);
}
