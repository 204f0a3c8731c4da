using System.Collections.Immutable;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.DependencyInjection;

/// <summary>The business calendars a host registered with <see cref="Microsoft.Extensions.DependencyInjection.TaiSupportServiceCollectionExtensions.AddTaiSupport"/>, by id.</summary>
/// <remarks>The SLA policy's calendars (by default the three of D1, manual §1.2) and any the host added.</remarks>
/// <param name="All">Every calendar by id.</param>
public sealed record TaiSupportCalendars(ImmutableDictionary<string, BusinessCalendar> All)
{
    /// <summary>The calendar registered under <paramref name="id"/>.</summary>
    /// <param name="id">A calendar id such as <c>starter-hours</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="KeyNotFoundException">No calendar has that id; the message lists the ids there are.</exception>
    public BusinessCalendar this[string id] => All.TryGetValue(id, out var calendar)
        ? calendar
        : throw new KeyNotFoundException($"No calendar '{id}'; registered: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))}.");
}
