using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NodaTime.Text;

namespace TaiSupport.Core.KnowledgeBase;

/// <summary>One way an article departs from the §6.2 template.</summary>
/// <param name="Rule">The rule's id, e.g. <c>kb.section-missing</c>.</param>
/// <param name="Line">The 1-based line it concerns (the line where the part should be, 1 for the whole article).</param>
/// <param name="Message">What is wrong and what the template asks for.</param>
public sealed record KbArticleFinding(string Rule, int Line, string Message);

/// <summary>
/// Checks a Markdown article against the KB article template (manual §6.2): a "How to … with …" title; the four header
/// lines (Last Updated as a date, Difficulty Beginner/Intermediate/Advanced, Time to Read in minutes, 2–3 related
/// links); the sections Problem (one paragraph), Solution (with a code sample, here or in its Example), Example,
/// Troubleshooting, FAQ (at least one <c>**Q:</c> with an <c>A:</c>) and Next Steps, in that order; and the "Need more
/// help?" footer. Every finding is reported at once; nothing throws for any text.
/// </summary>
/// <example>
/// <code>
/// foreach (var f in KbArticleChecker.Check(File.ReadAllText("auth.md"))) Console.WriteLine($"{f.Line}: {f.Message}");
/// </code>
/// </example>
public static partial class KbArticleChecker
{
    /// <summary>The sections of the template, in order, with their heading levels.</summary>
    public static ImmutableArray<(int Level, string Name)> Sections { get; } =
        [(2, "Problem"), (2, "Solution"), (3, "Example"), (2, "Troubleshooting"), (2, "FAQ"), (2, "Next Steps")];

    /// <summary>The fewest related-article links (§6.2 "Links to 2-3 related").</summary>
    public const int MinRelated = 2;

    /// <summary>The most related-article links.</summary>
    public const int MaxRelated = 3;

    /// <summary>Checks an article.</summary>
    /// <param name="markdown">The article's Markdown.</param>
    /// <returns>The findings in line order; empty when the article follows the template.</returns>
    public static ImmutableArray<KbArticleFinding> Check(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var findings = new List<KbArticleFinding>();
        var inFence = false;
        var headings = new List<(int Line, int Level, string Text)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence && HeadingPattern().Match(line) is { Success: true } m)
            {
                headings.Add((i + 1, m.Groups[1].Length, m.Groups[2].Value.Trim()));
            }
        }

        // Title.
        var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (titleIndex < 0 || !lines[titleIndex].StartsWith("# ", StringComparison.Ordinal))
        {
            findings.Add(new("kb.title-missing", Math.Max(titleIndex, 0) + 1, "the article must open with a '# ' title (§6.2 \"# [TITLE: How to [Action] with [Feature]]\")."));
        }
        else if (!TitlePattern().IsMatch(lines[titleIndex][2..].Trim()))
        {
            findings.Add(new("kb.title-form", titleIndex + 1, $"the title \"{Echo(lines[titleIndex][2..].Trim())}\" is not of the form \"How to [Action] with [Feature]\" (§6.2)."));
        }

        // Header fields.
        var lastUpdated = Field(lines, "Last Updated");
        if (lastUpdated is null)
        {
            findings.Add(new("kb.last-updated-missing", 1, "add \"**Last Updated:** YYYY-MM-DD\" under the title (§6.2)."));
        }
        else if (!LocalDatePattern.Iso.Parse(lastUpdated.Value.Value).Success)
        {
            findings.Add(new("kb.last-updated-date", lastUpdated.Value.Line, $"\"Last Updated\" must be a date such as 2026-01-30, got \"{Echo(lastUpdated.Value.Value)}\"."));
        }

        var difficulty = Field(lines, "Difficulty");
        if (difficulty is null)
        {
            findings.Add(new("kb.difficulty-missing", 1, "add \"**Difficulty:** Beginner / Intermediate / Advanced\" (§6.2)."));
        }
        else if (difficulty.Value.Value is not ("Beginner" or "Intermediate" or "Advanced"))
        {
            findings.Add(new("kb.difficulty-value", difficulty.Value.Line, $"\"Difficulty\" must be Beginner, Intermediate or Advanced, got \"{Echo(difficulty.Value.Value)}\"."));
        }

        var time = Field(lines, "Time to Read");
        if (time is null)
        {
            findings.Add(new("kb.time-to-read-missing", 1, "add \"**Time to Read:** N minutes\" (§6.2)."));
        }
        else if (!MinutesPattern().IsMatch(time.Value.Value))
        {
            findings.Add(new("kb.time-to-read-value", time.Value.Line, $"\"Time to Read\" must be a number of minutes such as \"5 minutes\", got \"{Echo(time.Value.Value)}\"."));
        }

        var related = Field(lines, "Related Articles");
        if (related is null)
        {
            findings.Add(new("kb.related-missing", 1, $"add \"**Related Articles:**\" with {MinRelated}-{MaxRelated} links (§6.2)."));
        }
        else
        {
            var links = LinkPattern().Matches(related.Value.Value).Count;
            if (links is < MinRelated or > MaxRelated)
            {
                findings.Add(new("kb.related-count", related.Value.Line, $"\"Related Articles\" has {links} link{(links == 1 ? string.Empty : "s")}; the template asks for {MinRelated}-{MaxRelated} (§6.2)."));
            }
        }

        // Sections, in order.
        var found = new List<(int Index, int Line)>();
        for (var s = 0; s < Sections.Length; s++)
        {
            var (level, name) = Sections[s];
            var at = headings.FindIndex(h => h.Level == level && string.Equals(h.Text, name, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                var after = found.Count == 0 ? 1 : found[^1].Line;
                findings.Add(new("kb.section-missing", after, $"the section \"{new string('#', level)} {name}\" is missing (§6.2)."));
                continue;
            }

            if (found.Count > 0 && headings[at].Line < found[^1].Line)
            {
                findings.Add(new("kb.section-order", headings[at].Line, $"\"{name}\" comes before \"{Sections[found[^1].Index].Name}\"; the template's order is {string.Join(", ", Sections.Select(x => x.Name))} (§6.2)."));
            }

            found.Add((s, headings[at].Line));
        }

        // Problem: one paragraph.
        if (Body(lines, headings, "Problem") is { } problem)
        {
            var paragraphs = Paragraphs(problem.Lines);
            if (paragraphs != 1)
            {
                findings.Add(new("kb.problem-paragraphs", problem.Line, $"\"Problem\" has {paragraphs} paragraphs; the template asks for 1 (§6.2 \"1 paragraph: What problem does this solve?\")."));
            }
        }

        // Solution (with its Example): a code sample.
        if (Body(lines, headings, "Solution") is { } solution && !solution.Lines.Any(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal))
            && !(Body(lines, headings, "Example") is { } example && example.Lines.Any(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal))))
        {
            findings.Add(new("kb.solution-code", solution.Line, "\"Solution\" has no code sample (a ``` block, in it or its Example) (§6.2 \"Step-by-step instructions with code samples\")."));
        }

        // FAQ: a question with an answer.
        if (Body(lines, headings, "FAQ") is { } faq)
        {
            var q = faq.Lines.Any(l => l.TrimStart().StartsWith("**Q:", StringComparison.Ordinal));
            var a = faq.Lines.Any(l => l.TrimStart().StartsWith("A:", StringComparison.Ordinal));
            if (!q || !a)
            {
                findings.Add(new("kb.faq-pair", faq.Line, "\"FAQ\" needs at least one \"**Q:** …\" with an \"A: …\" (§6.2)."));
            }
        }

        if (!lines.Any(l => l.Contains("**Need more help?**", StringComparison.Ordinal)))
        {
            findings.Add(new("kb.footer-missing", lines.Length, "end with \"**Need more help?** [Email support](mailto:support@tai.ai)\" (§6.2)."));
        }

        return [.. findings.OrderBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal)];
    }

    private static (int Line, string Value)? Field(string[] lines, string name)
    {
        var prefix = $"**{name}:**";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return (i + 1, line[prefix.Length..].Trim());
            }
        }

        return null;
    }

    private static (int Line, List<string> Lines)? Body(string[] lines, List<(int Line, int Level, string Text)> headings, string name)
    {
        var at = headings.FindIndex(h => string.Equals(h.Text, name, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return null;
        }

        var level = headings[at].Level;
        var end = headings.Skip(at + 1).FirstOrDefault(h => h.Level <= level && !(name == "Solution" && h.Level > 2)).Line;
        var stop = end == 0 ? lines.Length : end - 1;
        var body = new List<string>();
        for (var i = headings[at].Line; i < stop; i++)
        {
            if (lines[i].Trim() == "---")
            {
                break;
            }

            body.Add(lines[i]);
        }

        return (headings[at].Line, body);
    }

    private static int Paragraphs(List<string> lines)
    {
        var count = 0;
        var inParagraph = false;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                inParagraph = false;
            }
            else if (!inParagraph)
            {
                count++;
                inParagraph = true;
            }
        }

        return count;
    }

    private static string Echo(string text) => Text.SafeText.Echo(text, 60);

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^How to \S.* with \S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^\d{1,3} minutes?$", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesPattern();

    [GeneratedRegex(@"\[[^\]]+\]\([^)\s]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
