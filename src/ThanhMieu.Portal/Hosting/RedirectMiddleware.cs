using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Answers old addresses with 301 (<see cref="Redirect"/>), for GET and HEAD only:
/// <list type="bullet">
/// <item>a request under an old website's host name (one staff mapped) goes to the configured public origin: to the
/// page mapped for its path, else to the page mapped for the whole host, else to the same path; health probes excepted;</item>
/// <item>a request for this site's own path goes to its redirect only when the site has no page there (a 404), so a
/// redirect never hides a page.</item>
/// </list>
/// Permanent redirects are cached by browsers for a day.
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next, IOptions<HostingOptions> hosting)
{
    private readonly string? _origin = hosting.Value.PublicOrigin;
    private readonly string? _publicHost = hosting.Value.PublicOrigin is { } origin ? new Uri(origin).Host : null;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        if (_origin is { } origin && !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            && LastingUrls.NormalizeHost(request.Host.Host) is { Length: > 0 } host && host != _publicHost
            // Resolved only here: the service holds a database context, which every other request (static files and
            // cached pages included) would otherwise build for nothing.
            && await context.RequestServices.GetRequiredService<OldHostRedirects>()
                .TargetAsync(host, request.Path.Value ?? "/", request.QueryString.Value ?? "", context.RequestAborted) is { } target)
        {
            Send(context, origin + target);
            return;
        }

        await next(context);

        if (context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Response.HasStarted
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && !request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            && await context.RequestServices.GetRequiredService<LastingUrls>()
                .FindAsync(request.Path.Value ?? "/", request.QueryString.Value ?? "", context.RequestAborted) is { } moved)
        {
            Send(context, HostingExtensions.PublicUrl(moved, hosting.Value));
        }
    }

    private static void Send(HttpContext context, string location)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = "public, max-age=86400";
    }
}

/// <summary>
/// The redirects of the old websites' host names, read in one query and kept in memory until the next committed save
/// that changed anything, on this node or (with Redis) on another (<see cref="ContentChanges"/>); a minute at most when
/// a node missed the message (Redis down). Only host names staff entered are kept, so requests under made-up hosts
/// cannot grow it.
/// </summary>
public sealed class OldHostRedirects(IMemoryCache cache, ContentChanges changes, PortalDbContext db)
{
    private static readonly object Key = new();
    private static readonly HostingOptions NoOrigin = new();

    /// <summary>The path on this site for a request under <paramref name="host"/>, or null when no redirect names the host.</summary>
    public async Task<string?> TargetAsync(string host, string path, string query, CancellationToken cancellationToken)
    {
        var hosts = await cache.GetOrCreateAsync(
            Key,
            async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                entry.AddExpirationToken(changes.Token);
                var rows = await db.Redirects.AsNoTracking()
                    .Where(r => r.FromHost != "" && !r.IsArchived)
                    .Select(r => new { r.FromHost, r.FromPath, r.ToPath })
                    .ToListAsync(cancellationToken);
                return rows.GroupBy(r => r.FromHost)
                    .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.FromPath, r => r.ToPath, StringComparer.Ordinal), StringComparer.Ordinal);
            });
        if (hosts is null || !hosts.TryGetValue(host, out var paths))
        {
            return null;
        }

        return paths.GetValueOrDefault(LastingUrls.Normalize(path + query))
            ?? paths.GetValueOrDefault(LastingUrls.Normalize(path))
            ?? paths.GetValueOrDefault("")
            ?? HostingExtensions.PublicUrl(path + query, NoOrigin);
    }
}
