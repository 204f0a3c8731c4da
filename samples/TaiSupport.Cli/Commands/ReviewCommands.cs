using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Reporting;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// The issue-16 report subcommands of <c>tai report</c>: <c>monthly</c> (§8.3), <c>certification</c> and <c>onboarding</c>
/// (§9.2), <c>resolution</c> (§2.2.7–8), <c>kb-calendar</c> (§6.1) and <c>kb-article</c> (§6.2) (docs/reports.md).
/// </summary>
internal static class ReviewCommands
{
    public static IEnumerable<Command> All(CliContext io) =>
        [Monthly(io), Certification(io), OnboardingCommand(io), Resolution(io), KbCalendar(io), KbArticle(io)];

    private static Command Monthly(CliContext io)
    {
        var tickets = ReportInputs.Tickets();
        var incidents = ReportInputs.Incidents();
        var month = new Option<string>("--month", "-m") { Description = "The month reviewed, e.g. 2026-01 (include the previous month's and last year's tickets for trends and busy weeks).", Required = true };
        var now = ReportInputs.NowOption("default: the end of the month");
        var json = ReportInputs.Json();
        var notes = new Option<string?>("--notes") { Description = "A JSON file of notes: {\"staffing\":[…], \"notes\":[…]} (feedback highlights)." };
        var policy = SlaCommand.PolicyOption();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var command = new Command("monthly", "The monthly support review (§8.3): metrics with trends, top issues by category, root cause and tag, staffing, feedback, busy weeks ahead, board summary and action items.")
        {
            tickets, incidents, month, now, json, notes, policy, reportPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var reports = ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy), parse.GetValue(policy));
            var ym = ParseMonth(parse.GetValue(month)!);
            var period = ReportPeriod.Month(ym, reports.Zone);
            var review = ReportInputs.Around("--month", parse.GetValue(month), () => MonthlyReviews.Build(
                ym, ReportInputs.LoadTickets(io, parse.GetValue(tickets)!), ReportInputs.LoadIncidents(io, parse.GetValue(incidents)),
                ReportInputs.ParseNow(parse.GetValue(now)) ?? period.End, ReportInputs.LoadSla(io, parse.GetValue(policy)), reports, MonthlyReviewPolicy.Default,
                ReportInputs.LoadNotes(io, parse.GetValue(notes))));
            io.Out.Write(parse.GetValue(json) ? review.ToJson() + Environment.NewLine : review.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Certification(CliContext io)
    {
        var tickets = ReportInputs.Tickets();
        var reviews = new Option<string?>("--reviews") { Description = "QA review lines as 'tai qa audit' reads them; QA scores are n/a without." };
        var quarter = new Option<string>("--quarter", "-q") { Description = "The quarter, e.g. 2026-Q1.", Required = true };
        var now = ReportInputs.NowOption("default: the end of the quarter");
        var json = ReportInputs.Json();
        var policy = SlaCommand.PolicyOption();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var command = new Command("certification", "Per-engineer CSAT, SLA met and QA score for a quarter with the §9.2 certification verdict.")
        {
            tickets, reviews, quarter, now, json, policy, reportPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var text = parse.GetValue(quarter)!.Trim();
            if (text.Length != 7 || text[4] != '-' || (text[5] is not ('Q' or 'q')) || !int.TryParse(text[..4], System.Globalization.CultureInfo.InvariantCulture, out var year)
                || text[6] is < '1' or > '4' || year < 1)
            {
                throw new CliFatalException($"--quarter: \"{Core.Text.SafeText.Echo(text, 40)}\" is not a quarter such as 2026-Q1.");
            }

            var q = text[6] - '0';
            OptionRange.Month(new YearMonth(Math.Min(year, 9999), q * 3), "--quarter");
            var reports = ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy), parse.GetValue(policy));
            var sla = ReportInputs.LoadSla(io, parse.GetValue(policy));
            var all = ReportInputs.LoadTickets(io, parse.GetValue(tickets)!);
            var byId = all.ToDictionary(t => t.Id, StringComparer.Ordinal);
            var reviewList = parse.GetValue(reviews) is { } path
                ? JsonLines.ReadAllElements(io, path, "--reviews", line => QaCommand.ReadReview(line, byId, sla, QaPolicy.Default))
                : [];
            var end = reports.Zone.AtLeniently(new LocalDate(year, ((q - 1) * 3) + 1, 1).PlusMonths(3).AtMidnight()).ToInstant();
            var report = Core.Reporting.Certification.Evaluate(year, q, all, reviewList, ReportInputs.ParseNow(parse.GetValue(now)) ?? end, sla, reports, CertificationPolicy.Default);
            io.Out.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command OnboardingCommand(CliContext io)
    {
        var engineer = new Option<string>("--engineer") { Description = "The new engineer.", Required = true };
        var start = new Option<string>("--start") { Description = "The first day, e.g. 2026-02-02 (moved to the next working day).", Required = true };
        var date = new Option<string>("--date", "-d") { Description = "Today, e.g. 2026-02-10.", Required = true };
        var done = new Option<string[]>("--done") { Description = "Step ids ticked off (repeat or comma-separate): product-training, tools-setup, runbooks-review, shadow, supervised-tickets, independent-tickets, escalation-practice, incident-simulation, go-live." };
        var count = new Option<string[]>("--count") { Description = "Tickets so far for a counted step, e.g. shadow=5, supervised-tickets=3, independent-tickets=4." };
        var json = ReportInputs.Json();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var command = new Command("onboarding", "The §9.2 two-week onboarding as a dated checklist with progress.") { engineer, start, date, done, count, json, reportPolicy };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var reports = ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy));
            var ids = OnboardingStep.Manual.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var ticked = Split(parse.GetValue(done));
            foreach (var id in ticked.Where(id => !ids.Contains(id)))
            {
                throw new CliFatalException($"--done: \"{Core.Text.SafeText.Echo(id, 40)}\" is not a step; use one of {string.Join(", ", ids)}.");
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in Split(parse.GetValue(count)))
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || !ids.Contains(parts[0]) || OnboardingStep.Manual.First(s => s.Id == parts[0]).TicketTarget is null
                    || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    throw new CliFatalException($"--count: \"{Core.Text.SafeText.Echo(pair, 40)}\" is not STEP=N for a counted step (shadow, supervised-tickets, independent-tickets).");
                }

                counts[parts[0]] = n;
            }

            var engineerName = parse.GetValue(engineer)!;
            if (string.IsNullOrWhiteSpace(engineerName))
            {
                throw new CliFatalException("--engineer: give the new engineer's name.");
            }

            var plan = Onboarding.Plan(engineerName, ReportInputs.ParseDate(parse.GetValue(start)!, "--start"), ReportInputs.ParseDate(parse.GetValue(date)!, "--date"), ticked, counts, reports);
            io.Out.Write(parse.GetValue(json) ? plan.ToJson() + Environment.NewLine : plan.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Resolution(CliContext io)
    {
        var input = CliOptions.Input("Report ticket lines (as 'tai report daily --tickets' reads them); - reads standard input.");
        var optional = new Option<bool>("--not-required") { Description = "Switch the requirement off (ResolutionFieldsPolicy.Required = false): every ticket passes." };
        var policyPath = new Option<string?>("--policy") { Description = "A policy pack (its resolutionFields section; see tai policy show) or a resolution-fields policy JSON file; the default (§2.2.7, §2.2.8) when omitted." };
        var command = new Command("resolution", "Checks that resolved and closed tickets carry a root cause and a 1-3 sentence resolution summary (§2.2.7, §2.2.8); one JSON line per ticket.") { input, optional, policyPath };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var policy = parse.GetValue(policyPath) is { } path ? LoadResolutionPolicy(io, path) : ResolutionFieldsPolicy.Default;
            policy = parse.GetValue(optional) ? policy with { Required = false } : policy;
            return JsonLines.RunElements(io, parse.GetValue(input)!, line =>
            {
                var read = ReportTicketJson.Read(line);
                if (!read.IsValid)
                {
                    throw new LineException(string.Join(" ", read.Problems.Select(p => $"{p.PropertyName}: {p.ErrorMessage}")));
                }

                var ticket = read.Value!.Ticket;
                var check = ResolutionFields.Check(ticket, policy);
                return new JsonObject
                {
                    ["id"] = ticket.Id,
                    ["status"] = ticket.Status.ToString(),
                    ["ok"] = check.IsValid,
                    ["problems"] = new JsonArray([.. check.Errors.Select(e => (JsonNode)new JsonObject { ["field"] = e.PropertyName, ["message"] = e.ErrorMessage })]),
                };
            });
        }));
        return command;
    }

    private static ResolutionFieldsPolicy LoadResolutionPolicy(CliContext io, string path) =>
        PolicyFiles.Load(io, path, "--policy", pack => pack.ResolutionFields, ResolutionFieldsPolicy.FromJson, result =>
            $"--policy: '{path}' is not a valid resolution-fields policy:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");

    private static Command KbCalendar(CliContext io)
    {
        var tickets = ReportInputs.Tickets();
        var articles = new Option<string?>("--articles") { Description = "Article lines as 'tai report kb' reads them; the #1 question has no article without." };
        var month = new Option<string>("--month", "-m") { Description = "The month planned, e.g. 2026-02 (last month's tickets give the #1 question).", Required = true };
        var json = ReportInputs.Json();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var command = new Command("kb-calendar", "The KB editorial calendar of a month (§6.1): first Monday review with last month's #1 question, mid-month writing, last Friday publishing.")
        {
            tickets, articles, month, json, reportPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var calendar = ReportInputs.Around("--month", parse.GetValue(month), () => KbEditorialCalendar.Plan(
                ParseMonth(parse.GetValue(month)!), ReportInputs.LoadTickets(io, parse.GetValue(tickets)!),
                parse.GetValue(articles) is { } path ? KbInputs.Articles(io, path) : [], ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy))));
            io.Out.Write(parse.GetValue(json) ? calendar.ToJson() + Environment.NewLine : calendar.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command KbArticle(CliContext io)
    {
        var files = new Argument<string[]>("ARTICLE.md") { Description = "Markdown articles to check against the §6.2 template.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("kb-article", "Checks KB articles against the §6.2 template; one JSON line per article, exit 1 when any departs from it.") { files };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var failed = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                var findings = KbArticleChecker.Check(io.ReadFile(file, "ARTICLE.md"));
                failed += findings.IsEmpty ? 0 : 1;
                io.Out.WriteLine(new JsonObject
                {
                    ["file"] = file,
                    ["ok"] = findings.IsEmpty,
                    ["findings"] = new JsonArray([.. findings.Select(f => (JsonNode)new JsonObject { ["rule"] = f.Rule, ["line"] = f.Line, ["message"] = f.Message })]),
                }.ToJsonString(CliFormat.Json));
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed;
        }));
        return command;
    }

    internal static YearMonth ParseMonth(string text) =>
        YearMonthPattern.Iso.Parse(text.Trim()) is { Success: true } parsed ? OptionRange.Month(parsed.Value, "--month")
        : throw new CliFatalException($"--month: \"{Core.Text.SafeText.Echo(text, 40)}\" is not a month such as 2026-01.");

    private static List<string> Split(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
