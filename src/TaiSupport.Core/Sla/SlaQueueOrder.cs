using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Sla;

/// <summary>
/// The order in which to serve tickets (quick reference "SLA Targets" Priority column; D10): breached tickets first;
/// then the soonest <see cref="SlaResult.NextDue"/> (no due last); then higher priority; then higher tier rank
/// (<see cref="SlaPolicy.TierRanks"/>: Enterprise before Professional before Starter by default). Ties are broken by
/// the older creation, then the id (ordinal), so the order is total and repeatable.
/// </summary>
/// <remarks>Among breached tickets, the soonest due is the one overdue longest.</remarks>
/// <example>
/// <code>
/// var queue = results.OrderBy(r => r, SlaEvaluator.Default.QueueOrder).ToList();
/// </code>
/// </example>
public sealed class SlaQueueOrder : IComparer<SlaResult>
{
    private readonly int[] tierRanks;

    /// <summary>Creates the order of a policy's tier ranks.</summary>
    /// <param name="policy">A valid policy.</param>
    public SlaQueueOrder(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        tierRanks = [.. Enum.GetValues<Tier>().Select(t => policy.TierRanks.TryGetValue(t, out var rank) ? (int)rank : 0)];
    }

    /// <summary>The order of <see cref="SlaPolicy.Default"/>.</summary>
    public static SlaQueueOrder Default => SlaEvaluator.Default.QueueOrder;

    /// <inheritdoc />
    public int Compare(SlaResult? x, SlaResult? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var order = y.IsBreached.CompareTo(x.IsBreached);
        if (order == 0)
        {
            order = CompareDue(x.NextDue, y.NextDue);
        }

        if (order == 0)
        {
            order = ((int)y.Ticket.Priority).CompareTo((int)x.Ticket.Priority);
        }

        if (order == 0)
        {
            order = Rank(y.Ticket.Tier).CompareTo(Rank(x.Ticket.Tier));
        }

        if (order == 0)
        {
            order = x.Ticket.CreatedAt.CompareTo(y.Ticket.CreatedAt);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Ticket.Id, y.Ticket.Id);
    }

    private static int CompareDue(NodaTime.Instant? x, NodaTime.Instant? y) =>
        x is { } a ? (y is { } b ? a.CompareTo(b) : -1) : (y is null ? 0 : 1);

    private int Rank(Tier tier) => (uint)tier < (uint)tierRanks.Length ? tierRanks[(int)tier] : -1;
}
