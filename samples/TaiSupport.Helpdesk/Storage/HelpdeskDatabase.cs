using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TaiSupport.Helpdesk.Storage;

/// <summary>
/// The database a helpdesk stores into: SQLite (the zero-setup default) or PostgreSQL (many instances on one database,
/// see <see cref="PostgresDatabase"/>). Plain SQL, no ORM, so a reader sees exactly what a helpdesk stores next to the
/// engine's decisions; <see cref="TicketStore"/> writes one SQL text for both, and the few differences live here.
/// </summary>
internal abstract class HelpdeskDatabase
{
    /// <summary>The value of <c>Helpdesk:Database:Provider</c> that selects PostgreSQL.</summary>
    public const string PostgresProvider = "postgres";

    /// <summary>The value of <c>Helpdesk:Database:Provider</c> that selects SQLite (the default).</summary>
    public const string SqliteProvider = "sqlite";

    /// <summary>The database for a configured provider (<c>sqlite</c> or <c>postgres</c>, case-insensitive) and connection string.</summary>
    public static HelpdeskDatabase Create(string? provider, string connectionString) =>
        (provider ?? SqliteProvider).Trim().ToLowerInvariant() switch
        {
            SqliteProvider or "" => new SqliteDatabase(connectionString),
            PostgresProvider or "postgresql" or "npgsql" => new PostgresDatabase(connectionString),
            _ => throw new InvalidOperationException(
                $"Helpdesk:Database:Provider is '{provider}'; use 'sqlite' (the default) or 'postgres'."),
        };

    /// <summary>The connection string, as configured.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>True for PostgreSQL: finds inside a write lock their row (<c>FOR UPDATE</c>) and the watcher skips rows another instance holds.</summary>
    public abstract bool LocksRows { get; }

    /// <summary>Opens a connection.</summary>
    public abstract DbConnection Open();

    /// <summary>
    /// How many write transactions one instance runs at once. Writers beyond it wait in the process, holding no
    /// connection, so a burst of changes to one ticket (each waiting on its row lock) cannot exhaust the connection
    /// pool and fail with a pool time-out.
    /// </summary>
    public virtual int ConcurrentWriters => int.MaxValue;

    /// <summary>Begins a read-decide-write transaction: SQLite takes the file's write lock at once; PostgreSQL locks rows as it finds them.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Begins a read-only transaction that sees one snapshot (the queue's count and rows agree).</summary>
    public abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>Creates the tables when missing and runs the migrations up to the current version; refuses a newer database.</summary>
    public abstract void EnsureCreated();

    /// <summary>The next ticket number (at least 1001) to try for a new id <c>T-n</c>.</summary>
    public abstract long NextTicketNumber(DbConnection connection, DbTransaction? transaction);

    /// <summary>True when the exception says a row with the same key exists (a unique or primary key violation).</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    public static object? Scalar(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    public static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// The SQLite database: opens connections and creates the schema on first start (the file too). The version lives in
/// <c>PRAGMA user_version</c>.
/// </summary>
internal sealed class SqliteDatabase(string connectionString) : HelpdeskDatabase
{
    /// <summary>The schema version written to <c>PRAGMA user_version</c>.</summary>
    public const int SchemaVersion = 5;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS tickets (
            id                TEXT PRIMARY KEY,
            subject           TEXT NOT NULL,
            body              TEXT NOT NULL,
            tier              TEXT NOT NULL,
            priority          TEXT NOT NULL,
            category          TEXT NOT NULL,
            created_at        TEXT NOT NULL,
            first_response_at TEXT NULL,
            assignee          TEXT NULL,
            signals           TEXT NOT NULL,  -- the request's signals object, as JSON
            triage            TEXT NOT NULL,  -- route, actions and decision trace at creation, as JSON
            -- The SLA as last evaluated (on every write and watcher tick), for SQL reports; reads re-evaluate at now.
            sla_evaluated_at     TEXT    NOT NULL,
            first_response_due   TEXT    NOT NULL,
            first_response_state TEXT    NOT NULL,
            resolution_due       TEXT    NULL,      -- null while paused or once met
            resolution_state     TEXT    NOT NULL,
            reassign             INTEGER NOT NULL,
            sla_trace            TEXT    NOT NULL   -- the SLA decision trace, as JSON
        );
        CREATE TABLE IF NOT EXISTS status_history (
            ticket_id TEXT    NOT NULL REFERENCES tickets(id),
            seq       INTEGER NOT NULL,
            at        TEXT    NOT NULL,
            status    TEXT    NOT NULL,
            PRIMARY KEY (ticket_id, seq)
        );
        CREATE TABLE IF NOT EXISTS ticket_changes (
            ticket_id TEXT    NOT NULL REFERENCES tickets(id),
            seq       INTEGER NOT NULL,
            at        TEXT    NOT NULL,
            field     TEXT    NOT NULL,
            old_value TEXT    NULL,
            new_value TEXT    NULL,
            PRIMARY KEY (ticket_id, seq)
        );
        CREATE TABLE IF NOT EXISTS notifications (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            ticket_id TEXT NOT NULL REFERENCES tickets(id),
            kind      TEXT NOT NULL,
            due       TEXT NOT NULL,
            raised_at TEXT NOT NULL,
            message   TEXT NOT NULL,
            UNIQUE (ticket_id, kind, due)
        );
        """;

    /// <summary>
    /// Migrations, in order: entry <c>i</c> takes a database from version <c>i + 1</c> to <c>i + 2</c>. Version 2 records
    /// who made each change (<c>actor</c>) and, for a back-dated change, the instant it is said to have happened.
    /// </summary>
    private static readonly string[] Migrations =
    [
        """
        ALTER TABLE ticket_changes ADD COLUMN actor TEXT NULL;
        ALTER TABLE ticket_changes ADD COLUMN effective_at TEXT NULL;
        """,
        """
        -- Version 3: the queue and the watcher read stored columns instead of re-evaluating every ticket per call.
        -- open is NULL for rows written before version 3 until TicketStore.Backfill fills them at start-up.
        ALTER TABLE tickets ADD COLUMN open          INTEGER NULL;
        ALTER TABLE tickets ADD COLUMN status        TEXT    NULL;
        ALTER TABLE tickets ADD COLUMN route         TEXT    NULL;
        ALTER TABLE tickets ADD COLUMN next_due      TEXT    NULL;  -- SlaResult.NextDue: what the queue sorts by (D10)
        ALTER TABLE tickets ADD COLUMN next_check_at TEXT    NULL;  -- the one next instant the SLA state changes by itself
        ALTER TABLE tickets ADD COLUMN reassign_at   TEXT    NULL;
        ALTER TABLE tickets ADD COLUMN priority_rank INTEGER NULL;
        ALTER TABLE tickets ADD COLUMN tier_rank     INTEGER NULL;
        ALTER TABLE tickets ADD COLUMN created_at_sort TEXT  NULL;  -- created_at, fixed width, for the queue's tie-break
        CREATE INDEX IF NOT EXISTS tickets_queue ON tickets (open, next_due, priority_rank DESC, tier_rank DESC, created_at_sort, id);
        CREATE INDEX IF NOT EXISTS tickets_next_check ON tickets (open, next_check_at);
        -- The conversation, in the shape of D21's events: customerMessage, agentReply (holding or not), internalNote.
        CREATE TABLE IF NOT EXISTS messages (
            ticket_id TEXT    NOT NULL REFERENCES tickets(id),
            seq       INTEGER NOT NULL,
            at        TEXT    NOT NULL,
            kind      TEXT    NOT NULL,
            holding   INTEGER NOT NULL,
            text      TEXT    NOT NULL,
            actor     TEXT    NOT NULL,
            PRIMARY KEY (ticket_id, seq)
        );
        """,
        """
        -- Version 4: the ticket-life engine (issue 14, D21–D29). A ticket's channel and customer; a notification is one
        -- fired alert of the engine's ladder, keyed by (ticket, kind, cycle, the alert's instant) — the engine keeps a
        -- fired alert's instant, so the key is stable; rows from before version 4 keep their (ticket, kind, due) key.
        ALTER TABLE tickets ADD COLUMN channel TEXT NULL;
        ALTER TABLE tickets ADD COLUMN customer TEXT NULL;
        ALTER TABLE notifications ADD COLUMN cycle INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE notifications ADD COLUMN alert_at TEXT NULL;
        ALTER TABLE notifications ADD COLUMN rule TEXT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS notifications_alert ON notifications (ticket_id, kind, cycle, alert_at);
        """,
        """
        -- Version 5: what a resolved or closed ticket must carry (§2.2.7 root-cause tag, §2.2.8 resolution summary).
        ALTER TABLE tickets ADD COLUMN root_cause TEXT NULL;
        ALTER TABLE tickets ADD COLUMN resolution_summary TEXT NULL;
        """,
    ];

    /// <inheritdoc/>
    public override string ConnectionString => connectionString;

    /// <inheritdoc/>
    public override bool LocksRows => false;

    /// <inheritdoc/>
    /// <remarks>
    /// One: SQLite has one write lock per file, and a writer that finds it taken sleeps in SQLite's busy handler (1, 2,
    /// 5 … 100 ms steps) instead of being woken when it is free — the tail of a burst of creates. Writers of this
    /// process therefore queue in the process and take the lock in turn; another process on the same file still waits
    /// in the busy handler (<c>busy_timeout</c>).
    /// </remarks>
    public override int ConcurrentWriters => 1;

    /// <inheritdoc/>
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <inheritdoc/>
    public override DbTransaction BeginSnapshot(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    /// <inheritdoc/>
    /// <remarks>Rows are never deleted, so the largest rowid is the number of tickets: one index step, not a count of the table.</remarks>
    public override long NextTicketNumber(DbConnection connection, DbTransaction? transaction) =>
        Convert.ToInt64(Scalar(connection, "SELECT COALESCE(MAX(rowid), 0) FROM tickets", transaction), System.Globalization.CultureInfo.InvariantCulture) + 1001;

    /// <inheritdoc/>
    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    /// <summary>
    /// Opens a connection with foreign keys on, a busy timeout (so the watcher, requests and a second process can share
    /// the file) and <c>synchronous = NORMAL</c>: in WAL mode a commit then appends to the log without waiting for the
    /// disk; a committed transaction survives a crash or <c>kill -9</c> of the process (only a power cut can lose the
    /// last commits; the file is never corrupted).
    /// </summary>
    public override DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>Creates the file (when missing) and the tables (when missing); refuses a database from a newer version.</summary>
    public override void EnsureCreated()
    {
        using var connection = (SqliteConnection)Open();
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' has schema version {version}; this helpdesk knows version {SchemaVersion}.");
        }

        Execute(connection, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema, transaction);
        for (var from = Math.Max(version, 1); from < SchemaVersion; from++)
        {
            Execute(connection, Migrations[from - 1], transaction);
        }

        Execute(connection, $"PRAGMA user_version = {SchemaVersion};", transaction);
        transaction.Commit();
    }
}
