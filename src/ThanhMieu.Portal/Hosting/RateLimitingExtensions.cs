using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace ThanhMieu.Portal.Hosting;

/// <summary>The named rate limiting policies endpoints attach with <c>[EnableRateLimiting(...)]</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Sign-in posts: limited per client address by this policy and, on the same endpoints, per account (the email
    /// posted) by the global limiter.
    /// </summary>
    public const string SignIn = "sign-in";

    /// <summary>A looser limit per client address, for search and API endpoints.</summary>
    public const string General = "general";

    /// <summary>Residents' questions: a few per client address per hour.</summary>
    public const string Questions = "questions";
}

/// <summary>
/// Rate limits from the <c>RateLimits</c> section (Microsoft.AspNetCore.RateLimiting). The client address is the
/// connection's, which the forwarded headers set when the request came through a known proxy. A rejected request
/// gets 429 with <c>Retry-After</c>; the status page then explains it in Vietnamese.
/// </summary>
public static class RateLimitingExtensions
{
    private const int MaxAccountKeyLength = 256;

    public static WebApplicationBuilder AddPortalRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;

            limiter.AddPolicy(RateLimitPolicies.SignIn, context =>
                Window("address:" + ClientAddress(context), limits.SignInPerAddress, limits.SignInWindowSeconds));
            limiter.AddPolicy(RateLimitPolicies.General, context =>
                Window("address:" + ClientAddress(context), limits.GeneralPerAddress, limits.GeneralWindowSeconds));
            limiter.AddPolicy(RateLimitPolicies.Questions, context =>
                Window("address:" + ClientAddress(context), limits.QuestionsPerAddress, limits.QuestionsWindowSeconds));

            // A policy has one partition per request; the account is a second, independent count on sign-in endpoints.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context) && Account(context) is { } account
                    ? Window("account:" + account, limits.SignInPerAccount, limits.SignInWindowSeconds)
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }

    /// <summary>
    /// The rate limiter, after routing (policies are endpoint metadata). A sign-in form is read first, asynchronously,
    /// so that the limiter's synchronous partitioning finds the posted email already parsed.
    /// </summary>
    public static WebApplication UsePortalRateLimiting(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> Window(string key, int permits, int seconds) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(seconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static bool IsSignIn(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicies.SignIn;

    /// <summary>The client's address: the connection's, which the forwarded headers set behind a known proxy.</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The posted email, normalised; null when the form was not read or has none.</summary>
    private static string? Account(HttpContext context)
    {
        var email = context.Features.Get<IFormFeature>()?.Form?["Email"].ToString().Trim();
        return string.IsNullOrEmpty(email) ? null : email[..Math.Min(email.Length, MaxAccountKeyLength)].ToUpperInvariant();
    }

    private static ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingExtensions))
            .LogWarning("Rate limit reached: {Method} {Path} from {ClientAddress}", context.Request.Method, context.Request.Path, ClientAddress(context));
        return ValueTask.CompletedTask;
    }
}
