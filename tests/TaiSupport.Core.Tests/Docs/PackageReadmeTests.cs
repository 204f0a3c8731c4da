using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TaiSupport.Core.Tests.Docs;

/// <summary>The package README (the NuGet page) is for package users: absolute links only, and the project packs it.</summary>
public sealed partial class PackageReadmeTests
{
    private static string PackageReadme => File.ReadAllText(Path.Combine(DocBlocks.Root, "src/TaiSupport.Core/PACKAGE.md"));

    [Fact]
    public void Every_link_is_absolute()
    {
        var links = MarkdownLink().Matches(PackageReadme).Select(m => m.Groups[1].Value)
            .Concat(HtmlLink().Matches(PackageReadme).Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_readme_says_how_to_add_the_package()
    {
        Assert.Contains("dotnet add package TaiSupport.Core", PackageReadme, StringComparison.Ordinal);
        Assert.Contains("https://github.com/taisupport/TaiSupport.Core/blob/main/docs/default-policy.md", PackageReadme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_packs_the_package_readme_and_the_default_policy_readings_for_both_targets()
    {
        var project = XDocument.Load(Path.Combine(DocBlocks.Root, "src/TaiSupport.Core/TaiSupport.Core.csproj"));
        Assert.Equal("PACKAGE.md", project.Descendants("PackageReadmeFile").Single().Value);
        Assert.Equal("net8.0;net10.0", project.Descendants("TargetFrameworks").Single().Value);
        var packed = project.Descendants("None").Where(n => (string?)n.Attribute("Pack") == "true")
            .Select(n => (string)n.Attribute("Include")!).ToList();
        Assert.Contains("PACKAGE.md", packed);
        Assert.Contains("../../docs/default-policy.md", packed);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)[^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?:href|src)\s*=\s*""([^""]+)""")]
    private static partial Regex HtmlLink();
}
