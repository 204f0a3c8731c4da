using System.Collections.Immutable;
using System.Text;
using NodaTime;

namespace TaiSupport.Core.Reporting;

/// <summary>
/// The rotation of the day's primary support owner (manual §1.1 agenda item 5 "Assign primary support owner for the day
/// (rotation)"): the people in order, one per working day, <see cref="People"/>[0] on <see cref="StartsOn"/>.
/// </summary>
/// <param name="People">The people in rotation order; not empty.</param>
/// <param name="StartsOn">A working day on which the first person owns the day.</param>
/// <example><code>new OwnerRotation(["Marcus", "Priya", "Sam"], new LocalDate(2026, 1, 5)).OwnerOn(new LocalDate(2026, 1, 7), ReportPolicy.Default) // "Sam"</code></example>
public sealed record OwnerRotation(ImmutableArray<string> People, LocalDate StartsOn)
{
    /// <summary>The owner of <paramref name="date"/>: the rotation advances one person per working day (weekends and holidays do not advance it); null on a non-working day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The report policy (working days, holidays).</param>
    /// <returns>The owner, or null when <paramref name="date"/> is not a working day.</returns>
    public string? OwnerOn(LocalDate date, ReportPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (People.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException("The rotation has no people.");
        }

        if (!policy.IsWorkingDay(date))
        {
            return null;
        }

        var steps = WorkingDaysBetween(StartsOn, date, policy);
        var index = (int)(((steps % People.Length) + People.Length) % People.Length);
        return People[index];
    }

    /// <inheritdoc />
    public bool Equals(OwnerRotation? other) => other is not null && StartsOn == other.StartsOn && People.SequenceEqual(other.People);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StartsOn, People.Length);

    /// <summary>Working days from <paramref name="from"/> (counted) to <paramref name="to"/> (not counted); negative when <paramref name="to"/> is earlier.</summary>
    private static long WorkingDaysBetween(LocalDate from, LocalDate to, ReportPolicy policy)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from, policy);
        }

        // Whole weeks at once (the weekday pattern repeats weekly), then day by day; holidays are subtracted one by one.
        var days = Period.Between(from, to, PeriodUnits.Days).Days;
        var perWeek = policy.WorkingDays.Length;
        long count = (long)(days / 7) * perWeek;
        for (var d = from.PlusDays(days / 7 * 7); d < to; d = d.PlusDays(1))
        {
            count += policy.WorkingDays.Contains(d.DayOfWeek) ? 1 : 0;
        }

        count -= policy.Holidays.Distinct().Count(h => h >= from && h < to && policy.WorkingDays.Contains(h.DayOfWeek));
        return count;
    }
}

/// <summary>What a known issue is (§1.1 agenda item 4 "Announce any known issues or maintenance").</summary>
public enum KnownIssueKind
{
    /// <summary>A known problem customers may write in about.</summary>
    KnownIssue,

    /// <summary>Planned maintenance.</summary>
    Maintenance,
}

/// <summary>A known issue or maintenance window to announce at the standup.</summary>
/// <param name="Title">What it is, e.g. "Webhook retries delayed" or "Database upgrade".</param>
/// <param name="Kind">Known issue or maintenance.</param>
/// <param name="From">When it starts (or started).</param>
/// <param name="Until">When it ends; null while open-ended.</param>
public sealed record KnownIssue(string Title, KnownIssueKind Kind, Instant From, Instant? Until);

/// <summary>
/// The standup with its routine parts (manual §1.1): the <see cref="StandupSummary"/>, the known issues and maintenance to
/// announce (those in effect at the standup or starting before the next one), and the day's owner from the rotation.
/// </summary>
/// <param name="Summary">The standup summary (its owner comes from the rotation when one is given).</param>
/// <param name="Announce">Known issues and maintenance to announce, by start then title.</param>
/// <param name="Until">The end of the announcement window: the next working morning.</param>
public sealed record MorningStandup(StandupSummary Summary, ImmutableArray<KnownIssue> Announce, Instant Until)
{
    /// <summary>The summary's text with a "KNOWN ISSUES / MAINTENANCE" section before the owner line.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var policy = Summary.Policy;
        var zone = policy.Zone;
        var date = Summary.At.InZone(zone).Date;
        var section = new StringBuilder().Tree($"KNOWN ISSUES / MAINTENANCE: {Announce.Length}",
            Announce.IsEmpty ? ["none"] : [.. Announce.Select(k =>
                $"{(k.Kind == KnownIssueKind.Maintenance ? "Maintenance" : "Known issue")}: {k.Title} ({(k.From <= Summary.At ? "since" : "from")} {TextLayout.TimeOn(k.From, zone, policy.ZoneLabel, date)}"
                + $"{(k.Until is { } u ? $" until {TextLayout.TimeOn(u, zone, policy.ZoneLabel, date)}" : string.Empty)})")]);
        return ReportBreakdowns.InsertBefore(Summary.ToText(), "PRIMARY SUPPORT OWNER TODAY:", section.ToString());
    }

    /// <summary>The summary's JSON with a <c>knownIssues</c> array added at the end.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => ReportJson.WithKnownIssues(Summary.ToJson(), Announce, Summary.Policy.Zone);

    /// <inheritdoc />
    public override string ToString() => ToText();

    /// <inheritdoc />
    public bool Equals(MorningStandup? other) => other is not null && Summary.Equals(other.Summary) && Until == other.Until && Announce.SequenceEqual(other.Announce);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Summary.At, Until, Announce.Length);
}

/// <summary>Builds the standup with its routine parts (manual §1.1).</summary>
public static class StandupRoutine
{
    /// <summary>Builds the standup at <paramref name="at"/>.</summary>
    /// <param name="tickets">Valid report tickets.</param>
    /// <param name="incidents">Incidents.</param>
    /// <param name="knownIssues">Known issues and maintenance windows, any order.</param>
    /// <param name="at">The standup instant.</param>
    /// <param name="sla">The SLA evaluator.</param>
    /// <param name="policy">The report policy.</param>
    /// <param name="rotation">The owner rotation; when null, <paramref name="owner"/> is used.</param>
    /// <param name="owner">The owner when there is no rotation.</param>
    /// <returns>The standup.</returns>
    public static MorningStandup Build(
        IEnumerable<ReportTicket> tickets, IEnumerable<ReportIncident> incidents, IEnumerable<KnownIssue> knownIssues, Instant at,
        Sla.SlaEvaluator sla, ReportPolicy policy, OwnerRotation? rotation = null, string? owner = null)
    {
        ArgumentNullException.ThrowIfNull(knownIssues);
        ArgumentNullException.ThrowIfNull(policy);
        var day = at.InZone(policy.Zone).Date;
        var who = rotation?.OwnerOn(day, policy) ?? owner;
        var summary = Standup.Build(tickets, incidents, at, sla, policy, who);
        if (rotation is not null && who is not null)
        {
            summary = summary with
            {
                Trace = summary.Trace.Add(new Decisions.TraceStep("standup.owner-rotation", "§1.1",
                    $"{who} owns {TextLayout.LongDate(day)}: the rotation of {rotation.People.Length} advances one person per working day from {TextLayout.LongDate(rotation.StartsOn)}")),
            };
        }

        var until = Handoff.NextMorning(at, policy);
        var announce = knownIssues.Where(k => k.From < until && (k.Until is null || k.Until > at))
            .OrderBy(k => k.From).ThenBy(k => k.Title, StringComparer.Ordinal).ToImmutableArray();
        return new MorningStandup(summary, announce, until);
    }
}
