using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai calendar compose</c> and <c>tai calendar holidays list|show|merge</c> (issue 13; docs/cli.md,
/// docs/calendars.md "Calendar algebra", "Holiday sets").
/// </summary>
internal static class CalendarHolidayCommands
{
    private static readonly string[] Operators = ["union", "intersect", "except"];

    /// <summary><c>calendar compose OP CAL CAL…</c>: prints the composed calendar as JSON.</summary>
    public static Command Compose(CliContext io)
    {
        var op = new Argument<string>("operator") { Description = "union, intersect or except (the first calendar minus every later one)." };
        op.AcceptOnlyFromAmong(Operators);
        var calendars = new Argument<string[]>("calendars")
        {
            Description = "Two or more calendar JSON files (plain or composed) or built-in names; - reads one from standard input.",
            Arity = new ArgumentArity(2, 64),
        };
        var command = new Command("compose", "Combine calendars (union, intersect, except) and print the composed calendar JSON that --calendar reads.")
        {
            op,
            calendars,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var kind = parse.GetValue(op) switch
            {
                "union" => CalendarOperator.Union,
                "intersect" => CalendarOperator.Intersect,
                _ => CalendarOperator.Except,
            };
            var operands = parse.GetValue(calendars)!.Select(path => Load(io, path)).ToList();
            var composed = operands.Skip(1).Aggregate(operands[0], (acc, next) => BusinessCalendar.Compose(kind, acc, next));
            io.Out.WriteLine(BusinessCalendarJson.Write(composed));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary><c>calendar holidays list|show|merge</c>.</summary>
    public static Command Holidays(CliContext io)
    {
        var command = new Command("holidays", "Public-holiday sets and iCalendar (.ics) company holidays: list the sets, show dated holidays, merge them into a calendar.");
        command.Subcommands.Add(List(io));
        command.Subcommands.Add(Show(io));
        command.Subcommands.Add(Merge(io));
        return command;
    }

    private static Command List(CliContext io)
    {
        var command = new Command("list", "One JSON line per shipped holiday set: {\"id\",\"name\",\"rules\"}.");
        command.SetAction(_ =>
        {
            foreach (var set in HolidaySets.ById.Values)
            {
                io.Out.WriteLine(new JsonObject { ["id"] = set.Id, ["name"] = set.Name, ["rules"] = set.Rules.Length }.ToJsonString(CliFormat.Json));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext io)
    {
        var sources = Sources();
        var (from, to) = Years();
        var command = new Command("show", "One JSON line per holiday of the sources in the years: {\"date\",\"name\",\"source\"}, in date order.")
        {
            sources,
            from,
            to,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var (first, last) = YearRange(parse.GetValue(from), parse.GetValue(to));
            var lines = new List<(NodaTime.LocalDate Date, int Order, JsonObject Line)>();
            var order = 0;
            foreach (var source in parse.GetValue(sources)!)
            {
                foreach (var holiday in Read(io, source, first, last))
                {
                    lines.Add((holiday.Date, order++, new JsonObject
                    {
                        ["date"] = LocalDatePattern.Iso.Format(holiday.Date),
                        ["name"] = holiday.Name,
                        ["source"] = source,
                    }));
                }
            }

            foreach (var line in lines.OrderBy(l => l.Date).ThenBy(l => l.Order))
            {
                io.Out.WriteLine(line.Line.ToJsonString(CliFormat.Json));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Merge(CliContext io)
    {
        var calendar = new Option<string>("--calendar", "-c")
        {
            Description = "A plain calendar JSON file or a built-in calendar to add the holidays to.",
            Required = true,
        };
        var sources = Sources();
        var (from, to) = Years();
        var command = new Command("merge", "Print the calendar JSON with the sources' holidays (and their names) added; a date with an override keeps it.")
        {
            calendar,
            sources,
            from,
            to,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var (first, last) = YearRange(parse.GetValue(from), parse.GetValue(to));
            var target = CliOptions.LoadCalendar(io, parse.GetValue(calendar)!);
            if (target.Operator != CalendarOperator.None)
            {
                throw new CliFatalException("--calendar: holidays merge into a plain calendar; merge into each operand, then compose.");
            }

            var definition = target.Definition;
            foreach (var source in parse.GetValue(sources)!)
            {
                definition = definition.WithHolidays(Read(io, source, first, last));
            }

            io.Out.WriteLine(BusinessCalendarJson.Write(definition));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Argument<string[]> Sources() => new("sources")
    {
        Description = $"Holiday sets ({string.Join(", ", HolidaySets.ById.Keys)}) or iCalendar files (.ics; - reads standard input).",
        Arity = ArgumentArity.OneOrMore,
    };

    private static (Option<int> From, Option<int?> To) Years() => (
        new Option<int>("--from") { Description = "The first year (1–9990).", Required = true },
        new Option<int?>("--to") { Description = "The last year (inclusive; default: --from)." });

    private static (int From, int To) YearRange(int from, int? to)
    {
        var last = to ?? from;
        if (from is < 1 or > 9990 || last is < 1 or > 9990 || last < from)
        {
            throw new CliFatalException($"--from/--to: years run from 1 to 9990 and --to is not before --from (got {from}–{last}).");
        }

        if (last - from > 200)
        {
            throw new CliFatalException($"--from/--to: at most 200 years at once (got {from}–{last}).");
        }

        return (from, last);
    }

    private static IReadOnlyList<NamedHoliday> Read(CliContext io, string source, int from, int to)
    {
        if (HolidaySets.ById.TryGetValue(source, out var set))
        {
            return set.Holidays(from, to);
        }

        if (source != "-" && !File.Exists(source))
        {
            throw new CliFatalException($"sources: '{SafeText.Echo(source, 80)}' is neither a holiday set ({string.Join(", ", HolidaySets.ById.Keys)}) nor an existing .ics file.");
        }

        var result = ICalendarHolidays.Read(io.ReadFile(source, "sources"), from, to);
        return result.IsValid
            ? result.Value!
            : throw new CliFatalException(
                $"sources: '{SafeText.Echo(source, 80)}' is not a usable iCalendar file:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    private static BusinessCalendar Load(CliContext io, string pathOrName)
    {
        if (CliOptions.Calendars.TryGetValue(pathOrName, out var builtIn))
        {
            return builtIn;
        }

        var result = BusinessCalendarJson.Read(io.ReadFile(pathOrName, "calendars"));
        return result.IsValid
            ? result.Value!
            : throw new CliFatalException(
                $"calendars: '{SafeText.Echo(pathOrName, 80)}' is not a valid calendar:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }
}
