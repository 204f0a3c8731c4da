using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using static TaiSupport.Core.Tests.Triage.TriageText;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The readings added in session 9 (docs/triage-and-escalation.md "Fixes from the fourth set (session 9)"), each in
/// wording of its own (not a fresh-set ticket) with the near miss that must not change.
/// </summary>
public sealed class WordingRulesSession9Tests
{
    [Theory]
    [InlineData("Would you consider a read-only role for our auditors?")]
    [InlineData("Any chance of a CSV import for rule tables?")]
    [InlineData("Is a bulk-rename tool on the roadmap? It would save our admins hours.")]
    [InlineData("We would pay for a second sandbox. Is that something you'd consider building?")]
    public void A_feature_request_asked_as_a_question_goes_to_the_feature_log(string body)
    {
        var result = Evaluate(body);
        Assert.Equal(TicketRoute.FeatureRequestLog, result.Route);
        Assert.Equal(Category.Feature, result.Category);
    }

    [Theory]
    [InlineData("What is on the roadmap for next year?")]
    [InlineData("Quick one: what's on your roadmap for the rule editor?")]
    public void Asking_what_is_planned_requests_nothing(string body) =>
        Assert.NotEqual(TicketRoute.FeatureRequestLog, Evaluate(body).Route);

    [Fact]
    public void A_cosmetic_defect_on_a_screen_is_feature_and_in_the_documentation_other()
    {
        var screen = Evaluate("Typo on the settings screen: 'Notifcations'.");
        Assert.Equal((Priority.Low, Category.Feature), (screen.Priority, screen.Category));
        var docs = Evaluate("Typo in the help article about webhooks: 'recieve'.");
        Assert.Equal((Priority.Low, Category.Other), (docs.Priority, docs.Category));
        var given = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Starter, Signals = new TicketSignals { Cosmetic = true } }, TriageCorpus.Now);
        Assert.Equal(Category.Other, given.Category); // structured only: nothing says where
    }

    [Theory]
    [InlineData("My card is expiring next month, where do I put in the new card?")]
    [InlineData("Does the Professional plan include audit logs?")]
    [InlineData("Bonjour, pouvez-vous mettre notre numéro de TVA sur les factures ? Merci.")]
    public void Billing_paperwork_in_plain_words_goes_to_finance(string body)
    {
        var result = Evaluate(body);
        Assert.Equal((Category.Billing, TicketRoute.Finance), (result.Category, result.Route));
    }

    [Fact]
    public void A_job_title_or_a_card_approval_flow_is_not_billing()
    {
        Assert.NotEqual(true, Signals("Our discount rule stopped applying since this morning.\n\nAnna Berg, Head of Pricing").Billing);
        Assert.NotEqual(true, Signals("How do we document the credit card approval flow for our auditors?").Billing);
    }

    [Fact]
    public void An_amount_after_on_is_not_a_date_that_makes_the_error_past()
    {
        Assert.Equal("500", Signals("We get HTTP 500 on 100% of requests since 9:00.").ApiErrorCode);
        Assert.Equal("500", Signals("The rules endpoint returned 500 on 300 orders this morning.").ApiErrorCode);
        Assert.Null(Signals("We got a 500 on 12 Feb, all fine since.").ApiErrorCode); // a day after "on" still dates it
    }

    [Fact]
    public void Thanks_that_opens_a_message_does_not_cut_it_as_a_signature()
    {
        Assert.Equal(TicketRoute.AutoResolve, Evaluate("Hi,\n\nthanks, but we still get this after the new key:\n\nHTTP/1.1 401 Unauthorized").Route);
        Assert.Equal(TicketRoute.StandardSupport, Evaluate("Where do I find the audit log?\nThanks,\nAnna\n\nPS our old 401 ticket is solved").Route);
    }

    [Theory]
    [InlineData("Since the release the history stores the wrong author for every change, and a month of records are now wrong.")]
    [InlineData("Our whole booking system is stop since 8 because TAI not give answer.")]
    public void Corruption_and_tai_not_answering_are_critical(string body) =>
        Assert.Equal(Priority.Critical, Evaluate(body).Priority);

    [Fact]
    public void A_button_out_of_reach_is_not_tai_down()
    {
        var result = Evaluate("On Android the keyboard hides the Save button. On a laptop it works.", subject: "Android: save button unreachable");
        Assert.NotEqual(Priority.Critical, result.Priority);
        Assert.Empty(result.Actions.Where(a => a.Action == TaiSupport.Core.Escalation.EscalationActions.PageOnCallEngineer));
    }

    [Theory]
    [InlineData("GET /v2/rules/{id} returns the rule when the id belongs to another tenant.")]
    [InlineData("The login page has an open redirect: ?next= sends users to any site.")]
    [InlineData("A removed admin is still signed in through an old session.")]
    public void Access_control_holes_are_security_vulnerabilities(string body)
    {
        var result = Evaluate(body, tier: Tier.Enterprise);
        Assert.True(result.Signals.SecurityVulnerability);
        Assert.Equal(Priority.High, result.Priority);
    }

    [Fact]
    public void A_questionnaire_about_access_control_is_not_a_hole() =>
        Assert.NotEqual(true, Signals("Please fill in our vendor questionnaire on access control and encryption by 30 June.").SecurityVulnerability);

    [Theory]
    [InlineData("Please treat this as a formal objection under our DPA: you added a sub-processor without notice.")]
    [InlineData("The financial conduct authority has asked us for your change-control description. This is a regulatory matter.")]
    public void Regulators_and_dpa_objections_are_legal_issues(string body) =>
        Assert.True(Signals(body).LegalOrSecurity);

    [Theory]
    [InlineData("Exports have been late for two weeks. Fix it by Friday or we're out.")]
    [InlineData("If approvals keep skipping the second approver we will terminate and go back to our old system.")]
    public void A_plain_threat_to_leave_is_churn(string body) =>
        Assert.Equal(TicketRoute.ChurnEscalation, Evaluate(body).Route);

    [Theory]
    [InlineData("Imports over 8 MB fail with a 413. We split the files in two and it works.")]
    [InlineData("The connector loses its authorisation every night; reconnecting it each morning works.")]
    [InlineData("Decisions take 4 s since noon (normally 150 ms). Orders still go through.")]
    public void A_workaround_or_still_working_said_plainly_is_medium(string body) =>
        Assert.Equal(Priority.Medium, Evaluate(body).Priority);

    [Fact]
    public void Renewal_terms_of_an_enterprise_contract_page_the_vp()
    {
        var result = Evaluate("We'd like to agree renewal terms for 2027-2029 before summer.", tier: Tier.Enterprise);
        Assert.True(result.Signals.ContractChange);
        Assert.Equal(TicketRoute.Finance, result.Route);
    }

    [Fact]
    public void A_malformed_json_code_in_an_api_answer_auto_resolves() =>
        Assert.Equal(TicketRoute.AutoResolve, Evaluate("The API answers 400 {\"error\":\"malformed_json\"} to our POST.").Route);

    [Theory]
    [InlineData("How do I cancel a scheduled simulation?", false)]
    [InlineData("How do I cancel?", true)]
    [InlineData("How do I cancel our subscription?", true)]
    [InlineData("Quick question, How do I cancel?", true)]
    public void How_to_cancel_is_billing_only_for_the_account(string body, bool billing) =>
        Assert.Equal(billing, Signals(body).Billing == true);

    [Fact]
    public void Losing_access_is_not_losing_data()
    {
        Assert.NotEqual(true, Signals("We lost access to the old admin's account when he left. How do we transfer it?").DataLoss);
        Assert.True(Signals("We lost all the orders from Monday after the import.").DataLoss);
    }

    [Fact]
    public void Down_to_a_number_is_not_an_outage()
    {
        Assert.NotEqual(true, Signals("Our team is down to two people this month, so replies may be slow.").ProductionDown);
        Assert.True(Signals("The TAI API is down for all our users since 9:00.").ProductionDown);
    }

    [Theory]
    [InlineData("We are moving away from spreadsheets to TAI. Where do we start?", false)]
    [InlineData("Please delete the test data from our sandbox, we're done with testing.", false)]
    [InlineData("Honestly, we're moving away from TAI at the end of the quarter.", true)]
    [InlineData("Three outages this month. We're done with you.", true)]
    [InlineData("Three outages this month. We're done.", true)]
    [InlineData("We're thinking about switching our CRM to HubSpot. Does TAI have a connector?", false)]
    [InlineData("After this week we're thinking about switching providers.", true)]
    [InlineData("We're thinking about switching our decisioning vendor.", true)]
    public void Leaving_something_other_than_tai_is_not_churn(string body, bool churn) =>
        Assert.Equal(churn, Signals(body).ChurnThreat == true);

    [Fact]
    public void A_non_production_environment_down_is_broken_not_tai_down()
    {
        var result = Evaluate("Production is fine, but the staging environment has been down since this morning.");
        Assert.Equal(Priority.High, result.Priority);
        Assert.NotEqual(true, result.Signals.ProductionDown);
    }

    [Fact]
    public void One_way_of_logging_in_broken_is_a_broken_feature() =>
        Assert.True(Signals("Can't log in with Google SSO since this morning.").FeatureBroken);

    [Fact]
    public void Every_evaluation_timing_out_with_checkout_blocked_is_critical() =>
        Assert.Equal(Priority.Critical, Evaluate("All our rule evaluations are timing out since 14:05. Checkout is blocked for every customer.").Priority);

    [Fact]
    public void Deliveries_that_retries_get_through_eventually_are_medium() =>
        Assert.Equal(Priority.Medium, Evaluate("About 3% of webhook deliveries fail with timeouts. Retries deliver them eventually.").Priority);

    [Theory]
    [InlineData("We're losing $5k an hour: every decision call returns 503 since 10:00.", true)]
    [InlineData("We're losing about €300 an hour since the discount rule stopped applying at 9:00.", true)]
    [InlineData("The Professional plan costs $500 a month, is there an annual discount?", false)]
    [InlineData("If this isn't fixed we could be losing $20k a day next week when the sale starts.", false)]
    public void An_amount_said_to_be_lost_now_is_losing_money(string body, bool losing) =>
        Assert.Equal(losing, Signals(body, tier: Tier.Enterprise).LosingMoney == true);

    [Theory]
    [InlineData("Every webhook since 06:00 has an empty payload, so our warehouse system ignores them and no orders ship.")]
    public void A_critical_told_as_a_story_is_critical(string body) =>
        Assert.Equal(Priority.Critical, Evaluate(body, tier: Tier.Enterprise).Priority);

    [Fact]
    public void Another_customers_data_in_an_answer_is_a_security_hole() =>
        Assert.True(Signals("Decisions are coming back for the wrong customer: user A sees user B's credit limit.").SecurityVulnerability);

    [Theory]
    [InlineData("URGENT!!! The logo on the report PDF is blurry, it looks unprofessional.")]
    [InlineData("The Apply button sits 2px lower than Cancel in Safari.")]
    [InlineData("In dark mode the chart legend is unreadable, low contrast.")]
    public void A_screen_that_looks_wrong_is_a_low_cosmetic_feature_defect(string body)
    {
        var result = Evaluate(body);
        Assert.Equal((Priority.Low, Category.Feature), (result.Priority, result.Category));
    }

    [Theory]
    [InlineData("The Apply button sits 2px lower than Cancel in Safari.", false)]
    [InlineData("Save and Cancel are swapped in the rule editor.", false)]
    [InlineData("Cancel our subscription at the end of the month.", true)]
    [InlineData("We want to cancel.", true)]
    public void A_capitalised_cancel_inside_a_sentence_names_a_button(string body, bool churn) =>
        Assert.Equal(churn, Signals(body).ChurnThreat == true);

    [Theory]
    [InlineData("Our sale starts tomorrow. We can't afford an outage.", false)]
    [InlineData("Your docs say the API is down for maintenance on Sundays. Is that still true?", false)]
    [InlineData("The Save button is down at the bottom, I have to scroll a lot.", false)]
    [InlineData("The API is down for all of us since 9:00.", true)]
    public void An_outage_one_cannot_afford_planned_maintenance_and_down_the_page_are_no_outage(string body, bool down) =>
        Assert.Equal(down, Signals(body).ProductionDown == true);
}
