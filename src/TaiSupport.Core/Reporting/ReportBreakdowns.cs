using System.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The category and root-cause sections the daily and weekly reports print on request (§2.2.2 "used for metrics and
/// root cause analysis", §2.2.7): new tickets per category and resolved tickets per root cause, with the untagged count.
/// </summary>
internal static class ReportBreakdowns
{
    /// <summary>The two sections as text, each a tree ending in a blank line.</summary>
    public static string Text(SupportMetrics m)
    {
        var text = new StringBuilder();
        text.Tree($"BY CATEGORY ({TextLayout.Plural(m.New, "new ticket")}):", [.. m.Categories.Select(c => $"{Words(c.Category)}: {c.Tickets}")]);
        text.Tree($"BY ROOT CAUSE ({TextLayout.Plural(m.ResolvedInPeriod, "resolved ticket")}):",
            [.. m.RootCauses.Select(c => $"{Words(c.RootCause)}: {c.Tickets}"), $"Not tagged yet: {m.RootCauseMissing}"]);
        return text.ToString();
    }

    /// <summary>Inserts <paramref name="section"/> before the first line starting with <paramref name="marker"/>, or at the end.</summary>
    public static string InsertBefore(string text, string marker, string section)
    {
        var at = text.StartsWith(marker, StringComparison.Ordinal) ? 0 : text.IndexOf("\n" + marker, StringComparison.Ordinal);
        return at < 0 ? text + "\n" + section.TrimEnd('\n') + "\n" : text.Insert(at == 0 ? 0 : at + 1, section);
    }

    /// <summary>The manual's words for a category (§2.2.2).</summary>
    public static string Words(Category category) => category.ToString();

    /// <summary>The manual's words for a root cause (§2.2.7): "User Misconfiguration", "Product Bug", …</summary>
    public static string Words(RootCause cause) => cause switch
    {
        RootCause.UserMisconfiguration => "User Misconfiguration",
        RootCause.ProductBug => "Product Bug",
        RootCause.InfrastructureIssue => "Infrastructure Issue",
        RootCause.ThirdParty => "Third-Party",
        _ => "Other",
    };
}
