using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;
using TaiSupport.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// The second hostile-input sweep of the HTTP API (session 7), exhaustive where <see cref="ApiFuzzTests"/> samples:
/// every value of every valid body replaced in turn by every hostile value, and every property removed; unknown ids on
/// every ticket route; odd content types and sizes. Every answer is below 500, and every 4xx is a problem body
/// (<c>application/problem+json</c>) whose <c>errors</c> name the field, or whose <c>title</c> says what is wrong.
/// </summary>
public sealed class HostileBodySweepTests(ITestOutputHelper output) : IDisposable
{
    private static readonly (string Method, string Url, string Body)[] Bodies =
    [
        ("POST", "/api/tickets", """{"id":"N-1","tier":"Professional","subject":"API 401","body":"since 9am","signals":{"httpStatus":401,"lastApiCallAt":"2026-01-26T15:00:00Z","productionDown":true},"priority":"High","category":"Platform","assignee":"ana","channel":"slack","customer":"acme","createdAt":"2026-01-26T09:00:00-08:00"}"""),
        ("POST", "/api/tickets/T-1/status", """{"status":"WaitingOnCustomer","at":"2026-01-26T16:40:00-08:00"}"""),
        ("POST", "/api/tickets/T-2/status", """{"status":"Resolved","rootCause":"ProductBug","resolutionSummary":"Fixed the export's rounding. Deployed on Monday."}"""),
        ("PUT", "/api/tickets/T-1/priority", """{"priority":"Critical"}"""),
        ("PUT", "/api/tickets/T-2/tier", """{"tier":"Enterprise"}"""),
        ("POST", "/api/tickets/T-3/first-response", """{"at":"2026-01-26T16:44:00-08:00"}"""),
        ("POST", "/api/tickets/T-1/messages", """{"kind":"agentReply","text":"Looking into it","holding":true}"""),
        ("PUT", "/api/tickets/T-3/owner", """{"assignee":"Marcus"}"""),
        ("POST", "/api/incidents/assess", """{"apiDownMinutes":12.5,"errorRatePct":40,"dataLoss":false,"userError":"rateLimit"}"""),
        ("POST", "/api/session", """{"name":"lena","password":"lena-password"}"""),
    ];

    private static readonly string[] Values =
    [
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"9999-12-31T23:59:59-14:00\"", "\"-9998-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00+14:00\"",
        "\"2026-02-30T00:00:00Z\"", "\"2011-12-30T12:00:00+14:00\"", "1e400", "-1", "0", "79228162514264337593543950336", "\"\"", "\"   \"",
        "null", "true", "[]", "{}", "[null]", "[{}]", "{\"\":null}", "{\"others\":1}", new string('[', 70) + new string(']', 70),
        "\"" + new string('x', 20_000) + "\"", "\"\\u0000\"", "\"Closed\"", "\"Resolved\"", "\"critical\"", "\"T-1\"", "-0.0", "1.5",
        "2147483648", "\"PT1H\"", "\"P1D\"", "\"Pacific/Apia\"", "\"\\u202e\\u0085\"", "\"../../etc/passwd\"",
    ];

    private static readonly string[] Routes =
    [
        "GET /api/tickets/{0}", "POST /api/tickets/{0}/status", "PUT /api/tickets/{0}/priority", "PUT /api/tickets/{0}/tier",
        "POST /api/tickets/{0}/first-response", "POST /api/tickets/{0}/messages", "PUT /api/tickets/{0}/owner", "GET /api/notifications?ticketId={0}",
    ];

    private readonly Scenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task EveryValueOfEveryBody_ReplacedByEveryHostileValue_AnswersAProblemNeverAServerError()
    {
        await Seed();
        var (requests, failures, statuses) = (0, new List<string>(), new SortedDictionary<int, int>());
        foreach (var (method, url, body) in Bodies)
        {
            var root = JsonNode.Parse(body)!;
            foreach (var path in Paths(root, []))
            {
                foreach (var text in JsonSweep.Variants(root, path, Values))
                {
                    requests++;
                    var (status, failure) = await Send(method, url, text, "application/json");
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (failure is not null && failures.Count < 20)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        output.WriteLine($"{requests} requests: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(statuses.Keys.Count(s => s is >= 400 and < 500) >= 3, string.Join(", ", statuses));
    }

    [Fact]
    public async Task UnknownIdsContentTypesAndSizes_AnswerAProblemNeverAServerError()
    {
        await Seed();
        var failures = new List<string>();
        var ids = new[] { "NOPE", "t-1", "T-1%20", "%E2%80%AE", "a.b", new string('A', 64), new string('A', 65), "-x", "%2F", "T-1%3Fx", "..", "%FF" };
        foreach (var route in Routes)
        {
            foreach (var id in ids)
            {
                var (method, url) = (route.Split(' ')[0], string.Format(System.Globalization.CultureInfo.InvariantCulture, route.Split(' ')[1], id));
                var body = method == "GET" ? "" : Bodies.First(b => b.Url.EndsWith(url.Split('/').Last(), StringComparison.Ordinal) || b.Method == method).Body;
                Add(await Send(method, url, body, "application/json"));
            }
        }

        foreach (var type in new[] { null, "text/plain", "application/xml", "application/json; charset=latin1", "application/json; charset=utf-16", "application/merge-patch+json", "application/vnd.api+json" })
        {
            Add(await Send("POST", "/api/tickets/T-1/status", """{"status":"InProgress"}""", type));
        }

        foreach (var size in new[] { 1_048_575, 1_048_577, 8_000_000 })
        {
            Add(await Send("POST", "/api/tickets/T-1/messages", $$"""{"kind":"internalNote","text":"{{new string('x', size)}}"}""", "application/json"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        void Add((int Status, string? Failure) answer)
        {
            if (answer.Failure is not null)
            {
                failures.Add(answer.Failure);
            }
        }
    }

    /// <summary>The body key <c>others</c> (the C# name of the catch-all of <c>POST /api/tickets</c>) is an unknown field like any other,
    /// whatever its value (session 7: the library's reader took it for the catch-all itself, so <c>"others": []</c> answered
    /// "expected an object, got an array." at <c>others</c>). (An unknown key whose value is null is dropped with the other nulls — null is
    /// "absent" in every body — so <c>"others": null</c> is not reported; see docs/embedding.md.)</summary>
    [Theory]
    [InlineData("""{"tier":"Starter","subject":"x","others":{"tier":"Enterprise"}}""")]
    [InlineData("""{"tier":"Starter","subject":"x","Others":1}""")]
    [InlineData("""{"tier":"Starter","subject":"x","others":[]}""")]
    public async Task TheKeyOthers_IsAnUnknownField(string body)
    {
        using var response = await scenario.Client.PostAsync("/api/tickets", Api.Body(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.EndsWith("thers", StringComparison.Ordinal) && e.Value[0].GetString()!.StartsWith("unknown property", StringComparison.Ordinal));
    }

    /// <summary>A <c>createdAt</c> (lead only) stays refused to an agent whatever other keys the body carries.</summary>
    [Fact]
    public async Task AnAgentsCreatedAt_FollowedByOthers_IsStillRefused()
    {
        var agent = scenario.Host.As("agent");
        using var response = await agent.PostAsync("/api/tickets", Api.Body("""{"tier":"Starter","subject":"x","createdAt":"2026-01-20T09:00:00-08:00","others":{}}"""));
        Assert.False(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync()); // 400 for the unknown 'others' or 403 for createdAt: never created
    }

    private async Task Seed()
    {
        foreach (var id in new[] { "T-1", "T-2", "T-3" })
        {
            await scenario.Client.PostOk("/api/tickets", $$"""{"id":"{{id}}","tier":"Professional","subject":"seed"}""", HttpStatusCode.Created);
        }
    }

    /// <summary>Sends one request; the failure is set when the answer is a 5xx, or a 4xx that is not a problem naming what is wrong.</summary>
    private async Task<(int Status, string? Failure)> Send(string method, string url, string body, string? contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        using var response = await scenario.Client.SendAsync(request);
        var (status, text) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        var shown = $"{method} {url} [{contentType}] {body[..Math.Min(body.Length, 300)]} -> {status}: {text[..Math.Min(text.Length, 300)]}";
        if (status >= 500)
        {
            return (status, shown);
        }

        if (status is >= 400 and < 500 and not 405)
        {
            try
            {
                var problem = JsonDocument.Parse(text).RootElement;
                var named = problem.TryGetProperty("errors", out var errors)
                    ? errors.EnumerateObject().Any() && errors.EnumerateObject().All(e => e.Name.Length > 0 && e.Value.GetArrayLength() > 0)
                    : problem.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 };
                return (status, response.Content.Headers.ContentType?.MediaType == "application/problem+json" && named ? null : "not a problem naming the field: " + shown);
            }
            catch (JsonException)
            {
                return (status, "not JSON: " + shown);
            }
        }

        return (status, null);
    }

    private static IEnumerable<object[]> Paths(JsonNode? node, object[] at)
    {
        if (at.Length > 0)
        {
            yield return at;
        }

        var children = node switch
        {
            JsonObject obj => obj.Select(p => ((object)p.Key, p.Value)).ToList(),
            JsonArray array => array.Select((v, i) => ((object)i, v)).ToList(),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            foreach (var path in Paths(child, [.. at, key]))
            {
                yield return path;
            }
        }
    }


}
