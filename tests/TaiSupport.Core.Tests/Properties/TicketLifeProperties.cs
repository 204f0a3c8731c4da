using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Lifecycle;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Invariants of a ticket's life (D21–D29) on random tickets: without events it is <see cref="SlaEvaluator"/>; events
/// after now change nothing; <see cref="TicketLifeResult.NextCheckAt"/> is exact; alerts fire in offset order; pauses
/// never bring a due forward; a later policy version never changes an earlier verdict; and every clock agrees with a
/// minute-stepping oracle. Replay a failure with the seed FsCheck prints.
/// </summary>
public sealed class TicketLifeProperties
{
    private static readonly TicketLife Life = TicketLife.Default;
    private static readonly SlaEvaluator Sla = SlaEvaluator.Default;
    private static readonly Duration Minute = Duration.FromMinutes(1);

    [Property(MaxTest = 300)]
    public Property WithoutEvents_ExactlySlaEvaluatorsAnswers() =>
        Prop.ForAll(Arb.From(SlaGenerators.AnyCase), c =>
        {
            var sla = Sla.Evaluate(c.Ticket, c.Now);
            var life = Life.Evaluate(c.Ticket, c.Now);

            // The same history spelled as events (status events, a real agent reply) gives the same answers too.
            var asEvents = c.Ticket with
            {
                StatusChanges = [],
                FirstResponseAt = null,
                Events = [.. c.Ticket.StatusChanges.Select(s => (Order: 1, Event: TicketEvent.StatusChanged(s.At, s.Status)))
                    .Concat(c.Ticket.FirstResponseAt is { } r ? [(Order: 0, Event: TicketEvent.AgentReply(r))] : [])
                    .OrderBy(e => e.Event.At).ThenBy(e => e.Order).Select(e => e.Event)],
            };
            return Same(sla, life).Label("legacy fields").And(Same(sla, Life.Evaluate(asEvents, c.Now)).Label("as events"));
        });

    [Property(MaxTest = 200)]
    public Property AnEventAfterNow_ChangesNothing() =>
        Prop.ForAll(
            Arb.From(
                from c in TicketLifeGenerators.Case
                from later in Gen.Choose(1, 5000)
                from kind in Gen.Choose(0, 4)
                select (c, later, kind)),
            x =>
            {
                var (c, later, kind) = x;
                var last = c.Ticket.Events.IsEmpty ? c.Now : Max(c.Now, c.Ticket.Events[^1].At);
                var at = last + Duration.FromMinutes(later);
                TicketEvent e = kind switch
                {
                    0 => TicketEvent.CustomerMessage(at),
                    1 => TicketEvent.AgentReply(at),
                    2 => TicketEvent.StatusChanged(at, TicketStatus.Resolved),
                    3 => TicketEvent.PriorityChanged(at, Priority.Critical),
                    _ => TicketEvent.Assigned(at, "x", "eu"),
                };
                var plain = Life.Evaluate(c.Ticket, c.Now);
                var more = Life.Evaluate(c.Ticket with { Events = c.Ticket.Events.Add(e) }, c.Now);
                return (at <= c.Now || Signature(plain) == Signature(more)).Label($"{Signature(plain)} vs {Signature(more)}");
            });

    [Property(MaxTest = 300)]
    public Property NextCheckAt_IsExact() =>
        Prop.ForAll(Arb.From(TicketLifeGenerators.Case), c =>
        {
            var ticket = c.Ticket with { Events = [.. c.Ticket.Events.Where(e => e.At <= c.Now)] };
            var result = Life.Evaluate(ticket, c.Now);
            var now = Signature(result);
            if (result.NextCheckAt is not { } next)
            {
                return (Signature(Life.Evaluate(ticket, c.Now + Duration.FromDays(60))) == now).Label("nothing ever changes");
            }

            var middle = c.Now + Duration.FromNanoseconds((next - c.Now).ToInt64Nanoseconds() / 2);
            return (next > c.Now).Label("after now")
                .And((Signature(Life.Evaluate(ticket, next - Duration.Epsilon)) == now).Label("no change just before"))
                .And((Signature(Life.Evaluate(ticket, middle)) == now).Label("no change in between"))
                .And((Signature(Life.Evaluate(ticket, next)) != now).Label("a change at it"));
        });

    [Property(MaxTest = 500)]
    public Property NextCheckAt_TheDedicatedPass_IsTheResultsNextCheck() =>
        Prop.ForAll(Arb.From(TicketLifeGenerators.Case), c =>
        {
            // NextCheckAt walks without building the result; it must agree with Evaluate's, on the evaluations of one thread
            // that reuse the per-thread scratch lists in between.
            var first = Life.Evaluate(c.Ticket, c.Now);
            var next = Life.NextCheckAt(c.Ticket, c.Now);
            var again = Life.Evaluate(c.Ticket, c.Now);
            return (next == first.NextCheckAt).Label($"NextCheckAt {next}, Evaluate {first.NextCheckAt}")
                .And((Signature(again) == Signature(first) && again.Clocks.Length == first.Clocks.Length && again.Alerts.Length == first.Alerts.Length).Label("a second evaluation is the same"));
        });

    [Property(MaxTest = 1000)]
    public Property Alerts_FireInOffsetOrder() =>
        Prop.ForAll(Arb.From(TicketLifeGenerators.Case), c =>
        {
            var policy = TicketLifePolicy.Default;
            var offsets = policy.Rungs.ToDictionary(r => r.Id, r => r.Offset);
            var result = Life.Evaluate(c.Ticket, c.Now);
            return result.Alerts.GroupBy(a => (a.Clock, a.Cycle)).All(cycle =>
            {
                var ordered = cycle.OrderBy(a => offsets[a.Rule]).ToList();
                return ordered.Zip(ordered.Skip(1)).All(p => p.First.At <= p.Second.At);
            }).Label(string.Join("; ", result.Alerts));
        });

    [Property(MaxTest = 200)]
    public Property Pausing_NeverMakesADueEarlier() =>
        Prop.ForAll(
            Arb.From(
                from c in TicketLifeGenerators.Case
                let span = (int)(c.Now - c.Ticket.CreatedAt).TotalMinutes
                from a in Gen.Choose(0, span)
                from b in Gen.Choose(a, span)
                select (c, From: c.Ticket.CreatedAt + Duration.FromMinutes(a), To: c.Ticket.CreatedAt + Duration.FromMinutes(b))),
            x =>
            {
                var (c, from, to) = x;
                var ticket = c.Ticket with { Events = [.. c.Ticket.Events.Where(e => e.Type != TicketEventType.Status)] };
                var paused = ticket with
                {
                    Events = [.. ticket.Events.Append(TicketEvent.StatusChanged(from, TicketStatus.WaitingOnCustomer)).Append(TicketEvent.StatusChanged(to, TicketStatus.Open)).OrderBy(e => e.At)],
                };
                var plain = Life.Evaluate(ticket, c.Now);
                var later = Life.Evaluate(paused, c.Now);
                var resolution = (Due(later.Find(TicketClock.Resolution)!) >= Due(plain.Find(TicketClock.Resolution)!)).Label("resolution");
                var fixedClocks = plain.Clocks.Where(k => k.Clock is TicketClock.Acknowledge or TicketClock.FirstResponse or TicketClock.Assignment)
                    .All(k => later.Find(k.Clock)!.Due == k.Due);
                return resolution.And(fixedClocks.Label("clocks that never pause keep their dues"));
            });

    [Property(MaxTest = 150)]
    public Property AnEditEffectiveLater_NeverChangesAnEarlierVerdict() =>
        Prop.ForAll(
            Arb.From(
                from c in TicketLifeGenerators.Case
                from shift in Gen.Choose(1, 3000)
                select (c, Edit: c.Now + Duration.FromMinutes(shift))),
            x =>
            {
                var (c, edit) = x;
                var closed = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId).OpenWeekdays(new LocalTime(11, 0), new LocalTime(12, 0)).Build();
                var edited = TicketLifePolicy.Default with
                {
                    Sla = SlaPolicy.Default with
                    {
                        Calendars = SlaPolicy.Default.Calendars.SetItem(BusinessCalendars.StarterHoursId, closed).SetItem(BusinessCalendars.ProfessionalHoursId, closed),
                    },
                    Acknowledge = TicketLifePolicy.Default.Acknowledge with { Target = Duration.FromMinutes(1) },
                };
                var versions = new TicketLife([new(Instant.MinValue, TicketLifePolicy.Default), new(edit, edited)]);
                var before = Life.Evaluate(c.Ticket, c.Now);
                var after = versions.Evaluate(c.Ticket, c.Now);
                return before.Clocks.Zip(after.Clocks).All(p => !IsVerdict(p.First.State) || (p.First.State == p.Second.State && (p.First.State == SlaState.Met || p.First.Due == p.Second.Due)))
                    .Label($"{Signature(before)} vs {Signature(after)}");
            });

    [Property(MaxTest = 100)]
    public Property EveryClock_AgreesWithAMinuteSteppingOracle() =>
        Prop.ForAll(Arb.From(TicketLifeGenerators.Case), c =>
        {
            var result = Life.Evaluate(c.Ticket, c.Now);
            var oracle = new LifeOracle(c.Ticket, c.Now);
            var property = true.Label("start");
            foreach (var clock in result.Clocks)
            {
                var (state, due, counted) = oracle.Read(clock);
                property = property.And((clock.State == state && clock.Due == due && clock.Counted == counted)
                    .Label($"{clock.Clock} {clock.Cycle}: engine {clock.State} due {clock.Due} counted {clock.Counted}; oracle {state} due {due} counted {counted}"));
            }

            return property.And(oracle.Expected().SequenceEqual(result.Clocks.Select(k => (k.Clock, k.StartedAt))).Label("the clocks and cycles that run"));
        });

    private static bool IsVerdict(SlaState state) => state is SlaState.Met or SlaState.Missed or SlaState.Breached;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Due(ClockReading clock) => clock.State == SlaState.Met ? Instant.MinValue : clock.Due ?? Instant.MaxValue;

    /// <summary>Everything that "changes" in the NextCheckAt sense: clock states, fired alerts, reassign.</summary>
    private static string Signature(TicketLifeResult r) =>
        string.Join(",", r.Clocks.Select(k => $"{k.Clock}{k.Cycle}:{k.State}:{k.Due}:{k.StoppedAt}"))
        + "|" + string.Join(",", r.Alerts.Select(a => $"{a.Clock}{a.Cycle}{a.Rule}@{a.At}:{a.Fired}"))
        + "|" + r.Reassign;

    private static bool Same(SlaResult sla, TicketLifeResult life)
    {
        var first = life.Find(TicketClock.FirstResponse)!;
        var resolution = life.Find(TicketClock.Resolution)!;
        return first.Due == sla.FirstResponseDue && first.State == sla.FirstResponseState && first.StoppedAt == sla.FirstResponseEndedAt
            && resolution.Due == sla.ResolutionDue && resolution.State == sla.ResolutionState
            && resolution.Counted == sla.ResolutionCounted && resolution.Paused == sla.ResolutionPaused
            && life.Reassign == sla.Reassign && life.Status == sla.Status;
    }

    /// <summary>
    /// The clocks read minute by minute, straight from D22–D26 (default policy, Los Angeles calendars): each clock counts
    /// the open minutes in which it runs; its due is the end of the minute in which the count reaches the target, while
    /// the clock runs at that instant.
    /// </summary>
    private sealed class LifeOracle(Ticket ticket, Instant now)
    {
        private static readonly TicketStatus[] Running = [TicketStatus.Open, TicketStatus.InProgress];
        private readonly SlaTarget target = SlaPolicy.Default.TargetFor(ticket.Tier, ticket.Priority);

        public TicketStatus StatusAt(Instant t) =>
            ticket.Events.LastOrDefault(e => e.Type == TicketEventType.Status && e.At <= t)?.Status ?? TicketStatus.Open;

        private Instant? FirstStop() =>
            ticket.Events.FirstOrDefault(e => e.At <= now && e.Status is TicketStatus.Resolved or TicketStatus.Closed)?.At;

        private Instant? First(Func<TicketEvent, bool> which) => ticket.Events.FirstOrDefault(e => e.At <= now && which(e))?.At;

        /// <summary>Which clocks run, with their starts: D22–D26 read directly.</summary>
        public IEnumerable<(TicketClock, Instant)> Expected()
        {
            var created = ticket.CreatedAt;
            if (ticket.Channel == TicketChannel.Slack)
            {
                yield return (TicketClock.Acknowledge, created);
            }

            yield return (TicketClock.FirstResponse, created);
            if (ticket.Channel == TicketChannel.Slack)
            {
                var real = false;
                Instant? open = null;
                foreach (var e in ticket.Events.Where(e => e.At <= now))
                {
                    var stopped = StatusAt(e.At) is TicketStatus.Resolved or TicketStatus.Closed;
                    if (e.Type == TicketEventType.AgentReply)
                    {
                        open = null;
                        real |= !e.Holding;
                    }
                    else if (e.Type == TicketEventType.Status && e.Status is TicketStatus.Resolved or TicketStatus.Closed)
                    {
                        open = null;
                    }
                    else if (e.Type == TicketEventType.CustomerMessage && real && !stopped && open is null)
                    {
                        open = e.At;
                        yield return (TicketClock.NextReply, e.At);
                    }
                }
            }

            if (ticket.Channel == TicketChannel.Email)
            {
                yield return (TicketClock.Assignment, created);
            }

            yield return (TicketClock.Resolution, created);
        }

        public (SlaState State, Instant? Due, Duration Counted) Read(ClockReading clock)
        {
            var created = ticket.CreatedAt;
            var calendar = SlaPolicy.Default.Calendars[target.FirstResponse.CalendarId];
            var lead = Duration.FromMinutes(30);
            switch (clock.Clock)
            {
                case TicketClock.Acknowledge:
                    return Fixed(calendar, Duration.FromMinutes(15), Min(First(e => e.Type == TicketEventType.AgentReply), FirstStop()));
                case TicketClock.FirstResponse:
                    return Fixed(calendar, target.FirstResponse.Target, Min(First(e => e.Type == TicketEventType.AgentReply && !e.Holding), FirstStop()));
                case TicketClock.Assignment:
                {
                    var due = ticket.Priority == Priority.Critical ? created + Duration.FromMinutes(30) : InboxCheck(created) + Duration.FromMinutes(30);
                    var stop = Min(First(e => e.Type == TicketEventType.Assigned), FirstStop());
                    var state = stop is { } s ? (s <= due ? SlaState.Met : SlaState.Missed) : Window(due, lead);
                    return (state, due, (stop ?? now) - created);
                }

                case TicketClock.NextReply:
                {
                    var reply = ticket.Events.FirstOrDefault(e => e.At > clock.StartedAt && e.At <= now && e.Type == TicketEventType.AgentReply)?.At;
                    var stop = ticket.Events.FirstOrDefault(e => e.At > clock.StartedAt && e.At <= now && e.Status is TicketStatus.Resolved or TicketStatus.Closed)?.At;
                    var byReply = reply is { } r && (stop is null || r <= stop);
                    return Pausing(calendar, Duration.FromHours(4), clock.StartedAt, byReply ? reply : null, byReply ? null : stop);
                }

                default:
                    return Pausing(SlaPolicy.Default.Calendars[target.Resolution.CalendarId], target.Resolution.Target, created, null, null);
            }

            (SlaState, Instant?, Duration) Fixed(BusinessCalendar cal, Duration goal, Instant? stop)
            {
                var (due, counted, open) = (Instant.MinValue, 0L, 0L);
                var end = stop ?? now;
                var dueFound = false;
                for (var t = created; !dueFound || t < end; t += Minute)
                {
                    if (cal.IsOpen(t))
                    {
                        counted += t < end ? 1 : 0;
                        if (++open == (long)goal.TotalMinutes && !dueFound)
                        {
                            (due, dueFound) = (t + Minute, true);
                        }
                    }
                }

                var state = stop is { } s ? (s <= due ? SlaState.Met : SlaState.Missed) : Window(due, lead);
                return (state, due, Duration.FromMinutes(counted));
            }

            (SlaState, Instant?, Duration) Pausing(BusinessCalendar cal, Duration goal, Instant start, Instant? reply, Instant? stoppedBy)
            {
                var end = reply ?? stoppedBy ?? now;
                var goalMinutes = (long)goal.TotalMinutes;
                var counted = 0L;
                Instant? reached = null;
                for (var t = start; t < end; t += Minute)
                {
                    if (counted >= goalMinutes && reached is null && IsRunning(t))
                    {
                        reached = t; // reached earlier while paused: due when it runs again
                    }

                    if (cal.IsOpen(t) && IsRunning(t))
                    {
                        counted++;
                        // Paused exactly at the due is paused, not reached (the SLA's rule, SlaEvaluatorTests
                        // Evaluate_PausedExactlyAtTheDue_IsPausedAndOneTickLaterIsBreached): it is reached when it runs again.
                        if (counted == goalMinutes && reached is null && IsRunning(t + Minute) && (t + Minute < end || (reply is null && stoppedBy is null)))
                        {
                            reached = t + Minute;
                        }
                    }
                }

                if (reached is null && counted >= goalMinutes && reply is null && stoppedBy is null && IsRunning(end))
                {
                    reached = end;
                }

                var countedTime = Duration.FromMinutes(counted);
                if (reply is not null)
                {
                    return (reached is null ? SlaState.Met : SlaState.Missed, reached ?? ProjectedFromLastRun(cal, goalMinutes, start, end), countedTime);
                }

                var stopped = stoppedBy is not null || StatusAt(now) is TicketStatus.Resolved or TicketStatus.Closed;
                if (reached is { } r && r <= now)
                {
                    return (stopped ? SlaState.Missed : SlaState.Breached, r, countedTime);
                }

                if (stopped)
                {
                    return (SlaState.Met, null, countedTime);
                }

                if (StatusAt(now) == TicketStatus.WaitingOnCustomer)
                {
                    return (SlaState.Paused, null, countedTime);
                }

                var due = Project(cal, now, goalMinutes - counted);
                return (Window(due, lead), due, countedTime);
            }

            bool IsRunning(Instant t) => Running.Contains(StatusAt(t));
        }

        /// <summary>A reply-stopped cycle reports the due as it stood in its last running stretch.</summary>
        private Instant? ProjectedFromLastRun(BusinessCalendar cal, long goal, Instant start, Instant end)
        {
            Instant? lastRunStart = null;
            long countedBefore = 0, counted = 0;
            var wasRunning = false;
            for (var t = start; t < end; t += Minute)
            {
                var running = Running.Contains(StatusAt(t));
                if (running && !wasRunning)
                {
                    (lastRunStart, countedBefore) = (t, counted);
                }

                if (running && cal.IsOpen(t))
                {
                    counted++;
                }

                wasRunning = running;
            }

            return lastRunStart is { } s ? Project(cal, s, goal - countedBefore) : null;
        }

        private static Instant Project(BusinessCalendar cal, Instant from, long minutes)
        {
            var t = from;
            while (minutes > 0)
            {
                if (cal.IsOpen(t))
                {
                    minutes--;
                }

                t += Minute;
            }

            return t;
        }

        private static Instant InboxCheck(Instant created)
        {
            var zone = DateTimeZoneProviders.Tzdb[SlaGenerators.Zone];
            for (var t = created; ; t += Minute)
            {
                var local = t.InZone(zone).LocalDateTime;
                if (local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && local.Minute == 0 && local.Hour is 9 or 12 or 15 or 17)
                {
                    return t;
                }
            }
        }

        private static Instant? Min(Instant? a, Instant? b) => a is null ? b : b is null || a <= b ? a : b;

        private SlaState Window(Instant due, Duration lead) => now >= due ? SlaState.Breached : now >= due - lead ? SlaState.AtRisk : SlaState.Pending;
    }
}
