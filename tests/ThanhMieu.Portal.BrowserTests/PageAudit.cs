using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>The checks every page must pass: axe-core WCAG 2.1 A/AA, and no sideways scrolling.</summary>
public static class PageAudit
{
    /// <summary>
    /// The one width axe runs at. Both widths get the same markup (the CSS only resizes), so a second axe run found
    /// nothing new; at 375 px wide tables really scroll, which axe's scrollable-region rule needs to see.
    /// </summary>
    public static readonly Viewport AxeViewport = Viewport.Phone;

    /// <summary>Screenshots cost time on every page; they are taken only when PORTAL_SCREENSHOTS=1.</summary>
    public static bool ScreenshotsWanted { get; } = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") == "1";

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>
    /// The page as it is now, as one list of problems: sideways scrolling at every width, axe at <see cref="AxeViewport"/>,
    /// and a screenshot named <paramref name="name"/> when <see cref="ScreenshotsWanted"/>.
    /// </summary>
    public static async Task<List<string>> CheckAsync(IPage page, Viewport viewport, string name)
    {
        var problems = viewport == AxeViewport ? await SeriousViolationsAsync(page) : [];
        var overflow = await HorizontalOverflowAsync(page);
        if (overflow > 0)
        {
            problems.Add($"{page.Url} scrolls sideways by {overflow}px at {viewport.Width}px");
        }

        if (ScreenshotsWanted)
        {
            await ScreenshotAsync(page, viewport, name);
        }

        return problems;
    }

    /// <summary>Serious and critical axe violations on the page as it is now, one readable line each.</summary>
    private static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")];
    }

    /// <summary>How many pixels the page is wider than the viewport (0 when it does not scroll sideways).</summary>
    private static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    private static async Task ScreenshotAsync(IPage page, Viewport viewport, string name)
    {
        var folder = Path.Combine(BrowserFixture.ScreenshotFolder, viewport.Name);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>A file name for a path: "/di-san/den-tam-giang" → "di-san_den-tam-giang".</summary>
    public static string NameFor(string path)
    {
        var name = string.Concat(path.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));
        return name.Length == 0 ? "trang-chu" : name;
    }
}
