using System.Text.Json.Nodes;
using NodaTime;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.OnCall;

/// <summary>The JSON that <c>tai oncall who|check|pay</c> write (docs/oncall.md).</summary>
internal static class OnCallOutput
{
    public static JsonObject Who(Instant at, OnCallTimeline timeline)
    {
        var levels = new JsonArray();
        var team = timeline.Schedule.Team;
        foreach (var answer in timeline.WhoAll(at))
        {
            var zone = timeline.Rotation(answer.Level)!.Zone;
            var level = new JsonObject
            {
                ["level"] = (int)answer.Level,
                ["rotation"] = timeline.Rotation(answer.Level)!.Name,
                ["onCall"] = answer.OnCall,
                ["holder"] = answer.Holder,
                ["inCoverage"] = answer.InCoverage,
                ["override"] = answer.IsOverride,
                ["since"] = answer.Since is { } since ? CliFormat.Instant(since, zone) : null,
                ["until"] = answer.Until is { } until ? CliFormat.Instant(until, zone) : null,
            };
            if (answer.OnCall is { } person && team.AbsenceAt(person, at) is { } away)
            {
                level["away"] = away.Note is null ? away.ToString() : $"{away} ({away.Note})"; // issue 17: on call while away — repair the rota
            }

            levels.Add(level);
        }

        var answerJson = new JsonObject { ["at"] = CliFormat.Instant(at, team.Zone), ["levels"] = levels };
        if (team.HolidayOn(at.InZone(team.Zone).Date) is { } holiday)
        {
            answerJson["holiday"] = holiday.Name;
        }

        return answerJson;
    }

    public static JsonObject Check(RotaCheck check) => new()
    {
        ["fair"] = check.IsFair,
        ["violations"] = new JsonArray([.. check.Violations.Select(v => (JsonNode)new JsonObject
        {
            ["rule"] = v.Rule,
            ["source"] = v.Source,
            ["person"] = v.Person,
            ["level"] = (int)v.Level,
            ["weeks"] = Dates(v.Weeks),
            ["message"] = v.Message,
        })]),
        ["unattributedIncidents"] = new JsonArray([.. check.UnattributedIncidents.Select(i => (JsonNode?)(i.Id ?? i.At.ToString()))]),
    };

    public static JsonObject Pay(OnCallPayReport report) => new()
    {
        ["from"] = Date(report.From),
        ["to"] = Date(report.Through),
        ["currency"] = report.Currency,
        ["people"] = new JsonArray([.. report.People.Select(p => (JsonNode)new JsonObject
        {
            ["person"] = p.Person,
            ["compensation"] = p.Compensation == CompensationChoice.Pay ? "pay" : "timeOffInLieu",
            ["weeksOnCall"] = p.WeeksOnCall,
            ["weeksByLevel"] = new JsonObject(p.WeeksByLevel.Select(w => KeyValuePair.Create(((int)w.Key).ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)w.Value))),
            ["stipend"] = p.Stipend,
            ["stipendTimeOff"] = TaiSupport.Core.Text.IsoDuration.Format(p.StipendTimeOff),
            ["callIns"] = p.CallIns,
            ["callInTime"] = TaiSupport.Core.Text.IsoDuration.Format(p.CallInTime),
            ["countedCallInTime"] = TaiSupport.Core.Text.IsoDuration.Format(p.CountedCallInTime),
            ["callInPay"] = p.CallInPay,
            ["callInTimeOff"] = TaiSupport.Core.Text.IsoDuration.Format(p.CallInTimeOff),
            ["totalPay"] = p.TotalPay,
            ["totalTimeOff"] = TaiSupport.Core.Text.IsoDuration.Format(p.TotalTimeOff),
            ["busyWeeks"] = Dates(p.BusyWeeks),
            ["trace"] = Trace(p.Trace),
        })]),
        ["rebalance"] = new JsonArray([.. report.Rebalance.Select(h => (JsonNode)new JsonObject
        {
            ["level"] = (int)h.Level,
            ["person"] = h.Person,
            ["pages"] = h.Pages,
            ["levelPages"] = h.LevelPages,
            ["share"] = h.SharePercent / 100m, // the wire format keeps 0–1 (docs/oncall.md)
            ["fairShare"] = h.FairSharePercent / 100m,
            ["message"] = h.Message,
        })]),
        ["totalPay"] = report.TotalPay,
        ["totalTimeOff"] = TaiSupport.Core.Text.IsoDuration.Format(report.TotalTimeOff),
    };

    public static JsonArray Trace(IEnumerable<TraceStep> trace) =>
        new([.. trace.Select(t => (JsonNode)new JsonObject { ["rule"] = t.Rule, ["source"] = t.Source, ["reason"] = t.Reason })]);

    private static JsonArray Dates(IEnumerable<LocalDate> dates) => new([.. dates.Select(d => (JsonNode?)Date(d))]);

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
