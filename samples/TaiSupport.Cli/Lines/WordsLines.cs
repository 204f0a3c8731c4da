using System.Text.Json.Serialization;
using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Lines;

/// <summary>A <c>tai words check</c> line: <c>{"id", "text": "the message"}</c>.</summary>
internal sealed record WordsCheckLine
{
    /// <summary>The message to check (§3.3).</summary>
    public required string Text { get; init; }
}

/// <summary>The contracts of the <c>tai words</c> lines.</summary>
[JsonSerializable(typeof(WordsCheckLine))]
internal sealed partial class WordsLines : JsonSerializerContext
{
    /// <summary>The contracts in the library's spellings.</summary>
    public static WordsLines Contracts { get; } = new(TaiJson.ContractOptions());
}
