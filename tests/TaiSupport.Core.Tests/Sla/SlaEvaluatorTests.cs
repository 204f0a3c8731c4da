using TaiSupport.Core.Calendars;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;
using static TaiSupport.Core.Tickets.TicketStatus;

namespace TaiSupport.Core.Tests.Sla;

/// <summary>
/// SLA clocks worked by hand (manual §1.2, §1.3, §2.2.4–§2.2.6, quick reference "SLA Targets"; D3, D5–D9), each state
/// on both sides of every boundary: due − 30 min, due, due + 2 h.
/// </summary>
public sealed class SlaEvaluatorTests
{
    private static readonly SlaEvaluator Sla = SlaEvaluator.Default;
    private static readonly Duration Tick = Duration.Epsilon;

    /// <summary>An Enterprise High ticket created Monday 10:00 PST: on "always", first response due 11:00, resolution due 18:00.</summary>
    private static readonly Ticket Enterprise = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00");

    private static readonly Instant FirstDue = Pt.At("2026-01-26 11:00");
    private static readonly Instant ResolutionDue = Pt.At("2026-01-26 18:00");

    private static SlaResult Evaluate(Ticket ticket, string now) => Sla.Evaluate(ticket, Pt.At(now));

    // ---- The D-table, row by row -----------------------------------------------------------------------------

    /// <summary>Created Monday 2026-01-26 10:00 PST, inside every calendar's hours; dues worked by hand.</summary>
    public static TheoryData<Tier, Priority, string, string> DTableDues()
    {
        var data = new TheoryData<Tier, Priority, string, string>();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            data.Add(tier, Priority.Critical, "2026-01-26 11:00", "2026-01-26 18:00"); // D5: 1 h / 8 h on "always"
        }

        foreach (var priority in new[] { Priority.Low, Priority.Medium, Priority.High })
        {
            data.Add(Tier.Enterprise, priority, "2026-01-26 11:00", "2026-01-26 18:00");
            // Professional: 4 h → Mon 14:00; 18 h = Mon 8 h (10–18) + Tue 9 h + Wed 1 h → Wed 10:00.
            data.Add(Tier.Professional, priority, "2026-01-26 14:00", "2026-01-28 10:00");
            // Starter: 8 h = Mon 7 h (10–17) + Tue 1 h → Tue 10:00; 56 h = 7 + 4×8 + 8 + 8 + 1 → Wed 2026-02-04 10:00.
            data.Add(Tier.Starter, priority, "2026-01-27 10:00", "2026-02-04 10:00");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DTableDues))]
    public void Evaluate_EveryDTableRow_GivesTheHandWorkedDues(Tier tier, Priority priority, string firstDue, string resolutionDue)
    {
        var result = Evaluate(Pt.Ticket(tier, priority, "2026-01-26 10:00"), "2026-01-26 10:00");
        Assert.Equal(Pt.At(firstDue), result.FirstResponseDue);
        Assert.Equal(Pt.At(resolutionDue), result.ResolutionDue);
        Assert.Equal(SlaState.Pending, result.FirstResponseState);
        Assert.Equal(SlaState.Pending, result.ResolutionState);
        Assert.False(result.Reassign);
    }

    // ---- First response: §2.2.5 states, §2.2.4 reassign ------------------------------------------------------

    /// <summary>Offsets from the first-response due (11:00) and what §2.2.5 / D8 / D9 say there.</summary>
    public static TheoryData<string, Duration, SlaState, bool> FirstResponseBoundaries() => new()
    {
        { "one tick before due − 30 min", -Duration.FromMinutes(30) - Tick, SlaState.Pending, false },
        { "due − 30 min exactly", -Duration.FromMinutes(30), SlaState.AtRisk, false },
        { "one tick before the due", -Tick, SlaState.AtRisk, false },
        { "the due exactly", Duration.Zero, SlaState.Breached, false },
        { "one tick before due + 2 h", Duration.FromHours(2) - Tick, SlaState.Breached, false },
        { "due + 2 h exactly", Duration.FromHours(2), SlaState.Breached, true },
    };

    [Theory]
    [MemberData(nameof(FirstResponseBoundaries))]
    public void Evaluate_NoResponse_StateAndReassignOnBothSidesOfEachBoundary(string when, Duration offset, SlaState state, bool reassign)
    {
        // §2.2.5 "auto-alert if 30 minutes before due time" (D8); §2.2.4 "change ownership if not responded in 2 hours past SLA" (D9).
        var result = Sla.Evaluate(Enterprise, FirstDue + offset);
        Assert.True(state == result.FirstResponseState, $"{when}: {result.FirstResponseState}");
        Assert.Equal(reassign, result.Reassign);
        Assert.Equal(FirstDue + Duration.FromHours(2), result.ReassignAt);
    }

    [Fact]
    public void Evaluate_ResponseExactlyAtTheDue_IsMetAndOneTickLaterIsMissed()
    {
        // §2.2.5: responded by the due → met; after it → missed. A late response never reassigns.
        var later = FirstDue + Duration.FromHours(5);
        var onTime = Sla.Evaluate(Enterprise with { FirstResponseAt = FirstDue }, later);
        var late = Sla.Evaluate(Enterprise with { FirstResponseAt = FirstDue + Tick }, later);
        Assert.Equal(SlaState.Met, onTime.FirstResponseState);
        Assert.Equal(SlaState.Missed, late.FirstResponseState);
        Assert.False(late.Reassign);
        Assert.Equal(FirstDue + Tick, late.FirstResponseEndedAt);
    }

    [Fact]
    public void Evaluate_AResponseAfterNow_IsNotYetKnown()
    {
        var ticket = Enterprise with { FirstResponseAt = Pt.At("2026-01-26 11:30") };
        Assert.Equal(SlaState.Breached, Evaluate(ticket, "2026-01-26 11:10").FirstResponseState);
        Assert.Equal(SlaState.Missed, Evaluate(ticket, "2026-01-26 11:30").FirstResponseState);
    }

    [Fact]
    public void Evaluate_ResolvedWithoutAResponse_StopsTheFirstResponseClock()
    {
        // D7: Resolved/Closed stop both clocks; the resolution is the answer the customer got.
        var early = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 10:40", Resolved)), "2026-01-26 15:00");
        Assert.Equal(SlaState.Met, early.FirstResponseState);
        Assert.Equal(Pt.At("2026-01-26 10:40"), early.FirstResponseEndedAt);
        Assert.False(early.Reassign);

        var late = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 11:30", Closed)), "2026-01-26 15:00");
        Assert.Equal(SlaState.Missed, late.FirstResponseState);
        Assert.False(late.Reassign);
    }

    [Fact]
    public void Evaluate_WaitingOnCustomer_NeverPausesTheFirstResponseClock()
    {
        // D7: "the first-response clock stops at the first agent response and never pauses".
        var result = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 10:10", WaitingOnCustomer)), "2026-01-26 13:00");
        Assert.Equal(FirstDue, result.FirstResponseDue);
        Assert.Equal(SlaState.Breached, result.FirstResponseState);
        Assert.True(result.Reassign);
        Assert.Equal(SlaState.Paused, result.ResolutionState);
    }

    // ---- Resolution: §2.2.6, D7 -----------------------------------------------------------------------------

    /// <summary>Offsets from the resolution due (18:00) of a ticket that keeps running.</summary>
    public static TheoryData<string, Duration, SlaState> ResolutionBoundaries() => new()
    {
        { "one tick before due − 30 min", -Duration.FromMinutes(30) - Tick, SlaState.Pending },
        { "due − 30 min exactly", -Duration.FromMinutes(30), SlaState.AtRisk },
        { "one tick before the due", -Tick, SlaState.AtRisk },
        { "the due exactly", Duration.Zero, SlaState.Breached },
        { "two hours after the due", Duration.FromHours(2), SlaState.Breached },
    };

    [Theory]
    [MemberData(nameof(ResolutionBoundaries))]
    public void Evaluate_RunningResolutionClock_StateOnBothSidesOfEachBoundary(string when, Duration offset, SlaState state)
    {
        var ticket = Enterprise with { FirstResponseAt = Pt.At("2026-01-26 10:20") };
        var result = Sla.Evaluate(ticket, ResolutionDue + offset);
        Assert.True(state == result.ResolutionState, $"{when}: {result.ResolutionState}");
        Assert.Equal(ResolutionDue, result.ResolutionDue);
    }

    [Fact]
    public void Evaluate_WaitingOnCustomer_PausesWithoutADue()
    {
        // §2.2.6 "Waiting on Customer"; D7: the clock pauses, so there is no due until it runs again.
        var result = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 11:00", WaitingOnCustomer)), "2026-01-26 13:00");
        Assert.Equal(SlaState.Paused, result.ResolutionState);
        Assert.Null(result.ResolutionDue);
        Assert.Equal(Duration.FromHours(1), result.ResolutionCounted);
        Assert.Equal(Duration.FromHours(2), result.ResolutionPaused);
        Assert.Equal(Duration.FromHours(7), result.ResolutionRemaining);
    }

    [Fact]
    public void Evaluate_AfterTheCustomerAnswers_TheDueMovesByThePausedTime()
    {
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 11:00", WaitingOnCustomer), ("2026-01-26 13:00", InProgress));
        var result = Evaluate(ticket, "2026-01-26 13:00");
        Assert.Equal(SlaState.Pending, result.ResolutionState);
        Assert.Equal(Pt.At("2026-01-26 20:00"), result.ResolutionDue); // 18:00 + the 2 h paused
    }

    [Fact]
    public void Evaluate_ResolvedBeforeTheTarget_IsMetWithoutADue()
    {
        var result = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 12:00", Resolved)), "2026-01-27 12:00");
        Assert.Equal(SlaState.Met, result.ResolutionState);
        Assert.Null(result.ResolutionDue);
        Assert.Equal(Duration.FromHours(2), result.ResolutionCounted);
    }

    [Fact]
    public void Evaluate_AReopen_ResumesTheClock()
    {
        // D7: Resolved stops the clock; leaving it resumes it. 2 h before the resolution, 1 h after the reopen.
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 12:00", Resolved), ("2026-01-26 15:00", InProgress));
        var result = Evaluate(ticket, "2026-01-26 16:00");
        Assert.Equal(Duration.FromHours(3), result.ResolutionCounted);
        Assert.Equal(Pt.At("2026-01-26 21:00"), result.ResolutionDue);
        Assert.Equal(SlaState.Pending, result.ResolutionState);
        Assert.Contains("reopened 1 time", result.Trace.Single(s => s.Rule == SlaRules.ResolutionClock).Reason);
    }

    [Fact]
    public void Evaluate_ResolvedExactlyAtTheDue_IsMetAndOneTickLaterIsMissed()
    {
        var onTime = Sla.Evaluate(Enterprise.WithStatusChange(ResolutionDue, Resolved), ResolutionDue + Duration.FromHours(1));
        var late = Sla.Evaluate(Enterprise.WithStatusChange(ResolutionDue + Tick, Resolved), ResolutionDue + Duration.FromHours(1));
        Assert.Equal(SlaState.Met, onTime.ResolutionState);
        Assert.Null(onTime.ResolutionDue);
        Assert.Equal(SlaState.Missed, late.ResolutionState);
        Assert.Equal(ResolutionDue, late.ResolutionDue); // the instant the counted time reached the target
    }

    [Fact]
    public void Evaluate_PausedExactlyAtTheDue_IsPausedAndOneTickLaterIsBreached()
    {
        var now = ResolutionDue + Duration.FromHours(1);
        var onTime = Sla.Evaluate(Enterprise.WithStatusChange(ResolutionDue, WaitingOnCustomer), now);
        var late = Sla.Evaluate(Enterprise.WithStatusChange(ResolutionDue + Tick, WaitingOnCustomer), now);
        Assert.Equal(SlaState.Paused, onTime.ResolutionState);
        Assert.Equal(Duration.Zero, onTime.ResolutionRemaining);
        Assert.Equal(SlaState.Breached, late.ResolutionState);
        Assert.Equal(ResolutionDue, late.ResolutionDue);
    }

    [Fact]
    public void Evaluate_ResumingWithNothingLeft_BreachesAtTheResume()
    {
        var ticket = Enterprise.WithStatusChange(ResolutionDue, WaitingOnCustomer).WithStatusChange(Pt.At("2026-01-26 20:00"), InProgress);
        Assert.Equal(SlaState.Paused, Evaluate(ticket, "2026-01-26 19:59").ResolutionState);
        var resumed = Evaluate(ticket, "2026-01-26 20:00");
        Assert.Equal(SlaState.Breached, resumed.ResolutionState);
        Assert.Equal(Pt.At("2026-01-26 20:00"), resumed.ResolutionDue);
    }

    [Fact]
    public void Evaluate_ResolvedLongAfterTheTarget_IsMissedWithTheInstantTheTargetWasReached()
    {
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 10:30", InProgress), ("2026-01-26 19:00", Resolved));
        var result = Evaluate(ticket, "2026-01-26 20:00");
        Assert.Equal(SlaState.Missed, result.ResolutionState);
        Assert.Equal(ResolutionDue, result.ResolutionDue);
    }

    [Fact]
    public void Evaluate_WaitingAfterTheBreach_StaysBreached()
    {
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 18:30", WaitingOnCustomer));
        var result = Evaluate(ticket, "2026-01-26 19:00");
        Assert.Equal(SlaState.Breached, result.ResolutionState);
        Assert.Equal(ResolutionDue, result.ResolutionDue);
    }

    [Fact]
    public void Evaluate_StatusChangesAfterNow_AreNotYetKnown()
    {
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 11:00", WaitingOnCustomer));
        var result = Evaluate(ticket, "2026-01-26 10:30");
        Assert.Equal(Open, result.Status);
        Assert.Equal(SlaState.Pending, result.ResolutionState);
        Assert.Equal(ResolutionDue, result.ResolutionDue);
    }

    // ---- Worked examples from the manual ---------------------------------------------------------------------

    [Fact]
    public void Evaluate_ProfessionalTicketOpenedFriday1755_RunsOnProfessionalHours()
    {
        // §1.2 Tier 2 (Mon–Fri 09–18 PT), §1.3 "4h for Professional", quick reference 2d = 18 business hours (D4).
        // 5 min on Friday, then Monday 09:00 + 3 h 55 = 12:55; resolution: 5 min + Mon 9 h + Tue 8 h 55 = Tue 17:55.
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-01-23 17:55");
        var friday = Evaluate(ticket, "2026-01-23 18:30");
        Assert.Equal("2026-01-26T12:55:00-08:00", Pt.Show(friday.FirstResponseDue));
        Assert.Equal("2026-01-27T17:55:00-08:00", Pt.Show(friday.ResolutionDue));
        Assert.Equal(SlaState.Pending, friday.FirstResponseState);
        Assert.Equal(SlaState.Pending, Evaluate(ticket, "2026-01-26 12:24").FirstResponseState);
        Assert.Equal(SlaState.AtRisk, Evaluate(ticket, "2026-01-26 12:25").FirstResponseState);
        Assert.Equal(SlaState.Breached, Evaluate(ticket, "2026-01-26 12:55").FirstResponseState);
        Assert.False(Evaluate(ticket, "2026-01-26 14:54").Reassign);
        Assert.True(Evaluate(ticket, "2026-01-26 14:55").Reassign);
    }

    [Fact]
    public void Evaluate_StarterTicketAcrossTheDstWeekend_FollowsTheWallClock()
    {
        // §1.2 Tier 1 (Mon–Fri 09–17 PT), D6 "24h" = one business day of 8 h, D2 wall-clock rule. Friday 2026-03-06 15:00 PST:
        // 2 h on Friday; the clocks spring forward on Sunday; Monday 09:00 PDT + 6 h = 15:00 PDT (22:00 UTC, not 23:00).
        var ticket = Pt.Ticket(Tier.Starter, Priority.Low, "2026-03-06 15:00");
        var result = Evaluate(ticket, "2026-03-06 16:00");
        Assert.Equal("2026-03-09T15:00:00-07:00", Pt.Show(result.FirstResponseDue));
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 22, 0), result.FirstResponseDue);
        // 56 h: Fri 2 + Mar 9–13 40 + Mar 16 8 + Mar 17 6 → Tue 2026-03-17 15:00 PDT.
        Assert.Equal("2026-03-17T15:00:00-07:00", Pt.Show(result.ResolutionDue));
        Assert.Equal(SlaState.Pending, Evaluate(ticket, "2026-03-09 14:29").FirstResponseState);
        Assert.Equal(SlaState.AtRisk, Evaluate(ticket, "2026-03-09 14:30").FirstResponseState);
    }

    [Fact]
    public void Evaluate_StarterTicketWaitingOverTheDstWeekend_PausesOnlyOpenTime()
    {
        // Waiting from Friday 16:00 PST to Monday 10:00 PDT: 2 h of Starter open time paused (Fri 16–17, Mon 09–10).
        var ticket = Pt.Ticket(Tier.Starter, Priority.Low, "2026-03-06 15:00", ("2026-03-06 16:00", WaitingOnCustomer), ("2026-03-09 10:00", InProgress));
        var result = Evaluate(ticket, "2026-03-09 10:00");
        Assert.Equal(Duration.FromHours(1), result.ResolutionCounted);
        Assert.Equal(Duration.FromHours(2), result.ResolutionPaused);
        Assert.Equal("2026-03-17T17:00:00-07:00", Pt.Show(result.ResolutionDue)); // 55 h from Monday 10:00
        Assert.Equal("2026-03-09T15:00:00-07:00", Pt.Show(result.FirstResponseDue)); // the first response never pauses
    }

    [Fact]
    public void Evaluate_EnterpriseCriticalOnASaturdayNight_IsDueInOneHour()
    {
        // §2.2.5 "Enterprise CRITICAL due in 1 hour from submission"; §1.2 "1-hour response (including off-hours)"; D5.
        var result = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.Critical, "2026-01-24 23:30"), "2026-01-24 23:30");
        Assert.Equal(Pt.At("2026-01-25 00:30"), result.FirstResponseDue);
        Assert.Equal(Pt.At("2026-01-25 07:30"), result.ResolutionDue);
    }

    [Fact]
    public void Evaluate_StarterCritical_RunsOnTheAlwaysClock()
    {
        // D5: Critical runs 24/7 whatever the tier, because on-call covers it (§5.1).
        var result = Evaluate(Pt.Ticket(Tier.Starter, Priority.Critical, "2026-01-24 23:30"), "2026-01-25 00:00");
        Assert.Equal(Pt.At("2026-01-25 00:30"), result.FirstResponseDue);
        Assert.Equal(SlaState.AtRisk, result.FirstResponseState);
    }

    [Fact]
    public void Evaluate_TheIssueExampleT1823_IsPendingAndPaused()
    {
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.Critical, "2026-01-26 16:45", ("2026-01-26 16:50", WaitingOnCustomer)) with { Id = "T-1823" };
        var result = Evaluate(ticket, "2026-01-26 17:00");
        Assert.Equal(Pt.At("2026-01-26 17:45"), result.FirstResponseDue);
        Assert.Equal(SlaState.Pending, result.FirstResponseState);
        Assert.Null(result.ResolutionDue);
        Assert.Equal(SlaState.Paused, result.ResolutionState);
        Assert.Equal(Duration.FromMinutes(5), result.ResolutionCounted);
        Assert.Equal(Duration.FromMinutes(10), result.ResolutionPaused);
        Assert.False(result.Reassign);
    }

    // ---- D7: current tier and priority from creation ----------------------------------------------------------

    [Fact]
    public void Evaluate_APriorityRaisedToCritical_AppliesTheNewTargetFromCreation()
    {
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-01-23 17:55");
        var raised = Evaluate(ticket with { Priority = Priority.Critical }, "2026-01-23 19:00");
        Assert.Equal(Pt.At("2026-01-23 18:55"), raised.FirstResponseDue);
        Assert.Equal(SlaState.Breached, raised.FirstResponseState);
        Assert.Equal(Pt.At("2026-01-26 12:55"), Evaluate(ticket, "2026-01-23 19:00").FirstResponseDue);
    }

    [Fact]
    public void Evaluate_ATierChange_KeepsThePausedTime()
    {
        // D7 "recomputes the targets from the ticket's creation with the new policy, keeping time already paused".
        var ticket = Pt.Ticket(Tier.Professional, Priority.High, "2026-01-26 10:00", ("2026-01-26 11:00", WaitingOnCustomer), ("2026-01-26 14:00", InProgress));
        var upgraded = Evaluate(ticket with { Tier = Tier.Enterprise }, "2026-01-26 15:00");
        Assert.Equal(Duration.FromHours(3), upgraded.ResolutionPaused);
        Assert.Equal(Duration.FromHours(2), upgraded.ResolutionCounted);
        Assert.Equal(Pt.At("2026-01-26 21:00"), upgraded.ResolutionDue); // 15:00 + 6 h of "always"
    }

    // ---- Equal-time events, time before creation, bad input ----------------------------------------------------

    [Fact]
    public void Evaluate_AStatusOverwrittenAtTheSameInstant_NeverHeld()
    {
        // Changes at one instant apply in list order; only the last holds. A Resolved immediately replaced by
        // InProgress does not stop the first-response clock; the reverse order does.
        var reopened = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 10:30", Resolved), ("2026-01-26 10:30", InProgress));
        var result = Evaluate(reopened, "2026-01-26 12:00");
        Assert.Equal(SlaState.Breached, result.FirstResponseState);
        Assert.Equal(Duration.FromHours(2), result.ResolutionCounted);
        Assert.Equal(Evaluate(Enterprise, "2026-01-26 12:00").ResolutionDue, result.ResolutionDue);

        var resolved = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 10:30", InProgress), ("2026-01-26 10:30", Resolved));
        Assert.Equal(SlaState.Met, Evaluate(resolved, "2026-01-26 12:00").FirstResponseState);
        Assert.Equal(SlaState.Met, Evaluate(resolved, "2026-01-26 12:00").ResolutionState);
    }

    [Fact]
    public void Evaluate_ResolvedExactlyNow_HoldsNow()
    {
        var result = Evaluate(Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 10:50", Resolved)), "2026-01-26 10:50");
        Assert.Equal(Resolved, result.Status);
        Assert.Equal(SlaState.Met, result.FirstResponseState);
        Assert.Equal(SlaState.Met, result.ResolutionState);
    }

    [Fact]
    public void Evaluate_BeforeCreation_NothingHasElapsed()
    {
        var result = Evaluate(Enterprise, "2026-01-26 09:00");
        Assert.Equal(FirstDue, result.FirstResponseDue);
        Assert.Equal(ResolutionDue, result.ResolutionDue);
        Assert.Equal(SlaState.Pending, result.FirstResponseState);
        Assert.Equal(Duration.Zero, result.ResolutionCounted);
        Assert.Contains(result.Trace, s => s.Rule == SlaRules.NotYetCreated);
    }

    [Fact]
    public void Evaluate_AnUnvalidatedTicket_IsAProgrammerError()
    {
        var outOfOrder = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 12:00", InProgress), ("2026-01-26 11:00", Resolved));
        Assert.Contains("statusChanges[1]", Assert.Throws<ArgumentException>(() => Evaluate(outOfOrder, "2026-01-26 13:00")).Message);
        Assert.Throws<ArgumentException>(() => Evaluate(Enterprise with { Tier = (Tier)9 }, "2026-01-26 13:00"));
        Assert.Throws<ArgumentException>(() => Evaluate(Enterprise with { FirstResponseAt = Pt.At("2026-01-26 09:00") }, "2026-01-26 13:00"));
        Assert.Throws<ArgumentNullException>(() => Sla.Evaluate(null!, FirstDue));
    }

    // ---- A calendar that reports dues at closings as the next opening ----------------------------------------

    [Fact]
    public void Evaluate_OnANextOpeningCalendar_DuesAtAClosingMoveToTheNextMorning()
    {
        var professional = BusinessCalendar.For("America/Los_Angeles")
            .OpenWeekdays(new LocalTime(9, 0), new LocalTime(18, 0))
            .ReportDueAtClosingAs(DueAtClosing.NextOpening)
            .Build();
        var policy = SlaPolicy.Default with
        {
            Calendars = SlaPolicy.Default.Calendars.SetItem("professional-hours", professional),
            Targets = [.. SlaPolicy.Default.Targets.Select(t => t.Tier == Tier.Professional && t.Priority == Priority.Medium
                ? t with { Resolution = t.Resolution with { Target = Duration.FromHours(13) } }
                : t)],
        };
        var sla = new SlaEvaluator(policy);
        // Monday 14:00: 4 h reach 18:00 Monday, a closing → due Tuesday 09:00; 13 h reach Tuesday 18:00 → Wednesday 09:00.
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-01-26 14:00") with { FirstResponseAt = Pt.At("2026-01-26 20:00") };
        var evening = sla.Evaluate(ticket, Pt.At("2026-01-27 20:00"));
        Assert.Equal(Pt.At("2026-01-27 09:00"), evening.FirstResponseDue);
        Assert.Equal(SlaState.Met, evening.FirstResponseState);
        Assert.Equal(Pt.At("2026-01-28 09:00"), evening.ResolutionDue);
        Assert.Equal(SlaState.Pending, evening.ResolutionState);
        Assert.Equal(SlaState.AtRisk, sla.Evaluate(ticket, Pt.At("2026-01-28 08:30")).ResolutionState);
        Assert.Equal(SlaState.Breached, sla.Evaluate(ticket, Pt.At("2026-01-28 09:00")).ResolutionState);
        var resolvedOvernight = ticket.WithStatusChange(Pt.At("2026-01-27 21:00"), Resolved);
        Assert.Equal(SlaState.Met, sla.Evaluate(resolvedOvernight, Pt.At("2026-01-28 12:00")).ResolutionState);
    }

    // ---- Batch and trace ------------------------------------------------------------------------------------

    [Fact]
    public void EvaluateAll_KeepsTheInputOrder()
    {
        var tickets = new[] { Enterprise with { Id = "a" }, Pt.Ticket(Tier.Starter, Priority.Low, "2026-01-26 10:00") with { Id = "b" } };
        var results = Sla.EvaluateAll(tickets, FirstDue);
        Assert.Equal(["a", "b"], results.Select(r => r.Ticket.Id));
        Assert.Equal(Sla.Evaluate(tickets[1], FirstDue), results[1]);
    }

    [Fact]
    public void Trace_OfTheProfessionalFridayTicket_ExplainsEachStepWithSectionsAndValues()
    {
        var ticket = Pt.Ticket(Tier.Professional, Priority.Medium, "2026-01-23 17:55", ("2026-01-26 09:30", WaitingOnCustomer), ("2026-01-26 11:00", InProgress));
        var trace = Evaluate(ticket, "2026-01-26 14:56").Trace;
        Assert.Equal(
            [SlaRules.Target, SlaRules.FirstResponseDue, SlaRules.FirstResponseBreached, SlaRules.Reassign, SlaRules.ResolutionClock, SlaRules.ResolutionPending],
            trace.Select(s => s.Rule));
        Assert.Equal(
            "Professional × Medium (the current tier and priority, applied from creation): first response within 4h of professional-hours time, resolution within 18h of professional-hours time.",
            trace[0].Reason);
        Assert.Equal("§1.2 Tier 2, §1.3, quick reference; D4, D7", trace[0].Source);
        Assert.Equal("created Fri 2026-01-23 17:55 PST + 4h of professional-hours time = due Mon 2026-01-26 12:55 PST.", trace[1].Reason);
        Assert.Equal("no response yet and the due Mon 2026-01-26 12:55 PST passed 2h 1m ago.", trace[2].Reason);
        Assert.Equal("no response 2h 1m past the due Mon 2026-01-26 12:55 PST (grace 2h): change the ticket's owner.", trace[3].Reason);
        Assert.Equal("§2.2.4; D9", trace[3].Source);
        Assert.Equal(
            "counted 4h 31m of 18h of professional-hours time while Open/InProgress; paused 1h 30m of open time in 1 pause; status now InProgress (since Mon 2026-01-26 11:00 PST).",
            trace[4].Reason);
        Assert.Equal(
            "13h 29m of 18h left from now: due Wed 2026-01-28 10:25 PST, in 43h 29m; at risk from Wed 2026-01-28 09:55 PST.",
            trace[5].Reason);
    }

    [Fact]
    public void Trace_OfTheIssueExample_SaysPausedAndPending()
    {
        var ticket = Pt.Ticket(Tier.Enterprise, Priority.Critical, "2026-01-26 16:45", ("2026-01-26 16:50", WaitingOnCustomer));
        var trace = Evaluate(ticket, "2026-01-26 17:00").Trace;
        Assert.Equal(
            [SlaRules.Target, SlaRules.FirstResponseDue, SlaRules.FirstResponsePending, SlaRules.ResolutionClock, SlaRules.ResolutionPaused],
            trace.Select(s => s.Rule));
        Assert.Equal("§2.2.5, §4.2, §5.1; D5, D7", trace[0].Source);
        Assert.Equal("no response yet; due Mon 2026-01-26 17:45 PST, in 45m; at risk from Mon 2026-01-26 17:15 PST.", trace[2].Reason);
        Assert.Equal(
            "WaitingOnCustomer since Mon 2026-01-26 16:50 PST: the clock is paused with 7h 55m of 8h left; no due until the ticket runs again.",
            trace[4].Reason);
    }

    [Fact]
    public void Trace_MetMissedAndBreachedResolutions_SayWhen()
    {
        var missed = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 19:00", Resolved)) with { FirstResponseAt = Pt.At("2026-01-26 10:05") };
        var trace = Evaluate(missed, "2026-01-26 20:00").Trace;
        Assert.Equal("first response at Mon 2026-01-26 10:05 PST, 55m before the due.", trace.Single(s => s.Rule == SlaRules.FirstResponseMet).Reason);
        Assert.Equal(
            "the counted time reached the 8h target at Mon 2026-01-26 18:00 PST; the ticket became Resolved at Mon 2026-01-26 19:00 PST, 1h later.",
            trace.Single(s => s.Rule == SlaRules.ResolutionMissed).Reason);

        var stopped = Pt.Ticket(Tier.Enterprise, Priority.High, "2026-01-26 10:00", ("2026-01-26 11:30", Closed));
        Assert.Equal(
            "no first response recorded; the ticket became Closed at Mon 2026-01-26 11:30 PST, which stops the first-response clock, 30m after the due Mon 2026-01-26 11:00 PST.",
            Evaluate(stopped, "2026-01-26 12:00").Trace.Single(s => s.Rule == SlaRules.FirstResponseMissed).Reason);
        Assert.Equal("Closed at Mon 2026-01-26 11:30 PST with 6h 30m of 8h left.", Evaluate(stopped, "2026-01-26 12:00").Trace[^1].Reason);

        var breached = Evaluate(Enterprise, "2026-01-26 18:00").Trace;
        Assert.Equal("the counted time reached the 8h target at Mon 2026-01-26 18:00 PST, just now, and the ticket is not resolved.", breached[^1].Reason);
        Assert.Contains("reassign from", Evaluate(Enterprise, "2026-01-26 11:30").Trace.Single(s => s.Rule == SlaRules.FirstResponseBreached).Reason);
        Assert.Contains("within the 30m at-risk lead", Evaluate(Enterprise, "2026-01-26 17:45").Trace[^1].Reason);
    }
}
