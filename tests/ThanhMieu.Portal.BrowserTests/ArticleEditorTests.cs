using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>The article editor in a real browser: admin-editor.js at work, and the article screens only a save reaches.</summary>
[Collection(BrowserGroup.Name)]
public sealed partial class ArticleEditorTests(BrowserFixture fixture)
{
    private const string NewDraftKey = "tm.article-draft:new";

    public static TheoryData<Viewport> Viewports() => [Viewport.Phone, Viewport.Desktop];

    [GeneratedRegex("/admin/bai-viet/\\d+/sua$")]
    private static partial Regex EditUrl();

    private static ILocator Body(IPage page) => page.GetByLabel("Nội dung (Markdown)");

    private static ILocator Preview(IPage page) => page.Locator("[data-preview]");

    [Fact]
    public async Task Editor_SuggestsTheSlug_PreviewsLive_OffersTheUnsavedCopy_AndDropsItAfterSaving()
    {
        var page = await fixture.SignedInPageAsync(Viewport.Desktop);
        var title = $"Hội thi nấu cơm {Guid.NewGuid():N}"[..30];
        await page.GotoAsync(ArticleForms.CreateUrl);

        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Đường dẫn", Exact = true })).ToHaveValueAsync(ThanhMieu.Portal.Services.Slugifier.Slugify(title));
        await Body(page).FillAsync("## Thể lệ\n\nĐội **nhanh nhất** thắng. <script>alert(1)</script>");
        await Assertions.Expect(Preview(page).Locator("strong")).ToHaveTextAsync("nhanh nhất");
        await Assertions.Expect(Preview(page).Locator("h2")).ToHaveTextAsync("Thể lệ");
        Assert.Equal(0, await Preview(page).Locator("script").CountAsync());

        // Leaving without saving, then coming back: the browser offers the copy it kept.
        await page.WaitForFunctionAsync($"() => localStorage.getItem('{NewDraftKey}') !== null");
        await page.ReloadAsync();
        var offer = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Có bản chưa lưu" });
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Tiêu đề", new() { Exact = true })).ToHaveValueAsync(title);
        await Assertions.Expect(Preview(page).Locator("strong")).ToHaveTextAsync("nhanh nhất");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu bài viết" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>($"() => localStorage.getItem('{NewDraftKey}')"));
        await page.ReloadAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).CountAsync());
    }

    /// <summary>An unsaved copy stays in the browser only as long as the session: signing out drops it (Clear-Site-Data).</summary>
    [Fact]
    public async Task SigningOut_DropsTheUnsavedCopies_ThisBrowserKept()
    {
        var page = await fixture.SignedInPageAsync(Viewport.Desktop);
        await page.GotoAsync(ArticleForms.CreateUrl);
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync($"Bản nháp riêng {Guid.NewGuid():N}"[..28]);
        await Body(page).FillAsync("Nội dung chưa lưu của một cán bộ.");
        await page.WaitForFunctionAsync($"() => localStorage.getItem('{NewDraftKey}') !== null");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập quản trị");

        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
    }

    /// <summary>
    /// The two article screens no link leads to, so the admin crawler (which checks the list, create, edit, history and
    /// compare screens) never sees them: the form showing its errors after a save, and the conflict page.
    /// </summary>
    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task FormWithErrors_AndConflictPage_PassAxeAndFitTheScreen(Viewport viewport)
    {
        var page = await fixture.SignedInPageAsync(viewport);
        var problems = new List<string>();

        await page.GotoAsync(ArticleForms.CreateUrl);
        await page.GetByLabel("Đường dẫn ảnh").FillAsync("/media/anh.webp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for=Title]")).ToHaveTextAsync("Vui lòng nhập tiêu đề.");
        problems.AddRange(await PageAudit.CheckAsync(page, viewport, "admin_bai-viet_tao-loi"));

        // Someone else saves while this page has the form open: its save lands on the conflict page.
        var other = await fixture.SignedInClientAsync();
        var table = "Đoạn mở đầu.\n\n| Năm | Số đoàn tham gia lễ rước | Ghi chú |\n|---|---|---|\n| 2024 | 12 | Đoàn từ các phường ven sông |";
        var id = await other.CreateArticleAsync(f =>
        {
            f["Title"] = $"Lễ hội rước nước {viewport.Name} {ArticleForms.Unique()}";
            f["BodyMarkdown"] = table;
        });
        await page.GotoAsync(ArticleForms.EditUrl(id));
        TestForms.AssertRedirect(await other.EditArticleAsync(id, f => f["BodyMarkdown"] = table + "\n| 2025 | 16 | |"), ArticleForms.EditUrl(id));
        await Body(page).FillAsync("Bản của tôi.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chưa lưu: có người khác vừa lưu mục này" })).ToBeVisibleAsync();
        problems.AddRange(await PageAudit.CheckAsync(page, viewport, "admin_bai-viet_xung-dot"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
