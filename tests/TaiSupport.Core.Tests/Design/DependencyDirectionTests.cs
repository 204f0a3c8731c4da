using System.Text.RegularExpressions;

namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// design.md "Dependencies point down": Decisions, Text and the JSON layer at the ground; Tickets and Calendars above
/// them; the capabilities above those (in the order of <see cref="Rank"/>); Policies and DependencyInjection on top.
/// A folder of <c>src/TaiSupport.Core</c> may import (by <c>using</c> or a qualified name) only folders of lower rank,
/// and no folders import each other (the Escalation ⇄ Triage cycle was broken by moving Route and TicketSignals to Tickets/). The edges are read from the sources, so a new import shows up here at once.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    /// <summary>
    /// The allowed direction: a folder may depend only on folders of strictly lower rank. A folder not listed (a new
    /// capability) ranks just above the listed capabilities and below Policies.
    /// </summary>
    private static readonly Dictionary<string, int> Rank = new(StringComparer.Ordinal)
    {
        ["Decisions"] = 0,
        ["Text"] = -1,
        ["Serialization"] = 1,
        ["Json"] = 95, // the adapter over every capability's records, the policy pack included (issue 11)
        ["Tickets"] = 10,
        ["Calendars"] = 10,
        ["Sla"] = 20,
        ["Lifecycle"] = 25,
        ["OnCall"] = 20,
        ["Escalation"] = 20,
        ["Triage"] = 21,
        ["Incidents"] = 21,
        ["Reporting"] = 22,
        ["Communication"] = 23,
        ["KnowledgeBase"] = 23,
        ["Policies"] = 90,
        ["DependencyInjection"] = 99,
    };

    private const int NewCapabilityRank = 30;

    /// <summary>
    /// Edges that still point up, each with the follow-up that removes it. Keep this list shrinking: a test below fails
    /// when a listed edge is gone, so the list cannot go stale.
    /// </summary>
    private static readonly HashSet<(string From, string To)> KnownUpward = [];

    [Fact]
    public void EveryImport_PointsDown()
    {
        var upward = Edges()
            .Where(e => RankOf(e.To) >= RankOf(e.From) && !KnownUpward.Contains(e))
            .Select(e => $"{e.From} ({RankOf(e.From)}) imports {e.To} ({RankOf(e.To)})")
            .ToList();

        Assert.True(upward.Count == 0, "Dependencies must point down (design.md):" + Environment.NewLine + string.Join(Environment.NewLine, upward));
    }

    [Fact]
    public void NoTwoFolders_ImportEachOther_NorAnyLongerCycle()
    {
        var edges = Edges().Where(e => !KnownUpward.Contains(e)).ToList();
        var cycle = FindCycle(edges);
        Assert.True(cycle is null, $"Folder cycle: {string.Join(" → ", cycle ?? [])}");
    }

    [Fact]
    public void KnownUpwardEdges_StillExist_SoTheListShrinksWhenOneIsFixed()
    {
        var edges = Edges().ToHashSet();
        var fixedOnes = KnownUpward.Where(e => !edges.Contains(e)).Select(e => $"{e.From} → {e.To}").ToList();
        Assert.True(fixedOnes.Count == 0, "Remove from KnownUpward (fixed): " + string.Join(", ", fixedOnes));
    }

    [Fact]
    public void TheCheck_SeesImports_AndWouldCatchACycle()
    {
        var edges = Edges();
        Assert.Contains(("Triage", "Escalation"), edges);
        Assert.Contains(("DependencyInjection", "Policies"), edges);
        Assert.NotNull(FindCycle([.. edges, ("Decisions", "DependencyInjection")]));
    }

    private static int RankOf(string folder) => Rank.TryGetValue(folder, out var rank) ? rank : NewCapabilityRank;

    private static HashSet<(string From, string To)> Edges()
    {
        var src = Path.Combine(RepositoryRoot(), "src", "TaiSupport.Core");
        var folders = Directory.GetDirectories(src).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
        var edges = new HashSet<(string, string)>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(src, folder!), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match m in CoreNamespace().Matches(File.ReadAllText(file)))
                {
                    var target = m.Groups[1].Value;
                    if (target != folder && folders.Contains(target))
                    {
                        edges.Add((folder!, target));
                    }
                }
            }
        }

        return edges;
    }

    private static List<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var stack = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(to) == 1)
                {
                    return [.. stack.Skip(stack.IndexOf(to)), to];
                }

                if (state.GetValueOrDefault(to) == 0 && Visit(to) is { } found)
                {
                    return found;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in next.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaiSupport.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TaiSupport.Core.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A reference to a folder's namespace: <c>using TaiSupport.Core.X;</c> or a qualified <c>TaiSupport.Core.X.Y</c>.</summary>
    [GeneratedRegex(@"\bTaiSupport\.Core\.([A-Z][A-Za-z]*)\b")]
    private static partial Regex CoreNamespace();
}
