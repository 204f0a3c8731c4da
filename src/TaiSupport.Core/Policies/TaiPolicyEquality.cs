using System.Collections.Immutable;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.OnCall;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Core.Policies;

/// <summary>
/// Structural equality of the pack's sections whose records (in <c>OnCall/</c> and <c>Lifecycle/</c>) keep the
/// compiler's reference comparison of their collections: compared here by content, so <see cref="TaiPolicy.Equals(TaiPolicy)"/>
/// never writes JSON (issue 11).
/// </summary>
internal static class TaiPolicyEquality
{
    public static bool OnCall(OnCallPolicy a, OnCallPolicy b) =>
        ReferenceEquals(a, b) || (Fairness(a.Fairness, b.Fairness) && Compensation(a.Compensation, b.Compensation));

    /// <summary>Every ticket-life value but <see cref="TicketLifePolicy.Sla"/> (the pack's own <c>sla</c> section).</summary>
    public static bool TicketLife(TicketLifePolicy a, TicketLifePolicy b) =>
        ReferenceEquals(a, b)
        || (Clock(a.Acknowledge, b.Acknowledge) && Clock(a.NextReply, b.NextReply) && Assignment(a.Assignment, b.Assignment)
            && ValueEquality.Sequence(a.Rungs, b.Rungs, Rung) && a.CalendarChoice == b.CalendarChoice
            && ValueEquality.Map(a.CustomerCalendars, b.CustomerCalendars) && ValueEquality.Map(a.TeamCalendars, b.TeamCalendars)
            && ValueEquality.Set(a.FixedCalendars, b.FixedCalendars) && ValueEquality.Sequence(a.RelativeTargets, b.RelativeTargets, Relative));

    /// <summary>Later ticket-life versions (D28): the same instants, each with the same ticket-life values and SLA part.</summary>
    public static bool Versions(ImmutableArray<TicketLifePolicyVersion> a, ImmutableArray<TicketLifePolicyVersion> b) =>
        ValueEquality.Sequence(a, b, (x, y) => x.EffectiveFrom == y.EffectiveFrom && TicketLife(x.Policy, y.Policy) && x.Policy.Sla.Equals(y.Policy.Sla));

    public static int OnCallHash(OnCallPolicy p) =>
        HashCode.Combine(p.Fairness.MaxWeeksPerQuarter, p.Fairness.EveningShift, p.Compensation.Currency, p.Compensation.HourlyRate, p.Compensation.WeeklyStipend.Count);

    public static int TicketLifeHash(TicketLifePolicy p) =>
        HashCode.Combine(p.Acknowledge.Target, p.NextReply.Target, p.Assignment.Target, ValueEquality.Length(p.Rungs), p.CalendarChoice, p.CustomerCalendars.Count, ValueEquality.Length(p.RelativeTargets));

    private static bool Fairness(FairnessRules a, FairnessRules b) =>
        a.MaxWeeksPerQuarter == b.MaxWeeksPerQuarter && a.MaxConsecutiveEveningWeeks == b.MaxConsecutiveEveningWeeks
        && a.BusyWeekIncidents == b.BusyWeekIncidents && a.EveningShift == b.EveningShift && ValueEquality.Sequence(a.Levels, b.Levels)
        && a.OneLevelAtATime == b.OneLevelAtATime && a.TargetWeeksPerMonth == b.TargetWeeksPerMonth;

    private static bool Compensation(CompensationPolicy a, CompensationPolicy b) =>
        a.Currency == b.Currency && ValueEquality.Map(a.WeeklyStipend, b.WeeklyStipend) && ValueEquality.Map(a.WeeklyTimeOffInLieu, b.WeeklyTimeOffInLieu)
        && a.HourlyRate == b.HourlyRate && a.MinimumCallIn == b.MinimumCallIn && a.CallInRounding == b.CallInRounding
        && a.TimeOffRatio == b.TimeOffRatio && a.RebalanceShareOfFair == b.RebalanceShareOfFair && a.RebalanceMinimumPages == b.RebalanceMinimumPages;

    private static bool Clock(ConversationClockRule a, ConversationClockRule b) =>
        a.Target == b.Target && ValueEquality.Set(a.Channels, b.Channels);

    private static bool Assignment(AssignmentRule a, AssignmentRule b) =>
        ValueEquality.Set(a.Channels, b.Channels) && ValueEquality.Sequence(a.Checks, b.Checks) && a.CheckCalendarId == b.CheckCalendarId
        && a.Target == b.Target && a.CriticalTarget == b.CriticalTarget;

    private static bool Rung(AlertRung a, AlertRung b) =>
        a.Id == b.Id && a.Level == b.Level && a.Offset == b.Offset && ValueEquality.Set(a.Clocks, b.Clocks) && a.Measure == b.Measure
        && a.DeferToCalendarId == b.DeferToCalendarId && ValueEquality.Sequence(a.Actions, b.Actions);

    private static bool Relative(RelativeTargetRule a, RelativeTargetRule b) =>
        a.Clock == b.Clock && a.Target == b.Target && ValueEquality.Set(a.Tiers, b.Tiers) && ValueEquality.Set(a.Priorities, b.Priorities)
        && ValueEquality.Set(a.Channels, b.Channels);
}
