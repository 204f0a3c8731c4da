using System.Buffers;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using TaiSupport.Core.Json;
using TaiSupport.Core.Serialization;

namespace TaiSupport.Helpdesk.Api;

/// <summary>
/// Reads a request body as text and its fields through the library (issue 11: the sample has no JSON reader of its own).
/// The body limit is enforced on the stream itself (a chunked body over the limit gets 413 as soon as the limit is
/// passed, whatever Content-Length says), the content type must be JSON (415 otherwise, also when it is missing: a
/// browser sends a form POST without a preflight), and the bytes must be UTF-8 (JSON's encoding, RFC 8259; a leading
/// byte-order mark is skipped). The text is then read by <see cref="TaiJson.Read{T}(string, JsonTypeInfo{T}, Func{T, ValidationResult}?, bool)"/>
/// against one of the request records (<see cref="RequestBodies"/>): every problem at once, each at its field's path.
/// </summary>
internal static class RequestBody
{
    /// <summary>The largest body accepted, in bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The key of the request's instant in a validator's root context data (for "not in the future" rules).</summary>
    public const string Now = "now";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body as text, or the problem that answers the request (415, 413, 400 for bytes that are not UTF-8).</summary>
    public static async Task<(string? Json, IResult? Problem)> ReadTextAsync(HttpRequest request, CancellationToken cancel)
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

            // The text is decoded into its own string before the rented buffer goes back to the pool (below): nothing read
            // later may keep pointing at pooled bytes (a parsed document over this buffer once did: issue 11, session 4).
            var bytes = buffer.AsSpan(0, length);
            var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            try
            {
                return (StrictUtf8.GetString(bytes[bom..]), null);
            }
            catch (DecoderFallbackException e)
            {
                return (null, Problems.Malformed($"the body is not UTF-8 text: the byte at offset {bom + Math.Max(0, e.Index)} is not valid UTF-8."));
            }
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

    /// <summary>
    /// Reads <paramref name="json"/> as <typeparamref name="T"/> through the library, then <paramref name="validator"/> in
    /// the same pass (with <paramref name="now"/> in its root context data as <see cref="Now"/>, for "not in the future"
    /// rules); each problem is added to <paramref name="errors"/> under the request's field name.
    /// </summary>
    public static T? Read<T>(string json, JsonTypeInfo<T> contract, IValidator<T>? validator, RequestErrors errors, Instant? now = null, bool ignoreUnknown = false)
        where T : class
    {
        Func<T, ValidationResult>? validate = validator is null ? null : value =>
        {
            var context = new ValidationContext<T>(value);
            if (now is { } instant)
            {
                context.RootContextData[Now] = instant;
            }

            return validator.Validate(context);
        };
        return errors.AddAll(TaiJson.Read(json, contract, validate, ignoreUnknown));
    }
}

/// <summary>
/// The problems of one request, by the request's field name (<c>tier</c>, <c>signals.csat</c>, <c>$</c> for the body
/// itself), each sentence once, in field order: the <c>errors</c> of the problem details.
/// </summary>
internal sealed class RequestErrors
{
    private readonly SortedDictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    /// <summary>True when the body itself has a problem (not JSON, not an object, …): its fields could not be read.</summary>
    public bool AtBody => errors.ContainsKey("$");

    /// <summary>Adds the problems of a library read (paths such as <c>$.signals.csat</c>); returns its value.</summary>
    public T? AddAll<T>(LoadResult<T> read)
        where T : class
    {
        foreach (var problem in read.Problems)
        {
            Add(problem.PropertyName, problem.ErrorMessage);
        }

        return read.Value;
    }

    /// <summary>Adds one problem at a JSON path (<c>$.signals.csat</c>) or a field name; a sentence already there is not repeated.</summary>
    public void Add(string path, string message)
    {
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        if (!list.Contains(message, StringComparer.Ordinal))
        {
            list.Add(message);
        }
    }

    /// <summary>The 400 problem details: "not valid JSON" when the body did not parse, else "invalid fields".</summary>
    public IResult ToProblem()
    {
        var map = errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        return errors.Count == 1 && errors.TryGetValue("$", out var body) && body.Count == 1 && body[0].Contains("not valid JSON", StringComparison.Ordinal)
            ? Problems.Malformed(body[0])
            : Problems.Invalid(map);
    }
}
