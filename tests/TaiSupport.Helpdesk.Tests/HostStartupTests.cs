using FluentValidation;
using NodaTime.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>Start-up: the database file is created on first start; a bad policy file stops the host with every problem.</summary>
public sealed class HostStartupTests
{
    [Fact]
    public void Start_NoDatabaseFile_CreatesItWithTheSchema()
    {
        using var database = new TempDatabase();
        Assert.False(File.Exists(database.Path));

        using (var host = new HelpdeskHost(database, new FakeClock(Scenario.T0)))
        {
            host.CreateClient().Dispose();
        }

        Assert.True(File.Exists(database.Path));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)";
        Assert.Equal("messages,notifications,status_history,ticket_changes,tickets", command.ExecuteScalar());
    }

    [Fact]
    public void Start_InvalidSlaPolicyFile_FailsListingEveryProblem()
    {
        using var database = new TempDatabase();
        var policy = Path.Combine(Path.GetTempPath(), $"bad-sla-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, """{"atRiskLead": "soon", "reassignGrace": "later"}""");
        try
        {
            using var host = new HelpdeskHost(database, new FakeClock(Scenario.T0), settings: new Dictionary<string, string>
            {
                ["Helpdesk:SlaPolicyFile"] = policy,
            });

            var error = Assert.Throws<ValidationException>(() => host.CreateClient());

            Assert.Contains(policy, error.Message);
            Assert.Contains(error.Errors, e => e.PropertyName.Contains("atRiskLead", StringComparison.Ordinal));
            Assert.Contains(error.Errors, e => e.PropertyName.Contains("reassignGrace", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
