using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ThanhMieu.Portal.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed partial class StaffJourneyTests(BrowserFixture fixture)
{
    [GeneratedRegex("/admin/bai-viet/(\\d+)/sua")]
    private static partial Regex EditUrl();

    [GeneratedRegex("^Lịch sử phiên bản")]
    private static partial Regex HistoryLink();

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Editor_WritesPreviewsPublishesEditsRestoresAndSignsOut()
    {
        var page = await fixture.SignedInPageAsync(Viewport.Desktop);
        var title = "Thử nghiệm cổng thông tin " + Guid.NewGuid().ToString("N")[..6];

        await page.GetByRole(AriaRole.Link, new() { Name = "Viết bài mới" }).First.ClickAsync();
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Nội dung (Markdown)").FillAsync("## Lời mở đầu\n\nBản đầu tiên có chữ **đậm**.");
        var preview = page.Locator("[data-preview]");
        await Assertions.Expect(preview.Locator("h2")).ToHaveTextAsync("Lời mở đầu");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("đậm");
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Tin tức" });
        await page.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Đã xuất bản" });
        await SaveAsync(page);
        var editUrl = await FindEditUrlAsync(page, title);

        var reader = await page.Context.NewPageAsync();
        await reader.GotoAsync("/tin-tuc");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(reader.Locator(".prose strong")).ToHaveTextAsync("đậm");
        var publicUrl = reader.Url;

        await page.GotoAsync(editUrl);
        await page.GetByLabel("Nội dung (Markdown)").FillAsync("## Lời mở đầu\n\nBản thứ hai đã sửa.");
        await SaveAsync(page);
        await reader.GotoAsync(publicUrl);
        await Assertions.Expect(reader.Locator(".prose")).ToContainTextAsync("Bản thứ hai đã sửa.");

        await page.GotoAsync(editUrl);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = HistoryLink() }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục phiên bản 1" }).ClickAsync();
        await reader.GotoAsync(publicUrl);
        await Assertions.Expect(reader.Locator(".prose strong")).ToHaveTextAsync("đậm");
        await Assertions.Expect(reader.Locator(".prose")).Not.ToContainTextAsync("Bản thứ hai");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập quản trị");
        await page.GotoAsync("/admin/bai-viet");
        Assert.Contains("/admin/dang-nhap", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondWindow_EditingTheSameArticle_GetsTheConflictPageWithItsTextKept()
    {
        var first = await fixture.SignedInPageAsync(Viewport.Phone);
        var title = "Bài hai cửa sổ " + Guid.NewGuid().ToString("N")[..6];
        await first.GotoAsync("/admin/bai-viet/tao");
        await first.GetByLabel("Tiêu đề").FillAsync(title);
        await first.GetByLabel("Nội dung (Markdown)").FillAsync("Bản gốc.");
        await first.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Tin tức" });
        await SaveAsync(first);
        var editUrl = await FindEditUrlAsync(first, title);

        var second = await first.Context.NewPageAsync();
        await first.GotoAsync(editUrl);
        await second.GotoAsync(editUrl);
        await first.GetByLabel("Nội dung (Markdown)").FillAsync("Cửa sổ thứ nhất đã lưu.");
        await SaveAsync(first);
        await second.GetByLabel("Nội dung (Markdown)").FillAsync("Cửa sổ thứ hai cũng muốn lưu.");
        var response = await second.RunAndWaitForResponseAsync(
            () => second.GetByRole(AriaRole.Button, new() { Name = "Lưu bài viết" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(409, response.Status);
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Chưa lưu: có người khác vừa lưu mục này" })).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("main")).ToContainTextAsync("Cửa sổ thứ nhất đã lưu.");
        var kept = await second.Locator("textarea").EvaluateAllAsync<string[]>("areas => areas.map(a => a.value)");
        Assert.Contains(kept, v => v.Contains("Cửa sổ thứ hai cũng muốn lưu.", StringComparison.Ordinal));
    }

    /// <summary>The edit screen's address: where the save landed, or the article's link in the admin list.</summary>
    private static async Task<string> FindEditUrlAsync(IPage page, string title)
    {
        if (EditUrl().IsMatch(page.Url))
        {
            return new Uri(page.Url).PathAndQuery;
        }

        await page.GotoAsync("/admin/bai-viet");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = title }).First.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Matches(EditUrl(), href);
        return href;
    }
}
