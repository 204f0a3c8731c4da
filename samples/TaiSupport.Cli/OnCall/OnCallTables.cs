using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.OnCall;

namespace TaiSupport.Cli.OnCall;

/// <summary>The readable tables of <c>tai oncall … --table</c>.</summary>
internal static class OnCallTables
{
    private static readonly ZonedDateTimePattern When = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm x", null);

    public static string Plan(OnCallSchedule schedule, RotaPlan? plan)
    {
        var text = new StringBuilder();
        var timeline = schedule.Compile();
        text.AppendLine(CultureInfo.InvariantCulture, $"On-call rota {schedule.From:uuuu-MM-dd} .. {schedule.To:uuuu-MM-dd} ({Period.DaysBetween(schedule.From, schedule.To) / 7.0:0.#} weeks)");
        foreach (var level in timeline.Levels)
        {
            var rotation = timeline.Rotation(level)!;
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Level {(int)level} {rotation.Name}: {rotation.Coverage.Name}, hands off {rotation.DescribeHandOff()}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {"#",-3} {"From",-24} {"To",-24} On call");
            var number = 0;
            foreach (var segment in timeline.Segments(level))
            {
                var who = segment.Person is null ? "(nobody)" : segment.IsOverride ? $"{segment.Person} (covers {segment.Holder})" : segment.Person;
                var label = segment.IsOverride ? string.Empty : (++number).ToString(CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture, $"  {label,-3} {Format(segment.Start, rotation.Zone),-24} {Format(segment.End, rotation.Zone),-24} {who}");
            }
        }

        foreach (var step in plan?.Trace.Where(t => t.Rule != "oncall.plan.assign") ?? [])
        {
            text.AppendLine().Append(step.Reason);
        }

        return text.ToString().TrimEnd();
    }

    public static string Who(Instant at, OnCallTimeline timeline)
    {
        var text = new StringBuilder();
        var zone = timeline.Schedule.Team.Zone;
        text.AppendLine(CultureInfo.InvariantCulture, $"On call at {Format(at, zone)}:");
        foreach (var answer in timeline.WhoAll(at))
        {
            var rotation = timeline.Rotation(answer.Level)!;
            var state = answer.IsOnCall ? $"{answer.Person}{(answer.IsOverride ? $" (covering for {answer.Holder})" : string.Empty)} until {Format(answer.Until!.Value, rotation.Zone)}"
                : answer.Person is null ? "nobody scheduled"
                : $"nobody paged now (outside {rotation.Coverage.Name}); {answer.Person} holds the shift";
            text.AppendLine(CultureInfo.InvariantCulture, $"  level {(int)answer.Level} {rotation.Name,-12} {state}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Check(RotaCheck check)
    {
        if (check.IsFair)
        {
            return "ok: the rota breaks no rule (§5.4, D19).";
        }

        var text = new StringBuilder();
        foreach (var violation in check.Violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"[{violation.Rule}] {violation.Message}");
        }

        return text.Append(CultureInfo.InvariantCulture, $"{check.Violations.Length} violation(s).").ToString();
    }

    public static string Pay(OnCallPayReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"On-call pay {report.From:uuuu-MM-dd} .. {report.Through:uuuu-MM-dd} ({report.Currency})")
            .AppendLine(CultureInfo.InvariantCulture, $"  {"Person",-16} {"Weeks",5} {"Stipend",9} {"Call-ins",8} {"Worked",7} {"Counted",7} {"Call-in pay",11} {"Total",9} {"Time off",8}  Busy weeks");
        foreach (var p in report.People)
        {
            var row = string.Create(
                CultureInfo.InvariantCulture,
                $"  {p.Person,-16} {p.WeeksOnCall,5} {Money(p.Stipend),9} {p.CallIns,8} {Hours(p.CallInTime),7} {Hours(p.CountedCallInTime),7} {Money(p.CallInPay),11} {Money(p.TotalPay),9} {Hours(p.TotalTimeOff),8}  {string.Join(", ", p.BusyWeeks.Select(w => w.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}");
            text.AppendLine(row.TrimEnd());
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {"Total",-16} {string.Empty,5} {string.Empty,9} {string.Empty,8} {string.Empty,7} {string.Empty,7} {string.Empty,11} {Money(report.TotalPay),9} {Hours(report.TotalTimeOff),8}");
        foreach (var hint in report.Rebalance)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"rebalance: {hint.Message}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Format(Instant instant, DateTimeZone zone) => When.Format(instant.InZone(zone));

    private static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Hours(Duration duration) => $"{duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)}h";
}
