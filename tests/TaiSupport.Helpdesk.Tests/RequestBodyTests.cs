using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// The request bodies read through the library (issue 11: <c>TaiJson.Read</c> over the sample's <c>RequestBodies</c>
/// records, no walker of the sample's own): the real sentences at each field, absent fields meaning "unchanged" or the
/// default, and a seeded fuzz of every body reader that must answer 4xx problem details, never a 500.
/// </summary>
public sealed class RequestBodyTests : IDisposable
{
    private const int Seed = 11;
    private const int MutationsPerBody = 80;

    /// <summary>A valid body for every endpoint that reads one.</summary>
    private static readonly (string Method, string Url, string Body)[] Valid =
    [
        ("POST", "/api/tickets", """{"tier":"Professional","subject":"API 401","body":"since 9","signals":{"httpStatus":401,"lastApiCallAt":"2026-01-26T15:00:00Z","csat":3},"priority":"High","category":"Technical","createdAt":"2026-01-26T09:00:00-08:00","assignee":"ana","channel":"slack","customer":"acme"}"""),
        ("POST", "/api/tickets/T-1/status", """{"status":"InProgress","at":"2026-01-26T16:40:00-08:00"}"""),
        ("PUT", "/api/tickets/T-1/priority", """{"priority":"Critical"}"""),
        ("PUT", "/api/tickets/T-1/tier", """{"tier":"Enterprise"}"""),
        ("POST", "/api/tickets/T-1/first-response", """{"at":"2026-01-26T16:44:00-08:00"}"""),
        ("POST", "/api/tickets/T-1/messages", """{"kind":"agentReply","text":"Looking into it","holding":true}"""),
        ("PUT", "/api/tickets/T-1/owner", """{"assignee":"Marcus"}"""),
        ("POST", "/api/session", """{"name":"lena","password":"lena-password"}"""),
        ("POST", "/api/incidents/assess", """{"apiDownMinutes":12.5,"errorRatePct":40,"dataLoss":false,"userError":"rateLimit"}"""),
    ];

    private static readonly string[] Values =
    [
        "[]", "{}", "1", "-1", "1.5", "1e400", "true", "false", "null", "\"\"", "\"  \"", "\"x\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"2026-02-30T00:00:00Z\"", "\"2026-01-27T00:46:00Z\"", "\"Closed\"", "\"waiting on customer\"",
        "\"" + new string('x', 20_000) + "\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{\"others\":{\"a\":1}}", "\"T-1\"", "79228162514264337593543950336",
    ];

    private readonly Scenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task EveryBodyReader_MutatedBodies_AnswerProblemDetailsNeverAServerError()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"seed"}""", HttpStatusCode.Created);
        var random = new Random(Seed);
        var failures = new List<string>();
        var answered = new SortedDictionary<int, int>();
        foreach (var (method, url, body) in Valid)
        {
            for (var i = 0; i < MutationsPerBody; i++)
            {
                var bytes = Mutate(random, body);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent(bytes) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await scenario.Client.SendAsync(request);
                var status = (int)response.StatusCode;
                answered[status] = answered.GetValueOrDefault(status) + 1;
                var text = await response.Content.ReadAsStringAsync();
                if (status >= 500 || (status == 400 && !NamesEveryProblem(response, text)))
                {
                    failures.Add($"{method} {url} {Convert.ToBase64String(bytes)} -> {status}: {text[..Math.Min(300, text.Length)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n{string.Join("\n", failures.Take(20))}");
        Assert.True(answered.GetValueOrDefault(400) > Valid.Length * MutationsPerBody / 3, $"most mutations should be refused: {string.Join(", ", answered)}");
        Assert.Contains(answered.Keys, s => s is >= 200 and < 300);
    }

    [Theory]
    [InlineData("POST", "/api/tickets/T-1/status", """{"status":3}""", "status", "expected a string, got the number 3.")]
    [InlineData("POST", "/api/tickets/T-1/status", """{"at":"2026-01-26T16:40:00-08:00"}""", "status", "is required.")]
    [InlineData("POST", "/api/tickets/T-1/status", """{"status":"Open","when":"now"}""", "when", "unknown property 'when'; expected one of: status, at, rootCause, resolutionSummary.")]
    [InlineData("POST", "/api/tickets/T-1/status", """{"status":"Open","Status":"Closed"}""", "Status", "unknown property 'Status'; did you mean 'status'?")]
    [InlineData("POST", "/api/tickets/T-1/status", """{"status":"Open","status":"Closed"}""", "status", "is given twice; keep one.")]
    [InlineData("POST", "/api/tickets/T-1/first-response", """{"at":true}""", "at", "expected a string, got true.")]
    [InlineData("PUT", "/api/tickets/T-1/priority", """{"priority":[]}""", "priority", "expected a string, got an array.")]
    [InlineData("PUT", "/api/tickets/T-1/tier", """{"tier":"Gold"}""", "tier", "\"Gold\" is not a tier; use one of Starter, Professional, Enterprise.")]
    [InlineData("PUT", "/api/tickets/T-1/owner", """{"assignee":"  "}""", "assignee", "must not be blank.")]
    [InlineData("PUT", "/api/tickets/T-1/owner", """{"assignee":null}""", "assignee", "is required.")]
    [InlineData("POST", "/api/tickets/T-1/messages", """{"kind":"reply","text":"x"}""", "kind", "\"reply\" is not a message kind; use one of CustomerMessage, AgentReply, InternalNote.")]
    [InlineData("POST", "/api/tickets/T-1/messages", """{"kind":"internalNote","text":"x","holding":true}""", "holding", "only an agentReply can be a holding reply.")]
    [InlineData("POST", "/api/tickets/T-1/messages", """{"kind":"agentReply","text":"x","holding":"yes"}""", "holding", "expected true or false, got the string \"yes\".")]
    [InlineData("POST", "/api/tickets", """{"id":5,"tier":"Starter","subject":"x"}""", "id", "expected a string, got the number 5.")]
    [InlineData("POST", "/api/tickets", """{"id":"../x","tier":"Starter","subject":"x"}""", "id", "\"../x\" is not a ticket id; use up to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.")]
    [InlineData("POST", "/api/tickets", """{"tier":"Starter","subject":"x","channel":"fax"}""", "channel", "\"fax\" is not a ticket channel; use one of Email, Slack, Phone, Web.")]
    [InlineData("POST", "/api/tickets", """{"tier":"Starter","subject":"   "}""", "subject", "is required: a ticket needs a subject.")]
    [InlineData("POST", "/api/tickets", """{"tier":"Starter","subject":"x","others":{}}""", "others", "unknown property 'others'; expected one of: id, tier, subject, body, signals, priority, category, createdAt, assignee, channel, customer.")]
    [InlineData("POST", "/api/tickets", """{"tier":"Starter","subject":"x","id":"\ud800"}""", "id", "holds an unpaired surrogate escape (such as \\ud800), which is not text; write well-formed Unicode.")]
    [InlineData("POST", "/api/session", """{"name":"lena"}""", "password", "is required.")]
    public async Task BadField_TheLibrarysSentenceAtTheField(string method, string url, string body, string field, string sentence)
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"seed"}""", HttpStatusCode.Created);
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Api.Body(body) };

        using var response = await scenario.Client.SendAsync(request);

        var errors = (await NoServerErrorTests.AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal([sentence], errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Create_EveryKindOfMistakeAtOnce_ThreeReadsOneAnswer()
    {
        using var response = await scenario.Client.PostAsync("/api/tickets", Api.Body(
            """{"id":"a b","tier":"Gold","createdAt":"2026-01-27T00:46:00Z","signals":{"csat":11,"prodDown":true},"teir":1}"""));

        var errors = (await NoServerErrorTests.AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["createdAt", "id", "signals.csat", "signals.prodDown", "subject", "teir", "tier"], errors.EnumerateObject().Select(p => p.Name));
        Assert.All(errors.EnumerateObject(), p => Assert.Single(p.Value.EnumerateArray()));
    }

    [Fact]
    public async Task Create_FutureInstant_IsReportedWithTheOtherFields()
    {
        using var response = await scenario.Client.PostAsync("/api/tickets", Api.Body(
            """{"tier":"Gold","subject":"x","createdAt":"2026-01-27T00:46:00Z"}"""));

        var errors = (await NoServerErrorTests.AssertProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["createdAt", "tier"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-01-27T00:46:00Z is in the future; the helpdesk's clock says 2026-01-27T00:45:00Z.", errors.GetProperty("createdAt")[0].GetString());
    }

    [Fact]
    public async Task Create_ByteOrderMark_IsSkipped()
    {
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"id":"T-9","tier":"Starter","subject":"BOM"}""")]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await scenario.Client.PostAsync("/api/tickets", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidUtf8_IsNotJsonAtTheBody()
    {
        using var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("""{"tier":"Starter","subject":"a"""), 0xC0, 0x80, .. Encoding.UTF8.GetBytes("\"}")]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await scenario.Client.PostAsync("/api/tickets", content);

        var problem = await NoServerErrorTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request body is not valid JSON.", problem.GetProperty("title").GetString());
        Assert.Equal("the body is not UTF-8 text: the byte at offset 30 is not valid UTF-8.", problem.GetProperty("errors").GetProperty("$")[0].GetString());
    }

    [Fact]
    public async Task Changes_AbsentFields_MeanTheDefault()
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Professional","subject":"seed"}""", HttpStatusCode.Created);

        var first = await scenario.Client.PostOk("/api/tickets/T-1/first-response", "{}");
        var reply = await scenario.Client.PostOk("/api/tickets/T-1/messages", """{"kind":"customer message","text":"still broken","holding":null}""");

        Assert.Equal(Scenario.T0, first.GetProperty("firstResponseAt").Instant());
        Assert.Equal("customerMessage", reply.GetProperty("messages")[0].GetProperty("kind").GetString());
    }

    /// <summary>A 400 names each problem: problem details whose <c>errors</c> map field names (or <c>$</c>) to sentences.</summary>
    private static bool NamesEveryProblem(HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        using var problem = JsonDocument.Parse(text);
        return problem.RootElement.TryGetProperty("errors", out var errors)
            && errors.EnumerateObject().Any()
            && errors.EnumerateObject().All(p => p.Name.Length > 0 && !p.Name.StartsWith("$.", StringComparison.Ordinal)
                && p.Value.GetArrayLength() > 0 && p.Value.EnumerateArray().All(m => m.GetString() is { Length: > 0 }));
    }

    private static byte[] Mutate(Random random, string body)
    {
        switch (random.Next(6))
        {
            case 0:
            case 1:
                return Encoding.UTF8.GetBytes(JsonMutation.ReplaceValue(random, body, Values));
            case 2:
                return Encoding.UTF8.GetBytes(JsonMutation.ReplaceValue(random, JsonMutation.ReplaceValue(random, body, Values), Values));
            case 3:
                // A field given twice, or an unknown one, or a case slip.
                var extra = new[] { "\"at\":null", "\"tier\":\"Starter\"", "\"teir\":1", "\"Status\":\"Open\"", "\"\\ud800\":1", "\"others\":{}" }[random.Next(6)];
                return Encoding.UTF8.GetBytes(body.Insert(1, extra + ","));
            case 4:
                var bytes = Encoding.UTF8.GetBytes(body).ToList();
                byte[] special = [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0x00, (byte)'"', (byte)'\\', (byte)'{', (byte)']', (byte)'\n'];
                for (var e = 1 + random.Next(3); e > 0 && bytes.Count > 0; e--)
                {
                    bytes.Insert(random.Next(bytes.Count), special[random.Next(special.Length)]);
                }

                return [.. bytes];
            default:
                var text = Encoding.UTF8.GetBytes(body);
                return random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF, .. text] : text[..random.Next(text.Length)];
        }
    }
}
