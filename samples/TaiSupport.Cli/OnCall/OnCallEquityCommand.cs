using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json.Nodes;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Text;

namespace TaiSupport.Cli.OnCall;

/// <summary>
/// <c>tai oncall equity</c>: each person's load per rotation (weeks, evening, weekend and holiday hours, pages, call-in
/// hours), the load index, the rotation's equity score and the §5.4 rebalance hints (issue 17; docs/oncall.md).
/// </summary>
internal static class OnCallEquityCommand
{
    public static Command Create(CliContext io)
    {
        var schedule = new Option<string>("--schedule", "-s") { Description = "A schedule JSON file, such as plan's output.", Required = true };
        var incidents = new Option<string?>("--incidents") { Description = "Incident JSON lines; when given, pages are incidents (else call-ins)." };
        var callIns = new Option<string?>("--callins", "--call-ins") { Description = "Call-in JSON lines {\"id\",\"person\",\"start\",\"end\",\"level\"?}." };
        var from = new Option<string?>("--from") { Description = "The first date of the period (default: the schedule's from)." };
        var to = new Option<string?>("--to") { Description = "The last date of the period, inclusive (default: the day before the schedule's to)." };
        var holidays = new Option<string?>("--holidays") { Description = "Public holidays, comma-separated dates such as 2026-01-01,2026-01-19." };
        var command = new Command("equity", "Each person's on-call load per rotation, an equity score (1 = even) and the §5.4 rebalance hint.")
        {
            schedule, incidents, callIns, from, to, holidays,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var loaded = OnCallFiles.Schedule(io, parse.GetValue(schedule)!);
            var start = parse.GetValue(from) is { } f ? OnCallFiles.Date(f, "--from") : loaded.From;
            var end = parse.GetValue(to) is { } t ? OnCallFiles.Date(t, "--to") : loaded.To.PlusDays(-1);
            if (end < start)
            {
                throw new CliFatalException($"--to: {end:uuuu-MM-dd} is before --from {start:uuuu-MM-dd}.");
            }

            var days = (parse.GetValue(holidays) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => OnCallFiles.Date(d, "--holidays")).ToImmutableSortedSet();
            var options = new EquityOptions
            {
                Holidays = days,
                Incidents = parse.GetValue(incidents) is { } i ? [.. OnCallFiles.Incidents(io, i)] : null,
                CallIns = parse.GetValue(callIns) is { } c ? [.. OnCallFiles.CallIns(io, c)] : [],
            };
            var report = new EquityReporter(loaded.Team.Policy).Build(loaded, start, end, options);
            io.Out.WriteLine(Json(report).ToJsonString(CliFormat.IndentedJson));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static JsonObject Json(EquityReport report) => new()
    {
        ["from"] = report.From.ToString("uuuu-MM-dd", null),
        ["to"] = report.Through.ToString("uuuu-MM-dd", null),
        ["levels"] = new JsonArray([.. report.Levels.Select(level => (JsonNode)new JsonObject
        {
            ["level"] = (int)level.Level,
            ["rotation"] = level.Rotation,
            ["score"] = level.Score,
            ["people"] = new JsonArray([.. level.People.Select(p => (JsonNode)new JsonObject
            {
                ["person"] = p.Person,
                ["weeks"] = p.Weeks,
                ["eveningHours"] = IsoDuration.Format(p.EveningHours),
                ["weekendHours"] = IsoDuration.Format(p.WeekendHours),
                ["holidayHours"] = IsoDuration.Format(p.HolidayHours),
                ["pages"] = p.Pages,
                ["callInHours"] = IsoDuration.Format(p.CallInHours),
                ["loadIndex"] = p.LoadIndex,
            })]),
            ["rebalance"] = new JsonArray([.. level.Rebalance.Select(h => (JsonNode)new JsonObject
            {
                ["person"] = h.Person, ["pages"] = h.Pages, ["levelPages"] = h.LevelPages, ["message"] = h.Message,
            })]),
        })]),
    };
}
