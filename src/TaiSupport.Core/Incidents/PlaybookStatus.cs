using System.Collections.Immutable;
using NodaTime;

namespace TaiSupport.Core.Incidents;

/// <summary>Where an incident stands in the playbook (manual §3.2).</summary>
public enum IncidentPhase
{
    /// <summary>Detection and investigation: the root cause is not found yet (phases 1–2).</summary>
    Investigating,

    /// <summary>Fix and mitigation: the root cause is found, the incident is not resolved (phase 3).</summary>
    Fixing,

    /// <summary>Resolved, with closure actions still due (phases 4–5).</summary>
    Resolved,

    /// <summary>Resolved and nothing left to do.</summary>
    Closed,
}

/// <summary>One action the playbook requires next, with its due instant (manual §3.2, §3.3, §5.3, D17).</summary>
/// <param name="Action">A stable camelCase name from <see cref="PlaybookActions"/>, such as <c>updateStatusPage</c>.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Overdue">True when <c>now</c> is after <see cref="Due"/> (at the due instant itself it is not yet overdue).</param>
/// <param name="Source">The manual section and D id.</param>
/// <param name="Description">What to do, in the manual's words.</param>
/// <param name="Reason">How the due instant was found, with the values: <c>last update 14:05 + 15 min</c>.</param>
public sealed record RequiredAction(string Action, Instant Due, bool Overdue, string Source, string Description, string Reason);

/// <summary>What <see cref="IncidentPlaybook.NextActions"/> found at one instant.</summary>
/// <param name="Phase">Where the incident stands.</param>
/// <param name="Actions">The required actions not yet done, ordered by due instant (ties in playbook order).</param>
/// <param name="VerifiedAt">When the fix was verified (the last required consecutive pass), if it has been.</param>
public sealed record PlaybookStatus(IncidentPhase Phase, ImmutableArray<RequiredAction> Actions, Instant? VerifiedAt)
{
    /// <summary>The actions already overdue.</summary>
    public IEnumerable<RequiredAction> Overdue => Actions.Where(a => a.Overdue);
}

/// <summary>The names of the playbook's actions, in playbook order (the order used to break ties of due instants).</summary>
public static class PlaybookActions
{
    /// <summary>Acknowledge receipt (§3.2 phase 1; for a P3, acknowledge and log, §5.3).</summary>
    public const string Acknowledge = "acknowledge";

    /// <summary>Update the public status page (§3.2 phases 1 and 3, §3.3).</summary>
    public const string UpdateStatusPage = "updateStatusPage";

    /// <summary>Notify customers of a P1 (§3.2 phase 1, §5.3).</summary>
    public const string NotifyCustomers = "notifyCustomers";

    /// <summary>The root-cause decision point (§3.2 phase 2).</summary>
    public const string DecisionPoint = "decisionPoint";

    /// <summary>Page Level-2 engineering on-call (§5.3).</summary>
    public const string PageLevel2 = "pageLevel2";

    /// <summary>Verify the fix with passing synthetic runs (§3.2 phase 4).</summary>
    public const string Verify = "verify";

    /// <summary>Send the resolution notice (§3.2 phase 5).</summary>
    public const string SendResolutionNotice = "sendResolutionNotice";

    /// <summary>Hold the post-mortem (§3.2 phase 5).</summary>
    public const string HoldPostMortem = "holdPostMortem";

    /// <summary>Every action name, in playbook order.</summary>
    public static ImmutableArray<string> All { get; } =
        [Acknowledge, UpdateStatusPage, NotifyCustomers, DecisionPoint, PageLevel2, Verify, SendResolutionNotice, HoldPostMortem];
}
