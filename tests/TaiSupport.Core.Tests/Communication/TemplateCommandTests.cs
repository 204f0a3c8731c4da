using TaiSupport.Core.Tests.Cli;

namespace TaiSupport.Core.Tests.Communication;

/// <summary>The <c>tai template</c> commands (docs/cli.md).</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void Render_AllFields_PrintsTheText()
    {
        var (exit, output, error) = CliRunner.Run(
            "", "template", "render", "F", "-f", "name=Dana", "--field", "inactiveFor=2 weeks", "-f", "calendarLink=https://cal.tai.ai/jo", "-f", "csmName=Jo");
        Assert.Equal(0, exit);
        Assert.StartsWith("Hi Dana,\n\nWe noticed you haven't used TAI in 2 weeks. Is everything OK?", output);
        Assert.Contains("let's grab a quick 15-min call: https://cal.tai.ai/jo", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Render_ValuesFromJson_AndAMissingField_ExitsTwoNamingIt()
    {
        var (exit, output, error) = CliRunner.Run("""{"name":"Dana","inactiveFor":"2 weeks"}""", "template", "render", "f", "--values", "-");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("calendarLink: template F (Re-engagement (Inactive Customer)) needs a value for 'calendarLink'.", error);
        Assert.Contains("csmName:", error);
    }

    [Theory]
    [InlineData("H", "id: 'H' is not a template")]
    [InlineData("A", "--field: \"name\" is not name=value.")]
    public void Render_BadArguments_ExitTwoWithAMessage(string id, string message)
    {
        var (exit, _, error) = CliRunner.Run("", "template", "render", id, "-f", "name");
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Suggest_EachLine_GetsItsTemplateOrAnError()
    {
        var input = string.Join('\n',
            """{"id":"u","customerName":"Acme","usageUsed":450,"usageLimit":500,"usageUnit":"SKUs"}""",
            """{"id":"c","csat":4,"solutionFound":true}""",
            """{"id":"i","sinceLastApiCall":"P14D"}""",
            """{"id":"n"}""",
            """{"id":"x","csat":11,"sinceLastApiCall":"soon"}""");
        var (exit, output, _) = CliRunner.Run(input, "template", "suggest", "--input", "-");
        var lines = CliRunner.Lines(output);
        Assert.Equal(1, exit);
        Assert.StartsWith("""{"id":"u","template":"E","title":"Usage-Based Alert","knownValues":{"customerName":"Acme","limit":"500","unit":"SKUs","used":"450"},"fieldsToFill":["currentTier",""", lines[0]);
        Assert.StartsWith("""{"id":"c","template":"D",""", lines[1]);
        Assert.Contains(""""knownValues":{"inactiveFor":"2 weeks"}"""", lines[2]);
        Assert.StartsWith("""{"id":"n","template":null,"title":null,"knownValues":{},"fieldsToFill":[],"trace":[""", lines[3]);
        Assert.Contains("csat: must be between 0 and 10, got 11.", lines[4]);
        Assert.Contains("sinceLastApiCall: \\\"soon\\\" is not an ISO-8601 duration", lines[4]);
    }

    [Fact]
    public void Suggest_PolicyFile_ChangesTheThreshold_BadPolicyExitsTwo()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var good = Path.Combine(dir.FullName, "p.json");
            File.WriteAllText(good, """{"usageAlertAtPercent": 80}""");
            var (_, output, _) = CliRunner.Run("""{"id":1,"usageUsed":400,"usageLimit":500}""", "template", "suggest", "-i", "-", "--policy", good);
            Assert.Contains("\"template\":\"E\"", output);

            var bad = Path.Combine(dir.FullName, "bad.json");
            File.WriteAllText(bad, """{"usageAlertAtPercent": 180}""");
            var (exit, _, error) = CliRunner.Run("{}", "template", "suggest", "-i", "-", "--policy", bad);
            Assert.Equal(2, exit);
            Assert.Contains("$.usageAlertAtPercent: must be a percentage above 0 and at most 100, got 180.", error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void List_ShowsEveryTemplateWithItsFields()
    {
        var (exit, output, _) = CliRunner.Run("", "template", "list");
        Assert.Equal(0, exit);
        Assert.Equal(8, CliRunner.Lines(output).Length);
        Assert.Contains("E      Usage-Based Alert (§7.2): customerName, used, limit, unit, currentTier, upgradeTier, upgradePrice, csmName", output);
    }
}
