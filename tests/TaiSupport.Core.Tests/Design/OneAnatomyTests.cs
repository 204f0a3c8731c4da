using System.Reflection;
using TaiSupport.Core.Communication;
using TaiSupport.Core.Customers;
using TaiSupport.Core.Incidents;
using TaiSupport.Core.KnowledgeBase;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Reporting;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Design;

/// <summary>
/// One anatomy per capability (issue 12; docs/architecture.md "One anatomy"): every engine is built one way — a public
/// constructor taking its policy first (then the engines it uses), validating it — has a static <c>Default</c> and exposes
/// the policy it applies; and it answers with one verb family: <c>Evaluate</c> (decide about a case at an instant) or
/// <c>Build</c> (produce a report or record over a period). The table is the contract: a new engine or verb fails here
/// until it is added to the table and to the page.
/// </summary>
public sealed class OneAnatomyTests
{
    /// <summary>Engine, policy type, policy property, family, the verbs it answers with.</summary>
    public static TheoryData<Type, Type, string, string, string[]> Engines() => new()
    {
        { typeof(SlaEvaluator), typeof(SlaPolicy), "Policy", "Evaluate", ["Evaluate", "EvaluateAll", "EvaluateQueue"] },
        { typeof(TicketTriage), typeof(TriagePolicy), "Policy", "Evaluate", ["Evaluate", "EvaluateClassification", "EvaluateRoute"] },
        { typeof(TicketAssigner), typeof(Core.Escalation.AssignmentPolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(TicketLife), typeof(TicketLifePolicy), "Versions", "Evaluate", ["Evaluate", "NextCheckAt"] },
        { typeof(IncidentEngine), typeof(IncidentPolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(TemplateSuggester), typeof(CustomerTemplatePolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(WordsChecker), typeof(WordsPolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(OnCallPayroll), typeof(OnCallPayPolicy), "Policy", "Build", ["Build"] },
        { typeof(QaAuditor), typeof(QaPolicy), "Policy", "Build", ["BuildSample", "BuildScore", "BuildScores"] },
        { typeof(ReportBuilder), typeof(ReportPolicy), "Policy", "Build", ["BuildDaily", "BuildWeekly", "BuildHandoff", "BuildStandup"] },
        { typeof(KbReviewer), typeof(KbUpkeepPolicy), "Policy", "Build", ["Build"] },
        { typeof(RotaPlanner), typeof(OnCallPolicy), "Policy", "Build", ["Build"] },
        { typeof(RotaAuditor), typeof(OnCallPolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(CustomerHealthMonitor), typeof(CustomerHealthPolicy), "Policy", "Evaluate", ["Evaluate", "EvaluateDailyList"] },
        { typeof(IncidentTicketLinker), typeof(IncidentTicketPolicy), "Policy", "Evaluate", ["EvaluateAffected", "EvaluateClusters", "EvaluateLinks"] },
        { typeof(IncidentMessenger), typeof(IncidentPolicy), "Policy", "Build", ["Build", "BuildPostMortem", "BuildResolutionNotice"] },
        { typeof(SwapCoordinator), typeof(OnCallPolicy), "Policy", "Evaluate", ["EvaluateAcceptance", "EvaluateCancellation", "EvaluateDecline", "EvaluateProposal"] },
        { typeof(EquityReporter), typeof(OnCallPolicy), "Policy", "Build", ["Build"] },
        { typeof(IncidentFollowUpTracker), typeof(IncidentPolicy), "Policy", "Evaluate", ["EvaluateChannels", "EvaluateClosure", "EvaluateDataAtRisk"] },
    };

    /// <summary>
    /// Verbs outside their family, each with why it stays (docs/architecture.md, "One anatomy"): a verb may only leave
    /// this list.
    /// </summary>
    private static readonly Dictionary<string, string> KnownExceptions = new()
    {
        ["TicketLife.NextCheckAt"] = "answers when to look again (an instant), not a decision; the name of the result field and the helpdesk watcher's column",
    };

    [Theory]
    [MemberData(nameof(Engines))]
    public void Every_engine_is_built_one_way_from_its_policy(Type engine, Type policy, string policyProperty, string family, string[] verbs)
    {
        _ = family;
        _ = verbs;
        Assert.True(engine.IsSealed && engine.IsClass, $"{engine.Name} is a sealed class");
        Assert.Contains(engine.GetConstructors(), c => c.GetParameters() is [var first, ..] && first.ParameterType == policy);
        var defaultProperty = engine.GetProperty("Default", BindingFlags.Public | BindingFlags.Static);
        Assert.True(defaultProperty?.PropertyType == engine, $"{engine.Name}.Default");
        Assert.NotNull(defaultProperty!.GetValue(null));
        Assert.NotNull(engine.GetProperty(policyProperty, BindingFlags.Public | BindingFlags.Instance));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Every_engine_answers_with_its_verb_family_only(Type engine, Type policy, string policyProperty, string family, string[] verbs)
    {
        _ = policy;
        _ = policyProperty;
        var answered = engine.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.Name.StartsWith("With", StringComparison.Ordinal) && m.Name is not ("Equals" or "GetHashCode" or "ToString" or "<Clone>$" or "PrintMembers"))
            .Select(m => m.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(verbs.Order(StringComparer.Ordinal), answered);
        var outside = verbs.Where(v => !v.StartsWith(family, StringComparison.Ordinal)).Select(v => $"{engine.Name}.{v}").ToList();
        Assert.All(outside, v => Assert.Contains(v, KnownExceptions.Keys));
    }

    [Fact]
    public void The_static_entry_points_and_the_engines_agree()
    {
        var signals = new IncidentSignals { ApiDown = Duration.FromMinutes(4) };
        Assert.Equal(IncidentDeclaration.Assess(signals, IncidentPolicy.Default).Level, IncidentEngine.Default.Evaluate(signals).Level);
        Assert.Equal(IncidentLevel.P1, IncidentEngine.Default.Evaluate(signals).Level);
        var invalid = new IncidentSignals { ApiDown = Duration.FromMinutes(-5) };
        var thrown = Assert.Throws<TaiValidationException>(() => IncidentEngine.Default.Evaluate(invalid));
        Assert.Contains(thrown.Errors, e => e.PropertyName == "apiDownMinutes");
    }

    [Fact]
    public void An_engine_refuses_an_invalid_policy_with_its_paths()
    {
        var e = Assert.Throws<TaiValidationException>(() => new QaAuditor(QaPolicy.Default with { SamplePercent = 500 }, SlaEvaluator.Default));
        Assert.Equal("QA policy", e.Input);
        Assert.NotEmpty(e.Errors);
        Assert.Throws<TaiValidationException>(() => new KbReviewer(KbUpkeepPolicy.Default with { StaleAfterMonths = -1 }));
    }

    [Fact]
    public void Every_engine_refuses_an_invalid_policy_with_the_one_exception()
    {
        var rota = Assert.Throws<TaiValidationException>(() => new RotaPlanner(OnCallPolicy.Default with { Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 0 } }));
        Assert.Equal("on-call policy", rota.Input);
        Assert.Contains(rota.Errors, e => e.PropertyName == "fairness.maxWeeksPerQuarter");
        Assert.Throws<TaiValidationException>(() => new RotaAuditor(OnCallPolicy.Default with { Compensation = CompensationPolicy.Default with { HourlyRate = -1 } }));
        Assert.Throws<TaiValidationException>(() => new CustomerHealthMonitor(CustomerHealthPolicy.Default with { SameIssueTicketsAtLeast = 1 }));
        Assert.Throws<TaiValidationException>(() => new IncidentTicketLinker(IncidentTicketPolicy.Default with { ClusterWindow = Duration.Zero }));
        Assert.Throws<TaiValidationException>(() => new IncidentMessenger(IncidentPolicy.Default with { ServiceCreditPct = 250 }));
        Assert.Throws<ArgumentNullException>(() => new RotaAuditor(null!));
        var swaps = Assert.Throws<TaiValidationException>(() => new SwapCoordinator(OnCallPolicy.Default with { Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 0 } }));
        Assert.Equal("on-call policy", swaps.Input);
        Assert.Contains(swaps.Errors, e => e.PropertyName == "fairness.maxWeeksPerQuarter");
        var equity = Assert.Throws<TaiValidationException>(() => new EquityReporter(OnCallPolicy.Default with { Compensation = CompensationPolicy.Default with { HourlyRate = -1 } }));
        Assert.Contains(equity.Errors, e => e.PropertyName.StartsWith("compensation.", StringComparison.Ordinal));
        var followUp = Assert.Throws<TaiValidationException>(() => new IncidentFollowUpTracker(IncidentPolicy.Default with { ServiceCreditPct = 250 }));
        Assert.Equal("incident policy", followUp.Input);
        Assert.NotEmpty(followUp.Errors);
    }

    [Fact]
    public void The_new_engines_agree_with_their_static_equivalents()
    {
        var now = Instant.FromUtc(2026, 3, 2, 15, 0);
        var customer = new CustomerRecord { Id = "acme", Tier = Core.Tickets.Tier.Enterprise, LastApiCallAt = now - Duration.FromDays(20) };
        var list = CustomerHealthMonitor.Default.EvaluateDailyList([customer], now);
        Assert.Equal(CustomerHealth.DailyList([customer], now, CustomerHealthPolicy.Default).Select(Describe), list.Select(Describe));
        Assert.Equal("acme", Assert.Single(list).CustomerId);

        var tickets = Enumerable.Range(1, 5).Select(i => new IncidentTicket
        {
            TicketId = $"T{i}", CustomerId = $"c{i}", Tier = Core.Tickets.Tier.Enterprise, OpenedAt = now + Duration.FromMinutes(i), Text = "webhooks failing",
        }).ToArray();
        var clusters = IncidentTicketLinker.Default.EvaluateClusters(tickets);
        Assert.Equal(IncidentTickets.Clusters(tickets, IncidentTicketPolicy.Default).Select(c => c.Summary), clusters.Select(c => c.Summary));
        Assert.NotEmpty(clusters);
        Assert.Equal(5, IncidentTicketLinker.Default.EvaluateAffected(["T1", "T2", "T3", "T4", "T5"], tickets).Customers);

        var record = new IncidentRecord { Id = "INC-1", Level = IncidentLevel.P1, DeclaredAt = now };
        var notice = IncidentMessenger.Default.BuildResolutionNotice(record);
        Assert.Equal(IncidentMessages.RenderResolutionNotice(record, IncidentPolicy.Default).Problems.Select(p => p.PropertyName), notice.Problems.Select(p => p.PropertyName));
        Assert.Contains(notice.Problems, p => p.PropertyName == "resolvedAt");
    }

    [Fact]
    public void The_last_engines_agree_with_their_static_equivalents()
    {
        // Round robin of four from Monday 2026-01-05: Marcus holds Jan 12; Sarah covering it takes a fifth week (§5.4, D19).
        var schedule = OnCallSchedule.RoundRobin(
            new OnCallTeam { Rotations = [OnCallRotations.Support.WithParticipants(["Sarah", "Marcus", "Jessica", "Alex"])] }, new LocalDate(2026, 1, 5), new LocalDate(2026, 4, 6));
        var request = new SwapRequest { Id = "s-1", RequestedBy = "Marcus", CoveredBy = "Sarah", Give = ShiftPart.WholeShift(schedule, OnCallLevel.Support, new LocalDate(2026, 1, 12))! };
        var proposal = SwapCoordinator.Default.EvaluateProposal(schedule, request, null);
        Assert.Equal(SwapDesk.Propose(schedule, request).Trace.Select(t => t.ToString()), proposal.Trace.Select(t => t.ToString()));
        Assert.Contains(proposal.Trace, t => t.Rule == OnCallRuleIds.QuarterLimit);
        var refused = SwapCoordinator.Default.EvaluateAcceptance(schedule, request, "Lead", null);
        Assert.Equal(SwapDesk.Accept(schedule, request, "Lead").Violations.Select(v => v.Message), refused.Violations.Select(v => v.Message));
        Assert.Equal(SwapStatus.Refused, refused.Request.Status);
        Assert.Equal(SwapStatus.Declined, SwapCoordinator.Default.EvaluateDecline(schedule, request, "Sarah").Request.Status);
        Assert.False(SwapCoordinator.Default.EvaluateCancellation(schedule, request, "Sarah").Succeeded); // only Marcus, who asked

        // The engine's policy replaces the team's: five weeks a quarter allowed, the quarter limit no longer fires.
        var lenient = new SwapCoordinator(OnCallPolicy.Default with { Fairness = FairnessRules.Default with { MaxWeeksPerQuarter = 5 } });
        Assert.DoesNotContain(lenient.EvaluateProposal(schedule, request, null).Trace, t => t.Rule == OnCallRuleIds.QuarterLimit);

        var (from, through) = (new LocalDate(2026, 1, 5), new LocalDate(2026, 2, 1));
        var report = EquityReporter.Default.Build(schedule, from, through, null);
        Assert.Equal(OnCallEquity.Report(schedule, from, through, null).Levels.Select(l => (l.Rotation, l.Score)), report.Levels.Select(l => (l.Rotation, l.Score)));
        Assert.Equal(4, Assert.Single(report.Levels).People.Length);

        var now = Instant.FromUtc(2026, 3, 2, 15, 0);
        var tickets = new[] { new IncidentTicket { TicketId = "T1", CustomerId = "c1", Tier = Core.Tickets.Tier.Enterprise, OpenedAt = now, Text = "webhooks failing", Phone = "+1-555-0101" } };
        var affected = IncidentTicketLinker.Default.EvaluateAffected(["T1"], tickets);
        var channels = IncidentFollowUpTracker.Default.EvaluateChannels(affected, tickets);
        Assert.Equal(IncidentFollowUp.Channels(affected, tickets, IncidentPolicy.Default).Select(c => c.ToString()), channels.Select(c => c.ToString()));
        Assert.Equal(["statusPage", "email", "phone", "slack"], channels.Select(c => c.Channel));
        var every30 = new IncidentFollowUpTracker(IncidentPolicy.Default with { StatusUpdateEvery = Duration.FromMinutes(30) });
        Assert.Equal(Duration.FromMinutes(30), every30.EvaluateChannels(affected, tickets)[0].Action.Within);

        var resolved = new IncidentRecord { Id = "INC-1", Level = IncidentLevel.P1, DeclaredAt = now, ResolvedAt = now + Duration.FromHours(2) };
        var later = now + Duration.FromDays(2);
        Assert.Equal(IncidentFollowUp.Closure(resolved, null, null, later, IncidentPolicy.Default).Select(t => t.ToString()), IncidentFollowUpTracker.Default.EvaluateClosure(resolved, null, null, later).Select(t => t.ToString()));
        Assert.True(IncidentFollowUpTracker.Default.EvaluateClosure(resolved, null, null, later)[0].Overdue); // published within 24 h (§1.3)
        Assert.NotNull(IncidentFollowUpTracker.Default.EvaluateDataAtRisk(new IncidentSignals { DataLoss = true }, out var trace));
        Assert.Equal("incident.data-at-risk.fired", trace.Rule);
    }

    private static string Describe(CustomerHealthResult r) => $"{r.CustomerId}: {string.Join(", ", r.Triggers.Select(t => t.Trigger))}";
}
