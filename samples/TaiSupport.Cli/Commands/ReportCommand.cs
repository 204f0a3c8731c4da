using System.CommandLine;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Reporting;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai report daily|weekly|standup|kb</c>: the daily dashboard (§8.1), the weekly report with its chart (§8.2), the
/// morning standup summary (§1.1) and the monthly KB dashboard (§6.3), as the manual's text or as JSON (docs/reports.md).
/// </summary>
internal sealed class ReportCommand : ITaiCommand
{
    public int Order => 70;

    public Command Create(CliContext io)
    {
        var command = new Command("report", "Support reports from ticket lines: the daily dashboard, the weekly report (with a chart), the standup summary, the KB dashboard (manual §8, §1.1, §6.3).");
        command.Subcommands.Add(Daily(io));
        command.Subcommands.Add(Weekly(io));
        command.Subcommands.Add(StandupCommand(io));
        command.Subcommands.Add(Kb(io));
        foreach (var sub in ReviewCommands.All(io))
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    public void RunDemo(CliContext io)
    {
        io.Out.WriteLine("6. Reports (manual §8.1, §1.4) on a demo day, as of 5:00 PM PT; 'tai report --help' for daily, weekly, standup, kb");
        var tickets = ReportInputs.LoadTickets(io with { In = new StringReader(DemoData.Tickets) }, "-");
        var incidents = ReportInputs.LoadIncidents(io with { In = new StringReader(DemoData.Incidents) }, "-");
        var fivePm = CliFormat.ParseInstant(DemoData.HandoffAt)!.Value;
        var sla = Core.Sla.SlaEvaluator.Default;
        var dashboard = DailyDashboard.Build(ReportInputs.ParseDate(DemoData.Date, "--date"), tickets, incidents, fivePm, sla, ReportPolicy.Default);
        foreach (var line in dashboard.ToText().Split('\n').TakeWhile(l => !l.StartsWith("ESCALATIONS", StringComparison.Ordinal)))
        {
            io.Out.WriteLine($"   {line}");
        }

        var handoff = Handoff.Build(tickets, fivePm, sla, ReportPolicy.Default);
        io.Out.WriteLine($"   Hand-off (§1.4): {handoff.Items.Length} tickets reach an SLA due before {CliFormat.Instant(handoff.Horizon, ReportPolicy.Default.Zone)}: "
            + $"{string.Join(", ", handoff.Items.Select(i => "#" + i.Ticket.Id))} ('tai handoff' writes the @support-next-day message)");
        io.Out.WriteLine();
    }

    private static Command Daily(CliContext io)
    {
        var (tickets, incidents, date, now, json, notes, policy, reportPolicy) = CommonOptions("The day, e.g. 2026-01-26 (in the report zone, PT by default).", "default: the end of the day");
        var breakdowns = Breakdowns();
        var command = new Command("daily", "The daily support dashboard (§8.1) for one day.") { tickets, incidents, date, now, json, notes, policy, reportPolicy, breakdowns };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var inputs = Load(io, parse, tickets, incidents, policy, reportPolicy);
            var day = ReportInputs.ParseDate(parse.GetValue(date)!, "--date");
            var asOf = ReportInputs.ParseNow(parse.GetValue(now)) ?? inputs.Policy.Zone.AtLeniently(day.PlusDays(1).AtMidnight()).ToInstant();
            var dashboard = DailyDashboard.Build(day, inputs.Tickets, inputs.Incidents, asOf, inputs.Sla, inputs.Policy, ReportInputs.LoadNotes(io, parse.GetValue(notes)));
            io.Out.Write(parse.GetValue(json) ? dashboard.ToJson() + Environment.NewLine : dashboard.ToText(parse.GetValue(breakdowns)));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Weekly(CliContext io)
    {
        var (tickets, incidents, date, now, json, notes, policy, reportPolicy) = CommonOptions("Any day of the week, e.g. 2026-01-23 (weeks start on the report policy's weekStartsOn, Monday by default).", "default: the end of the week");
        var chart = new Option<string?>("--chart") { Description = "Also draw the week's volume and SLA-met trend as a PNG at this path." };
        var breakdowns = Breakdowns();
        var command = new Command("weekly", "The weekly support report (§8.2), with trends against the previous week.") { tickets, incidents, date, now, json, notes, policy, reportPolicy, chart, breakdowns };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var inputs = Load(io, parse, tickets, incidents, policy, reportPolicy);
            var day = ReportInputs.ParseDate(parse.GetValue(date)!, "--date");
            var week = ReportPeriod.Week(day, inputs.Policy.Zone, inputs.Policy.WeekStartsOn);
            var asOf = ReportInputs.ParseNow(parse.GetValue(now)) ?? week.End;
            var weekNotes = ReportInputs.LoadNotes(io, parse.GetValue(notes));
            var report = ReportInputs.Around("--date", parse.GetValue(date), () => WeeklyReport.Build(day, inputs.Tickets, inputs.Incidents, asOf, inputs.Sla, inputs.Policy, weekNotes));
            if (parse.GetValue(chart) is { } path)
            {
                if (report.Days.IsEmpty)
                {
                    throw new CliFatalException($"--chart: the week of {week} has no day before --now to draw.");
                }

                OutputFile.Write(path, "--chart", file => WeeklyChart.Save(report, file));
                io.Error.WriteLine($"chart written to {path}");
            }

            io.Out.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText(parse.GetValue(breakdowns)));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command StandupCommand(CliContext io)
    {
        var tickets = ReportInputs.Tickets();
        var incidents = ReportInputs.Incidents();
        var now = new Option<string>("--now") { Description = "The standup instant with offset, e.g. 2026-01-27T09:00:00-08:00.", Required = true };
        var owner = new Option<string?>("--owner") { Description = "The day's primary support owner (rotation)." };
        var json = ReportInputs.Json();
        var policy = SlaCommand.PolicyOption();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var knownIssues = new Option<string?>("--known-issues") { Description = "Known-issue and maintenance lines {\"title\", \"kind\": \"knownIssue\"|\"maintenance\", \"from\", \"until\"} to announce (§1.1 item 4)." };
        var rotation = new Option<string?>("--rotation") { Description = "The owner rotation, comma-separated, e.g. Marcus,Priya,Sam (§1.1 item 5); needs --rotation-start." };
        var rotationStart = new Option<string?>("--rotation-start") { Description = "A working day on which the rotation's first person owns the day, e.g. 2026-01-05." };
        var command = new Command("standup", "The morning standup summary (§1.1): overnight CRITICAL/HIGH tickets, tickets close to an SLA miss, misses, yesterday's escalations, open incidents.")
        {
            tickets, incidents, now, owner, json, policy, reportPolicy, knownIssues, rotation, rotationStart,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var inputs = Load(io, parse, tickets, incidents, policy, reportPolicy);
            var at = CliFormat.ParseInstantOption(parse.GetValue(now)!, "--now");
            if (parse.GetValue(knownIssues) is not null || parse.GetValue(rotation) is not null)
            {
                var rota = StandupInputs.Rotation(parse.GetValue(rotation), parse.GetValue(rotationStart));
                var issues = StandupInputs.KnownIssues(io, parse.GetValue(knownIssues));
                var morning = StandupRoutine.Build(inputs.Tickets, inputs.Incidents, issues, at, inputs.Sla, inputs.Policy, rota, parse.GetValue(owner));
                io.Out.Write(parse.GetValue(json) ? morning.ToJson() + Environment.NewLine : morning.ToText());
                return ExitCodes.Success;
            }

            var summary = Standup.Build(inputs.Tickets, inputs.Incidents, at, inputs.Sla, inputs.Policy, parse.GetValue(owner));
            io.Out.Write(parse.GetValue(json) ? summary.ToJson() + Environment.NewLine : summary.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Kb(CliContext io)
    {
        var articles = new Option<string>("--articles") { Description = "Article lines {\"id\",\"title\",\"lastUpdated\":\"2025-07-30\",\"wordCount\",\"views\",\"previousViews\",\"openFeedback\":[…]}.", Required = true };
        var searches = new Option<string?>("--searches") { Description = "Search-term lines {\"term\",\"searchesPerMonth\",\"hasArticle\"}." };
        var date = new Option<string>("--date") { Description = "The dashboard date, e.g. 2026-01-30.", Required = true };
        var kbPolicy = new Option<string?>("--kb-policy") { Description = "A policy pack (its kbUpkeep section) or a KB upkeep policy JSON file; the default (§6.3) when omitted." };
        var json = ReportInputs.Json();
        var command = new Command("kb", "The monthly KB dashboard (§6.3): top articles with trend, articles needing updates, search terms with no article, articles to split.")
        {
            articles, searches, date, kbPolicy, json,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = parse.GetValue(kbPolicy) is { } path ? LoadKbPolicy(io, path) : KbUpkeepPolicy.Default;
            var dashboard = KbUpkeep.Review(
                KbInputs.Articles(io, parse.GetValue(articles)!), KbInputs.Searches(io, parse.GetValue(searches)),
                ReportInputs.ParseDate(parse.GetValue(date)!, "--date"), policy);
            io.Out.Write(parse.GetValue(json) ? dashboard.ToJson() + Environment.NewLine : dashboard.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<bool> Breakdowns() => new("--breakdowns") { Description = "Add the category and root-cause sections (§2.2.2, §2.2.7) to the text; the JSON always has them." };

    private static KbUpkeepPolicy LoadKbPolicy(CliContext io, string path)
    {
        return PolicyFiles.Load(io, path, "--kb-policy", pack => pack.KbUpkeep, KbUpkeepPolicy.FromJson, result => $"--kb-policy: '{path}' is not a valid KB policy:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    private static (Option<string> Tickets, Option<string?> Incidents, Option<string> Date, Option<string?> Now, Option<bool> Json, Option<string?> Notes, Option<string?> Policy, Option<string?> ReportPolicy)
        CommonOptions(string dateDescription, string nowDescription) =>
        (
            ReportInputs.Tickets(),
            ReportInputs.Incidents(),
            new Option<string>("--date", "-d") { Description = dateDescription, Required = true },
            ReportInputs.NowOption(nowDescription),
            ReportInputs.Json(),
            new Option<string?>("--notes") { Description = "A JSON file of notes: {\"onCall\", \"staffing\":[…], \"blockers\":[…], \"nextWeekPriorities\":[…], \"notes\":[…]}." },
            SlaCommand.PolicyOption(),
            ReportInputs.ReportPolicyOption()
        );

    private static (IReadOnlyList<ReportTicket> Tickets, IReadOnlyList<ReportIncident> Incidents, Core.Sla.SlaEvaluator Sla, ReportPolicy Policy) Load(
        CliContext io, ParseResult parse, Option<string> tickets, Option<string?> incidents, Option<string?> policy, Option<string?> reportPolicy) =>
        (
            ReportInputs.LoadTickets(io, parse.GetValue(tickets)!),
            ReportInputs.LoadIncidents(io, parse.GetValue(incidents)),
            ReportInputs.LoadSla(io, parse.GetValue(policy)),
            ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy), parse.GetValue(policy))
        );
}
