using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The open data API (/api/v1) over HTTP: every endpoint answers JSON, only published content appears, ETags give
/// 304, CORS is on the API alone, bad paging and unknown slugs get Vietnamese problem details, and the OpenAPI
/// document lists every endpoint the app maps under /api/v1.
/// </summary>
public sealed class OpenDataApiTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Origin = "https://example.org";

    private static readonly string[] Groups = ["economy", "society", "education", "partyBuilding"];

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>Every slug of a list, page after page, by its next links.</summary>
    private static async Task<List<string>> AllSlugsAsync(HttpClient client, string list)
    {
        var slugs = new List<string>();
        string? next = list + "?pageSize=100";
        while (next is not null)
        {
            var page = await JsonAsync(await client.GetAsync(next));
            slugs.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            next = page.GetProperty("links").GetProperty("next").ValueKind == JsonValueKind.Null
                ? null
                : new Uri(page.GetProperty("links").GetProperty("next").GetString()!).PathAndQuery;
        }

        return slugs;
    }

    [Theory]
    [InlineData("/api/v1/indicators")]
    [InlineData("/api/v1/targets")]
    [InlineData("/api/v1/heritage-sites")]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/documents")]
    public async Task EveryList_AndItsFirstItem_Answer200Json(string list)
    {
        var client = factory.CreateClient();

        var page = await JsonAsync(await client.GetAsync(list));

        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() > 0, list + " is empty");
        var first = page.GetProperty("items")[0];
        var slug = first.GetProperty("slug").GetString()!;
        Assert.StartsWith("http://localhost/", first.GetProperty("url").GetString());
        var item = await JsonAsync(await client.GetAsync(list + "/" + slug));
        Assert.Equal(slug, item.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Items_CarryTheirChildren_AndEnumsAsCamelCaseNames()
    {
        var client = factory.CreateClient();

        var indicators = await JsonAsync(await client.GetAsync("/api/v1/indicators?pageSize=100"));
        var withObservations = indicators.GetProperty("items").EnumerateArray().First(i => i.GetProperty("observations").GetArrayLength() > 0);
        Assert.Contains(withObservations.GetProperty("group").GetString(), Groups);
        Assert.Equal(JsonValueKind.Number, withObservations.GetProperty("observations")[0].GetProperty("value").ValueKind);

        var document = await JsonAsync(await client.GetAsync("/api/v1/documents/1676-nq-ubtvqh15"));
        Assert.Equal("1676/NQ-UBTVQH15", document.GetProperty("documentNumber").GetString());
        Assert.Equal("resolution", document.GetProperty("type").GetString());
        Assert.Equal("Ủy ban Thường vụ Quốc hội", document.GetProperty("issuingBody").GetString());

        var sites = await JsonAsync(await client.GetAsync("/api/v1/heritage-sites?pageSize=100"));
        Assert.Contains(sites.GetProperty("items").EnumerateArray(), s => s.GetProperty("festivals").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Paging_GivesTotalsAndLinks_AndAPagePastTheEndIs404()
    {
        var client = factory.CreateClient();

        var first = await JsonAsync(await client.GetAsync("/api/v1/indicators?pageSize=2"));
        var total = first.GetProperty("total").GetInt32();
        var pageCount = first.GetProperty("pageCount").GetInt32();
        Assert.Equal((total + 1) / 2, pageCount);
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("links").GetProperty("prev").ValueKind);
        Assert.Equal("http://localhost/api/v1/indicators?page=2&pageSize=2", first.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal($"http://localhost/api/v1/indicators?page={pageCount}&pageSize=2", first.GetProperty("links").GetProperty("last").GetString());

        var second = await JsonAsync(await client.GetAsync("/api/v1/indicators?page=2&pageSize=2"));
        Assert.Equal("http://localhost/api/v1/indicators?page=1&pageSize=2", second.GetProperty("links").GetProperty("prev").GetString());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("slug").GetString(), second.GetProperty("items")[0].GetProperty("slug").GetString());

        var past = await client.GetAsync($"/api/v1/indicators?page={pageCount + 1}&pageSize=2");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        Assert.Equal("application/problem+json", past.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DraftsScheduledAndArchivedContent_NeverAppear()
    {
        var suffix = Unique();
        await factory.WithDbAsync(async db =>
        {
            var category = await db.Categories.Where(c => c.Slug == Category.NewsSlug).Select(c => c.Id).SingleAsync();
            Article Make(string slug, ArticleStatus status, DateTime? published, bool archived = false) => new()
            {
                Title = "Thử " + slug,
                Slug = slug + "-" + suffix,
                CategoryId = category,
                Status = status,
                PublishedAtUtc = published,
                IsArchived = archived,
            };
            db.Articles.AddRange(
                Make("ban-nhap", ArticleStatus.Draft, null),
                Make("hen-gio", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(2)),
                Make("luu-tru", ArticleStatus.Published, DateTime.UtcNow.AddDays(-2), archived: true),
                Make("da-dang", ArticleStatus.Published, DateTime.UtcNow.AddDays(-1)));
            db.Indicators.Add(new Indicator { Name = "Chỉ tiêu lưu trữ", Slug = "chi-tieu-luu-tru-" + suffix, IsArchived = true });
            db.Targets.Add(new Target { Title = "Mục tiêu lưu trữ", Slug = "muc-tieu-luu-tru-" + suffix, IsArchived = true });
            var site = new HeritageSite { Name = "Di tích thử", Slug = "di-tich-thu-" + suffix };
            site.Festivals.Add(new Festival { Name = "Lễ hội lưu trữ", Slug = "le-hoi-luu-tru-" + suffix, IsArchived = true });
            site.Festivals.Add(new Festival { Name = "Lễ hội công khai", Slug = "le-hoi-cong-khai-" + suffix });
            db.HeritageSites.AddRange(site, new HeritageSite { Name = "Di tích lưu trữ", Slug = "di-tich-luu-tru-" + suffix, IsArchived = true });
            db.LegalDocuments.Add(new LegalDocument { DocumentNumber = "99/TB-" + suffix, Slug = "van-ban-luu-tru-" + suffix, IsArchived = true, SignedOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
            return 0;
        });
        var client = factory.CreateClient();

        var articles = await AllSlugsAsync(client, "/api/v1/articles");
        Assert.Contains("da-dang-" + suffix, articles);
        foreach (var hidden in new[] { "ban-nhap", "hen-gio", "luu-tru" })
        {
            Assert.DoesNotContain(hidden + "-" + suffix, articles);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{hidden}-{suffix}")).StatusCode);
        }

        Assert.DoesNotContain("chi-tieu-luu-tru-" + suffix, await AllSlugsAsync(client, "/api/v1/indicators"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/indicators/chi-tieu-luu-tru-{suffix}")).StatusCode);
        Assert.DoesNotContain("muc-tieu-luu-tru-" + suffix, await AllSlugsAsync(client, "/api/v1/targets"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/targets/muc-tieu-luu-tru-{suffix}")).StatusCode);
        var sites = await AllSlugsAsync(client, "/api/v1/heritage-sites");
        Assert.Contains("di-tich-thu-" + suffix, sites);
        Assert.DoesNotContain("di-tich-luu-tru-" + suffix, sites);
        Assert.DoesNotContain("van-ban-luu-tru-" + suffix, await AllSlugsAsync(client, "/api/v1/documents"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/documents/van-ban-luu-tru-{suffix}")).StatusCode);

        var site = await JsonAsync(await client.GetAsync($"/api/v1/heritage-sites/di-tich-thu-{suffix}"));
        Assert.Equal(["le-hoi-cong-khai-" + suffix], site.GetProperty("festivals").EnumerateArray().Select(f => f.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task AMatchingIfNoneMatch_Gets304WithNoBody_AndAChangeGivesANewETag()
    {
        var slug = "chi-tieu-etag-" + Unique();
        var id = await factory.WithDbAsync(async db =>
        {
            var indicator = new Indicator { Name = "Chỉ tiêu ETag", Slug = slug, Unit = "%" };
            indicator.Observations.Add(new Observation { Year = 2025, Value = 0.27m, Source = "Thử" });
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return indicator.Id;
        });
        var client = factory.CreateClient();
        var url = "/api/v1/indicators/" + slug;

        var first = await client.GetAsync(url);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, notModified.Headers.ETag);

        await factory.WithDbAsync(async db =>
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Id == id);
            indicator.Name = "Chỉ tiêu ETag đã sửa";
            await db.SaveChangesAsync();
            return 0;
        });
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(tag);
        var changed = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal("Chỉ tiêu ETag đã sửa", (await JsonAsync(changed)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ACompressedAnswer_HasATagOfItsOwn_AndStill304s()
    {
        var client = factory.CreateClient();
        async Task<HttpResponseMessage> GetAsync(string? encoding, EntityTagHeaderValue? tag = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/heritage-sites");
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }

            if (tag is not null)
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            return await client.SendAsync(request);
        }

        var plain = (await GetAsync(null)).Headers.ETag!;
        var brotli = await GetAsync("br");
        var gzip = (await GetAsync("gzip")).Headers.ETag!;

        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.EndsWith("-br\"", brotli.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Equal(3, new[] { plain.Tag, brotli.Headers.ETag.Tag, gzip.Tag }.Distinct().Count());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync("br", brotli.Headers.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("gzip", brotli.Headers.ETag)).StatusCode);
    }

    [Fact]
    public async Task Head_GivesTheSameETag_AndNoBody()
    {
        var client = factory.CreateClient();

        var get = await client.GetAsync("/api/v1/documents");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/documents"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Cors_AllowsAnyOriginToGet_AnswersPreflight_AndStaysOffTheRestOfTheSite()
    {
        var client = factory.CreateClient();

        var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/targets");
        get.Headers.Add("Origin", Origin);
        var answer = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("*", Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/targets");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var allowed = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        var methods = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Contains("GET", methods);
        Assert.DoesNotContain("POST", methods);

        var post = new HttpRequestMessage(HttpMethod.Options, "/api/v1/targets");
        post.Headers.Add("Origin", Origin);
        post.Headers.Add("Access-Control-Request-Method", "POST");
        var refused = await client.SendAsync(post);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Methods") && refused.Headers.GetValues("Access-Control-Allow-Methods").Any(m => m.Contains("POST", StringComparison.Ordinal)));

        foreach (var url in new[] { "/", "/du-lieu-mo", "/du-lieu-mo/chi-tieu.csv", "/van-ban" })
        {
            var elsewhere = new HttpRequestMessage(HttpMethod.Get, url);
            elsewhere.Headers.Add("Origin", Origin);
            var page = await client.SendAsync(elsewhere);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"), url + " answers CORS");
        }
    }

    [Theory]
    [InlineData("/api/v1/indicators?page=0")]
    [InlineData("/api/v1/targets?page=-1")]
    [InlineData("/api/v1/articles?pageSize=0")]
    [InlineData("/api/v1/documents?pageSize=101")]
    [InlineData("/api/v1/heritage-sites?page=abc")]
    [InlineData("/api/v1/indicators?pageSize=1e3")]
    public async Task BadPaging_Gets400ProblemDetails_InVietnamese(string url)
    {
        var detail = await ProblemDetailAsync(url, HttpStatusCode.BadRequest, "Tham số phân trang không hợp lệ");

        Assert.Contains("pageSize", detail);
    }

    [Theory]
    [InlineData("/api/v1/indicators/khong-co-chi-tieu-nay")]
    [InlineData("/api/v1/targets/khong-co")]
    [InlineData("/api/v1/heritage-sites/khong-co")]
    [InlineData("/api/v1/articles/khong-co")]
    [InlineData("/api/v1/documents/khong-co")]
    [InlineData("/api/v1/articles/Not%20A%20Slug")]
    public async Task UnknownSlug_Gets404ProblemDetails_InVietnamese(string url)
    {
        var detail = await ProblemDetailAsync(url, HttpStatusCode.NotFound, "Không tìm thấy");

        Assert.StartsWith("Không có mục công khai nào", detail);
    }

    /// <summary>The detail of the RFC 9457 problem <paramref name="url"/> answers, after checking its status and title.</summary>
    private async Task<string?> ProblemDetailAsync(string url, HttpStatusCode status, string title)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        return problem.RootElement.GetProperty("detail").GetString();
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryApiEndpointTheAppMaps_WithItsResponses()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        Assert.Equal("API dữ liệu mở phường Thanh Miếu", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", root.GetProperty("info").GetProperty("license").GetProperty("url").GetString());

        var documented = root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name.ToUpperInvariant(), Operation: o.Value)))
            .ToList();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/api/v1/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Select(e => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .ToList();

        Assert.Equal(10, mapped.Count);
        Assert.Equal(
            mapped.Select(m => m.Path).Order(StringComparer.Ordinal),
            documented.Where(d => d.Method == "GET").Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(mapped, m => Assert.Contains("GET", m.Methods));
        foreach (var (path, _, operation) in documented.Where(d => d.Method == "GET"))
        {
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains("200", responses);
            Assert.Contains("304", responses);
            Assert.Contains("404", responses);
            Assert.Equal(!path.EndsWith("{slug}", StringComparison.Ordinal), responses.Contains("400"));
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), path + " has no summary");
        }
    }

    [Fact]
    public async Task TheReferencePage_ShowsEveryOperationOfTheDocument_InVietnamese()
    {
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        var page = await client.GetDocumentAsync("/du-lieu-mo/api");

        var listed = page.QuerySelectorAll(".api-operation h2 code").Select(c => c.TextContent).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), listed.Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal));
        Assert.All(listed, l => Assert.StartsWith("GET ", l));
        Assert.Contains("Số mục mỗi trang", page.Body?.TextContent);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheOpenDataPage_ExplainsEachDataset_LinksEveryDownload_AndDescribesTheCatalogueAsDcat()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/du-lieu-mo");

        Assert.Equal("Dữ liệu mở", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("section.dataset").Length);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var href in new[] { "/api/v1/indicators?page=1&pageSize=20", "/du-lieu-mo/chi-tieu.csv", "/du-lieu-mo/muc-tieu.csv", "/du-lieu-mo/cap-nhat-muc-tieu.csv", "/api/v1/openapi.json", "/du-lieu-mo/api" })
        {
            Assert.Contains(href, links);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        }

        Assert.Contains("Cập nhật lần cuối:", page.QuerySelector("#chi-tieu")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("a[rel~=license]"), a => a.GetAttribute("href") == "https://creativecommons.org/licenses/by/4.0/");
        Assert.Contains(page.QuerySelectorAll("nav.breadcrumb li"), li => li.TextContent == "Dữ liệu mở");

        var catalog = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Single(j => j.TryGetProperty("@type", out var type) && type.GetString() == "dcat:Catalog");
        var datasets = catalog.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(5, datasets.Count);
        Assert.All(datasets, d =>
        {
            Assert.Equal("dcat:Dataset", d.GetProperty("@type").GetString());
            Assert.Equal("https://creativecommons.org/licenses/by/4.0/", d.GetProperty("dct:license").GetProperty("@id").GetString());
            Assert.True(DateTime.TryParse(d.GetProperty("dct:modified").GetProperty("@value").GetString(), CultureInfo.InvariantCulture, out _));
            Assert.All(d.GetProperty("dcat:distribution").EnumerateArray(), x =>
            {
                Assert.Equal("dcat:Distribution", x.GetProperty("@type").GetString());
                Assert.StartsWith("https://www.iana.org/assignments/media-types/", x.GetProperty("dcat:mediaType").GetProperty("@id").GetString());
            });
        });
        Assert.Contains(datasets.SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray()),
            x => x.GetProperty("dcat:mediaType").GetProperty("@id").GetString() == "https://www.iana.org/assignments/media-types/text/csv"
                && x.GetProperty("dcat:downloadURL").GetProperty("@id").GetString() == "http://localhost/du-lieu-mo/chi-tieu.csv");
    }

    [Fact]
    public async Task TheFooterLinksTheOpenDataPage_AndTheSitemapListsIt()
    {
        var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "/du-lieu-mo" && a.TextContent == "Dữ liệu mở");
        var english = await client.GetDocumentAsync("/en");
        Assert.Contains(english.QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "/du-lieu-mo" && a.GetAttribute("lang") == "vi");

        Assert.Contains("<loc>http://localhost/du-lieu-mo</loc>", await client.GetStringAsync("/sitemap.xml"));
    }
}
