using System.ServiceModel.Syndication;
using System.Xml.Linq;

namespace ThanhMieu.Portal.Services.Discovery;

/// <summary>
/// The machine-read views of the public site: the Atom feeds of the latest articles (all, or one category's), the
/// sitemap of every public page and robots.txt. Only what residents can see is listed, by the same rules as the pages
/// (<see cref="Article.VisibleAt"/>, answered questions, documents not archived); every address is absolute on
/// <see cref="SiteOrigin"/>.
/// </summary>
public sealed class SiteDiscovery(
    PortalDbContext db, TimeProvider time, PublicUrls urls, SiteSettingsCache settings, ResidentQuestions questions, PublicDocuments documents)
{
    /// <summary>How many of the newest articles a feed holds.</summary>
    public const int FeedSize = 20;

    public const string FeedContentType = "application/atom+xml; charset=utf-8";

    public const string SitemapContentType = "application/xml; charset=utf-8";

    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>When a listed item last changed as residents see it: a scheduled article changes when it appears.</summary>
    public static DateTime LastModified(DateTime updatedAtUtc, DateTime? publishedAtUtc) =>
        publishedAtUtc is { } published && published > updatedAtUtc ? published : updatedAtUtc;

    private IQueryable<Article> VisibleArticles() =>
        db.Articles.AsNoTracking().Where(Article.VisibleAt(time.GetUtcNow().UtcDateTime));

    /// <summary>
    /// The feed of the newest visible articles, or of those in the category <paramref name="categorySlug"/>; null when
    /// that category is unknown or archived.
    /// </summary>
    public async Task<SyndicationFeed?> FeedAsync(string origin, string? categorySlug, CancellationToken cancellationToken)
    {
        var articles = VisibleArticles();
        Category? category = null;
        if (categorySlug is not null)
        {
            category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == categorySlug && !c.IsArchived, cancellationToken);
            if (category is null)
            {
                return null;
            }

            articles = articles.Where(a => a.CategoryId == category.Id);
        }

        var latest = await articles
            .Include(a => a.Category)
            .OrderByDescending(a => a.PublishedAtUtc)
            .ThenByDescending(a => a.Id)
            .Take(FeedSize)
            .ToListAsync(cancellationToken);

        var site = await settings.GetAsync(cancellationToken);
        var host = new Uri(origin).Host;
        var ward = new SyndicationPerson(
            string.IsNullOrWhiteSpace(site.Email) ? null : site.Email.Trim(),
            string.IsNullOrWhiteSpace(site.OfficialName) ? SiteText.Layout_SiteName : site.OfficialName.Trim(),
            origin + urls.Home());
        var title = category is null ? SiteText.Nav_News : category.Name;
        var feed = new SyndicationFeed(
            VietnameseFormat.Text(DiscoveryText.Feed_TitleFormat, title),
            category is { Description.Length: > 0 } ? category.Description : SiteText.News_Description,
            new Uri(origin + (category is null ? urls.News() : urls.Category(category.Slug))))
        {
            // Tag URIs (RFC 4151) stay the same when a slug or the site's address changes.
            Id = category is null ? $"tag:{host},2025:tin-tuc" : $"tag:{host},2025:chuyen-muc/{category.Id.ToString(CultureInfo.InvariantCulture)}",
            Language = PublicLanguage.Vietnamese,
            LastUpdatedTime = latest.Count == 0
                ? time.GetUtcNow()
                : latest.Max(a => new DateTimeOffset(LastModified(a.UpdatedAtUtc, a.PublishedAtUtc), TimeSpan.Zero)),
        };
        feed.Authors.Add(ward);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(origin + urls.Feed(category?.Slug)), "application/atom+xml"));
        feed.Items = latest.Select(a => Entry(a, origin, host)).ToList();
        return feed;
    }

    private SyndicationItem Entry(Article article, string origin, string host)
    {
        var url = new Uri(origin + urls.Article(article.Slug));
        var item = new SyndicationItem
        {
            Id = $"tag:{host},2025:bai-viet/{article.Id.ToString(CultureInfo.InvariantCulture)}",
            Title = new TextSyndicationContent(article.Title),
            Summary = new TextSyndicationContent(article.Summary.Length > 0 ? article.Summary : article.Title),
            LastUpdatedTime = new DateTimeOffset(LastModified(article.UpdatedAtUtc, article.PublishedAtUtc), TimeSpan.Zero),
        };
        // The seeded introductions have no date of their own; they claim none.
        if (article.PublishedAtUtc is { } published && !Article.IsUndated(published))
        {
            item.PublishDate = new DateTimeOffset(published, TimeSpan.Zero);
        }

        item.Links.Add(SyndicationLink.CreateAlternateLink(url, "text/html"));
        if (article.Category is { } category)
        {
            item.Categories.Add(new SyndicationCategory(category.Name));
        }

        return item;
    }

    /// <summary>The sitemap (sitemaps.org 0.9) of every public page, each with the time its content last changed.</summary>
    public async Task<XDocument> SitemapAsync(string origin, CancellationToken cancellationToken)
    {
        var pages = await PagesAsync(cancellationToken);
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                SitemapNamespace + "urlset",
                pages.Select(p => new XElement(
                    SitemapNamespace + "url",
                    new XElement(SitemapNamespace + "loc", origin + p.Path),
                    p.LastModifiedUtc is { } modified ? new XElement(SitemapNamespace + "lastmod", W3CDate.Format(modified)) : null))));
    }

    /// <summary>robots.txt: everything but the admin area may be crawled, and the sitemap says what there is.</summary>
    public string Robots(string origin) =>
        string.Join('\n', "User-agent: *", "Disallow: /admin", "", "Sitemap: " + origin + urls.Sitemap(), "");

    /// <summary>Every public page: the fixed pages, then each visible article, category, tag, indicator, site, document and answer.</summary>
    private async Task<List<SitemapPage>> PagesAsync(CancellationToken cancellationToken)
    {
        var articles = await VisibleArticles()
            .Select(a => new
            {
                a.Slug,
                a.UpdatedAtUtc,
                a.PublishedAtUtc,
                a.CategoryId,
                CategorySlug = a.Category!.Slug,
                TagIds = a.Tags.Select(t => t.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var articlePages = articles
            .Select(a => (a.Slug, a.CategoryId, a.CategorySlug, a.TagIds, Modified: LastModified(a.UpdatedAtUtc, a.PublishedAtUtc)))
            .OrderByDescending(a => a.Modified)
            .ToList();
        DateTime? LatestArticle(Func<(string Slug, int CategoryId, string CategorySlug, List<int> TagIds, DateTime Modified), bool> where) =>
            articlePages.Where(where).Select(a => (DateTime?)a.Modified).FirstOrDefault();

        var news = LatestArticle(_ => true);
        var heritage = Latest(await LatestAsync(db.HeritageSites, cancellationToken), await LatestAsync(db.Festivals, cancellationToken));
        var formerUnits = await LatestAsync(db.FormerUnits, cancellationToken);
        var indicators = await LatestAsync(db.Indicators, cancellationToken);
        var breakthroughs = await LatestAsync(db.Breakthroughs, cancellationToken);
        var organisations = await LatestAsync(db.Organisations, cancellationToken);
        var contacts = await LatestAsync(db.SiteSettings, cancellationToken);
        var about = Latest(formerUnits, await LatestAsync(db.HeritageSites, cancellationToken));
        var congress = LatestArticle(a => a.CategorySlug == Category.CongressSlug);

        var pages = new List<SitemapPage>
        {
            new(urls.Home(), Latest(news, heritage, formerUnits, indicators, breakthroughs)),
            new(urls.About(), about),
        };
        if (congress is not null)
        {
            pages.Add(new(urls.Congress(), congress));
        }

        pages.AddRange(
        [
            new(urls.Achievements(), Latest(indicators, breakthroughs)),
            new(urls.Targets(), Latest(await LatestAsync(db.Targets, cancellationToken), breakthroughs)),
            new(urls.Heritage(), heritage),
            new(urls.FestivalCalendar(), heritage),
            new(urls.News(), news),
            new(urls.Organisation(), organisations),
            new(urls.Contacts(), contacts),
            new(urls.Procedures(), await LatestAsync(db.Procedures, cancellationToken)),
            new(urls.Questions(), await LatestAsync(questions.Answered(), cancellationToken)),
            new(urls.Documents(), await LatestAsync(db.LegalDocuments, cancellationToken)),
            new(urls.OpenData(), Latest(indicators, breakthroughs, await LatestAsync(db.Targets, cancellationToken), heritage, news, await LatestAsync(db.LegalDocuments, cancellationToken))),
            new(urls.EnglishAbout(), about),
            new(urls.EnglishOrganisation(), organisations),
            new(urls.EnglishContacts(), contacts),
        ]);

        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Slug, c.UpdatedAtUtc }).ToListAsync(cancellationToken);
        pages.AddRange(categories.Select(c => new SitemapPage(urls.Category(c.Slug), Latest(c.UpdatedAtUtc, LatestArticle(a => a.CategoryId == c.Id)))));

        var tags = await db.Tags.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Slug, t.UpdatedAtUtc }).ToListAsync(cancellationToken);
        pages.AddRange(tags.Select(t => new SitemapPage(urls.Tag(t.Slug), Latest(t.UpdatedAtUtc, LatestArticle(a => a.TagIds.Contains(t.Id))))));

        pages.AddRange(articlePages.Select(a => new SitemapPage(urls.Article(a.Slug), a.Modified)));
        pages.AddRange(await SlugPagesAsync(db.Indicators.AsNoTracking().Where(i => !i.IsArchived), urls.Indicator, cancellationToken));
        pages.AddRange(await SlugPagesAsync(db.Targets.AsNoTracking().Where(t => !t.IsArchived), urls.Target, cancellationToken));
        pages.AddRange(await SlugPagesAsync(db.HeritageSites.AsNoTracking().Where(h => !h.IsArchived), slug => urls.HeritageSite(slug), cancellationToken));
        pages.AddRange(await SlugPagesAsync(documents.Visible(), slug => urls.Document(slug), cancellationToken));
        pages.AddRange(await SlugPagesAsync(questions.Answered(), urls.Question, cancellationToken));
        return pages;
    }

    private static async Task<IEnumerable<SitemapPage>> SlugPagesAsync<T>(IQueryable<T> items, Func<string, string> path, CancellationToken cancellationToken)
        where T : ContentItem =>
        (await items.OrderBy(i => i.Id).Select(i => new { i.Slug, i.UpdatedAtUtc }).ToListAsync(cancellationToken))
            .Select(i => new SitemapPage(path(i.Slug), i.UpdatedAtUtc));

    /// <summary>The last save of any of <paramref name="items"/>, archiving included (it changes the page too).</summary>
    private static Task<DateTime?> LatestAsync<T>(IQueryable<T> items, CancellationToken cancellationToken)
        where T : ContentItem =>
        items.OrderByDescending(i => i.UpdatedAtUtc).Select(i => (DateTime?)i.UpdatedAtUtc).FirstOrDefaultAsync(cancellationToken);

    private static DateTime? Latest(params DateTime?[] times) => times.Max();

    private sealed record SitemapPage(string Path, DateTime? LastModifiedUtc);
}
