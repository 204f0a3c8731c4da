using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaiSupport.Core.Json;
using TaiSupport.Core.Sla;
using TaiSupport.Core.Tests.Cli;
using TaiSupport.Core.Tickets;
using TaiSupport.Core.Triage;

namespace TaiSupport.Core.Tests.Json;

/// <summary>
/// A minimal ASP.NET Core host (Kestrel on a loopback port 0) that answers with the library's public writers and the
/// <see cref="TaiJson.ConfigureForTaiSupport"/> preset gets byte-for-byte the lines <c>tai sla</c> and <c>tai triage</c> print (issue 11).
/// </summary>
public sealed class HostJsonTests : IAsyncLifetime
{
    private const string Now = "2026-01-26T17:00:00-08:00";

    private const string SlaLine =
        """{"id":"T-1823","tier":"Enterprise","priority":"Critical","createdAt":"2026-01-26T16:45:00-08:00","firstResponseAt":null,"statusChanges":[{"at":"2026-01-26T16:50:00-08:00","status":"WaitingOnCustomer"}]}""";

    private const string TriageLine =
        """{"id":"T1","tier":"Professional","subject":"Production down since 09:10","body":"Every call fails with 503. We are losing money + customers.","signals":{"csat":4}}""";

    private WebApplication? app;
    private HttpClient? client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForTaiSupport());
        app = builder.Build();
        app.MapPost("/sla", async (HttpRequest request, string now) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var ticket = TicketJson.Read(body).GetValueOrThrow();
            var at = Text.OffsetInstant.TryParse(now, out var instant, out _) ? instant : throw new ArgumentException(now);
            var result = SlaEvaluator.Default.Evaluate(ticket, at);
            return Results.Json(TaiJson.Line(ticket.Id, TaiResultJson.Sla(result, SlaEvaluator.Default.Zone)));
        });
        app.MapPost("/triage", async (HttpRequest request, string now) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var ticket = TriageRequestJson.Read(body).GetValueOrThrow();
            var at = Text.OffsetInstant.TryParse(now, out var instant, out _) ? instant : throw new ArgumentException(now);
            var result = TicketTriage.Default.Evaluate(ticket, at);
            return Results.Json(TaiJson.Line(ticket.Id, TaiResultJson.Triage(result, DateTimeZoneProviders.Tzdb["America/Los_Angeles"])));
        });
        app.MapGet("/values", () => new HostValues(
            Duration.FromHours(24), Duration.FromDays(14), Duration.FromMinutes(-30), Duration.Zero,
            Instant.FromUtc(2026, 1, 27, 0, 45), Tier.Enterprise, SlaState.AtRisk));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("sla", "\"resolutionPaused\":\"PT10M\"")]
    [InlineData("triage", "\"priority\":\"Critical\"")]
    public async Task TheHostAnswers_TheLineTaiPrints(string command, string field)
    {
        var line = command == "sla" ? SlaLine : TriageLine;
        var (exit, output, _) = CliRunner.Run(line + "\n", command, "--input", "-", "--now", Now);
        Assert.Equal(0, exit);
        var host = await Post("/" + command, line);
        Assert.Equal(CliRunner.Lines(output).Single(), host);
        Assert.Contains(field, host);
    }

    [Fact]
    public async Task Values_ThePreset_WritesIsoDurationsOffsetInstantsAndStringEnums()
    {
        var body = await client!.GetStringAsync(new Uri("/values", UriKind.Relative));
        Assert.Equal(
            """{"day":"PT24H","fortnight":"PT336H","early":"-PT30M","none":"PT0S","at":"2026-01-27T00:45:00Z","tier":"Enterprise","state":"atRisk"}""",
            body);
        var back = JsonSerializer.Deserialize<HostValues>(body, TaiJson.Options);
        Assert.Equal(new HostValues(Duration.FromHours(24), Duration.FromDays(14), Duration.FromMinutes(-30), Duration.Zero, Instant.FromUtc(2026, 1, 27, 0, 45), Tier.Enterprise, SlaState.AtRisk), back);
    }

    [Fact]
    public void Preset_ReadsNoDaysAndNoNumbers_AsTheLibraryDoes()
    {
        // The preset reads through the library's own converters, so a host gets the library's sentence (a JsonException).
        Assert.Contains("counts days", Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Duration>("\"P1D\"", TaiJson.Options)).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Tier>("2", TaiJson.Options));
        Assert.Contains("out of range", Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Instant>("\"9999-12-31T23:59:59-14:00\"", TaiJson.Options)).Message, StringComparison.Ordinal);
    }

    private async Task<string> Post(string path, string line)
    {
        using var content = new StringContent(line, System.Text.Encoding.UTF8, "application/json");
        using var response = await client!.PostAsync(new Uri($"{path}?now={Uri.EscapeDataString(Now)}", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A host's own record holding library values.</summary>
    public sealed record HostValues(Duration Day, Duration Fortnight, Duration Early, Duration None, Instant At, Tier Tier, SlaState State);
}
