using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>The article editor in a real browser: admin-editor.js at work, and axe-core on every article screen.</summary>
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
        await page.GotoAsync("/admin/bai-viet/tao");

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

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task ArticleScreens_PassAxeAndFitTheScreen(Viewport viewport)
    {
        var page = await fixture.SignedInPageAsync(viewport);
        var problems = new List<string>();
        async Task CheckAsync(string name)
        {
            problems.AddRange(await PageAudit.SeriousViolationsAsync(page));
            var overflow = await PageAudit.HorizontalOverflowAsync(page);
            if (overflow > 0)
            {
                problems.Add($"{page.Url} scrolls sideways by {overflow}px at {viewport.Width}px");
            }

            await PageAudit.ScreenshotAsync(page, viewport, "admin_bai-viet_" + name);
        }

        await page.GotoAsync("/admin/bai-viet");
        await CheckAsync("danh-sach");
        await page.GotoAsync("/admin/bai-viet/tao");
        await CheckAsync("tao");

        // A save with errors shows them beside the fields.
        await page.GetByLabel("Đường dẫn ảnh").FillAsync("/media/anh.webp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-valmsg-for=Title]")).ToHaveTextAsync("Vui lòng nhập tiêu đề.");
        await CheckAsync("tao-loi");

        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync($"Lễ hội rước nước {viewport.Name} {Guid.NewGuid():N}");
        await page.GetByLabel("Mô tả ảnh bìa").FillAsync("Đoàn rước nước trên sông Lô");
        await Body(page).FillAsync("Đoạn mở đầu.\n\n| Năm | Số đoàn |\n|---|---|\n| 2024 | 12 |\n| 2025 | 15 |");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());
        var editUrl = page.Url;
        await Body(page).FillAsync("Đoạn mở đầu đã sửa.\n\n| Năm | Số đoàn |\n|---|---|\n| 2024 | 12 |\n| 2025 | 16 |");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu bài viết" })).ToBeVisibleAsync();
        await CheckAsync("sua");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lịch sử phiên bản (2)" }).ClickAsync();
        await CheckAsync("phien-ban");
        // Followed by address: on a phone the link sits in the sideways-scrolling table.
        await page.GotoAsync((await page.GetByRole(AriaRole.Link, new() { Name = "So sánh với bản trước" }).First.GetAttributeAsync("href"))!);
        await Assertions.Expect(page.Locator(".diff-lines ins").First).ToBeVisibleAsync();
        await CheckAsync("so-sanh");

        // Someone else saved meanwhile: the stale form's save lands on the conflict page.
        await page.GotoAsync(editUrl);
        await page.Locator("input[name=ConcurrencyStamp]").EvaluateAsync("input => input.value = '00000000-0000-0000-0000-000000000001'");
        await Body(page).FillAsync("Bản của tôi.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bài viết vừa được người khác lưu" })).ToBeVisibleAsync();
        await CheckAsync("xung-dot");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
