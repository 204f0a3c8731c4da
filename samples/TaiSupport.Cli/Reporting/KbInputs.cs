using TaiSupport.Cli.Cli;
using TaiSupport.Cli.Lines;
using TaiSupport.Core.KnowledgeBase;

namespace TaiSupport.Cli.Reporting;

/// <summary>Reads the KB dashboard's article and search-term lines (<see cref="KbArticleLine"/>, <see cref="KbSearchLine"/>).</summary>
internal static class KbInputs
{
    public static IReadOnlyList<KbArticle> Articles(CliContext io, string path) => JsonLines.ReadAllElements(io, path, "--articles", line =>
        LineContract.Read(line, LineContract.Contracts.KbArticleLine, KbArticleLine.Validator.Validate).ToArticle());

    public static IReadOnlyList<KbSearchTerm> Searches(CliContext io, string? path) => path is null ? [] : JsonLines.ReadAllElements(io, path, "--searches", line =>
        LineContract.Read(line, LineContract.Contracts.KbSearchLine, KbSearchLine.Validator.Validate).ToTerm());
}
