namespace TaiSupport.Core.Lifecycle;

/// <summary>The stable rule ids of <see cref="TicketLife"/> trace steps and alerts, so a helpdesk can match on them.</summary>
public static class TicketLifeRules
{
    /// <summary>The policy version in force when the ticket was created (D28).</summary>
    public const string Version = "ticket.version";

    /// <summary>The calendar chosen for a clock: the policy's, the customer's or the owning teams' (issue 14 item 7).</summary>
    public const string Calendar = "ticket.calendar";

    /// <summary>A clock's reading: its state, due and counted time (D22–D26); the reason names the clock.</summary>
    public const string Clock = "ticket.clock";

    /// <summary>An alert rung placed on a clock's due (D27, D29 a–b).</summary>
    public const string Alert = "ticket.alert";

    /// <summary>The default at-risk rung (D8, D27).</summary>
    public const string AtRiskRung = "ticket.alert.at-risk";

    /// <summary>The default breach rung (D27).</summary>
    public const string BreachRung = "ticket.alert.breach";

    /// <summary>The default reassign rung on the first response (D9, D27).</summary>
    public const string ReassignRung = "ticket.alert.reassign";

    /// <summary>The next instant anything changes (issue 14 item 5).</summary>
    public const string NextCheck = "ticket.next-check";
}
