using System.Collections.Immutable;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The quarterly certification's bar (manual §9.2 "Quarterly certifications (maintain CSAT, SLA compliance)"). The manual
/// names the measures, not the bar; these defaults are this library's reading (docs/reports.md "Choices").
/// </summary>
public sealed record CertificationPolicy
{
    /// <summary>The defaults below.</summary>
    public static CertificationPolicy Default { get; } = new();

    /// <summary>The lowest average CSAT (0–10) that certifies.</summary>
    /// <value>The default is 8.0 (above the net-promoter "passive" band's middle; §4.3 treats below 5 as churn risk).</value>
    public decimal MinAverageCsat { get; init; } = 8.0m;

    /// <summary>The lowest share of SLA clocks met (percent) that certifies.</summary>
    /// <value>The default is 95 %, the reports' SLA goal (§8.2).</value>
    public decimal MinSlaMetPercent { get; init; } = 95m;

    /// <summary>The lowest average QA audit score (out of 5) that certifies.</summary>
    /// <value>The default is 4 ("4/5 (Excellent overall)", §9.1).</value>
    public decimal MinAverageQaScore { get; init; } = 4m;

    /// <summary>Fewest tickets resolved in the quarter for a verdict; fewer gives <see cref="CertificationVerdict.NotEnoughData"/>.</summary>
    /// <value>The default is 10 (the onboarding's independent-ticket count, §9.2).</value>
    public int MinResolved { get; init; } = 10;

    /// <summary>Fewest CSAT responses for a verdict.</summary>
    /// <value>The default is 5.</value>
    public int MinCsatResponses { get; init; } = 5;

    /// <summary>Fewest QA reviews for a verdict.</summary>
    /// <value>The default is 1 (the audit samples 10 % of resolved tickets, §9.1).</value>
    public int MinQaReviews { get; init; } = 1;

    /// <summary>Validates the policy.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new CertificationPolicyValidator().Validate(this);
}

/// <summary>Validates a <see cref="CertificationPolicy"/>.</summary>
public sealed class CertificationPolicyValidator : AbstractValidator<CertificationPolicy>
{
    /// <summary>Creates the validator.</summary>
    public CertificationPolicyValidator()
    {
        RuleFor(p => p.MinAverageCsat).InclusiveBetween(0m, 10m).OverridePropertyName("minAverageCsat");
        RuleFor(p => p.MinSlaMetPercent).InclusiveBetween(0m, 100m).OverridePropertyName("minSlaMetPercent");
        RuleFor(p => p.MinAverageQaScore).InclusiveBetween(0m, QaAudit.CriteriaCount).OverridePropertyName("minAverageQaScore");
        RuleFor(p => p.MinResolved).GreaterThanOrEqualTo(0).OverridePropertyName("minResolved");
        RuleFor(p => p.MinCsatResponses).GreaterThanOrEqualTo(0).OverridePropertyName("minCsatResponses");
        RuleFor(p => p.MinQaReviews).GreaterThanOrEqualTo(0).OverridePropertyName("minQaReviews");
    }
}

/// <summary>The certification verdict (§9.2).</summary>
public enum CertificationVerdict
{
    /// <summary>Every measure meets the bar.</summary>
    Certified,

    /// <summary>At least one measure is below the bar.</summary>
    NotCertified,

    /// <summary>Too few tickets, scores or reviews in the quarter to judge.</summary>
    NotEnoughData,
}

/// <summary>One engineer's quarter (§9.2): resolved tickets, CSAT, SLA met, QA score and the verdict with its reasons.</summary>
/// <param name="Engineer">The engineer.</param>
/// <param name="Resolved">Tickets they resolved in the quarter.</param>
/// <param name="CsatResponses">CSAT scores on those tickets.</param>
/// <param name="AverageCsat">Their mean; null without scores.</param>
/// <param name="SlaMet">SLA clocks met, decided in the quarter, on tickets they resolved or hold.</param>
/// <param name="SlaDecided">SLA clocks decided in the quarter on those tickets.</param>
/// <param name="QaReviews">QA reviews of their tickets dated in the quarter.</param>
/// <param name="AverageQaScore">The mean QA score (criteria passed, out of 5); null without reviews.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Trace">Each measure against its bar.</param>
public sealed record EngineerQuarter(
    string Engineer, int Resolved, int CsatResponses, decimal? AverageCsat, int SlaMet, int SlaDecided, int QaReviews, decimal? AverageQaScore,
    CertificationVerdict Verdict, ImmutableArray<TraceStep> Trace)
{
    /// <summary>SLA met as a percentage of decided; null when none was decided.</summary>
    public decimal? SlaMetPercent => SlaDecided == 0 ? null : 100m * SlaMet / SlaDecided;

    /// <inheritdoc />
    public bool Equals(EngineerQuarter? other) =>
        other is not null && Engineer == other.Engineer && Resolved == other.Resolved && CsatResponses == other.CsatResponses && AverageCsat == other.AverageCsat
        && SlaMet == other.SlaMet && SlaDecided == other.SlaDecided && QaReviews == other.QaReviews && AverageQaScore == other.AverageQaScore
        && Verdict == other.Verdict && Trace.SequenceEqual(other.Trace);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Engineer, Resolved, SlaMet, Verdict);
}

/// <summary>The quarterly certification report (§9.2): one row per engineer, by name.</summary>
/// <param name="First">The quarter's first day.</param>
/// <param name="Last">The quarter's last day.</param>
/// <param name="Engineers">One row per engineer seen resolving a ticket or reviewed in the quarter.</param>
/// <param name="Policy">The bar.</param>
public sealed record CertificationReport(LocalDate First, LocalDate Last, ImmutableArray<EngineerQuarter> Engineers, CertificationPolicy Policy)
{
    /// <summary>"Q1 2026".</summary>
    public string Title => $"Q{((First.Month - 1) / 3) + 1} {First.Year}";

    /// <summary>The report as text: one block per engineer.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder($"QUARTERLY CERTIFICATION {Title} ({TextLayout.LongDate(First)} to {TextLayout.LongDate(Last)})\n")
            .Append($"Bar: CSAT ≥ {TextLayout.OneDecimal(Policy.MinAverageCsat)}/10, SLA met ≥ {TextLayout.Percent(Policy.MinSlaMetPercent)}, QA ≥ {TextLayout.OneDecimal(Policy.MinAverageQaScore)}/5\n\n");
        foreach (var e in Engineers)
        {
            text.Tree($"{e.Engineer}: {Words(e.Verdict)}",
            [
                $"Resolved: {e.Resolved}",
                $"CSAT: {(e.AverageCsat is { } c ? TextLayout.OneDecimal(c) + "/10" : "n/a")} ({e.CsatResponses} rated)",
                $"SLA met: {TextLayout.Percent(e.SlaMetPercent)} ({e.SlaMet} of {e.SlaDecided})",
                $"QA: {(e.AverageQaScore is { } q ? TextLayout.OneDecimal(q) + "/5" : "n/a")} ({TextLayout.Plural(e.QaReviews, "review")})",
                .. e.Trace.Where(t => t.Rule.EndsWith(".below", StringComparison.Ordinal) || t.Rule.EndsWith(".too-few", StringComparison.Ordinal)).Select(t => "Why: " + t.Reason),
            ]);
        }

        if (Engineers.IsEmpty)
        {
            text.Append("No engineer resolved a ticket or was reviewed in the quarter.\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The report as JSON.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("report", "certification");
        w.WriteString("quarter", Title);
        w.WriteString("first", NodaTime.Text.LocalDatePattern.Iso.Format(First));
        w.WriteString("last", NodaTime.Text.LocalDatePattern.Iso.Format(Last));
        w.WriteStartArray("engineers");
        foreach (var e in Engineers)
        {
            w.WriteStartObject();
            w.WriteString("engineer", e.Engineer);
            w.WriteString("verdict", PolicyJson.CamelCase(e.Verdict.ToString()));
            w.WriteNumber("resolved", e.Resolved);
            w.WriteNumber("csatResponses", e.CsatResponses);
            ReportJson.Number(w, "averageCsat", e.AverageCsat);
            w.WriteNumber("slaMet", e.SlaMet);
            w.WriteNumber("slaDecided", e.SlaDecided);
            ReportJson.Number(w, "slaMetPercent", e.SlaMetPercent);
            w.WriteNumber("qaReviews", e.QaReviews);
            ReportJson.Number(w, "averageQaScore", e.AverageQaScore);
            ReportJson.Trace(w, e.Trace);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <inheritdoc />
    public override string ToString() => ToText();

    /// <inheritdoc />
    public bool Equals(CertificationReport? other) =>
        other is not null && First == other.First && Last == other.Last && Engineers.SequenceEqual(other.Engineers) && Policy == other.Policy;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Last, Engineers.Length);

    private static string Words(CertificationVerdict verdict) => verdict switch
    {
        CertificationVerdict.Certified => "CERTIFIED",
        CertificationVerdict.NotCertified => "NOT CERTIFIED",
        _ => "NOT ENOUGH DATA",
    };
}

/// <summary>
/// Per-engineer quarterly figures and the §9.2 certification verdict. An engineer's tickets are those they resolved
/// (<see cref="ReportTicket.Resolver"/>) or, while open, hold as assignee; CSAT counts the tickets they resolved in the
/// quarter; SLA counts each clock decided in the quarter once (as <see cref="SupportMetrics"/> does); QA averages the
/// scores (criteria passed) of their reviews dated in the quarter.
/// </summary>
/// <example>
/// <code>
/// var report = Certification.Evaluate(2026, 1, tickets, reviews, endOfQuarter, SlaEvaluator.Default, ReportPolicy.Default, CertificationPolicy.Default);
/// </code>
/// </example>
public static class Certification
{
    /// <summary>Evaluates a calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">1–4.</param>
    /// <param name="tickets">Valid report tickets, any order.</param>
    /// <param name="reviews">QA reviews, any order (each review's score is 5 minus its failed checks).</param>
    /// <param name="asOf">The report instant; tickets are evaluated at the quarter's end or here, whichever is earlier.</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy (zone).</param>
    /// <param name="certification">The bar.</param>
    /// <returns>The report.</returns>
    public static CertificationReport Evaluate(
        int year, int quarter, IEnumerable<ReportTicket> tickets, IEnumerable<QaReview> reviews, Instant asOf, SlaEvaluator sla, ReportPolicy policy, CertificationPolicy certification)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(certification);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        new CertificationPolicyValidator().ValidateAndThrow(certification);
        var first = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        var last = first.PlusMonths(3).PlusDays(-1);
        var zone = policy.Zone;
        var start = zone.StartOfDay(first);
        var end = zone.StartOfDay(last.PlusDays(1));
        var cut = asOf < end ? asOf : end;
        bool In(Instant? i) => i is { } x && x >= start && x < end && x <= cut;

        var facts = tickets.Where(t => t.Ticket.CreatedAt <= cut).Select(t => TicketFacts.Evaluate(t, cut, sla)).ToList();
        var reviewList = reviews.Where(r => r.ReviewedOn >= first && r.ReviewedOn <= last).ToList();
        string? Owner(TicketFacts f) => f.IsResolved ? f.Source.Resolver : f.Ticket.Assignee;
        var engineers = facts.Where(f => In(f.ResolvedAt)).Select(f => f.Source.Resolver).Concat(reviewList.Select(r => r.Engineer))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        var rows = ImmutableArray.CreateBuilder<EngineerQuarter>();
        foreach (var engineer in engineers)
        {
            var mine = facts.Where(f => Owner(f) == engineer).ToList();
            var resolved = mine.Where(f => In(f.ResolvedAt)).ToList();
            var scores = resolved.Where(f => f.Source.Csat is not null).Select(f => f.Source.Csat!.Value).ToList();
            var met = mine.Count(f => In(f.FirstResponseDecidedAt) && !f.FirstResponseMissed) + mine.Count(f => In(f.ResolutionDecidedAt) && !f.ResolutionMissed);
            var decided = mine.Count(f => In(f.FirstResponseDecidedAt)) + mine.Count(f => In(f.ResolutionDecidedAt));
            var qa = reviewList.Where(r => r.Engineer == engineer).Select(r => QaAudit.CriteriaCount - r.Checks.Count(c => !c.Passed)).ToList();
            decimal? csat = scores.Count == 0 ? null : (decimal)scores.Sum() / scores.Count;
            decimal? sla100 = decided == 0 ? null : 100m * met / decided;
            decimal? qaAverage = qa.Count == 0 ? null : (decimal)qa.Sum() / qa.Count;
            var trace = ImmutableArray.CreateBuilder<TraceStep>();
            var tooFew = new List<string>();
            if (resolved.Count < certification.MinResolved)
            {
                tooFew.Add($"{resolved.Count} resolved < {certification.MinResolved}");
            }

            if (scores.Count < certification.MinCsatResponses)
            {
                tooFew.Add($"{scores.Count} CSAT scores < {certification.MinCsatResponses}");
            }

            if (qa.Count < certification.MinQaReviews)
            {
                tooFew.Add($"{qa.Count} QA reviews < {certification.MinQaReviews}");
            }

            var below = 0;
            void Measure(string name, decimal? value, decimal bar, string shown, string barShown)
            {
                if (value is null)
                {
                    return;
                }

                var ok = value.Value >= bar;
                below += ok ? 0 : 1;
                trace.Add(new TraceStep($"certification.{name}.{(ok ? "met" : "below")}", "§9.2", $"{name} {shown} {(ok ? "≥" : "<")} {barShown}"));
            }

            Measure("csat", csat, certification.MinAverageCsat, csat is { } c ? TextLayout.OneDecimal(c) : string.Empty, TextLayout.OneDecimal(certification.MinAverageCsat));
            Measure("sla", sla100, certification.MinSlaMetPercent, sla100?.ToString("0.##", TextLayout.Invariant) + "%", certification.MinSlaMetPercent.ToString("0.##", TextLayout.Invariant) + "%");
            Measure("qa", qaAverage, certification.MinAverageQaScore, qaAverage is { } q ? TextLayout.OneDecimal(q) : string.Empty, TextLayout.OneDecimal(certification.MinAverageQaScore));
            CertificationVerdict verdict;
            if (tooFew.Count > 0)
            {
                verdict = CertificationVerdict.NotEnoughData;
                trace.Add(new TraceStep("certification.too-few", "§9.2", string.Join("; ", tooFew)));
            }
            else if (below > 0)
            {
                verdict = CertificationVerdict.NotCertified;
            }
            else
            {
                verdict = CertificationVerdict.Certified;
            }

            rows.Add(new EngineerQuarter(engineer, resolved.Count, scores.Count, csat, met, decided, qa.Count, qaAverage, verdict, trace.ToImmutable()));
        }

        return new CertificationReport(first, last, rows.ToImmutable(), certification);
    }
}
