using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TaiSupport.Core.Policies;

namespace TaiSupport.Core.Tests.Docs;

/// <summary>
/// Every C# block of README.md, docs/*.md and the package README compiles against the library (issue 12), so the docs
/// cannot rot. A block with top-level statements is a program: it is compiled as a console app (with the implicit usings
/// of <c>dotnet new console</c>) and run with <c>--contentRoot</c> pointing at a folder holding <c>tai-policy.json</c>
/// (the default pack); when the markdown follows it with <c>&lt;!-- output --&gt;</c> and a <c>text</c> block, what it
/// printed must be exactly that. A block of declarations only is compiled as a library. A deliberately partial fragment
/// says so on the line before it with <c>&lt;!-- fragment: why --&gt;</c> and is only parsed; there are few of them. A
/// program that needs the reader's own files says <c>&lt;!-- compile-only: why --&gt;</c>: it is compiled, not run.
/// </summary>
[Collection(DocsCollection.Name)]
public sealed class DocsCompileTests
{
    /// <summary>At most this many fragments across every page: a page's samples are programs, not snippets.</summary>
    private const int MaxFragments = 8;

    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in DocBlocks.All())
        {
            data.Add(block.File, block.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_csharp_block_compiles_and_prints_what_the_page_shows(string file, int line)
    {
        var block = DocBlocks.All().Single(b => b.File == file && b.Line == line);
        var tree = CSharpSyntaxTree.ParseText(block.Code, new CSharpParseOptions(LanguageVersion.Latest), path: $"{file}:{line}");
        var syntax = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(syntax.Count == 0, $"{file}:{line} does not parse:\n{string.Join("\n", syntax)}");
        if (block.Fragment is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(block.Fragment), $"{file}:{line}: a fragment marker must say why the block is partial.");
            return;
        }

        var isProgram = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var usings = CSharpSyntaxTree.ParseText(
            string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            $"DocBlock_{Path.GetFileNameWithoutExtension(file)}_{line}",
            [usings, tree],
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emit.Success, $"{file}:{line} does not compile:\n{string.Join("\n", errors)}\n--- block ---\n{block.Code}");
        if (!isProgram)
        {
            Assert.Null(block.Output); // only a program prints
            return;
        }

        if (block.CompileOnly is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(block.CompileOnly), $"{file}:{line}: a compile-only marker must say why the program is not run.");
            Assert.Null(block.Output);
            return;
        }

        var printed = Run(image.ToArray());
        if (block.Output is { } expected)
        {
            Assert.True(Normalize(expected) == Normalize(printed), $"{file}:{line} printed\n{printed}\n--- but the page shows ---\n{expected}");
        }
    }

    [Fact]
    public void Fragments_are_few_and_each_says_why()
    {
        var fragments = DocBlocks.All().Where(b => b.Fragment is not null).ToList();
        Assert.True(fragments.Count <= MaxFragments, $"{fragments.Count} fragments (at most {MaxFragments}): {string.Join(", ", fragments.Select(f => $"{f.File}:{f.Line}"))}");
        Assert.All(fragments, f => Assert.False(string.IsNullOrWhiteSpace(f.Fragment)));
    }

    [Fact]
    public void The_blocks_are_found()
    {
        var blocks = DocBlocks.All();
        Assert.Contains(blocks, b => b.File == "README.md");
        Assert.Contains(blocks, b => b.File == "src/TaiSupport.Core/PACKAGE.md");
        Assert.Contains(blocks, b => b.Output is not null);
        Assert.True(blocks.Count >= 20, $"only {blocks.Count} C# blocks found");
    }

    private static string Run(byte[] image)
    {
        var root = Directory.CreateTempSubdirectory("tai-docs-");
        File.WriteAllText(Path.Combine(root.FullName, "tai-policy.json"), TaiPolicyJson.Write(TaiPolicy.Default));
        var context = new AssemblyLoadContext("doc-block", isCollectible: true);
        var original = Console.Out;
        var output = new StringWriter();
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var entry = assembly.EntryPoint!;
            Console.SetOut(output);
            object?[]? arguments = entry.GetParameters().Length == 0 ? null : [new[] { "--contentRoot", root.FullName }];
            var returned = entry.Invoke(null, arguments);
            if (returned is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new Xunit.Sdk.XunitException($"the program threw {e.InnerException}\n--- printed ---\n{output}");
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
            root.Delete(recursive: true);
        }

        return output.ToString();
    }

    private static string Normalize(string text) =>
        string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');
}

/// <summary>The docs tests swap <see cref="Console.Out"/>: they run one at a time, apart from the rest.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "docs";
}

/// <summary>A C# block of a markdown page.</summary>
/// <param name="File">The page, relative to the repository root.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Code">The block's text.</param>
/// <param name="Fragment">The reason given by a <c>&lt;!-- fragment: … --&gt;</c> marker, or null for a complete block.</param>
/// <param name="Output">The <c>text</c> block after <c>&lt;!-- output --&gt;</c> following the block, or null.</param>
/// <param name="CompileOnly">The reason given by a <c>&lt;!-- compile-only: … --&gt;</c> marker, or null for a program that runs.</param>
public sealed record DocBlock(string File, int Line, string Code, string? Fragment, string? Output, string? CompileOnly);

/// <summary>Finds the C# blocks of README.md, docs/*.md and the package README.</summary>
public static partial class DocBlocks
{
    private static readonly Lazy<IReadOnlyList<DocBlock>> Cache = new(Load);

    /// <summary>The repository root (the folder holding TaiSupport.Core.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The markdown pages whose C# blocks are checked, relative to the root.</summary>
    public static IEnumerable<string> Pages() =>
        new[] { "README.md", "src/TaiSupport.Core/PACKAGE.md" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Order(StringComparer.Ordinal)
                .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')));

    /// <summary>Every block.</summary>
    public static IReadOnlyList<DocBlock> All() => Cache.Value;

    private static List<DocBlock> Load()
    {
        var blocks = new List<DocBlock>();
        foreach (var page in Pages())
        {
            var lines = File.ReadAllLines(Path.Combine(Root, page));
            for (var i = 0; i < lines.Length; i++)
            {
                if (!CSharpFence().IsMatch(lines[i]))
                {
                    continue;
                }

                var start = i;
                var code = new StringBuilder();
                for (i++; i < lines.Length && lines[i].TrimEnd() != "```"; i++)
                {
                    code.Append(lines[i]).Append('\n');
                }

                var before = Enumerable.Range(0, start).Reverse().Select(j => lines[j]).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
                var fragment = FragmentMarker().Match(before) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
                string? output = null;
                var next = i + 1;
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (next + 1 < lines.Length && lines[next].Trim() == "<!-- output -->" && lines[next + 1].TrimEnd() == "```text")
                {
                    var text = new StringBuilder();
                    for (var j = next + 2; j < lines.Length && lines[j].TrimEnd() != "```"; j++)
                    {
                        text.Append(lines[j]).Append('\n');
                    }

                    output = text.ToString();
                }

                var compileOnly = CompileOnlyMarker().Match(before) is { Success: true } c ? c.Groups[1].Value.Trim() : null;
                blocks.Add(new DocBlock(page, start + 1, code.ToString(), fragment, output, compileOnly));
            }
        }

        return blocks;
    }

    private static string FindRoot()
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

    [GeneratedRegex(@"^\s*```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"<!--\s*fragment:(.*)-->")]
    private static partial Regex FragmentMarker();

    [GeneratedRegex(@"<!--\s*compile-only:(.*)-->")]
    private static partial Regex CompileOnlyMarker();
}
