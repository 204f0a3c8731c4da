using System.CommandLine;
using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Reporting;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Cli.Commands;

/// <summary>
/// <c>tai handoff --tickets T.jsonl --date 2026-01-26 [--owner NAME]</c>: the end-of-day hand-off (manual §1.4) in the
/// manual's "@support-next-day" format, or as JSON (docs/reports.md).
/// </summary>
internal sealed class HandoffCommand : ITaiCommand
{
    public int Order => 71;

    public Command Create(CliContext io)
    {
        var tickets = ReportInputs.Tickets();
        var date = new Option<string?>("--date", "-d") { Description = "The day to hand off; the hand-off is at the report policy's handoffAt (17:00 PT by default)." };
        var now = new Option<string?>("--now") { Description = "The hand-off instant with offset instead of --date, e.g. 2026-01-26T17:00:00-08:00." };
        var owner = new Option<string?>("--owner") { Description = "The next day's owner (rotation); each ticket's assignee when omitted." };
        var json = ReportInputs.Json();
        var policy = SlaCommand.PolicyOption();
        var reportPolicy = ReportInputs.ReportPolicyOption();
        var command = new Command("handoff", "The end-of-day hand-off (§1.4): tickets that will reach an SLA due before the first hour of the next working morning.")
        {
            tickets, date, now, owner, json, policy, reportPolicy,
        };
        command.SetAction(parse => CliOptions.Guard(io, () =>
        {
            var reports = ReportInputs.LoadReportPolicy(io, parse.GetValue(reportPolicy), parse.GetValue(policy));
            var at = (parse.GetValue(now), parse.GetValue(date)) switch
            {
                ({ } instant, null) => CliFormat.ParseInstantOption(instant, "--now"),
                (null, { } day) => reports.Zone.AtLeniently(ReportInputs.ParseDate(day, "--date") + reports.HandoffAt).ToInstant(),
                _ => throw new CliFatalException("give either --date (hand-off at the policy's handoffAt, 17:00 by default) or --now, not both and not neither."),
            };
            var note = Handoff.Build(
                ReportInputs.LoadTickets(io, parse.GetValue(tickets)!), at, ReportInputs.LoadSla(io, parse.GetValue(policy)), reports, parse.GetValue(owner));
            io.Out.Write(parse.GetValue(json) ? note.ToJson() + Environment.NewLine : note.ToText());
            return ExitCodes.Success;
        }));
        return command;
    }
}
