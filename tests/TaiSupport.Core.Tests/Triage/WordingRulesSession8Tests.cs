using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using static TaiSupport.Core.Tests.Triage.TriageText;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// The readings added in session 8 (docs/triage-and-escalation.md "Fixes from the third set (session 8)"), each in
/// wording of its own (not a fresh-set ticket) with the near miss that must not change.
/// </summary>
public sealed class WordingRulesSession8Tests
{
    [Theory]
    [InlineData("This is the fourth ticket about the export job.", 4)]
    [InlineData("Third time I write about the stuck approvals.", 3)]
    [InlineData("5th ticket on the same sync problem, please look.", 5)]
    public void An_ordinal_repeat_counts_the_tickets_on_the_same_issue(string body, int count)
    {
        Assert.Equal(count, Signals(body).SameIssueTickets);
        Assert.Equal(TicketRoute.ChurnEscalation, Evaluate(body).Route); // §4.3 trigger 4: 3+ tickets on the same issue
    }

    [Fact]
    public void A_repeat_said_as_a_past_first_time_or_given_structured_is_not_counted_from_text()
    {
        Assert.Null(Signals("The first time we set up the export it went fine.").SameIssueTickets);
        var given = TicketTriage.Default.Evaluate(
            new TriageRequest { Tier = Tier.Starter, Body = "Third time I ask about this.", Signals = new TicketSignals { SameIssueTickets = 1 } }, TriageCorpus.Now);
        Assert.Equal(1, given.Signals.SameIssueTickets); // D11: structured first
    }

    [Fact]
    public void A_workaround_alone_means_something_is_broken_with_a_workaround()
    {
        var result = Evaluate("The nightly summary e-mail has the totals from the day before; for now we copy them from the dashboard by hand.");
        Assert.Equal(Priority.Medium, result.Priority);
        Assert.Equal(Category.Feature, result.Category);
    }

    [Fact]
    public void A_workaround_word_in_a_billing_question_or_a_feature_request_changes_nothing()
    {
        Assert.Equal(Priority.Low, Evaluate("Can you send the invoice to our finance mailbox instead? For now it goes to me.").Priority);
        Assert.Equal(Priority.Low, Evaluate("Feature request: a dark theme. For now we use a browser extension.").Priority);
    }

    [Theory]
    [InlineData("About 4% of our calls get HTTP 503 since this morning; our client retries and the retry goes through.")]
    [InlineData("The rule list page shows a 'Bad gateway' page now and then. Reloading fixes it every time.")]
    public void A_failure_that_a_retry_or_reload_gets_past_is_medium(string body) =>
        Assert.Equal(Priority.Medium, Evaluate(body).Priority);

    [Fact]
    public void Slow_but_working_is_medium_and_slow_alone_stays_high()
    {
        Assert.Equal(Priority.Medium, Evaluate("Reports take 12 seconds to open since Monday (they took 2). They still finish, it's just slow.").Priority);
        Assert.Equal(Priority.High, Evaluate("Reports take 12 seconds to open since Monday, they took 2 before.").Priority);
    }

    [Fact]
    public void An_api_error_with_a_small_error_rate_is_integration_and_a_widespread_one_is_platform()
    {
        Assert.Equal(Category.Integration, Evaluate("Roughly 6% of POST /v2/evaluate calls return HTTP 500 since Friday.").Category);
        Assert.Equal(Category.Platform, Evaluate("Since 10:00 about 60% of all our calls return HTTP 500, across every region.").Category);
    }

    [Theory]
    [InlineData("Since 07:00 our warehouse operations are halted: no decisions come back from TAI.")]
    [InlineData("The whole support team has been idle since lunch, nothing loads.")]
    [InlineData("We have a war room open, every checkout is blocked.")]
    public void Business_stopped_said_plainly_is_TAI_down(string body) => Assert.Equal(Priority.Critical, Evaluate(body).Priority);

    [Fact]
    public void Cannot_ship_a_release_is_not_TAI_down_but_cannot_ship_orders_is()
    {
        Assert.NotEqual(true, Signals("Validation fails on date rules, so we can't ship the new pricing policy this week.").ProductionDown);
        Assert.True(Signals("Every order is on hold, we can't ship anything today.").ProductionDown);
    }

    [Fact]
    public void Costs_us_quota_is_not_a_money_loss_but_costs_us_money_is()
    {
        Assert.NotEqual(true, Signals("We poll every minute as a stopgap, which works but costs us quota.").LosingMoney);
        Assert.True(Signals("The delay costs us real money on every order.").LosingMoney);
    }

    [Fact]
    public void A_billing_word_naming_the_customers_own_rule_is_not_billing()
    {
        var s = Signals("Since your release the pricing rule gives 50% off instead of 5% on every basket and we sell at a loss.", "Discount rule broken");
        Assert.NotEqual(true, s.Billing);
        Assert.True(s.LosingMoney);
    }

    [Fact]
    public void Subscription_in_a_legal_letter_is_not_billing_but_in_a_plan_question_it_is()
    {
        Assert.NotEqual(true, Signals("Under the Master Subscription Agreement we request a legal hold on all records.").Billing);
        Assert.True(Signals("Which subscription do we need for SSO?").Billing);
    }

    [Theory]
    [InlineData("The links in our password reset e-mails never expire.")]
    [InlineData("A user we removed last month is still logging in to the dashboard.")]
    [InlineData("When I change the URL I can see another tenant's data in the report.")]
    public void An_access_hole_is_a_security_vulnerability(string body)
    {
        Assert.True(Signals(body).SecurityVulnerability);
        Assert.Contains(Evaluate(body).Actions, a => a.Action == TaiSupport.Core.Escalation.EscalationActions.PageCiso);
    }

    [Theory]
    [InlineData("Our client gets four-oh-one from the EU endpoint with the same key.", "401")]
    [InlineData("The response says the request body could not be parsed as JSON.", "malformedJson")]
    public void Codes_said_in_words_are_api_errors(string body, string code) => Assert.Equal(code, Signals(body).ApiErrorCode);

    [Fact]
    public void Any_idea_asks_for_help_and_leave_comments_is_not_churn()
    {
        Assert.NotEqual(true, Signals("The import stops at row 40, any idea?").FeatureRequest);
        Assert.NotEqual(true, Signals("It would be great if reviewers could leave comments on a rule.").ChurnThreat);
        Assert.True(Signals("It would be great if reviewers could leave comments on a rule.").FeatureRequest);
    }

    [Theory]
    [InlineData("It'd be handy to have folders for rules.")]
    [InlineData("Something to think about: exporting a rule as PDF for our auditors.")]
    [InlineData("We really miss a filter by owner on the rules list.")]
    public void Feature_requests_said_in_passing_go_to_the_log(string body) =>
        Assert.Equal(TicketRoute.FeatureRequestLog, Evaluate(body).Route);

    [Theory]
    [InlineData("Since the update the export won't start.")]
    [InlineData("The rules page will not load for anyone in our team.")]
    [InlineData("The approval button doesnt save the change.")]
    public void A_negated_auxiliary_in_any_spelling_reads_as_the_listed_one(string body) => Assert.True(Signals(body).FeatureBroken);

    [Fact]
    public void The_default_lists_carry_every_spelling_of_a_negated_auxiliary_once()
    {
        var broken = DefaultKeywords.Signals[KeywordSignal.FeatureBroken];
        Assert.Contains("won't start", broken);
        Assert.Contains("will not start", broken);
        Assert.Equal(broken.Length, broken.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
