using TaiSupport.Core.Communication;

namespace TaiSupport.Core.Tests.Communication;

public sealed class TemplateSuggesterTests
{
    private static TemplateSuggestion Suggest(CustomerSituation situation) => TemplateSuggester.Default.Evaluate(situation);

    [Fact]
    public void Suggest_NewTicket_IsTemplateAWithTheResponseSlaFilled()
    {
        // §7.1 Template A: acknowledging a ticket, "within [response SLA]".
        var s = Suggest(new CustomerSituation { NewTicket = true, CustomerName = "Dana", ResponseTarget = Duration.FromHours(4) });
        Assert.Same(CustomerTemplates.A, s.Template);
        Assert.Equal("4 hours", s.KnownValues["responseSla"]);
        Assert.Equal("Dana", s.KnownValues["name"]);
        Assert.False(s.KnownValues.ContainsKey("customerName")); // not a field of A
        Assert.Equal(["issueSummary", "supportTeamName"], s.FieldsToFill.ToArray());
    }

    [Fact]
    public void Suggest_SolutionFound_IsBOrBWithCode()
    {
        Assert.Same(CustomerTemplates.B, Suggest(new CustomerSituation { SolutionFound = true }).Template);
        Assert.Same(CustomerTemplates.BWithCode, Suggest(new CustomerSituation { SolutionFound = true, HasCodeExample = true }).Template);
    }

    [Fact]
    public void Suggest_EscalatedToEngineering_IsTemplateCEvenWhenNew()
    {
        var s = Suggest(new CustomerSituation { NewTicket = true, EscalatedToEngineering = true });
        Assert.Same(CustomerTemplates.C, s.Template);
    }

    [Theory]
    [InlineData("We are canceling our plan", true)]
    [InlineData("I'm LEAVING for a competitor", true)]
    [InlineData("Please cancel the duplicate invoice", false)]
    [InlineData("please cancel the duplicate order webhook", false)]
    [InlineData("How do I cancel?", true)]
    [InlineData("cleaving and cancellation-free", false)]
    [InlineData("all good", false)]
    public void Suggest_ChurnKeywordsInTheMessage_AreWholeWords(string message, bool churn)
    {
        // §4.3 trigger 2: customer says "canceling" or "leaving" (D14).
        var s = Suggest(new CustomerSituation { SolutionFound = true, CustomerMessage = message });
        Assert.Same(churn ? CustomerTemplates.D : CustomerTemplates.B, s.Template);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Suggest_CsatBelowFive_IsAChurnThreat(int csat, bool churn)
    {
        // §4.3 trigger 1: CSAT score < 5.
        var s = Suggest(new CustomerSituation { Csat = csat, EscalatedToEngineering = true });
        Assert.Same(churn ? CustomerTemplates.D : CustomerTemplates.C, s.Template);
        Assert.Contains(s.Trace, t => t.Rule == "template.churn" && t.Reason.Contains($"CSAT {csat} {(churn ? "<" : "≥")} 5"));
        if (churn)
        {
            Assert.Equal("2 hours", s.KnownValues["callWithin"]);
        }
        else
        {
            Assert.Equal("4-24 hours", s.KnownValues["engineeringWindow"]);
        }
    }

    [Theory]
    [InlineData(450, 500, true)]
    [InlineData(449, 500, false)]
    [InlineData(500, 500, true)]
    public void Suggest_UsageAtNinetyPercentOfALimit_IsTemplateE(long used, long limit, bool alert)
    {
        // §7.2 Template E: "[450/500] SKUs, approaching your Starter tier limit" (450/500 is exactly 90 %).
        var s = Suggest(new CustomerSituation { CustomerName = "Acme", UsageUsed = used, UsageLimit = limit, UsageUnit = "SKUs" });
        if (alert)
        {
            Assert.Same(CustomerTemplates.E, s.Template);
            Assert.Equal(used.ToString(System.Globalization.CultureInfo.InvariantCulture), s.KnownValues["used"]);
            Assert.Equal("SKUs", s.KnownValues["unit"]);
        }
        else
        {
            Assert.Null(s.Template);
            Assert.Contains(s.Trace, t => t.Rule == "template.usage" && t.Reason.Contains("449/500 = 89.8 % < 90 %"));
        }
    }

    [Fact]
    public void Suggest_NoApiCallForFourteenDays_IsTemplateF_ThirteenDaysIsNot()
    {
        // §4.3 trigger 3: customer hasn't called API in 14+ days; §7.2 Template F "[2 weeks]".
        var fourteen = Suggest(new CustomerSituation { SinceLastApiCall = Duration.FromDays(14) });
        Assert.Same(CustomerTemplates.F, fourteen.Template);
        Assert.Equal("2 weeks", fourteen.KnownValues["inactiveFor"]);
        var almost = Suggest(new CustomerSituation { SinceLastApiCall = Duration.FromDays(14) - Duration.FromMinutes(1) });
        Assert.Null(almost.Template);
    }

    [Fact]
    public void Suggest_ProactiveFix_IsTemplateG_AndUsageOutranksIt()
    {
        Assert.Same(CustomerTemplates.G, Suggest(new CustomerSituation { ProactiveFixAvailable = true }).Template);
        Assert.Same(CustomerTemplates.E, Suggest(new CustomerSituation { ProactiveFixAvailable = true, UsageUsed = 95, UsageLimit = 100 }).Template);
    }

    [Fact]
    public void Suggest_NothingApplies_SuggestsNoTemplate_WithTheWholePathInTheTrace()
    {
        var s = Suggest(new CustomerSituation());
        Assert.Null(s.Template);
        Assert.Equal(
            ["template.churn", "template.escalated", "template.solution", "template.new-ticket", "template.usage", "template.inactive", "template.proactive-fix"],
            s.Trace.Select(t => t.Rule).ToArray());
    }

    [Fact]
    public void Suggest_PolicyChange_MovesTheThreshold()
    {
        var suggester = new TemplateSuggester(CustomerTemplatePolicy.Default with { UsageAlertAtPercent = 80 });
        Assert.Same(CustomerTemplates.E, suggester.Evaluate(new CustomerSituation { UsageUsed = 400, UsageLimit = 500 }).Template);
    }

    [Fact]
    public void WithTree_InsertedCheck_RunsFirst()
    {
        var tree = TemplateSuggester.Default.Tree.InsertCheckBefore(
            "template.churn", "vip", "VIP customer?", "our runbook", s => Core.Decisions.Verdict.Of(s.CustomerName == "MegaCorp", "VIP list"),
            [TemplateSuggester.UseTemplate(CustomerTemplates.D)]);
        var s = TemplateSuggester.Default.WithTree(tree).Evaluate(new CustomerSituation { CustomerName = "MegaCorp", NewTicket = true });
        Assert.Same(CustomerTemplates.D, s.Template);
    }

    [Theory]
    [InlineData(14 * 24 * 60, "2 weeks")]
    [InlineData(7 * 24 * 60, "1 week")]
    [InlineData(15 * 24 * 60, "15 days")]
    [InlineData(15 * 24 * 60 + 200, "15 days")]
    [InlineData(2 * 24 * 60, "2 days")]
    [InlineData(36 * 60, "36 hours")]
    [InlineData(24 * 60, "24 hours")]
    [InlineData(240, "4 hours")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(61, "1 hour 1 minute")]
    [InlineData(45, "45 minutes")]
    [InlineData(0, "0 minutes")]
    [InlineData(-30, "-30 minutes")]
    public void DescribeDuration_IsTheCustomerWordsSpelling(long minutes, string words) =>
        Assert.Equal(words, TemplateSuggester.DescribeDuration(Duration.FromMinutes(minutes)));
}
