using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>The pages' JSON-LD, as a real browser under the site's Content-Security-Policy sees it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class DiscoveryBrowserTests(BrowserFixture fixture)
{
    private static readonly string[] PagesWithJsonLd = ["/", PublicPagePaths.Article, "/di-san/den-tam-giang"];

    /// <summary>
    /// The CSP allows no inline script; JSON-LD blocks are data, never run, so the browser must neither block nor
    /// report them. The listener is installed by the browser's own tooling, which the page's CSP does not govern.
    /// </summary>
    [Fact]
    public async Task JsonLdBlocks_RaiseNoContentSecurityPolicyViolation()
    {
        var page = await fixture.NewPageAsync(Viewport.Desktop);
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var path in PagesWithJsonLd)
        {
            await page.GotoAsync(path);
            var blocks = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent)['@type'].toString())");
            Assert.NotEmpty(blocks);
            var violations = await page.EvaluateAsync<string[]>("window.__violations");
            Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
        }

        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
