using System.Data;
using System.Data.Common;
using Npgsql;

namespace TaiSupport.Helpdesk.Storage;

/// <summary>
/// The PostgreSQL database (<c>Helpdesk:Database:Provider = postgres</c>): the same tables and columns as SQLite, so
/// <see cref="TicketStore"/> runs one SQL text on both, made for any number of helpdesk instances on one database.
/// </summary>
/// <remarks>
/// <para><b>Many instances.</b> A write finds its ticket with <c>SELECT … FOR UPDATE</c>, so two instances changing one
/// ticket take turns (nothing lost); new ids come from the sequence <c>ticket_numbers</c> (no two instances pick the same
/// id); the watcher claims its due tickets with <c>FOR UPDATE SKIP LOCKED</c> (each due ticket is evaluated by one
/// instance at a time), and a notification is inserted with <c>ON CONFLICT DO NOTHING</c> against
/// the unique keys, so it is raised exactly once across instances and restarts.</para>
/// <para><b>Migrations.</b> The version lives in the one-row table <c>helpdesk_schema</c>; entry <c>i</c> of the
/// migrations takes a database from version <c>i</c> to <c>i + 1</c>, numbered as SQLite's (version 3 is the same
/// schema on both). Instances that start together migrate one at a time (a transaction-scoped advisory lock).</para>
/// <para>Instants are stored as ISO-8601 UTC text, as in SQLite (the queue's sortable columns in the <c>"C"</c>
/// collation, so text order is time order); the data source has Npgsql's NodaTime plugin, so a report reads
/// <c>created_at::timestamptz</c> as a NodaTime <c>Instant</c>.</para>
/// </remarks>
internal sealed class PostgresDatabase : HelpdeskDatabase, IDisposable
{
    /// <summary>The schema version this helpdesk writes (the same number as SQLite's).</summary>
    public const int SchemaVersion = 5;

    /// <summary>Serialises start-up migrations across instances (<c>pg_advisory_xact_lock</c> key: "TAIHELPD").</summary>
    private const long MigrationLockKey = 0x5441_4948_454C_5044;

    private static readonly string[] Migrations =
    [
        """
        -- Version 1: tickets, their status history, the audit log and the watcher's notifications.
        CREATE TABLE tickets (
            id                   text PRIMARY KEY,
            subject              text   NOT NULL,
            body                 text   NOT NULL,
            tier                 text   NOT NULL,
            priority             text   NOT NULL,
            category             text   NOT NULL,
            created_at           text   NOT NULL,
            first_response_at    text   NULL,
            assignee             text   NULL,
            signals              text   NOT NULL,  -- the request's signals object, as JSON
            triage               text   NOT NULL,  -- route, actions and decision trace at creation, as JSON
            sla_evaluated_at     text   NOT NULL,
            first_response_due   text   NOT NULL,
            first_response_state text   NOT NULL,
            resolution_due       text   NULL,
            resolution_state     text   NOT NULL,
            reassign             bigint NOT NULL,
            sla_trace            text   NOT NULL
        );
        CREATE TABLE status_history (
            ticket_id text   NOT NULL REFERENCES tickets(id),
            seq       bigint NOT NULL,
            at        text   NOT NULL,
            status    text   NOT NULL,
            PRIMARY KEY (ticket_id, seq)
        );
        CREATE TABLE ticket_changes (
            ticket_id text   NOT NULL REFERENCES tickets(id),
            seq       bigint NOT NULL,
            at        text   NOT NULL,
            field     text   NOT NULL,
            old_value text   NULL,
            new_value text   NULL,
            PRIMARY KEY (ticket_id, seq)
        );
        -- The notification key: one row per (ticket, kind, due) however many instances watch.
        CREATE TABLE notifications (
            id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            ticket_id text NOT NULL REFERENCES tickets(id),
            kind      text NOT NULL,
            due       text NOT NULL,
            raised_at text NOT NULL,
            message   text NOT NULL,
            CONSTRAINT notifications_key UNIQUE (ticket_id, kind, due)
        );
        -- New ids T-1001, T-1002, …: a sequence never hands one number to two instances.
        CREATE SEQUENCE ticket_numbers START 1001;
        """,
        """
        -- Version 2: who made each change, and the instant a back-dated change is said to have happened.
        ALTER TABLE ticket_changes ADD COLUMN actor text NULL;
        ALTER TABLE ticket_changes ADD COLUMN effective_at text NULL;
        """,
        """
        -- Version 3: the queue and the watcher read stored columns instead of re-evaluating every ticket per call.
        ALTER TABLE tickets ADD COLUMN open            bigint NULL;
        ALTER TABLE tickets ADD COLUMN status          text   NULL;
        ALTER TABLE tickets ADD COLUMN route           text   NULL;
        ALTER TABLE tickets ADD COLUMN next_due        text COLLATE "C" NULL;
        ALTER TABLE tickets ADD COLUMN next_check_at   text COLLATE "C" NULL;
        ALTER TABLE tickets ADD COLUMN reassign_at     text   NULL;
        ALTER TABLE tickets ADD COLUMN priority_rank   bigint NULL;
        ALTER TABLE tickets ADD COLUMN tier_rank       bigint NULL;
        ALTER TABLE tickets ADD COLUMN created_at_sort text COLLATE "C" NULL;
        CREATE INDEX tickets_queue ON tickets (open, next_due, priority_rank DESC, tier_rank DESC, created_at_sort, id);
        CREATE INDEX tickets_next_check ON tickets (open, next_check_at);
        CREATE TABLE messages (
            ticket_id text   NOT NULL REFERENCES tickets(id),
            seq       bigint NOT NULL,
            at        text   NOT NULL,
            kind      text   NOT NULL,
            holding   bigint NOT NULL,
            text      text   NOT NULL,
            actor     text   NOT NULL,
            PRIMARY KEY (ticket_id, seq)
        );
        """,
        """
        -- Version 4: the ticket-life engine (as SQLite's version 4).
        ALTER TABLE tickets ADD COLUMN channel text NULL;
        ALTER TABLE tickets ADD COLUMN customer text NULL;
        ALTER TABLE notifications ADD COLUMN cycle bigint NOT NULL DEFAULT 1;
        ALTER TABLE notifications ADD COLUMN alert_at text NULL;
        ALTER TABLE notifications ADD COLUMN rule text NULL;
        CREATE UNIQUE INDEX notifications_alert ON notifications (ticket_id, kind, cycle, alert_at);
        """,
        """
        -- Version 5: what a resolved or closed ticket must carry (as SQLite's version 5).
        ALTER TABLE tickets ADD COLUMN root_cause text NULL;
        ALTER TABLE tickets ADD COLUMN resolution_summary text NULL;
        """,
    ];

    private readonly NpgsqlDataSource dataSource;

    public PostgresDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        dataSource = builder.Build();
    }

    /// <inheritdoc/>
    public override string ConnectionString { get; }

    /// <inheritdoc/>
    public override bool LocksRows => true;

    /// <inheritdoc/>
    /// <remarks>
    /// Few, so a burst of changes to one ticket never queues more than a handful of transactions on its row lock (each
    /// holding a pooled connection and running into the command time-out); the others wait in the process.
    /// </remarks>
    public override int ConcurrentWriters => 4;

    /// <inheritdoc/>
    public override DbConnection Open() => dataSource.OpenConnection();

    /// <inheritdoc/>
    public override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction(IsolationLevel.ReadCommitted);

    /// <inheritdoc/>
    public override DbTransaction BeginSnapshot(DbConnection connection) => connection.BeginTransaction(IsolationLevel.RepeatableRead);

    /// <inheritdoc/>
    public override long NextTicketNumber(DbConnection connection, DbTransaction? transaction) =>
        Convert.ToInt64(Scalar(connection, "SELECT nextval('ticket_numbers')", transaction), System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc/>
    public override void EnsureCreated()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", transaction);
        Execute(connection, "CREATE TABLE IF NOT EXISTS helpdesk_schema (version integer NOT NULL)", transaction);
        var stored = Scalar(connection, "SELECT version FROM helpdesk_schema", transaction);
        var version = stored is null or DBNull ? 0 : Convert.ToInt32(stored, System.Globalization.CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database '{connection.Database}' has helpdesk schema version {version}; this helpdesk knows version {SchemaVersion}.");
        }

        for (var from = version; from < SchemaVersion; from++)
        {
            Execute(connection, Migrations[from], transaction);
        }

        Execute(connection, stored is null or DBNull
            ? $"INSERT INTO helpdesk_schema (version) VALUES ({SchemaVersion})"
            : $"UPDATE helpdesk_schema SET version = {SchemaVersion}", transaction);
        transaction.Commit();
    }

    public void Dispose() => dataSource.Dispose();
}
