using System.Text.Json.Serialization;
using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Lines;

/// <summary>A <c>tai slack route</c> line: <c>{"id", "action": "pageEngineering"}</c>.</summary>
internal sealed record SlackRouteLine
{
    /// <summary>The action whose channel is wanted (§10.2).</summary>
    public required string Action { get; init; }
}

/// <summary>The contracts of the <c>tai slack</c> lines.</summary>
[JsonSerializable(typeof(SlackRouteLine))]
internal sealed partial class SlackLines : JsonSerializerContext
{
    /// <summary>The contracts in the library's spellings.</summary>
    public static SlackLines Contracts { get; } = new(TaiJson.ContractOptions());
}
