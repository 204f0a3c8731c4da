using System.Reflection;
using TaiSupport.Core.Communication;
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
        { typeof(SlaEvaluator), typeof(SlaPolicy), "Policy", "Evaluate", ["Evaluate", "EvaluateAll", "Queue"] },
        { typeof(TicketTriage), typeof(TriagePolicy), "Policy", "Evaluate", ["Evaluate", "Classify", "Route"] },
        { typeof(TicketAssigner), typeof(Core.Escalation.AssignmentPolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(TicketLife), typeof(TicketLifePolicy), "Versions", "Evaluate", ["Evaluate", "NextCheckAt"] },
        { typeof(IncidentEngine), typeof(IncidentPolicy), "Policy", "Evaluate", ["Evaluate"] },
        { typeof(TemplateSuggester), typeof(CustomerTemplatePolicy), "Policy", "Evaluate", ["Suggest"] },
        { typeof(WordsChecker), typeof(WordsPolicy), "Policy", "Evaluate", ["Check"] },
        { typeof(OnCallPayroll), typeof(OnCallPayPolicy), "Policy", "Build", ["Build"] },
        { typeof(QaAuditor), typeof(QaPolicy), "Policy", "Build", ["BuildSample", "BuildScore", "BuildScores"] },
        { typeof(ReportBuilder), typeof(ReportPolicy), "Policy", "Build", ["BuildDaily", "BuildWeekly", "BuildHandoff", "BuildStandup"] },
        { typeof(KbReviewer), typeof(KbUpkeepPolicy), "Policy", "Build", ["Build"] },
    };

    /// <summary>
    /// Verbs outside their family, kept for now and named in docs/architecture.md as the next renames: a verb may only
    /// leave this list.
    /// </summary>
    private static readonly HashSet<string> KnownExceptions =
        ["SlaEvaluator.Queue", "TicketTriage.Classify", "TicketTriage.Route", "TicketLife.NextCheckAt", "TemplateSuggester.Suggest", "WordsChecker.Check"];

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
        Assert.All(outside, v => Assert.Contains(v, KnownExceptions));
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
}
