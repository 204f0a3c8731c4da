using System.Collections.Immutable;
using NodaTime;
using TaiSupport.Core.Lifecycle;

namespace TaiSupport.Core.Policies;

/// <summary>The pack's ticket-life policy versions (D28; JSON <c>ticketLife.versions</c>).</summary>
public sealed partial record TaiPolicy
{
    /// <summary>
    /// The later ticket-life policy versions (D28), earliest first, each with its whole policy (its own SLA part: a
    /// holiday added from a date is a version whose <see cref="TicketLifePolicy.Sla"/> has it). <see cref="TicketLife"/>
    /// is the version in force before the first of them. JSON: <c>ticketLife.versions</c> (docs/ticket-life.md).
    /// </summary>
    /// <value>Empty by default: one policy for all time.</value>
    public ImmutableArray<TicketLifePolicyVersion> TicketLifeVersions { get; init; } = [];

    /// <summary>Every ticket-life version, what <c>new TicketLife(pack.TicketLifeHistory)</c> takes: <see cref="TicketLife"/> from the beginning of time, then <see cref="TicketLifeVersions"/>.</summary>
    public ImmutableArray<TicketLifePolicyVersion> TicketLifeHistory =>
        [new TicketLifePolicyVersion(Instant.MinValue, TicketLife), .. TicketLifeVersions.IsDefault ? [] : TicketLifeVersions];
}
