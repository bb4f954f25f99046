using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ThanhMieu.Portal.Services.Discovery;

namespace ThanhMieu.Portal.Controllers;

/// <summary>The feeds, the sitemap and robots.txt: what feed readers and search engines read (HEAD answered like GET).</summary>
public sealed class DiscoveryController(SiteDiscovery discovery) : Controller
{
    private static readonly XmlWriterSettings Xml = new() { Encoding = new UTF8Encoding(false), Async = true };

    [HttpGet("feed.xml", Name = RouteNames.Feed)]
    public Task<IActionResult> Feed(CancellationToken cancellationToken) => FeedAsync(null, cancellationToken);

    [HttpGet("tin-tuc/chuyen-muc/{slug}/feed.xml", Name = RouteNames.CategoryFeed)]
    public Task<IActionResult> CategoryFeed(string slug, CancellationToken cancellationToken) =>
        Slugifier.IsWellFormed(slug) ? FeedAsync(slug, cancellationToken) : Task.FromResult<IActionResult>(NotFound());

    [HttpGet("sitemap.xml", Name = RouteNames.Sitemap)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var sitemap = await discovery.SitemapAsync(SiteOrigin.Of(HttpContext), cancellationToken);
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, Xml))
        {
            await sitemap.SaveAsync(writer, cancellationToken);
        }

        return File(buffer.ToArray(), SiteDiscovery.SitemapContentType);
    }

    [HttpGet("robots.txt", Name = RouteNames.Robots)]
    public IActionResult Robots() => Content(discovery.Robots(SiteOrigin.Of(HttpContext)), "text/plain; charset=utf-8");

    private async Task<IActionResult> FeedAsync(string? categorySlug, CancellationToken cancellationToken)
    {
        if (await discovery.FeedAsync(SiteOrigin.Of(HttpContext), categorySlug, cancellationToken) is not { } feed)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, Xml))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return File(buffer.ToArray(), SiteDiscovery.FeedContentType);
    }
}
