using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>A seeded portal whose public address is configured, as in production.</summary>
public sealed class PublicOriginPortal() : PortalFactory(settings: new Dictionary<string, string?> { ["Hosting:PublicBaseUrl"] = DiscoveryTests.Origin });

/// <summary>The Atom feeds, the sitemap, robots.txt, canonical links, share cards and JSON-LD.</summary>
public sealed class DiscoveryTests(PublicOriginPortal portal) : IClassFixture<PublicOriginPortal>
{
    public const string Origin = "https://thanhmieu.example";
    private const string OtherHost = "attacker.example";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = portal.CreateClient();

    /// <summary>Public pages that are not listed in the sitemap: searches, filtered views and a look-up form.</summary>
    private static readonly string[] OpenGraphTypes = ["website", "article"];
    private static readonly string[] TwitterCards = ["summary", "summary_large_image"];

    /// <summary>Pages whose content the seed leaves to staff (office details, procedures, answers): nothing dates them yet.</summary>
    private static readonly string[] NotYetSaved = ["/lien-he", "/thu-tuc-hanh-chinh", "/hoi-dap", "/en/contact"];

    private static readonly string[] Unlisted = ["/tim-kiem", "/hoi-dap/tra-cuu", "/du-lieu-mo/api"];

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // The Host a request carries is the client's to choose; no address the site hands out may come from it.
        request.Headers.Host = OtherHost;
        var response = await _client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(OtherHost, body, StringComparison.Ordinal);
        return (response, body);
    }

    private async Task<IHtmlDocument> PageAsync(string path) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument((await GetAsync(path)).Body);

    private async Task<XDocument> FeedAsync(string path)
    {
        var (response, body) = await GetAsync(path);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(body);
    }

    private static SyndicationFeed Load(XDocument feed)
    {
        using var reader = feed.CreateReader();
        return SyndicationFeed.Load(reader);
    }

    private static List<string> EntryLinks(XDocument feed) =>
        feed.Root!.Elements(Atom + "entry").Select(e => e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")!.Value).ToList();

    private async Task<HttpClient> EditorAsync() => await portal.SignedInClientAsync();

    private static async Task<string> SlugOfAsync(PortalFactory factory, int id) =>
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

    [Fact]
    public async Task Feed_ParsesAsAtom_WithEveryRequiredElement_OnTheConfiguredOrigin()
    {
        var feed = await FeedAsync("/feed.xml");
        var root = feed.Root!;

        Assert.Equal(Atom + "feed", root.Name);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "id")?.Value));
        Assert.Contains("Tin tức", root.Element(Atom + "title")?.Value);
        Assert.True(DateTimeOffset.TryParse(root.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        var links = root.Elements(Atom + "link").ToDictionary(l => l.Attribute("rel")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(Origin + "/feed.xml", links["self"]);
        Assert.Equal(Origin + "/tin-tuc", links["alternate"]);

        var entries = root.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.StartsWith("tag:thanhmieu.example,", entry.Element(Atom + "id")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")?.Value));
        }

        Assert.All(EntryLinks(feed), link => Assert.StartsWith(Origin + "/tin-tuc/", link));
        var loaded = Load(feed);
        Assert.Equal(entries.Count, loaded.Items.Count());
        Assert.Equal(entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count(), entries.Count);
    }

    [Fact]
    public async Task FeedAndSitemap_ListPublishedArticles_AndNeverADraftAScheduledOrAnArchivedOne()
    {
        var editor = await EditorAsync();
        var unique = ArticleForms.Unique();
        var published = await editor.CreatePublishedAsync($"Tin đã đăng {unique}", "Nội dung.");
        var draft = await editor.CreateArticleAsync(f =>
        {
            f["Title"] = $"Bản nháp {unique}";
            f["Status"] = nameof(ArticleStatus.Draft);
        });
        var scheduled = await editor.CreateArticleAsync(f =>
        {
            f["Title"] = $"Hẹn giờ {unique}";
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        });
        var archived = await editor.CreatePublishedAsync($"Đã lưu trữ {unique}", "Nội dung.");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/bai-viet/{archived}/luu-tru", [], ArticleForms.EditUrl(archived))).StatusCode);

        var feed = Load(await FeedAsync("/feed.xml"));
        var titles = feed.Items.Select(i => i.Title.Text).ToList();
        Assert.Contains($"Tin đã đăng {unique}", titles);
        Assert.DoesNotContain($"Bản nháp {unique}", titles);
        Assert.DoesNotContain($"Hẹn giờ {unique}", titles);
        Assert.DoesNotContain($"Đã lưu trữ {unique}", titles);

        var locations = SitemapLocations(XDocument.Parse((await GetAsync("/sitemap.xml")).Body));
        Assert.Contains(Origin + "/tin-tuc/" + await SlugOfAsync(portal, published), locations);
        Assert.DoesNotContain(Origin + "/tin-tuc/" + await SlugOfAsync(portal, draft), locations);
        Assert.DoesNotContain(Origin + "/tin-tuc/" + await SlugOfAsync(portal, scheduled), locations);
        Assert.DoesNotContain(Origin + "/tin-tuc/" + await SlugOfAsync(portal, archived), locations);
    }

    [Fact]
    public async Task CategoryFeed_HoldsOnlyThatCategorysArticles()
    {
        var inCategory = await portal.WithDbAsync(db => db.Articles.Where(a => a.Category!.Slug == Category.NewsSlug).Select(a => a.Slug).ToListAsync());
        var others = await portal.WithDbAsync(db => db.Articles.Where(a => a.Category!.Slug != Category.NewsSlug).Select(a => a.Slug).ToListAsync());
        Assert.NotEmpty(inCategory);
        Assert.NotEmpty(others);

        var feed = await FeedAsync("/tin-tuc/chuyen-muc/tin-tuc/feed.xml");

        var links = EntryLinks(feed);
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains(link[(Origin + "/tin-tuc/").Length..], inCategory));
        Assert.DoesNotContain(links, link => others.Contains(link[(Origin + "/tin-tuc/").Length..]));
        var self = feed.Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self");
        Assert.Equal(Origin + "/tin-tuc/chuyen-muc/tin-tuc/feed.xml", self.Attribute("href")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/tin-tuc/chuyen-muc/khong-co/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task NewsList_LinksItsFeed_InTheHeadAndVisibly()
    {
        var news = await PageAsync("/tin-tuc");
        Assert.Equal("/feed.xml", news.QuerySelector("head link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal("/feed.xml", news.QuerySelector("main a[type='application/atom+xml']")?.GetAttribute("href"));

        var category = await PageAsync("/thong-bao");
        Assert.Contains("/tin-tuc/chuyen-muc/thong-bao/feed.xml", category.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));
        Assert.Equal("/tin-tuc/chuyen-muc/thong-bao/feed.xml", category.QuerySelector("main a[type='application/atom+xml']")?.GetAttribute("href"));
    }

    private static List<string> SitemapLocations(XDocument sitemap) =>
        sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

    [Fact]
    public async Task Sitemap_ListsEverySeededPublicPageAndVisibleArticle_EachWithLastmod()
    {
        var (response, body) = await GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(body);

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToList();
        var undated = new List<string>();
        foreach (var url in urls)
        {
            var location = url.Element(Sitemap + "loc")!.Value;
            Assert.StartsWith(Origin + "/", location);
            if (url.Element(Sitemap + "lastmod")?.Value is not { } lastmod)
            {
                undated.Add(location[Origin.Length..]);
                continue;
            }

            Assert.True(
                DateTime.TryParseExact(lastmod, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _),
                $"{location}: lastmod '{lastmod}'");
        }

        // Only a page whose content nobody has saved yet has no date; every article, site and document has one.
        Assert.Equal(NotYetSaved, undated);

        var locations = SitemapLocations(sitemap);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        var pages = PublicPagePaths.All.Cast<object[]>().Select(row => (string)row[0]).Where(p => !p.Contains('?', StringComparison.Ordinal) && !Unlisted.Contains(p));
        Assert.All(pages, page => Assert.Contains(Origin + (page == "/" ? "/" : page), locations));

        var visible = await portal.WithDbAsync(db => db.Articles.Where(Article.VisibleAt(DateTime.UtcNow)).Select(a => a.Slug).ToListAsync());
        var hidden = await portal.WithDbAsync(db => db.Articles.Where(a => a.IsArchived || a.Status == ArticleStatus.Draft).Select(a => a.Slug).ToListAsync());
        Assert.All(visible, slug => Assert.Contains(Origin + "/tin-tuc/" + slug, locations));
        Assert.All(hidden, slug => Assert.DoesNotContain(Origin + "/tin-tuc/" + slug, locations));
        Assert.DoesNotContain(locations, l => l.Contains("/admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_NamesTheSitemap_AndKeepsCrawlersOutOfTheAdmin()
    {
        var (response, body) = await GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = body.Split('\n');
        Assert.Contains("Sitemap: " + Origin + "/sitemap.xml", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("User-agent: *", lines);
    }

    [Theory]
    [InlineData("/feed.xml", "application/atom+xml")]
    [InlineData("/tin-tuc/chuyen-muc/tin-tuc/feed.xml", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Head_AnswersLikeGet_WithoutABody(string path, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(PublicPagePaths.All), MemberType = typeof(PublicPagePaths))]
    public async Task PublicPage_HasOneAbsoluteCanonicalOnTheConfiguredOrigin_AndShareCards(string path)
    {
        var page = await PageAsync(path);

        var canonical = Assert.Single(page.QuerySelectorAll("link[rel=canonical]")).GetAttribute("href");
        Assert.NotNull(canonical);
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var url));
        Assert.Equal(Origin, url.GetLeftPart(UriPartial.Authority));
        // Only the page number selects another page; filters and searches name the page they filter.
        Assert.Equal(path.Contains("trang=", StringComparison.Ordinal) ? "?trang=2" : "", url.Query);
        Assert.Equal(path.Split('?')[0], url.AbsolutePath);

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal("vi_VN", Meta("meta[property='og:locale']"));
        Assert.Equal("Phường Thanh Miếu", Meta("meta[property='og:site_name']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:description']")));
        Assert.Contains(Meta("meta[property='og:type']"), OpenGraphTypes);
        Assert.Contains(Meta("meta[name='twitter:card']"), TwitterCards);
        Assert.Equal(Meta("meta[property='og:title']"), Meta("meta[name='twitter:title']"));
    }

    private static List<JsonElement> JsonLd(IHtmlDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();

    private static IEnumerable<string> TypesOf(JsonElement data) =>
        data.GetProperty("@type") is { ValueKind: JsonValueKind.Array } types ? types.EnumerateArray().Select(t => t.GetString()!) : [data.GetProperty("@type").GetString()!];

    [Theory]
    [InlineData("/", "GovernmentOrganization")]
    [InlineData(PublicPagePaths.Article, "NewsArticle")]
    [InlineData(PublicPagePaths.Article, "BreadcrumbList")]
    [InlineData("/di-san/den-tam-giang", "LandmarksOrHistoricalBuildings")]
    [InlineData("/di-san/den-tam-giang", "TouristAttraction")]
    [InlineData("/di-san/den-tam-giang", "BreadcrumbList")]
    [InlineData("/van-ban/1676-nq-ubtvqh15", "BreadcrumbList")]
    public async Task JsonLd_ParsesWithTheExpectedType(string path, string type)
    {
        var data = JsonLd(await PageAsync(path));

        var block = Assert.Single(data, d => TypesOf(d).Contains(type));
        Assert.Equal("https://schema.org", block.GetProperty("@context").GetString());
    }

    [Fact]
    public async Task JsonLd_OfTheWard_HasItsNameAndAddress_AndTheArticleIsPublishedByIt()
    {
        var ward = Assert.Single(JsonLd(await PageAsync("/")));
        Assert.False(string.IsNullOrWhiteSpace(ward.GetProperty("name").GetString()));
        Assert.Equal(Origin + "/", ward.GetProperty("url").GetString());

        var article = JsonLd(await PageAsync(PublicPagePaths.Article)).Single(d => TypesOf(d).Contains("NewsArticle"));
        Assert.Equal(ward.GetProperty("name").GetString(), article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(Origin + PublicPagePaths.Article, article.GetProperty("url").GetString());
        var slug = PublicPagePaths.Article["/tin-tuc/".Length..];
        var published = await portal.WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.PublishedAtUtc).SingleAsync());
        Assert.Equal(published, DateTime.Parse(article.GetProperty("datePublished").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        Assert.True(article.TryGetProperty("dateModified", out _));

        var crumbs = JsonLd(await PageAsync(PublicPagePaths.Article)).Single(d => TypesOf(d).Contains("BreadcrumbList")).GetProperty("itemListElement");
        Assert.Equal([Origin + "/", Origin + "/tin-tuc", Origin + PublicPagePaths.Article], crumbs.EnumerateArray().Select(c => c.GetProperty("item").GetString()));
    }

    [Fact]
    public async Task JsonLd_OfTheWard_TakesItsAddressTelephoneAndEmailFromTheSiteSettings()
    {
        using var configured = new PublicOriginPortal();
        await configured.WithDbAsync(async db =>
        {
            db.SiteSettings.Add(new SiteSettings
            {
                Slug = SiteSettings.TheSlug,
                OfficialName = "Ủy ban nhân dân phường Thanh Miếu",
                OfficeAddress = "Số 1 đường Thử Nghiệm",
                Phone = "0210 000 0000",
                Email = "ubnd@thanhmieu.example",
            });
            return await db.SaveChangesAsync();
        });

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await configured.CreateClient().GetStringAsync("/"));

        var ward = Assert.Single(JsonLd(page));
        Assert.Equal("GovernmentOrganization", ward.GetProperty("@type").GetString());
        Assert.Equal("Ủy ban nhân dân phường Thanh Miếu", ward.GetProperty("name").GetString());
        Assert.Equal("Số 1 đường Thử Nghiệm", ward.GetProperty("address").GetString());
        Assert.Equal("0210 000 0000", ward.GetProperty("telephone").GetString());
        Assert.Equal("ubnd@thanhmieu.example", ward.GetProperty("email").GetString());
        Assert.Equal(Origin + "/", ward.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Article_WithACover_SharesItsImage()
    {
        var editor = await EditorAsync();
        var id = await editor.CreatePublishedAsync($"Có ảnh bìa {ArticleForms.Unique()}", "Nội dung.");
        await portal.WithDbAsync(db => db.Articles.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CoverImagePath, "/media/anh-bia.jpg").SetProperty(a => a.CoverImageAlt, "Ảnh bìa")));

        var page = await PageAsync("/tin-tuc/" + await SlugOfAsync(portal, id));

        Assert.Equal(Origin + "/media/anh-bia.jpg", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        var article = JsonLd(page).Single(d => TypesOf(d).Contains("NewsArticle"));
        Assert.Equal(Origin + "/media/anh-bia.jpg", article.GetProperty("image").GetString());
    }

    [Fact]
    public async Task ArticleTitle_ClosingTheScriptElement_StaysInsideItsJsonLd()
    {
        const string Hostile = "Lễ hội </script><script>alert(1)</script> & <!-- đua thuyền";
        var editor = await EditorAsync();
        var id = await editor.CreatePublishedAsync(Hostile, "Nội dung.");

        var (_, body) = await GetAsync("/tin-tuc/" + await SlugOfAsync(portal, id));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);

        // Exactly the two data blocks the article page carries, and nothing the title could have opened.
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.DoesNotContain("alert(1)</script>", body, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">", body, StringComparison.Ordinal);
        var article = JsonLd(page).Single(d => TypesOf(d).Contains("NewsArticle"));
        Assert.Equal(Hostile, article.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task EnglishPage_SaysItsLocale_AndNamesItselfCanonically()
    {
        var page = await PageAsync("/en");

        Assert.Equal("en_US", page.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
        Assert.Equal(Origin + "/en", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ErrorPage_ClaimsNoCanonicalAddress()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc/khong-co-bai-nay");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await TestForms.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("link[rel=canonical]"));
    }
}
