using NodaTime;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using static TaiSupport.Core.Tests.Triage.TriageText;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The readings added in session 10 (docs/triage-and-escalation.md "Fixes from the fifth set (session 10)"), each in
/// wording of its own (not a fresh-set ticket) with the near miss that must not change.
/// </summary>
public sealed class WordingRulesSession10Tests
{
    [Theory]
    [InlineData("After the last deploy our unsaved edits are gone when the page reloads.")]
    [InlineData("The request_id field is gone from the webhook payload since yesterday.")]
    public void Something_gone_that_is_no_stored_data_is_no_data_loss(string body) =>
        Assert.NotEqual(true, Signals(body).DataLoss);

    [Theory]
    [InlineData("All our rules are gone after the maintenance window.")]
    [InlineData("Half of our customer records are gone since this morning.")]
    public void Stored_data_gone_is_data_loss(string body) =>
        Assert.True(Signals(body).DataLoss);

    [Theory]
    [InlineData("I can't log in since this morning, the reset link never comes.")]
    [InlineData("Our Okta users cannot log in, they get bounced back to the sign-in page.")]
    public void One_person_or_the_sign_on_path_locked_out_is_a_broken_feature_not_tai_down(string body)
    {
        var signals = Signals(body);
        Assert.NotEqual(true, signals.ProductionDown);
        Assert.True(signals.FeatureBroken);
    }

    [Fact]
    public void Everyone_locked_out_is_still_tai_down() =>
        Assert.True(Signals("Nobody can log in since 9:00, the whole team is waiting.").ProductionDown);

    [Fact]
    public void A_cancellation_in_the_past_threatens_nothing()
    {
        var refund = Signals("We were charged again after cancelling in January, please refund.");
        Assert.NotEqual(true, refund.ChurnThreat);
        Assert.True(refund.Billing);
        Assert.True(Signals("We are cancelling at the end of the month.").ChurnThreat);
    }

    [Theory]
    [InlineData("We'll switch to another vendor before the renewal in September unless the editor gets faster.")]
    [InlineData("If the exports stay broken we are cancelling the renewal.")]
    public void A_renewal_that_dates_or_is_the_object_of_a_threat_is_churn_not_billing(string body)
    {
        var result = Evaluate(body);
        Assert.Equal(TicketRoute.ChurnEscalation, result.Route);
        Assert.True(result.Signals.ChurnThreat);
    }

    [Fact]
    public void A_renewal_quote_with_a_threat_stays_a_billing_question() =>
        Assert.Equal(TicketRoute.Finance, Evaluate("Can you send the renewal quote? We are also looking at alternatives.").Route);

    [Theory]
    [InlineData("Is your platform GDPR compliant, and where are the servers?")]
    [InlineData("We need the decision history for our regulator by Friday.")]
    [InlineData("The customer has a regulator deadline at 18:00, the report must be out by then.")]
    public void A_compliance_question_or_the_regulator_as_an_audience_is_no_legal_matter(string body) =>
        Assert.NotEqual(true, Signals(body).LegalOrSecurity);

    [Theory]
    [InlineData("Under GDPR Art. 17 we demand erasure of all data of our former employee.")]
    [InlineData("A regulator has opened an inquiry into how TAI processes our data.")]
    public void A_gdpr_demand_or_a_regulator_inquiry_stays_legal(string body) =>
        Assert.True(Signals(body).LegalOrSecurity);

    [Fact]
    public void A_negator_standing_for_its_own_clause_negates_nothing_after_it()
    {
        Assert.Equal(TicketRoute.FeatureRequestLog, Evaluate("Is there a bulk export? If not, please consider adding one.").Route);
        Assert.True(Signals("No, the scheduled export fails every night.").FeatureBroken);
        Assert.NotEqual(true, Signals("The scheduled export does not fail any more.").FeatureBroken);
    }

    [Theory]
    [InlineData("Do we need a licence for each analyst?")]
    [InlineData("Our trial ends tomorrow, could you extend it by a week?")]
    [InlineData("Who is our account manager? We'd like to discuss a second workspace.")]
    [InlineData("Is approval routing a Professional feature?")]
    [InlineData("We're on monthly billing today. Can we switch to annual mid-cycle?")]
    public void Plan_and_account_questions_go_to_finance(string body)
    {
        var result = Evaluate(body);
        Assert.Equal((Category.Billing, TicketRoute.Finance), (result.Category, result.Route));
    }

    [Fact]
    public void A_licence_word_in_a_product_problem_is_no_billing_question() =>
        Assert.NotEqual(TicketRoute.Finance, Evaluate("Our license key for the Java SDK stopped working after the update, every call fails.").Route);

    [Fact]
    public void Deleting_the_account_is_billing_and_a_customer_leaving()
    {
        var result = Evaluate("Please delete our account, we no longer need it.");
        Assert.Equal((TicketRoute.Finance, Priority.High), (result.Route, result.Priority));
        Assert.True(result.Signals.ChurnThreat);
    }

    [Theory]
    [InlineData("We won't be using TAI after March.")]
    [InlineData("We will move to another platform next quarter.")]
    public void Saying_the_customer_stops_using_tai_is_a_threat_to_leave(string body) =>
        Assert.True(Signals(body).ChurnThreat);

    [Theory]
    [InlineData("Would it be possible to add Microsoft Teams as a notification channel?")]
    [InlineData("Do you publish a fixed IP range for callbacks? If not, could that be added?")]
    [InlineData("A 'duplicate ruleset' button would help us a lot. Thanks for considering.")]
    [InlineData("Can the approval email include our policy link? If not today, please log it as a wish.")]
    public void A_wish_in_plain_words_goes_to_the_feature_log(string body) =>
        Assert.Equal(TicketRoute.FeatureRequestLog, Evaluate(body).Route);

    [Theory]
    [InlineData("The CSV import drops rows with accents; we convert the file to ASCII as a stopgap.")]
    [InlineData("After upgrading, the SDK throws on null facts. We pinned back to 4.1 for now.")]
    [InlineData("The editor logs us out every few minutes, so we save after each change, which is tedious but works.")]
    public void A_workaround_in_plain_words_makes_a_broken_feature_medium(string body) =>
        Assert.Equal(Priority.Medium, Evaluate(body).Priority);

    [Theory]
    [InlineData("Our endpoint stopped receiving decision events at 7am.")]
    [InlineData("The discount rule is not firing for German customers.")]
    [InlineData("The export gives me a file with only the header, no rows.")]
    public void A_feature_failing_in_plain_words_is_broken(string body) =>
        Assert.True(Signals(body).FeatureBroken);
    [Theory]
    [InlineData("It took me 20 minutes to figure out the right parameter name.")]
    [InlineData("Setting up the webhook took us 45 minutes because the docs are thin.")]
    public void A_persons_time_is_no_latency(string body) =>
        Assert.Null(Signals(body).Latency);

    [Fact]
    public void The_products_time_is_latency() =>
        Assert.NotNull(Signals("The decisions report takes 40 seconds to load since Monday.").Latency);

    [Theory]
    [InlineData("Please send us the root-cause analysis for the outage last Tuesday.")]
    [InlineData("The outage yesterday hit our EU users hard.")]
    public void An_outage_dated_after_the_word_is_over(string body) =>
        Assert.NotEqual(true, Signals(body).ProductionDown);

    [Theory]
    [InlineData("Since 10:00 none of our agents can open the web app.")]
    [InlineData("Nobody on our side can load the dashboard, it spins and then shows a blank page.")]
    [InlineData("The app shows Service unavailable and I can't do anything.")]
    [InlineData("No one can open the dashboard since 9:00.")]
    [InlineData("None of us can load the web app this morning.")]
    public void Nobody_able_to_open_tai_is_tai_down(string body) =>
        Assert.True(Signals(body).ProductionDown);

    [Theory]
    [InlineData("Only admins can open the billing page, is that right?")]
    [InlineData("Our analysts can access the reports, but the export button is grey.")]
    public void Someone_able_to_open_something_is_no_outage(string body) =>
        Assert.NotEqual(true, Signals(body).ProductionDown);

    [Theory]
    [InlineData("Every wrong approval is a payout we can't claw back.")]
    [InlineData("We are losing bookings to competitors every hour this rule stays wrong.")]
    public void Money_gone_for_good_is_losing_money(string body) =>
        Assert.True(Signals(body).LosingMoney);

    [Fact]
    public void A_tai_api_error_in_a_documentation_question_is_integration() =>
        Assert.Equal(Category.Integration, Evaluate("The docs don't mention batches. Sending an array to POST /v1/evaluate gets back 400 \"malformed JSON\".").Category);

    [Fact]
    public void An_amendment_and_an_uplift_are_contract_and_price_matters()
    {
        Assert.True(Signals("Please send us a draft amendment that adds our Brazilian subsidiary.").ContractChange);
        Assert.True(Signals("The 9 % uplift in the renewal quote is above our budget.").PriceNegotiation);
    }

    [Fact]
    public void Wrong_results_the_customer_is_unsure_about_are_a_potential_bug()
    {
        Assert.Equal(Priority.Medium, Evaluate("The simulation totals don't match production. We're not sure if it's us or a bug.").Priority);
        Assert.Equal(Priority.High, Evaluate("The simulation totals don't match production.").Priority);
    }

    [Fact]
    public void Asking_for_a_workaround_is_none()
    {
        var asked = Evaluate("The simulation has been stuck at 99% since yesterday. Can I start a new one meanwhile?");
        Assert.NotEqual(true, asked.Signals.WorkaroundExists);
        Assert.Equal(Priority.High, asked.Priority);
        Assert.Equal(Priority.Medium, Evaluate("The simulation has been stuck at 99% since yesterday; meanwhile we run the numbers in Excel.").Priority);
    }
    [Fact]
    public void A_range_with_its_unit_reads_its_upper_end()
    {
        Assert.Equal(Duration.FromMilliseconds(1100), Signals("Our p95 went from about 120ms to 900-1100ms since the migration, just slow.").Latency);
        Assert.Null(Signals("Invoice 2026-03-02 is attached.").Latency);
    }

    [Fact]
    public void A_negator_does_not_reach_into_a_parenthesis_after_it()
    {
        Assert.True(Signals("Big simulations are never finishing (stuck in Running for 12 hours).").FeatureBroken);
        Assert.NotEqual(true, Signals("The nightly sync is never stuck anymore.").FeatureBroken);
    }
}
