using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Data;
using System.Data.Common;
using NodaTime;
using NodaTime.Text;
using TaiSupport.Core.Tickets;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Engine;

namespace TaiSupport.Helpdesk.Storage;

/// <summary>Reads and writes tickets, their status history and the watcher's notifications with plain SQL.</summary>
internal sealed class TicketStore(HelpdeskDatabase database, JsonSerializerOptions json, Watcher.WatcherSchedule? schedule = null)
{
    private readonly SemaphoreSlim writers = new(Math.Min(database.ConcurrentWriters, 1 << 20));
    private readonly ConcurrentQueue<Pending> pending = new();

    /// <summary>
    /// Runs read-decide-write in one immediate transaction, so two requests never interleave on a ticket, and returns
    /// only once it is committed. With one writer per process (SQLite) the writes that queue while one commits are
    /// committed together (group commit): the writer that gets the lock runs every queued write in one transaction,
    /// each inside its own savepoint (a failing write rolls back alone), commits once and wakes their callers.
    /// </summary>
    public T InTransaction<T>(Func<TicketTransaction, T> work)
    {
        if (database.ConcurrentWriters != 1)
        {
            return Alone(work);
        }

        var mine = new Pending(tx => work(tx));
        pending.Enqueue(mine);
        writers.Wait();
        try
        {
            // Mine may still be queued, and behind more than one group's worth of writes: commit groups until it is done
            // (one group alone could leave it queued and this caller would return a result nobody computed).
            while (!mine.Done)
            {
                CommitQueued();
            }
        }
        finally
        {
            writers.Release();
        }

        if (mine.Error is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return (T)mine.Result!;
    }

    private T Alone<T>(Func<TicketTransaction, T> work)
    {
        writers.Wait();
        try
        {
            using var connection = database.Open();
            using var transaction = database.BeginWrite(connection);
            var tx = new TicketTransaction(database, connection, transaction, json);
            var result = work(tx);
            transaction.Commit();
            if (tx.WakeAt is { } wake)
            {
                schedule?.Consider(wake); // committed: the watcher can see it
            }

            return result;
        }
        finally
        {
            writers.Release();
        }
    }

    /// <summary>Commits the queued writes (at most <see cref="GroupLimit"/>) in one transaction; every caller learns its own result or error.</summary>
    private void CommitQueued()
    {
        var batch = new List<Pending>(8);
        while (batch.Count < GroupLimit && pending.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        Instant? wake = null;
        try
        {
            using var connection = database.Open();
            using var transaction = database.BeginWrite(connection);
            var tx = new TicketTransaction(database, connection, transaction, json);
            foreach (var write in batch)
            {
                transaction.Save("write");
                try
                {
                    write.Result = write.Work(tx);
                    transaction.Release("write");
                }
                catch (Exception e)
                {
                    write.Error = e;
                    transaction.Rollback("write");
                    transaction.Release("write");
                }
            }

            transaction.Commit();
            wake = tx.WakeAt;
        }
        catch (Exception e)
        {
            foreach (var write in batch)
            {
                write.Error ??= e; // not committed: nobody is told otherwise
            }
        }
        finally
        {
            foreach (var write in batch)
            {
                write.Done = true;
            }
        }

        if (wake is { } at)
        {
            schedule?.Consider(at); // committed: the watcher can see it
        }
    }

    /// <summary>The most writes one group commit takes (the rest wait for the next).</summary>
    private const int GroupLimit = 64;

    /// <summary>A write waiting for the group commit; <see cref="Done"/> once committed or refused.</summary>
    private sealed class Pending(Func<TicketTransaction, object?> work)
    {
        public Func<TicketTransaction, object?> Work { get; } = work;

        public object? Result { get; set; }

        public Exception? Error { get; set; }

        public bool Done { get; set; }
    }

    /// <summary>True when the exception is the database refusing a second row with the same key.</summary>
    public bool IsUniqueViolation(Exception exception) => database.IsUniqueViolation(exception);

    public TicketRecord? Find(string id)
    {
        using var connection = database.Open();
        return new TicketTransaction(database, connection, null, json).Find(id);
    }

    /// <summary>Every ticket, or only those not resolved or closed, with their status history.</summary>
    public IReadOnlyList<TicketRecord> List(bool openOnly)
    {
        using var connection = database.Open();
        var all = new TicketTransaction(database, connection, null, json).All();
        return openOnly ? [.. all.Where(t => !t.IsClosed)] : all;
    }

    public IReadOnlyList<FieldChange> Changes(string ticketId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, field, old_value, new_value, actor FROM ticket_changes WHERE ticket_id = @id ORDER BY seq";
        Db.Add(command, "@id", ticketId);
        using var reader = command.ExecuteReader();
        var changes = new List<FieldChange>();
        while (reader.Read())
        {
            changes.Add(new FieldChange(Time.Parse(reader.GetString(0)), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return changes;
    }

    /// <summary>A ticket's conversation in order.</summary>
    public IReadOnlyList<MessageView> Messages(string ticketId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, kind, holding, text, actor FROM messages WHERE ticket_id = @id ORDER BY seq";
        Db.Add(command, "@id", ticketId);
        using var reader = command.ExecuteReader();
        var list = new List<MessageView>();
        while (reader.Read())
        {
            list.Add(new MessageView(Time.Parse(reader.GetString(0)), reader.GetString(1), reader.GetInt64(2) == 1, reader.GetString(3), reader.GetString(4)));
        }

        return list;
    }

    /// <summary>Stores a new SLA evaluation when its dues, states or reassign flag differ from the stored one.</summary>
    /// <returns>True when the row changed.</returns>
    public bool SaveSla(string ticketId, Evaluation sla, QueueColumns columns)
    {
        using var connection = database.Open();
        return new TicketTransaction(database, connection, null, json).SaveSla(ticketId, sla, columns, onlyIfChanged: true);
    }

    /// <summary>The open tickets whose next check instant has come (the watcher's work), with their history.</summary>
    public IReadOnlyList<TicketRecord> DueForCheck(Instant now)
    {
        using var connection = database.Open();
        return new TicketTransaction(database, connection, null, json).Where("open = 1 AND next_check_at <= @now", ("@now", Time.Sortable(now)));
    }

    /// <summary>True when an open ticket's next check has come (a read; the watcher claims nothing when none has).</summary>
    public bool AnyDueForCheck(Instant now)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM tickets WHERE open = 1 AND next_check_at <= @now LIMIT 1";
        Db.Add(command, "@now", Time.Sortable(now));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The earliest stored next check of an open ticket: when the watcher must wake next (null: never by itself).</summary>
    public Instant? EarliestCheck()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(next_check_at) FROM tickets WHERE open = 1";
        return command.ExecuteScalar() is string text ? Time.ParseSortable(text) : null;
    }

    /// <summary>Rows written before schema version 3 (no queue columns yet), to be evaluated once at start-up.</summary>
    public IReadOnlyList<TicketRecord> WithoutQueueColumns()
    {
        using var connection = database.Open();
        return new TicketTransaction(database, connection, null, json).Where("open IS NULL");
    }

    /// <summary>
    /// The queue from stored columns, in the library's order (D10: breached first, then the soonest due, then
    /// priority, tier rank, creation, id), without evaluating a ticket: a running clock is breached once its stored
    /// due has passed. At most <paramref name="limit"/> rows, and the number of open tickets.
    /// </summary>
    public (IReadOnlyList<QueueRow> Rows, long Total) Queue(Instant now, int limit)
    {
        using var connection = database.Open();
        using var transaction = database.BeginSnapshot(connection);
        using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = "SELECT COUNT(*) FROM tickets WHERE open = 1";
        var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var rows = new List<QueueRow>(Math.Min(limit, 1024));

        // Three index-ordered segments (tickets_queue): breached (due passed), then running by due, then no running clock.
        foreach (var segment in new[] { "next_due <= @now", "next_due > @now", "next_due IS NULL" })
        {
            if (rows.Count >= limit)
            {
                break;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                SELECT id, subject, tier, priority, category, status, route, created_at, first_response_due, first_response_state,
                       resolution_due, resolution_state, reassign, reassign_at, next_due, next_check_at
                FROM tickets WHERE open = 1 AND {segment}
                ORDER BY next_due, priority_rank DESC, tier_rank DESC, created_at_sort, id
                LIMIT @limit
                """;
            Db.Add(command, "@now", Time.Sortable(now));
            Db.Add(command, "@limit", limit - rows.Count);
            using var reader = command.ExecuteReader();
            ReadQueueRows(reader, rows);
        }

        return (rows, total);
    }

    private static void ReadQueueRows(DbDataReader reader, List<QueueRow> rows)
    {
        while (reader.Read())
        {
            rows.Add(new QueueRow(
                reader.GetString(0), reader.GetString(1), Enum.Parse<TaiSupport.Core.Tickets.Tier>(reader.GetString(2)),
                Enum.Parse<TaiSupport.Core.Tickets.Priority>(reader.GetString(3)), Enum.Parse<TaiSupport.Core.Tickets.Category>(reader.GetString(4)),
                Enum.Parse<TicketStatus>(reader.GetString(5)), Enum.Parse<TaiSupport.Core.Tickets.TicketRoute>(reader.GetString(6)),
                Time.Parse(reader.GetString(7)), Time.Parse(reader.GetString(8)), reader.GetString(9),
                reader.IsDBNull(10) ? null : Time.Parse(reader.GetString(10)), reader.GetString(11), reader.GetInt64(12) == 1,
                Time.Parse(reader.GetString(13)), reader.IsDBNull(14) ? null : Time.ParseSortable(reader.GetString(14)),
                reader.IsDBNull(15) ? null : Time.ParseSortable(reader.GetString(15))));
        }
    }

    /// <summary>Notifications in the order they were raised; all, or one ticket's.</summary>
    public IReadOnlyList<NotificationRecord> Notifications(string? ticketId = null, int? latest = null)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, ticket_id, kind, due, raised_at, message, cycle, alert_at, rule FROM notifications"
            + (ticketId is null ? string.Empty : " WHERE ticket_id = @ticket")
            + (latest is { } n ? $" ORDER BY id DESC LIMIT {n}" : " ORDER BY id");
        if (ticketId is not null)
        {
            Db.Add(command, "@ticket", ticketId);
        }

        using var reader = command.ExecuteReader();
        var list = new List<NotificationRecord>();
        while (reader.Read())
        {
            list.Add(new NotificationRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                Time.Parse(reader.GetString(3)), Time.Parse(reader.GetString(4)), reader.GetString(5), Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
                reader.IsDBNull(7) ? null : Time.Parse(reader.GetString(7)), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        if (latest is not null)
        {
            list.Reverse();
        }

        return list;
    }

    /// <summary>How instants are written to the database: ISO-8601 UTC, readable with the sqlite3 shell.</summary>
    internal static class Time
    {
        public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

        public static Instant Parse(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

        /// <summary>Fixed width (nanoseconds always written), so SQL compares instants as text in time order.</summary>
        private static readonly InstantPattern SortablePattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

        public static string Sortable(Instant instant) => SortablePattern.Format(instant);

        public static Instant ParseSortable(string text) => SortablePattern.Parse(text).Value;
    }
}

/// <summary>The operations available inside <see cref="TicketStore.InTransaction{T}"/>.</summary>
internal sealed class TicketTransaction(HelpdeskDatabase database, DbConnection connection, DbTransaction? transaction, JsonSerializerOptions json)
{
    /// <summary>The earliest next check this transaction stored (the watcher is woken for it after the commit).</summary>
    public Instant? WakeAt { get; private set; }

    /// <summary>The ticket, locked until the transaction ends where the database locks rows (PostgreSQL: <c>FOR UPDATE</c>).</summary>
    public TicketRecord? Find(string id)
    {
        using var command = Command("SELECT * FROM tickets WHERE id = @id" + (transaction is not null && database.LocksRows ? " FOR UPDATE" : string.Empty));
        Db.Add(command, "@id", id);
        TicketRecord? found;
        using (var reader = command.ExecuteReader())
        {
            found = reader.Read() ? ReadTicket(reader, []) : null; // one open reader at a time (Npgsql has no MARS)
        }

        return found is null ? null : found with { Ticket = found.Ticket with { StatusChanges = StatusHistory(id), Events = Events(id) } };
    }

    /// <summary>
    /// The watcher's lease: up to <paramref name="limit"/> open tickets whose next check has come, after id
    /// <paramref name="after"/> in id order, locked until the transaction ends. On PostgreSQL rows another instance holds
    /// are skipped (<c>FOR UPDATE SKIP LOCKED</c>), so each due ticket is evaluated by one instance at a time; SQLite's
    /// write transaction already excludes every other writer.
    /// </summary>
    public IReadOnlyList<TicketRecord> ClaimDueForCheck(Instant now, string after, int limit) =>
        Where("open = 1 AND next_check_at <= @now AND id > @after", $" LIMIT {limit}" + (database.LocksRows ? " FOR UPDATE SKIP LOCKED" : string.Empty),
            ("@now", TicketStore.Time.Sortable(now)), ("@after", after));

    /// <summary>
    /// Records a fired alert as a notification unless the same alert (ticket, kind, cycle, alert instant) — or, for rows
    /// from before schema version 4, the same (ticket, kind, due) — was recorded; true when it was new.
    /// </summary>
    public bool TryRecordNotification(string ticketId, DueNotification alert, Instant raisedAt)
    {
        using var command = Command("""
            INSERT INTO notifications (ticket_id, kind, due, raised_at, message, cycle, alert_at, rule)
            VALUES (@ticket, @kind, @due, @raised, @message, @cycle, @alertAt, @rule)
            ON CONFLICT DO NOTHING
            """);
        var (kind, due, message) = (alert.Kind, alert.Due, alert.Message);
        Db.Add(command, "@cycle", alert.Cycle);
        Db.Add(command, "@alertAt", TicketStore.Time.Format(alert.At));
        Db.Add(command, "@rule", alert.Rule);
        Db.Add(command, "@ticket", ticketId);
        Db.Add(command, "@kind", kind);
        Db.Add(command, "@due", TicketStore.Time.Format(due));
        Db.Add(command, "@raised", TicketStore.Time.Format(raisedAt));
        Db.Add(command, "@message", message);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The tickets matching a SQL condition on <c>tickets</c>, with their status history.</summary>
    public IReadOnlyList<TicketRecord> Where(string condition, params (string Name, object Value)[] parameters) =>
        Where(condition, string.Empty, parameters);

    private IReadOnlyList<TicketRecord> Where(string condition, string tail, params (string Name, object Value)[] parameters)
    {
        var list = new List<TicketRecord>();
        using (var command = Command($"SELECT * FROM tickets WHERE {condition} ORDER BY id{tail}"))
        {
            foreach (var (name, value) in parameters)
            {
                Db.Add(command, name, value);
            }

            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                list.Add(ReadTicket(rows, []));
            }
        }

        return [.. list.Select(t => t with { Ticket = t.Ticket with { StatusChanges = StatusHistory(t.Id), Events = Events(t.Id) } })];
    }

    public IReadOnlyList<TicketRecord> All()
    {
        var history = new Dictionary<string, ImmutableArray<StatusChange>.Builder>(StringComparer.Ordinal);
        using (var command = Command("SELECT ticket_id, at, status FROM status_history ORDER BY ticket_id, seq"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!history.TryGetValue(id, out var entries))
                {
                    history[id] = entries = ImmutableArray.CreateBuilder<StatusChange>();
                }

                entries.Add(ReadStatus(reader, 1));
            }
        }

        var events = EventsOf(null);
        using var tickets = Command("SELECT * FROM tickets ORDER BY created_at, id");
        using var rows = tickets.ExecuteReader();
        var list = new List<TicketRecord>();
        while (rows.Read())
        {
            var id = rows.GetString(rows.GetOrdinal("id"));
            var record = ReadTicket(rows, history.TryGetValue(id, out var entries) ? entries.ToImmutable() : []);
            list.Add(events.TryGetValue(id, out var conversation) ? record with { Ticket = record.Ticket with { Events = conversation } } : record);
        }

        return list;
    }

    public bool Exists(string id)
    {
        using var command = Command("SELECT 1 FROM tickets WHERE id = @id");
        Db.Add(command, "@id", id);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The next free id of the form <c>T-1001</c>.</summary>
    public string NextId()
    {
        var next = database.NextTicketNumber(connection, transaction);
        while (Exists($"T-{next}"))
        {
            next++;
        }

        return $"T-{next}";
    }

    /// <summary>Inserts a new ticket and records its creation (and any status it starts in) with the actor in <c>ticket_changes</c>.</summary>
    public void Insert(TicketRecord record, Evaluation sla, QueueColumns columns, string actor, Instant recordedAt)
    {
        using var command = Command("""
            INSERT INTO tickets (id, subject, body, tier, priority, category, created_at, first_response_at, assignee, signals, triage,
                                 sla_evaluated_at, first_response_due, first_response_state, resolution_due, resolution_state, reassign, sla_trace,
                                 open, status, route, next_due, next_check_at, reassign_at, priority_rank, tier_rank, created_at_sort,
                                 channel, customer, root_cause, resolution_summary)
            VALUES (@id, @subject, @body, @tier, @priority, @category, @created, @first, @assignee, @signals, @triage,
                    @evaluated, @frDue, @frState, @resDue, @resState, @reassign, @slaTrace,
                    @open, @status, @route, @nextDue, @nextCheck, @reassignAt, @priorityRank, @tierRank, @createdSort,
                    @channel, @customer, @rootCause, @summary)
            """);
        AddSla(command, sla);
        AddColumns(command, columns);
        var ticket = record.Ticket;
        Db.Add(command, "@id", ticket.Id);
        Db.Add(command, "@subject", record.Subject);
        Db.Add(command, "@body", record.Body);
        Db.Add(command, "@tier", ticket.Tier.ToString());
        Db.Add(command, "@priority", ticket.Priority.ToString());
        Db.Add(command, "@category", ticket.Category.ToString());
        Db.Add(command, "@created", TicketStore.Time.Format(ticket.CreatedAt));
        Db.Add(command, "@first", ticket.FirstResponseAt is { } first ? TicketStore.Time.Format(first) : DBNull.Value);
        Db.Add(command, "@assignee", (object?)ticket.Assignee ?? DBNull.Value);
        Db.Add(command, "@signals", record.SignalsJson);
        Db.Add(command, "@triage", JsonSerializer.Serialize(record.Triage, json));
        Db.Add(command, "@channel", JsonNamingPolicy.CamelCase.ConvertName(ticket.Channel.ToString()));
        Db.Add(command, "@customer", (object?)ticket.Customer ?? DBNull.Value);
        Db.Add(command, "@rootCause", ticket.RootCause?.ToString());
        Db.Add(command, "@summary", ticket.ResolutionSummary);
        command.ExecuteNonQuery();
        Log(ticket.Id, recordedAt, "created", null, TicketStatus.Open.ToString(), actor);
        if (ticket.Assignee is { } assignee)
        {
            // The owner at creation is the engine's first `assigned` event (D21, D25).
            Log(ticket.Id, recordedAt, "assignee", null, assignee, actor, ticket.CreatedAt);
        }

        var previous = TicketStatus.Open;
        foreach (var change in ticket.StatusChanges)
        {
            AppendStatus(ticket.Id, change, previous, actor, recordedAt);
            previous = change.Status;
        }
    }

    /// <summary>Stores an SLA evaluation; with <paramref name="onlyIfChanged"/>, only when a due, state or the reassign flag changed.</summary>
    public bool SaveSla(string ticketId, Evaluation sla, QueueColumns columns, bool onlyIfChanged = false)
    {
        using var command = Command("""
            UPDATE tickets SET sla_evaluated_at = @evaluated, first_response_due = @frDue, first_response_state = @frState,
                resolution_due = @resDue, resolution_state = @resState, reassign = @reassign, sla_trace = @slaTrace,
                open = @open, status = @status, route = @route, next_due = @nextDue, next_check_at = @nextCheck,
                reassign_at = @reassignAt, priority_rank = @priorityRank, tier_rank = @tierRank,
                created_at_sort = @createdSort
            WHERE id = @id
            """ + (onlyIfChanged ? """
             AND (first_response_due IS DISTINCT FROM @frDue OR first_response_state IS DISTINCT FROM @frState OR resolution_due IS DISTINCT FROM @resDue
                  OR resolution_state IS DISTINCT FROM @resState OR reassign IS DISTINCT FROM @reassign OR next_check_at IS DISTINCT FROM @nextCheck
                  OR open IS DISTINCT FROM @open OR next_due IS DISTINCT FROM @nextDue)
            """ : string.Empty));
        Db.Add(command, "@id", ticketId);
        AddSla(command, sla);
        AddColumns(command, columns);
        return command.ExecuteNonQuery() == 1;
    }

    private void AddColumns(DbCommand command, QueueColumns q)
    {
        if (q.Open && q.NextCheckAt is { } check && (WakeAt is null || check < WakeAt))
        {
            WakeAt = check;
        }

        Db.Add(command, "@open", q.Open ? 1 : 0);
        Db.Add(command, "@status", q.Status);
        Db.Add(command, "@route", q.Route);
        Db.Add(command, "@nextDue", q.NextDue is { } d ? TicketStore.Time.Sortable(d) : DBNull.Value);
        Db.Add(command, "@nextCheck", q.NextCheckAt is { } c ? TicketStore.Time.Sortable(c) : DBNull.Value);
        Db.Add(command, "@reassignAt", TicketStore.Time.Format(q.ReassignAt));
        Db.Add(command, "@priorityRank", q.PriorityRank);
        Db.Add(command, "@tierRank", q.TierRank);
        Db.Add(command, "@createdSort", TicketStore.Time.Sortable(q.CreatedAt));
    }

    /// <summary>Appends a status change to the history and records it, with its actor, in <c>ticket_changes</c>.</summary>
    public void AppendStatus(string ticketId, StatusChange change, TicketStatus previous, string actor, Instant recordedAt)
    {
        using var command = Command("""
            INSERT INTO status_history (ticket_id, seq, at, status)
            VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM status_history WHERE ticket_id = @id), @at, @status)
            """);
        Db.Add(command, "@id", ticketId);
        Db.Add(command, "@at", TicketStore.Time.Format(change.At));
        Db.Add(command, "@status", change.Status.ToString());
        command.ExecuteNonQuery();
        Log(ticketId, recordedAt, "status", previous.ToString(), change.Status.ToString(), actor, change.At);
    }

    /// <summary>
    /// Sets what a resolved ticket carries (§2.2.7 root cause, §2.2.8 resolution summary) and records each field that
    /// changed in <c>ticket_changes</c> with the actor.
    /// </summary>
    public void SetResolution(Ticket before, Ticket after, string actor, Instant recordedAt)
    {
        using (var update = Command("UPDATE tickets SET root_cause = @rootCause, resolution_summary = @summary WHERE id = @id"))
        {
            Db.Add(update, "@id", after.Id);
            Db.Add(update, "@rootCause", after.RootCause?.ToString());
            Db.Add(update, "@summary", after.ResolutionSummary);
            update.ExecuteNonQuery();
        }

        if (before.RootCause != after.RootCause)
        {
            Log(after.Id, recordedAt, "rootCause", before.RootCause?.ToString(), after.RootCause?.ToString(), actor);
        }

        if (before.ResolutionSummary != after.ResolutionSummary)
        {
            Log(after.Id, recordedAt, "resolutionSummary", before.ResolutionSummary, after.ResolutionSummary, actor);
        }
    }

    /// <summary>Appends a message of the conversation (D21: customerMessage, agentReply, internalNote) with its actor.</summary>
    public void AddMessage(string ticketId, Instant at, string kind, bool holding, string text, string actor)
    {
        using var command = Command("""
            INSERT INTO messages (ticket_id, seq, at, kind, holding, text, actor)
            VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE ticket_id = @id), @at, @kind, @holding, @text, @actor)
            """);
        Db.Add(command, "@id", ticketId);
        Db.Add(command, "@at", TicketStore.Time.Format(at));
        Db.Add(command, "@kind", kind);
        Db.Add(command, "@holding", holding ? 1 : 0);
        Db.Add(command, "@text", text);
        Db.Add(command, "@actor", actor);
        command.ExecuteNonQuery();
    }

    /// <summary>Records the first response and who recorded it.</summary>
    public void SetFirstResponse(string ticketId, Instant at, string actor, Instant recordedAt)
    {
        using var command = Command("UPDATE tickets SET first_response_at = @at WHERE id = @id");
        Db.Add(command, "@id", ticketId);
        Db.Add(command, "@at", TicketStore.Time.Format(at));
        command.ExecuteNonQuery();
        Log(ticketId, recordedAt, "firstResponseAt", null, TicketStore.Time.Format(at), actor, at);
    }

    /// <summary>Sets the tier or priority column and records the change in <c>ticket_changes</c>.</summary>
    public void SetField(string ticketId, Instant at, string field, string? oldValue, string newValue, string actor)
    {
        var column = field switch
        {
            "priority" => "priority",
            "tier" => "tier",
            "category" => "category",
            "assignee" => "assignee",
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a changeable field"),
        };
        using (var update = Command($"UPDATE tickets SET {column} = @value WHERE id = @id"))
        {
            Db.Add(update, "@id", ticketId);
            Db.Add(update, "@value", newValue);
            update.ExecuteNonQuery();
        }

        Log(ticketId, at, field, oldValue, newValue, actor);
    }

    /// <summary>
    /// One row of the audit log: what changed, from what to what, who changed it (<paramref name="actor"/>), when it
    /// was recorded and, for a back-dated change, the instant it is said to have happened (<paramref name="effective"/>).
    /// </summary>
    public void Log(string ticketId, Instant at, string field, string? oldValue, string? newValue, string actor, Instant? effective = null)
    {
        using var log = Command("""
            INSERT INTO ticket_changes (ticket_id, seq, at, field, old_value, new_value, actor, effective_at)
            VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM ticket_changes WHERE ticket_id = @id), @at, @field, @old, @new, @actor, @effective)
            """);
        Db.Add(log, "@id", ticketId);
        Db.Add(log, "@at", TicketStore.Time.Format(at));
        Db.Add(log, "@field", field);
        Db.Add(log, "@old", (object?)oldValue ?? DBNull.Value);
        Db.Add(log, "@new", (object?)newValue ?? DBNull.Value);
        Db.Add(log, "@actor", actor);
        Db.Add(log, "@effective", effective is { } e ? TicketStore.Time.Format(e) : DBNull.Value);
        log.ExecuteNonQuery();
    }

    private void AddSla(DbCommand command, Evaluation evaluation)
    {
        var sla = evaluation.Sla;
        Db.Add(command, "@evaluated", TicketStore.Time.Format(sla.EvaluatedAt));
        Db.Add(command, "@frDue", TicketStore.Time.Format(sla.FirstResponseDue));
        Db.Add(command, "@frState", sla.FirstResponseState);
        Db.Add(command, "@resDue", sla.ResolutionDue is { } due ? TicketStore.Time.Format(due) : DBNull.Value);
        Db.Add(command, "@resState", sla.ResolutionState);
        Db.Add(command, "@reassign", sla.Reassign ? 1 : 0);
        Db.Add(command, "@slaTrace", JsonSerializer.Serialize(sla.Trace, json));
    }

    private ImmutableArray<StatusChange> StatusHistory(string id)
    {
        using var command = Command("SELECT at, status FROM status_history WHERE ticket_id = @id ORDER BY seq");
        Db.Add(command, "@id", id);
        using var reader = command.ExecuteReader();
        var entries = ImmutableArray.CreateBuilder<StatusChange>();
        while (reader.Read())
        {
            entries.Add(ReadStatus(reader, 0));
        }

        return entries.ToImmutable();
    }

    /// <summary>
    /// The ticket's D21 events from what the helpdesk stores: its messages (customerMessage, agentReply with holding,
    /// internalNote) and its owner changes (<c>assigned</c>), in time order (messages first at equal instants).
    /// </summary>
    private ImmutableArray<TicketEvent> Events(string id) => EventsOf(id).TryGetValue(id, out var events) ? events : [];

    private Dictionary<string, ImmutableArray<TicketEvent>> EventsOf(string? id)
    {
        var lists = new Dictionary<string, List<(Instant At, int Order, TicketEvent Event)>>(StringComparer.Ordinal);
        void Add(string ticket, TicketEvent e)
        {
            if (!lists.TryGetValue(ticket, out var list))
            {
                lists[ticket] = list = [];
            }

            list.Add((e.At, list.Count, e));
        }

        var where = id is null ? string.Empty : " WHERE ticket_id = @id";
        using (var command = Command($"SELECT ticket_id, at, kind, holding FROM messages{where} ORDER BY ticket_id, seq"))
        {
            if (id is not null)
            {
                Db.Add(command, "@id", id);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var at = TicketStore.Time.Parse(reader.GetString(1));
                Add(reader.GetString(0), reader.GetString(2) switch
                {
                    "customerMessage" => TicketEvent.CustomerMessage(at),
                    "agentReply" => TicketEvent.AgentReply(at, Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture) == 1),
                    _ => TicketEvent.InternalNote(at),
                });
            }
        }

        using (var command = Command($"SELECT ticket_id, COALESCE(effective_at, at), new_value FROM ticket_changes{(id is null ? " WHERE" : where + " AND")} field = 'assignee' AND new_value IS NOT NULL ORDER BY ticket_id, seq"))
        {
            if (id is not null)
            {
                Db.Add(command, "@id", id);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Add(reader.GetString(0), TicketEvent.Assigned(TicketStore.Time.Parse(reader.GetString(1)), reader.GetString(2)));
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.OrderBy(e => e.At).ThenBy(e => e.Order).Select(e => e.Event).ToImmutableArray(), StringComparer.Ordinal);
    }

    private static StatusChange ReadStatus(DbDataReader reader, int first) =>
        new(TicketStore.Time.Parse(reader.GetString(first)), Enum.Parse<TicketStatus>(reader.GetString(first + 1)));

    private TicketRecord ReadTicket(DbDataReader reader, ImmutableArray<StatusChange> history)
    {
        string Text(string column) => reader.GetString(reader.GetOrdinal(column));
        string? Optional(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : Text(column);
        return new TicketRecord
        {
            Ticket = new Ticket
            {
                Id = Text("id"),
                Tier = Enum.Parse<Tier>(Text("tier")),
                Priority = Enum.Parse<Priority>(Text("priority")),
                Category = Enum.Parse<Category>(Text("category")),
                CreatedAt = TicketStore.Time.Parse(Text("created_at")),
                FirstResponseAt = Optional("first_response_at") is { } first ? TicketStore.Time.Parse(first) : null,
                Assignee = Optional("assignee"),
                StatusChanges = history,
                Channel = Optional("channel") is { } channel ? Enum.Parse<TicketChannel>(channel, ignoreCase: true) : TicketChannel.Email,
                Customer = Optional("customer"),
                RootCause = Optional("root_cause") is { } cause ? Enum.Parse<RootCause>(cause) : null,
                ResolutionSummary = Optional("resolution_summary"),
            },
            Subject = Text("subject"),
            Body = Text("body"),
            SignalsJson = Text("signals"),
            Triage = JsonSerializer.Deserialize<TriageRecord>(Text("triage"), json)
                ?? throw new InvalidDataException($"Ticket {Text("id")} has no triage record."),
        };
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}

/// <summary>Parameters for either provider: named <c>@name</c>, a null written as a text NULL.</summary>
internal static class Db
{
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        if (value is null or DBNull)
        {
            parameter.DbType = DbType.String;
            parameter.Value = DBNull.Value;
        }
        else
        {
            parameter.Value = value;
        }

        command.Parameters.Add(parameter);
    }
}
