using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static readonly string[] PublicPages =
    [
        "/", "/gioi-thieu", "/dai-hoi", "/thanh-tuu", "/thanh-tuu/ty-le-ho-ngheo", "/muc-tieu", "/muc-tieu/xay-dung-thanh-mieu-thanh-diem-den-van-hoa", "/di-san", "/di-san/den-tam-giang", "/di-san/pho-am-thuc-tien-dung",
        "/di-san/lich-le-hoi",
        "/tin-tuc", "/tin-tuc?trang=2", "/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "/khong-co-trang-nay",
        "/hoi-dap", "/hoi-dap/tra-cuu", "/hoi-dap/tra-cuu?ma=sai",
        "/van-ban", "/van-ban?q=1676", "/van-ban/1676-nq-ubtvqh15", "/du-lieu-mo", "/du-lieu-mo/api",
        "/thong-bao", "/tin-tuc/chuyen-muc/tin-tuc", "/tin-tuc/the/sap-xep-don-vi-hanh-chinh", "/gioi-thieu/to-chuc",
        "/lien-he", "/thu-tuc-hanh-chinh",
        "/en", "/en/organisation", "/en/contact",
        "/tim-kiem", "/tim-kiem?q=den+tam+giang", "/tim-kiem?q=kh%C3%B4ng-c%C3%B3-k%E1%BA%BFt-qu%E1%BA%A3-n%C3%A0o",
    ];

    public static TheoryData<Viewport> Viewports() => [Viewport.Phone, Viewport.Desktop];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task EveryPublicPage_PassesAxeAndFitsTheScreen(Viewport viewport)
    {
        var page = await fixture.NewPageAsync(viewport);
        var problems = new List<string>();

        foreach (var path in PublicPages)
        {
            await page.GotoAsync(path);
            problems.AddRange(await PageAudit.CheckAsync(page, viewport, PageAudit.NameFor(path)));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The crawl starts with an article that has a table in its text and two revisions, so the edit, history and
    /// compare screens are checked with content that can overflow a phone, whichever other articles exist.
    /// </summary>
    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task EveryAdminScreen_PassesAxeAndFitsTheScreen(Viewport viewport)
    {
        var problems = new List<string>();
        var page = await fixture.SignedInPageAsync(
            viewport, PortalUser.AdministratorRole, async signIn => problems.AddRange(await PageAudit.CheckAsync(signIn, viewport, "admin_dang-nhap")));
        var id = await CreateArticleWithTwoRevisionsAsync($"Lễ hội rước nước {viewport.Name} {ArticleForms.Unique()}");
        string[] articleScreens = [ArticleForms.EditUrl(id), $"/admin/bai-viet/{id}/phien-ban"];

        var visited = await AdminCrawler.VisitAllAsync(page, articleScreens, async path =>
            problems.AddRange(await PageAudit.CheckAsync(page, viewport, PageAudit.NameFor(path))));

        Assert.True(visited.Count >= 8, "admin screens visited: " + string.Join(", ", visited));
        Assert.Superset(new HashSet<string>([.. articleScreens, $"/admin/bai-viet/{id}/so-sanh?tu=1&den=2", ArticleForms.CreateUrl, "/admin/bai-viet"]), visited.ToHashSet());
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>A heritage site with a gallery of a wide and a tall photo, one with a long caption, on a phone.</summary>
    [Fact]
    public async Task HeritagePageWithAGallery_PassesAxeAndFitsAPhone()
    {
        var client = await fixture.SignedInClientAsync();
        var (id, slug) = await HeritageGalleryTests.CreateSiteAsync(fixture.Portal, client);
        var wide = await PictureTests.UploadJpegAsync(fixture.Portal, client, 2000, 1000);
        var tall = await PictureTests.UploadJpegAsync(fixture.Portal, client, 600, 1200);
        TestForms.AssertRedirect(await HeritageGalleryTests.AddPhotoAsync(
            client, id, "/media/" + wide.FileName, "Cổng đình nhìn từ sân", "Cổng đình trong ngày hội làng, nhìn từ sân đình về phía hồ bán nguyệt", 1), $"/admin/di-san/{id}/sua");
        TestForms.AssertRedirect(await HeritageGalleryTests.AddPhotoAsync(client, id, "/media/" + tall.FileName, "Cột gỗ chạm rồng", "", 2), $"/admin/di-san/{id}/sua");
        var page = await fixture.NewPageAsync(Viewport.Phone);

        await page.GotoAsync("/di-san/" + slug);
        await page.Locator("section.gallery figure").Last.ScrollIntoViewIfNeededAsync();

        Assert.Equal(2, await page.Locator("section.gallery figure img").CountAsync());
        var problems = await PageAudit.CheckAsync(page, Viewport.Phone, "di-san_thu-vien-anh");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<int> CreateArticleWithTwoRevisionsAsync(string title)
    {
        var client = await fixture.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["CoverImagePath"] = "/media/ruoc-nuoc.webp";
            f["CoverImageAlt"] = "Đoàn rước nước trên sông Lô";
            f["BodyMarkdown"] = "Đoạn mở đầu.\n\n| Năm | Số đoàn tham gia lễ rước | Ghi chú |\n|---|---|---|\n| 2024 | 12 | Đoàn từ các phường ven sông |\n| 2025 | 15 | |";
        });
        TestForms.AssertRedirect(await client.EditArticleAsync(id, f => f["BodyMarkdown"] = f["BodyMarkdown"].Replace("| 2025 | 15 |", "| 2025 | 16 |", StringComparison.Ordinal)), ArticleForms.EditUrl(id));
        return id;
    }
}
