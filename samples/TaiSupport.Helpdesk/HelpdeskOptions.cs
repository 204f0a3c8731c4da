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

    /// <summary>An SLA policy file to load instead of the default policy; null for <c>default-policy.md</c>.</summary>
    public string? PolicyFile { get; set; }
}
