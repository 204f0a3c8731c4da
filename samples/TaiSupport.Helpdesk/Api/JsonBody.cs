using System.Text.Json;

namespace TaiSupport.Helpdesk.Api;

/// <summary>
/// Reads a request body as a JSON object. Malformed JSON becomes a problem details response naming the line and
/// position; the fields are then read with <see cref="RequestFields"/>, which names every bad field at once.
/// </summary>
internal static class JsonBody
{
    private const int MaxBytes = 256 * 1024;

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            && !type.Contains("+json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.UnsupportedMediaType(type));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, Problems.BadRequest("body", $"the body is {request.ContentLength} bytes; the limit is {MaxBytes}."));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancel).ConfigureAwait(false);
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

        return (document, null);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
