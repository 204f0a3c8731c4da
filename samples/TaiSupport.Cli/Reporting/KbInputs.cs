using System.Text.Json;
using TaiSupport.Cli.Cli;
using TaiSupport.Core.KnowledgeBase;

namespace TaiSupport.Cli.Reporting;

/// <summary>Reads the KB dashboard's article and search-term lines.</summary>
internal static class KbInputs
{
    public static IReadOnlyList<KbArticle> Articles(CliContext io, string path) => JsonLines.ReadAll(io, path, "--articles", line =>
    {
        var id = line.String("id");
        var title = line.String("title");
        var updatedText = line.String("lastUpdated");
        var words = line.Integer("wordCount", 0, int.MaxValue);
        var views = line.Integer("views", 0);
        var previous = line.OptionalInteger("previousViews", 0) ?? 0;
        var feedback = line.Root.TryGetProperty("openFeedback", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
            : [];
        var updated = NodaTime.Text.LocalDatePattern.Iso.Parse(updatedText);
        if (updatedText.Length > 0 && !updated.Success)
        {
            line.Problem("lastUpdated", $"\"{updatedText}\" is not a date; write it like 2025-07-30.");
        }

        line.ThrowIfAny();
        return new KbArticle(id, title, updated.Value, (int)words, views, previous) { OpenFeedback = [.. feedback] };
    });

    public static IReadOnlyList<KbSearchTerm> Searches(CliContext io, string? path) => path is null ? [] : JsonLines.ReadAll(io, path, "--searches", line =>
    {
        var term = line.String("term");
        var count = line.Integer("searchesPerMonth", 0, int.MaxValue);
        var has = line.OptionalBoolean("hasArticle") ?? false;
        line.ThrowIfAny();
        return new KbSearchTerm(term, (int)count, has);
    });

}
