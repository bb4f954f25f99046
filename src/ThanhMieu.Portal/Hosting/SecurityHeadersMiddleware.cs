namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing, a strict content security policy (the site loads
/// scripts and styles only from itself and never inline, no plugins, no base URL, forms post only to itself), no
/// referrer beyond the origin to other sites, no powerful browser features, and a browsing context of its own.
/// HSTS comes from the framework's middleware (<c>UseHsts</c>), the absent <c>Server</c> header from Kestrel's options.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
