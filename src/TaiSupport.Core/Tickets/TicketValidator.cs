using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;

namespace TaiSupport.Core.Tickets;

/// <summary>
/// Checks a <see cref="Ticket"/> (manual §2.2): a non-blank id, known tier, priority, category, status and root-cause
/// values, status changes in time order and not before creation, and a first response not before creation. Every
/// problem is reported at once with a JSON-style path (<c>tier</c>, <c>statusChanges[2].at</c>) and a sentence
/// with the values involved.
/// </summary>
/// <remarks>Changes at the same instant are allowed; they are applied in list order (see <see cref="Ticket"/>).</remarks>
public sealed class TicketValidator : AbstractValidator<Ticket>
{
    /// <summary>Creates the validator.</summary>
    public TicketValidator()
    {
        RuleFor(t => t.Id)
            .Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("the ticket id is missing or blank.")
            .OverridePropertyName("id");
        RuleFor(t => t.Tier).Must(Enum.IsDefined).WithMessage(t => NotOneOf(t.Tier)).OverridePropertyName("tier");
        RuleFor(t => t.Priority).Must(Enum.IsDefined).WithMessage(t => NotOneOf(t.Priority)).OverridePropertyName("priority");
        RuleFor(t => t.Category).Must(Enum.IsDefined).WithMessage(t => NotOneOf(t.Category)).OverridePropertyName("category");
        RuleFor(t => t.RootCause!.Value)
            .Must(Enum.IsDefined).WithMessage(t => NotOneOf(t.RootCause!.Value))
            .When(t => t.RootCause is not null)
            .OverridePropertyName("rootCause");
        RuleFor(t => t.FirstResponseAt!.Value)
            .Must((t, at) => at >= t.CreatedAt)
            .WithMessage(t => $"{Format(t.FirstResponseAt!.Value)} is before the ticket was created ({Format(t.CreatedAt)}); a first response cannot precede the ticket.")
            .When(t => t.FirstResponseAt is not null)
            .OverridePropertyName("firstResponseAt");
        RuleFor(t => t.Assignee)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("the assignee is blank; leave it out for an unassigned ticket.")
            .When(t => t.Assignee is not null)
            .OverridePropertyName("assignee");
        RuleFor(t => t).Custom(CheckStatusChanges);
        RuleFor(t => t.Channel).Must(Enum.IsDefined).WithMessage(t => NotOneOf(t.Channel)).OverridePropertyName("channel");
        RuleFor(t => t.Customer)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("the customer is blank; leave it out when unknown.")
            .When(t => t.Customer is not null)
            .OverridePropertyName("customer");
        RuleFor(t => t).Custom(TicketEventChecks.Check);
    }

    internal static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    internal static string NotOneOf<T>(T value)
        where T : struct, Enum =>
        $"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a {Describe<T>()}; use one of {string.Join(", ", Enum.GetNames<T>())}.";

    internal static string Describe<T>() => typeof(T).Name switch
    {
        nameof(TicketStatus) => "status",
        nameof(RootCause) => "root cause",
        nameof(TicketEventType) => "ticket event type",
        nameof(TicketChannel) => "channel",
        var name => name.ToLowerInvariant(),
    };

    private static void CheckStatusChanges(Ticket ticket, ValidationContext<Ticket> context)
    {
        var changes = ticket.StatusChanges;
        for (var i = 0; i < changes.Length; i++)
        {
            var path = $"statusChanges[{i}]";
            if (!Enum.IsDefined(changes[i].Status))
            {
                context.AddFailure(new ValidationFailure(path + ".status", NotOneOf(changes[i].Status)));
            }

            if (changes[i].At < ticket.CreatedAt)
            {
                context.AddFailure(new ValidationFailure(
                    path + ".at",
                    $"{Format(changes[i].At)} is before the ticket was created ({Format(ticket.CreatedAt)}); a status cannot change before creation."));
            }
            else if (i > 0 && changes[i].At < changes[i - 1].At)
            {
                context.AddFailure(new ValidationFailure(
                    path + ".at",
                    $"{Format(changes[i].At)} is before the previous change (statusChanges[{i - 1}] at {Format(changes[i - 1].At)}); list status changes in time order."));
            }
        }
    }
}
