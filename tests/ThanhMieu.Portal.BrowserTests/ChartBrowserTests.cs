using Microsoft.Playwright;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>
/// The indicators' inline SVG charts in a real browser: on a phone they pass axe and fit the screen, and in forced
/// colours (Windows high contrast) and on paper every line and bar is still drawn.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ChartBrowserTests(BrowserFixture fixture)
{
    /// <summary>/thanh-tuu and one indicator page of each kind of chart: a line, bars (one against its total) and a figure.</summary>
    private static readonly string[] ChartPages =
    [
        "/thanh-tuu", "/thanh-tuu/ty-le-ho-ngheo", "/thanh-tuu/ty-le-ho-can-ngheo", "/thanh-tuu/truong-dat-chuan-quoc-gia", "/thanh-tuu/ho-kinh-doanh-ca-the",
    ];

    /// <summary>Each drawn stroke of the page's charts whose computed stroke is missing or invisible, one line each.</summary>
    private const string InvisibleStrokes = """
        () => {
          const invisible = value => !value || value === 'none' || value === 'transparent' || /rgba\(.*,\s*0\)$/.test(value);
          const problems = [];
          for (const element of document.querySelectorAll('svg.chart .chart-axis, svg.chart .chart-line, svg.chart .chart-bar, svg.chart .chart-dot, svg.chart .chart-total')) {
            const style = getComputedStyle(element);
            if (invisible(style.stroke) || parseFloat(style.strokeWidth) <= 0) problems.push(element.getAttribute('class') + ': stroke ' + style.stroke);
          }
          for (const element of document.querySelectorAll('svg.chart text')) {
            const fill = getComputedStyle(element).fill;
            if (invisible(fill)) problems.push('text "' + element.textContent + '": fill ' + fill);
          }
          return problems;
        }
        """;

    [Fact]
    public async Task ChartPages_PassAxe_AndFitAPhone()
    {
        var page = await fixture.NewPageAsync(Viewport.Phone);
        var problems = new List<string>();

        foreach (var path in ChartPages)
        {
            await page.GotoAsync(path);
            Assert.True(await page.Locator("svg.chart").CountAsync() > 0, path + ": no chart");
            problems.AddRange(await PageAudit.CheckAsync(page, Viewport.Phone, PageAudit.NameFor(path)));
            var widest = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().right))");
            if (widest > Viewport.Phone.Width)
            {
                problems.Add($"{path}: a chart reaches {widest}px on a {Viewport.Phone.Width}px screen");
            }

            // Text is filled, never outlined: an outline inherited from the chart would smear the small labels.
            var outlined = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('svg.chart text')].filter(t => getComputedStyle(t).stroke !== 'none').map(t => t.textContent)");
            problems.AddRange(outlined.Select(t => $"{path}: the chart text \"{t}\" is drawn with an outline"));

            var flat = await page.EvaluateAsync<int>("[...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().height < 40).length");
            if (flat > 0)
            {
                problems.Add($"{path}: {flat} charts are drawn less than 40px high");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task InForcedColours_EveryStrokeAndTextOfTheCharts_IsStillDrawn()
    {
        var page = await fixture.NewPageAsync(Viewport.Phone);
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        var problems = new List<string>();

        foreach (var path in ChartPages)
        {
            await page.GotoAsync(path);
            Assert.True(await page.EvaluateAsync<bool>("matchMedia('(forced-colors: active)').matches"));
            problems.AddRange((await page.EvaluateAsync<string[]>(InvisibleStrokes)).Select(p => $"{path}: {p}"));
            if (PageAudit.ScreenshotsWanted)
            {
                var folder = Path.Combine(BrowserFixture.ScreenshotFolder, "forced-colors");
                Directory.CreateDirectory(folder);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, PageAudit.NameFor(path) + ".png"), FullPage = true });
            }
        }

        await page.GotoAsync("/thanh-tuu/ty-le-ho-ngheo");
        var line = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.chart .chart-line')).stroke");
        var text = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.chart text')).fill");
        Assert.Equal(text, line);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task OnPaper_TheChartsAreBlackOnWhite()
    {
        var page = await fixture.NewPageAsync(Viewport.Desktop);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var path in ChartPages)
        {
            await page.GotoAsync(path);
            Assert.Empty(await page.EvaluateAsync<string[]>(InvisibleStrokes));
        }

        await page.GotoAsync("/thanh-tuu/ty-le-ho-ngheo");
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.chart .chart-line')).stroke"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.chart .chart-value')).fill"));
    }
}
