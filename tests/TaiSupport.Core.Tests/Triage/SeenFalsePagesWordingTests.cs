using static TaiSupport.Core.Tests.Triage.TriageText;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>
/// Session 13: wording behind false pages read in the eighth set (fresh8, after its one unseen measurement), each with
/// the near miss that must stay as it was. A loss of time is not a loss of money (§4.4 URGENT needs money), and a
/// request for compliance paperwork that says nothing is wrong is no legal matter (§4.1 Tier 4).
/// </summary>
public sealed class SeenFalsePagesWordingTests
{
    [Theory]
    [InlineData("We lose so much time re-entering every condition by hand.")]
    [InlineData("We lose a lot of effort on this every week.")]
    [InlineData("Our team is losing hours each day with the slow editor.")]
    public void Losing_time_or_effort_is_not_losing_money(string body) => Assert.NotEqual(true, Signals(body).LosingMoney);

    [Theory]
    [InlineData("Since the outage this morning we lose so much money on every order.")]
    [InlineData("We lose customers every hour the checkout is down.")]
    [InlineData("We are losing money on every sale since the prices went wrong.")]
    public void Losing_money_or_customers_still_is(string body) => Assert.True(Signals(body).LosingMoney);

    [Theory]
    [InlineData("Sub-processor list for our files", "Per our DPA please send us the current list, for our records. No concerns, just our yearly check.")]
    [InlineData("Breach notification question for the DPIA", "Our DPO asks whether you would tell us within 72 hours and where that is written. Nothing has happened.")]
    public void Routine_compliance_paperwork_that_says_nothing_is_wrong_is_no_legal_matter(string subject, string body) =>
        Assert.NotEqual(true, Signals(body, subject).LegalOrSecurity);

    [Fact]
    public void The_same_paperwork_without_saying_so_still_reads_as_a_legal_matter() =>
        Assert.True(Signals("Per our DPA please send us the current list, for our records.", "Sub-processor list for our files").LegalOrSecurity);

    [Theory]
    [InlineData("Under clause 9 of our DPA we formally object to the new sub-processor in your notice.")]
    [InlineData("We received a subpoena about data processed in TAI. Please forward it to your legal team.")]
    public void An_objection_or_a_subpoena_still_is_a_legal_matter(string body) => Assert.True(Signals(body).LegalOrSecurity);
}
