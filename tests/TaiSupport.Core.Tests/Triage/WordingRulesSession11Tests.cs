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

    [Theory]
    [InlineData("Could you send the RCA for the 503 errors on 3 March? Everything has worked fine since.")]
    [InlineData("Our calls got HTTP 502 for an hour on Tuesday. It has been stable since then. Are we owed a credit?")]
    public void A_problem_the_customer_says_is_over_has_no_current_code(string body)
    {
        var signals = Signals(body);
        Assert.Null(signals.ApiErrorCode);
        Assert.NotEqual(true, signals.FeatureBroken);
    }

    [Fact]
    public void A_code_still_coming_back_is_current() =>
        Assert.Equal("503", Signals("Our calls get HTTP 503 since 10:00. Nothing has been fine since.").ApiErrorCode);

    [Fact]
    public void Failed_naming_things_reports_no_failure()
    {
        Assert.NotEqual(true, Signals("Can you replay the failed deliveries from Monday morning?").FeatureBroken);
        Assert.True(Signals("Since the update the deliveries failed, none arrived.").FeatureBroken);
    }

    [Fact]
    public void The_customers_own_system_failing_is_not_tai()
    {
        Assert.NotEqual(true, Signals("When our own stock service fails, the shop shows an error page.").FeatureBroken);
        Assert.True(Signals("When the TAI evaluation fails, the shop shows an error page.").FeatureBroken);
    }

    [Fact]
    public void A_wait_the_customer_makes_is_no_latency()
    {
        Assert.Null(Signals("Events arrive out of order, so we buffer them for 10 seconds and sort.").Latency);
        Assert.NotNull(Signals("Events arrive 10 seconds late since Monday.").Latency);
    }

    [Theory]
    [InlineData("Since your release, gold customers get both the tier discount and the volume discount on every order line.")]
    [InlineData("How can I make a discount that is only for customers in the group 'B2B'?")]
    public void Discounts_in_the_customers_trade_are_neither_billing_nor_a_negotiation(string body)
    {
        var signals = Signals(body);
        Assert.NotEqual(true, signals.Billing);
        Assert.NotEqual(true, signals.PriceNegotiation);
    }

    [Theory]
    [InlineData("Could we get a volume discount if we add 40 seats?")]
    [InlineData("What discount could TAI offer for a three-year term?")]
    public void A_discount_on_tais_price_is_a_negotiation(string body) =>
        Assert.True(Signals(body).PriceNegotiation);

    [Fact]
    public void A_quote_tai_issues_is_no_billing_question()
    {
        Assert.NotEqual(true, Signals("Every approved quote creates a duplicate contact in the CRM.").Billing);
        Assert.True(Signals("Please send us a quote for 20 more seats.").Billing);
    }

    [Fact]
    public void Losing_things_that_are_not_money_is_no_loss()
    {
        Assert.NotEqual(true, Signals("Our receiver restarts nightly, so we lose those events.").LosingMoney);
        Assert.True(Signals("Every hour this stays broken we lose money.").LosingMoney);
    }

    [Fact]
    public void A_code_on_all_of_a_named_kind_of_call_is_tai_down() =>
        Assert.True(Signals("All our /v1/evaluate calls are failing with 503 Service Unavailable since 08:12.").ProductionDown);

    [Theory]
    [InlineData("The web app hasn't been loading for any of us since 7:40.")]
    [InlineData("API calls are timing out on every request since 10:05.")]
    public void Nothing_working_for_anyone_is_tai_down(string body) =>
        Assert.True(Signals(body).ProductionDown);

    [Theory]
    [InlineData("The coupon rule ignores the maximum discount cap.")]
    [InlineData("Since the certificate change our EU users can't get in at all.")]
    [InlineData("The price list cannot be published, every approver gets an error.")]
    public void More_failures_in_plain_words_are_broken(string body) =>
        Assert.True(Signals(body).FeatureBroken);

    [Theory]
    [InlineData("Could the retry schedule be configurable?")]
    [InlineData("The customer asked for 7-year retention; I logged it as a request on her behalf.")]
    public void More_wishes_in_plain_words_are_feature_requests(string body) =>
        Assert.True(Signals(body).FeatureRequest);

    [Theory]
    [InlineData("Could you do 15 % off if we pay yearly?")]
    [InlineData("Is there a discount if we pay for a full year upfront?")]
    public void Paying_yearly_is_a_billing_question(string body) =>
        Assert.True(Signals(body).Billing);

    [Theory]
    [InlineData("We expect to stay at last year's rate. Please have someone with authority on pricing call me.")]
    [InlineData("An 18 % increase is not acceptable for us.")]
    public void Pushing_back_on_tais_price_is_a_negotiation(string body) =>
        Assert.True(Signals(body).PriceNegotiation);

    [Fact]
    public void Money_handed_back_at_the_till_is_a_loss() =>
        Assert.True(Signals("The POS falls back to full price and we're refunding the difference to customers.").LosingMoney);

    [Fact]
    public void An_empty_history_is_data_loss() =>
        Assert.True(Signals("", "rule history is empty").DataLoss);

    [Fact]
    public void A_code_a_server_sent_stays_an_api_error_when_shown()
    {
        Assert.Equal("500", Signals("Groups above 100 members fail and Okta shows 'HTTP 500 from https://scim.tai.app/v2/Groups'.").ApiErrorCode);
        Assert.Null(Signals("Clicking Approvals shows a white page with 'Error 500 - something went wrong'.").ApiErrorCode);
    }

    [Theory]
    [InlineData("The sync fails with HTTP 503 after 50,000 rows. If we pause 1 s between batches it finishes, just slower.")]
    [InlineData("The export fails on big accounts. If I export each month on its own it finishes.")]
    public void A_condition_the_customer_tried_is_a_workaround(string body) =>
        Assert.True(Signals(body).WorkaroundExists);

    [Fact]
    public void A_condition_in_the_conditional_mood_is_no_workaround() =>
        Assert.NotEqual(true, Signals("The export fails on big accounts. If we could export each month on its own it finishes, I guess.").WorkaroundExists);

    [Fact]
    public void A_window_is_no_latency()
    {
        Assert.Null(Signals("Your webhooks retry 3 times within 10 minutes, then give up.").Latency);
        Assert.NotNull(Signals("Your webhooks take 10 minutes to arrive since Monday.").Latency);
    }

    [Theory]
    [InlineData("Could be our rounding setting, could be yours - we can't tell.")]
    [InlineData("The rule starts at 11 pieces, not 10. Is it our setting or is it yours?")]
    public void Not_knowing_whose_fault_it_is_is_a_potential_bug(string body) =>
        Assert.True(Signals(body).PotentialBug);

    [Fact]
    public void The_customers_customers_overpaying_is_wrong_data() =>
        Assert.True(Signals("Orders of 50 units get the 20-unit price; our customers are overpaying.").WrongData);
}
