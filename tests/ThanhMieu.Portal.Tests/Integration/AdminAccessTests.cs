using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class AdminAccessTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>Every admin endpoint the app maps, read from its own routing table, so new screens are covered.</summary>
    private static List<(string Method, string Url)> AdminEndpoints(SeededPortal factory)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var result = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            if (action is null || !(action.RouteValues.TryGetValue("area", out var area) && area == "Admin")
                || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var url = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                    _ => "",
                }))));
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            result.AddRange(methods.Select(m => (m, url)));
        }

        return result;
    }

    [Fact]
    public async Task EveryAdminEndpoint_RedirectsAnonymousUsersToSignIn()
    {
        var endpoints = AdminEndpoints(factory);
        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} admin endpoints found");
        var client = factory.CreateBrowserClient();

        foreach (var (method, url) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method != "GET")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            var response = await client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url} answered {(int)response.StatusCode}");
            Assert.StartsWith("/admin/dang-nhap", response.LocationPath());
        }
    }

    [Fact]
    public async Task SignInPage_IsVietnameseAndNeverCached()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/admin/dang-nhap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var document = await TestForms.ParseAsync(response);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Đăng nhập", document.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/admin/nguoi-dung")]
    [InlineData("/admin/nguoi-dung/tao")]
    [InlineData("/admin/nhat-ky")]
    [InlineData("/admin/cai-dat")]
    public async Task Editor_IsForbiddenFromAdministratorScreens(string url)
    {
        var editor = await factory.SignedInClientAsync(PortalUser.EditorRole);

        var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", (await TestForms.ParseAsync(response)).Body?.TextContent);
    }

    [Fact]
    public async Task Editor_CannotCreateUsersByPosting()
    {
        var editor = await factory.SignedInClientAsync(PortalUser.EditorRole);
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await editor.PostFormAsync("/admin/nguoi-dung/tao", new Dictionary<string, string>
        {
            ["Email"] = "moi@example.org",
            ["DisplayName"] = "Mới",
            ["Role"] = PortalUser.AdministratorRole,
        }, formPage: "/admin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Administrator_SeesUserManagement()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var document = await admin.GetDocumentAsync("/admin/nguoi-dung");

        Assert.Contains("Người dùng", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var response = await admin.PostAsync("/admin/nguoi-dung/tao", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "khong-token@example.org",
            ["DisplayName"] = "X",
            ["Role"] = PortalUser.EditorRole,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Users.FirstOrDefaultAsync(u => u.Email == "khong-token@example.org")));
    }

    [Fact]
    public async Task AdminPages_AreNeverCached()
    {
        var editor = await factory.SignedInClientAsync(PortalUser.EditorRole);

        var response = await editor.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
