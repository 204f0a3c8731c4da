using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>Every example of issue 15's "Why", as the manual says it should behave.</summary>
public sealed class IssueExamplesTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 17, 0);

    private static readonly string[] Pages =
    [
        EscalationActions.PageVpProduct, EscalationActions.PageVpProductOrCsm, EscalationActions.PageGeneralCounsel, EscalationActions.PageCiso,
        EscalationActions.UpdateStatusPage, EscalationActions.PageOnCallEngineer, EscalationActions.PageEngineering,
    ];

    private static TriageResult Triage(string body, Tier tier = Tier.Professional, string subject = "", TicketSignals? signals = null) =>
        TicketTriage.Default.Evaluate(new TriageRequest { Id = "T", Tier = tier, Subject = subject, Body = body, Signals = signals ?? TicketSignals.None }, Now);

    private static bool Pages_(TriageResult r, params string[] actions) => r.Actions.Any(a => actions.Contains(a.Action));

    [Fact]
    public void A_wrong_discount_is_a_wrong_data_bug_not_price_negotiation()
    {
        var r = Triage("The pricing rule returns a 10 % discount for gold customers, but the rule says 15 %.", Tier.Enterprise, "Discount calculation wrong");
        Assert.False(Pages_(r, Pages), string.Join(", ", r.Actions.Select(a => a.Action)));
        Assert.NotEqual(TicketRoute.Finance, r.Route);
        Assert.True(r.Signals.WrongData);
        Assert.Equal(Priority.High, r.Priority);
    }

    [Fact]
    public void Sso_required_by_a_security_team_is_a_feature_request_not_a_security_incident()
    {
        var r = Triage("Our security team requires SSO via Okta before we roll out to more users. Is that on your roadmap?");
        Assert.NotEqual(Priority.High, r.Priority);
        Assert.False(Pages_(r, EscalationActions.PageGeneralCounsel, EscalationActions.PageCiso));
        Assert.Equal(TicketRoute.FeatureRequestLog, r.Route);
    }

    [Fact]
    public void A_report_about_last_weeks_outage_does_not_page()
    {
        var r = Triage("Could you send us the report about last week's 6-hour outage?");
        Assert.NotEqual(Priority.Critical, r.Priority);
        Assert.False(Pages_(r, Pages));
        Assert.Contains(r.Evidence, e => e.Signal == "productionDown" && e.IgnoredBecause == "past");
    }

    [Fact]
    public void Overcharged_losing_money_is_a_billing_dispute()
    {
        var r = Triage("Overcharged — we're losing money on this. The invoice for May is $1,200 but our plan is $900.");
        Assert.NotEqual(Priority.Critical, r.Priority);
        Assert.False(Pages_(r, EscalationActions.UpdateStatusPage, EscalationActions.PageOnCallEngineer));
        Assert.Equal(TicketRoute.Finance, r.Route);
        Assert.Equal(Category.Billing, r.Category);
    }

    [Fact]
    public void Forty_percent_of_the_catalog_gone_is_data_loss()
    {
        var r = Triage("40 % of our catalog is gone. Yesterday there were 12,000 products, today 7,200. They just vanished.");
        Assert.Equal(Priority.Critical, r.Priority);
        Assert.True(r.Signals.DataLoss);
        Assert.Equal(EngineeringLevel.Urgent, r.EngineeringLevel);
    }

    [Fact]
    public void Webhooks_stopped_with_no_workaround_on_an_enterprise_flow_is_not_low()
    {
        var r = Triage("Since 06:00 UTC webhooks stopped arriving. Our fulfilment flow depends on them and there is no workaround right now.", Tier.Enterprise);
        Assert.True(r.Priority >= Priority.High, r.Priority.ToString());
        Assert.False(r.Signals.WorkaroundExists);
        Assert.Equal(Category.Integration, r.Category);
    }

    [Theory]
    [InlineData("Since this morning we get 403 Forbidden on POST /v2/rules.", "403", TicketRoute.EngineeringEscalation)]
    [InlineData("GET /v2/customers/42/history returns 404 for customers that exist.", "404", TicketRoute.EngineeringEscalation)]
    [InlineData("We get HTTP 403 for our admin key.", "403", TicketRoute.EngineeringEscalation)]
    [InlineData("error 404 on the export endpoint", "404", TicketRoute.EngineeringEscalation)]
    [InlineData("401 on every call since yesterday.", "401", TicketRoute.AutoResolve)]
    [InlineData("Getting 504s on /v2/batch since this morning.", "504", TicketRoute.EngineeringEscalation)]
    [InlineData("We get 5xx on all endpoints.", "5xx", TicketRoute.EngineeringEscalation)]
    public void Http_status_codes_in_every_common_spelling_are_api_errors(string body, string code, TicketRoute route)
    {
        var r = Triage(body);
        Assert.Equal(code, r.Signals.ApiErrorCode);
        Assert.Equal(route, r.Route);
    }

    [Theory]
    [InlineData("Just an idea, but a dark mode for the dashboard would be awesome.")]
    [InlineData("It would be awesome if we could export rules as YAML.")]
    [InlineData("Would love to see bulk edit one day - just an idea.")]
    public void Would_be_awesome_and_just_an_idea_are_feature_requests(string body)
    {
        var r = Triage(body);
        Assert.Equal(TicketRoute.FeatureRequestLog, r.Route);
        Assert.Contains(r.Actions, a => a.Action == EscalationActions.SendFeatureRequestTemplate);
    }

    [Theory]
    [InlineData("How do I cancel? We don't use it enough.")]
    [InlineData("Can you send us the renewal quote? We are looking at alternatives this year.")]
    public void How_do_I_cancel_and_a_renewal_while_looking_at_alternatives_are_billing_and_churn(string body)
    {
        var r = Triage(body);
        Assert.True(r.Signals.Billing);
        Assert.True(r.Signals.ChurnThreat);
        Assert.Equal(TicketRoute.Finance, r.Route);
        Assert.Contains(r.Actions, a => a.Action == EscalationActions.PageVpProduct);
    }

    [Fact]
    public void A_structured_platform_impact_over_20_percent_is_critical_with_the_page_and_status_update()
    {
        var request = TriageRequestJson.Read("""{"tier":"Professional","signals":{"platformImpactPct":21}}""").GetValueOrThrow();
        var r = TicketTriage.Default.Evaluate(request, Now);
        Assert.Equal(Priority.Critical, r.Priority);
        Assert.Contains(r.Actions, a => a.Action == EscalationActions.PageOnCallEngineer);
        Assert.Contains(r.Actions, a => a.Action == EscalationActions.PageVpProduct);
        Assert.Contains(r.Actions, a => a.Action == EscalationActions.UpdateStatusPage);
        Assert.Equal(EngineeringLevel.Urgent, r.EngineeringLevel);
        Assert.Contains(r.Trace, t => t.Rule == "triage.priority" && t.Reason.Contains("widespread outage, 21%", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("please cancel the duplicate order webhook", false)]
    [InlineData("We are canceling our subscription.", true)]
    public void One_churn_detector_for_triage_and_the_template_suggester(string message, bool churn)
    {
        var triage = Triage(message).Signals.ChurnThreat == true;
        var suggested = TemplateSuggester.Default.Evaluate(new CustomerSituation { SolutionFound = true, CustomerMessage = message }).Template == CustomerTemplates.D;
        Assert.Equal(churn, triage);
        Assert.Equal(churn, suggested);
    }

    [Fact]
    public void Every_extracted_signal_carries_its_evidence_into_the_trace()
    {
        var r = Triage("Since 09:00 about 30 % of our API calls fail, latency is 2.5 s. No data loss.");
        Assert.Equal(30m, r.Signals.PlatformImpactPct);
        Assert.Equal(Duration.FromMilliseconds(2500), r.Signals.Latency);
        Assert.Null(r.Signals.DataLoss);
        Assert.Contains(r.Trace, t => t.Rule == "triage.keyword.platformImpactPct" && t.Reason.Contains("30 %", StringComparison.Ordinal));
        Assert.Contains(r.Trace, t => t.Rule == "triage.keyword.dataLoss" && t.Reason.Contains("negated", StringComparison.Ordinal));
    }

    [Fact]
    public void Conflicting_evidence_needs_review_and_the_hold_policy_holds_the_page()
    {
        var request = new TriageRequest { Tier = Tier.Starter, Subject = "outage", Body = "hi" };
        var send = TicketTriage.Default.Evaluate(request, Now);
        Assert.True(send.NeedsReview, $"confidence {send.Confidence}");
        Assert.NotEmpty(send.ReviewReasons);
        Assert.Contains(send.Actions, a => a.Action == EscalationActions.PageOnCallEngineer);

        var hold = TicketTriage.Create(TriagePolicy.Default with { UncertainPages = UncertainPagePolicy.Hold }).Evaluate(request, Now);
        Assert.True(hold.PagesHeldForReview);
        Assert.DoesNotContain(hold.Actions, a => Pages.Contains(a.Action));
        Assert.Equal(EscalationActions.ReviewBeforePaging, hold.Actions[0].Action);
    }

    [Fact]
    public void A_host_extractor_combines_with_the_built_in_one()
    {
        var crm = new FixedExtractor(new TicketSignals { ChurnThreat = true });
        var triage = TicketTriage.Default.WithExtractor(SignalExtractors.Combine(crm, TicketTriage.Default.BuiltInExtractor));
        var r = triage.Evaluate(new TriageRequest { Tier = Tier.Professional, Body = "Production is down." }, Now);
        Assert.True(r.Signals.ChurnThreat);
        Assert.True(r.Signals.ProductionDown);
        Assert.Contains(r.Evidence, e => e.Where == "crm");
    }

    [Fact]
    public void A_failing_host_extractor_does_not_fail_triage()
    {
        var triage = TicketTriage.Default.WithExtractor(SignalExtractors.Combine(new ThrowingExtractor(), TicketTriage.Default.BuiltInExtractor));
        var r = triage.Evaluate(new TriageRequest { Tier = Tier.Professional, Body = "Production is down." }, Now);
        Assert.Equal(Priority.Critical, r.Priority);
        Assert.Contains(r.Evidence, e => e.Signal == "extractor");
    }

    private sealed class FixedExtractor(TicketSignals signals) : ISignalExtractor
    {
        public SignalExtraction Extract(TriageRequest request) => SignalExtraction.Of(signals, new SignalEvidence("churnThreat", "true", "renewal at risk", "crm"));
    }

    private sealed class ThrowingExtractor : ISignalExtractor
    {
        public SignalExtraction Extract(TriageRequest request) => throw new InvalidOperationException("boom");
    }
}

/// <summary>The extractor's properties (FsCheck).</summary>
public sealed class SignalExtractionProperties
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 17, 0);

    private static readonly string[] Triggers =
    [
        "production is down", "outage", "data loss", "losing money", "is broken", "not working", "we are leaving", "we are canceling our contract",
        "data corruption", "a security vulnerability", "all calls fail",
    ];

    private static readonly string[] Fillers =
    [
        "Hello.", "Our team uses TAI daily.", "Thanks!", "The dashboard looks nice.", "We have 12 rules.", "Regards, Ann.", "Quick note:", "See below.",
        "The export works.", "", "FYI", "Since 9am", "on the EU cluster",
    ];

    private static readonly string[] Outages = ["outage", "production outage", "site is down", "API is down", "everything is down", "TAI is down"];

    private static readonly string[] PastRewrites =
    [
        "Last week's {0} was resolved quickly.", "The {0} from yesterday is over.", "After yesterday's {0} we want the post-mortem.",
        "Earlier this month there was an {0}, it was fixed.", "What happens if there is an {0}?", "Could you send the report about last month's {0}?",
        "In case of an {0}, who do we call?",
    ];

    private static Gen<string> Filler => Gen.Elements(Fillers);

    private static Gen<Tier> Tiers => Gen.Elements(Tier.Starter, Tier.Professional, Tier.Enterprise);

    private static readonly string[] PageActions =
    [
        EscalationActions.PageVpProduct, EscalationActions.PageVpProductOrCsm, EscalationActions.PageGeneralCounsel, EscalationActions.PageCiso,
        EscalationActions.UpdateStatusPage, EscalationActions.PageOnCallEngineer, EscalationActions.PageEngineering,
    ];

    private static readonly (string Said, string Negated)[] Negations =
    [
        ("there is an outage", "there is no outage"), ("we have data loss", "we have no data loss"), ("we are losing money", "we are not losing money"),
        ("the export is broken", "the export is not broken"), ("we are leaving", "we are not leaving"),
        ("we are canceling our contract", "we are not canceling our contract"), ("there is data corruption", "there is no data corruption"),
        ("this is a security vulnerability", "this is not a security vulnerability"), ("all calls fail", "not all calls fail"),
        ("the site is down", "the site is not down"), ("production is down", "production is not down"), ("it is blocking us", "it is not blocking us"),
        ("the API is down", "the API is never down"), ("we lost data", "we never lost data"),
    ];

    [Property(MaxTest = 300)]
    public Property A_negation_around_a_trigger_phrase_never_raises_priority() =>
        Prop.ForAll(
            Arb.From(from before in Filler from after in Filler from pair in Gen.Elements(Negations) from tier in Tiers select (before, after, pair, tier)),
            x =>
            {
                var plain = TicketTriage.Default.Evaluate(new TriageRequest { Tier = x.tier, Body = $"{x.before} {x.after}" }, Now);
                var negated = TicketTriage.Default.Evaluate(new TriageRequest { Tier = x.tier, Body = $"{x.before} {x.pair.Negated}. {x.after}" }, Now);
                return (negated.Priority <= plain.Priority).Label($"{plain.Priority} → {negated.Priority}: {x.pair.Negated}");
            });

    [Property(MaxTest = 300)]
    public Property A_past_tense_or_hypothetical_rewrite_of_an_outage_never_pages() =>
        Prop.ForAll(
            Arb.From(from before in Filler from rewrite in Gen.Elements(PastRewrites) from outage in Gen.Elements(Outages) from tier in Tiers
                     select (before, text: string.Format(System.Globalization.CultureInfo.InvariantCulture, rewrite, outage), tier)),
            x =>
            {
                var r = TicketTriage.Default.Evaluate(new TriageRequest { Tier = x.tier, Body = $"{x.before} {x.text}" }, Now);
                return (!r.Actions.Any(a => PageActions.Contains(a.Action)) && r.Priority != Priority.Critical).Label($"{x.text} → {r.Priority}, {string.Join(",", r.Actions.Select(a => a.Action))}");
            });

    [Property(MaxTest = 300)]
    public Property Structured_signals_always_win_over_text() =>
        Prop.ForAll(
            Arb.From(from trigger in Gen.Elements(Triggers) from filler in Filler from value in Gen.Elements(true, false) from tier in Tiers select (trigger, filler, value, tier)),
            x =>
            {
                var given = new TicketSignals
                {
                    ProductionDown = x.value, DataLoss = x.value, LosingMoney = x.value, FeatureBroken = x.value, ChurnThreat = x.value,
                    SecurityVulnerability = x.value,
                };
                var r = TicketTriage.Default.Evaluate(new TriageRequest { Tier = x.tier, Body = $"{x.filler} {x.trigger}.", Signals = given }, Now);
                var s = r.Signals;
                return (s.ProductionDown == x.value && s.DataLoss == x.value && s.LosingMoney == x.value && s.FeatureBroken == x.value
                        && s.ChurnThreat == x.value && s.SecurityVulnerability == x.value).Label($"{x.value}: {x.trigger}");
            });

    [Property(MaxTest = 500)]
    public Property The_extractor_never_throws_on_any_string() =>
        Prop.ForAll(Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Surrogates, Mixed)), text =>
        {
            var found = TextSignalExtractor.Default.Extract(new TriageRequest { Tier = Tier.Starter, Subject = text ?? string.Empty, Body = text ?? string.Empty });
            var r = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Enterprise, Body = text ?? string.Empty }, Now);
            return (found.Signals is not null && Enum.IsDefined(r.Priority)).Label("extracted");
        });

    [Fact]
    public void The_extractor_handles_huge_inputs_and_lone_surrogates()
    {
        var huge = string.Concat(Enumerable.Repeat("Production is down? No. 401 500 $12,000 40 % 2.5 s \uD800 x\uDC00 cancel leaving — ", 20_000));
        var r = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Enterprise, Subject = huge, Body = huge }, Now);
        Assert.True(Enum.IsDefined(r.Priority));
        var digits = new string('9', 100_000);
        Assert.NotNull(TextSignalExtractor.Default.Extract(new TriageRequest { Tier = Tier.Starter, Body = digits + "% of calls fail, $" + digits }));
    }

    private static Gen<string> Surrogates =>
        from n in Gen.Choose(0, 40)
        from chars in Gen.ArrayOf(Gen.Elements('\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a', '4', '0', '1', '%', '$', ' ', '.', '?', '\n', '>', '-', '\''), n)
        select new string(chars);

    private static Gen<string> Mixed =>
        from parts in Gen.ArrayOf(Gen.Elements(
            "outage", "not", "no", "last week's", "if", "401", "HTTP", "5xx", "504s", "$", "12,000", "1.5", "%", "ms", "s", "k", "USD", "cancel",
            "leaving", "we", "the", "?", ".", "\n> ", "\n--\n", "Re:", "workaround", "didn't", "work", " ", " ", "—", "(", ")", "#", "2026-03-02"))
        select string.Join(" ", parts);
}

/// <summary>Runbooks and auto-replies as data (§2.1, §10.3) and the feature-request review.</summary>
public sealed class RunbookTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 17, 0);

    [Fact]
    public void The_default_library_is_valid_and_links_the_auto_resolve_codes()
    {
        Assert.True(RunbookLibrary.Validate(RunbookLibrary.Default).IsValid);
        var r = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Starter, Body = "401 on every call since yesterday." }, Now);
        var link = RunbookLibrary.Default.For(r);
        Assert.Equal("api-errors/401-unauthorized", link.RunbookId);
        Assert.Contains("HTTP 401", link.AutoReply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_request_gets_the_manual_template()
    {
        var r = TicketTriage.Default.Evaluate(new TriageRequest { Tier = Tier.Starter, Body = "Just an idea: dark mode would be awesome." }, Now);
        Assert.StartsWith("Thanks for suggestion! We're tracking in Jira", RunbookLibrary.Default.For(r).AutoReply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_unknown_runbook_is_a_problem()
    {
        var bad = RunbookLibrary.Default with { Routes = RunbookLibrary.Default.Routes.SetItem(TicketRoute.Finance, "billing-issues/nope") };
        Assert.Contains(RunbookLibrary.Validate(bad).Errors, e => e.ErrorMessage.Contains("Finance", StringComparison.Ordinal));
    }

    [Fact]
    public void The_monthly_review_counts_by_theme_and_tier()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var review = FeatureRequestLog.Review(
        [
            new("A", Instant.FromUtc(2026, 3, 1, 12, 0), Tier.Enterprise, "sso"),
            new("B", Instant.FromUtc(2026, 3, 5, 12, 0), Tier.Starter, "SSO"),
            new("C", Instant.FromUtc(2026, 3, 9, 12, 0), Tier.Starter, "export"),
            new("D", Instant.FromUtc(2026, 3, 1, 7, 0), Tier.Starter, "export"), // 2026-02-28 23:00 in Los Angeles
        ], new YearMonth(2026, 3), zone);
        Assert.Equal(3, review.Total);
        Assert.Equal(new KeyValuePair<string, int>("sso", 2), review.ByTheme[0]);
        Assert.Equal(2, review.ByTier[Tier.Starter]);
        Assert.Equal(1, review.ByThemeAndTier["sso"][Tier.Enterprise]);
    }
}
