using System.Buffers;
using System.Text.Json;
using TaiSupport.Core.Text;

namespace TaiSupport.Helpdesk.Api;

/// <summary>
/// Reads a request body as a JSON object. The body limit is enforced on the stream itself (a chunked body over the
/// limit gets 413 as soon as the limit is passed, whatever Content-Length says), the content type must be JSON (415
/// otherwise, also when it is missing: a browser sends a form POST without a preflight), malformed JSON becomes a
/// problem naming the line and position, and every string of the document must be well-formed text (a lone
/// surrogate escape such as <c>"\ud800"</c> or raw <c>FF FE</c> bytes is a problem naming its path). The fields are
/// then read with <see cref="RequestFields"/>, which names every bad field at once.
/// </summary>
internal static class JsonBody
{
    /// <summary>The largest body accepted, in bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancel)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, Problems.TooLarge($"the body is {request.ContentLength} bytes; the limit is {MaxBytes}."));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, MaxBytes + 1) - length), cancel)
                        .ConfigureAwait(false);
                }
                catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
                {
                    return (null, Results.Problem(statusCode: e.StatusCode, title: "The request body could not be read.", detail: e.Message));
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > MaxBytes)
                {
                    return (null, Problems.TooLarge($"the body is longer than the limit of {MaxBytes} bytes."));
                }
            }

            // JsonDocument.Parse(ReadOnlyMemory) keeps using the bytes it was given for the document's whole life, so the
            // rented buffer (returned below) must not be them: the document gets its own copy.
            return Parse(buffer.AsSpan(0, length).ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether a content type is JSON: <c>application/json</c> or <c>application/…+json</c>, with any parameters.</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var media = contentType.Split(';', 2)[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static (JsonDocument? Document, IResult? Problem) Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            return (null, Problems.Malformed($"the body is not valid JSON{where}: {FirstSentence(e.Message)}"));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            return (null, Problems.BadRequest("$", $"expected a JSON object, got {RequestFields.Describe(kind)}."));
        }

        var problems = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        CheckText(document.RootElement, "$", problems);
        if (problems.Count > 0)
        {
            document.Dispose();
            return (null, Problems.Invalid(problems));
        }

        return (document, null);
    }

    /// <summary>
    /// Decodes every property name and string once: the JSON reader accepts a lone surrogate escape and leaves invalid
    /// UTF-8 inside strings for later, where it would throw; here it becomes a problem at the string's path.
    /// </summary>
    private static void CheckText(JsonElement element, string path, SortedDictionary<string, string[]> problems)
    {
        const string Bad = "is not well-formed text: it holds a lone surrogate (such as \\ud800) or bytes that are not UTF-8.";
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var index = -1;
                foreach (var property in element.EnumerateObject())
                {
                    index++;
                    string? name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        name = null;
                    }

                    if (name is null || !SafeText.IsWellFormed(name))
                    {
                        // The name itself cannot be echoed: the problem is named by the property's position.
                        problems[path == "$" ? $"<property {index}>" : $"{path}.<property {index}>"] = ["the property name " + Bad];
                        continue;
                    }

                    CheckText(property.Value, path == "$" ? name : $"{path}.{name}", problems);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckText(item, $"{path}[{i++}]", problems);
                }

                break;
            case JsonValueKind.String:
                bool ok;
                try
                {
                    ok = SafeText.IsWellFormed(element.GetString());
                }
                catch (InvalidOperationException)
                {
                    ok = false;
                }

                if (!ok)
                {
                    problems[path] = [Bad];
                }

                break;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
