using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.OnCall;

/// <summary>Absences and public holidays of a team (manual §5.4, D19; issue 17): what the generator, checker and <c>who</c> honour.</summary>
public sealed partial record OnCallTeam
{
    /// <summary>The name a date of <see cref="Holidays"/> gets.</summary>
    public const string TeamHolidayName = "team holiday";

    /// <summary>The team's public holidays from <paramref name="from"/> to <paramref name="to"/> (both included): its holiday sets and extra dates, in date order.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date (inclusive).</param>
    /// <returns>The holidays; the first name wins when two sets share a date.</returns>
    public ImmutableArray<NamedHoliday> PublicHolidays(LocalDate from, LocalDate to) => Named(HolidaySets, Holidays, from, to);

    /// <summary>The team's public holiday on <paramref name="date"/>, or null.</summary>
    /// <param name="date">A team-zone date.</param>
    /// <returns>The holiday, or null.</returns>
    public NamedHoliday? HolidayOn(LocalDate date) => PublicHolidays(date, date) is [var holiday, ..] ? holiday : null;

    /// <summary>
    /// Everything that keeps <paramref name="person"/> off call between <paramref name="from"/> and <paramref name="to"/>
    /// (inclusive): their <see cref="OnCallMember.TimeOff"/> (all of it), the public holidays they observe
    /// (<see cref="OnCallMember.OffOnHolidays"/>, note "public holiday: …"), and the days before they join or from the day
    /// they leave (<see cref="OnCallMember.Joins"/>, <see cref="OnCallMember.Leaves"/>) inside the range.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="from">The first date of interest.</param>
    /// <param name="to">The last date of interest (inclusive).</param>
    /// <returns>The absences, time off first.</returns>
    public ImmutableArray<TimeOff> Absences(string person, LocalDate from, LocalDate to)
    {
        var member = Member(person);
        if (!member.OffOnHolidays && member.Joins is null && member.Leaves is null)
        {
            return member.TimeOff.IsDefault ? [] : member.TimeOff;
        }

        var list = ImmutableArray.CreateBuilder<TimeOff>();
        list.AddRange(member.TimeOff.IsDefault ? [] : member.TimeOff);
        if (member.OffOnHolidays)
        {
            var holidays = member.HolidaySets.IsDefaultOrEmpty ? PublicHolidays(from, to) : Named(member.HolidaySets, [], from, to);
            list.AddRange(holidays.Select(h => new TimeOff(h.Date, h.Date) { Note = $"public holiday: {h.Name}" }));
        }

        if (member.Joins is { } joins && joins > from)
        {
            list.Add(new TimeOff(from, joins.PlusDays(-1)) { Note = $"joins the team on {joins:uuuu-MM-dd}" });
        }

        if (member.Leaves is { } leaves && leaves <= to)
        {
            list.Add(new TimeOff(leaves > from ? leaves : from, to) { Note = $"left the team on {leaves:uuuu-MM-dd}" });
        }

        return list.ToImmutable();
    }

    /// <summary>The absence that keeps <paramref name="person"/> off call at <paramref name="instant"/>, or null.</summary>
    /// <param name="person">The person.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>The absence, or null when they are available.</returns>
    public TimeOff? AbsenceAt(string person, Instant instant)
    {
        var zone = Zone;
        var date = instant.InZone(zone).Date;
        return Absences(person, date.PlusDays(-1), date.PlusDays(1)).FirstOrDefault(off => off.In(zone).Contains(instant));
    }

    private static ImmutableArray<NamedHoliday> Named(ImmutableArray<string> setIds, ImmutableSortedSet<LocalDate> dates, LocalDate from, LocalDate to)
    {
        if (to < from || (setIds.IsDefaultOrEmpty && (dates is null || dates.Count == 0)))
        {
            return [];
        }

        var byDate = new SortedDictionary<LocalDate, string>();
        foreach (var id in setIds.IsDefault ? [] : setIds)
        {
            if (Calendars.HolidaySets.ById.TryGetValue(id, out var set))
            {
                foreach (var holiday in set.Holidays(from.Year, to.Year).Where(h => h.Date >= from && h.Date <= to))
                {
                    byDate.TryAdd(holiday.Date, holiday.Name);
                }
            }
        }

        foreach (var date in dates?.Where(d => d >= from && d <= to) ?? [])
        {
            byDate.TryAdd(date, TeamHolidayName);
        }

        return [.. byDate.Select(kv => new NamedHoliday(kv.Key, kv.Value))];
    }
}
