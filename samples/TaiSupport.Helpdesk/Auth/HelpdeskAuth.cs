using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TaiSupport.Core.Text;
using TaiSupport.Helpdesk.Api;

namespace TaiSupport.Helpdesk.Auth;

/// <summary>
/// Sign-in and roles with ASP.NET Core authentication and authorization. People sign in with a name and password
/// (a cookie, <c>POST /api/session</c>); API clients send a key (<c>X-Api-Key: …</c> or <c>Authorization: Bearer …</c>).
/// Three roles: <c>viewer</c> reads, <c>agent</c> also creates and works tickets, <c>lead</c> also changes priority and
/// tier and back-dates instants (<c>at</c>, <c>createdAt</c>). Each endpoint names its policy; the fallback policy
/// makes every other endpoint require a signed-in reader.
/// </summary>
internal static class HelpdeskAuth
{
    /// <summary>The policy of reading endpoints: any role.</summary>
    public const string Read = "read";

    /// <summary>The policy of creating and working tickets: agents and leads.</summary>
    public const string Work = "work";

    /// <summary>The policy of changing priority and tier and back-dating: leads.</summary>
    public const string Lead = "lead";

    /// <summary>The API-key scheme's name.</summary>
    public const string ApiKeyScheme = "ApiKey";

    private const string Smart = "CookieOrApiKey";

    /// <summary>The roles, least to most.</summary>
    public static readonly string[] Roles = ["viewer", "agent", "lead"];

    public static void AddHelpdeskAuth(this IServiceCollection services)
    {
        services.AddSingleton<HelpdeskAccounts>();
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyHandler.Header) || context.Request.Headers.Authorization.Count > 0
                    ? ApiKeyScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyScheme, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "tai-helpdesk";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => Deny(c.HttpContext, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Deny(c.HttpContext, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, p => p.RequireRole(Roles))
            .AddPolicy(Work, p => p.RequireRole("agent", "lead"))
            .AddPolicy(Lead, p => p.RequireRole("lead"))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles).Build());
    }

    /// <summary>A token bucket per signed-in name (or per address when anonymous); 429 with problem details when empty.</summary>
    public static void AddHelpdeskRateLimit(this IServiceCollection services, HelpdeskOptions options)
    {
        var permits = Math.Max(1, options.RateLimitPerSecond);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : "ip:" + context.Connection.RemoteIpAddress,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = permits * 2,
                    TokensPerPeriod = permits,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            o.OnRejected = (context, cancel) => new ValueTask(Results.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests.", detail: $"The limit is {permits} requests a second per client; retry shortly.")
                .ExecuteAsync(context.HttpContext));
        });
    }

    /// <summary><c>POST /api/session</c> signs in, <c>GET</c> says who is signed in, <c>DELETE</c> signs out.</summary>
    public static void MapSessionApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/session", SignIn).AllowAnonymous();
        // Anonymous allowed: the page asks who is signed in without logging a failed request; name and role are null then.
        app.MapGet("/api/session", (HttpContext c) => Results.Ok(c.User.Identity?.IsAuthenticated == true
            ? new SessionView(Actor(c.User), Role(c.User))
            : new SessionView(null, null))).AllowAnonymous();
        app.MapDelete("/api/session", async (HttpContext c) =>
        {
            await c.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.NoContent();
        }).AllowAnonymous();
    }

    /// <summary>The name recorded as the actor of a change.</summary>
    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    private static string? Role(ClaimsPrincipal user) => Roles.LastOrDefault(user.IsInRole);

    /// <summary>A 403 problem when the user does not meet <paramref name="policy"/> for sending <paramref name="field"/>; null when allowed.</summary>
    public static async Task<IResult?> Refuse(HttpContext context, string policy, string field)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(context.User, policy).ConfigureAwait(false);
        return result.Succeeded
            ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.",
                detail: $"Only a lead may set '{field}' (back-date a change); leave it out to use the server's clock.");
    }

    private static async Task<IResult> SignIn(HttpContext context, HelpdeskAccounts accounts, CancellationToken cancel)
    {
        var (json, problem) = await RequestBody.ReadTextAsync(context.Request, cancel).ConfigureAwait(false);
        if (json is null)
        {
            return problem!;
        }

        var errors = new RequestErrors();
        if (RequestBody.Read(json, RequestBodies.Contracts.SignInBody, RequestRules.SignIn, errors) is not { } body)
        {
            return errors.ToProblem();
        }

        if (accounts.SignIn(body.Name, body.Password) is not { } user)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.",
                detail: "The name or the password is wrong.");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user.Name, user.Role, "password"))
            .ConfigureAwait(false);
        return Results.Ok(new SessionView(user.Name, user.Role));
    }

    public static ClaimsPrincipal Principal(string name, string role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], scheme));

    private static Task Deny(HttpContext context, int status) =>
        Results.Problem(statusCode: status,
            title: status == StatusCodes.Status401Unauthorized ? "Sign in first." : "Not allowed.",
            detail: status == StatusCodes.Status401Unauthorized
                ? "Sign in (POST /api/session) or send an API key (X-Api-Key or Authorization: Bearer)."
                : "Your role may not do this.").ExecuteAsync(context);

    /// <summary>Who is signed in and with which role.</summary>
    internal sealed record SessionView(string? Name, string? Role);
}

/// <summary>Authenticates API clients by key: <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c>.</summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, HelpdeskAccounts accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? key = Request.Headers[Header].FirstOrDefault();
        if (key is null && Request.Headers.Authorization.FirstOrDefault() is { } authorization)
        {
            if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(AuthenticateResult.Fail("Only Bearer authorization is supported."));
            }

            key = authorization["Bearer ".Length..].Trim();
        }

        if (string.IsNullOrEmpty(key))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(accounts.ApiClient(key) is { } client
            ? AuthenticateResult.Success(new AuthenticationTicket(HelpdeskAuth.Principal(client.Name, client.Role, HelpdeskAuth.ApiKeyScheme), Scheme.Name))
            : AuthenticateResult.Fail("Unknown API key."));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first.",
            detail: "The API key is missing or unknown; send X-Api-Key or Authorization: Bearer with a configured key.").ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: "Your role may not do this.").ExecuteAsync(Context);
}

/// <summary>
/// The configured people (<c>Helpdesk:Users</c>) and API clients (<c>Helpdesk:ApiClients</c>). With no user configured,
/// the first start makes a lead called <c>admin</c> with a random password and prints it once: the README's first run
/// stays one command. Secrets are compared as SHA-256 digests in constant time.
/// </summary>
internal sealed class HelpdeskAccounts
{
    private readonly Dictionary<string, (byte[] Digest, HelpdeskUser User)> users = new(StringComparer.Ordinal);
    private readonly List<(byte[] Digest, HelpdeskApiClient Client)> clients = [];

    public HelpdeskAccounts(IOptions<HelpdeskOptions> options, ILogger<HelpdeskAccounts> logger)
    {
        foreach (var user in options.Value.Users)
        {
            Check(user.Name, user.Role, user.Password, "Helpdesk:Users");
            users[user.Name] = (Digest(user.Password), user);
        }

        foreach (var client in options.Value.ApiClients)
        {
            Check(client.Name, client.Role, client.Key, "Helpdesk:ApiClients");
            clients.Add((Digest(client.Key), client));
        }

        if (users.Count == 0)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
            var admin = new HelpdeskUser { Name = "admin", Password = password, Role = "lead" };
            users[admin.Name] = (Digest(password), admin);
            FirstAdmin = admin;
            logger.LogWarning("No Helpdesk:Users configured: sign in as 'admin' with the password '{Password}' (a lead; valid until the host stops).", password);
        }
    }

    /// <summary>The generated first admin when no user was configured, else null.</summary>
    public HelpdeskUser? FirstAdmin { get; }

    public HelpdeskUser? SignIn(string name, string password) =>
        users.TryGetValue(name, out var entry) && CryptographicOperations.FixedTimeEquals(entry.Digest, Digest(password)) ? entry.User : null;

    public HelpdeskApiClient? ApiClient(string key)
    {
        var digest = Digest(key);
        HelpdeskApiClient? found = null;
        foreach (var (known, client) in clients)
        {
            if (CryptographicOperations.FixedTimeEquals(known, digest))
            {
                found = client;
            }
        }

        return found;
    }

    private static byte[] Digest(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static void Check(string name, string role, string secret, string section)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(secret) || !HelpdeskAuth.Roles.Contains(role, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{section}: every entry needs a name, a secret and a role ({string.Join(", ", HelpdeskAuth.Roles)}); '{SafeText.Echo(name, 60)}' with role '{SafeText.Echo(role, 20)}' does not.");
        }
    }
}

/// <summary>A person who signs in with a name and password.</summary>
public sealed class HelpdeskUser
{
    /// <summary>The name shown as the actor of the user's changes.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The password (configure it through user secrets or the environment, not a committed file).</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary><c>viewer</c>, <c>agent</c> or <c>lead</c>.</summary>
    public string Role { get; set; } = "agent";
}

/// <summary>A program that calls the API with a key.</summary>
public sealed class HelpdeskApiClient
{
    /// <summary>The name shown as the actor of the client's changes.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key sent as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary><c>viewer</c>, <c>agent</c> or <c>lead</c>.</summary>
    public string Role { get; set; } = "agent";
}
