using System.Text.RegularExpressions;
using TaiSupport.Core.Communication;

namespace TaiSupport.Core.Tests.Communication;

public sealed class CustomerTemplatesTests
{
    public static TheoryData<string, string[]> ExpectedFields => new()
    {
        { "A", ["name", "issueSummary", "responseSla", "supportTeamName"] },
        { "B", ["name", "problem", "steps", "kbLink", "supportTeamName"] },
        { "B.code", ["name", "problem", "steps", "language", "code", "kbLink", "supportTeamName"] },
        { "C", ["name", "findings", "engineeringWindow", "meantime", "supportTeamName"] },
        { "D", ["name", "offer", "workingSession", "callWithin", "phone", "supportTeamName", "vpProductName", "vpProductPhone"] },
        { "E", ["customerName", "used", "limit", "unit", "currentTier", "upgradeTier", "upgradePrice", "csmName"] },
        { "F", ["name", "inactiveFor", "calendarLink", "csmName"] },
        { "G", ["name", "issue", "impact", "fix", "before", "after", "supportTeamName"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedFields))]
    public void Fields_EachTemplate_NamesEveryBlankOfTheManual(string id, string[] fields)
    {
        var template = CustomerTemplates.Find(id)!;
        Assert.Equal(fields, template.Fields.ToArray());
        Assert.DoesNotMatch(new Regex(@"\[[A-Z][^\]]*\]"), template.Body); // no "[Name]" blank left from the manual
    }

    [Fact]
    public void All_IsTheManualsSevenTemplatesInOrder()
    {
        Assert.Equal(["A", "B", "B.code", "C", "D", "E", "F", "G"], CustomerTemplates.All.Select(t => t.Id).ToArray());
        Assert.All(CustomerTemplates.All, t => Assert.StartsWith("§7.", t.Source));
        Assert.Same(CustomerTemplates.E, CustomerTemplates.Find("e"));
        Assert.Null(CustomerTemplates.Find("H"));
    }

    [Fact]
    public void Render_TemplateE_ReproducesTheManualsUsageAlert()
    {
        // §7.2 Template E: "We noticed you're at [450/500] SKUs, approaching your Starter tier limit."
        var result = CustomerTemplates.E.Render(new Dictionary<string, string>
        {
            ["customerName"] = "Acme", ["used"] = "450", ["limit"] = "500", ["unit"] = "SKUs", ["currentTier"] = "Starter",
            ["upgradeTier"] = "Professional", ["upgradePrice"] = "$15K/month", ["csmName"] = "Jessica",
        });
        Assert.True(result.IsValid);
        Assert.Contains("We noticed you're at 450/500 SKUs, approaching your Starter tier limit.", result.Text);
        Assert.Contains("upgrade to our Professional tier (that's $15K/month for many more features)", result.Text);
        Assert.EndsWith("Jessica\nTAI Customer Success", result.Text);
    }

    [Fact]
    public void Render_MissingField_FailsNamingIt()
    {
        var result = CustomerTemplates.F.Render(new Dictionary<string, string> { ["name"] = "Dana", ["inactiveFor"] = "2 weeks", ["csmName"] = "Jo" });
        Assert.False(result.IsValid);
        Assert.Equal("calendarLink", Assert.Single(result.Problems).PropertyName);
        Assert.Contains("template F (Re-engagement (Inactive Customer)) needs a value for 'calendarLink'", result.DescribeProblems());
    }

    [Fact]
    public void Render_SolutionWithCode_PutsTheCodeInAFencedBlock()
    {
        var values = new Dictionary<string, string>
        {
            ["name"] = "Dana", ["problem"] = "the key was revoked", ["steps"] = "1. Create a key\n2. Update the header",
            ["language"] = "bash", ["code"] = "curl -H 'Authorization: Bearer $KEY' …", ["kbLink"] = "https://help.tai.ai/auth", ["supportTeamName"] = "Marcus",
        };
        var text = CustomerTemplates.BWithCode.Render(values).Text!;
        Assert.Contains("Here's how to fix it:\n1. Create a key\n2. Update the header\n\nCode example:\n```bash\ncurl", text);
        Assert.DoesNotContain("```", CustomerTemplates.B.Render(values).Text);
    }
}
