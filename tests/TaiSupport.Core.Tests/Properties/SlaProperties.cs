using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of the SLA clocks (manual §2.2.5–§2.2.6; D5, D7) on random tickets: pauses never bring a due forward,
/// Critical ignores business hours, evaluation is deterministic, equal-time changes behave as documented
/// (docs/sla.md "Equal-time events"), and counted time agrees with a minute-stepping oracle.
/// Replay a failure with the seed FsCheck prints: <c>[Property(Replay = "…")]</c>.
/// </summary>
public sealed class SlaProperties
{
    private static readonly SlaEvaluator Sla = SlaEvaluator.Default;

    /// <summary>The resolution due, or "never" (null → max) when the clock is met or paused: what "not earlier" compares.</summary>
    private static Instant DueOrNever(SlaResult result) => result.ResolutionDue ?? Instant.MaxValue;

    [Property(MaxTest = 300)]
    public Property Pausing_NeverMakesADueEarlier() =>
        Prop.ForAll(Arb.From(SlaGenerators.CaseWithWindow), x =>
        {
            var (c, from, to) = x;
            var plain = Sla.Evaluate(c.Ticket, c.Now);
            var paused = Sla.Evaluate(SlaGenerators.Pause(c.Ticket, from, to), c.Now);
            return (DueOrNever(paused) >= DueOrNever(plain)).Label($"resolution due: plain {plain.ResolutionDue}, paused {paused.ResolutionDue}")
                .And((paused.FirstResponseDue == plain.FirstResponseDue).Label("the first-response clock never pauses (D7)"))
                .And((paused.ResolutionCounted <= plain.ResolutionCounted).Label("counted time"));
        });

    [Property(MaxTest = 300)]
    public Property MorePausedTime_NeverMakesADueEarlier() =>
        Prop.ForAll(
            Arb.From(
                from x in SlaGenerators.CaseWithWindow
                let room = (int)(x.Case.Now - x.To).TotalMinutes
                from more in Gen.Choose(0, room)
                select (x.Case, x.From, x.To, Longer: x.To + Duration.FromMinutes(more))),
            x =>
            {
                var shorter = Sla.Evaluate(SlaGenerators.Pause(x.Case.Ticket, x.From, x.To), x.Case.Now);
                var longer = Sla.Evaluate(SlaGenerators.Pause(x.Case.Ticket, x.From, x.Longer), x.Case.Now);
                return (DueOrNever(longer) >= DueOrNever(shorter)).Label($"shorter pause {shorter.ResolutionDue}, longer {longer.ResolutionDue}")
                    .And((longer.ResolutionPaused >= shorter.ResolutionPaused).Label("paused time"));
            });

    [Property(MaxTest = 150)]
    public Property CriticalDues_NeverDependOnBusinessHours() =>
        Prop.ForAll(
            Arb.From(
                from c in SlaGenerators.Case(Gen.Constant(Priority.Critical))
                from starter in CalendarGenerators.DefinitionAround(SlaGenerators.Zone, c.Now.InUtc().Date).Where(CalendarGenerators.IsValid)
                from professional in CalendarGenerators.DefinitionAround("Asia/Kathmandu", c.Now.InUtc().Date).Where(CalendarGenerators.IsValid)
                select (c, starter, professional)),
            x =>
            {
                var strangeHours = new SlaEvaluator(SlaPolicy.Default with
                {
                    Calendars = SlaPolicy.Default.Calendars
                        .SetItem(BusinessCalendars.StarterHoursId, BusinessCalendar.Create(x.starter))
                        .SetItem(BusinessCalendars.ProfessionalHoursId, BusinessCalendar.Create(x.professional)),
                });
                var usual = Sla.Evaluate(x.c.Ticket, x.c.Now);
                var strange = strangeHours.Evaluate(x.c.Ticket, x.c.Now);
                return (usual.FirstResponseDue == x.c.Ticket.CreatedAt + Duration.FromHours(1)).Label("1 h of wall-clock time (D5)")
                    .And(usual.Equals(strange).Label($"same result with other business hours: {usual} vs {strange}"))
                    .And(usual.Trace.SequenceEqual(strange.Trace).Label("same trace"));
            });

    [Property(MaxTest = 200)]
    public Property Evaluate_IsDeterministic() =>
        Prop.ForAll(Arb.From(SlaGenerators.AnyCase), c =>
        {
            var first = Sla.Evaluate(c.Ticket, c.Now);
            var again = new SlaEvaluator(SlaPolicy.Default).Evaluate(c.Ticket with { }, c.Now);
            return first.Equals(again) && first.Trace.SequenceEqual(again.Trace);
        });

    [Property(MaxTest = 300)]
    public Property EqualTimeChanges_OnlyTheLastAtEachInstantMatters() =>
        Prop.ForAll(Arb.From(from c in SlaGenerators.AnyCase from seed in Gen.Choose(0, int.MaxValue) select (c, seed)), x =>
        {
            var ticket = x.c.Ticket;
            var groups = ticket.StatusChanges.GroupBy(change => change.At).ToList();
            var random = new Random(x.seed);
            var shuffled = ticket with
            {
                StatusChanges = [.. groups.SelectMany(g => g.SkipLast(1).OrderBy(_ => random.Next()).Append(g.Last()))],
            };
            var lastOnly = ticket with { StatusChanges = [.. groups.Select(g => g.Last())] };
            var expected = Sla.Evaluate(ticket, x.c.Now);
            var reordered = Sla.Evaluate(shuffled, x.c.Now);
            var trimmed = Sla.Evaluate(lastOnly, x.c.Now);
            return (Same(expected, reordered) && expected.Trace.SequenceEqual(reordered.Trace)).Label("reordering the overwritten changes of an instant changes nothing")
                .And((Same(expected, trimmed) && expected.Trace.SequenceEqual(trimmed.Trace)).Label("dropping them changes nothing"));
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_IgnoresWhatHappensAfterNow() =>
        Prop.ForAll(Arb.From(SlaGenerators.AnyCase), c =>
        {
            var known = c.Ticket with
            {
                FirstResponseAt = c.Ticket.FirstResponseAt <= c.Now ? c.Ticket.FirstResponseAt : null,
                StatusChanges = [.. c.Ticket.StatusChanges.Where(change => change.At <= c.Now)],
            };
            var full = Sla.Evaluate(c.Ticket, c.Now);
            var asOf = Sla.Evaluate(known, c.Now);
            return Same(full, asOf) && full.Trace.SequenceEqual(asOf.Trace);
        });

    [Property(MaxTest = 200)]
    public Property ABreach_StaysBreachedAsTimePassesWithoutNews() =>
        Prop.ForAll(Arb.From(from c in SlaGenerators.AnyCase from later in Gen.Choose(0, 5000) select (c, later)), x =>
        {
            var last = x.c.Ticket.StatusChanges.Select(s => s.At).Append(x.c.Ticket.FirstResponseAt ?? x.c.Ticket.CreatedAt).Max();
            var now = x.c.Now > last ? x.c.Now : last;
            var before = Sla.Evaluate(x.c.Ticket, now);
            var after = Sla.Evaluate(x.c.Ticket, now + Duration.FromMinutes(x.later));
            return (before.FirstResponseState != SlaState.Breached || after.FirstResponseState == SlaState.Breached).Label("first response")
                .And((before.ResolutionState != SlaState.Breached || (after.ResolutionState == SlaState.Breached && after.ResolutionDue == before.ResolutionDue)).Label("resolution"))
                .And((!before.Reassign || after.Reassign).Label("reassign"));
        });

    [Property(MaxTest = 100)]
    public Property CountedAndPausedTime_AgreeWithAMinuteSteppingOracle() =>
        Prop.ForAll(Arb.From(SlaGenerators.AnyCase), c =>
        {
            var result = Sla.Evaluate(c.Ticket, c.Now);
            var calendar = SlaPolicy.Default.Calendars[result.Target.Resolution.CalendarId];
            var (counted, paused) = (0, 0);
            for (var minute = c.Ticket.CreatedAt; minute < c.Now; minute += Duration.FromMinutes(1))
            {
                if (!calendar.IsOpen(minute))
                {
                    continue;
                }

                var status = c.Ticket.StatusAt(minute);
                counted += status is TicketStatus.Open or TicketStatus.InProgress ? 1 : 0;
                paused += status is TicketStatus.WaitingOnCustomer ? 1 : 0;
            }

            return (result.ResolutionCounted == Duration.FromMinutes(counted)).Label($"counted {result.ResolutionCounted} vs oracle {counted} min")
                .And((result.ResolutionPaused == Duration.FromMinutes(paused)).Label($"paused {result.ResolutionPaused} vs oracle {paused} min"));
        });

    /// <summary>Equal results apart from the ticket (whose history may be spelled differently).</summary>
    private static bool Same(SlaResult a, SlaResult b) =>
        a.Now == b.Now && a.Target == b.Target && a.Status == b.Status
        && a.FirstResponseDue == b.FirstResponseDue && a.FirstResponseState == b.FirstResponseState
        && a.FirstResponseEndedAt == b.FirstResponseEndedAt && a.Reassign == b.Reassign
        && a.ResolutionDue == b.ResolutionDue && a.ResolutionState == b.ResolutionState
        && a.ResolutionCounted == b.ResolutionCounted && a.ResolutionPaused == b.ResolutionPaused;
}
