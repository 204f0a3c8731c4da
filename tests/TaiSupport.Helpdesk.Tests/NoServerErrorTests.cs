using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// Issue 18's reproducers, each of which answered 500 before: out-of-range instants, lone surrogates, raw invalid
/// UTF-8, and bodies over the limit sent chunked. Each must now answer 4xx with problem details naming the field.
/// </summary>
public sealed class NoServerErrorTests : IDisposable
{
    private readonly Scenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Theory]
    [InlineData("""{"tier":"Enterprise","subject":"x","createdAt":"9999-12-31T23:59:59-14:00"}""", "createdAt")]
    [InlineData("""{"tier":"Enterprise","subject":"x","createdAt":"-9998-01-01T00:00:00Z"}""", "createdAt")]
    [InlineData("""{"tier":"Enterprise","subject":"x","createdAt":"0001-01-01T00:00:00+14:00"}""", "createdAt")]
    [InlineData("""{"tier":"Enterprise","subject":"x","signals":{"lastApiCallAt":"9999-12-31T23:59:59-14:00"}}""", "signals.lastApiCallAt")]
    [InlineData("""{"tier":"Enterprise","subject":"x","signals":{"lastApiCallAt":"-9998-01-01T00:00:00Z"}}""", "signals.lastApiCallAt")]
    [InlineData("""{"tier":"Enterprise","subject":"\ud800"}""", "subject")]
    [InlineData("""{"tier":"Enterprise","subject":"x","signals":{"\udc00":true}}""", "signals.\uFFFD")]
    public async Task Create_Reproducer_AnswersBadRequestNamingTheField(string body, string field)
    {
        using var response = await scenario.Client.PostAsync("/api/tickets", Api.Body(body));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {errors}");
    }

    [Theory]
    [InlineData("status", """{"status":"Resolved","at":"9999-12-31T23:59:59-14:00"}""")]
    [InlineData("status", """{"status":"Resolved","at":"-9998-01-01T00:00:00Z"}""")]
    [InlineData("first-response", """{"at":"9999-12-31T23:59:59-14:00"}""")]
    [InlineData("first-response", """{"at":"-9998-01-01T00:00:00Z"}""")]
    public async Task Change_OutOfRangeAt_AnswersBadRequest(string endpoint, string body)
    {
        await scenario.Client.PostOk("/api/tickets", """{"id":"T-1","tier":"Enterprise","subject":"x"}""", HttpStatusCode.Created);

        using var response = await scenario.Client.PostAsync($"/api/tickets/T-1/{endpoint}", Api.Body(body));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("at", out _));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("-9998-01-01T00:00:00Z")]
    public async Task OnCall_OutOfRangeAt_AnswersBadRequest(string at)
    {
        using var response = await scenario.Client.GetAsync($"/api/oncall?at={Uri.EscapeDataString(at)}");

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("at", out _));
    }

    [Fact]
    public async Task Create_RawInvalidUtf8InAString_AnswersBadRequest()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"tier":"Enterprise","subject":"ab"}""").ToList();
        bytes.InsertRange(bytes.Count - 3, [0xFF, 0xFE]); // inside "ab": "a\xFF\xFEb"
        using var content = new ByteArrayContent([.. bytes]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await scenario.Client.PostAsync("/api/tickets", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, scenario.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData(300 * 1024)]
    [InlineData(10 * 1024 * 1024)]
    public async Task Create_ChunkedBodyOverTheLimit_Answers413AndStoresNothing(int size)
    {
        using var content = new StreamContent(new PaddedTicketStream(size)); // no Content-Length: sent chunked
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength);

        using var response = await scenario.Client.PostAsync("/api/tickets", content);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, scenario.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Create_ChunkedOverKestrel_29MegabytesAnswers413()
    {
        // Raw HTTP/1.1 on a socket, as curl sends it: Kestrel answers 413 once 256 KB have arrived, then closes the
        // connection, so the client stops writing at the first broken pipe and reads the answer.
        using var database = new TempDatabase();
        using var host = new HelpdeskHost(database, scenario.Clock, kestrel: true);
        var address = host.ServerAddress;
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        var head = $"POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: {HelpdeskHost.KeyOf("lead")}\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var body = new PaddedTicketStream(29 * 1024 * 1024);
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = body.Read(chunk, 0, chunk.Length)) > 0)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{read:x}\r\n"));
                await stream.WriteAsync(chunk.AsMemory(0, read));
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server answered and closed while the body was still being sent.
        }

        var answer = new byte[4096];
        var length = 0;
        try
        {
            int n;
            while (length < answer.Length && (n = await stream.ReadAsync(answer.AsMemory(length))) > 0)
            {
                length += n;
            }
        }
        catch (IOException)
        {
            // A reset after the answer arrived.
        }

        var text = Encoding.ASCII.GetString(answer, 0, length);
        Assert.StartsWith("HTTP/1.1 413", text);
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>A valid ticket whose body is padded with spaces to <c>size</c> bytes, produced as it is read.</summary>
    private sealed class PaddedTicketStream(int size) : Stream
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("""{"tier":"Enterprise","subject":"x","body":" """);
        private static readonly byte[] Tail = Encoding.UTF8.GetBytes("\"}");
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && position < size)
            {
                buffer[offset + n++] = position < Head.Length ? Head[position]
                    : position >= size - Tail.Length ? Tail[position - (size - Tail.Length)]
                    : (byte)'a';
                position++;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
