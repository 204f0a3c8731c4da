using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>
/// The incident playbook's clocks (manual §3.2, §3.3, §5.3, D17): for an incident and an instant, the actions still
/// required, each with its due instant and whether it is overdue.
/// </summary>
/// <remarks>
/// <para>Only what happened at or before <c>now</c> counts, so one record replays an incident at any instant.</para>
/// <list type="table">
/// <listheader><term>Action</term><description>Levels, due instant, done when</description></listheader>
/// <item><term><c>acknowledge</c></term><description>All levels, until resolved: declared + 2 min; an acknowledgement.</description></item>
/// <item><term><c>updateStatusPage</c></term><description>P1, P2, until resolved: the first at declared + 2 min ("Investigating"), then the last
/// update + 15 min, or while fixing (root cause found) the later of the last update and the root cause + 10 min when that is
/// sooner; each status update.</description></item>
/// <item><term><c>notifyCustomers</c></term><description>P1, until resolved: declared + 2 min; customers notified.</description></item>
/// <item><term><c>decisionPoint</c></term><description>P1, P2, until resolved: declared + 15 min; root cause found, or escalated to on-call +
/// 2nd engineer, or Level 2 paged.</description></item>
/// <item><term><c>pageLevel2</c></term><description>P1, until resolved: declared + 20 min; Level 2 paged. A P1 resolved in time never needs it.</description></item>
/// <item><term><c>verify</c></term><description>P1, P2, once fixing or resolved: declared + 90 min; the last 5 synthetic runs passed.</description></item>
/// <item><term><c>sendResolutionNotice</c></term><description>P1, P2, once resolved: resolved + 15 min; notice sent.</description></item>
/// <item><term><c>holdPostMortem</c></term><description>P1, P2, once resolved: resolved + 24 h; post-mortem held.</description></item>
/// </list>
/// <para>
/// A P3 ("log &amp; escalate morning", §5.3) only needs acknowledging. Once an incident is resolved, the in-flight duties
/// (acknowledging, status updates, the decision point, paging Level 2) lapse: the resolution notice is the final update.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var status = IncidentPlaybook.NextActions(incident, clock.GetCurrentInstant(), IncidentPolicy.Default);
/// foreach (var action in status.Actions) Console.WriteLine($"{action.Action} by {action.Due}{(action.Overdue ? " OVERDUE" : "")}");
/// </code>
/// </example>
public static class IncidentPlaybook
{
    /// <summary>The actions required at <paramref name="now"/>, ordered by due instant; none of them already done.</summary>
    /// <param name="incident">The incident (validate untrusted records with <see cref="IncidentRecordValidator"/>).</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="policy">The clocks.</param>
    /// <returns>The phase and the required actions.</returns>
    /// <exception cref="ArgumentException">The record's level is <see cref="IncidentLevel.None"/>.</exception>
    public static PlaybookStatus NextActions(IncidentRecord incident, Instant now, IncidentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(policy);
        if (incident.Level == IncidentLevel.None)
        {
            throw new ArgumentException("An incident record has a level P1, P2 or P3; None is not an incident (check records with IncidentRecordValidator).", nameof(incident));
        }

        var clock = new Clock(incident, now, policy);
        var actions = new List<RequiredAction>(8);
        var resolved = clock.Known(incident.ResolvedAt);
        var fixingSince = clock.Known(incident.RootCauseFoundAt);
        var playbook = incident.Level >= IncidentLevel.P2;
        var critical = incident.Level == IncidentLevel.P1;

        if (resolved is null)
        {
            if (Latest(incident.Acknowledgements, now) is null)
            {
                actions.Add(incident.Level == IncidentLevel.P3
                    ? clock.FromDeclaration(PlaybookActions.Acknowledge, policy.DetectionActionsWithin, "§3.2 phase 1, §5.3, D17",
                        "Acknowledge, log details in Slack and assign to next day's support engineer (P3: no need to page on-call)")
                    : clock.FromDeclaration(PlaybookActions.Acknowledge, policy.DetectionActionsWithin, "§3.2 phase 1, D17",
                        "Acknowledge receipt: \"We've detected an incident. Investigating now.\""));
            }

            if (playbook)
            {
                actions.Add(clock.NextStatusUpdate(fixingSince));
            }

            if (critical && clock.Known(incident.CustomersNotifiedAt) is null)
            {
                actions.Add(clock.FromDeclaration(PlaybookActions.NotifyCustomers, policy.DetectionActionsWithin, "§3.2 phase 1, §5.3, D17",
                    "Notify customers (Enterprise in Slack): \"We're aware of elevated errors. ETA 15 minutes\""));
            }

            if (playbook && fixingSince is null && clock.Known(incident.EscalatedAt) is null && clock.Known(incident.Level2PagedAt) is null)
            {
                actions.Add(clock.FromDeclaration(PlaybookActions.DecisionPoint, policy.DecisionPointAfter, "§3.2 phase 2, D17",
                    "Decision point: root cause found → fix; unclear → escalate to on-call + 2nd engineer; customer data at risk → VP Product immediately"));
            }

            if (critical && clock.Known(incident.Level2PagedAt) is null)
            {
                actions.Add(clock.FromDeclaration(PlaybookActions.PageLevel2, policy.Level2PageAfter, "§5.3, D17",
                    $"Page Level-2 engineering on-call if the P1 is not resolved within {IncidentText.Span(policy.Level2PageAfter)}"));
            }
        }

        var (passes, verifiedAt) = Streak(incident.VerificationRuns, now, policy.VerificationPasses);
        if (playbook && verifiedAt is null && (fixingSince is not null || resolved is not null))
        {
            actions.Add(clock.Verify(passes));
        }

        if (playbook && resolved is { } at)
        {
            if (clock.Known(incident.ResolutionNoticeSentAt) is null)
            {
                actions.Add(clock.FromResolution(PlaybookActions.SendResolutionNotice, at, policy.ResolutionNoticeWithin, "§3.2 phase 5, §3.3",
                    "Send the resolution notice: timeline, duration, affected customers, failed requests, service credit, prevention"));
            }

            if (clock.Known(incident.PostMortemHeldAt) is null)
            {
                actions.Add(clock.FromResolution(PlaybookActions.HoldPostMortem, at, policy.PostMortemAfter, "§3.2 phase 5, D17",
                    $"Hold the blameless post-mortem ({IncidentText.Words(policy.PostMortemMeeting)}; {string.Join(", ", policy.PostMortemRoles)})"));
            }
        }

        actions.Sort(static (a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : PlaybookActions.All.IndexOf(a.Action).CompareTo(PlaybookActions.All.IndexOf(b.Action)));
        var phase = resolved is not null ? (actions.Count == 0 ? IncidentPhase.Closed : IncidentPhase.Resolved)
            : fixingSince is not null ? IncidentPhase.Fixing
            : IncidentPhase.Investigating;
        return new PlaybookStatus(phase, [.. actions], verifiedAt);
    }

    /// <summary>
    /// When the fix was verified: the instant of the run that completed <paramref name="passes"/> consecutive passes, if the
    /// latest runs at or before <paramref name="now"/> are such a streak (a later failure undoes an earlier verification).
    /// </summary>
    /// <param name="runs">The synthetic runs, in any order.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="passes">The consecutive passes required (§3.2 phase 4, D17: 5).</param>
    /// <returns>The verification instant, or null.</returns>
    public static Instant? VerifiedAt(ImmutableArray<VerificationRun> runs, Instant now, int passes) => Streak(runs, now, passes).VerifiedAt;

    /// <summary>
    /// The trailing run of passes at or before <paramref name="now"/> (the passes after the latest failure; a pass at the
    /// same instant as a failure does not count), and when it reached <paramref name="passes"/>: the
    /// <paramref name="passes"/>-th earliest of them. Two linear passes and no sorting.
    /// </summary>
    private static (int Passes, Instant? VerifiedAt) Streak(ImmutableArray<VerificationRun> runs, Instant now, int passes)
    {
        if (runs.IsDefaultOrEmpty || passes < 1)
        {
            return (0, null);
        }

        Instant? lastFailure = null;
        foreach (var run in runs)
        {
            if (!run.Passed && run.At <= now && (lastFailure is null || run.At > lastFailure))
            {
                lastFailure = run.At;
            }
        }

        var streak = 0;
        foreach (var run in runs)
        {
            if (Counts(run))
            {
                streak++;
            }
        }

        return (streak, streak >= passes ? NthEarliest(runs, passes, Counts) : null);

        bool Counts(VerificationRun run) => run.Passed && run.At <= now && (lastFailure is null || run.At > lastFailure);
    }

    /// <summary>The <paramref name="n"/>-th earliest instant among the runs that count, keeping the n earliest in a small sorted buffer.</summary>
    private static Instant NthEarliest(ImmutableArray<VerificationRun> runs, int n, Func<VerificationRun, bool> counts)
    {
        var earliest = n <= 64 ? stackalloc Instant[n] : new Instant[n];
        var filled = 0;
        foreach (var run in runs)
        {
            if (!counts(run) || (filled == n && run.At >= earliest[n - 1]))
            {
                continue;
            }

            var i = filled < n ? filled++ : n - 1;
            while (i > 0 && earliest[i - 1] > run.At)
            {
                earliest[i] = earliest[i - 1];
                i--;
            }

            earliest[i] = run.At;
        }

        return earliest[n - 1];
    }

    /// <summary>The latest instant at or before <paramref name="now"/>, or null.</summary>
    private static Instant? Latest(ImmutableArray<Instant> instants, Instant now)
    {
        Instant? latest = null;
        foreach (var instant in instants.IsDefault ? [] : instants)
        {
            if (instant <= now && (latest is null || instant > latest))
            {
                latest = instant;
            }
        }

        return latest;
    }

    /// <summary>Due instants and reasons, in the incident's zone.</summary>
    private sealed class Clock(IncidentRecord incident, Instant now, IncidentPolicy policy)
    {
        public Instant? Known(Instant? at) => at is { } t && t <= now ? t : null;

        public RequiredAction FromDeclaration(string action, Duration after, string source, string description) =>
            Make(action, incident.DeclaredAt + after, source, description, $"declared {Time(incident.DeclaredAt)} + {IncidentText.Span(after)}");

        public RequiredAction FromResolution(string action, Instant resolved, Duration after, string source, string description) =>
            Make(action, resolved + after, source, description, $"resolved {Time(resolved)} + {IncidentText.Span(after)}");

        public RequiredAction NextStatusUpdate(Instant? fixingSince)
        {
            if (Latest(incident.StatusUpdates, now) is not { } last)
            {
                return Make(PlaybookActions.UpdateStatusPage, incident.DeclaredAt + policy.DetectionActionsWithin, "§3.2 phase 1, D17",
                    "Update status.tai.ai: \"Investigating\" (yellow status)",
                    $"first update: declared {Time(incident.DeclaredAt)} + {IncidentText.Span(policy.DetectionActionsWithin)}");
            }

            const string Update = "Status update, even if no progress: current work, ETA, workaround";
            var regular = last + policy.StatusUpdateEvery;
            if (fixingSince is { } fixing && Instant.Max(last, fixing) + policy.StatusUpdateWhileFixingEvery < regular)
            {
                var from = Instant.Max(last, fixing);
                var what = from == last ? $"last update {Time(last)}" : $"root cause found {Time(fixing)}";
                return Make(PlaybookActions.UpdateStatusPage, from + policy.StatusUpdateWhileFixingEvery, "§3.2 phase 3, D17", Update,
                    $"while fixing: {what} + {IncidentText.Span(policy.StatusUpdateWhileFixingEvery)}");
            }

            return Make(PlaybookActions.UpdateStatusPage, regular, "§3.3, D17", Update,
                $"last update {Time(last)} + {IncidentText.Span(policy.StatusUpdateEvery)}");
        }

        public RequiredAction Verify(int streak) =>
            Make(PlaybookActions.Verify, incident.DeclaredAt + policy.VerifyWithin, "§3.2 phase 4, D17",
                $"Verify the fix: run synthetic monitoring {policy.VerificationPasses}x (all should pass); Datadog green; API reachable from multiple regions",
                $"{streak} of {policy.VerificationPasses} consecutive passes so far; declared {Time(incident.DeclaredAt)} + {IncidentText.Span(policy.VerifyWithin)}");

        private RequiredAction Make(string action, Instant due, string source, string description, string reason) =>
            new(action, due, now > due, source, description, reason);

        private string Time(Instant instant) => IncidentText.Clock(instant, incident.Zone);
    }
}
