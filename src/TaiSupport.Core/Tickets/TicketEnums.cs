namespace TaiSupport.Core.Tickets;

/// <summary>Ticket priority (manual §2.2.1). Called <c>Priority</c>, not severity, to avoid FluentValidation's <c>Severity</c>.</summary>
public enum Priority
{
    /// <summary>Cosmetic or documentation; the default unless the ticket makes a higher level clear (§2.2.1, D11).</summary>
    Low = 0,

    /// <summary>A feature is broken but a workaround exists (quick reference "Severity Decision").</summary>
    Medium = 1,

    /// <summary>A feature is broken and no workaround exists.</summary>
    High = 2,

    /// <summary>TAI is down or the customer is losing money.</summary>
    Critical = 3,
}

/// <summary>Severity category used for metrics and root-cause analysis (§2.2.2).</summary>
public enum Category
{
    /// <summary>The platform itself.</summary>
    Platform,

    /// <summary>A product feature.</summary>
    Feature,

    /// <summary>An integration (API, webhooks, third parties).</summary>
    Integration,

    /// <summary>Billing and account questions.</summary>
    Billing,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Customer tier, which decides the SLA target (§2.2.3, §1.2).</summary>
public enum Tier
{
    /// <summary>Tier 1: email support on weekday business hours.</summary>
    Starter = 0,

    /// <summary>Tier 2: Slack support on extended weekday hours.</summary>
    Professional = 1,

    /// <summary>Tier 3: phone support including off-hours.</summary>
    Enterprise = 2,
}

/// <summary>Ticket status (§2.2.6).</summary>
public enum TicketStatus
{
    /// <summary>New and not yet worked on; every ticket starts here.</summary>
    Open,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>The customer owes us an answer; the resolution clock pauses (D7).</summary>
    WaitingOnCustomer,

    /// <summary>A solution was delivered; the clocks stop.</summary>
    Resolved,

    /// <summary>Closed; the clocks stop.</summary>
    Closed,
}

/// <summary>Root-cause tag set after investigation (§2.2.7).</summary>
public enum RootCause
{
    /// <summary>The customer misconfigured something.</summary>
    UserMisconfiguration,

    /// <summary>A bug in the product.</summary>
    ProductBug,

    /// <summary>An infrastructure problem on our side.</summary>
    InfrastructureIssue,

    /// <summary>A third party's fault.</summary>
    ThirdParty,

    /// <summary>Anything else.</summary>
    Other,
}
