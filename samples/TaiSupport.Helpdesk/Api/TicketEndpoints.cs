using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using NodaTime;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using TaiSupport.Helpdesk.Auth;
using TaiSupport.Helpdesk.Engine;
using TaiSupport.Helpdesk.Storage;

namespace TaiSupport.Helpdesk.Api;

/// <summary>The ticket endpoints: create (triaged, SLA computed, trace stored), change, read, the queue, notifications.</summary>
internal static class TicketEndpoints
{
    public static void MapTicketApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/tickets", Create).RequireAuthorization(HelpdeskAuth.Work);
        api.MapGet("/tickets", List).RequireAuthorization(HelpdeskAuth.Read);
        api.MapGet("/tickets/{id}", Get).RequireAuthorization(HelpdeskAuth.Read);
        api.MapPost("/tickets/{id}/status", ChangeStatus).RequireAuthorization(HelpdeskAuth.Work);
        api.MapPut("/tickets/{id}/priority", ChangePriority).RequireAuthorization(HelpdeskAuth.Lead);
        api.MapPut("/tickets/{id}/tier", ChangeTier).RequireAuthorization(HelpdeskAuth.Lead);
        api.MapPost("/tickets/{id}/first-response", RecordFirstResponse).RequireAuthorization(HelpdeskAuth.Work);
        api.MapPost("/tickets/{id}/messages", AddMessage).RequireAuthorization(HelpdeskAuth.Work);
        api.MapPut("/tickets/{id}/owner", ChangeOwner).RequireAuthorization(HelpdeskAuth.Work);
        api.MapGet("/queue", Queue).RequireAuthorization(HelpdeskAuth.Read);
        api.MapGet("/notifications", Notifications).RequireAuthorization(HelpdeskAuth.Read);
    }

    /// <summary>
    /// Creates a ticket: the body is the engine's triage request (<c>tier</c>, <c>subject</c>, <c>body</c>,
    /// <c>signals</c>, optional agent-set <c>priority</c>/<c>category</c>, read by <see cref="TriageRequestJson"/>) plus
    /// the helpdesk's own <c>id</c>, <c>createdAt</c>, <c>assignee</c>, <c>channel</c> and <c>customer</c> (<see cref="NewTicket"/>).
    /// Triage runs, the SLA is computed, both traces are stored.
    /// </summary>
    private static async Task<IResult> Create(HttpContext context, HelpdeskServices s, CancellationToken cancel)
    {
        var (json, problem) = await RequestBody.ReadTextAsync(context.Request, cancel).ConfigureAwait(false);
        if (json is null)
        {
            return problem!;
        }

        // Three library reads of one body, their problems together: its shape (a JSON object of well-formed text, a
        // subject, no unknown field; when the body itself is wrong that is the only problem), the helpdesk's own fields,
        // and the engine's triage request (TriageRequestJson: tier, subject, body, signals, priority, category).
        var now = s.Clock.GetCurrentInstant();
        var errors = new RequestErrors();
        var shape = RequestBody.Read(json, RequestBodies.Contracts.NewTicketFile, RequestRules.NewTicketFile, errors, now, ignoreUnknown: true);
        if (errors.AtBody)
        {
            return errors.ToProblem();
        }

        if (shape?.Others?.ContainsKey("createdAt") == true && await HelpdeskAuth.Refuse(context, HelpdeskAuth.Lead, "createdAt").ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var fields = RequestBody.Read(json, RequestBodies.Contracts.NewTicket, RequestRules.NewTicket, errors, now, ignoreUnknown: true);
        var triageInput = errors.AddAll(TriageRequestJson.Read(json));
        if (!errors.IsEmpty || fields is null || triageInput is null)
        {
            return errors.ToProblem();
        }

        var actor = HelpdeskAuth.Actor(context.User);
        var id = fields.Id;
        TicketRecord? stored;
        try
        {
            stored = s.Store.InTransaction(tx =>
            {
                if (id is not null && tx.Exists(id))
                {
                    return null;
                }

                var triage = s.Engine.Triage(triageInput, id ?? tx.NextId(), fields.CreatedAt ?? now, fields.Assignee, fields.Channel ?? TicketChannel.Email, fields.Customer);
                var record = new TicketRecord
                {
                    Ticket = triage.Ticket,
                    Subject = triageInput.Subject,
                    Body = triageInput.Body,
                    SignalsJson = SignalsText(triageInput.Signals),
                    Triage = triage.Record,
                };
                var evaluation = s.Engine.Evaluate(record, now);
                tx.Insert(record, evaluation, s.Engine.ColumnsForWrite(record, evaluation, now), actor, now);
                return record;
            });
        }
        catch (Exception e) when (id is not null && s.Store.IsUniqueViolation(e))
        {
            // PostgreSQL, two instances: both saw no ticket with this explicit id; the primary key let one in.
            stored = null;
        }

        return stored is null
            ? Problems.Conflict("The ticket exists.", $"A ticket '{id}' already exists; leave 'id' out to get a new one.")
            : Results.Created($"/api/tickets/{stored.Id}", View(s, stored, now));
    }

    /// <summary>The request's signals as the library writes them (<c>{"productionDown":true}</c>), for the <c>signals</c> column.</summary>
    private static string SignalsText(TicketSignals signals)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TriageRequestJson.WriteSignals(writer, signals);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static IResult List(HelpdeskServices s)
    {
        var now = s.Clock.GetCurrentInstant();
        return Results.Ok(s.Store.List(openOnly: false).Select(t => View(s, t, now, detail: false)).ToImmutableArray());
    }

    private static IResult Get(string id, HelpdeskServices s)
    {
        var ticket = s.Store.Find(id);
        return ticket is null ? Problems.NotFound(id) : Results.Ok(View(s, ticket, s.Clock.GetCurrentInstant()));
    }

    /// <summary>
    /// Appends a status change (<c>{"status": "WaitingOnCustomer", "at"?: …}</c>); the same status again changes nothing.
    /// A ticket that ends resolved or closed should carry a root cause and a 1–3 sentence summary (§2.2.7, §2.2.8), given in
    /// the body (<c>rootCause</c>, <c>resolutionSummary</c>) or already on the ticket; what it lacks is listed in its view
    /// (<c>resolutionProblems</c>), or refuses the change with 400 when <see cref="HelpdeskOptions.RequireResolutionFields"/> is on.
    /// </summary>
    /// <remarks>Without <c>at</c> the change happens at the instant read inside the write transaction, so concurrent changes never
    /// see an earlier "now" than the change before them.</remarks>
    private static Task<IResult> ChangeStatus(string id, HttpContext context, HelpdeskServices s, CancellationToken cancel) =>
        Change(id, context, s, cancel, RequestBodies.Contracts.StatusBody, RequestRules.Status, body => (ticket, inLock) =>
        {
            var (at, before) = (body.At ?? inLock, ticket.Ticket);
            var described = before with { RootCause = body.RootCause ?? before.RootCause, ResolutionSummary = body.ResolutionSummary ?? before.ResolutionSummary };
            var (moves, describes) = (before.Status != body.Status, described != before);
            if (!moves && !describes)
            {
                return new Edit(ticket, (tx, actor) => { });
            }

            var after = moves ? described.WithStatusChange(at, body.Status) : described;
            return new Edit(ticket with { Ticket = after },
                (tx, actor) =>
                {
                    if (moves)
                    {
                        tx.AppendStatus(ticket.Id, new StatusChange(at, body.Status), before.Status, actor, inLock);
                    }

                    if (describes)
                    {
                        tx.SetResolution(before, after, actor, inLock);
                    }
                },
                ("at", "statusChanges"), Invalid: s.Engine.RefuseResolution(after));
        });

    /// <summary>Sets the priority (<c>{"priority": "High"}</c>); the SLA targets are recomputed from creation (D7).</summary>
    private static Task<IResult> ChangePriority(string id, HttpContext context, HelpdeskServices s, CancellationToken cancel) =>
        SetEnumField(id, context, s, cancel, RequestBodies.Contracts.PriorityBody, b => b.Priority, "priority", t => t.Priority, (t, v) => t with { Priority = v });

    /// <summary>Sets the customer's tier (<c>{"tier": "Enterprise"}</c>); the SLA targets are recomputed from creation (D7).</summary>
    private static Task<IResult> ChangeTier(string id, HttpContext context, HelpdeskServices s, CancellationToken cancel) =>
        SetEnumField(id, context, s, cancel, RequestBodies.Contracts.TierBody, b => b.Tier, "tier", t => t.Tier, (t, v) => t with { Tier = v });

    /// <summary>Replaces one enum-valued ticket field and records the change in the ticket's history.</summary>
    private static Task<IResult> SetEnumField<TBody, T>(
        string id, HttpContext context, HelpdeskServices s, CancellationToken cancel, JsonTypeInfo<TBody> contract, Func<TBody, T> read,
        string name, Func<Ticket, T> get, Func<Ticket, T, Ticket> set)
        where TBody : class
        where T : struct, Enum =>
        Change(id, context, s, cancel, contract, rules: null, body => (ticket, inLock) =>
        {
            var value = read(body);
            return new Edit(
                ticket with { Ticket = set(ticket.Ticket, value) },
                (tx, actor) => tx.SetField(ticket.Id, inLock, name, get(ticket.Ticket).ToString(), value.ToString(), actor));
        });

    /// <summary>Records the first agent response (<c>{"at"?: …}</c>, default now); a second one is a conflict.</summary>
    private static Task<IResult> RecordFirstResponse(string id, HttpContext context, HelpdeskServices s, CancellationToken cancel) =>
        Change(id, context, s, cancel, RequestBodies.Contracts.FirstResponseBody, RequestRules.FirstResponse, body => (ticket, inLock) =>
        {
            var at = body.At ?? inLock;
            return ticket.Ticket.FirstResponseAt is { } earlier
                ? new Edit(ticket, (tx, actor) => { }, Conflict: $"The first response was already recorded at {earlier}.")
                : new Edit(ticket with { Ticket = ticket.Ticket with { FirstResponseAt = at } },
                    (tx, actor) => tx.SetFirstResponse(ticket.Id, at, actor, inLock), ("at", "firstResponseAt"));
        });

    /// <summary>
    /// Adds a message (<c>{"kind": "agentReply", "text": "…", "holding"?: true}</c>; kinds as D21's events:
    /// <c>agentReply</c>, <c>internalNote</c>, <c>customerMessage</c>). The first agent reply that is not a holding
    /// reply is the first response (D23). Each message is the engine's D21 event: a holding reply acknowledges (D22), a
    /// customer message starts a next-reply cycle on Slack (D24), an internal note stops nothing.
    /// </summary>
    private static Task<IResult> AddMessage(string id, HttpContext context, HelpdeskServices s, CancellationToken cancel) =>
        Change(id, context, s, cancel, RequestBodies.Contracts.MessageBody, RequestRules.Message, body => (ticket, inLock) =>
        {
            var (kind, text, holding) = body;
            var name = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
            var firstResponse = kind == MessageKind.AgentReply && !holding && ticket.Ticket.FirstResponseAt is null;
            var withEvent = WithEvent(ticket, kind switch
            {
                MessageKind.CustomerMessage => TicketEvent.CustomerMessage(inLock),
                MessageKind.AgentReply => TicketEvent.AgentReply(inLock, holding),
                _ => TicketEvent.InternalNote(inLock),
            });
            return new Edit(
                firstResponse ? withEvent with { Ticket = withEvent.Ticket with { FirstResponseAt = inLock } } : withEvent,
                (tx, actor) =>
                {
                    tx.AddMessage(ticket.Id, inLock, name, holding, text, actor);
                    if (firstResponse)
                    {
                        tx.SetFirstResponse(ticket.Id, inLock, actor, inLock);
                    }
                });
        });

    /// <summary>
    /// Changes the owner (<c>{"assignee": "Marcus"}</c>): the engine's <c>assigned</c> event (D21), which stops the
    /// assignment clock (D25). Agents and leads may; the same owner again changes nothing.
    /// </summary>
    private static Task<IResult> ChangeOwner(string id, HttpContext context, HelpdeskServices s, CancellationToken cancel) =>
        Change(id, context, s, cancel, RequestBodies.Contracts.OwnerBody, RequestRules.Owner, body => (ticket, inLock) => ticket.Ticket.Assignee == body.Assignee
            ? new Edit(ticket, (tx, actor) => { })
            : new Edit(
                WithEvent(ticket with { Ticket = ticket.Ticket with { Assignee = body.Assignee } }, TicketEvent.Assigned(inLock, body.Assignee)),
                (tx, actor) => tx.SetField(ticket.Id, inLock, "assignee", ticket.Ticket.Assignee, body.Assignee, actor)));

    /// <summary>The ticket with one more D21 event, kept in time order (the engine reads events in order).</summary>
    private static TicketRecord WithEvent(TicketRecord ticket, TicketEvent added) =>
        ticket with { Ticket = ticket.Ticket with { Events = [.. ticket.Ticket.Events.Append(added).OrderBy(e => e.At)] } };

    /// <summary>
    /// The queue (D10) from stored columns kept current by every write and by the watcher: a ticket is evaluated only
    /// when its stored next check has come and the watcher has not yet re-evaluated it (<see cref="Sla"/>); the SLA trace
    /// is in <c>GET /api/tickets/{id}</c>. <c>limit</c> (1–10,000, default 500) bounds the rows; <c>total</c> counts all open tickets.
    /// </summary>
    private static IResult Queue(HelpdeskServices s, string? limit)
    {
        var rows = 500;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out rows) || rows is < 1 or > 10_000))
        {
            return Problems.BadRequest("limit", $"\"{Core.Text.SafeText.Echo(limit, 40)}\" is not a whole number from 1 to 10000.");
        }

        var now = s.Clock.GetCurrentInstant();
        var (queue, total) = s.Store.Queue(now, rows);
        return Results.Ok(new QueueView(now, s.Engine.ZoneId, total, [.. queue.Select((q, i) => new QueueEntry(
            i + 1, q.Id, q.Subject, q.Tier, q.Priority, q.Category, q.Status, q.Route, q.CreatedAt, Sla(s, q, now)))]));
    }

    /// <summary>
    /// A queue row's SLA at <paramref name="now"/>. The engine's next check is exact (nothing changes strictly before it),
    /// so before the stored next check the stored states are the states now; a row whose next check has come and that
    /// the watcher has not yet re-evaluated is evaluated here, by the engine.
    /// </summary>
    private static SlaView Sla(HelpdeskServices s, QueueRow q, Instant now)
    {
        if (q.NextCheckAt is { } check && check <= now && s.Store.Find(q.Id) is { } stale)
        {
            return s.Engine.Evaluate(stale, now).Sla with { Trace = [] };
        }

        return new SlaView(now, q.FirstResponseDue, q.FirstResponseState, q.ResolutionDue, q.ResolutionState, q.Reassign, q.ReassignAt, q.NextDue, []);
    }

    /// <summary>The notifications feed in the order raised: all, one ticket's (<c>ticketId</c>), or the latest <c>limit</c> (1–1,000).</summary>
    private static IResult Notifications(HelpdeskServices s, string? ticketId, string? limit)
    {
        int? latest = null;
        if (limit is not null)
        {
            if (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 1_000)
            {
                return Problems.BadRequest("limit", $"\"{Core.Text.SafeText.Echo(limit, 40)}\" is not a whole number from 1 to 1000.");
            }

            latest = n;
        }

        return Results.Ok(s.Store.Notifications(ticketId, latest).Select(ToView).ToImmutableArray());
    }

    /// <summary>
    /// Reads the body as <typeparamref name="TBody"/> (every problem at once, <see cref="RequestBody.Read{T}"/>), refuses
    /// back-dating (<c>at</c>) to all but leads, then in one transaction loads the ticket, applies the edit, lets the engine
    /// validate the result (its problems are reported under the request's field names) and writes it.
    /// </summary>
    private static async Task<IResult> Change<TBody>(
        string id, HttpContext context, HelpdeskServices s, CancellationToken cancel, JsonTypeInfo<TBody> contract, IValidator<TBody>? rules,
        Func<TBody, Func<TicketRecord, Instant, Edit>> edit)
        where TBody : class
    {
        var (json, problem) = await RequestBody.ReadTextAsync(context.Request, cancel).ConfigureAwait(false);
        if (json is null)
        {
            return problem!;
        }

        var errors = new RequestErrors();
        if (RequestBody.Read(json, contract, rules, errors, s.Clock.GetCurrentInstant()) is not { } body)
        {
            return errors.ToProblem();
        }

        if (body is IBackDated { At: not null } && await HelpdeskAuth.Refuse(context, HelpdeskAuth.Lead, "at").ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var actor = HelpdeskAuth.Actor(context.User);
        var apply = edit(body);
        var (error, changed, at) = s.Store.InTransaction<(IResult? Error, TicketRecord? Ticket, Instant At)>(tx =>
        {
            // The clock is read once the ticket is locked (SQLite: the write transaction; PostgreSQL: the row's
            // FOR UPDATE), so a later change never gets an earlier default instant.
            var ticket = tx.Find(id);
            var inLock = s.Clock.GetCurrentInstant();
            if (ticket is null)
            {
                return (Problems.NotFound(id), null, inLock);
            }

            var change = apply(ticket, inLock);
            if (change.Conflict is { } conflict)
            {
                return (Problems.Conflict("The change conflicts with the ticket.", conflict), null, inLock);
            }

            if (change.Invalid is { Count: > 0 } invalid)
            {
                return (Problems.Invalid(invalid), null, inLock);
            }

            var engineErrors = s.Engine.Validate(change.Ticket);
            if (engineErrors.Count > 0)
            {
                return (Problems.Invalid(Rename(engineErrors, change.FieldOf)), null, inLock);
            }

            change.Write(tx, actor);
            var evaluation = s.Engine.Evaluate(change.Ticket, inLock);
            tx.SaveSla(id, evaluation, s.Engine.ColumnsForWrite(change.Ticket, evaluation, inLock));
            return (null, change.Ticket, inLock);
        });
        return error ?? Results.Ok(View(s, changed!, at));
    }

    /// <summary>Maps the engine's ticket paths (<c>statusChanges[3].at</c>) to the request's field names (<c>at</c>).</summary>
    private static Dictionary<string, string[]> Rename(IDictionary<string, string[]> errors, (string Request, string Engine)? field) =>
        errors.GroupBy(e => field is { } f && e.Key.StartsWith(f.Engine, StringComparison.Ordinal) ? f.Request : e.Key)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);

    private static TicketView View(HelpdeskServices s, TicketRecord record, Instant now, bool detail = true)
    {
        var (sla, life) = s.Engine.Evaluate(record, now);
        var ticket = record.Ticket;
        return new TicketView(
            ticket.Id, record.Subject, record.Body, ticket.Tier, ticket.Priority, ticket.Category, ticket.Status,
            ticket.CreatedAt, ticket.FirstResponseAt, ticket.Assignee, record.Triage.Route, record.Triage.HeldBy,
            record.Triage.EngineeringLevel, record.Triage.Actions, sla,
            [.. ticket.StatusHistory.Select(c => new StatusView(c.At, c.Status))],
            detail ? [.. s.Store.Changes(ticket.Id).Select(c => new ChangeView(c.At, c.Field, c.OldValue, c.NewValue, c.Actor))] : [],
            detail ? [.. s.Store.Notifications(ticket.Id).Select(ToView)] : [],
            [.. record.Triage.Trace, .. sla.Trace, .. detail ? life.Trace : []],
            detail ? [.. s.Store.Messages(ticket.Id)] : [],
            JsonNamingPolicy.CamelCase.ConvertName(ticket.Channel.ToString()), ticket.Customer, HelpdeskEngine.Clocks(life), HelpdeskEngine.Alerts(life), life.NextCheckAt,
            ticket.RootCause, ticket.ResolutionSummary,
            [.. s.Engine.ResolutionProblems(ticket).SelectMany(p => p.Value.Select(message => $"{p.Key}: {message}"))]);
    }

    private static NotificationView ToView(NotificationRecord n) => new(n.Id, n.TicketId, n.Kind, n.Due, n.RaisedAt, n.Message, n.Cycle, n.At, n.Rule);

    /// <summary>An edit of one ticket: the new value, how to write it, which request field the engine's path maps to, and what refuses it.</summary>
    private sealed record Edit(
        TicketRecord Ticket, Action<TicketTransaction, string> Write, (string Request, string Engine)? FieldOf = null, string? Conflict = null,
        IDictionary<string, string[]>? Invalid = null);
}

/// <summary>The kinds of message, as D21's conversation events.</summary>
internal enum MessageKind
{
    /// <summary>A message from the customer.</summary>
    CustomerMessage,

    /// <summary>A public agent reply (a holding reply when marked so).</summary>
    AgentReply,

    /// <summary>An internal note: stops no clock.</summary>
    InternalNote,
}

/// <summary>What every endpoint needs, resolved once per request.</summary>
internal sealed record HelpdeskServices(TicketStore Store, HelpdeskEngine Engine, IClock Clock);
