namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// System.Text.Json lives in <c>Json/</c> and <c>Serialization/</c> only (issue 11, item 2): every format was moved onto
/// the JSON core, and a file elsewhere that uses System.Text.Json fails the test.
/// </summary>
public sealed class JsonConfinementTests
{
    [Fact]
    public void SystemTextJson_IsUsedOnlyInJsonAndSerialization()
    {
        var src = Source();
        var users = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(src, f)).Contains("System.Text.Json", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        var outside = users.Where(f => !f.StartsWith("Json/", StringComparison.Ordinal) && !f.StartsWith("Serialization/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(users.Count > 0, "the scan found no JSON code at all: is the source folder right?");
        Assert.True(outside.Count == 0, "System.Text.Json outside Json/ and Serialization/ (move the JSON to Json/): " + string.Join(", ", outside));
    }

    private static string Source()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "TaiSupport.Core")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "src", "TaiSupport.Core");
    }
}
