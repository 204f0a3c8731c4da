using System.Collections.Immutable;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Calendars;
using TaiSupport.Core.Decisions;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The monthly review's own settings (manual §8.3; the manual gives the agenda, not the thresholds, so these are this
/// library's readings, recorded in docs/reports.md "Choices"). Change one with <c>with</c>.
/// </summary>
public sealed record MonthlyReviewPolicy
{
    /// <summary>The defaults below.</summary>
    public static MonthlyReviewPolicy Default { get; } = new();

    /// <summary>How many weeks after the month "upcoming busy periods" looks at (§8.3 agenda item 5).</summary>
    /// <value>The default is 8 weeks (the two months up to the review after next).</value>
    public int LookAheadWeeks { get; init; } = 8;

    /// <summary>A week ahead is busy when the same week last year had at least this multiple of last year's mean weekly volume.</summary>
    /// <value>The default is 1.25 (a quarter above the mean).</value>
    public decimal BusyWeekFactor { get; init; } = 1.25m;

    /// <summary>How many feedback highlights of each kind (lowest and highest CSAT) to show (§8.3 agenda item 4).</summary>
    /// <value>The default is 3.</value>
    public int FeedbackHighlights { get; init; } = 3;

    /// <summary>Volume growth (percent, month on month) that, with the SLA goal missed, raises a hiring action item (§8.3 agenda item 3).</summary>
    /// <value>The default is 10 %.</value>
    public decimal HiringVolumeUpPercent { get; init; } = 10m;

    /// <summary>Validates the policy.</summary>
    /// <returns>The validation result.</returns>
    public ValidationResult Validate() => new MonthlyReviewPolicyValidator().Validate(this);
}

/// <summary>Validates a <see cref="MonthlyReviewPolicy"/>.</summary>
public sealed class MonthlyReviewPolicyValidator : AbstractValidator<MonthlyReviewPolicy>
{
    /// <summary>Creates the validator.</summary>
    public MonthlyReviewPolicyValidator()
    {
        RuleFor(p => p.LookAheadWeeks).InclusiveBetween(1, 52).OverridePropertyName("lookAheadWeeks");
        RuleFor(p => p.BusyWeekFactor).GreaterThan(1m).OverridePropertyName("busyWeekFactor");
        RuleFor(p => p.FeedbackHighlights).InclusiveBetween(0, 20).OverridePropertyName("feedbackHighlights");
        RuleFor(p => p.HiringVolumeUpPercent).GreaterThanOrEqualTo(0m).OverridePropertyName("hiringVolumeUpPercent");
    }
}

/// <summary>A customer's score on a ticket resolved in the month (§8.3 "Customer feedback highlights").</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Customer">The customer, if known.</param>
/// <param name="Csat">The score, 0–10.</param>
/// <param name="Subject">The ticket's subject, if any.</param>
public sealed record FeedbackHighlight(string TicketId, string? Customer, int Csat, string? Subject);

/// <summary>A week ahead that was busy last year (§8.3 "Upcoming busy periods (plan ahead)").</summary>
/// <param name="WeekStarting">The first day of the week ahead.</param>
/// <param name="LastYearWeekStarting">The first day of the same week 52 weeks earlier.</param>
/// <param name="LastYearTickets">Tickets created in that week last year.</param>
/// <param name="LastYearMeanPerWeek">Last year's mean tickets per week (the 52 weeks before the first week ahead, a year back).</param>
public sealed record BusyWeek(LocalDate WeekStarting, LocalDate LastYearWeekStarting, int LastYearTickets, decimal LastYearMeanPerWeek);

/// <summary>An action item for next month (§8.3 "Output: … action items for next month").</summary>
/// <param name="Rule">The rule that raised it, e.g. <c>monthly.sla-below-goal</c>.</param>
/// <param name="Text">What to do.</param>
/// <param name="Due">The next review (first Friday of the month after next), when it is checked.</param>
/// <param name="Source">The manual section.</param>
public sealed record ReviewActionItem(string Rule, string Text, LocalDate Due, string Source);

/// <summary>
/// The monthly support review (manual §8.3, held the first Friday of the month): metrics with their trends against the
/// previous month (CSAT, SLA, volume), top issues by category, root cause and tag, staffing, customer feedback
/// highlights, busy weeks ahead from last year's weekly volume, a board summary and action items — as text or JSON.
/// </summary>
/// <param name="Month">The month's metrics.</param>
/// <param name="PreviousMonth">The previous month's metrics, for the trends.</param>
/// <param name="ReviewDate">When the review is held: the first Friday of the following month (or the next working day).</param>
/// <param name="LowestScores">The month's lowest CSAT scores, lowest first.</param>
/// <param name="HighestScores">The month's highest CSAT scores, highest first.</param>
/// <param name="BusyWeeks">Weeks ahead that were busy last year, in date order.</param>
/// <param name="LastYearTickets">Tickets found in last year's window (0: no history, no busy week can be named).</param>
/// <param name="ActionItems">Action items for next month, in rule order.</param>
/// <param name="Notes">What people add (staffing notes, feedback notes).</param>
/// <param name="Policy">The report policy.</param>
/// <param name="ReviewPolicy">The monthly review policy.</param>
/// <param name="Trace">Why each action item and busy week is there.</param>
public sealed record MonthlyReview(
    SupportMetrics Month,
    SupportMetrics PreviousMonth,
    LocalDate ReviewDate,
    ImmutableArray<FeedbackHighlight> LowestScores,
    ImmutableArray<FeedbackHighlight> HighestScores,
    ImmutableArray<BusyWeek> BusyWeeks,
    int LastYearTickets,
    ImmutableArray<ReviewActionItem> ActionItems,
    ReportNotes Notes,
    ReportPolicy Policy,
    MonthlyReviewPolicy ReviewPolicy,
    ImmutableArray<TraceStep> Trace)
{
    /// <summary>New tickets against the previous month.</summary>
    public Trend VolumeTrend => Trend.Percent(Month.New, PreviousMonth.New, Policy.VolumeStableWithinPercent);

    /// <summary>Average CSAT against the previous month.</summary>
    public Trend CsatTrend => Trend.Difference(Month.AverageCsat, PreviousMonth.AverageCsat, Policy.CsatStableWithin);

    /// <summary>% SLA met against the previous month, in percentage points.</summary>
    public Trend SlaTrend => Trend.Difference(Month.SlaMetPercent, PreviousMonth.SlaMetPercent, 0.5m);

    /// <summary>The board summary (§8.3 "Output: Board summary"): three sentences on volume, quality and the top issue.</summary>
    public string BoardSummary
    {
        get
        {
            var m = Month;
            var top = m.Categories.Where(c => c.Tickets > 0).OrderByDescending(c => c.Tickets).ThenBy(c => c.Category).FirstOrDefault();
            var cause = m.RootCauses.Where(c => c.Tickets > 0).OrderByDescending(c => c.Tickets).ThenBy(c => c.RootCause).FirstOrDefault();
            var volume = VolumeTrend.Direction == TrendDirection.New ? string.Empty : $" ({VolumeTrend} on the month before)";
            return $"{m.Period}: {TextLayout.Plural(m.New, "new ticket")}{volume}, {m.ResolvedInPeriod} resolved. "
                + $"SLA met {TextLayout.Percent(m.SlaMetPercent)} against a {TextLayout.Percent(Policy.SlaGoalPercent)} goal; average CSAT {(m.AverageCsat is { } c ? TextLayout.OneDecimal(c) + "/10" : "n/a")}. "
                + (top is null ? "No tickets to analyse." : $"Most tickets were {ReportBreakdowns.Words(top.Category)} ({top.Tickets})"
                    + (cause is null ? "." : $"; the leading root cause was {ReportBreakdowns.Words(cause.RootCause)} ({cause.Tickets})."))
                + (ActionItems.IsEmpty ? " No action items." : $" {TextLayout.Plural(ActionItems.Length, "action item")} for next month.");
        }
    }

    /// <summary>The review in a text layout following the §8.3 agenda.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var m = Month;
        var text = new StringBuilder("MONTHLY SUPPORT REVIEW\n")
            .Append(m.Period).Append(" (review: ").Append(TextLayout.LongDate(ReviewDate)).Append(")\n\n")
            .Append("BOARD SUMMARY\n").Append(BoardSummary).Append("\n\n");
        text.Tree("1. METRICS",
        [
            $"Volume: {m.New} new{(VolumeTrend.Direction == TrendDirection.New ? string.Empty : $" ({VolumeTrend} vs last month)")}, {m.ResolvedInPeriod} resolved",
            $"CSAT: {(m.AverageCsat is { } csat ? TextLayout.OneDecimal(csat) + "/10" : "n/a")}{(CsatTrend.Direction == TrendDirection.New ? string.Empty : $" ({CsatTrend} vs last month)")}, {m.Detractors} detractors of {m.CsatResponses} rated",
            $"SLA met: {TextLayout.Percent(m.SlaMetPercent)}{(m.SlaMetPercent is { } met ? (met >= Policy.SlaGoalPercent ? " ✓" : " ✗") : string.Empty)}{(SlaTrend.Direction == TrendDirection.New ? string.Empty : $" ({SlaTrend} points vs last month)")}",
        ]);
        text.Tree("2. TOP ISSUES",
        [
            $"By category: {Top(m.Categories.Select(c => (ReportBreakdowns.Words(c.Category), c.Tickets)))}",
            $"By root cause: {Top(m.RootCauses.Select(c => (ReportBreakdowns.Words(c.RootCause), c.Tickets)))}{(m.RootCauseMissing > 0 ? $" ({m.RootCauseMissing} resolved without one)" : string.Empty)}",
            $"By tag: {Top(m.Tags.Select(t => (t.Tag, t.Tickets)))}",
        ]);
        List<string> staffing =
        [
            $"Active staff: {(m.ActiveStaff.IsEmpty ? "none recorded" : string.Join(", ", m.ActiveStaff))}",
            .. m.Resolvers.Select(p => $"{p.Person}: resolved {TextLayout.Plural(p.Resolved, "ticket")}"),
            $"Incidents: {m.Incidents.Declared} ({m.Incidents.P1} P1)",
        ];
        staffing.AddRange(Notes.Staffing.IsDefault ? [] : Notes.Staffing);
        text.Tree("3. STAFFING", staffing);
        text.Tree("4. CUSTOMER FEEDBACK",
        [
            .. LowestScores.Select(f => $"Low: #{f.TicketId} {f.Customer ?? "unknown customer"} {f.Csat}/10{(f.Subject is { } s ? " - " + s : string.Empty)}"),
            .. HighestScores.Select(f => $"High: #{f.TicketId} {f.Customer ?? "unknown customer"} {f.Csat}/10{(f.Subject is { } s ? " - " + s : string.Empty)}"),
            .. (LowestScores.IsEmpty && HighestScores.IsEmpty ? ["no scores this month"] : Array.Empty<string>()),
            .. (Notes.Notes.IsDefault ? [] : Notes.Notes),
        ]);
        text.Tree("5. BUSY PERIODS AHEAD",
            LastYearTickets == 0 ? ["no tickets from last year to compare with"]
            : BusyWeeks.IsEmpty ? [$"none: no week ahead had {ReviewPolicy.BusyWeekFactor.ToString(TextLayout.Invariant)}× last year's mean"]
            : [.. BusyWeeks.Select(b => $"Week of {TextLayout.LongDate(b.WeekStarting)}: {b.LastYearTickets} tickets last year (mean {TextLayout.OneDecimal(b.LastYearMeanPerWeek)}/week)")]);
        text.Numbered("ACTION ITEMS FOR NEXT MONTH:", [.. ActionItems.Select(a => $"{a.Text} (by {TextLayout.LongDate(a.Due)})")], "none");
        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The review as JSON (see docs/reports.md for the fields).</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        void Feedback(string name, ImmutableArray<FeedbackHighlight> items)
        {
            w.WriteStartArray(name);
            foreach (var f in items)
            {
                w.WriteStartObject();
                w.WriteString("ticket", f.TicketId);
                w.WriteString("customer", f.Customer);
                w.WriteNumber("csat", f.Csat);
                w.WriteString("subject", f.Subject);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject();
        w.WriteString("report", "monthly");
        ReportJson.Period(w, Month.Period);
        w.WriteString("reviewDate", NodaTime.Text.LocalDatePattern.Iso.Format(ReviewDate));
        w.WriteString("boardSummary", BoardSummary);
        ReportJson.Metrics(w, Month);
        w.WriteStartObject("trends");
        w.WriteNumber("previousNew", PreviousMonth.New);
        ReportJson.Trend(w, "volume", VolumeTrend);
        ReportJson.Number(w, "previousAverageCsat", PreviousMonth.AverageCsat);
        ReportJson.Trend(w, "csat", CsatTrend);
        ReportJson.Number(w, "previousSlaMetPercent", PreviousMonth.SlaMetPercent);
        ReportJson.Trend(w, "slaMet", SlaTrend);
        w.WriteEndObject();
        Feedback("lowestScores", LowestScores);
        Feedback("highestScores", HighestScores);
        w.WriteNumber("lastYearTickets", LastYearTickets);
        w.WriteStartArray("busyWeeks");
        foreach (var b in BusyWeeks)
        {
            w.WriteStartObject();
            w.WriteString("weekStarting", NodaTime.Text.LocalDatePattern.Iso.Format(b.WeekStarting));
            w.WriteString("lastYearWeekStarting", NodaTime.Text.LocalDatePattern.Iso.Format(b.LastYearWeekStarting));
            w.WriteNumber("lastYearTickets", b.LastYearTickets);
            ReportJson.Number(w, "lastYearMeanPerWeek", b.LastYearMeanPerWeek);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actionItems");
        foreach (var a in ActionItems)
        {
            w.WriteStartObject();
            w.WriteString("rule", a.Rule);
            w.WriteString("text", a.Text);
            w.WriteString("due", NodaTime.Text.LocalDatePattern.Iso.Format(a.Due));
            w.WriteString("source", a.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ReportJson.Notes(w, Notes);
        w.WriteEndObject();
    });

    /// <inheritdoc />
    public override string ToString() => ToText();

    /// <inheritdoc />
    public bool Equals(MonthlyReview? other) =>
        other is not null && Month.Equals(other.Month) && PreviousMonth.Equals(other.PreviousMonth) && ReviewDate == other.ReviewDate
        && LowestScores.SequenceEqual(other.LowestScores) && HighestScores.SequenceEqual(other.HighestScores) && BusyWeeks.SequenceEqual(other.BusyWeeks)
        && LastYearTickets == other.LastYearTickets && ActionItems.SequenceEqual(other.ActionItems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Month, PreviousMonth, ReviewDate, ActionItems.Length);

    private static string Top(IEnumerable<(string Name, int Tickets)> counts)
    {
        var top = counts.Where(c => c.Tickets > 0).OrderByDescending(c => c.Tickets).ThenBy(c => c.Name, StringComparer.Ordinal).Take(3).ToList();
        return top.Count == 0 ? "none" : string.Join(", ", top.Select(c => $"{c.Name} ({c.Tickets})"));
    }
}

/// <summary>Builds the monthly support review (manual §8.3).</summary>
/// <example>
/// <code>
/// var review = MonthlyReviews.Build(new YearMonth(2026, 1), tickets, incidents, endOfJanuary, SlaEvaluator.Default, ReportPolicy.Default, MonthlyReviewPolicy.Default);
/// File.WriteAllText("board.txt", review.ToText());
/// </code>
/// </example>
public static class MonthlyReviews
{
    /// <summary>Builds the review of <paramref name="month"/>.</summary>
    /// <param name="month">The month reviewed.</param>
    /// <param name="tickets">Valid report tickets, any order: the month's, the previous month's (trends) and last year's (busy weeks).</param>
    /// <param name="incidents">Incidents, any order.</param>
    /// <param name="asOf">The report instant (the end of the month at the latest for the month's figures).</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy.</param>
    /// <param name="reviewPolicy">The monthly review policy.</param>
    /// <param name="notes">Notes (staffing, feedback); none when null.</param>
    /// <returns>The review.</returns>
    public static MonthlyReview Build(
        YearMonth month, IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, Instant asOf, SlaEvaluator sla,
        ReportPolicy policy, MonthlyReviewPolicy reviewPolicy, ReportNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(reviewPolicy);
        new MonthlyReviewPolicyValidator().ValidateAndThrow(reviewPolicy);
        var all = tickets.ToList();
        var allIncidents = incidents.ToList();
        var period = ReportPeriod.Month(month, policy.Zone);
        var current = SupportMetrics.Compute(period, all, allIncidents, asOf, sla, policy);
        var previous = SupportMetrics.Compute(period.Previous(), all, allIncidents, asOf, sla, policy);
        var trace = ImmutableArray.CreateBuilder<TraceStep>();

        var rated = all.Where(t => t.Csat is not null && t.Ticket.CreatedAt <= current.AsOf)
            .Select(t => TicketFacts.Evaluate(t, current.AsOf, sla))
            .Where(f => f.ResolvedAt is { } r && period.Contains(r))
            .Select(f => new FeedbackHighlight(f.Source.Id, f.Source.Customer, f.Source.Csat!.Value, f.Source.Subject))
            .ToList();
        var lowest = rated.Where(f => f.Csat <= policy.DetractorAtOrBelow).OrderBy(f => f.Csat).ThenBy(f => f.TicketId, StringComparer.Ordinal).Take(reviewPolicy.FeedbackHighlights);
        var highest = rated.Where(f => f.Csat > policy.DetractorAtOrBelow).OrderByDescending(f => f.Csat).ThenBy(f => f.TicketId, StringComparer.Ordinal).Take(reviewPolicy.FeedbackHighlights);

        var (busy, lastYear) = BusyWeeksAhead(period, all, policy, reviewPolicy, trace);
        var reviewDate = FirstFriday(month.PlusMonths(1), policy);
        var nextReview = FirstFriday(month.PlusMonths(2), policy);
        var review = new MonthlyReview(current, previous, reviewDate, [.. lowest], [.. highest], busy, lastYear, [], notes ?? ReportNotes.None, policy, reviewPolicy, []);
        var actions = ActionItems(review, nextReview, trace);
        return review with { ActionItems = actions, Trace = trace.ToImmutable() };
    }

    /// <summary>The first Friday of <paramref name="month"/>, moved to the next working day when it is not one (§8.3 "Held first Friday of month").</summary>
    /// <param name="month">The month.</param>
    /// <param name="policy">The report policy (working days and holidays).</param>
    /// <returns>The date.</returns>
    public static LocalDate FirstFriday(YearMonth month, ReportPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var date = month.OnDayOfMonth(1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Friday));
        for (var i = 0; i < 400 && !policy.IsWorkingDay(date); i++)
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    private static (ImmutableArray<BusyWeek> Weeks, int LastYearTickets) BusyWeeksAhead(
        ReportPeriod period, IReadOnlyList<ReportTicket> tickets, ReportPolicy policy, MonthlyReviewPolicy reviewPolicy, ImmutableArray<TraceStep>.Builder trace)
    {
        var zone = policy.Zone;
        var firstAhead = ReportPeriod.Week(period.Last.PlusDays(1), zone, policy.WeekStartsOn);
        if (firstAhead.First <= period.Last)
        {
            firstAhead = ReportPeriod.Week(firstAhead.First.PlusWeeks(1), zone, policy.WeekStartsOn);
        }

        var yearStart = firstAhead.First.PlusWeeks(-52);
        var counts = new int[52];
        var startInstant = zone.StartOfDay(yearStart);
        var endInstant = zone.StartOfDay(firstAhead.First);
        foreach (var t in tickets)
        {
            var created = t.Ticket.CreatedAt;
            if (created >= startInstant && created < endInstant)
            {
                var days = Period.Between(yearStart, created.InZone(zone).Date, PeriodUnits.Days).Days;
                counts[Math.Min(51, days / 7)]++;
            }
        }

        var total = counts.Sum();
        if (total == 0)
        {
            return ([], 0);
        }

        var mean = total / 52m;
        var weeks = ImmutableArray.CreateBuilder<BusyWeek>();
        for (var i = 0; i < reviewPolicy.LookAheadWeeks && i < 52; i++)
        {
            if (counts[i] > 0 && counts[i] >= reviewPolicy.BusyWeekFactor * mean)
            {
                var week = new BusyWeek(firstAhead.First.PlusWeeks(i), yearStart.PlusWeeks(i), counts[i], mean);
                weeks.Add(week);
                trace.Add(new TraceStep("monthly.busy-week", "§8.3",
                    $"the week of {TextLayout.LongDate(week.LastYearWeekStarting)} had {counts[i]} tickets, ≥ {reviewPolicy.BusyWeekFactor.ToString(TextLayout.Invariant)} × last year's mean {TextLayout.OneDecimal(mean)}"));
            }
        }

        return (weeks.ToImmutable(), total);
    }

    private static ImmutableArray<ReviewActionItem> ActionItems(MonthlyReview review, LocalDate due, ImmutableArray<TraceStep>.Builder trace)
    {
        var m = review.Month;
        var policy = review.Policy;
        var items = ImmutableArray.CreateBuilder<ReviewActionItem>();
        void Add(string rule, string source, string text, string reason)
        {
            items.Add(new ReviewActionItem(rule, text, due, source));
            trace.Add(new TraceStep(rule, source, reason));
        }

        if (m.SlaMetPercent is { } met && met < policy.SlaGoalPercent)
        {
            Add("monthly.sla-below-goal", "§8.3", $"Bring SLA compliance back to {TextLayout.Percent(policy.SlaGoalPercent)} (was {TextLayout.Percent(met)}); review the {m.Misses.Length} misses",
                $"SLA met {TextLayout.Percent(met)} < goal {TextLayout.Percent(policy.SlaGoalPercent)}");
            if (review.VolumeTrend.Direction == TrendDirection.Up && review.VolumeTrend.Change >= review.ReviewPolicy.HiringVolumeUpPercent)
            {
                Add("monthly.staffing", "§8.3", $"Discuss staffing: volume {review.VolumeTrend} with the SLA goal missed",
                    $"volume {review.VolumeTrend} ≥ +{review.ReviewPolicy.HiringVolumeUpPercent.ToString(TextLayout.Invariant)}% and SLA below goal");
            }
        }

        if (review.CsatTrend.Direction == TrendDirection.Down)
        {
            Add("monthly.csat-down", "§8.3", $"Find out why CSAT fell ({review.CsatTrend}); follow up the {m.Detractors} detractors",
                $"CSAT {review.CsatTrend} against the previous month");
        }

        if (m.RootCauses.Where(c => c.Tickets > 0).OrderByDescending(c => c.Tickets).ThenBy(c => c.RootCause).FirstOrDefault() is { } cause
            && cause.RootCause is RootCause.ProductBug or RootCause.InfrastructureIssue)
        {
            Add("monthly.product-opportunity", "§8.3", $"Take the top root cause to Product: {ReportBreakdowns.Words(cause.RootCause)} ({TextLayout.Plural(cause.Tickets, "ticket")})",
                $"{ReportBreakdowns.Words(cause.RootCause)} is the leading root cause of resolved tickets (product improvement opportunity)");
        }

        if (m.Tags.FirstOrDefault() is { } tag)
        {
            Add("monthly.kb-top-issue", "§6.1", $"Check the KB covers the top issue: {tag.Tag} ({TextLayout.Plural(tag.Tickets, "ticket")})",
                $"{tag.Tag} is the most frequent tag of the month's new tickets");
        }

        if (m.RootCauseMissing > 0)
        {
            Add("monthly.root-cause-missing", "§2.2", $"Tag the root cause of {TextLayout.Plural(m.RootCauseMissing, "resolved ticket")} (§2.2.7)",
                $"{m.RootCauseMissing} tickets resolved in the month carry no root cause");
        }

        foreach (var week in review.BusyWeeks)
        {
            Add("monthly.busy-week-ahead", "§8.3", $"Plan coverage for the week of {TextLayout.LongDate(week.WeekStarting)} (last year {week.LastYearTickets} tickets, mean {TextLayout.OneDecimal(week.LastYearMeanPerWeek)})",
                "a busy week last year");
        }

        return items.ToImmutable();
    }
}
