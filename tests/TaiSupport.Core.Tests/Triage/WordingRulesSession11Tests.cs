using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using static TaiSupport.Core.Tests.Triage.TriageText;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The readings added in session 11 (docs/triage-and-escalation.md "Fixes from the sixth set (session 11)"), each in
/// wording of its own (not a fresh-set ticket) with the near miss that must not change.
/// </summary>
public sealed class WordingRulesSession11Tests
{
    [Theory]
    [InlineData("Since the update, two of our price lists show last year's values.")]
    [InlineData("Orders with 30 units get the 10-unit price since Monday.")]
    [InlineData("The shop falls back to the list price whenever the evaluation is slow.")]
    [InlineData("Who may change pricing decisions in the approval chain?")]
    public void The_customers_own_prices_are_no_billing_question(string body) =>
        Assert.NotEqual(true, Signals(body).Billing);

    [Theory]
    [InlineData("What price would you offer for three years prepaid?")]
    [InlineData("The pricing for the Enterprise plan went up, can you explain?")]
    public void Tais_price_to_the_customer_stays_billing(string body) =>
        Assert.True(Signals(body).Billing);

    [Theory]
    [InlineData("One of our users can see price lists of another TAI customer in the shared reports.")]
    [InlineData("We got an approval email with someone else's approvers and their discounts in it.")]
    [InlineData("Please treat this as a security issue: logged-out users still reach the reports.")]
    public void Another_customers_data_or_a_named_security_issue_is_a_vulnerability(string body) =>
        Assert.True(Signals(body).SecurityVulnerability);

    [Fact]
    public void A_security_question_is_no_vulnerability() =>
        Assert.NotEqual(true, Signals("Is there a security issue we should know about before the audit?").SecurityVulnerability);

    [Fact]
    public void Stored_data_changed_by_nobody_is_corruption()
    {
        Assert.True(Signals("Forty approved rules are back in draft. Our data has been changed without anyone touching it.").DataLoss);
        Assert.NotEqual(true, Signals("We changed the rule data ourselves yesterday, it looks right.").DataLoss);
    }

    [Theory]
    [InlineData("About 1 % of calls to /v1/quotes fail with 503; a retry always fixes it.")]
    [InlineData("The nightly import fails at row 9,000; re-uploading the file in two halves gets it in.")]
    [InlineData("The exports round to two decimals, so we correct them with a formula in Excel.")]
    [InlineData("The rule list shows duplicates, we dedupe by id on our side so it's manageable.")]
    [InlineData("The export fails for big accounts. Annoying, but we manage by exporting each month on its own.")]
    public void A_workaround_in_plain_words_makes_a_broken_feature_medium(string body) =>
        Assert.Equal(Priority.Medium, Evaluate(body).Priority);

    [Fact]
    public void Instead_before_but_is_still_a_workaround()
    {
        Assert.True(Signals("The tier rule does not trigger at 10 pieces, I can set 9 instead but it's odd.").WorkaroundExists);
        Assert.NotEqual(true, Signals("The rule shows 10 instead of 15 on the summary page and it's odd.").WorkaroundExists);
    }

    [Theory]
    [InlineData("The Approvals page shows 'Error 500 - something went wrong' since this morning.")]
    [InlineData("Our checkout displays error 503 to shoppers when our stock service is down.")]
    [InlineData("The website just says 502 bad gateway.")]
    public void A_code_shown_on_a_screen_is_no_tai_api_error(string body) =>
        Assert.Null(Signals(body).ApiErrorCode);

    [Theory]
    [InlineData("The API says 403 forbidden when I create a rule.", "403")]
    [InlineData("Our logs show HTTP 502 on every call to the API since 10:00.", "502")]
    [InlineData("The Quotes API has been answering `500 upstream connect error` for every request.", "500")]
    public void A_code_the_api_answers_stays_an_api_error(string body, string code) =>
        Assert.Equal(code, Signals(body).ApiErrorCode);

    [Fact]
    public void A_range_of_seconds_with_a_space_reads_its_upper_end() =>
        Assert.Equal(NodaTime.Duration.FromSeconds(15), Signals("The web app is really slow today, 10-15 s for every page.").Latency);

    [Fact]
    public void The_rule_editors_slowness_is_no_platform_latency()
    {
        Assert.Null(Signals("The rule editor takes 8-10 seconds to open a ruleset.").Latency);
        Assert.NotNull(Signals("The dashboard takes 8-10 seconds to open.").Latency);
    }

    [Fact]
    public void Asking_which_ones_fail_reports_no_failure()
    {
        Assert.NotEqual(true, Signals("Why can't TAI tell me which of our rules never fire?").FeatureBroken);
        Assert.True(Signals("Since Monday our rules never fire.").FeatureBroken);
    }

    [Fact]
    public void A_forwarded_message_is_read_whole()
    {
        const string Body = "see below, can you have a look?\n\n-----Original Message-----\nFrom: Shop\n\nThe welcome discount is not applied. For now we add it manually.";
        Assert.Equal(Priority.Medium, Evaluate(Body, "FW: welcome discount").Priority);
        Assert.NotEqual(true, Evaluate(Body, "welcome discount").Signals.WorkaroundExists);
    }

    [Fact]
    public void Nothing_opening_is_tai_down() =>
        Assert.True(Signals("Is it down? I can't open anything since 9:00.").ProductionDown);

    [Fact]
    public void Search_finding_nothing_is_broken() =>
        Assert.True(Signals("Searching the rule list for 'Müller' finds nothing.").FeatureBroken);
}
