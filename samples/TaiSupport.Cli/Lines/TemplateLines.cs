using System.Text.Json.Serialization;
using TaiSupport.Core.Json;

namespace TaiSupport.Cli.Lines;

/// <summary>The contracts of <c>tai template</c>'s own inputs: the <c>--values</c> file, an object of field values <c>{"name": "Dana"}</c> (situation lines are the library's <c>CustomerSituationJson</c>).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TemplateLines : JsonSerializerContext
{
    /// <summary>The contracts in the library's spellings.</summary>
    public static TemplateLines Contracts { get; } = new(TaiJson.ContractOptions());
}
