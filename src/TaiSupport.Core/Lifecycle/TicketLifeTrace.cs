using System.Collections.Immutable;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Lifecycle;

/// <summary>Composes a <see cref="TicketLifeResult"/>'s trace from its facts, on demand.</summary>
internal static class TicketLifeTrace
{
    public static ImmutableArray<TraceStep> Explain(TicketLifeResult result)
    {
        var steps = ImmutableArray.CreateBuilder<TraceStep>(result.Clocks.Length + result.Alerts.Length + 2);
        foreach (var clock in result.Clocks)
        {
            steps.Add(new TraceStep(TicketLifeRules.Clock, Source(clock.Clock), Describe(result, clock)));
        }

        foreach (var alert in result.Alerts)
        {
            steps.Add(new TraceStep(
                alert.Rule,
                "D27, D29",
                $"{Name(alert.Clock)} cycle {alert.Cycle}: {Name(alert.Level)} {(alert.Fired ? "fired" : "fires")} at {At(result, alert.At)}"
                + (alert.Actions.IsEmpty ? "." : $" ({string.Join(", ", alert.Actions)}).")));
        }

        steps.Add(new TraceStep(
            TicketLifeRules.NextCheck,
            "D27",
            result.NextCheckAt is { } next
                ? $"nothing changes before {At(result, next)} unless a new event arrives."
                : "no clock runs towards a due and no alert waits: nothing changes until a new event arrives."));
        return steps.DrainToImmutable();
    }

    /// <summary>An enum value as the JSON writes it, camelCase (<c>firstResponse</c>, <c>atRisk</c>; every name here starts with one capital).</summary>
    internal static string Name<T>(T value)
        where T : struct, Enum => value.ToString() is { Length: > 0 } name ? char.ToLowerInvariant(name[0]) + name[1..] : string.Empty;

    private static string Source(TicketClock clock) => clock switch
    {
        TicketClock.Acknowledge => "§1.3 Slack; D22",
        TicketClock.FirstResponse => "§2.2.5; D3, D7, D23",
        TicketClock.NextReply => "§1.3 Slack; D24",
        TicketClock.Assignment => "§1.3 email; D25",
        _ => "§2.2.6; D7, D26",
    };

    private static string Describe(TicketLifeResult result, ClockReading clock)
    {
        var target = clock.Relative is { } relative
            ? $"{relative.Describe()} ({HumanDuration.Format(clock.Target)} of {(clock.Clock == TicketClock.Assignment ? "wall-clock" : clock.Calendar)} time)"
            : clock.Clock == TicketClock.Assignment
            ? $"{HumanDuration.Format(clock.Target)} after the inbox check"
            : $"{HumanDuration.Format(clock.Target)} of {clock.Calendar} time";
        var text = $"{Name(clock.Clock)}{(clock.Clock == TicketClock.NextReply ? $" cycle {clock.Cycle}" : string.Empty)}: {Name(clock.State)}; "
            + $"started {At(result, clock.StartedAt)}, target {target}";
        if (clock.Due is { } due)
        {
            text += $", due {At(result, due)}";
        }

        if (clock.StoppedAt is { } stopped)
        {
            text += $", stopped {At(result, stopped)}";
        }

        text += $"; counted {HumanDuration.Format(clock.Counted)}";
        if (clock.Paused > NodaTime.Duration.Zero)
        {
            text += $", paused {HumanDuration.Format(clock.Paused)}";
        }

        if (!clock.Teams.IsEmpty)
        {
            text += "; by team: " + string.Join(", ", clock.Teams.Select(t => $"{t.Team ?? "(none)"} {HumanDuration.Format(t.Counted)}"));
        }

        return text + ".";
    }

    private static string At(TicketLifeResult result, NodaTime.Instant instant) => OffsetInstant.Format(instant, result.Zone);
}
