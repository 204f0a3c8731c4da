using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of incident declaration (D16) and the playbook's clocks (D17) on random signals and incident records.
/// Replay a failure with the seed FsCheck prints: <c>[Property(Replay = "…")]</c>.
/// </summary>
public sealed class IncidentProperties
{
    private static readonly IncidentPolicy Policy = IncidentPolicy.Default;

    [Property(MaxTest = 500)]
    public Property Assess_WorseningAnySignal_NeverLowersTheLevel() =>
        Prop.ForAll(Arb.From(IncidentGenerators.Worsening), x =>
            IncidentDeclaration.Assess(x.Worse, Policy).Level >= IncidentDeclaration.Assess(x.Signals, Policy).Level);

    [Property(MaxTest = 500)]
    public Property Assess_Level_IsTheHighestAnyCriterionSupports_UnlessOnlyExclusionsApply() =>
        Prop.ForAll(Arb.From(IncidentGenerators.Signals), signals =>
        {
            var result = IncidentDeclaration.Assess(signals, Policy);
            var supporting = IncidentCriteria.All.Where(c => c.Test(signals, Policy) is not null).ToList();
            var counting = signals.UserError is null
                ? supporting
                : supporting.Where(c => !Policy.CriteriaCancelledByUserError.Contains(c.Id)).ToList();
            var expected = counting.Count == 0 ? IncidentLevel.None : counting.Max(c => c.Level);
            return result.Level == expected
                && result.Fired.Select(f => f.Criterion).Concat(result.Cancelled.Select(c => c.Criterion)).Order().SequenceEqual(supporting.Select(c => c.Id).Order())
                && (signals.UserError is null || counting.Count > 0 || result.Level == IncidentLevel.None);
        });

    /// <summary>An oracle written straight from D16 with the default numbers, independent of the criteria values.</summary>
    [Property(MaxTest = 500)]
    public Property Assess_AgreesWithAPlainReadingOfD16() =>
        Prop.ForAll(Arb.From(IncidentGenerators.Signals), s =>
        {
            var singleCustomerCounts = s.UserError is null;
            var p1 = s.ApiDown > Duration.FromMinutes(3) || s.CustomersUnableCoreFeaturePct > 50m || s.DataLoss || s.DataCorruption
                || s.SecurityBreach || s.UnauthorizedAccess || s.RegulatoryEvent;
            var p2 = (singleCustomerCounts && s.SingleCustomerCoreFeatureOutage > Duration.FromMinutes(15)) || s.Latency > Duration.FromSeconds(1)
                || s.ErrorRatePct > 5m || s.DataInconsistency || s.WebhookFailurePct > 20m;
            var p3 = s.Latency > Duration.FromMilliseconds(500) || (singleCustomerCounts && s.ReproducibleBugWithImpact);
            var expected = p1 ? IncidentLevel.P1 : p2 ? IncidentLevel.P2 : p3 ? IncidentLevel.P3 : IncidentLevel.None;
            return IncidentDeclaration.Assess(s, Policy).Level == expected;
        });

    [Property(MaxTest = 500)]
    public Property NextActions_AreOrderedByDueInstantAndNeverAlreadyDone() =>
        Prop.ForAll(Arb.From(IncidentGenerators.RecordAndNow), x =>
        {
            var (incident, now) = x;
            var actions = IncidentPlaybook.NextActions(incident, now, Policy).Actions;
            var ordered = actions.Zip(actions.Skip(1)).All(p => p.First.Due <= p.Second.Due);
            var distinct = actions.Select(a => a.Action).Distinct().Count() == actions.Length;
            var overdueFlags = actions.All(a => a.Overdue == now > a.Due);
            return (ordered && distinct && overdueFlags && actions.All(a => !Done(a, incident, now))).Label($"{string.Join(", ", actions)}");
        });

    [Property(MaxTest = 300)]
    public Property NextActions_StatusUpdateCadence_NeverExceedsFifteenMinutesOrTenWhileFixing() =>
        Prop.ForAll(Arb.From(IncidentGenerators.RecordAndNow), x =>
        {
            var (incident, now) = x;
            var update = IncidentPlaybook.NextActions(incident, now, Policy).Actions.SingleOrDefault(a => a.Action == PlaybookActions.UpdateStatusPage);
            var last = incident.StatusUpdates.Where(u => u <= now).Select(u => (Instant?)u).Max();
            if (update is null || last is not { } l)
            {
                return true;
            }

            var withinRegular = update.Due <= l + Duration.FromMinutes(15);
            var withinFixing = incident.RootCauseFoundAt is not { } fix || fix > now || update.Due <= Instant.Max(l, fix) + Duration.FromMinutes(10);
            return withinRegular && withinFixing && update.Due > l;
        });

    [Property(MaxTest = 200)]
    public Property RecordJson_WriteThenRead_RoundTrips() =>
        Prop.ForAll(Arb.From(IncidentGenerators.Record), incident =>
        {
            var json = IncidentRecordJson.Write(incident);
            var read = IncidentRecordJson.Read(json);
            return (read.IsValid && IncidentRecordJson.Write(read.Value!) == json).Label(read.IsValid ? json : read.DescribeProblems());
        });

    /// <summary>Verification against a sorting oracle: the latest runs (a failure wins a tie) must be a streak of passes.</summary>
    [Property(MaxTest = 500)]
    public Property VerifiedAt_AgreesWithSortingTheRuns() =>
        Prop.ForAll(
            Arb.From(
                from count in Gen.Choose(0, 12)
                from runs in Gen.ListOf(
                    from minute in Gen.Choose(0, 20) from passed in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
                    select new VerificationRun(Instant.FromUtc(2026, 2, 10, 22, minute), passed), count)
                from passes in Gen.Choose(1, 6)
                from now in Gen.Choose(0, 22)
                select (Runs: runs.ToImmutableArray(), Passes: passes, Now: Instant.FromUtc(2026, 2, 10, 22, 0) + Duration.FromMinutes(now))),
            x =>
            {
                var known = x.Runs.Where(r => r.At <= x.Now).OrderByDescending(r => r.At).ThenBy(r => r.Passed).ToList();
                var streak = known.TakeWhile(r => r.Passed).Count();
                Instant? expected = streak >= x.Passes ? known[streak - x.Passes].At : null;
                return IncidentPlaybook.VerifiedAt(x.Runs, x.Now, x.Passes) == expected;
            });

    /// <summary>Whether the incident shows the action as done by <paramref name="now"/> — written independently of the playbook.</summary>
    private static bool Done(RequiredAction action, IncidentRecord incident, Instant now)
    {
        bool Happened(Instant? at) => at is { } t && t <= now;
        var resolved = Happened(incident.ResolvedAt);
        return action.Action switch
        {
            PlaybookActions.Acknowledge => resolved || incident.Acknowledgements.Any(a => a <= now),
            PlaybookActions.UpdateStatusPage => resolved || incident.StatusUpdates.Any(u => u <= now && u >= action.Due),
            PlaybookActions.NotifyCustomers => resolved || Happened(incident.CustomersNotifiedAt),
            PlaybookActions.DecisionPoint => resolved || Happened(incident.RootCauseFoundAt) || Happened(incident.EscalatedAt) || Happened(incident.Level2PagedAt),
            PlaybookActions.PageLevel2 => resolved || Happened(incident.Level2PagedAt),
            PlaybookActions.Verify => LastFivePassed(incident, now),
            PlaybookActions.SendResolutionNotice => !resolved || Happened(incident.ResolutionNoticeSentAt),
            PlaybookActions.HoldPostMortem => !resolved || Happened(incident.PostMortemHeldAt),
            _ => true,
        };
    }

    private static bool LastFivePassed(IncidentRecord incident, Instant now)
    {
        var known = incident.VerificationRuns.Where(r => r.At <= now).OrderBy(r => r.At).ThenByDescending(r => r.Passed).ToList();
        return known.Count >= 5 && known.Skip(known.Count - 5).All(r => r.Passed);
    }
}
