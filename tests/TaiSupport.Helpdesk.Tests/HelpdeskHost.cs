using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Watcher;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>A SQLite file in the temp folder, deleted (with its WAL files) on dispose.</summary>
public sealed class TempDatabase : ITestDatabase
{
    public string Provider => TestDatabase.Sqlite;

    public System.Data.Common.DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void ClearPools() => SqliteConnection.ClearAllPools();

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tai-helpdesk-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// The helpdesk under test: the real Program with a real SQLite file, a <see cref="FakeClock"/> for IClock and the
/// watcher loop off (tests tick it by hand). Disposing it stops the host; a new one on the same file is a restart.
/// </summary>
public sealed class HelpdeskHost : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly string provider;
    private readonly bool kestrel;
    private readonly IReadOnlyDictionary<string, string> settings;

    public HelpdeskHost(ITestDatabase database, FakeClock clock, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        connectionString = database.ConnectionString;
        provider = database.Provider;
        this.settings = settings ?? new Dictionary<string, string>();
        Clock = clock;
        this.kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    public FakeClock Clock { get; }

    /// <summary>The address Kestrel listens on (127.0.0.1 and a free port); only for a host made with <c>kestrel: true</c>.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single());
        }
    }

    internal SlaWatcher Watcher => Services.GetRequiredService<SlaWatcher>();

    /// <summary>The people and API clients every test host knows: a lead, an agent and a viewer (name, password, key).</summary>
    public static readonly (string Name, string Role, string Password, string Key)[] Accounts =
    [
        ("lena", "lead", "lena-password", "lead-key-0123456789"),
        ("arun", "agent", "arun-password", "agent-key-0123456789"),
        ("vic", "viewer", "vic-password", "viewer-key-0123456789"),
    ];

    /// <summary>The API key of the account with <paramref name="role"/>.</summary>
    public static string KeyOf(string role) => Accounts.Single(a => a.Role == role).Key;

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient Anonymous()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        return client;
    }

    /// <summary>A client that authenticates as the account with <paramref name="role"/>.</summary>
    public HttpClient As(string role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyOf(role));
        return client;
    }

    /// <summary>Every client made by <c>CreateClient</c> authenticates as the lead (<c>lena</c>) unless told otherwise.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyOf("lead"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Helpdesk", connectionString);
        builder.UseSetting("Helpdesk:Database:Provider", provider);
        builder.UseSetting("Helpdesk:WatcherInterval", "00:00:00");
        builder.UseSetting("Urls", kestrel ? "http://127.0.0.1:0" : "http://127.0.0.1:5080");
        builder.UseSetting("Helpdesk:RateLimitPerSecond", "1000000");
        for (var i = 0; i < Accounts.Length; i++)
        {
            var (name, role, password, key) = Accounts[i];
            builder.UseSetting($"Helpdesk:Users:{i}:Name", name);
            builder.UseSetting($"Helpdesk:Users:{i}:Role", role);
            builder.UseSetting($"Helpdesk:Users:{i}:Password", password);
            builder.UseSetting($"Helpdesk:ApiClients:{i}:Name", name);
            builder.UseSetting($"Helpdesk:ApiClients:{i}:Role", role);
            builder.UseSetting($"Helpdesk:ApiClients:{i}:Key", key);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }
}

/// <summary>Small helpers for calling the API in tests.</summary>
public static class Api
{
    public static JsonSerializerOptions Json { get; } = HelpdeskJson.Create();

    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> PostOk(this HttpClient client, string url, string json, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsync(url, Body(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {url} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PutOk(this HttpClient client, string url, string json)
    {
        using var response = await client.PutAsync(url, Body(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"PUT {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetOk(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Instant Instant(this JsonElement element) =>
        NodaTime.Text.InstantPattern.ExtendedIso.Parse(element.GetString()!).Value;

    public static string[] Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
