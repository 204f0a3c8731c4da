using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;
using TaiSupport.Helpdesk.Engine;
using TaiSupport.Helpdesk.Storage;

namespace TaiSupport.Helpdesk.Api;

/// <summary>The ticket endpoints: create (triaged, SLA computed, trace stored), change, read, the queue, notifications.</summary>
internal static partial class TicketEndpoints
{
    public static void MapTicketApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/tickets", Create);
        api.MapGet("/tickets", List);
        api.MapGet("/tickets/{id}", Get);
        api.MapPost("/tickets/{id}/status", ChangeStatus);
        api.MapPut("/tickets/{id}/priority", ChangePriority);
        api.MapPut("/tickets/{id}/tier", ChangeTier);
        api.MapPost("/tickets/{id}/first-response", RecordFirstResponse);
        api.MapGet("/queue", Queue);
        api.MapGet("/notifications", Notifications);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    /// <summary>
    /// Creates a ticket: the body is the engine's triage request (<c>tier</c>, <c>subject</c>, <c>body</c>,
    /// <c>signals</c>, optional agent-set <c>priority</c>/<c>category</c>, read by <see cref="TriageRequestJson"/>) plus
    /// the helpdesk's own <c>id</c>, <c>createdAt</c> and <c>assignee</c>. Triage runs, the SLA is computed, both traces
    /// are stored.
    /// </summary>
    private static async Task<IResult> Create(HttpRequest request, HelpdeskServices s, CancellationToken cancel)
    {
        var (document, problem) = await JsonBody.ReadObjectAsync(request, cancel).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        using (document)
        {
            var now = s.Clock.GetCurrentInstant();
            var fields = new RequestFields(document.RootElement, s.Json);
            fields.AllowOnly("id", "tier", "subject", "body", "signals", "priority", "category", "createdAt", "assignee");
            var id = fields.String("id", maxLength: 64);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                fields.Problem("id", $"\"{id}\" is not a ticket id; use up to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
            }

            var createdAt = NotInFuture(fields, "createdAt", now) ?? now;
            var assignee = fields.String("assignee", maxLength: 200);
            var triageRequest = TriageRequestJson.Read(document.RootElement);
            foreach (var failure in triageRequest.Problems)
            {
                fields.Problem(FieldName(failure.PropertyName), failure.ErrorMessage);
            }

            if (!triageRequest.Problems.Any(p => p.PropertyName == "$.subject")
                && (!document.RootElement.TryGetProperty("subject", out var subject) || subject.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(subject.GetString())))
            {
                fields.Problem("subject", "is required: a ticket needs a subject.");
            }

            if (fields.HasProblems || triageRequest.Value is not { } triageInput)
            {
                return Problems.Invalid(fields.Errors);
            }

            var stored = s.Store.InTransaction(tx =>
            {
                if (id is not null && tx.Exists(id))
                {
                    return null;
                }

                var triage = s.Engine.Triage(triageInput, id ?? tx.NextId(), createdAt, assignee);
                var record = new TicketRecord
                {
                    Ticket = triage.Ticket,
                    Subject = triageInput.Subject,
                    Body = triageInput.Body,
                    SignalsJson = document.RootElement.TryGetProperty("signals", out var signals) ? signals.GetRawText() : "{}",
                    Triage = triage.Record,
                };
                tx.Insert(record, s.Engine.Evaluate(record, now));
                return record;
            });
            return stored is null
                ? Problems.Conflict("The ticket exists.", $"A ticket '{id}' already exists; leave 'id' out to get a new one.")
                : Results.Created($"/api/tickets/{stored.Id}", View(s, stored, now));
        }
    }

    /// <summary>The request field of an engine JSON path: <c>$.signals.csat</c> is <c>signals.csat</c>.</summary>
    private static string FieldName(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

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

    /// <summary>Appends a status change (<c>{"status": "WaitingOnCustomer", "at"?: …}</c>); the same status again changes nothing.</summary>
    private static Task<IResult> ChangeStatus(string id, HttpRequest request, HelpdeskServices s, CancellationToken cancel) =>
        Change(id, request, s, cancel, ["status", "at"], (fields, now) =>
        {
            var status = fields.Enum<TicketStatus>("status", required: true);
            var at = NotInFuture(fields, "at", now) ?? now;
            return status is null ? null : ticket =>
                ticket.Ticket.Status == status
                    ? new Edit(ticket, tx => { })
                    : new Edit(ticket with { Ticket = ticket.Ticket.WithStatusChange(at, status.Value) },
                        tx => tx.AppendStatus(ticket.Id, new StatusChange(at, status.Value)), ("at", "statusChanges"));
        });

    /// <summary>Sets the priority (<c>{"priority": "High"}</c>); the SLA targets are recomputed from creation (D7).</summary>
    private static Task<IResult> ChangePriority(string id, HttpRequest request, HelpdeskServices s, CancellationToken cancel) =>
        SetEnumField(id, request, s, cancel, "priority", t => t.Priority, (t, v) => t with { Priority = v });

    /// <summary>Sets the customer's tier (<c>{"tier": "Enterprise"}</c>); the SLA targets are recomputed from creation (D7).</summary>
    private static Task<IResult> ChangeTier(string id, HttpRequest request, HelpdeskServices s, CancellationToken cancel) =>
        SetEnumField(id, request, s, cancel, "tier", t => t.Tier, (t, v) => t with { Tier = v });

    /// <summary>Replaces one enum-valued ticket field and records the change in the ticket's history.</summary>
    private static Task<IResult> SetEnumField<T>(
        string id, HttpRequest request, HelpdeskServices s, CancellationToken cancel, string name, Func<Ticket, T> get, Func<Ticket, T, Ticket> set)
        where T : struct, Enum =>
        Change(id, request, s, cancel, [name], (fields, now) =>
        {
            var value = fields.Enum<T>(name, required: true);
            return value is null ? null : ticket => new Edit(
                ticket with { Ticket = set(ticket.Ticket, value.Value) },
                tx => tx.SetField(ticket.Id, now, name, get(ticket.Ticket).ToString(), value.Value.ToString()));
        });

    /// <summary>Records the first agent response (<c>{"at"?: …}</c>, default now); a second one is a conflict.</summary>
    private static Task<IResult> RecordFirstResponse(string id, HttpRequest request, HelpdeskServices s, CancellationToken cancel) =>
        Change(id, request, s, cancel, ["at"], (fields, now) =>
        {
            var at = NotInFuture(fields, "at", now) ?? now;
            return ticket => ticket.Ticket.FirstResponseAt is { } earlier
                ? new Edit(ticket, tx => { }, Conflict: $"The first response was already recorded at {earlier}.")
                : new Edit(ticket with { Ticket = ticket.Ticket with { FirstResponseAt = at } }, tx => tx.SetFirstResponse(ticket.Id, at), ("at", "firstResponseAt"));
        });

    private static IResult Queue(HelpdeskServices s)
    {
        var now = s.Clock.GetCurrentInstant();
        var queue = s.Engine.Queue(s.Store.List(openOnly: true), now);
        return Results.Ok(new QueueView(now, s.Engine.ZoneId, [.. queue.Select((q, i) => new QueueEntry(
            i + 1, q.Ticket.Id, q.Ticket.Subject, q.Ticket.Ticket.Tier, q.Ticket.Ticket.Priority, q.Ticket.Ticket.Category,
            q.Ticket.Ticket.Status, q.Ticket.Triage.Route, q.Ticket.Ticket.CreatedAt, q.Sla))]));
    }

    private static IResult Notifications(HelpdeskServices s, string? ticketId) =>
        Results.Ok(s.Store.Notifications(ticketId).Select(ToView).ToImmutableArray());

    /// <summary>
    /// Reads the body, then in one transaction loads the ticket, applies the edit, lets the engine validate the
    /// result (its problems are reported under the request's field names) and writes it.
    /// </summary>
    private static async Task<IResult> Change(
        string id, HttpRequest request, HelpdeskServices s, CancellationToken cancel, string[] allowed,
        Func<RequestFields, Instant, Func<TicketRecord, Edit>?> read)
    {
        var (document, problem) = await JsonBody.ReadObjectAsync(request, cancel).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        using (document)
        {
            var now = s.Clock.GetCurrentInstant();
            var fields = new RequestFields(document.RootElement, s.Json);
            fields.AllowOnly(allowed);
            var edit = read(fields, now);
            if (fields.HasProblems || edit is null)
            {
                return Problems.Invalid(fields.Errors);
            }

            var (error, changed) = s.Store.InTransaction<(IResult? Error, TicketRecord? Ticket)>(tx =>
            {
                var ticket = tx.Find(id);
                if (ticket is null)
                {
                    return (Problems.NotFound(id), null);
                }

                var change = edit(ticket);
                if (change.Conflict is { } conflict)
                {
                    return (Problems.Conflict("The change conflicts with the ticket.", conflict), null);
                }

                var errors = s.Engine.Validate(change.Ticket);
                if (errors.Count > 0)
                {
                    return (Problems.Invalid(Rename(errors, change.FieldOf)), null);
                }

                change.Write(tx);
                tx.SaveSla(id, s.Engine.Evaluate(change.Ticket, now));
                return (null, change.Ticket);
            });
            return error ?? Results.Ok(View(s, changed!, now));
        }
    }

    /// <summary>Reads an optional instant that must not lie after <paramref name="now"/>.</summary>
    private static Instant? NotInFuture(RequestFields fields, string name, Instant now)
    {
        var at = fields.Instant(name);
        if (at > now)
        {
            fields.Problem(name, $"{at} is in the future; the helpdesk's clock says {now}.");
            return null;
        }

        return at;
    }

    /// <summary>Maps the engine's ticket paths (<c>statusChanges[3].at</c>) to the request's field names (<c>at</c>).</summary>
    private static Dictionary<string, string[]> Rename(IDictionary<string, string[]> errors, (string Request, string Engine)? field) =>
        errors.GroupBy(e => field is { } f && e.Key.StartsWith(f.Engine, StringComparison.Ordinal) ? f.Request : e.Key)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);

    private static TicketView View(HelpdeskServices s, TicketRecord record, Instant now, bool detail = true)
    {
        var sla = s.Engine.Evaluate(record, now);
        var ticket = record.Ticket;
        return new TicketView(
            ticket.Id, record.Subject, record.Body, ticket.Tier, ticket.Priority, ticket.Category, ticket.Status,
            ticket.CreatedAt, ticket.FirstResponseAt, ticket.Assignee, record.Triage.Route, record.Triage.HeldBy,
            record.Triage.EngineeringLevel, record.Triage.Actions, sla,
            [.. ticket.StatusHistory.Select(c => new StatusView(c.At, c.Status))],
            detail ? [.. s.Store.Changes(ticket.Id).Select(c => new ChangeView(c.At, c.Field, c.OldValue, c.NewValue))] : [],
            detail ? [.. s.Store.Notifications(ticket.Id).Select(ToView)] : [],
            [.. record.Triage.Trace, .. sla.Trace]);
    }

    private static NotificationView ToView(NotificationRecord n) => new(n.Id, n.TicketId, n.Kind, n.Due, n.RaisedAt, n.Message);

    /// <summary>An edit of one ticket: the new value, how to write it, and which request field the engine's path maps to.</summary>
    private sealed record Edit(TicketRecord Ticket, Action<TicketTransaction> Write, (string Request, string Engine)? FieldOf = null, string? Conflict = null);
}

/// <summary>What every endpoint needs, resolved once per request.</summary>
internal sealed record HelpdeskServices(TicketStore Store, HelpdeskEngine Engine, IClock Clock, JsonSerializerOptions Json);
