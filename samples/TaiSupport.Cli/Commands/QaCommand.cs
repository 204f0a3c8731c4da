using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime.Text;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Reporting;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai qa sample|audit</c>: the monthly support quality audit (manual §9.1): a reproducible 10 % sample of the month's
/// resolved tickets, and the score and feedback of each review (docs/reports.md).
/// </summary>
internal sealed class QaCommand : ITaiCommand
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    public int Order => 73;

    public Command Create(CliContext io)
    {
        var command = new Command("qa", "The monthly quality audit (§9.1): draw the sample, score the reviews.");
        command.Subcommands.Add(SampleCommand(io));
        command.Subcommands.Add(Audit(io));
        return command;
    }

    private static Command SampleCommand(CliContext io)
    {
        var tickets = ReportInputs.Tickets();
        var month = new Option<string>("--month", "-m") { Description = "The audited month, e.g. 2026-01 (in the report zone).", Required = true };
        var seed = new Option<int>("--seed", "-s") { Description = "The seed; the same seed and tickets give the same sample.", Required = true };
        var json = ReportInputs.Json();
        var policy = SlaCommand.PolicyOption();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var qaPolicy = QaPolicyOption();
        var command = new Command("sample", "Draw the month's audit sample: 10 % of the resolved tickets, rounded up, at least 1.")
        {
            tickets, month, seed, json, policy, reportPolicy, qaPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var monthText = parse.GetValue(month)!;
            var parsed = MonthPattern.Parse(monthText);
            if (!parsed.Success)
            {
                throw new CliFatalException($"--month: \"{monthText}\" is not a month; write it like 2026-01.");
            }

            var reports = ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy), parse.GetValue(policy));
            var qa = LoadQaPolicy(io, parse.GetValue(qaPolicy), parse.GetValue(policy));
            var sla = ReportInputs.LoadSla(io, parse.GetValue(policy));
            var all = ReportInputs.LoadTickets(io, parse.GetValue(tickets)!);
            var period = ReportPeriod.Month(OptionRange.Month(parsed.Value, "--month"), reports.Zone);
            var resolved = QaAudit.ResolvedIn(all, period, sla).ToList();
            var sample = QaAudit.Sample(all, period, parse.GetValue(seed), sla, qa);
            var lines = sample.Select(t => (Ticket: t, Check: QaAudit.ResponseCheck(t, sla, qa))).ToList();
            if (parse.GetValue(json))
            {
                var output = new JsonObject
                {
                    ["month"] = monthText,
                    ["seed"] = parse.GetValue(seed),
                    ["resolved"] = resolved.Count,
                    ["sampleSize"] = sample.Length,
                    ["tickets"] = new JsonArray([.. lines.Select(l => (JsonNode)new JsonObject
                    {
                        ["id"] = l.Ticket.Id,
                        ["engineer"] = l.Ticket.Resolver,
                        ["tier"] = l.Ticket.Ticket.Tier.ToString(),
                        ["priority"] = l.Ticket.Ticket.Priority.ToString(),
                        ["responseTime"] = new JsonObject { ["passed"] = l.Check.Passed, ["note"] = l.Check.Note },
                    })]),
                };
                io.Out.WriteLine(output.ToJsonString(CliFormat.IndentedJson));
                return ExitCodes.Success;
            }

            io.Out.WriteLine($"QA SAMPLE: {period}, seed {parse.GetValue(seed)}");
            io.Out.WriteLine($"{resolved.Count} resolved tickets; {qa.SamplePercent.ToString("0.##", CultureInfo.InvariantCulture)}% rounded up = {sample.Length} to review");
            foreach (var (ticket, check) in lines)
            {
                io.Out.WriteLine($"#{ticket.Id} {ticket.Ticket.Tier} {ticket.Ticket.Priority}, engineer {ticket.Resolver ?? "unknown"}: {(check.Passed ? "✓" : "✗")} Response time: {check.Note}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Audit(CliContext io)
    {
        var input = CliOptions.Input("Review lines {\"id\",\"ticket\",\"engineer\",\"reviewedOn\",\"checks\":{\"responseTime\":true,\"resolution\":{\"passed\":false,\"note\":\"…\",\"suggestion\":\"…\"},…}}; - reads standard input.");
        var tickets = new Option<string?>("--tickets", "-t") { Description = "Report ticket lines; a review without a responseTime check then gets it from the SLA engine." };
        var text = new Option<bool>("--text") { Description = "Print each audit in the manual's layout (§9.1 example) instead of JSON lines." };
        var policy = SlaCommand.PolicyOption();
        var qaPolicy = QaPolicyOption();
        var command = new Command("audit", "Score each review out of 5 and apply the feedback rule; repeated failures of one criterion by one engineer are a pattern (training).")
        {
            input, tickets, text, policy, qaPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var qa = LoadQaPolicy(io, parse.GetValue(qaPolicy), parse.GetValue(policy));
            var sla = ReportInputs.LoadSla(io, parse.GetValue(policy));
            var byId = parse.GetValue(tickets) is { } path ? ReportInputs.LoadTickets(io, path).ToDictionary(t => t.Id, StringComparer.Ordinal) : [];
            var all = io.ReadFile(parse.GetValue(input)!, "--input");

            // Two passes: patterns look at every review in the file, whatever its line (the first pass writes nothing and
            // keeps each line's reading, in order, for the second: a line is read once, however large).
            var reviews = new List<QaReview>();
            var readings = new Queue<LoadResult<QaReview>>();
            JsonLines.RunElements(io with { In = new StringReader(all), Out = TextWriter.Null, Error = TextWriter.Null }, "-", line =>
            {
                var reading = QaReviewJson.Read(line, byId.GetValueOrDefault, sla, qa);
                readings.Enqueue(reading);
                if (reading.Value is { } review)
                {
                    reviews.Add(review);
                }

                return [];
            });
            var second = io with { In = new StringReader(all) };
            if (parse.GetValue(text))
            {
                // The manual's layout for people: each audit's text; a bad line goes to stderr and the exit code is 1.
                return JsonLines.RunElements(second with { Out = TextWriter.Null }, "-", line =>
                {
                    io.Out.WriteLine(QaAudit.Evaluate(LineReads.ValueOrThrow(readings.Dequeue()), reviews, qa).ToText());
                    return [];
                });
            }

            return JsonLines.RunElements(second, "-", line =>
            {
                var review = LineReads.ValueOrThrow(readings.Dequeue());
                var result = QaAudit.Evaluate(review, reviews, qa);
                return new JsonObject
                {
                    ["ticket"] = review.TicketId,
                    ["engineer"] = review.Engineer,
                    ["score"] = result.Score,
                    ["rating"] = result.Rating,
                    ["feedback"] = JsonNamingPolicy.CamelCase.ConvertName(result.Feedback.ToString()),
                    ["action"] = result.Action,
                    ["patterns"] = new JsonArray([.. result.Patterns.Select(p => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(p.ToString()))]),
                    ["trace"] = TemplateCommand.TraceJson(result.Trace),
                };
            });
        }));
        return command;
    }

    /// <summary>A review line read by the library (<see cref="QaReviewJson"/>); a bad line throws a <see cref="LineException"/>.</summary>
    internal static QaReview ReadReview(JsonElement line, Dictionary<string, ReportTicket> tickets, Core.Sla.SlaEvaluator sla, QaPolicy qa) =>
        LineReads.ValueOrThrow(QaReviewJson.Read(line, tickets.GetValueOrDefault, sla, qa));

    private static QaPolicy LoadQaPolicy(CliContext io, string? path, string? packPath)
    {
        if (path is null)
        {
            return PolicyFiles.PackOrNull(io, packPath, "--policy")?.Qa ?? QaPolicy.Default;
        }

        return PolicyFiles.Load(io, path, "--qa-policy", pack => pack.Qa, QaPolicy.FromJson, result => $"--qa-policy: '{path}' is not a valid QA policy:{Environment.NewLine}  {result.DescribeProblems().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
    }

    private static Option<string?> QaPolicyOption() => new("--qa-policy") { Description = "A QA policy JSON file (sample share, feedback thresholds, pattern); the default (§9.1) when omitted." };
}
