using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>A database a test host runs on: a SQLite file (the default) or a fresh PostgreSQL database.</summary>
public interface ITestDatabase : IDisposable
{
    /// <summary>The value for <c>Helpdesk:Database:Provider</c>.</summary>
    string Provider { get; }

    /// <summary>The value for <c>ConnectionStrings:Helpdesk</c>.</summary>
    string ConnectionString { get; }

    /// <summary>An open connection for a test's own queries.</summary>
    DbConnection OpenConnection();

    /// <summary>Closes pooled connections (before a restart, as a process exit would).</summary>
    void ClearPools();
}

/// <summary>The providers a parameterised test class runs on.</summary>
public static class TestDatabase
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static ITestDatabase Create(string provider) => provider == Postgres ? new TempPostgresDatabase() : new TempDatabase();
}

/// <summary>
/// The PostgreSQL server the tests use: <c>TAI_HELPDESK_POSTGRES</c> names a connection string with the right to create
/// databases (<c>.ci/run</c> starts a throw-away cluster and sets it). Without it a PostgreSQL test fails and says how
/// to get one; it never skips.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TAI_HELPDESK_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests have no server. Run .ci/run (it installs PostgreSQL with "
                + "'apt-get install -y postgresql' when missing and starts a throw-away cluster on port 55432), or start one "
                + $"yourself and export {Variable}='Host=/tmp;Port=55432;Username=postgres;Database=postgres'.");
}

/// <summary>A fresh PostgreSQL database on <see cref="PostgresServer"/>, dropped on dispose.</summary>
public sealed class TempPostgresDatabase : ITestDatabase
{
    private readonly string admin;

    public TempPostgresDatabase()
    {
        admin = PostgresServer.AdminConnectionString;
        Name = $"tai_helpdesk_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {Name}", connection);
            command.ExecuteNonQuery();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name, MaxPoolSize = 20 }.ConnectionString;
    }

    public string Name { get; }

    public string Provider => TestDatabase.Postgres;

    public string ConnectionString { get; }

    public DbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void ClearPools() => NpgsqlConnection.ClearAllPools();

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
