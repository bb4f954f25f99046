using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// How the portal meets the network: no <c>Server</c> header, HSTS, <c>Secure</c> cookies over HTTPS, forwarded
/// headers from known proxies only, and redirects that never point at the request's Host.
/// </summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HostingOptions>()
            .BindConfiguration(HostingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });

        // Only the proxies named in configuration are believed; the framework's default (loopback) is cleared.
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = hosting.Value.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in hosting.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // Every cookie (sign-in, antiforgery, TempData) is Secure when the request is HTTPS, directly or as forwarded.
        builder.Services.Configure<CookiePolicyOptions>(cookies => cookies.Secure = CookieSecurePolicy.SameAsRequest);

        // The cookie handler writes absolute redirects from the request's Host; rebase them on the configured origin.
        // (PostConfigure: Identity replaces the cookie's events object while configuring it.)
        builder.Services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<HostingOptions>>((cookie, hosting) =>
            {
                var events = cookie.Events;
                var toLogin = events.OnRedirectToLogin;
                var toLogout = events.OnRedirectToLogout;
                var toReturnUrl = events.OnRedirectToReturnUrl;
                events.OnRedirectToLogin = context => toLogin(Rebased(context, hosting.Value));
                events.OnRedirectToLogout = context => toLogout(Rebased(context, hosting.Value));
                events.OnRedirectToReturnUrl = context => toReturnUrl(Rebased(context, hosting.Value));
            });
        return builder;
    }

    /// <summary>
    /// Reads <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the configured proxies, first in the pipeline,
    /// so that HSTS, <c>Secure</c> cookies, the request log and rate limits see the client's address and scheme.
    /// Nothing is read when no proxy is configured.
    /// </summary>
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.TrustsProxies)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>
    /// <paramref name="url"/> (absolute or relative) as a path under the configured public origin, or as a relative
    /// path when none is configured; the request's Host never appears in it.
    /// </summary>
    internal static string PublicUrl(string url, HostingOptions hosting)
    {
        var local = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : url;

        // Only a path on this site survives ("//host" and "/\host" are other hosts to a browser).
        if (!local.StartsWith('/') || local.StartsWith("//", StringComparison.Ordinal) || local.StartsWith("/\\", StringComparison.Ordinal))
        {
            local = "/";
        }

        return hosting.PublicOrigin + local;
    }

    private static T Rebased<T>(T context, HostingOptions hosting)
        where T : Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>
    {
        context.RedirectUri = PublicUrl(context.RedirectUri, hosting);
        return context;
    }
}
