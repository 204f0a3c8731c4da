using System.Collections.Immutable;
using System.Text;
using NodaTime;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Reporting;

/// <summary>One step of the two-week onboarding (manual §9.2).</summary>
/// <param name="Id">A stable id, e.g. <c>shadow</c>.</param>
/// <param name="Day">The first working day of the step, 1–10 (week 2's day 1 is day 6).</param>
/// <param name="Days">How many working days it spans (1, or 2 for "Day 1-2").</param>
/// <param name="Title">The manual's words.</param>
/// <param name="TicketTarget">Tickets to observe or resolve, when the step counts them ("observe 5 real tickets"); null otherwise.</param>
public sealed record OnboardingStep(string Id, int Day, int Days, string Title, int? TicketTarget)
{
    /// <summary>The manual's two weeks (§9.2 "New Support Engineer Onboarding (2 weeks)").</summary>
    public static ImmutableArray<OnboardingStep> Manual { get; } =
    [
        new("product-training", 1, 1, "Product training (architecture, features, pricing)", null),
        new("tools-setup", 2, 1, "Support tools setup (Gmail, Slack, Datadog, PagerDuty)", null),
        new("runbooks-review", 3, 1, "Runbooks review (common issues, escalation paths)", null),
        new("shadow", 4, 1, "Shadow current support engineer (observe 5 real tickets)", 5),
        new("supervised-tickets", 5, 1, "Resolve 5 easy tickets (under supervision)", 5),
        new("independent-tickets", 6, 2, "Resolve 10 more tickets (independently, daily review)", 10),
        new("escalation-practice", 8, 1, "Practice escalations (case studies)", null),
        new("incident-simulation", 9, 1, "Incident simulation (test response to \"fake incident\")", null),
        new("go-live", 10, 1, "Go-live (start handling tickets independently)", null),
    ];
}

/// <summary>Where an onboarding step stands on the day the checklist is made.</summary>
public enum OnboardingState
{
    /// <summary>Done: ticked off, or its ticket target reached.</summary>
    Done,

    /// <summary>Scheduled for today (or a two-day step under way).</summary>
    Today,

    /// <summary>Its last day has passed and it is not done.</summary>
    Overdue,

    /// <summary>Still ahead.</summary>
    Upcoming,
}

/// <summary>One line of the checklist.</summary>
/// <param name="Step">The step.</param>
/// <param name="From">Its first date.</param>
/// <param name="To">Its last date.</param>
/// <param name="Tickets">Tickets counted so far for a counted step; null otherwise.</param>
/// <param name="State">Its state.</param>
public sealed record OnboardingItem(OnboardingStep Step, LocalDate From, LocalDate To, int? Tickets, OnboardingState State);

/// <summary>An engineer's two-week onboarding as a dated checklist with progress (manual §9.2).</summary>
/// <param name="Engineer">The new engineer.</param>
/// <param name="Start">Day 1 (the first working day on or after the requested start).</param>
/// <param name="Today">The day the checklist is made.</param>
/// <param name="Items">The steps, in order.</param>
public sealed record OnboardingPlan(string Engineer, LocalDate Start, LocalDate Today, ImmutableArray<OnboardingItem> Items)
{
    /// <summary>Steps done.</summary>
    public int Done => Items.Count(i => i.State == OnboardingState.Done);

    /// <summary>Steps done as a whole percentage of all steps.</summary>
    public int PercentDone => Items.IsEmpty ? 0 : (int)Math.Round(100m * Done / Items.Length, MidpointRounding.AwayFromZero);

    /// <summary>True when every step is done: the engineer has gone live.</summary>
    public bool Complete => Done == Items.Length;

    /// <summary>The checklist as text: <c>[x]</c> done, <c>[ ]</c> not yet, with dates and ticket counts.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder($"ONBOARDING: {Engineer} (started {TextLayout.LongDate(Start)}), as of {TextLayout.LongDate(Today)}\n")
            .Append($"Progress: {Done} of {Items.Length} steps ({PercentDone}%)\n");
        foreach (var week in Items.GroupBy(i => i.Step.Day <= 5 ? 1 : 2))
        {
            text.Append("\nWeek ").Append(week.Key.ToString(TextLayout.Invariant)).Append(":\n");
            foreach (var i in week)
            {
                var day = i.Step.Days == 1 ? $"Day {((i.Step.Day - 1) % 5) + 1}" : $"Day {((i.Step.Day - 1) % 5) + 1}-{((i.Step.Day - 1) % 5) + i.Step.Days}";
                var dates = i.From == i.To ? Short(i.From) : $"{Short(i.From)}–{Short(i.To)}";
                var count = i.Tickets is { } n ? $" [{n}/{i.Step.TicketTarget}]" : string.Empty;
                var state = i.State switch
                {
                    OnboardingState.Today => " ← today",
                    OnboardingState.Overdue => " ← OVERDUE",
                    _ => string.Empty,
                };
                text.Append(i.State == OnboardingState.Done ? "[x] " : "[ ] ").Append(day).Append(" (").Append(dates).Append("): ").Append(i.Step.Title).Append(count).Append(state).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The checklist as JSON.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("report", "onboarding");
        w.WriteString("engineer", Engineer);
        w.WriteString("start", NodaTime.Text.LocalDatePattern.Iso.Format(Start));
        w.WriteString("today", NodaTime.Text.LocalDatePattern.Iso.Format(Today));
        w.WriteNumber("done", Done);
        w.WriteNumber("steps", Items.Length);
        w.WriteNumber("percentDone", PercentDone);
        w.WriteBoolean("complete", Complete);
        w.WriteStartArray("items");
        foreach (var i in Items)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Step.Id);
            w.WriteNumber("day", i.Step.Day);
            w.WriteString("title", i.Step.Title);
            w.WriteString("from", NodaTime.Text.LocalDatePattern.Iso.Format(i.From));
            w.WriteString("to", NodaTime.Text.LocalDatePattern.Iso.Format(i.To));
            if (i.Step.TicketTarget is { } target)
            {
                w.WriteNumber("tickets", i.Tickets ?? 0);
                w.WriteNumber("ticketTarget", target);
            }

            w.WriteString("state", PolicyJson.CamelCase(i.State.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <inheritdoc />
    public override string ToString() => ToText();

    /// <inheritdoc />
    public bool Equals(OnboardingPlan? other) =>
        other is not null && Engineer == other.Engineer && Start == other.Start && Today == other.Today && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Engineer, Start, Today, Items.Length);

    private static string Short(LocalDate date) => date.ToString("ddd d MMM", TextLayout.Invariant);
}

/// <summary>
/// Lays the §9.2 onboarding over working days (the report policy's weekdays and holidays) from a start date, and marks
/// each step from what is done: ids ticked off, and ticket counts for the counted steps (a counted step is done when its
/// count reaches its target).
/// </summary>
/// <example>
/// <code>
/// var plan = Onboarding.Plan("Priya", new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 9),
///     ["product-training", "tools-setup", "runbooks-review"], new Dictionary&lt;string, int&gt; { ["shadow"] = 5, ["supervised-tickets"] = 3 }, ReportPolicy.Default);
/// </code>
/// </example>
public static class Onboarding
{
    /// <summary>Where the search for working days stops: a year after the last supported date, inside NodaTime's arithmetic.</summary>
    private static readonly LocalDate StepLimit = SupportedDates.Last.PlusYears(1);

    /// <summary>Builds the checklist of the manual's steps (<see cref="OnboardingStep.Manual"/>).</summary>
    /// <param name="engineer">The new engineer.</param>
    /// <param name="start">The requested first day; moved to the next working day when it is not one.</param>
    /// <param name="today">The day the checklist is made.</param>
    /// <param name="completed">Ids of steps ticked off.</param>
    /// <param name="ticketCounts">Tickets observed or resolved so far, by step id.</param>
    /// <param name="policy">The report policy (working days, holidays).</param>
    /// <returns>The checklist.</returns>
    public static OnboardingPlan Plan(
        string engineer, LocalDate start, LocalDate today, IEnumerable<string> completed, IReadOnlyDictionary<string, int> ticketCounts, ReportPolicy policy) =>
        Plan(engineer, start, today, completed, ticketCounts, policy, OnboardingStep.Manual);

    /// <summary>Builds the checklist of the given steps.</summary>
    /// <param name="engineer">The new engineer.</param>
    /// <param name="start">The requested first day; moved to the next working day when it is not one.</param>
    /// <param name="today">The day the checklist is made.</param>
    /// <param name="completed">Ids of steps ticked off.</param>
    /// <param name="ticketCounts">Tickets observed or resolved so far, by step id.</param>
    /// <param name="policy">The report policy (working days, holidays).</param>
    /// <param name="steps">The steps (day numbers 1 and up).</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="TaiValidationException">When <paramref name="start"/> or <paramref name="today"/> is outside <see cref="SupportedDates"/>.</exception>
    public static OnboardingPlan Plan(
        string engineer, LocalDate start, LocalDate today, IEnumerable<string> completed, IReadOnlyDictionary<string, int> ticketCounts, ReportPolicy policy, IEnumerable<OnboardingStep> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engineer);
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(ticketCounts);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(steps);
        if (!SupportedDates.Contains(start) || !SupportedDates.Contains(today))
        {
            throw new TaiValidationException("onboarding plan", new[] { (nameof(start), start), (nameof(today), today) }
                .Where(d => !SupportedDates.Contains(d.Item2))
                .Select(d => new FluentValidation.Results.ValidationFailure(d.Item1, $"must lie within the dates tai computes with, {SupportedDates.Description}.")));
        }

        var stepList = steps.ToList();
        var lastDay = stepList.Count == 0 ? 1 : stepList.Max(s => s.Day + s.Days - 1);
        var days = new List<LocalDate>();
        var date = start;
        for (var guard = 0; days.Count < lastDay && guard < 4000 && date < StepLimit; guard++, date = date.PlusDays(1))
        {
            if (policy.IsWorkingDay(date))
            {
                days.Add(date);
            }
        }

        if (days.Count < lastDay)
        {
            throw new ArgumentException("The report policy has too few working days after the start.", nameof(policy));
        }

        var done = completed.ToHashSet(StringComparer.Ordinal);
        var items = stepList.Select(step =>
        {
            var from = days[step.Day - 1];
            var to = days[step.Day + step.Days - 2];
            int? count = step.TicketTarget is null ? null : ticketCounts.GetValueOrDefault(step.Id);
            var state = done.Contains(step.Id) || (count is { } n && n >= step.TicketTarget) ? OnboardingState.Done
                : to < today ? OnboardingState.Overdue
                : from <= today ? OnboardingState.Today
                : OnboardingState.Upcoming;
            return new OnboardingItem(step, from, to, count, state);
        });
        return new OnboardingPlan(engineer, days[0], today, [.. items]);
    }
}
