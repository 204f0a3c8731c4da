using System.Collections.Immutable;
using System.Text;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Reporting;

namespace TaiSupport.Core.KnowledgeBase;

/// <summary>The three dated tasks of the KB's monthly content plan (manual §6.1).</summary>
public enum KbCalendarTaskKind
{
    /// <summary>First Monday: review last month's tickets, find the #1 question, update or create its article.</summary>
    ReviewLastMonth,

    /// <summary>Mid-month: write or update 4–5 articles with code samples and screenshots; peer review before publishing.</summary>
    WriteArticles,

    /// <summary>Last Friday: publish the mid-month articles, set up analytics, notify customers via the newsletter.</summary>
    PublishAndMeasure,
}

/// <summary>One dated task of the month.</summary>
/// <param name="Kind">Which task.</param>
/// <param name="Date">Its date (moved off a non-working day: the first Monday and mid-month forward, the last Friday back).</param>
/// <param name="Title">The manual's heading.</param>
/// <param name="Steps">What to do, in the manual's words (with the #1 question filled in on the review task).</param>
public sealed record KbCalendarTask(KbCalendarTaskKind Kind, LocalDate Date, string Title, ImmutableArray<string> Steps)
{
    /// <inheritdoc />
    public bool Equals(KbCalendarTask? other) => other is not null && Kind == other.Kind && Date == other.Date && Title == other.Title && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Date, Title);
}

/// <summary>Last month's #1 question (§6.1 "What was the #1 question? Was there a KB article?").</summary>
/// <param name="Topic">The most frequent tag of last month's new tickets (ties by tag).</param>
/// <param name="Tickets">How many of last month's tickets carry it.</param>
/// <param name="ArticleId">The article that covers it, if any: its title holds every word of the topic (3+ letters), case-insensitively.</param>
public sealed record KbTopQuestion(string Topic, int Tickets, string? ArticleId)
{
    /// <summary>"update" when an article exists, "create" when not (§6.1 "Yes → update it, No → create it").</summary>
    public string Action => ArticleId is null ? "create" : "update";
}

/// <summary>The KB editorial calendar of one month (manual §6.1): the three dated tasks and last month's #1 question.</summary>
/// <param name="Month">The month planned.</param>
/// <param name="TopQuestion">Last month's #1 question; null when last month's tickets carry no tag.</param>
/// <param name="Tasks">The three tasks in date order.</param>
/// <param name="ArticlesToWrite">"4-5 KB articles" (§6.1), as the policy's range.</param>
public sealed record KbEditorialCalendarResult(YearMonth Month, KbTopQuestion? TopQuestion, ImmutableArray<KbCalendarTask> Tasks, string ArticlesToWrite)
{
    /// <summary>The calendar as text.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder($"KB EDITORIAL CALENDAR: {YearMonthPattern.CreateWithInvariantCulture("MMMM uuuu").Format(Month)}\n\n");
        foreach (var task in Tasks)
        {
            text.Tree($"{TextLayout.LongDate(task.Date)}: {task.Title}", task.Steps);
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The calendar as JSON.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("report", "kbCalendar");
        w.WriteString("month", YearMonthPattern.Iso.Format(Month));
        if (TopQuestion is { } q)
        {
            w.WriteStartObject("topQuestion");
            w.WriteString("topic", q.Topic);
            w.WriteNumber("tickets", q.Tickets);
            w.WriteBoolean("hasArticle", q.ArticleId is not null);
            w.WriteString("articleId", q.ArticleId);
            w.WriteString("action", q.Action);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("topQuestion");
        }

        w.WriteStartArray("tasks");
        foreach (var task in Tasks)
        {
            w.WriteStartObject();
            w.WriteString("task", PolicyJson.CamelCase(task.Kind.ToString()));
            w.WriteString("date", LocalDatePattern.Iso.Format(task.Date));
            w.WriteString("title", task.Title);
            ReportJson.Strings(w, "steps", task.Steps);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <inheritdoc />
    public override string ToString() => ToText();

    /// <inheritdoc />
    public bool Equals(KbEditorialCalendarResult? other) =>
        other is not null && Month == other.Month && TopQuestion == other.TopQuestion && Tasks.SequenceEqual(other.Tasks) && ArticlesToWrite == other.ArticlesToWrite;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Month, TopQuestion, Tasks.Length);
}

/// <summary>
/// Plans a month of KB work (manual §6.1): the first Monday's review of last month's tickets (the #1 question — the most
/// frequent tag of tickets created last month — and whether an article covers it), mid-month writing (the 15th) and the
/// last Friday's publication. Dates that fall on a non-working day of the report policy move to the nearest working day
/// inside the month (forward for the first two, back for the last Friday).
/// </summary>
/// <example>
/// <code>
/// var calendar = KbEditorialCalendar.Plan(new YearMonth(2026, 2), tickets, articles, ReportPolicy.Default);
/// </code>
/// </example>
public static class KbEditorialCalendar
{
    /// <summary>The day of the month of the mid-month task.</summary>
    public const int MidMonthDay = 15;

    /// <summary>Plans <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="tickets">Report tickets (last month's are read; others ignored).</param>
    /// <param name="articles">The KB's articles.</param>
    /// <param name="policy">The report policy (zone, working days, holidays).</param>
    /// <returns>The calendar.</returns>
    public static KbEditorialCalendarResult Plan(YearMonth month, IEnumerable<ReportTicket> tickets, IEnumerable<KbArticle> articles, ReportPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(policy);
        var last = ReportPeriod.Month(month.PlusMonths(-1), policy.Zone);
        var top = tickets.Where(t => last.Contains(t.Ticket.CreatedAt))
            .SelectMany(t => t.Tags.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (Topic: g.Key, Tickets: g.Count()))
            .OrderByDescending(g => g.Tickets).ThenBy(g => g.Topic, StringComparer.Ordinal)
            .Select(g => new KbTopQuestion(g.Topic, g.Tickets, Covering(g.Topic, articles)?.Id))
            .FirstOrDefault();

        var first = Forward(month.OnDayOfMonth(1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)), month, policy);
        var mid = Forward(month.OnDayOfMonth(MidMonthDay), month, policy);
        var lastFriday = Back(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Friday)), month, policy);
        var lastName = YearMonthPattern.CreateWithInvariantCulture("MMMM").Format(month.PlusMonths(-1));
        var review = top is null
            ? (ImmutableArray<string>)[$"Review support tickets from {lastName}: no tagged tickets, so no #1 question was found", "Document in KB Content Roadmap"]
            : [
                $"Review support tickets from {lastName}: the #1 question was \"{top.Topic}\" ({TextLayout.Plural(top.Tickets, "ticket")})",
                top.ArticleId is { } id ? $"KB article exists ({id}): update it" : "No KB article: create it",
                "Document in KB Content Roadmap",
            ];
        return new KbEditorialCalendarResult(month, top,
        [
            new KbCalendarTask(KbCalendarTaskKind.ReviewLastMonth, first, "First Monday: review last month's tickets", review),
            new KbCalendarTask(KbCalendarTaskKind.WriteArticles, mid, "Mid-month: write/update 4-5 KB articles",
                ["Based on tickets analyzed", "Include code samples + screenshots", "Get peer review before publishing"]),
            new KbCalendarTask(KbCalendarTaskKind.PublishAndMeasure, lastFriday, "Last Friday: publish articles + measure impact",
                ["Publish articles from mid-month", "Set up Google Analytics tracking", "Notify customers via newsletter"]),
        ], "4-5");
    }

    /// <summary>The first article whose title holds every word (3+ letters) of <paramref name="topic"/>, by id.</summary>
    /// <param name="topic">A topic such as "API authentication errors".</param>
    /// <param name="articles">The articles.</param>
    /// <returns>The article, or null.</returns>
    public static KbArticle? Covering(string topic, IEnumerable<KbArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(articles);
        var words = topic.Split([' ', '-', '/', ',', '.', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        return articles.Where(a => words.All(w => a.Title.Contains(w, StringComparison.OrdinalIgnoreCase))).OrderBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private static LocalDate Forward(LocalDate date, YearMonth month, ReportPolicy policy)
    {
        for (var d = date; d.Month == month.Month; d = d.PlusDays(1))
        {
            if (policy.IsWorkingDay(d))
            {
                return d;
            }
        }

        return date;
    }

    private static LocalDate Back(LocalDate date, YearMonth month, ReportPolicy policy)
    {
        for (var d = date; d.Month == month.Month; d = d.PlusDays(-1))
        {
            if (policy.IsWorkingDay(d))
            {
                return d;
            }
        }

        return date;
    }
}
