using Microsoft.AspNetCore.Diagnostics;

namespace TaiSupport.Helpdesk.Api;

/// <summary>
/// The headers every response carries: no MIME sniffing, a content security policy that allows only the page's own
/// files (no inline script, no framing), no referrer.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next();
    }
}

/// <summary>
/// A request the server could not read (a body over Kestrel's limit, a connection cut mid-body) answers with the
/// status Kestrel chose (413, 400, 408) as problem details, never 500.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        await Results.Problem(statusCode: bad.StatusCode, title: "The request could not be read.", detail: bad.Message)
            .ExecuteAsync(context).ConfigureAwait(false);
        return true;
    }
}
