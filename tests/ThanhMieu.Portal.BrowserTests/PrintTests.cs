using Microsoft.Playwright;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>Every public page, printed: its content on the sheet, headed by the ward's name and ending with its address.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PrintTests(BrowserFixture fixture)
{
    /// <summary>An A4 sheet's printable width at 96 dpi, less the page margins (210 mm − 2 × 14 mm).</summary>
    private static readonly Viewport Sheet = new("a4", 688, 1000, false);

    /// <summary>What a printed page must not show, and what it must: one list of problems per page.</summary>
    private const string CheckPrintedPage = """
        () => {
          const shown = el => !!el && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0;
          const problems = [];
          for (const selector of ['.site-nav', '.site-search', '.language-switch', '.skip-link', '.breadcrumb', '.pager', 'main form', 'nav.services']) {
            for (const element of document.querySelectorAll(selector)) {
              if (shown(element)) problems.push(selector + ' is printed');
            }
          }
          const heading = document.querySelector('main h1');
          if (!shown(heading) || heading.innerText.trim() === '') problems.push('no heading on the sheet');
          if (!shown(document.querySelector('.brand-name'))) problems.push('the ward name is not printed');
          const source = document.querySelector('.site-footer .print-only');
          if (!shown(source) || !source.textContent.includes(location.pathname)) problems.push('the page address is not printed');
          for (const details of document.querySelectorAll('main details')) {
            const inside = [...details.children].find(child => child.tagName !== 'SUMMARY');
            if (inside && inside.getBoundingClientRect().height === 0) problems.push('a folded part stays folded: ' + details.querySelector('summary')?.innerText);
          }
          const overflow = document.documentElement.scrollWidth - window.innerWidth;
          if (overflow > 0) problems.push('wider than the sheet by ' + overflow + 'px');
          return problems;
        }
        """;

    [Fact]
    public async Task EveryPublicPage_PrintsItsContent_WithoutNavigation_AndWithItsAddress()
    {
        var page = await fixture.NewPageAsync(Sheet);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var problems = new List<string>();
        var unfolded = 0;

        foreach (var path in AccessibilityTests.PublicPages)
        {
            await page.GotoAsync(path);
            problems.AddRange((await page.EvaluateAsync<string[]>(CheckPrintedPage)).Select(problem => $"{path}: {problem}"));
            unfolded += await page.Locator("main details").CountAsync();
            if (PageAudit.ScreenshotsWanted)
            {
                var folder = Path.Combine(BrowserFixture.ScreenshotFolder, "print");
                Directory.CreateDirectory(folder);
                var name = Path.Combine(folder, PageAudit.NameFor(path));
                await page.PdfAsync(new() { Path = name + ".pdf", Format = "A4" });
                await page.ScreenshotAsync(new() { Path = name + ".png", FullPage = true });
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(unfolded > 0, "no page with a folded part was printed, so unfolding was not checked");
    }

    [Fact]
    public async Task APrintedPage_KeepsTheFooter_OnWhitePaper_AndTheAddressLineIsOnlyOnPaper()
    {
        var page = await fixture.NewPageAsync(Sheet);
        await page.GotoAsync("/dai-hoi");
        Assert.False(await page.Locator(".site-footer .print-only").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.True(await page.Locator(".site-footer .print-only").IsVisibleAsync());
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.Equal("rgba(0, 0, 0, 0)", background);
    }
}
