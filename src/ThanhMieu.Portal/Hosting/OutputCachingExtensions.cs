using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// The framework's output cache for anonymous public pages (<see cref="PublicPagePolicy"/>), evicted by every save
/// (<see cref="PublicCacheInterceptor"/>) and at the next change by time (<see cref="PublicCache"/>).
/// </summary>
public static class OutputCachingExtensions
{
    /// <summary>The cache's options, store and policy; the store is registered even when caching is off, so evictions always have one.</summary>
    public static WebApplicationBuilder AddPortalOutputCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutputCachingOptions>()
            .BindConfiguration(OutputCachingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(OutputCachingOptions.SectionName).Get<OutputCachingOptions>() ?? new();
        builder.Services.AddOutputCache(cache =>
        {
            cache.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(options.MaxAgeSeconds);
            cache.AddBasePolicy(new PublicPagePolicy(TimeSpan.FromSeconds(options.SearchMaxAgeSeconds)));
        });
        builder.Services.AddSingleton<ContentChanges>();
        builder.Services.AddSingleton<IContentChangeBroadcast, SingleNodeBroadcast>();
        builder.Services.AddSingleton<PublicCache>();
        builder.Services.AddSingleton<PublicCacheInterceptor>();
        return builder;
    }

    /// <summary>
    /// The cache middleware, when <see cref="OutputCachingOptions.Enabled"/>. It must sit outside response compression
    /// (it stores the compressed bodies, one per <c>Accept-Encoding</c>) and inside the request log and the security
    /// headers (a hit is logged and carries the headers, which are set per request).
    /// </summary>
    public static WebApplication UsePortalOutputCaching(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<OutputCachingOptions>>().Value.Enabled)
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>
    /// A public HEAD runs as a GET with its body thrown away (before routing, so it finds the GET's endpoint), and so
    /// shares the GET's cache entry: the framework stores a HEAD answer apart and replays it with
    /// <c>Content-Length: 0</c>, unlike the GET it should mirror.
    /// </summary>
    public static WebApplication UsePortalHeadAsGet(this WebApplication app)
    {
        app.Use(HeadAsGetAsync);
        return app;
    }

    private static async Task HeadAsGetAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method) || request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    }
}

/// <summary>
/// What is cached: anonymous GET and HEAD answers (200) of endpoints that carry an ETag (<see cref="ETagAttribute"/>:
/// the public pages, the API, the open data files), varied by the full query string and <c>Accept-Encoding</c>. Never
/// the admin, health probes, static files (served from disk as fast), a request with a sign-in cookie or an
/// <c>Authorization</c> header, a signed-in answer, or an answer that sets a cookie or says <c>private</c>/<c>no-store</c>
/// (the question form's antiforgery token). An entry lasts until the next save, the next change by time, or
/// <see cref="OutputCachingOptions.MaxAgeSeconds"/>; search results at most <c>SearchMaxAgeSeconds</c>.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan searchMaxAge) : IOutputCachePolicy
{
    private const string GenerationKey = "PublicCache.Generation";
    private string? _signInCookie;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            && !HealthExtensions.IsProbe(request)
            && !LoggingExtensions.IsAssetPath(request.Path)
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Cookies.ContainsKey(SignInCookie(http));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = cacheable;
        if (!cacheable)
        {
            return;
        }

        var cache = http.RequestServices.GetRequiredService<PublicCache>();
        await cache.EvictIfDueAsync(cancellation);
        http.Items[GenerationKey] = cache.Generation;
        context.Tags.Add(PublicCache.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public async ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || http.GetEndpoint()?.Metadata.GetMetadata<ETagAttribute>() is null
            || http.User.Identity?.IsAuthenticated == true
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
            return;
        }

        var cache = http.RequestServices.GetRequiredService<PublicCache>();
        if (http.Items[GenerationKey] is not int generation || generation != cache.Generation)
        {
            // Saved while this page was rendered: it may show the rows from before.
            context.AllowCacheStorage = false;
            return;
        }

        var remaining = await cache.UntilNextChangeAsync(http.RequestServices.GetRequiredService<PortalDbContext>(), cancellation);
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<RouteNameMetadata>()?.RouteName == RouteNames.Search
            ? searchMaxAge
            : context.ResponseExpirationTimeSpan ?? http.RequestServices.GetRequiredService<IOptions<OutputCacheOptions>>().Value.DefaultExpirationTimeSpan;
        if (remaining <= TimeSpan.Zero)
        {
            context.AllowCacheStorage = false;
            return;
        }

        context.ResponseExpirationTimeSpan = remaining < limit ? remaining : limit;
    }

    private string SignInCookie(HttpContext http) =>
        _signInCookie ??= http.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "tm.admin";
}
