using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai calendar due|elapsed|show|check|compose|holidays</c>: business-calendar arithmetic for scripts in any language
/// (docs/cli.md, docs/calendars.md).
/// </summary>
internal sealed class CalendarCommand : ITaiCommand
{
    public int Order => 10;

    public Command Create(CliContext io)
    {
        var command = new Command("calendar", "Business-calendar arithmetic: due instants and elapsed open time (manual §1.2, D1–D4).");
        command.Subcommands.Add(Due(io));
        command.Subcommands.Add(Elapsed(io));
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(Check(io));
        command.Subcommands.Add(CalendarHolidayCommands.Compose(io));
        command.Subcommands.Add(CalendarHolidayCommands.Holidays(io));
        return command;
    }

    public void RunDemo(CliContext io)
    {
        io.Out.WriteLine("1. Business calendars (manual §1.2, D1–D4)");
        var friday = CliFormat.ParseInstant("2026-03-06T16:30:00-08:00")!.Value;
        var due = BusinessCalendars.StarterHours.Add(friday, Duration.FromMinutes(240));
        io.Out.WriteLine($"   starter-hours: {CliFormat.Instant(friday, BusinessCalendars.StarterHours.Zone)} + 240 business minutes = {CliFormat.Instant(due, BusinessCalendars.StarterHours.Zone)} (across the DST change)");
        var monday = CliFormat.ParseInstant("2026-03-09T09:00:00-07:00")!.Value;
        io.Out.WriteLine($"   professional-hours open between Friday 16:30 and Monday 09:00: {TaiSupport.Core.Text.HumanDuration.Format(BusinessCalendars.ProfessionalHours.Elapsed(friday, monday))}");
        io.Out.WriteLine();
    }

    private static Command Due(CliContext io)
    {
        var calendar = CalendarOption();
        var input = CliOptions.Input("JSON lines {\"id\",\"start\",\"minutes\"}; - reads standard input.");
        var command = new Command("due", "For each line {\"id\",\"start\",\"minutes\"}, write {\"id\",\"due\"}: the instant at which that many open minutes have passed.")
        {
            calendar,
            input,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var cal = CliOptions.LoadCalendar(io, parse.GetValue(calendar)!);
            return JsonLines.RunElements(io, parse.GetValue(input)!, element =>
            {
                var line = LineContract.Read(element, LineContract.Contracts.CalendarDueLine, CalendarDueLine.Validator.Validate);
                if (line.WorkingDays is { } days)
                {
                    var target = cal.AddWorkingDays(line.Start, (int)days, CalendarDueLine.Modes[line.Mode ?? "sameTime"], line.At ?? LocalTime.Midnight);
                    return new JsonObject { ["due"] = CliFormat.Instant(target, cal.Zone) };
                }

                var inSeconds = line.Seconds is not null;
                var amount = line.Seconds ?? line.Minutes!.Value;
                var unit = inSeconds ? "seconds" : "minutes";
                var due = cal.TryAdd(line.Start, inSeconds ? Duration.FromSeconds(amount) : Duration.FromMinutes(amount), cal.DueAtClosing, out var reached)
                    ? reached
                    : throw new LineException(amount < 0
                        ? $"{unit}: the calendar does not have {-amount} open {unit} before {CliFormat.Instant(line.Start, cal.Zone)}."
                        : $"{unit}: the calendar never accumulates {amount} open {unit} after {CliFormat.Instant(line.Start, cal.Zone)}.");
                return new JsonObject { ["due"] = CliFormat.Instant(due, cal.Zone) };
            });
        }));
        return command;
    }

    private static Command Elapsed(CliContext io)
    {
        var calendar = CalendarOption();
        var input = CliOptions.Input("JSON lines {\"id\",\"from\",\"to\"}; - reads standard input.");
        var command = new Command("elapsed", "For each line {\"id\",\"from\",\"to\"}, write {\"id\",\"minutes\"}: the open minutes within [from, to) (negative when to is before from).")
        {
            calendar,
            input,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var cal = CliOptions.LoadCalendar(io, parse.GetValue(calendar)!);
            return JsonLines.RunElements(io, parse.GetValue(input)!, element =>
            {
                var line = LineContract.Read(element, LineContract.Contracts.CalendarElapsedLine, CalendarElapsedLine.Validator.Validate);
                var elapsed = cal.Elapsed(line.From, line.To);
                if (line.Unit == "seconds")
                {
                    return new JsonObject { ["seconds"] = elapsed.SubsecondNanoseconds == 0 ? JsonValue.Create((long)elapsed.TotalSeconds) : JsonValue.Create(elapsed.ToInt64Nanoseconds() / 1_000_000_000m) };
                }

                JsonNode minutes = elapsed.SubsecondNanoseconds == 0 && elapsed.Seconds == 0
                    ? JsonValue.Create((long)elapsed.TotalMinutes)
                    : JsonValue.Create(elapsed.ToInt64Nanoseconds() / 60_000_000_000m);
                return new JsonObject { ["minutes"] = minutes };
            });
        }));
        return command;
    }

    private static Command Show(CliContext io)
    {
        var name = new Argument<string>("name") { Description = $"A built-in calendar: {string.Join(", ", CliOptions.Calendars.Keys)}." };
        var command = new Command("show", "Print a built-in calendar (D1) as calendar JSON.") { name };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var calendar = CliOptions.Calendars.TryGetValue(parse.GetValue(name)!, out var found)
                ? found
                : throw new CliFatalException($"name: '{parse.GetValue(name)}' is not a built-in calendar; use one of {string.Join(", ", CliOptions.Calendars.Keys)}.");
            io.Out.WriteLine(BusinessCalendarJson.Write(calendar.Definition));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Check(CliContext io)
    {
        var file = new Argument<string>("file") { Description = "A calendar JSON file; - reads standard input." };
        var command = new Command("check", "Validate a calendar file and list every problem.") { file };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var calendar = CliOptions.LoadCalendar(io, parse.GetValue(file)!);
            io.Out.WriteLine($"ok: {calendar.Zone.Id}, business day {CliFormat.IsoDuration(calendar.BusinessDay)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<string> CalendarOption() => new("--calendar", "-c")
    {
        Description = "A calendar JSON file, or a built-in calendar: starter-hours, professional-hours, always.",
        Required = true,
    };
}
