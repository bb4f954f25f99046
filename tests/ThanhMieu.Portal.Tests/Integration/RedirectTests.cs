using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Redirects never lead to the request's Host, and the sign-in page keeps only local return addresses.</summary>
public sealed class RedirectTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private static HttpClient ForHost(PortalFactory portal, string host) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    [Fact]
    public async Task SignInRedirect_ForAHostileHost_IsRelative()
    {
        var response = await ForHost(factory, "evil.example").GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, location.OriginalString);
        Assert.StartsWith("/admin/dang-nhap?ReturnUrl=", location.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInRedirect_WithAPublicBaseUrl_GoesToThatOrigin()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?> { ["Hosting:PublicBaseUrl"] = "https://portal.example" });

        var response = await ForHost(portal, "evil.example").GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://portal.example/admin/dang-nhap?ReturnUrl=", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedHosts_RefusesAnyOtherHost()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "portal.example" });

        var hostile = await ForHost(portal, "evil.example").GetAsync("/admin");
        var ours = await ForHost(portal, "portal.example").GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.Null(hostile.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, ours.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/admin")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task SignInPage_DropsAReturnUrlToAnotherSite(string returnUrl)
    {
        var client = factory.CreateBrowserClient();

        var shown = await client.GetDocumentAsync("/admin/dang-nhap?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var failed = await client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string>
        {
            ["Email"] = "khong-co@example.org",
            ["Password"] = "sai-mat-khau-roi-day",
            ["ReturnUrl"] = returnUrl,
        });
        var shownAgain = await TestForms.ParseAsync(failed);

        Assert.Equal("", shown.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal("", shownAgain.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"));
        Assert.DoesNotContain("evil.example", shown.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", shownAgain.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_KeepsALocalReturnUrl()
    {
        var shown = await factory.CreateBrowserClient().GetDocumentAsync("/admin/dang-nhap?returnUrl=%2Fadmin%2Fbai-viet");

        Assert.Equal("/admin/bai-viet", shown.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"));
    }
}
