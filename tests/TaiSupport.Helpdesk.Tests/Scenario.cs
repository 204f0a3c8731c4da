using NodaTime.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// One helpdesk on one database (a SQLite file, or a fresh PostgreSQL database for <c>provider: "postgres"</c>) with a
/// fake clock; <see cref="Restart"/> stops it and starts a new host on the same database.
/// </summary>
public sealed class Scenario : IDisposable
{
    /// <summary>Monday 2026-01-26 16:45 PST.</summary>
    public static readonly Instant T0 = Instant.FromUtc(2026, 1, 27, 0, 45);

    private readonly ITestDatabase database;
    private readonly IReadOnlyDictionary<string, string>? settings;

    public Scenario(Instant? start = null, string provider = TestDatabase.Sqlite, IReadOnlyDictionary<string, string>? settings = null)
    {
        database = TestDatabase.Create(provider);
        this.settings = settings;
        Clock = new FakeClock(start ?? T0);
        Host = new HelpdeskHost(database, Clock, settings: settings);
        Client = Host.CreateClient();
    }

    public FakeClock Clock { get; }

    public HelpdeskHost Host { get; private set; }

    public HttpClient Client { get; private set; }

    public string DatabasePath => ((TempDatabase)database).Path;

    /// <summary>Stops the host (as a process exit would) and starts a fresh one on the same database file.</summary>
    public void Restart()
    {
        Client.Dispose();
        Host.Dispose();
        database.ClearPools();
        Host = new HelpdeskHost(database, Clock, settings: settings);
        Client = Host.CreateClient();
    }

    /// <summary>Sets the fake clock and runs one watcher tick; returns the kinds raised, in order.</summary>
    public string[] TickAt(Instant now)
    {
        Clock.Reset(now);
        return [.. Host.Watcher.Tick().Select(n => $"{n.TicketId}:{n.Kind}")];
    }

    /// <summary>Runs one SQL query on the database file and returns the first row's columns by name.</summary>
    public Dictionary<string, object?> Row(string sql)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no row for: {sql}");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }

    public long Count(string sql)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Runs one SQL statement on the database (as an operator, or an older version, would).</summary>
    public void Execute(string sql)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
        database.Dispose();
    }
}
