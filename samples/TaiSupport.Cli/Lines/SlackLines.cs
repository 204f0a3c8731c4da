namespace TaiSupport.Cli.Lines;

/// <summary>A <c>tai slack route</c> line: <c>{"id", "action": "pageEngineering"}</c>.</summary>
internal sealed record SlackRouteLine
{
    /// <summary>The action whose channel is wanted (§10.2).</summary>
    public required string Action { get; init; }
}
