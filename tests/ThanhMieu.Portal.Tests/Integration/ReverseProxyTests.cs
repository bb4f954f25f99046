using System.Net;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The portal on a real socket (Kestrel) behind a pretend reverse proxy on 127.0.0.1: forwarded headers are
/// believed only from configured proxies, and then give HSTS, Secure cookies and per-client rate limits.
/// </summary>
public sealed class ReverseProxyTests
{
    private static readonly Dictionary<string, string?> BehindProxy = new() { ["Hosting:KnownProxies:0"] = "127.0.0.1" };

    private static HttpRequestMessage ViaProxy(string path, string? forwardedFor = null)
    {
        // The public host: HSTS is never sent to localhost or 127.0.0.1.
        var request = HttpRequests.Get(path, ("X-Forwarded-Proto", "https"));
        request.Headers.Host = "portal.example";
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        using var portal = new InstrumentedPortal();
        using var client = portal.StartOnSocket();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task ForwardedHttps_FromAKnownProxy_GivesHstsAndSecureCookies()
    {
        using var portal = new InstrumentedPortal(BehindProxy);
        using var client = portal.StartOnSocket();
        var email = $"proxy-{Guid.NewGuid():N}@example.org";
        await portal.CreateUserAsync(email);

        var page = await client.SendAsync(ViaProxy("/admin/dang-nhap"));
        var antiforgery = HttpRequests.SetCookie(page, ".AspNetCore.Antiforgery.");
        Assert.NotNull(antiforgery);
        var token = TestForms.AntiforgeryToken(await TestForms.ParseAsync(page));
        var post = ViaProxy("/admin/dang-nhap");
        post.Method = HttpMethod.Post;
        post.Headers.Add("Cookie", HttpRequests.CookiePair(antiforgery));
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = AdminClient.Password,
            [TestForms.TokenField] = token,
        });
        var signIn = await client.SendAsync(post);

        Assert.Contains("max-age=31536000", HttpRequests.Header(page.Headers, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.True(HttpRequests.IsSecure(antiforgery), antiforgery);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = HttpRequests.SetCookie(signIn, "tm.admin=");
        Assert.NotNull(auth);
        Assert.True(HttpRequests.IsSecure(auth), auth);
    }

    [Fact]
    public async Task ForwardedHeaders_AreIgnoredWhenNoProxyIsConfigured()
    {
        using var portal = new InstrumentedPortal();
        using var client = portal.StartOnSocket();

        var page = await client.SendAsync(ViaProxy("/admin/dang-nhap"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(HttpRequests.Header(page.Headers, "Strict-Transport-Security"));
        var antiforgery = HttpRequests.SetCookie(page, ".AspNetCore.Antiforgery.");
        Assert.NotNull(antiforgery);
        Assert.False(HttpRequests.IsSecure(antiforgery), antiforgery);
    }

    [Fact]
    public async Task RateLimits_CountTheForwardedClientAddress()
    {
        using var portal = new InstrumentedPortal(new Dictionary<string, string?>(BehindProxy) { ["RateLimits:GeneralPerAddress"] = "1" });
        using var client = portal.StartOnSocket();

        var first = await client.SendAsync(ViaProxy("/kiem-thu/gioi-han", "203.0.113.7"));
        var again = await client.SendAsync(ViaProxy("/kiem-thu/gioi-han", "203.0.113.7"));
        var otherClient = await client.SendAsync(ViaProxy("/kiem-thu/gioi-han", "203.0.113.8"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }
}
