using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.OnCall;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai oncall plan|who|check|pay</c>: fair on-call rotas, who is on call, rule checks and pay (manual §5, D18–D20;
/// docs/oncall.md). <c>plan</c>'s JSON is a schedule file that <c>who</c>, <c>check</c> and <c>pay</c> read.
/// </summary>
internal sealed class OnCallCommand : ITaiCommand
{
    /// <summary>Exit code when the rota breaks a rule (<c>check</c>) or no fair rota exists (<c>plan</c>).</summary>
    private const int RulesBroken = 1;

    public int Order => 60;

    public Command Create(CliContext io)
    {
        var command = new Command("oncall", "On-call rotas (manual §5, D18–D20): plan a fair rota, who is on call, check the rules, pay.");
        command.Subcommands.Add(Plan(io));
        command.Subcommands.Add(Who(io));
        command.Subcommands.Add(Check(io));
        command.Subcommands.Add(Pay(io));
        command.Subcommands.Add(OnCallSwapCommand.Create(io));
        command.Subcommands.Add(OnCallSwapCommand.Certificate(io));
        command.Subcommands.Add(OnCallEquityCommand.Create(io));
        command.Subcommands.Add(OnCallRepairCommand.Repair(io));
        command.Subcommands.Add(OnCallRepairCommand.Explain(io));
        command.Subcommands.Add(OnCallRepairCommand.Absences(io));
        OnCallPolicyOption.AddTo(command, io); // --policy PACK on every oncall command (issue 12)
        return command;
    }

    public void RunDemo(CliContext io)
    {
        io.Out.WriteLine("6. On-call rotas (manual §5, D18–D20)");
        var plan = RotaGenerator.Generate(RotaRequest.ForWeeks(OnCallDemo.Team, new LocalDate(2026, 1, 5), 13));
        var schedule = plan.Schedule!;
        foreach (var rotation in schedule.Team.Rotations)
        {
            var holders = schedule.Shifts.Where(s => s.Level == rotation.Level).OrderBy(s => s.Date).Select(s => s.Person).ToList();
            io.Out.WriteLine($"   plan 2026-01-05 + 13 weeks, level {(int)rotation.Level} {rotation.Name}: {string.Join(", ", holders.Take(6))}{(holders.Count > 6 ? ", …" : string.Empty)}");
        }

        var sunday = CliFormat.ParseInstant("2026-03-08T10:00:00-07:00")!.Value;
        var who = schedule.Compile().WhoAll(sunday).Select(a => $"level {(int)a.Level} {a.OnCall ?? "nobody"}");
        io.Out.WriteLine($"   who is on call Sunday 2026-03-08 10:00 PDT (the spring-forward day): {string.Join(", ", who)}");
        io.Out.WriteLine($"   check: {(RotaChecker.Check(schedule).IsFair ? "fair, no rule broken" : "rules broken")}; Jessica's ski trip (2026-02-16..20) was planned around");
        var three = RotaGenerator.Generate(RotaRequest.ForWeeks(new OnCallTeam { Rotations = [OnCallRotations.Support.WithParticipants("Sarah", "Marcus", "Jessica")] }, new LocalDate(2026, 1, 5), 13));
        io.Out.WriteLine($"   with 3 people instead: {three.Problems[0].Fix}");
        var callIn = new CallIn("Sarah", CliFormat.ParseInstant("2026-01-06T22:10:00-08:00")!.Value, CliFormat.ParseInstant("2026-01-06T22:25:00-08:00")!.Value);
        var sarah = OnCallPay.Report(schedule, [callIn], new LocalDate(2026, 1, 5), new LocalDate(2026, 4, 5)).People.Single(p => p.Person == "Sarah");
        io.Out.WriteLine($"   pay Q1: Sarah {sarah.WeeksOnCall} weeks × $500 + a 15-minute call-in counted as 1 h × $25 = ${sarah.TotalPay:0.00}");
        io.Out.WriteLine();
    }

    private static Command Plan(CliContext io)
    {
        var team = new Option<string>("--team") { Description = "The team JSON file (docs/oncall.md).", Required = true };
        var from = new Option<string>("--from") { Description = "The first date of the period, e.g. 2026-01-05.", Required = true };
        var weeks = new Option<int>("--weeks") { Description = "How many weeks to plan (13 is a quarter).", Required = true };
        var history = new Option<string?>("--history") { Description = "An earlier schedule JSON: its shifts count towards the limits, and shifts overlapping the period are kept." };
        var incidents = new Option<string?>("--incidents") { Description = "Incident JSON lines of the history period: busy weeks and most-paged people." };
        var table = TableOption();
        var output = new Option<string?>("--out") { Description = "Also write the schedule JSON to this file." };
        var ics = new Option<string?>("--ics") { Description = "Also write the rota as an iCalendar file to import into calendar apps." };
        var command = new Command("plan", "Plan a rota that satisfies every §5.4 rule; print it as schedule JSON (or a table), or say what rule cannot be met and what would fix it.")
        {
            team, from, weeks, history, incidents, table, output, ics,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var request = OnCallFiles.Request(io, parse.GetValue(team)!, parse.GetValue(from)!, parse.GetValue(weeks), parse.GetValue(history), parse.GetValue(incidents));
            var plan = RotaGenerator.Generate(request);
            if (!plan.Succeeded)
            {
                io.Error.WriteLine("error: no rota satisfies the rules:");
                foreach (var problem in plan.Problems)
                {
                    io.Error.WriteLine($"  [{problem.Rule}] {problem.Message}");
                    io.Error.WriteLine($"    fix: {problem.Fix}");
                }

                return RulesBroken;
            }

            var json = OnCallJson.Write(plan.Schedule!);
            io.Out.WriteLine(parse.GetValue(table) ? OnCallTables.Plan(plan.Schedule!, plan) : json);
            WriteFile(parse.GetValue(output), json, "--out");
            WriteFile(parse.GetValue(ics), OnCallIcs.Write(plan.Schedule!), "--ics");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Who(CliContext io)
    {
        var schedule = ScheduleOption();
        var at = new Option<string?>("--at") { Description = "The instant, with offset, e.g. 2026-03-08T10:00:00-07:00." };
        var input = new Option<string?>("--input", "-i") { Description = "JSON lines {\"id\",\"at\"} instead of --at; - reads standard input." };
        var table = TableOption();
        var command = new Command("who", "Who is on call at each level at an instant (--at) or at each line's \"at\" (--input).") { schedule, at, input, table };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var timeline = OnCallFiles.Schedule(io, parse.GetValue(schedule)!).Compile();
            switch (parse.GetValue(at), parse.GetValue(input))
            {
                case ({ } text, null):
                    var instant = CliFormat.ParseInstantOption(text, "--at");
                    io.Out.WriteLine(parse.GetValue(table) ? OnCallTables.Who(instant, timeline) : OnCallOutput.Who(instant, timeline).ToJsonString(CliFormat.Json));
                    return ExitCodes.Success;
                case (null, { } path):
                    return JsonLines.RunElements(io, path, line =>
                    {
                        var when = OnCallLines.WhoAt(line);
                        var answer = OnCallOutput.Who(when, timeline);
                        var result = new JsonObject { ["at"] = answer["at"]!.DeepClone(), ["levels"] = answer["levels"]!.DeepClone() };
                        if (answer["holiday"] is { } holiday)
                        {
                            result["holiday"] = holiday.DeepClone();
                        }

                        return result;
                    });
                default:
                    throw new CliFatalException("give exactly one of --at and --input.");
            }
        }));
        return command;
    }

    private static Command Check(CliContext io)
    {
        var schedule = ScheduleOption();
        var incidents = new Option<string?>("--incidents") { Description = "Incident JSON lines {\"id\",\"at\",\"level\"?,\"person\"?} for the busy-week rule." };
        var table = TableOption();
        var command = new Command("check", "List every rule the schedule breaks (§5.4, D19): rule id, person, weeks and a sentence. Exit code 1 when any.") { schedule, incidents, table };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var loaded = OnCallFiles.Schedule(io, parse.GetValue(schedule)!);
            var log = parse.GetValue(incidents) is { } path ? OnCallFiles.Incidents(io, path) : [];
            var check = RotaChecker.Check(loaded, log);
            io.Out.WriteLine(parse.GetValue(table) ? OnCallTables.Check(check) : OnCallOutput.Check(check).ToJsonString(CliFormat.IndentedJson));
            return check.IsFair ? ExitCodes.Success : RulesBroken;
        }));
        return command;
    }

    private static Command Pay(CliContext io)
    {
        var schedule = ScheduleOption();
        var callIns = new Option<string>("--callins") { Description = "Call-in JSON lines {\"id\",\"person\",\"start\",\"end\",\"level\"?}; - reads standard input.", Required = true };
        var from = new Option<string>("--from") { Description = "The first date of the pay period.", Required = true };
        var to = new Option<string>("--to") { Description = "The last date of the pay period (inclusive).", Required = true };
        var table = TableOption();
        var payPolicy = new Option<string?>("--pay-policy") { Description = "A pay policy JSON file (rates, multipliers, holidays, regions; docs/oncall.md); default: the team's compensation policy (D20)." };
        var command = new Command("pay", "Weeks on call, stipends or time off in lieu, call-in pay and busy weeks per person (§5.1, §5.4, D20).") { schedule, callIns, from, to, table, payPolicy };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var loaded = OnCallFiles.Schedule(io, parse.GetValue(schedule)!);
            var (start, end) = (OnCallFiles.Date(parse.GetValue(from)!, "--from"), OnCallFiles.Date(parse.GetValue(to)!, "--to"));
            if (end < start)
            {
                throw new CliFatalException($"--to: {end:uuuu-MM-dd} is before --from {start:uuuu-MM-dd}.");
            }

            var calls = OnCallFiles.CallIns(io, parse.GetValue(callIns)!);
            var strangers = calls.Where(c => !loaded.Team.Everyone.Contains(c.Person)).Select(c => $"{c.Id ?? "(no id)"} names {c.Person}").ToList();
            if (strangers.Count > 0)
            {
                throw new CliFatalException($"--callins: not on the team (a typo?): {string.Join("; ", strangers)}. The team is {string.Join(", ", loaded.Team.Everyone)}.");
            }

            var report = parse.GetValue(payPolicy) is { } policyPath
                ? OnCallPay.Report(loaded, calls, start, end, OnCallFiles.PayPolicy(io, policyPath))
                : OnCallPay.Report(loaded, calls, start, end);
            io.Out.WriteLine(parse.GetValue(table) ? OnCallTables.Pay(report) : OnCallOutput.Pay(report).ToJsonString(CliFormat.IndentedJson));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<string> ScheduleOption() => new("--schedule", "-s") { Description = "A schedule JSON file, such as plan's output.", Required = true };

    private static Option<bool> TableOption() => new("--table") { Description = "Print a readable table instead of JSON." };

    private static void WriteFile(string? path, string text, string option)
    {
        if (path is null)
        {
            return;
        }

        OnCallFiles.Write(path, text, option);
    }
}
