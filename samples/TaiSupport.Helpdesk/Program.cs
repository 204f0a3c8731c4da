// TaiSupport.Helpdesk: a small helpdesk that embeds TaiSupport.Core (see docs/embedding.md).
// 1. Configuration: ConnectionStrings:Helpdesk (a SQLite file, created on first start; or a PostgreSQL connection string
//    with Helpdesk:Database:Provider=postgres, for many instances on one database), Helpdesk:WatcherInterval and
//    the policy files (appsettings.json, environment variables, or --Helpdesk:SlaPolicyFile=… on the command line).
// 2. The engine: AddTaiSupport registers the policy, the engines and NodaTime's IClock (a test's FakeClock wins).
// 3. JSON with NodaTime's serializers; every bad request gets RFC 7807 problem details naming its fields.
// 4. Storage: plain SQL over Microsoft.Data.Sqlite or Npgsql (Storage/), migrated at start-up.
// 5. The SLA watcher: a hosted service that records the ticket-life engine's fired alerts exactly once, sleeping until
//    the earliest stored next check (woken early by a write with an earlier one).
// 6. The API (Api/) and the queue page (Page/, served from embedded files).
// 7. Sign-in and roles (Auth/): cookies for people, API keys for programs; host filtering (AllowedHosts), JSON-only
//    writes, security headers, a rate limit per client, and the body limit enforced on the stream (Api/RequestBody.cs).
using Microsoft.Extensions.FileProviders;
using NodaTime;
using TaiSupport.Helpdesk;
using TaiSupport.Helpdesk.Api;
using TaiSupport.Helpdesk.Auth;
using TaiSupport.Helpdesk.Engine;
using TaiSupport.Helpdesk.Storage;
using TaiSupport.Helpdesk.Watcher;

// The store runs each read-decide-write synchronously inside a database transaction; a burst of writers waiting for
// one row lock or for the store's writer gate blocks threads, so let the pool grow at once rather than one thread per
// half second (a starved pool stalled unrelated requests for 30 s under CI load).
ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, 256), Math.Max(minIo, 256));

var builder = WebApplication.CreateBuilder(args);

// 1. Configuration.
var section = builder.Configuration.GetSection(HelpdeskOptions.Section);
builder.Services.Configure<HelpdeskOptions>(section);
var options = section.Get<HelpdeskOptions>() ?? new HelpdeskOptions();
var connectionString = builder.Configuration.GetConnectionString(HelpdeskOptions.ConnectionStringName)
    ?? "Data Source=helpdesk.db";

// 2. The engine.
string? InContentRoot(string? file) =>
    string.IsNullOrWhiteSpace(file) ? null : Path.Combine(builder.Environment.ContentRootPath, file);
builder.Services.AddTaiSupport(o =>
{
    // An invalid file stops the host here, with every problem listed. The pack first: a section's own file replaces it.
    if (InContentRoot(options.PolicyFile) is { } pack)
    {
        o.UsePolicyFile(pack);
    }

    if (InContentRoot(options.SlaPolicyFile) is { } sla)
    {
        o.UseSlaPolicyFile(sla);
    }

    if (InContentRoot(options.IncidentPolicyFile) is { } incidents)
    {
        o.UseIncidentPolicyFile(incidents);
    }

    if (InContentRoot(options.OnCallScheduleFile) is { } onCall)
    {
        o.UseOnCallScheduleFile(onCall);
    }
});

// 3. JSON and problem details.
builder.Services.ConfigureHttpJsonOptions(o => HelpdeskJson.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

// 7. Sign-in, roles and the rate limit.
builder.Services.AddHelpdeskAuth();
builder.Services.AddHelpdeskRateLimit(options);

// 4. Storage.
builder.Services.AddSingleton(_ =>
{
    var database = HelpdeskDatabase.Create(options.Database.Provider, connectionString);
    database.EnsureCreated();
    return database;
});
builder.Services.AddSingleton<WatcherSchedule>();
builder.Services.AddSingleton(sp => new TicketStore(sp.GetRequiredService<HelpdeskDatabase>(), HelpdeskJson.Create(), sp.GetRequiredService<WatcherSchedule>()));
builder.Services.AddSingleton<HelpdeskEngine>();
builder.Services.AddSingleton(sp => new HelpdeskServices(
    sp.GetRequiredService<TicketStore>(), sp.GetRequiredService<HelpdeskEngine>(), sp.GetRequiredService<IClock>()));

// 5. The SLA watcher.
builder.Services.AddSingleton<SlaWatcher>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<SlaWatcher>());

var app = builder.Build();
app.Services.GetRequiredService<HelpdeskDatabase>(); // create the database file now, not on the first request
app.Services.GetRequiredService<SlaWatcher>().BackfillQueueColumns(); // a database from before schema version 3
app.Services.GetRequiredService<HelpdeskAccounts>(); // print the first admin's password now, when no user is configured

// 6. The API and the page.
app.UseExceptionHandler();
app.UseStatusCodePages();
app.Use(SecurityHeaders.Add);
var page = new EmbeddedFileProvider(typeof(HelpdeskOptions).Assembly, "TaiSupport.Helpdesk.Page");
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
app.UseStaticFiles(new StaticFileOptions { FileProvider = page });
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapSessionApi();
app.MapTicketApi();
app.MapIncidentApi();
app.MapOnCallApi();

app.Run();
