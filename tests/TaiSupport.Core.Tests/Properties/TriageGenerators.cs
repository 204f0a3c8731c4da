using FsCheck;
using FsCheck.Fluent;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Escalation;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Properties;

/// <summary>
/// Generators for triage: signals with values on both sides of every threshold (and unknown), ticket text mixing
/// keywords, near-misses and filler, escalation cases, and small teams on the built-in calendars.
/// </summary>
public static class TriageGenerators
{
    /// <summary>Monday 2026-01-26 10:00 PST.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 1, 26, 18, 0);

    private static readonly string[] Vocabulary =
    [
        "production down", "Production-DOWN", "outage", "losing money", "not working", "we have a workaround", "typo", "invoice",
        "feature request", "urgent", "canceling", "leaving", "webhook", "security", "contract change", "discount", "data loss", "xss",
        "wrong data", "edge case", "is this a bug", "401 unauthorized", "internal server error", "too many requests", "malformed json",
        "reproduction", "downtime", "leavings", "hello", "please", "the", "export", "CSV", ".", ",", "\n", "doesn't work", "émoji ✓",
    ];

    private static Gen<bool?> Flag { get; } = Gen.Elements<bool?>(null, true, false);

    private static Gen<T?> Maybe<T>(params T[] values)
        where T : struct => Gen.Elements([null, .. values.Select(v => (T?)v)]);

    public static Gen<string> Text { get; } = Gen.ListOf(Gen.Elements(Vocabulary)).Select(words => string.Join(" ", words));

    public static Gen<TicketSignals> Signals { get; } =
        from flags in Gen.ArrayOf(Flag, 20)
        from code in Gen.Elements<string?>(null, "401", "429", "malformedJson", "500", "503", "403")
        from investigation in Maybe(0, 30, 31, 120, 121, 600)
        from impact in Maybe(0m, 10_000m, 10_000.01m, 50_000m)
        from csat in Maybe(0m, 4m, 4.99m, 5m, 10m)
        from idle in Maybe(0, 13, 14, 30)
        from repeats in Maybe(1, 2, 3, 10)
        from pct in Maybe(0m, 20m, 20.01m, 100m)
        from latency in Maybe(100m, 500m, 501m)
        from errors in Maybe(0m, 5m, 5.01m)
        select new TicketSignals
        {
            ProductionDown = flags[0], LosingMoney = flags[1], FeatureBroken = flags[2], WorkaroundExists = flags[3], Cosmetic = flags[4],
            Billing = flags[5], FeatureRequest = flags[6], Urgent = flags[7], ChurnThreat = flags[8], Integration = flags[9],
            LegalOrSecurity = flags[10], ContractChange = flags[11], PriceNegotiation = flags[12], DataLoss = flags[13],
            SecurityVulnerability = flags[14], ReproducibleBug = flags[15], WrongData = flags[16], PotentialBug = flags[17],
            PerformanceQuestion = flags[18], EdgeCase = flags[19],
            ApiErrorCode = code, InvestigationTime = investigation is { } m ? Duration.FromMinutes(m) : null, FinancialImpact = impact, Csat = csat,
            LastApiCallAt = idle is { } d ? Now - Duration.FromDays(d) : null, SameIssueTickets = repeats, PlatformImpactPct = pct,
            Latency = latency is { } ms ? Duration.FromMilliseconds((long)ms) : null, ErrorRatePct = errors,
        };

    public static Gen<TriageRequest> Request { get; } =
        from tier in Gen.Elements(Enum.GetValues<Tier>())
        from subject in Text
        from body in Text
        from signals in Signals
        from priority in Maybe(Enum.GetValues<Priority>())
        from category in Maybe(Enum.GetValues<Category>())
        select new TriageRequest { Id = "P", Tier = tier, Subject = subject, Body = body, Signals = signals, Priority = priority, Category = category };

    public static Gen<EscalationCase> Case { get; } =
        from tier in Gen.Elements(Enum.GetValues<Tier>())
        from priority in Gen.Elements(Enum.GetValues<Priority>())
        from category in Gen.Elements(Enum.GetValues<Category>())
        from route in Gen.Elements(Enum.GetValues<TicketRoute>())
        from signals in Signals
        select new EscalationCase(tier, priority, category, route, signals, Now);

    private static readonly BusinessCalendar Nights = BusinessCalendar.For(BusinessCalendars.PacificTimeZoneId).OpenEveryDay(new LocalTime(22, 0), new LocalTime(6, 0)).Build();

    public static Gen<AssignableAgent> Member { get; } =
        from level in Gen.Elements(Enum.GetValues<TeamLevel>())
        from shift in Gen.Elements(BusinessCalendars.StarterHours, BusinessCalendars.ProfessionalHours, BusinessCalendars.Always, Nights)
        from open in Gen.Choose(0, 5)
        from handled in Gen.SubListOf(["T1", "T2", "T3"])
        select new AssignableAgent { Name = "?", Level = level, Shift = shift, OpenTickets = open, HandledTickets = [.. handled] };

    public static Gen<AssignableAgent[]> Team { get; } =
        from count in Gen.Choose(1, 6)
        from members in Gen.ArrayOf(Member, count)
        select members.Select((m, i) => m with { Name = $"M{i}" }).ToArray();

    public static Gen<AssignmentTicket> AssignmentTicket { get; } =
        from tier in Gen.Elements(Enum.GetValues<Tier>())
        from priority in Gen.Elements(Enum.GetValues<Priority>())
        from category in Gen.Elements(Enum.GetValues<Category>())
        from complex in Gen.Elements(true, false)
        from related in Gen.SubListOf(["T1", "T2", "T4"])
        select new AssignmentTicket { Tier = tier, Priority = priority, Category = category, Complex = complex, RelatedTicketIds = [.. related] };

    /// <summary>An instant on a whole minute within two weeks after <see cref="Now"/>.</summary>
    public static Gen<Instant> Moment { get; } = Gen.Choose(0, 14 * 24 * 60).Select(m => Now + Duration.FromMinutes(m));
}
