using System.Collections.Immutable;
using TaiSupport.Core.Calendars;

namespace TaiSupport.Core.Escalation;

/// <summary>A person who can be assigned tickets (§2.3).</summary>
/// <example>
/// <code>
/// var dana = new TeamMember { Name = "Dana", Level = TeamLevel.Senior, Shift = BusinessCalendars.ProfessionalHours,
///     OpenTickets = 3, HandledTickets = ["T7"] };
/// </code>
/// </example>
public sealed record AssignableAgent
{
    /// <summary>The person's name, unique within the team; the final tie-break orders by it (ordinal).</summary>
    public required string Name { get; init; }

    /// <summary>The person's level.</summary>
    public required TeamLevel Level { get; init; }

    /// <summary>When the person is on shift (open = on shift).</summary>
    public required BusinessCalendar Shift { get; init; }

    /// <summary>How many tickets the person currently has open (§2.3 rule 2 "lowest current load").</summary>
    public int OpenTickets { get; init; }

    /// <summary>The ids of tickets the person responded to (§2.3 rule 2, continuity).</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> HandledTickets
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];
}
