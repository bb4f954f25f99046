using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>The headers every response carries, HSTS over HTTPS and Secure cookies, through the app in memory.</summary>
public sealed class SecurityHeadersTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private HttpClient Https() => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://portal.example/"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/admin/dang-nhap")]
    [InlineData("/admin")]
    [InlineData("/health/live")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await factory.CreateBrowserClient().GetAsync(path);

        var csp = HttpRequests.Header(response.Headers, "Content-Security-Policy");
        Assert.NotNull(csp);
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Contains("base-uri 'none'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("form-action 'self'", directives);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", HttpRequests.Header(response.Headers, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", HttpRequests.Header(response.Headers, "Referrer-Policy"));
        Assert.Contains("camera=()", HttpRequests.Header(response.Headers, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", HttpRequests.Header(response.Headers, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", HttpRequests.Header(response.Headers, "Cross-Origin-Opener-Policy"));
        Assert.Equal("DENY", HttpRequests.Header(response.Headers, "X-Frame-Options"));
    }

    [Fact]
    public async Task Https_SendsHstsForAYearAtLeast()
    {
        var response = await Https().GetAsync("/");

        var hsts = HttpRequests.Header(response.Headers, "Strict-Transport-Security");
        Assert.NotNull(hsts);
        var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 365 * 24 * 3600, hsts);
        Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_SendsNoHsts()
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://portal.example/") }).GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(HttpRequests.Header(response.Headers, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_MakesTheAntiforgerySignInAndTempDataCookiesSecure()
    {
        var email = $"cookie-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var client = Https();

        var signInPage = await client.GetAsync("/admin/dang-nhap");
        var antiforgery = HttpRequests.SetCookie(signInPage, ".AspNetCore.Antiforgery.");
        var signIn = await client.SignInAsync(email, AdminClient.Password);
        var auth = HttpRequests.SetCookie(signIn, "tm.admin=");
        var changed = await client.PostFormAsync("/admin/doi-mat-khau", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AdminClient.Password,
            ["NewPassword"] = "mot-cum-tu-moi-cung-du-dai",
            ["ConfirmPassword"] = "mot-cum-tu-moi-cung-du-dai",
        });
        var tempData = HttpRequests.SetCookie(changed, ".AspNetCore.Mvc.CookieTempDataProvider=");

        Assert.NotNull(antiforgery);
        Assert.True(HttpRequests.IsSecure(antiforgery), antiforgery);
        Assert.NotNull(auth);
        Assert.True(HttpRequests.IsSecure(auth), auth);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.NotNull(tempData);
        Assert.True(HttpRequests.IsSecure(tempData), tempData);
    }
}
