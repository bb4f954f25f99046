namespace ThanhMieu.Portal.Hosting;

/// <summary>Admin responses, redirects and errors included, are never stored by browsers or proxies.</summary>
public sealed class NoStoreForAdminMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store, no-cache, max-age=0";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
