using NodaTime;

namespace TaiSupport.Core.Tickets;

/// <summary>One entry of a ticket's status history: from <see cref="At"/> on, the ticket is in <see cref="Status"/> (manual §2.2.6).</summary>
/// <remarks>
/// A ticket starts <see cref="TicketStatus.Open"/> at its creation; that initial status is implicit, so
/// <see cref="Ticket.StatusChanges"/> lists only the changes after it. Changes at the same instant are applied in list
/// order, so only the last one at an instant ever holds (see <see cref="Ticket"/>).
/// </remarks>
/// <param name="At">When the ticket entered <paramref name="Status"/>.</param>
/// <param name="Status">The status it entered.</param>
/// <example><code>new StatusChange(Instant.FromUtc(2026, 1, 27, 0, 50), TicketStatus.WaitingOnCustomer)</code></example>
public readonly record struct StatusChange(Instant At, TicketStatus Status);
