namespace TaiSupport.Cli.Lines;

/// <summary>A <c>tai words check</c> line: <c>{"id", "text": "the message"}</c>.</summary>
internal sealed record WordsCheckLine
{
    /// <summary>The message to check (§3.3).</summary>
    public required string Text { get; init; }
}
