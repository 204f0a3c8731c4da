using System.Text.Json.Nodes;

namespace TaiSupport.Testing;

/// <summary>
/// The hostile-value sweep's variants of one sample (shared by the library's reader sweep and the helpdesk's body sweep;
/// linked into both test projects): the value at a path replaced by each hostile value in turn, then removed.
/// </summary>
internal static class JsonSweep
{
    /// <summary>
    /// The sample with the value at <paramref name="path"/> (property names and array indices) replaced by each of
    /// <paramref name="values"/> (raw JSON text), then the sample without it; for the empty path, each value, then "".
    /// </summary>
    public static IEnumerable<string> Variants(JsonNode root, object[] path, IReadOnlyList<string> values)
    {
        for (var v = 0; v <= values.Count; v++)
        {
            if (path.Length == 0)
            {
                yield return v == values.Count ? "" : values[v];
                continue;
            }

            // The parent, then the last step: a value may be JSON null (no node of its own).
            var copy = root.DeepClone();
            var parent = path[..^1].Aggregate(copy, (node, at) => at is string key ? node[key]! : node[(int)at]!);
            switch (path[^1])
            {
                case string key when v == values.Count:
                    parent.AsObject().Remove(key);
                    break;
                case int index when v == values.Count:
                    parent.AsArray().RemoveAt(index);
                    break;
                case string key:
                    parent[key] = "@@sweep@@";
                    break;
                case int index:
                    parent[index] = "@@sweep@@";
                    break;
            }

            yield return copy.ToJsonString().Replace("\"@@sweep@@\"", v < values.Count ? values[v] : "", StringComparison.Ordinal);
        }
    }
}
