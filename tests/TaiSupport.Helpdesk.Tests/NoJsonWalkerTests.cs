namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// Issue 11: "samples carry no JSON readers of their own". The helpdesk reads every request body through the library
/// (<c>TaiJson.Read</c> over its <c>RequestBodies</c> records, <c>TriageRequestJson</c>, <c>IncidentSignalsJson</c>), so no
/// source file of the sample may walk parsed JSON: no <c>JsonDocument</c>, <c>JsonElement</c>, <c>Utf8JsonReader</c> or
/// <c>JsonNode</c> outside comments. (Writing, <c>Utf8JsonWriter</c> and <c>JsonSerializer</c> over its own stored rows, stays.)
/// </summary>
public sealed class NoJsonWalkerTests
{
    private static readonly string[] Walkers = ["JsonDocument", "JsonElement", "Utf8JsonReader", "JsonNode", "JsonObject", "JsonArray", "JsonValue."];

    [Fact]
    public void HelpdeskSample_HasNoJsonWalker()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TaiSupport.Core.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var sample = Path.Combine(root.FullName, "samples", "TaiSupport.Helpdesk");
        var files = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(sample, f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && Walkers.Any(w => l.Text.Contains(w, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(files.Count > 10, $"the sample's sources were not found under {sample}");
        Assert.True(found.Count == 0, "JSON walking in the helpdesk sample:\n" + string.Join("\n", found));
    }
}
