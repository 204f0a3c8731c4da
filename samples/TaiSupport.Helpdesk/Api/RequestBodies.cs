using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Text;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Helpdesk.Api;

// Each request body is a small record read by the library (TaiJson.Read over RequestBodies, built on
// TaiJson.ContractOptions()): instants with their offset, enums by name (case, spaces, hyphens and underscores ignored,
// never numbers), unknown fields refused, every problem at once. What the record cannot say is a FluentValidation rule
// below, reported at the field's path. A field left out or null reads as null: "absent = unchanged / the default".

/// <summary>The helpdesk's own fields of <c>POST /api/tickets</c>; the triage fields are the library's <c>TriageRequestJson</c>'s.</summary>
internal sealed record NewTicket(string? Id = null, Instant? CreatedAt = null, string? Assignee = null, TicketChannel? Channel = null, string? Customer = null);

/// <summary>
/// The shape of a <c>POST /api/tickets</c> body: its <c>subject</c> (required by the helpdesk, optional for triage) and
/// the names of its other fields (<see cref="Others"/>), so a misspelt field (<c>"teir"</c>) is a problem, not ignored.
/// </summary>
internal sealed record NewTicketFile
{
    /// <summary>The subject: required here, since triage reads a missing one as empty.</summary>
    public string? Subject { get; init; }

    /// <summary>Every other field of the body, by name (the values are read by <see cref="NewTicket"/> and triage).</summary>
    [JsonExtensionData]
    public Dictionary<string, object>? Others { get; set; }
}

/// <summary>
/// <c>POST /api/tickets/{id}/status</c>: <c>{"status": "WaitingOnCustomer", "at"?: …}</c>; a change to <c>Resolved</c> or
/// <c>Closed</c> also gives what the ticket must then carry, unless it has them already:
/// <c>{"status": "Resolved", "rootCause": "ProductBug", "resolutionSummary": "Fixed the export's date rounding."}</c>
/// (§2.2.7, §2.2.8).
/// </summary>
internal sealed record StatusBody(TicketStatus Status, Instant? At = null, RootCause? RootCause = null, string? ResolutionSummary = null) : IBackDated;

/// <summary><c>POST /api/tickets/{id}/first-response</c>: <c>{"at"?: …}</c>.</summary>
internal sealed record FirstResponseBody(Instant? At = null) : IBackDated;

/// <summary><c>PUT /api/tickets/{id}/priority</c>: <c>{"priority": "Critical"}</c>.</summary>
internal sealed record PriorityBody(Priority Priority);

/// <summary><c>PUT /api/tickets/{id}/tier</c>: <c>{"tier": "Enterprise"}</c>.</summary>
internal sealed record TierBody(Tier Tier);

/// <summary><c>POST /api/tickets/{id}/messages</c>: <c>{"kind": "agentReply", "text": "…", "holding"?: true}</c>.</summary>
internal sealed record MessageBody(MessageKind Kind, string Text, bool Holding = false);

/// <summary><c>PUT /api/tickets/{id}/owner</c>: <c>{"assignee": "Marcus"}</c>.</summary>
internal sealed record OwnerBody(string Assignee);

/// <summary><c>POST /api/session</c>: <c>{"name": "ana", "password": "…"}</c>.</summary>
internal sealed record SignInBody(string Name, string Password);

/// <summary>A body that may back-date its change (<c>at</c>): only a lead may send it.</summary>
internal interface IBackDated
{
    /// <summary>When the change happened; null for the server's clock.</summary>
    Instant? At { get; }
}

/// <summary>The source-generated contracts of the request bodies.</summary>
[JsonSerializable(typeof(NewTicket))]
[JsonSerializable(typeof(NewTicketFile))]
[JsonSerializable(typeof(StatusBody))]
[JsonSerializable(typeof(FirstResponseBody))]
[JsonSerializable(typeof(PriorityBody))]
[JsonSerializable(typeof(TierBody))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(OwnerBody))]
[JsonSerializable(typeof(SignInBody))]
internal sealed partial class RequestBodies : JsonSerializerContext
{
    /// <summary>The contracts, in the library's dialect.</summary>
    public static RequestBodies Contracts { get; } = new(TaiJson.ContractOptions());
}

/// <summary>The rules the records cannot say, each at its field.</summary>
internal static partial class RequestRules
{
    /// <summary>The fields of <c>POST /api/tickets</c>: the triage request's and the helpdesk's own.</summary>
    public static readonly string[] NewTicketFields = ["id", "tier", "subject", "body", "signals", "priority", "category", "createdAt", "assignee", "channel", "customer"];

    public static readonly IValidator<NewTicket> NewTicket = Rules<NewTicket>(v =>
    {
        v.RuleFor(b => b.Id).Must(id => id is null || IdPattern().IsMatch(id))
            .WithMessage(b => $"\"{SafeText.Echo(b.Id, 60)}\" is not a ticket id; use up to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        v.RuleFor(b => b.CreatedAt).NotInFuture();
        v.RuleFor(b => b.Assignee).Text(200, required: false);
        v.RuleFor(b => b.Customer).Text(200, required: false);
    });

    public static readonly IValidator<NewTicketFile> NewTicketFile = Rules<NewTicketFile>(v =>
    {
        v.RuleFor(b => b.Subject).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("is required: a ticket needs a subject.");
        v.RuleFor(b => b.Others).Custom((others, context) =>
        {
            foreach (var name in (others?.Keys ?? Enumerable.Empty<string>()).Where(n => !NewTicketFields.Contains(n, StringComparer.Ordinal)))
            {
                var shown = SafeText.Echo(name, 60);
                var near = NewTicketFields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
                context.AddFailure(new ValidationFailure("$." + shown, near is not null
                    ? $"unknown property '{shown}'; did you mean '{near}'?"
                    : $"unknown property '{shown}'; expected one of: {string.Join(", ", NewTicketFields)}."));
            }
        });
    });

    public static readonly IValidator<StatusBody> Status = Rules<StatusBody>(v =>
    {
        v.RuleFor(b => b.At).NotInFuture();
        v.RuleFor(b => b.ResolutionSummary).Text(2_000, required: false);
        v.RuleFor(b => b.RootCause).Null().When(b => b.Status is not (TicketStatus.Resolved or TicketStatus.Closed))
            .WithMessage(b => $"is recorded when the ticket is resolved or closed, not with status {b.Status}.");
        v.RuleFor(b => b.ResolutionSummary).Null().When(b => b.Status is not (TicketStatus.Resolved or TicketStatus.Closed))
            .WithMessage(b => $"is recorded when the ticket is resolved or closed, not with status {b.Status}.");
    });

    public static readonly IValidator<FirstResponseBody> FirstResponse = Rules<FirstResponseBody>(v => v.RuleFor(b => b.At).NotInFuture());

    public static readonly IValidator<MessageBody> Message = Rules<MessageBody>(v =>
    {
        v.RuleFor(b => b.Text).Text(10_000, required: true);
        v.RuleFor(b => b.Holding).Must((b, holding) => !holding || b.Kind == MessageKind.AgentReply)
            .WithMessage("only an agentReply can be a holding reply.");
    });

    public static readonly IValidator<OwnerBody> Owner = Rules<OwnerBody>(v => v.RuleFor(b => b.Assignee).Text(200, required: true));

    public static readonly IValidator<SignInBody> SignIn = Rules<SignInBody>(v =>
    {
        v.RuleFor(b => b.Name).Text(200, required: true);
        v.RuleFor(b => b.Password).Text(200, required: true);
    });

    private static InlineValidator<T> Rules<T>(Action<InlineValidator<T>> rules)
    {
        var validator = new InlineValidator<T>();
        rules(validator);
        return validator;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    /// <summary>An instant that must not lie after the request's instant (<see cref="RequestBody.Now"/>).</summary>
    private static void NotInFuture<T>(this IRuleBuilder<T, Instant?> rule) =>
        rule.Custom((at, context) =>
        {
            if (at is { } given && context.RootContextData.TryGetValue(RequestBody.Now, out var value) && value is Instant now && given > now)
            {
                context.AddFailure($"{given} is in the future; the helpdesk's clock says {now}.");
            }
        });

    /// <summary>Text of at most <paramref name="max"/> characters; when <paramref name="required"/>, not blank either.</summary>
    private static void Text<T>(this IRuleBuilder<T, string?> rule, int max, bool required) =>
        rule.Custom((text, context) =>
        {
            if (text is { Length: var length } && length > max)
            {
                context.AddFailure($"is {length} characters long; the limit is {max}.");
            }
            else if (required && string.IsNullOrWhiteSpace(text))
            {
                context.AddFailure("must not be blank.");
            }
        });
}
