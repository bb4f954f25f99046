using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.ArticleForms;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Old addresses keep working: a renamed page's old address answers 301 to the new one (never through a chain), staff
/// map old paths and old host names in /admin/chuyen-huong, and loops, chains and addresses off the site are refused.
/// </summary>
public sealed class LastingUrlsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";
    private const string CreateRedirectUrl = "/admin/chuyen-huong/tao";

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task AssertMovedAsync(HttpClient client, string oldUrl, string newUrl)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, oldUrl));
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{method} {oldUrl}: expected 301, got {(int)response.StatusCode}");
            Assert.Equal(newUrl, response.Headers.Location!.OriginalString);
            Assert.Contains("max-age=", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> CreateRedirectAsync(HttpClient client, string? host, string? from, string to) =>
        await client.SubmitAsync(CreateRedirectUrl, Form, new Dictionary<string, string>
        {
            ["Form.FromHost"] = host ?? "",
            ["Form.FromPath"] = from ?? "",
            ["Form.ToPath"] = to,
        });

    private static async Task<string> RedirectErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return FieldError(await ParseAsync(response), field);
    }

    [Fact]
    public async Task RenamedArticle_OldAddressesLeadStraightToTheNewOne_AndARenameBackIsAPageAgain()
    {
        var editor = await factory.SignedInClientAsync();
        var first = "bai-doi-ten-" + Unique();
        var id = await editor.CreateArticleAsync(f =>
        {
            f["Title"] = "Bài đổi tên";
            f["Slug"] = first;
            f["BodyMarkdown"] = "Nội dung.";
            f["Status"] = nameof(ArticleStatus.Published);
        });
        var visitor = Anonymous();

        await editor.EditArticleAsync(id, f => f["Slug"] = first + "-2");
        await AssertMovedAsync(visitor, $"/tin-tuc/{first}", $"/tin-tuc/{first}-2");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/tin-tuc/{first}-2")).StatusCode);

        // A second rename: both old addresses go to the newest in one hop.
        await editor.EditArticleAsync(id, f => f["Slug"] = first + "-3");
        await AssertMovedAsync(visitor, $"/tin-tuc/{first}", $"/tin-tuc/{first}-3");
        await AssertMovedAsync(visitor, $"/tin-tuc/{first}-2", $"/tin-tuc/{first}-3");

        // Back to the first name: that address is the page again, the others lead to it.
        await editor.EditArticleAsync(id, f => f["Slug"] = first);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/tin-tuc/{first}")).StatusCode);
        await AssertMovedAsync(visitor, $"/tin-tuc/{first}-2", $"/tin-tuc/{first}");
        await AssertMovedAsync(visitor, $"/tin-tuc/{first}-3", $"/tin-tuc/{first}");
        Assert.Equal(2, await factory.WithDbAsync(db => db.Redirects.CountAsync(r => r.ToPath == $"/tin-tuc/{first}" && r.IsAutomatic)));

        var list = await editor.GetDocumentAsync("/admin/chuyen-huong?Q=" + first);
        Assert.Contains("Tự động", Text(list.QuerySelector("table")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamedDraft_LeavesNoRedirect_SoItsNewAddressIsNotRevealed()
    {
        var editor = await factory.SignedInClientAsync();
        var slug = "ban-nhap-" + Unique();
        var id = await editor.CreateArticleAsync(f =>
        {
            f["Title"] = "Bản nháp";
            f["Slug"] = slug;
        });

        await editor.EditArticleAsync(id, f => f["Slug"] = slug + "-moi");

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/tin-tuc/{slug}")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Redirects.AnyAsync(r => r.FromPath == $"/tin-tuc/{slug}")));
    }

    [Fact]
    public async Task RenamedHeritageSite_AndTag_KeepTheirOldAddresses()
    {
        var editor = await factory.SignedInClientAsync();
        var site = await factory.WithDbAsync(db => db.HeritageSites.OrderBy(h => h.Id).Select(h => new { h.Id, h.Slug }).FirstAsync());
        var tag = await factory.WithDbAsync(db => db.Tags.OrderBy(t => t.Id).Select(t => new { t.Id, t.Slug }).FirstAsync());

        AssertRedirect(await editor.SubmitAsync($"/admin/di-san/{site.Id}/sua", Form, new Dictionary<string, string> { ["Form.Slug"] = site.Slug + "-moi" }), "/admin/di-san/");
        AssertRedirect(await editor.SubmitAsync($"/admin/the/{tag.Id}/sua", Form, new Dictionary<string, string> { ["Form.Slug"] = tag.Slug + "-moi" }), "/admin/the/");

        await AssertMovedAsync(Anonymous(), $"/di-san/{site.Slug}", $"/di-san/{site.Slug}-moi");
        await AssertMovedAsync(Anonymous(), $"/tin-tuc/the/{tag.Slug}", $"/tin-tuc/the/{tag.Slug}-moi");
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Redirect) && a.Summary.Contains(site.Slug)));
        Assert.True(audit);
    }

    [Fact]
    public async Task StaffRedirect_OfAnOldPath_WithOrWithoutItsQuery_Works_AndNeverHidesAPage()
    {
        var editor = await factory.SignedInClientAsync();
        var old = "/trang-cu-" + Unique();

        AssertRedirect(await CreateRedirectAsync(editor, null, old + "/Gioi-Thieu.html/", "/gioi-thieu"), "/admin/chuyen-huong/");
        AssertRedirect(await CreateRedirectAsync(editor, null, old + "/index.php?option=com_content&id=12", "/lien-he"), "/admin/chuyen-huong/");
        AssertRedirect(await CreateRedirectAsync(editor, null, "/thu-tuc-hanh-chinh", "/gioi-thieu"), "/admin/chuyen-huong/");

        var visitor = Anonymous();
        await AssertMovedAsync(visitor, old + "/gioi-thieu.html", "/gioi-thieu");
        await AssertMovedAsync(visitor, old + "/index.php?option=com_content&id=12", "/lien-he");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(old + "/index.php?option=com_content&id=13")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/thu-tuc-hanh-chinh")).StatusCode);

        // Stopping (archiving) a redirect ends it.
        var id = await factory.WithDbAsync(db => db.Redirects.Where(r => r.FromPath == old + "/gioi-thieu.html").Select(r => r.Id).SingleAsync());
        await editor.PostFormAsync($"/admin/chuyen-huong/{id}/luu-tru", [], $"/admin/chuyen-huong/{id}/sua");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(old + "/gioi-thieu.html")).StatusCode);
    }

    [Fact]
    public async Task Loops_AndChains_AreRefusedWhenSaved()
    {
        var editor = await factory.SignedInClientAsync();
        var p = "/vong-" + Unique();

        Assert.Contains("quay vòng", await RedirectErrorAsync(await CreateRedirectAsync(editor, null, p + "/a", p + "/a/"), "Form.ToPath"), StringComparison.Ordinal);

        AssertRedirect(await CreateRedirectAsync(editor, null, p + "/b", p + "/c"), "/admin/chuyen-huong/");
        Assert.Contains("quay vòng", await RedirectErrorAsync(await CreateRedirectAsync(editor, null, p + "/c", p + "/b"), "Form.ToPath"), StringComparison.Ordinal);
        Assert.Contains("hai lần chuyển", await RedirectErrorAsync(await CreateRedirectAsync(editor, null, p + "/x", p + "/b"), "Form.ToPath"), StringComparison.Ordinal);
        Assert.Contains("hai lần chuyển", await RedirectErrorAsync(await CreateRedirectAsync(editor, null, p + "/c", "/gioi-thieu"), "Form.FromPath"), StringComparison.Ordinal);
        Assert.Contains("Đã có chuyển hướng", await RedirectErrorAsync(await CreateRedirectAsync(editor, null, p + "/B/", "/gioi-thieu"), "Form.FromPath"), StringComparison.Ordinal);

        Assert.Equal(1, await factory.WithDbAsync(db => db.Redirects.CountAsync(r => r.FromPath.StartsWith(p))));
    }

    [Theory]
    [InlineData("", "/cu", "https://evil.example/", "Form.ToPath")]
    [InlineData("", "/cu", "//evil.example", "Form.ToPath")]
    [InlineData("", "/cu", "/\\evil.example", "Form.ToPath")]
    [InlineData("", "/cu", "javascript:alert(1)", "Form.ToPath")]
    [InlineData("", "/cu", "/a\"><script>alert(1)</script>", "Form.ToPath")]
    [InlineData("", "cu-khong-co-gach", "/gioi-thieu", "Form.FromPath")]
    [InlineData("", "/cu <b>", "/gioi-thieu", "Form.FromPath")]
    [InlineData("", "/cu#phan", "/gioi-thieu", "Form.FromPath")]
    [InlineData("", "/admin/nguoi-dung", "/gioi-thieu", "Form.FromPath")]
    [InlineData("", "/health/ready", "/gioi-thieu", "Form.FromPath")]
    [InlineData("", "", "/gioi-thieu", "Form.FromPath")]
    [InlineData("https://tiencat.example.gov.vn", "/cu", "/gioi-thieu", "Form.FromHost")]
    [InlineData("tiencat.example.gov.vn", "/cu", "/gioi-thieu", "Form.FromHost")]
    public async Task BadRedirects_AreRefusedInVietnamese_AndNothingIsSaved(string host, string from, string to, string field)
    {
        var editor = await factory.SignedInClientAsync();
        var before = await factory.WithDbAsync(db => db.Redirects.CountAsync());

        var message = await RedirectErrorAsync(await CreateRedirectAsync(editor, host, from, to), field);

        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Redirects.CountAsync()));
    }
}

/// <summary>Requests under an old website's host name go to the portal's configured origin.</summary>
public sealed class OldHostRedirectTests : IDisposable
{
    private const string Origin = "https://portal.example";
    private const string OldHost = "tiencat.example.gov.vn";
    private readonly PortalFactory _portal = new(settings: new Dictionary<string, string?> { ["Hosting:PublicBaseUrl"] = Origin });

    public void Dispose() => _portal.Dispose();

    private HttpClient ForHost(string host) =>
        _portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    [Fact]
    public async Task OldHost_ItsMappedPaths_ItsOtherPaths_AndTheProbes()
    {
        var editor = await _portal.SignedInClientAsync();
        var site = await _portal.WithDbAsync(db => db.HeritageSites.OrderBy(h => h.Id).Select(h => h.Slug).FirstAsync());
        foreach (var (from, to) in new[] { ("/index.php?id=5", $"/di-san/{site}"), ("", "/gioi-thieu#tien-cat") })
        {
            AssertRedirect(await editor.SubmitAsync("/admin/chuyen-huong/tao", "main form[method=post]", new Dictionary<string, string>
            {
                ["Form.FromHost"] = "TienCat.Example.gov.vn.",
                ["Form.FromPath"] = from,
                ["Form.ToPath"] = to,
            }), "/admin/chuyen-huong/");
        }

        var old = ForHost(OldHost);
        var mapped = await old.GetAsync("/index.php?id=5");
        var other = await old.GetAsync("/tin-tuc/bai-cu-bat-ky");
        var home = await old.GetAsync("/");

        Assert.Equal(HttpStatusCode.MovedPermanently, mapped.StatusCode);
        Assert.Equal($"{Origin}/di-san/{site}", mapped.Headers.Location!.OriginalString);
        Assert.Equal($"{Origin}/gioi-thieu#tien-cat", other.Headers.Location!.OriginalString);
        Assert.Equal($"{Origin}/gioi-thieu#tien-cat", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/health/live")).StatusCode);

        // A host nobody mapped is served as before, and a post to the old host is not redirected.
        Assert.Equal(HttpStatusCode.OK, (await ForHost("localhost").GetAsync("/")).StatusCode);
        Assert.NotEqual(HttpStatusCode.MovedPermanently, (await old.PostAsync("/hoi-dap", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task ThePortalsOwnHost_CannotBeMappedAsAnOldOne()
    {
        var editor = await _portal.SignedInClientAsync();

        var response = await editor.SubmitAsync("/admin/chuyen-huong/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.FromHost"] = "portal.example",
            ["Form.FromPath"] = "",
            ["Form.ToPath"] = "/",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("chính cổng này", FieldError(await ParseAsync(response), "Form.FromHost"), StringComparison.Ordinal);
    }
}
