namespace ThanhMieu.Portal.Services.Discovery;

/// <summary>
/// The origin (<c>https://host[:port]</c>) that absolute links the site hands out are built on: canonical links,
/// OpenGraph and JSON-LD addresses, feed and sitemap entries.
/// </summary>
public static class SiteOrigin
{
    /// <summary>
    /// <see cref="HostingOptions.PublicOrigin"/> when it is configured, so a request's Host header never leaks into a
    /// feed or a canonical link; otherwise (development, tests) the request's own scheme and host, which production
    /// must not rely on (docs/configuration.md).
    /// </summary>
    public static string Of(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<HostingOptions>>().Value.PublicOrigin
        ?? $"{context.Request.Scheme}://{context.Request.Host}";
}
