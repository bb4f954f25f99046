using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>
/// A measured target's page in a real browser: its facts, progress bar and dated history pass axe and fit a phone,
/// and the share is written out, so it does not rest on the bar's colour.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class TargetBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [MemberData(nameof(AccessibilityTests.Viewports), MemberType = typeof(AccessibilityTests))]
    public async Task MeasuredTargetPage_PassesAxe_FitsTheScreen_AndWritesTheShareOut(Viewport viewport)
    {
        var client = await fixture.SignedInClientAsync();
        var title = $"Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình {viewport.Name} {ArticleForms.Unique()}";
        var (_, slug) = await TargetTrackerTests.CreateMeasuredTargetAsync(fixture.Portal, client, title);
        var page = await fixture.NewPageAsync(viewport);

        await page.GotoAsync("/muc-tieu/" + slug);

        Assert.Equal(50, await page.Locator(".share progress").EvaluateAsync<int>("p => p.value"));
        Assert.Contains("50% chặng đường", await page.Locator(".share").InnerTextAsync(), StringComparison.Ordinal);
        var problems = await PageAudit.CheckAsync(page, viewport, "muc-tieu_co-so-lieu");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
