using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static readonly string[] PublicPages =
    [
        "/", "/gioi-thieu", "/dai-hoi", "/thanh-tuu", "/muc-tieu", "/di-san", "/di-san/den-tam-giang", "/di-san/pho-am-thuc-tien-dung",
        "/tin-tuc", "/tin-tuc?trang=2", "/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "/khong-co-trang-nay",
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
            problems.AddRange(await PageAudit.SeriousViolationsAsync(page));
            var overflow = await PageAudit.HorizontalOverflowAsync(page);
            if (overflow > 0)
            {
                problems.Add($"{path} scrolls sideways by {overflow}px at {viewport.Width}px");
            }

            await PageAudit.ScreenshotAsync(page, viewport, PageAudit.NameFor(path));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task EveryAdminScreen_PassesAxeAndFitsTheScreen(Viewport viewport)
    {
        var email = $"a11y-{viewport.Name}-{Guid.NewGuid():N}@example.org";
        await fixture.Portal.CreateUserAsync(email, PortalUser.AdministratorRole);
        var page = await fixture.NewPageAsync(viewport);

        await page.GotoAsync("/admin/dang-nhap");
        var problems = await PageAudit.SeriousViolationsAsync(page);
        await PageAudit.ScreenshotAsync(page, viewport, "admin_dang-nhap");
        await BrowserFixture.SignInAsync(page, email);

        var visited = await AdminCrawler.VisitAllAsync(page, async path =>
        {
            problems.AddRange(await PageAudit.SeriousViolationsAsync(page));
            var overflow = await PageAudit.HorizontalOverflowAsync(page);
            if (overflow > 0)
            {
                problems.Add($"{path} scrolls sideways by {overflow}px at {viewport.Width}px");
            }

            await PageAudit.ScreenshotAsync(page, viewport, PageAudit.NameFor(path));
        });

        Assert.True(visited.Count >= 8, "admin screens visited: " + string.Join(", ", visited));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
