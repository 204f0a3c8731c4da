using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Escalation.EscalationActions;
using Ids = TaiSupport.Core.Escalation.EscalationNodeIds;

namespace TaiSupport.Core.Escalation;

/// <summary>
/// The manual's escalation trees (§4.1–§4.4) as values built with the decision-tree toolkit from an
/// <see cref="EscalationPolicy"/>. Each is an ordinary <see cref="DecisionTree{TInput}"/>: evaluate it, draw it, or
/// insert your own check with <see cref="DecisionTree{TInput}.InsertCheckBefore"/> (node ids in <see cref="EscalationNodeIds"/>).
/// </summary>
/// <example>
/// <code>
/// var tree = EscalationTrees.EscalationCriteria(EscalationPolicy.Default)
///     .InsertCheckBefore(EscalationNodeIds.CriteriaChurn, "runbook.vip", "VIP account?", "runbook §2",
///         c => Verdict.Of(c.Signals.FinancialImpact &gt; 1_000_000m, "impact over $1M"), [callAccountOwner]);
/// var outcome = tree.Evaluate(escalationCase); // every action with its window, and the path
/// </code>
/// </example>
public static class EscalationTrees
{
    private const string CriteriaSource = "§4.2, D13";
    private const string MatrixSource = "§4.1, D13";
    private const string ChurnSource = "§4.3, D14";
    private const string EngineeringSource = "§4.4, D15";

    /// <summary>
    /// §4.2 escalation criteria (D13), read top-down: every criterion that holds adds its actions with their response
    /// windows; when none holds, the "standard support response" check says so (it emits nothing).
    /// </summary>
    /// <param name="policy">The thresholds and windows.</param>
    /// <returns>The tree.</returns>
    public static DecisionTree<EscalationCase> EscalationCriteria(EscalationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var p = policy;
        var investigation = WindowText.Format(p.InvestigationPageAfter);
        var engineering = WindowText.Format(p.InvestigationEngineeringAfter);
        return DecisionChain.For<EscalationCase>()
            .Check(
                Ids.CriteriaCritical, "Critical severity?", CriteriaSource, c => Verdict.Of(Criteria.Critical(c), Texts.Priority(c.Priority)),
                [
                    Act(PageVpProduct, p.CriticalPageWithin, CriteriaSource, "IMMEDIATE: page VP Product (1-hour response SLA)"),
                    Act(PageOnCallEngineer, p.CriticalPageWithin, CriteriaSource, "IMMEDIATE: page the on-call engineer (1-hour response SLA)"),
                    Act(UpdateStatusPage, p.StatusPageWithin, CriteriaSource, "Update status page"),
                ])
            .Check(
                Ids.CriteriaEnterprise, "Customer tier 3 (Enterprise)?", CriteriaSource, c => Verdict.Of(Criteria.Enterprise(c), Texts.Tier(c.Tier)), [],
                then => then.Branch(
                    Ids.CriteriaCeoInvolvement, "Needs CEO involvement (contract change? price negotiation?)?", CriteriaSource,
                    c => Criteria.CeoInvolvement(c)
                        ? Verdict.Yes(c.Signals.ContractChange == true ? "contract change" : "price negotiation")
                        : Verdict.No("no contract change or price negotiation"),
                    [Act(PageVpProduct, p.ExecutivePageWithin, CriteriaSource, "Page VP Product (CEO involvement)")],
                    [Act(RouteToDedicatedCsm, p.DedicatedCsmWithin, CriteriaSource, "Route to the dedicated CSM")]))
            .Check(
                Ids.CriteriaInvestigation, $"Needs investigation > {investigation}?", CriteriaSource,
                c => Verdict.Of(Criteria.InvestigationOver(c, p.InvestigationPageAfter), InvestigationReason(c)),
                [Act(PageSupportEngineer, null, CriteriaSource, "Page support engineer")],
                then => then.Check(
                    Ids.CriteriaInvestigationEngineering, $"Investigation > {engineering}?", CriteriaSource,
                    c => Verdict.Of(Criteria.InvestigationOver(c, p.InvestigationEngineeringAfter), InvestigationReason(c)),
                    [Act(EscalateToEngineering, null, CriteriaSource, "Escalate to engineering")]))
            .Check(
                Ids.CriteriaFinancialImpact, $"Financial impact > {Criteria.Money(p.FinancialImpactAbove)}?", CriteriaSource,
                c => Verdict.Of(Criteria.FinancialImpact(c, p), c.Signals.FinancialImpact is { } f ? $"impact {Criteria.Money(f)}" : "no financial impact given"),
                [Act(AlertFinance, null, CriteriaSource, "Alert Finance"), Act(AlertCsm, null, CriteriaSource, "Alert CSM")])
            .Check(
                Ids.CriteriaChurn, "Customer threatening churn?", CriteriaSource,
                c => Verdict.Of(Criteria.ChurnThreat(c), Texts.ChurnThreat(c.Signals.ChurnThreat)),
                [Act(PageVpProduct, p.ChurnPageWithin, CriteriaSource, "Page VP Product (not an email response)")])
            .Check(
                Ids.CriteriaLegalSecurity, "Legal/security issue?", CriteriaSource,
                c => Criteria.LegalOrSecurity(c)
                    ? Verdict.Yes(c.Signals.LegalOrSecurity == true ? "legalOrSecurity is true" : "securityVulnerability is true")
                    : Verdict.No("no legal or security issue"),
                [
                    Act(PageGeneralCounsel, p.LegalSecurityPageWithin, CriteriaSource, "Page General Counsel"),
                    Act(PageCiso, p.LegalSecurityPageWithin, CriteriaSource, "Page the CISO"),
                ])
            .Check(
                Ids.CriteriaStandard, "Standard support response?", CriteriaSource,
                c => NoCriterion(c, p)
                    ? Verdict.Yes("no criterion holds: respond within SLA, resolve within the resolution target, escalate to engineering if needed (not urgent)")
                    : Verdict.No("escalated above"),
                [])
            .Build("§4.2 escalation criteria");
    }

    /// <summary>
    /// §4.1 tier escalation matrix: who holds the ticket. The highest tier reached wins: legal/security (Tier 4), churn
    /// risk (Tier 3: a threat or any §4.3 trigger), investigation &gt; 30 minutes or already with engineering (Tier 2,
    /// plus VP Engineering for a critical bug), else the support engineer (Tier 1).
    /// </summary>
    /// <param name="policy">The thresholds and windows.</param>
    /// <returns>The tree.</returns>
    public static DecisionTree<EscalationCase> TierMatrix(EscalationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var p = policy;
        return DecisionChain.For<EscalationCase>()
            .FirstMatch(
                Ids.TierLegalSecurity, "Legal or security issue?", MatrixSource,
                c => Verdict.Of(Criteria.LegalOrSecurity(c), Criteria.LegalOrSecurity(c) ? "legal or security issue" : "no legal or security issue"),
                [Act(HandToGeneralCounselAndCiso, p.LegalSecurityPageWithin, MatrixSource, "Tier 4: General Counsel + CISO hold the ticket")])
            .FirstMatch(
                Ids.TierChurnRisk, "Churn risk, or the customer threatens to leave?", MatrixSource,
                c => Criteria.ChurnRisk(c, p) ? Verdict.Yes(Criteria.ChurnRiskReasons(c, p)) : Verdict.No("no churn risk"),
                [Act(HandToVpProductAndCeo, p.ExecutivePageWithin, MatrixSource, "Tier 3: VP Product + CEO hold the ticket (page directly)")])
            .FirstMatch(
                Ids.TierInvestigation, $"Investigation > {WindowText.Format(p.InvestigationPageAfter)}, or already with engineering?", MatrixSource,
                c => Criteria.WithEngineering(c, p) ? Verdict.Yes(WithEngineeringReason(c, p)) : Verdict.No(InvestigationReason(c)),
                [Act(HandToEngineeringAndCsm, null, MatrixSource, "Tier 2: engineering + CSM hold the ticket in parallel")],
                then => then.Check(
                    Ids.TierCriticalBug, "Critical bug?", MatrixSource, c => Verdict.Of(Criteria.Critical(c), Texts.Priority(c.Priority)),
                    [Act(EscalateToVpEngineering, null, MatrixSource, "Escalate to VP Eng (critical bug)")]))
            .Emit(Ids.TierSupport, [Act(SupportEngineerKeeps, null, MatrixSource, "Tier 1: the support engineer keeps the ticket")])
            .Build("§4.1 tier escalation matrix");
    }

    /// <summary>§4.3 churn prevention triggers (D14): every trigger that holds adds its follow-ups.</summary>
    /// <param name="policy">The thresholds and windows.</param>
    /// <returns>The tree.</returns>
    public static DecisionTree<EscalationCase> ChurnTriggers(EscalationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var p = policy;
        var inactiveDays = Criteria.Number((decimal)p.InactiveFor.TotalDays);
        return DecisionChain.For<EscalationCase>()
            .Check(
                Ids.ChurnCsat, $"CSAT score < {Criteria.Number(p.CsatBelow)}?", ChurnSource,
                c => Verdict.Of(Criteria.CsatLow(c, p), c.Signals.Csat is { } s ? $"CSAT {Criteria.Number(s)}" : "no CSAT given"),
                [
                    Act(AlertCsm, p.CsatAlertWithin, ChurnSource, "Alert CSM"),
                    Act(CallCustomer, p.CsatCallWithin, ChurnSource, "Call the customer"),
                    Act(OfferConcessions, null, ChurnSource, "Offer concessions (fee waiver, free upgrade month, dedicated support)"),
                ])
            .Check(
                Ids.ChurnCanceling, "Customer says \"canceling\" or \"leaving\"?", ChurnSource,
                c => Verdict.Of(Criteria.ChurnThreat(c), Texts.ChurnThreat(c.Signals.ChurnThreat)),
                [
                    Act(PageVpProduct, Duration.Zero, ChurnSource, "Page VP Product (don't wait for email)"),
                    Act(CsmCall, p.CancelingCallWithin, ChurnSource, "CSM calls the customer"),
                    Act(OfferFixPeriod, null, ChurnSource, $"Offer a {p.FixPeriodDays}-day period to fix the issue at no charge"),
                ])
            .Check(
                Ids.ChurnInactive, $"No API call for {inactiveDays}+ days?", ChurnSource,
                c => Verdict.Of(Criteria.Inactive(c, p), c.Signals.LastApiCallAt is null ? "no last API call given" : $"no API call for {Criteria.Days(c)}"),
                [
                    Act(AlertCsm, null, ChurnSource, "Alert CSM"),
                    Act(SendReengagementEmail, null, ChurnSource, "Send the re-engagement email (template F): \"We noticed you haven't used TAI in 2 weeks. Everything OK?\""),
                    Act(OfferWorkingSession, null, ChurnSource, $"Offer a {WindowText.Format(p.WorkingSession)} working session to unblock"),
                ])
            .Check(
                Ids.ChurnRepeat, $"Tickets on the same issue {p.RepeatTicketsAtLeast}+ times?", ChurnSource,
                c => Verdict.Of(Criteria.RepeatIssue(c, p), c.Signals.SameIssueTickets is { } n ? $"{n} tickets on the same issue" : "no repeat count given"),
                [
                    Act(AlertVpProduct, null, ChurnSource, "Alert VP Product"),
                    Act(FixOrOfferCustomSolution, null, ChurnSource, "Fix the product (if a bug) or call the customer and offer a custom solution"),
                ])
            .Build("§4.3 churn prevention triggers");
    }

    /// <summary>§4.4 engineering escalation protocol (D15) with the built-in calendars (<see cref="BusinessCalendars"/>).</summary>
    /// <param name="policy">The thresholds and windows; <see cref="EscalationPolicy.MediumResponseCalendar"/> must be a built-in id.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentException">The MEDIUM calendar id is not a built-in calendar.</exception>
    public static DecisionTree<EscalationCase> EngineeringEscalation(EscalationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return EngineeringEscalation(policy, BuiltInCalendar(policy.MediumResponseCalendar));
    }

    /// <summary>
    /// §4.4 engineering escalation protocol (D15): "not all at once, urgent first" — the first level whose criteria
    /// hold wins; a ticket going to engineering for another reason (route, investigation &gt; 2 hours) gets MEDIUM;
    /// otherwise there is no engineering escalation.
    /// </summary>
    /// <param name="policy">The thresholds and windows.</param>
    /// <param name="mediumCalendar">The calendar whose business day measures the MEDIUM window (D4).</param>
    /// <returns>The tree.</returns>
    public static DecisionTree<EscalationCase> EngineeringEscalation(EscalationPolicy policy, BusinessCalendar mediumCalendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(mediumCalendar);
        var p = policy;
        var days = p.MediumResponseBusinessDays;
        DecisionAction medium = Act(
            EngineeringResponse, mediumCalendar.BusinessDay * days, EngineeringSource,
            $"Engineering responds (async) within {days} business day{(days == 1 ? string.Empty : "s")} on {p.MediumResponseCalendar}");
        return DecisionChain.For<EscalationCase>()
            .FirstMatch(
                Ids.EngineeringUrgent, "URGENT (data loss, security vulnerability, Tier 3 customer unable to use product, widespread outage, critical)?", EngineeringSource,
                c => Criteria.EngineeringUrgent(c, p) ? Verdict.Yes(Criteria.EngineeringUrgentReasons(c, p)) : Verdict.No("no URGENT criterion"),
                [
                    Act(PageEngineering, Duration.Zero, EngineeringSource, "Page engineering"),
                    Act(EngineeringCall, p.UrgentCallWithin, EngineeringSource, "Engineering calls back"),
                    Act(EngineeringDiagnosis, p.UrgentDiagnosisWithin, EngineeringSource, "Diagnosis + action plan"),
                ])
            .FirstMatch(
                Ids.EngineeringHigh, "HIGH (reproducible bug, performance degradation, feature not working, wrong data)?", EngineeringSource,
                c => Criteria.EngineeringHigh(c, p) ? Verdict.Yes(Criteria.EngineeringHighReasons(c, p)) : Verdict.No("no HIGH criterion"),
                [
                    Act(MessageEngineering, null, EngineeringSource, "Slack message to engineering (#support-escalations)"),
                    Act(EngineeringDiagnosis, p.HighResponseWithin, EngineeringSource, "Diagnosis + initial investigation"),
                ])
            .FirstMatch(
                Ids.EngineeringMedium, "MEDIUM (potential bug, performance question, edge case, feature enhancement request)?", EngineeringSource,
                c => Criteria.EngineeringMedium(c) ? Verdict.Yes(Criteria.EngineeringMediumReasons(c)) : Verdict.No("no MEDIUM criterion"),
                [medium])
            .FirstMatch(
                Ids.EngineeringAlready, "Going to engineering anyway?", EngineeringSource,
                c => Criteria.EngineeringAnyway(c, p)
                    ? Verdict.Yes(c.Route == TicketRoute.EngineeringEscalation ? "routed to Engineering Escalations (§2.1)" : $"investigation {InvestigationReason(c)} (§4.2)")
                    : Verdict.No("no engineering escalation"),
                [medium])
            .Build("§4.4 engineering escalation protocol");
    }

    internal static BusinessCalendar BuiltInCalendar(string id) => id switch
    {
        BusinessCalendars.StarterHoursId => BusinessCalendars.StarterHours,
        BusinessCalendars.ProfessionalHoursId => BusinessCalendars.ProfessionalHours,
        BusinessCalendars.AlwaysId => BusinessCalendars.Always,
        _ => throw new ArgumentException(
            $"'{id}' is not a built-in calendar ({BusinessCalendars.StarterHoursId}, {BusinessCalendars.ProfessionalHoursId}, {BusinessCalendars.AlwaysId}); pass the calendar itself.",
            nameof(id)),
    };

    private static DecisionAction Act(string action, Duration? within, string source, string description) => new(action, within, source, description);

    private static bool NoCriterion(EscalationCase c, EscalationPolicy p) =>
        !(Criteria.Critical(c) || Criteria.Enterprise(c) || Criteria.InvestigationOver(c, p.InvestigationPageAfter) || Criteria.FinancialImpact(c, p)
          || Criteria.ChurnThreat(c) || Criteria.LegalOrSecurity(c));

    private static string InvestigationReason(EscalationCase c) =>
        c.Signals.InvestigationTime is { } t ? $"investigation {WindowText.Format(t)}" : "no investigation time given";

    private static string WithEngineeringReason(EscalationCase c, EscalationPolicy p) =>
        Criteria.InvestigationOver(c, p.InvestigationPageAfter) ? InvestigationReason(c)
        : c.Route == TicketRoute.EngineeringEscalation ? "routed to Engineering Escalations"
        : "critical: the on-call engineer is paged (§4.2)";
}
