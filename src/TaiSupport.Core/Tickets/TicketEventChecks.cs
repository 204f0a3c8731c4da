using FluentValidation;
using FluentValidation.Results;

namespace TaiSupport.Core.Tickets;

/// <summary>The <see cref="TicketValidator"/>'s checks of <see cref="Ticket.Events"/> (D21, D29 g).</summary>
internal static class TicketEventChecks
{
    public static void Check(Ticket ticket, ValidationContext<Ticket> context)
    {
        var events = ticket.Events;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var path = $"events[{i}]";
            if (e is null)
            {
                context.AddFailure(new ValidationFailure(path, "an event is null."));
                continue;
            }

            if (!Enum.IsDefined(e.Type))
            {
                context.AddFailure(new ValidationFailure(path + ".type", TicketValidator.NotOneOf(e.Type)));
            }

            if (e.At < ticket.CreatedAt)
            {
                context.AddFailure(new ValidationFailure(
                    path + ".at",
                    $"{TicketValidator.Format(e.At)} is before the ticket was created ({TicketValidator.Format(ticket.CreatedAt)}); an event cannot precede the ticket."));
            }
            else if (i > 0 && events[i - 1] is { } previous && e.At < previous.At)
            {
                context.AddFailure(new ValidationFailure(
                    path + ".at",
                    $"{TicketValidator.Format(e.At)} is before the previous event (events[{i - 1}] at {TicketValidator.Format(previous.At)}); list events in time order (D21)."));
            }

            switch (e.Type)
            {
                case TicketEventType.Status when e.Status is not { } status || !Enum.IsDefined(status):
                    context.AddFailure(new ValidationFailure(path + ".status", "a status event needs a status; use one of " + string.Join(", ", Enum.GetNames<TicketStatus>()) + "."));
                    break;
                case TicketEventType.Priority when e.Priority is not { } priority || !Enum.IsDefined(priority):
                    context.AddFailure(new ValidationFailure(path + ".priority", "a priority event needs a priority; use one of " + string.Join(", ", Enum.GetNames<Priority>()) + "."));
                    break;
                case TicketEventType.Tier when e.Tier is not { } tier || !Enum.IsDefined(tier):
                    context.AddFailure(new ValidationFailure(path + ".tier", "a tier event needs a tier; use one of " + string.Join(", ", Enum.GetNames<Tier>()) + "."));
                    break;
                case TicketEventType.Assigned when string.IsNullOrWhiteSpace(e.Assignee):
                    context.AddFailure(new ValidationFailure(path + ".assignee", "an assignment names a person; a team alone is not an assignment (D29 g)."));
                    break;
                case TicketEventType.Assigned when e.Team is not null && string.IsNullOrWhiteSpace(e.Team):
                    context.AddFailure(new ValidationFailure(path + ".team", "the team is blank; leave it out to keep the owning team."));
                    break;
                default:
                    break;
            }
        }
    }
}
