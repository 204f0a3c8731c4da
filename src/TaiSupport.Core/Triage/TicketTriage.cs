using System.Collections.Frozen;
using System.Globalization;
using System.Collections.Immutable;
using FluentValidation;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Escalation.EscalationActions;

namespace TaiSupport.Core.Triage;

/// <summary>
/// The triage engine: classification (D11), routing (§2.1, D12) and the §4 trees (D13–D15) compiled once from a
/// <see cref="TriagePolicy"/>. Immutable and thread-safe; create it once and reuse it.
/// </summary>
/// <remarks>
/// <see cref="Evaluate"/> runs, in order: <see cref="EvaluateClassification"/> (keywords fill unknown signals; priority from the
/// quick reference "Severity Decision" with the policy's floors; category), <see cref="TicketRoute"/> (first match wins),
/// then the trees <see cref="EscalationCriteria"/> (§4.2), <see cref="ChurnTriggers"/> (§4.3), <see cref="TierMatrix"/>
/// (§4.1) and <see cref="EngineeringEscalation"/> (§4.4). Replace a tree with <see cref="With"/>, for example with one
/// that has a check of yours inserted.
/// </remarks>
/// <example>
/// <code>
/// var triage = TicketTriage.Default;
/// var result = triage.Evaluate(new TriageRequest { Id = "T1", Tier = Tier.Professional, Subject = "Production down!" }, now);
/// // result.Priority == Priority.Critical, result.Route == Route.ChurnEscalation,
/// // result.Actions: pageVpProductOrCsm (immediately), pageVpProduct and pageOnCallEngineer (within 1 h), …
/// foreach (var step in result.Trace) Console.WriteLine(step);
/// </code>
/// </example>
public sealed class TicketTriage
{
    private const string ClassificationSource = "§2.2.1, quick reference \"Severity Decision\", D11";
    private const string RoutingSource = "§2.1, D12";
    private const string ReaderSource = "second reader, policy secondReader";

    /// <summary>The fewest words (subject and body) the second reader reads: below this its counts say too little.</summary>
    internal const int ReaderMinimumWords = 20;

    /// <summary>The trace rule of each known evidence signal (<c>triage.keyword.{signal}</c>), built once.</summary>
    private static readonly FrozenDictionary<string, string> KeywordRules =
        new[] { "apiErrorCode", "platformImpactPct", "errorRatePct", "latencyMs", "financialImpact", "extractor" }
            .Concat(Enum.GetNames<KeywordSignal>().Select(TriagePolicyValidator.JsonName))
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(n => n, n => "triage.keyword." + n, StringComparer.Ordinal);

    /// <summary>The classification steps whose wording never varies, built once.</summary>
    private static class PrioritySteps
    {
        public static readonly TraceStep ProductionDown = Step("Critical: TAI is down (productionDown)");
        public static readonly TraceStep LosingMoney = Step("Critical: the customer is losing money (losingMoney)");
        public static readonly TraceStep BrokenWithWorkaround = Step("Medium: feature broken, workaround exists");
        public static readonly TraceStep BrokenNoWorkaround = Step("High: feature broken, no workaround");
        public static readonly TraceStep BrokenWorkaroundUnknown = Step("High: feature broken, no workaround known");
        public static readonly TraceStep WorkaroundImpliesBroken = Step("Medium: the customer works around something, so something is broken, with a workaround");
        public static readonly TraceStep NoWorkaroundImpliesBroken = Step("High: the customer has no other way to do something, so something is broken, without a workaround");
        public static readonly TraceStep Cosmetic = Step("Low: cosmetic or documentation");
        public static readonly TraceStep PotentialBug = Step("Medium: a potential bug or an edge case (§4.4 MEDIUM)");
        public static readonly TraceStep Default = Step("Low: nothing makes a higher priority clear (default Low)");

        private static TraceStep Step(string reason) => new("triage.priority", ClassificationSource, reason);
    }

    /// <summary>The routing decisions whose wording never varies, built once.</summary>
    private static class Routes
    {
        public static readonly DecisionAction PageVpProductOrCsm = Act(EscalationActions.PageVpProductOrCsm, Duration.Zero, "Page VP Product / CSM");

        public static readonly RoutingDecision Finance = Routed(
            Tickets.TicketRoute.Finance, "billing/account question", Act(RouteToFinance, null, "Route to Finance / Account Manager"));

        public static readonly RoutingDecision FeatureRequestLog = Routed(
            Tickets.TicketRoute.FeatureRequestLog, "feature request or enhancement",
            Act(SendFeatureRequestTemplate, null, "Send template: \"Thanks for suggestion! We're tracking in Jira...\""),
            Act(AddToFeatureRequestLog, null, "Add to the feature-request log (monthly review)"));

        public static readonly RoutingDecision MarkedUrgent = Routed(Tickets.TicketRoute.ChurnEscalation, "marked urgent", PageVpProductOrCsm);

        public static readonly RoutingDecision Critical = Routed(Tickets.TicketRoute.ChurnEscalation, "critical priority", PageVpProductOrCsm);

        public static readonly RoutingDecision Standard = Routed(Tickets.TicketRoute.StandardSupport, "no API error, billing, feature request, urgency or churn risk");

        public static readonly DecisionAction ToEngineering = Act(RouteToEngineeringEscalations, null, "Route to Engineering Escalations");

        /// <summary>What a route requires by itself, the same actions the rules attach to it (the second reader's routes).</summary>
        public static ImmutableArray<DecisionAction> ActionsOf(TicketRoute route) => route switch
        {
            Tickets.TicketRoute.Finance => Finance.Actions,
            Tickets.TicketRoute.FeatureRequestLog => FeatureRequestLog.Actions,
            Tickets.TicketRoute.ChurnEscalation => Critical.Actions,
            Tickets.TicketRoute.EngineeringEscalation => [ToEngineering],
            _ => Standard.Actions,
        };
    }

    /// <summary>The cosmetic phrases that name documentation rather than the product's screens and are no
    /// <see cref="DocumentationNouns"/> themselves (<see cref="IsProductCosmetic"/>).</summary>
    private static readonly FrozenSet<string> DocumentationWords = new[] { "docu", "quick start", "curl example", "broken link" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The nouns that put a cosmetic defect in the documentation (<see cref="IsProductCosmetic"/>).</summary>
    private static readonly string[] DocumentationNouns = ["article", "help center", "help centre", "knowledge base", "guide", "tutorial", "readme", "documentation", "docs"];

    private static class CategorySteps
    {
        public static readonly TraceStep Billing = CategoryStep("Billing: billing/account question");
        public static readonly TraceStep Platform = CategoryStep("Platform: the platform is down or degraded, data was lost, or a security hole");
        public static readonly TraceStep Cosmetic = CategoryStep("Other: cosmetic or documentation");
        public static readonly TraceStep CosmeticDefect = CategoryStep("Feature: a cosmetic defect of the product (quick reference: LOW on the feature ladder), not documentation");
        public static readonly TraceStep Integration = CategoryStep("Integration: an integration");
        public static readonly TraceStep Feature = CategoryStep("Feature: about a feature");
        public static readonly TraceStep Other = CategoryStep("Other: no category signal");
    }

    /// <summary>
    /// This thread's classification trace builder, kept between classifications so that one allocates only its
    /// result's array (taken and put back as <c>TextSignalExtractor</c> does with its evidence builder).
    /// </summary>
    [ThreadStatic]
    private static ImmutableArray<TraceStep>.Builder? spareTrace;

    private readonly FrozenSet<string> autoResolve;
    private readonly string autoResolveText;
    private readonly BusinessCalendar mediumCalendar;

    private TicketTriage(TriagePolicy policy, BusinessCalendar mediumCalendar)
    {
        Policy = policy;
        this.mediumCalendar = mediumCalendar;
        BuiltInExtractor = ReferenceEquals(policy, TriagePolicy.Default) && TextSignalExtractor.Default is { } d ? d : new TextSignalExtractor(policy);
        Extractor = BuiltInExtractor;
        autoResolve = policy.AutoResolveApiErrors.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        autoResolveText = string.Join(", ", policy.AutoResolveApiErrors);
        EscalationCriteria = EscalationTrees.EscalationCriteria(policy.Escalation);
        TierMatrix = EscalationTrees.TierMatrix(policy.Escalation);
        ChurnTriggers = EscalationTrees.ChurnTriggers(policy.Escalation);
        EngineeringEscalation = EscalationTrees.EngineeringEscalation(policy.Escalation, mediumCalendar);
        Reader = policy.SecondReader ? TriageReaderModel.Default : null;
    }

    private TicketTriage(TicketTriage other)
    {
        Policy = other.Policy;
        BuiltInExtractor = other.BuiltInExtractor;
        Extractor = other.Extractor;
        autoResolve = other.autoResolve;
        autoResolveText = other.autoResolveText;
        mediumCalendar = other.mediumCalendar;
        EscalationCriteria = other.EscalationCriteria;
        TierMatrix = other.TierMatrix;
        ChurnTriggers = other.ChurnTriggers;
        EngineeringEscalation = other.EngineeringEscalation;
        Reader = other.Reader;
    }

    /// <summary>The engine for <see cref="TriagePolicy.Default"/>.</summary>
    public static TicketTriage Default { get; } = Create(TriagePolicy.Default);

    /// <summary>The policy the engine was compiled from.</summary>
    public TriagePolicy Policy { get; }

    /// <summary>The signal-extraction stage classification uses: <see cref="BuiltInExtractor"/> unless replaced with <see cref="WithExtractor"/>.</summary>
    public ISignalExtractor Extractor { get; private init; }

    /// <summary>The built-in extractor compiled from the policy's phrases (<see cref="TextSignalExtractor"/>).</summary>
    public TextSignalExtractor BuiltInExtractor { get; }

    /// <summary>A copy of this engine that reads text with <paramref name="extractor"/> (for example the built-in one combined with a host's, see <see cref="SignalExtractors.Combine"/>).</summary>
    /// <param name="extractor">The extractor.</param>
    /// <returns>The new engine; this one is unchanged.</returns>
    public TicketTriage WithExtractor(ISignalExtractor extractor) => new(this) { Extractor = extractor ?? throw new ArgumentNullException(nameof(extractor)) };

    /// <summary>The second reader <see cref="Evaluate"/> asks after the rules (<see cref="TriagePolicy.SecondReader"/>); null when off.</summary>
    internal TriageReaderModel? Reader { get; private init; }

    /// <summary>A copy of this engine with another second reader (cross-validation trains one per held-out writer); null turns it off.</summary>
    /// <param name="reader">The model.</param>
    /// <returns>The new engine.</returns>
    internal TicketTriage WithReader(TriageReaderModel? reader) => new(this) { Reader = reader };

    /// <summary>The §4.2 escalation criteria tree (D13).</summary>
    public DecisionTree<EscalationCase> EscalationCriteria { get; private init; }

    /// <summary>The §4.1 tier escalation matrix tree.</summary>
    public DecisionTree<EscalationCase> TierMatrix { get; private init; }

    /// <summary>The §4.3 churn triggers tree (D14).</summary>
    public DecisionTree<EscalationCase> ChurnTriggers { get; private init; }

    /// <summary>The §4.4 engineering escalation tree (D15).</summary>
    public DecisionTree<EscalationCase> EngineeringEscalation { get; private init; }

    /// <summary>Builds the engine for a policy (one anatomy, docs/architecture.md): the same as <see cref="Create"/>.</summary>
    /// <param name="policy">The policy; validated.</param>
    /// <param name="calendars">Calendars by id, for <see cref="EscalationPolicy.MediumResponseCalendar"/>; the built-in ids work without it.</param>
    /// <exception cref="ValidationException">The policy is invalid.</exception>
    /// <exception cref="ArgumentException">The MEDIUM calendar id is neither in <paramref name="calendars"/> nor built in.</exception>
    public TicketTriage(TriagePolicy policy, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
        : this(Create(policy, calendars))
    {
    }

    /// <summary>Compiles a policy: validates it, compiles its keywords and builds the manual's trees.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="calendars">Calendars by id, for <see cref="EscalationPolicy.MediumResponseCalendar"/>; the built-in ids work without it.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ValidationException">The policy is invalid (load policies with <see cref="TriagePolicyJson"/> to get every problem as data).</exception>
    /// <exception cref="ArgumentException">The MEDIUM calendar id is neither in <paramref name="calendars"/> nor built in.</exception>
    public static TicketTriage Create(TriagePolicy policy, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var validation = TriagePolicy.Validate(policy);
        if (!validation.IsValid)
        {
            throw new ValidationException(validation.Errors);
        }

        var id = policy.Escalation.MediumResponseCalendar;
        var calendar = calendars is not null && calendars.TryGetValue(id, out var given) ? given : EscalationTrees.BuiltInCalendar(id);
        return new TicketTriage(policy, calendar);
    }

    /// <summary>A copy of this engine with some trees replaced (null keeps a tree).</summary>
    /// <param name="escalationCriteria">The §4.2 tree to use.</param>
    /// <param name="tierMatrix">The §4.1 tree to use.</param>
    /// <param name="churnTriggers">The §4.3 tree to use.</param>
    /// <param name="engineeringEscalation">The §4.4 tree to use.</param>
    /// <returns>The new engine; this one is unchanged.</returns>
    /// <example>
    /// <code>
    /// var triage = TicketTriage.Default;
    /// triage = triage.With(escalationCriteria: triage.EscalationCriteria.InsertCheckBefore(EscalationNodeIds.CriteriaChurn, …));
    /// </code>
    /// </example>
    public TicketTriage With(
        DecisionTree<EscalationCase>? escalationCriteria = null,
        DecisionTree<EscalationCase>? tierMatrix = null,
        DecisionTree<EscalationCase>? churnTriggers = null,
        DecisionTree<EscalationCase>? engineeringEscalation = null) => new(this)
        {
            EscalationCriteria = escalationCriteria ?? EscalationCriteria,
            TierMatrix = tierMatrix ?? TierMatrix,
            ChurnTriggers = churnTriggers ?? ChurnTriggers,
            EngineeringEscalation = engineeringEscalation ?? EngineeringEscalation,
        };

    /// <summary>Triage in full: classification, route, and the §4.2, §4.3, §4.1 and §4.4 trees, with every action due from <paramref name="now"/>.</summary>
    /// <param name="request">The ticket.</param>
    /// <param name="now">When the decision is made: action due instants count from here.</param>
    /// <returns>The result with its trace; every request gets a priority and a route.</returns>
    /// <exception cref="TaiValidationException">The request is invalid (see <see cref="TriageRequest.Validate"/>): <c>Csat = 11</c>, <c>(Tier)42</c>, …; every problem has its path.</exception>
    public TriageResult Evaluate(TriageRequest request, Instant now)
    {
        var classification = EvaluateClassification(request);
        var routing = EvaluateRoute(classification, now);
        if (Reader is not null)
        {
            (classification, routing) = SecondRead(request, classification, routing, now);
        }

        var escalationCase = Case(classification, routing.Route, now);
        var criteria = EscalationCriteria.Evaluate(escalationCase);
        var churn = ChurnTriggers.Evaluate(escalationCase);
        var matrix = TierMatrix.Evaluate(escalationCase);
        var engineering = EngineeringEscalation.Evaluate(escalationCase);

        var actions = ImmutableArray.CreateBuilder<ScheduledAction>(
            routing.Actions.Length + criteria.Actions.Length + churn.Actions.Length + engineering.Actions.Length);
        Schedule(routing.Actions, now, actions);
        Schedule(criteria.Actions, now, actions);
        Schedule(churn.Actions, now, actions);
        Schedule(engineering.Actions, now, actions);
        var held = classification.NeedsReview && Policy.UncertainPages == UncertainPagePolicy.Hold && HoldPages(actions, now);

        var trace = ImmutableArray.CreateBuilder<TraceStep>(
            classification.Trace.Length + 1 + criteria.Path.Length + churn.Path.Length + matrix.Path.Length + engineering.Path.Length);
        trace.AddRange(classification.Trace);
        trace.Add(routing.Trace);
        trace.AddRange(criteria.Path);
        trace.AddRange(churn.Path);
        trace.AddRange(matrix.Path);
        trace.AddRange(engineering.Path);

        return new TriageResult
        {
            Id = request.Id,
            Tier = request.Tier,
            Priority = classification.Priority,
            Category = classification.Category,
            Route = routing.Route,
            HeldBy = HolderOf(matrix),
            EngineeringLevel = LevelOf(engineering),
            Actions = actions.DrainToImmutable(),
            Signals = classification.Signals,
            Trace = trace.MoveToImmutable(),
            Now = now,
            Confidence = classification.Confidence,
            NeedsReview = classification.NeedsReview,
            ReviewReasons = classification.ReviewReasons,
            Evidence = classification.Evidence,
            PagesHeldForReview = held,
        };
    }

    /// <summary>
    /// Classification (D11): keywords fill in unknown signals; priority from the quick reference "Severity Decision"
    /// (critical: down or losing money; high: feature broken, no workaround; medium: with a workaround; low: cosmetic
    /// and the default), raised to the policy's floors and to an agent's priority; category.
    /// </summary>
    /// <param name="request">The ticket.</param>
    /// <returns>The classification with its trace.</returns>
    /// <exception cref="TaiValidationException">The request is invalid (see <see cref="TriageRequest.Validate"/>); every problem has its path.</exception>
    public Classification EvaluateClassification(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TriageRequestValidator.IsValid(request))
        {
            TaiValidationException.ThrowIfInvalid("triage request", TriageRequest.Validate(request));
        }

        var given = request.Signals ?? TicketSignals.None;
        var builtIn = ReferenceEquals(Extractor, BuiltInExtractor);
        SignalExtraction extraction;
        try
        {
            // The built-in extractor merges what it finds under the given signals itself (one signals object, not two).
            extraction = (builtIn ? BuiltInExtractor.Extract(request, given) : Extractor.Extract(request)) ?? SignalExtraction.Empty;
        }
#pragma warning disable CA1031 // a host extractor's failure must not fail triage: it is recorded and reviewed
        catch (Exception e)
#pragma warning restore CA1031
        {
            extraction = new SignalExtraction(TicketSignals.None, [new SignalEvidence("extractor", "error", e.GetType().Name, Extractor.GetType().Name, "the extractor failed")]);
        }

        // At most: one step per piece of evidence, the priority rule and four floors, the category, the confidence.
        var evidence = extraction.Evidence.IsDefault ? [] : extraction.Evidence;
        var trace = spareTrace ?? ImmutableArray.CreateBuilder<TraceStep>(evidence.Length + 7);
        spareTrace = null;
        var found = extraction.Signals ?? TicketSignals.None;
        var signals = ReferenceEquals(found, TicketSignals.None) ? given
            : builtIn || ReferenceEquals(given, TicketSignals.None) ? found : SignalExtractors.Merge(given, found);
        TraceEvidence(given, evidence, trace);
        var priority = DecidePriority(request, signals, trace);
        var category = DecideCategory(request, signals, evidence, trace);
        var (confidence, reasons) = TriageConfidence.Assess(request, given, signals, priority, evidence, Policy);
        var needsReview = confidence < Policy.ReviewBelowConfidence;
        trace.Add(!needsReview && reasons.IsEmpty ? TriageConfidence.Step(confidence) : new TraceStep("triage.confidence", "D11, policy", needsReview
            ? $"confidence {TriageConfidence.Format(confidence)} < {TriageConfidence.Format(Policy.ReviewBelowConfidence)}: needs review ({string.Join("; ", reasons)})"
            : $"confidence {TriageConfidence.Format(confidence)}" + (reasons.IsEmpty ? string.Empty : $" ({string.Join("; ", reasons)})")));
        var classification = new Classification(request.Tier, priority, category, signals, trace.ToImmutable())
        {
            Confidence = confidence,
            NeedsReview = needsReview,
            ReviewReasons = needsReview ? reasons : [],
            Evidence = evidence,
        };
        trace.Clear();
        spareTrace = trace;
        return classification;
    }

    /// <summary>Routing (§2.1, D12), first match wins: API error (auto-resolve list or engineering), billing, feature request, urgent or churn risk, standard support.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="now">When the decision is made (for the §4.3 "no API call in 14+ days" churn risk).</param>
    /// <returns>The route, its own actions and why.</returns>
    public RoutingDecision EvaluateRoute(Classification classification, Instant now)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var s = classification.Signals;
        if (s.ApiErrorCode is { } code)
        {
            if (autoResolve.Contains(code) && classification.Priority == Priority.Critical)
            {
                return Routed(Tickets.TicketRoute.EngineeringEscalation, $"API error {code} is in the auto-resolve list, but a Critical ticket is never closed with an automatic reply", Routes.ToEngineering);
            }

            return autoResolve.Contains(code)
                ? Routed(Tickets.TicketRoute.AutoResolve, $"API error {code} is in the auto-resolve list ({autoResolveText})",
                    Act(SendAutoResponse, Duration.Zero, "Send the auto-response"), Act(CloseTicket, null, "Close the ticket"))
                : Routed(Tickets.TicketRoute.EngineeringEscalation, $"API error {code} is not in the auto-resolve list ({autoResolveText})", Routes.ToEngineering);
        }

        if (s.Billing == true)
        {
            return Routes.Finance;
        }

        if (s.FeatureRequest == true)
        {
            return Routes.FeatureRequestLog;
        }

        // Urgent: marked so, or Critical (Criteria.Critical), decided before the churn check needs a case.
        if (s.Urgent == true || classification.Priority == Priority.Critical)
        {
            return s.Urgent == true ? Routes.MarkedUrgent : Routes.Critical;
        }

        var escalationCase = Case(classification, Tickets.TicketRoute.StandardSupport, now);
        return Criteria.ChurnRisk(escalationCase, Policy.Escalation)
            ? Routed(Tickets.TicketRoute.ChurnEscalation, $"churn risk: {Criteria.ChurnRiskReasons(escalationCase, Policy.Escalation)}", Routes.PageVpProductOrCsm)
            : Routes.Standard;
    }

    /// <summary>
    /// The second reader (<see cref="TriagePolicy.SecondReader"/>, docs "The second reader"): where the model is at least
    /// the policy's threshold sure of a field, its answer replaces the rules' — within gates that keep it from undoing
    /// what the rules know: never on a ticket with structured signals or a given priority or category (D11: structured
    /// data decides first), never on fewer than <see cref="ReaderMinimumWords"/> words; priority only upwards (a model
    /// never takes a page away); category never to the fallback Other; the route only from standard support or Finance
    /// and never to auto-resolve (so never an API error's route, a feature request's log or an escalation). A changed
    /// priority re-runs <see cref="EvaluateRoute"/> (the same rules: Critical escalates), and the pages follow from the
    /// final values through the same trees; a category changed to Billing routes to Finance unless the model reads
    /// another route. Every override is a trace step and a review reason, and the confidence drops below the review line.
    /// </summary>
    private (Classification Classification, RoutingDecision Routing) SecondRead(TriageRequest request, Classification c, RoutingDecision routing, Instant now)
    {
        if (request.Priority is not null || request.Category is not null || (request.Signals is { } given && !ReferenceEquals(given, TicketSignals.None) && given != TicketSignals.None))
        {
            return (c, routing);
        }

        var reading = Reader!.Read(request);
        if (reading.Words < ReaderMinimumWords)
        {
            return (c, routing);
        }

        var threshold = (double)Policy.SecondReaderThreshold;
        var priority = reading.PriorityP >= threshold && reading.Priority > c.Priority ? reading.Priority : c.Priority;
        var category = reading.CategoryP >= threshold && reading.Category != Category.Other ? reading.Category : c.Category;
        var routeOpen = c.Signals.ApiErrorCode is null && reading.RouteP >= threshold && reading.Route != Tickets.TicketRoute.AutoResolve;
        if (priority == c.Priority && category == c.Category && !(routeOpen && reading.Route != routing.Route && RouteMayChange(routing.Route)))
        {
            return (c, routing);
        }

        var steps = ImmutableArray.CreateBuilder<TraceStep>(3);
        var reasons = ImmutableArray.CreateBuilder<string>(3);
        void Override(string field, string value, double p, string instead)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"model: {field} {value}, p = {p:0.000}, instead of {instead}");
            steps.Add(new TraceStep("triage.reader", ReaderSource, text));
            reasons.Add(text);
        }

        if (priority != c.Priority)
        {
            Override("priority", priority.ToString(), reading.PriorityP, c.Priority.ToString());
        }

        if (category != c.Category)
        {
            Override("category", category.ToString(), reading.CategoryP, c.Category.ToString());
        }

        var final = c with
        {
            Priority = priority,
            Category = category,
            Trace = c.Trace.AddRange(steps),
            Confidence = Math.Min(c.Confidence, Math.Max(0m, Policy.ReviewBelowConfidence - 0.05m)),
            NeedsReview = true,
            ReviewReasons = c.ReviewReasons.AddRange(reasons),
        };
        var rules = priority == c.Priority ? routing : EvaluateRoute(final, now);
        if (c.Signals.ApiErrorCode is null && RouteMayChange(rules.Route))
        {
            if (routeOpen && reading.Route != rules.Route)
            {
                rules = new(reading.Route, Routes.ActionsOf(reading.Route), new TraceStep("triage.route", ReaderSource, string.Create(CultureInfo.InvariantCulture, $"model: route {reading.Route}, p = {reading.RouteP:0.000}, instead of {rules.Route}")));
            }
            else if (!routeOpen && category == Category.Billing && category != c.Category && rules.Route != Tickets.TicketRoute.Finance)
            {
                rules = new(Tickets.TicketRoute.Finance, Routes.Finance.Actions, new TraceStep("triage.route", ReaderSource, $"model: category Billing, so route Finance, instead of {rules.Route}"));
            }
        }

        if (rules.Route != routing.Route)
        {
            final = final with { ReviewReasons = final.ReviewReasons.Add(rules.Trace.Reason) };
        }

        return (final, rules);

        static bool RouteMayChange(TicketRoute route) => route is Tickets.TicketRoute.StandardSupport or Tickets.TicketRoute.Finance;
    }

    /// <summary>When an action is due: now plus its window, counted in business time on the MEDIUM calendar for §4.4 MEDIUM.</summary>
    private void Schedule(ImmutableArray<DecisionAction> actions, Instant now, ImmutableArray<ScheduledAction>.Builder into)
    {
        foreach (var a in actions)
        {
            Instant? due = a.Within is not { } within ? null
                : a.Action == EngineeringResponse ? mediumCalendar.Add(now, within)
                : now + within;
            into.Add(new ScheduledAction(a.Action, a.Within, due, a.Source, a.Description));
        }
    }

    private static EscalationCase Case(Classification c, TicketRoute route, Instant now) => new(c.Tier, c.Priority, c.Category, route, c.Signals, now);

    private static DecisionAction Act(string action, Duration? within, string description) => new(action, within, RoutingSource, description);

    private static RoutingDecision Routed(TicketRoute route, string reason, params DecisionAction[] actions) =>
        new(route, [.. actions], new TraceStep("triage.route", RoutingSource, $"{route}: {reason} (first match wins)"));

    private static EscalationTier HolderOf(DecisionOutcome matrix)
    {
        var holder = EscalationTier.SupportEngineer;
        foreach (var step in matrix.Path)
        {
            holder = step.Rule switch
            {
                EscalationNodeIds.TierLegalSecurity + ".yes" => EscalationTier.LegalAndSecurity,
                EscalationNodeIds.TierChurnRisk + ".yes" => EscalationTier.Executive,
                EscalationNodeIds.TierInvestigation + ".yes" => EscalationTier.EngineeringAndCsm,
                _ => holder,
            };
        }

        return holder;
    }

    private static EngineeringLevel? LevelOf(DecisionOutcome engineering)
    {
        foreach (var step in engineering.Path)
        {
            switch (step.Rule)
            {
                case EscalationNodeIds.EngineeringUrgent + ".yes":
                    return Escalation.EngineeringLevel.Urgent;
                case EscalationNodeIds.EngineeringHigh + ".yes":
                    return Escalation.EngineeringLevel.High;
                case EscalationNodeIds.EngineeringMedium + ".yes" or EscalationNodeIds.EngineeringAlready + ".yes":
                    return Escalation.EngineeringLevel.Medium;
            }
        }

        return null;
    }

    private static TraceStep CategoryStep(string reason) => new("triage.category", "§2.2.2", reason);

    private static Priority Raise(Priority priority, bool applies, Priority floor, string why, ImmutableArray<TraceStep>.Builder trace)
    {
        if (!applies || floor <= priority)
        {
            return priority;
        }

        trace.Add(new TraceStep("triage.priority.floor", "D11, policy", $"raised {priority} → {floor}: {why}"));
        return floor;
    }

    private Priority DecidePriority(TriageRequest request, TicketSignals s, ImmutableArray<TraceStep>.Builder trace)
    {
        var e = Policy.Escalation;
        var degraded = s.Latency > e.LatencyAbove || s.ErrorRatePct > e.ErrorRateAbovePct;
        var broken = s.FeatureBroken == true || s.WrongData == true || s.ReproducibleBug == true;
        var (priority, step) =
            s.ProductionDown == true ? (Priority.Critical, PrioritySteps.ProductionDown)
            : s.PlatformImpactPct > e.WidespreadOutageAbovePct
                ? (Priority.Critical, new TraceStep("triage.priority", "§4.4 URGENT, quick reference \"Severity Decision\", D11", $"Critical: widespread outage, {Criteria.Number(s.PlatformImpactPct)}% of the platform > {Criteria.Number(e.WidespreadOutageAbovePct)}% (platformImpactPct)"))
            : s.LosingMoney == true ? (Priority.Critical, PrioritySteps.LosingMoney)
            : (broken || degraded) && s.WorkaroundExists == true ? (Priority.Medium, PrioritySteps.BrokenWithWorkaround)
            : s.PotentialBug == true && s.FeatureBroken != true && s.ReproducibleBug != true && !degraded ? (Priority.Medium, PrioritySteps.PotentialBug)
            : broken || degraded ? (Priority.High, s.WorkaroundExists == false ? PrioritySteps.BrokenNoWorkaround : PrioritySteps.BrokenWorkaroundUnknown)
            : WorksAround(s) ? (Priority.Medium, PrioritySteps.WorkaroundImpliesBroken)
            : DeniesWorkaround(s) ? (Priority.High, PrioritySteps.NoWorkaroundImpliesBroken)
            : s.PotentialBug == true || s.EdgeCase == true ? (Priority.Medium, PrioritySteps.PotentialBug)
            : s.Cosmetic == true ? (Priority.Low, PrioritySteps.Cosmetic)
            : (Priority.Low, PrioritySteps.Default);
        trace.Add(step);
        priority = Raise(priority, s.DataLoss == true, Policy.DataLossPriority, "data loss or corruption (dataLossPriority)", trace);
        priority = Raise(
            priority, s.LegalOrSecurity == true || s.SecurityVulnerability == true, Policy.LegalOrSecurityPriority,
            "legal or security issue (legalOrSecurityPriority)", trace);
        priority = Raise(priority, s.ChurnThreat == true, Policy.ChurnThreatPriority, "the customer threatens churn (churnThreatPriority)", trace);
        return Raise(priority, request.Priority is not null, request.Priority ?? Priority.Low, "the priority already set on the ticket is kept", trace);
    }

    /// <summary>Every piece of text evidence into the trace (D11): used, ignored in context, or overridden by a structured value.</summary>
    private static void TraceEvidence(TicketSignals given, ImmutableArray<SignalEvidence> evidence, ImmutableArray<TraceStep>.Builder trace)
    {
        foreach (var e in evidence)
        {
            var rule = KeywordRule(e.Signal);
            if (!e.Used)
            {
                trace.Add(new TraceStep(rule, "D11", Phrase($"{e.Signal}: the phrase \"", e.Words, $"\" in the {e.Where} is not used ({e.IgnoredBecause})")));
            }
            else if (TicketSignalsText.Get(given, e.Signal) is { } structured && !string.Equals(structured, e.Value, StringComparison.OrdinalIgnoreCase))
            {
                trace.Add(new TraceStep(rule, "D11", Phrase($"{e.Signal} is {structured} as given, so the phrase \"", e.Words, $"\" in the {e.Where} is ignored (structured signals decide first)")));
            }
            else if (!IsStructured(given, e.Signal))
            {
                trace.Add(new TraceStep(rule, "D11", e.Value == "true"
                    ? Phrase(e.Signal, ": the phrase \"", e.Words, e.Where)
                    : Phrase($"{e.Signal} {e.Value}: the phrase \"", e.Words, $"\" in the {e.Where}")));
            }
        }
    }

    /// <summary>The trace rule of a keyword signal, built once per known signal.</summary>
    private static string KeywordRule(string signal) => KeywordRules.TryGetValue(signal, out var rule) ? rule : "triage.keyword." + signal;

    /// <summary><c>{signal}: the phrase "{words}" in the {where}</c> with the words in lower case, in one allocation.</summary>
    private static string Phrase(string signal, string intro, string words, string where)
    {
        var length = signal.Length + intro.Length + words.Length + 9 + where.Length;
        return string.Create(length, (signal, intro, words, where), static (span, s) =>
        {
            s.signal.CopyTo(span);
            var at = s.signal.Length;
            s.intro.CopyTo(span[at..]);
            at += s.intro.Length;
            at += s.words.AsSpan().ToLowerInvariant(span[at..]);
            "\" in the ".CopyTo(span[at..]);
            at += 9;
            s.where.CopyTo(span[at..]);
        });
    }

    /// <summary><c>{before}{words}{after}</c> with the words in lower case, in one allocation.</summary>
    private static string Phrase(string before, string words, string after) =>
        string.Create(before.Length + words.Length + after.Length, (before, words, after), static (span, s) =>
        {
            s.before.CopyTo(span);
            s.words.AsSpan().ToLowerInvariant(span[s.before.Length..]);
            s.after.CopyTo(span[(s.before.Length + s.words.Length)..]);
        });

    private static bool IsStructured(TicketSignals given, string name) => name switch
    {
        "platformImpactPct" => given.PlatformImpactPct is not null,
        "errorRatePct" => given.ErrorRatePct is not null,
        "latencyMs" => given.Latency is not null,
        "financialImpact" => given.FinancialImpact is not null,
        _ => TicketSignalsText.Get(given, name) is not null,
    };

    /// <summary>Policy "hold": page actions wait for a person; one review action takes their place.</summary>
    private static bool HoldPages(ImmutableArray<ScheduledAction>.Builder actions, Instant now)
    {
        var before = actions.Count;
        actions.RemoveAll(a => a.Action is PageVpProduct or PageVpProductOrCsm or PageOnCallEngineer or PageEngineering or PageGeneralCounsel or PageCiso or UpdateStatusPage);
        var removed = before - actions.Count;
        if (removed == 0)
        {
            return false;
        }

        actions.Insert(0, new ScheduledAction(ReviewBeforePaging, Duration.Zero, now, "D11, policy uncertainPages", $"Confidence is low: a person confirms before the {removed} page/status actions go out"));
        return true;
    }

    /// <summary>A workaround with nothing else said: something is broken, or there would be nothing to work around (not a
    /// billing question or a feature request, where "instead" or "for now" are about the ask).</summary>
    private static bool WorksAround(TicketSignals s) => s.WorkaroundExists == true && s.Billing != true && s.FeatureRequest != true;

    /// <summary>
    /// "no other way to bring them in", "no other endpoint lists them", "nothing to fall back on": a customer who says
    /// nothing else does the job says something does not work and there is no workaround (quick reference HIGH, D11) even
    /// when the failure is said in words the lists lack (session 14: fresh10/fresh11 read; the mirror of <see cref="WorksAround"/>).
    /// </summary>
    private static bool DeniesWorkaround(TicketSignals s) => s.WorkaroundExists == false && s.Billing != true && s.FeatureRequest != true && s.Cosmetic != true;

    /// <summary>
    /// Whether the text's cosmetic evidence is about the product's own screens (a typo on the login page, a colour, a
    /// misaligned button: a defect of a feature, LOW on the quick reference's feature ladder) rather than its
    /// documentation ("Other": a docs phrase among the evidence, or the ticket names a help article or guide). A cosmetic
    /// signal given only as structured data stays "Other".
    /// </summary>
    private static bool IsProductCosmetic(TriageRequest request, ImmutableArray<SignalEvidence> evidence)
    {
        var product = false;
        foreach (var e in evidence)
        {
            if (e.Used && e.Signal == "cosmetic")
            {
                if (DocumentationWords.Contains(e.Words))
                {
                    return false;
                }

                product = true;
            }
        }

        return product && !NamesDocumentation(request.Subject) && !NamesDocumentation(request.Body);
    }

    private static bool NamesDocumentation(string text)
    {
        foreach (var noun in DocumentationNouns)
        {
            if (text.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Degraded(TicketSignals s, EscalationPolicy e) => s.Latency > e.LatencyAbove || s.ErrorRatePct > e.ErrorRateAbovePct;

    private Category DecideCategory(TriageRequest request, TicketSignals s, ImmutableArray<SignalEvidence> evidence, ImmutableArray<TraceStep>.Builder trace)
    {
        var escalation = Policy.Escalation;
        var (category, step) =
            request.Category is { } given ? (given, CategoryStep($"{given}: as set on the ticket"))
            : s.Billing == true && s.ApiErrorCode is null ? (Category.Billing, CategorySteps.Billing)
            : s.ProductionDown == true || s.DataLoss == true || s.SecurityVulnerability == true
                || s.PlatformImpactPct > escalation.WidespreadOutageAbovePct
                || (s.ApiErrorCode is null && (s.PlatformImpactPct > 0m || Degraded(s, escalation)))
                || (s.LosingMoney == true && s.FeatureBroken == true)
                ? (Category.Platform, CategorySteps.Platform)
            : s.ApiErrorCode is { } apiCode ? (Category.Integration, CategoryStep($"Integration: API error {apiCode}"))
            : s.Cosmetic == true && s.FeatureBroken != true && s.WrongData != true
                ? IsProductCosmetic(request, evidence) ? (Category.Feature, CategorySteps.CosmeticDefect) : (Category.Other, CategorySteps.Cosmetic)
            : s.FeatureRequest == true ? (Category.Feature, CategorySteps.Feature)
            : s.Integration == true ? (Category.Integration, CategorySteps.Integration)
            : s.FeatureBroken == true || s.WrongData == true || s.PotentialBug == true || s.EdgeCase == true || s.ReproducibleBug == true
                || WorksAround(s) || DeniesWorkaround(s)
                ? (Category.Feature, CategorySteps.Feature)
            : (Category.Other, CategorySteps.Other);
        trace.Add(step);
        return category;
    }
}
