using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// Issue 18's many-instance promise on PostgreSQL: two real helpdesk processes (<c>dotnet TaiSupport.Helpdesk.dll</c>)
/// on one database, 1,000 concurrent creates split across them, one of them killed with SIGKILL mid-run and restarted.
/// Every acknowledged ticket is stored once, no request made two tickets, and every notification the watchers owe is
/// raised exactly once across both instances (one row per key, announced in at most one process's log).
/// </summary>
public sealed partial class ManyInstancesTests
{
    private const int Creates = 1000;
    private const int KillAfter = 250; // acknowledged creates on instance B before it is killed

    [Fact]
    public async Task TwoInstances_OnePostgresDatabase_KillNineMidRun_EveryTicketOnce_EveryNotificationOnce()
    {
        using var database = new TempPostgresDatabase();
        var a = HelpdeskProcess.Start(database, "A");
        var b = HelpdeskProcess.Start(database, "B");
        var logs = new List<HelpdeskProcess> { a, b };
        try
        {
            await Task.WhenAll(a.WaitReady(), b.WaitReady());

            // Back-dated 30 hours: every clock of an Enterprise ticket is past due, so both watchers (250 ms loops)
            // race to raise at-risk, breach and reassign notifications while the creates run.
            var createdAt = NodaTime.Text.InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant() - Duration.FromHours(30));
            var acknowledged = new ConcurrentDictionary<string, string>(); // subject -> id
            var ackedOnB = 0;
            var killed = 0;
            using var gate = new SemaphoreSlim(32);
            await Task.WhenAll(Enumerable.Range(0, Creates).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var target = i % 2 == 0 ? a : b;
                    var subject = $"Reports are empty #{i}";
                    try
                    {
                        using var response = await target.Client.PostAsync("/api/tickets",
                            Api.Body($$"""{"tier":"Enterprise","subject":"{{subject}}","createdAt":"{{createdAt}}","assignee":"Marcus"}"""));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var id = (await response.ReadJson()).GetProperty("id").GetString()!;
                            Assert.True(acknowledged.TryAdd(subject, id), $"{subject} acknowledged twice");
                            if (target == b && Interlocked.Increment(ref ackedOnB) == KillAfter && Interlocked.Exchange(ref killed, 1) == 0)
                            {
                                b.KillNine();
                            }
                        }
                        else
                        {
                            Assert.True((int)response.StatusCode < 500, $"{target.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                    catch (HttpRequestException) when (target == b && killed == 1)
                    {
                        // Instance B is gone: this create was not acknowledged (it may or may not be stored).
                    }
                }
                finally
                {
                    gate.Release();
                }
            }));

            Assert.Equal(1, killed);
            var restarted = HelpdeskProcess.Start(database, "B2");
            logs.Add(restarted);
            await restarted.WaitReady();
            for (var i = 0; i < 20; i++)
            {
                var subject = $"After restart #{i}";
                var created = await restarted.Client.PostOk("/api/tickets",
                    $$"""{"tier":"Enterprise","subject":"{{subject}}","createdAt":"{{createdAt}}","assignee":"Marcus"}""", HttpStatusCode.Created);
                acknowledged[subject] = created.GetProperty("id").GetString()!;
            }

            Assert.True(acknowledged.Count >= Creates / 2 + KillAfter, $"only {acknowledged.Count} creates were acknowledged");

            // Every acknowledged ticket is stored once, under the id it was acknowledged with; no subject twice.
            await using var connection = (NpgsqlConnection)database.OpenConnection();
            var stored = Rows(connection, "SELECT subject, id FROM tickets").ToLookup(r => r[0], r => r[1]);
            Assert.Empty(stored.Where(g => g.Count() > 1).Select(g => g.Key));
            Assert.All(acknowledged, pair => Assert.Equal([pair.Value], stored[pair.Key]));

            // The watchers catch up: wait until every stored ticket has its notifications and a further tick adds none.
            var tickets = stored.Count;
            long previous = -1;
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                var count = Convert.ToInt64(Rows(connection, "SELECT COUNT(*) FROM notifications").Single()[0]);
                var now = Storage.TicketStore.Time.Sortable(SystemClock.Instance.GetCurrentInstant());
                var pending = Convert.ToInt64(Rows(connection,
                    $"SELECT COUNT(*) FROM tickets WHERE open IS NULL OR (open = 1 AND next_check_at <= '{now}')").Single()[0]);
                if (count == previous && pending == 0)
                {
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, $"the watchers did not catch up: {count} notifications, {pending} tickets still due");
                previous = count;
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            // Each ticket has the same notifications (all are alike) and each key is raised exactly once.
            var keys = Rows(connection, "SELECT ticket_id, kind, due FROM notifications").Select(r => $"{r[0]} {r[1]} {r[2]}").ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            var kindsPerTicket = keys.Select(k => k.Split(' ')).GroupBy(k => k[0], k => k[1]).ToDictionary(g => g.Key, g => string.Join(",", g.Order(StringComparer.Ordinal)));
            Assert.Equal(tickets, kindsPerTicket.Count);
            var kinds = kindsPerTicket.Values.Distinct().ToList();
            Assert.Equal(["firstResponseAtRisk,firstResponseBreach,reassign,resolutionAtRisk,resolutionBreach"], kinds);

            // Announced by at most one instance: the watcher logs a notification only after its insert won and committed.
            var announced = logs.SelectMany(p => p.Output).Select(line => Announcement().Match(line)).Where(m => m.Success)
                .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();
            Assert.Empty(announced.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
            Assert.True(announced.Count > 0 && announced.Count <= keys.Count, $"{announced.Count} announcements for {keys.Count} notifications");
        }
        finally
        {
            foreach (var process in logs)
            {
                process.Dispose();
            }
        }
    }

    private static List<string[]> Rows(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }

    [GeneratedRegex(@"SlaWatcher\[\d+\] (\S+) (\w+):")]
    private static partial Regex Announcement();
}

/// <summary>
/// One helpdesk as a real process: <c>dotnet TaiSupport.Helpdesk.dll</c> from the sample's build output, on a free
/// loopback port, configured on the command line, its console captured one line per log entry.
/// </summary>
public sealed class HelpdeskProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HelpdeskProcess(string name, Process process, Uri address)
    {
        Name = name;
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", HelpdeskHost.KeyOf("lead"));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public HttpClient Client { get; }

    public IEnumerable<string> Output => output;

    public static HelpdeskProcess Start(ITestDatabase database, string name)
    {
        var directory = SampleOutput();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(directory, "TaiSupport.Helpdesk.dll"));
        var settings = new List<(string, string)>
        {
            ("ConnectionStrings:Helpdesk", database.ConnectionString),
            ("Helpdesk:Database:Provider", database.Provider),
            ("Helpdesk:WatcherInterval", "00:00:00.250"),
            ("Helpdesk:RateLimitPerSecond", "1000000"),
            ("Urls", $"http://127.0.0.1:{port}"),
            ("Logging:Console:FormatterName", "simple"),
            ("Logging:Console:FormatterOptions:SingleLine", "true"),
        };
        for (var i = 0; i < HelpdeskHost.Accounts.Length; i++)
        {
            var (user, role, password, key) = HelpdeskHost.Accounts[i];
            settings.Add(($"Helpdesk:Users:{i}:Name", user));
            settings.Add(($"Helpdesk:Users:{i}:Role", role));
            settings.Add(($"Helpdesk:Users:{i}:Password", password));
            settings.Add(($"Helpdesk:ApiClients:{i}:Name", user));
            settings.Add(($"Helpdesk:ApiClients:{i}:Role", role));
            settings.Add(($"Helpdesk:ApiClients:{i}:Key", key));
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        return new HelpdeskProcess(name, Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Waits until the process answers <c>GET /api/queue</c>.</summary>
    public async Task WaitReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, $"helpdesk {Name} exited with {(process.HasExited ? process.ExitCode : 0)}:\n{string.Join('\n', output)}");
            try
            {
                using var response = await Client.GetAsync("/api/queue?limit=1");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Assert.True(DateTime.UtcNow < deadline, $"helpdesk {Name} did not start:\n{string.Join('\n', output)}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, connections dropped mid-transaction.</summary>
    public void KillNine() => process.Kill(entireProcessTree: false);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.WaitForExit(10_000);
        process.Dispose();
        Client.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>samples/TaiSupport.Helpdesk/bin/{Configuration}/{TargetFramework}, built with this test project.</summary>
    private static string SampleOutput()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TaiSupport.Core.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var directory = Path.Combine(root.FullName, "samples", "TaiSupport.Helpdesk", "bin", configuration, framework);
        Assert.True(File.Exists(Path.Combine(directory, "TaiSupport.Helpdesk.dll")), $"the helpdesk sample is not built in {directory}");
        return directory;
    }
}
