namespace TaiSupport.Helpdesk;

/// <summary>The <c>Helpdesk</c> configuration section (appsettings.json, environment, command line).</summary>
public sealed class HelpdeskOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Helpdesk";

    /// <summary>The name of the connection string (<c>ConnectionStrings:Helpdesk</c>).</summary>
    public const string ConnectionStringName = "Helpdesk";

    /// <summary>How often the SLA watcher evaluates open tickets; zero turns the loop off (tests tick it by hand).</summary>
    public TimeSpan WatcherInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A policy pack file (<c>tai policy show</c> prints the default one; every section optional) instead of the default
    /// pack: SLA, triage, incidents, ticket life, resolution fields… The single-section files below, when given too,
    /// replace their section of it. Relative to the content root.
    /// </summary>
    public string? PolicyFile { get; set; }

    /// <summary>An SLA policy file (docs/sla.md) instead of the default policy; relative to the content root.</summary>
    public string? SlaPolicyFile { get; set; }

    /// <summary>An incident policy file (docs/incidents.md) instead of the default policy; relative to the content root.</summary>
    public string? IncidentPolicyFile { get; set; }

    /// <summary>The on-call schedule file (docs/oncall.md) that <c>GET /api/oncall</c> answers from; relative to the content root.</summary>
    public string? OnCallScheduleFile { get; set; }

    /// <summary>The people who sign in (name, password, role); none configured makes a first <c>admin</c> lead with a printed password.</summary>
    public List<Auth.HelpdeskUser> Users { get; set; } = [];

    /// <summary>The programs that call the API with a key (name, key, role).</summary>
    public List<Auth.HelpdeskApiClient> ApiClients { get; set; } = [];

    /// <summary>Which database <c>ConnectionStrings:Helpdesk</c> names (<c>Helpdesk:Database</c>).</summary>
    public HelpdeskDatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// Whether a change to <c>Resolved</c> or <c>Closed</c> is refused (400) while the ticket lacks a root cause or a
    /// 1–3 sentence resolution summary (§2.2.7, §2.2.8). Off by default, so clients written before these fields existed
    /// keep working: the ticket is resolved and its view lists what it lacks (<c>resolutionProblems</c>).
    /// </summary>
    public bool RequireResolutionFields { get; set; }

    /// <summary>Requests a second per signed-in client (or per address when anonymous); bursts up to twice that.</summary>
    public int RateLimitPerSecond { get; set; } = 100;
}

/// <summary>The <c>Helpdesk:Database</c> section.</summary>
public sealed class HelpdeskDatabaseOptions
{
    /// <summary><c>sqlite</c> (the default: a file, created on first start) or <c>postgres</c> (many instances on one database).</summary>
    public string Provider { get; set; } = "sqlite";
}
