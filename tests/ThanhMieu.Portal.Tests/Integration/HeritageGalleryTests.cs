using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>A heritage site's gallery: edited on the site's edit screen, shown on its public page as figures, in order.</summary>
public sealed class HeritageGalleryTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string AddPhotoForm = "form[action$='/anh/them']";

    public static async Task<(int Id, string Slug)> CreateSiteAsync(PortalFactory factory, HttpClient client)
    {
        var name = "Đình thử ảnh " + ArticleForms.Unique();
        var id = IdFromRedirect(await client.SubmitAsync("/admin/di-san/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Kind"] = nameof(HeritageKind.Dinh),
            ["Form.Summary"] = "Tóm tắt thử.",
        }));
        return (id, await factory.WithDbAsync(db => db.HeritageSites.Where(h => h.Id == id).Select(h => h.Slug).SingleAsync()));
    }

    public static Task<HttpResponseMessage> AddPhotoAsync(HttpClient client, int siteId, string path, string alt, string caption, int order) =>
        client.SubmitAsync($"/admin/di-san/{siteId}/sua", AddPhotoForm, new Dictionary<string, string>
        {
            ["NewPhoto.MediaPath"] = path,
            ["NewPhoto.AltText"] = alt,
            ["NewPhoto.Caption"] = caption,
            ["NewPhoto.SortOrder"] = order.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private Task<int> PhotoCountAsync(int siteId) => factory.WithDbAsync(db => db.HeritagePhotos.CountAsync(p => p.HeritageSiteId == siteId));

    [Fact]
    public async Task SeededSites_ShowNoGallerySection()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/di-san/den-tam-giang");

        Assert.Null(page.QuerySelector("section.gallery"));
        Assert.Empty(page.QuerySelectorAll("figure"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.HeritagePhotos.CountAsync()));
    }

    [Fact]
    public async Task PhotoWithoutAltText_IsRefusedInVietnamese_AndNothingIsSaved()
    {
        var client = await factory.SignedInClientAsync();
        var (id, _) = await CreateSiteAsync(factory, client);
        var asset = await PictureTests.UploadJpegAsync(factory, client, 800, 600);

        var response = await AddPhotoAsync(client, id, "/media/" + asset.FileName, "", "Chú thích", 1);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Vui lòng nhập mô tả ảnh", FieldError(await ParseAsync(response), "NewPhoto.AltText"), StringComparison.Ordinal);
        Assert.Equal(0, await PhotoCountAsync(id));
    }

    [Theory]
    [InlineData("/media/0123456789abcdef0123456789abcdef.jpg")]
    [InlineData("https://example.org/anh.jpg")]
    public async Task PhotoFromOutsideTheLibrary_IsRefusedInVietnamese(string path)
    {
        var client = await factory.SignedInClientAsync();
        var (id, _) = await CreateSiteAsync(factory, client);

        var response = await AddPhotoAsync(client, id, path, "Cổng đình", "", 1);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không có ảnh nào trong thư viện ảnh", FieldError(await ParseAsync(response), "NewPhoto.MediaPath"), StringComparison.Ordinal);
        Assert.Equal(0, await PhotoCountAsync(id));
    }

    [Fact]
    public async Task Photos_AppearInOrderWithEscapedCaptions_ReorderAndRemove_WithAnAuditTrail()
    {
        var client = await factory.SignedInClientAsync();
        var (id, slug) = await CreateSiteAsync(factory, client);
        var first = await PictureTests.UploadJpegAsync(factory, client, 2000, 1500);
        var second = await PictureTests.UploadJpegAsync(factory, client, 800, 600);
        const string hostile = "Lễ rước <script>alert(1)</script><b>đậm</b>";

        AssertRedirect(await AddPhotoAsync(client, id, "/media/" + first.FileName, "Cổng đình", hostile, 1), $"/admin/di-san/{id}/sua#anh");
        AssertRedirect(await AddPhotoAsync(client, id, "/media/" + second.FileName, "Sân đình", "", 2), $"/admin/di-san/{id}/sua#anh");

        var page = await factory.CreateClient().GetDocumentAsync("/di-san/" + slug);
        var figures = page.QuerySelectorAll("section.gallery figure").ToList();
        Assert.Equal(["Cổng đình", "Sân đình"], figures.Select(f => f.QuerySelector("img")?.GetAttribute("alt")));
        var img = figures[0].QuerySelector("img")!;
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal(("2000", "1500"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Contains("/media/" + MediaLibrary.VariantName(first.FileName, 960) + " 960w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        var caption = figures[0].QuerySelector("figcaption")!;
        Assert.Equal(hostile, caption.TextContent);
        Assert.Empty(caption.Children);
        Assert.Null(figures[1].QuerySelector("figcaption"));

        var photo = await factory.WithDbAsync(db => db.HeritagePhotos.AsNoTracking().SingleAsync(p => p.HeritageSiteId == id && p.MediaAssetId == first.Id));
        var reordered = await client.SubmitAsync($"/admin/di-san/{id}/sua", $"form[action$='/anh/{photo.Id}/sua']", new Dictionary<string, string>
        {
            [$"Photo{photo.Id}.SortOrder"] = "3",
        });
        AssertRedirect(reordered, $"/admin/di-san/{id}/sua#anh");
        var after = (await factory.CreateClient().GetDocumentAsync("/di-san/" + slug)).QuerySelectorAll("section.gallery figure img");
        Assert.Equal(["Sân đình", "Cổng đình"], after.Select(i => i.GetAttribute("alt")));

        var question = await client.GetDocumentAsync($"/admin/di-san/{id}/anh/{photo.Id}/xoa");
        Assert.Contains("Cổng đình", question.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        AssertRedirect(await client.SubmitAsync(question, "main form[method=post]"), $"/admin/di-san/{id}/sua#anh");
        Assert.Equal(1, await PhotoCountAsync(id));
        // The image stays in the library and is still served.
        Assert.True(await factory.WithDbAsync(db => db.MediaAssets.AnyAsync(m => m.Id == first.Id)));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/media/" + first.FileName)).StatusCode);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(HeritagePhoto) && e.EntityId == photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.Action).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.Contains(AuditAction.Create, audit);
        Assert.Contains(AuditAction.Update, audit);
        Assert.Contains(AuditAction.Delete, audit);
        Assert.Equal("Ảnh di sản", AuditNames.Entity(nameof(HeritagePhoto)));
        var trail = Text(await (await factory.SignedInClientAsync(PortalUser.AdministratorRole)).GetDocumentAsync("/admin/nhat-ky"));
        Assert.Contains("Ảnh di sản", trail, StringComparison.Ordinal);
        Assert.Contains("Ảnh “Cổng đình” của", trail, StringComparison.Ordinal);
    }
}
