using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>Composes an <see cref="SlaResult"/>'s trace from its facts, on demand (so evaluation stays allocation-free).</summary>
internal static class SlaTrace
{
    private static readonly ZonedDateTimePattern Minutes =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm x", null);

    private static readonly ZonedDateTimePattern Seconds =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm':'ss x", null);

    public static ImmutableArray<TraceStep> Explain(SlaResult result)
    {
        var steps = ImmutableArray.CreateBuilder<TraceStep>(7);
        var target = result.Target;
        steps.Add(new TraceStep(
            SlaRules.Target,
            target.Source.Contains("; D", StringComparison.Ordinal) ? $"{target.Source}, D7" : $"{target.Source}; D7",
            $"{target.Tier} × {target.Priority} (the current tier and priority, applied from creation): first response within "
            + $"{Human(target.FirstResponse.Target)} of {target.FirstResponse.CalendarId} time, resolution within "
            + $"{Human(target.Resolution.Target)} of {target.Resolution.CalendarId} time."));
        if (result.Now < result.Ticket.CreatedAt)
        {
            steps.Add(new TraceStep(
                SlaRules.NotYetCreated,
                "§2.2.5",
                $"now ({At(result, result.Now)}) is before the ticket was created ({At(result, result.Ticket.CreatedAt)}); nothing has elapsed yet."));
        }

        ExplainFirstResponse(result, steps);
        ExplainResolution(result, steps);
        return steps.DrainToImmutable();
    }

    private static void ExplainFirstResponse(SlaResult result, ImmutableArray<TraceStep>.Builder steps)
    {
        var clock = result.Target.FirstResponse;
        var due = result.FirstResponseDue;
        var lead = result.Evaluator.AtRiskLead;
        steps.Add(new TraceStep(
            SlaRules.FirstResponseDue,
            "§2.2.5; D3",
            $"created {At(result, result.Ticket.CreatedAt)} + {Human(clock.Target)} of {clock.CalendarId} time = due {At(result, due)}."));

        if (result.FirstResponseEndedAt is { } ended)
        {
            var byResponse = result.Ticket.FirstResponseAt == ended;
            var what = byResponse
                ? $"first response at {At(result, ended)}"
                : $"no first response recorded; the ticket became {result.Ticket.StatusAt(ended)} at {At(result, ended)}, which stops the first-response clock";
            var when = ended == due ? "exactly at the due" : ended < due ? $"{Human(due - ended)} before the due" : $"{Human(ended - due)} after the due {At(result, due)}";
            steps.Add(new TraceStep(
                result.FirstResponseState == SlaState.Met ? SlaRules.FirstResponseMet : SlaRules.FirstResponseMissed,
                byResponse ? "§2.2.5" : "§2.2.5; D7",
                $"{what}, {when}."));
            return;
        }

        var now = result.Now;
        switch (result.FirstResponseState)
        {
            case SlaState.Breached:
                steps.Add(new TraceStep(
                    SlaRules.FirstResponseBreached,
                    "§2.2.5",
                    $"no response yet and the due {At(result, due)} passed {(now == due ? "just now" : Human(now - due) + " ago")}"
                    + (result.Reassign ? "." : $"; reassign from {At(result, result.ReassignAt)} if still unanswered (D9).")));
                break;
            case SlaState.AtRisk:
                steps.Add(new TraceStep(
                    SlaRules.FirstResponseAtRisk,
                    "§2.2.5; D8",
                    $"no response yet; the due {At(result, due)} is {Human(due - now)} away, within the {Human(lead)} at-risk lead."));
                break;
            default:
                steps.Add(new TraceStep(
                    SlaRules.FirstResponsePending,
                    "§2.2.5; D8",
                    $"no response yet; due {At(result, due)}, in {Human(due - now)}{AtRiskFrom(result, due)}."));
                break;
        }

        if (result.Reassign)
        {
            steps.Add(new TraceStep(
                SlaRules.Reassign,
                "§2.2.4; D9",
                $"no response {Human(now - due)} past the due {At(result, due)} (grace {Human(result.Evaluator.ReassignGrace)}): change the ticket's owner."));
        }
    }

    private static void ExplainResolution(SlaResult result, ImmutableArray<TraceStep>.Builder steps)
    {
        var evaluator = result.Evaluator;
        var clock = result.Target.Resolution;
        var history = History.Of(result);
        var running = string.Join("/", Enum.GetValues<TicketStatus>().Where(s => !evaluator.IsPausing(s) && !evaluator.IsStopping(s)));
        var text = $"counted {Human(result.ResolutionCounted)} of {Human(clock.Target)} of {clock.CalendarId} time while {running}";
        if (history.Pauses > 0)
        {
            text += $"; paused {Human(result.ResolutionPaused)} of open time in {Times(history.Pauses, "pause")}";
        }

        if (history.Reopens > 0)
        {
            text += $"; reopened {Times(history.Reopens, "time")}";
        }

        steps.Add(new TraceStep(SlaRules.ResolutionClock, "§2.2.6; D7", $"{text}; status now {result.Status} (since {At(result, history.Since)})."));

        var due = result.ResolutionDue;
        var now = result.Now;
        var left = $"{Human(result.ResolutionRemaining)} of {Human(clock.Target)} left";
        steps.Add(result.ResolutionState switch
        {
            SlaState.Breached => new TraceStep(
                SlaRules.ResolutionBreached,
                "§1.2, quick reference; D7",
                $"the counted time reached the {Human(clock.Target)} target at {At(result, due!.Value)}, {(now == due ? "just now" : Human(now - due.Value) + " ago")}, and the ticket is not resolved."),
            SlaState.Missed => new TraceStep(
                SlaRules.ResolutionMissed,
                "§1.2, quick reference; D7",
                $"the counted time reached the {Human(clock.Target)} target at {At(result, due!.Value)}; the ticket became {result.Status} at {At(result, history.Since)}, {Human(history.Since - due.Value)} later."),
            SlaState.Met => new TraceStep(
                SlaRules.ResolutionMet,
                "§1.2, quick reference; D7",
                $"{result.Status} at {At(result, history.Since)} with {left}."),
            SlaState.Paused => new TraceStep(
                SlaRules.ResolutionPaused,
                "§2.2.6; D7",
                $"{result.Status} since {At(result, history.Since)}: the clock is paused with {left}; no due until the ticket runs again."),
            SlaState.AtRisk => new TraceStep(
                SlaRules.ResolutionAtRisk,
                "§2.2.5; D8",
                $"{left} from now: due {At(result, due!.Value)}, {Human(due.Value - now)} away, within the {Human(evaluator.AtRiskLead)} at-risk lead."),
            _ => new TraceStep(
                SlaRules.ResolutionPending,
                "§2.2.5; D7, D8",
                $"{left} from now: due {At(result, due!.Value)}, in {Human(due.Value - now)}{AtRiskFrom(result, due.Value)}."),
        });
    }

    private static string AtRiskFrom(SlaResult result, Instant due) =>
        result.Evaluator.AtRiskLead == Duration.Zero ? string.Empty : $"; at risk from {At(result, due - result.Evaluator.AtRiskLead)}";

    private static string Times(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Human(Duration duration) => Text.HumanDuration.Format(duration);

    private static string At(SlaResult result, Instant instant)
    {
        var local = instant.InZone(result.Evaluator.Zone);
        return (local.Second == 0 && local.NanosecondOfSecond == 0 ? Minutes : Seconds).Format(local);
    }

    /// <summary>What the trace says about the status history up to now: held pauses, reopens, and when the current status began.</summary>
    private readonly record struct History(int Pauses, int Reopens, Instant Since)
    {
        public static History Of(SlaResult result)
        {
            var evaluator = result.Evaluator;
            var ticket = result.Ticket;
            var (pauses, reopens) = (0, 0);
            var status = TicketStatus.Open;
            var since = ticket.CreatedAt;
            var changes = ticket.StatusChanges;
            for (var i = 0; i < changes.Length && changes[i].At <= result.Now; i++)
            {
                var held = i == changes.Length - 1 || changes[i + 1].At > changes[i].At;
                if (!held || changes[i].Status == status)
                {
                    continue;
                }

                pauses += evaluator.IsPausing(changes[i].Status) ? 1 : 0;
                reopens += evaluator.IsStopping(status) && !evaluator.IsStopping(changes[i].Status) ? 1 : 0;
                (status, since) = (changes[i].Status, changes[i].At);
            }

            return new History(pauses, reopens, since);
        }
    }
}
