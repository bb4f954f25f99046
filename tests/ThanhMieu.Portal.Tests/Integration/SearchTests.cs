using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The seeded portal plus a few articles saved through the admin pipeline for the ranking rules: two spellings of one
/// word (saved with the plain spelling last, so only the exact-diacritics rule can rank the other first) and a title
/// match saved before a body match.
/// </summary>
public sealed class SearchPortal : PortalFactory, IAsyncLifetime
{
    public const string Road = "Con đường ven hồ Khánh Lâm";
    public const string Poplar = "Hàng dương ven hồ Khánh Lâm";
    public const string StageTitle = "Sân khấu ngoài trời Khánh Lâm";
    public const string StageInBody = "Lịch sinh hoạt Khánh Lâm";

    public Dictionary<string, int> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        var client = await this.SignedInClientAsync();
        Ids[Road] = await client.CreatePublishedAsync(Road, "Bài dùng cho kiểm thử tìm kiếm.");
        Ids[Poplar] = await client.CreatePublishedAsync(Poplar, "Bài dùng cho kiểm thử tìm kiếm.");
        Ids[StageTitle] = await client.CreatePublishedAsync(StageTitle, "Bài dùng cho kiểm thử tìm kiếm.");
        Ids[StageInBody] = await client.CreatePublishedAsync(StageInBody, "Tối thứ bảy có sân khấu ngoài trời.");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>/tim-kiem as residents use it: with or without diacritics, any case or Unicode form, prefixes, every word required.</summary>
public sealed class SearchTests(SearchPortal factory) : IClassFixture<SearchPortal>
{
    private sealed record Hit(string Kind, string Title, string Url, string SnippetHtml);

    private static async Task<List<Hit>> SearchAsync(HttpClient client, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var page = await client.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString(query), expected);
        return page.QuerySelectorAll(".search-results li").Select(li => new Hit(
            li.QuerySelector(".meta")!.TextContent.Trim(),
            li.QuerySelector("h3")!.TextContent.Trim(),
            li.QuerySelector("h3 a")!.GetAttribute("href")!,
            li.QuerySelector("h3 + p")!.InnerHtml)).ToList();
    }

    public static TheoryData<string, string> FirstResults => new()
    {
        // No diacritics, with diacritics, capitals, decomposed Unicode (NFD).
        { "chua dai bi", "/di-san/chua-dai-bi" },
        { "chùa Đại Bi", "/di-san/chua-dai-bi" },
        { "CHÙA ĐẠI BI", "/di-san/chua-dai-bi" },
        { "CHUA DAI BI", "/di-san/chua-dai-bi" },
        { "chùa Đại Bi".Normalize(NormalizationForm.FormD), "/di-san/chua-dai-bi" },
        { "ĐÌNH BẠCH HẠC".Normalize(NormalizationForm.FormD), "/di-san/dinh-bach-hac" },
        { "dinh bach hac", "/di-san/dinh-bach-hac" },
        // đ and Đ are d.
        { "Đại Bi", "/di-san/chua-dai-bi" },
        { "dai bi", "/di-san/chua-dai-bi" },
        // Word prefixes.
        { "chua dai b", "/di-san/chua-dai-bi" },
        { "ĐÌNH BẠCH H", "/di-san/dinh-bach-hac" },
        { "1676/N", "/van-ban/1676-nq-ubtvqh15" },
        { "gia banh d", "/di-san/dinh-chua-mo-chu-ha#hoi-thi-gia-banh-day" },
        // Documents by number, written any way.
        { "1676/NQ-UBTVQH15", "/van-ban/1676-nq-ubtvqh15" },
        { "nq ubtvqh15", "/van-ban/1676-nq-ubtvqh15" },
        // Every type: festivals, former units, indicators, targets, congress sections, articles.
        { "giã bánh dày", "/di-san/dinh-chua-mo-chu-ha#hoi-thi-gia-banh-day" },
        { "boi chai", "/di-san/den-tam-giang#boi-chai" },
        { "song lo", "/gioi-thieu#song-lo" },
        { "THỌ SƠN", "/gioi-thieu#tho-son" },
        { "ho can ngheo", "/thanh-tuu/ty-le-ho-can-ngheo" },
        { "tóm lược bài viết về Đại hội", "/dai-hoi" },
        { "loi ket", "/dai-hoi#loi-ket" },
        // Several words: all must match, in any order.
        { "Khánh Lâm ngoài trời sân khấu", "/tin-tuc/san-khau-ngoai-troi-khanh-lam" },
        { "ven ho con duong", "/tin-tuc/con-duong-ven-ho-khanh-lam" },
        // Exact diacritics first: the other spelling is newer, so only this rule puts the typed one first.
        { "đường ven hồ", "/tin-tuc/con-duong-ven-ho-khanh-lam" },
        { "dương ven hồ", "/tin-tuc/hang-duong-ven-ho-khanh-lam" },
        // Without diacritics nothing is exact: the newer of the two comes first.
        { "duong ven ho khanh lam", "/tin-tuc/hang-duong-ven-ho-khanh-lam" },
        // Title over body: the body match is newer, the title match still comes first.
        { "san khau ngoai troi", "/tin-tuc/san-khau-ngoai-troi-khanh-lam" },
    };

    [Theory]
    [MemberData(nameof(FirstResults))]
    public async Task Query_HasTheExpectedFirstResult(string query, string expectedUrl)
    {
        var hits = await SearchAsync(factory.CreateClient(), query);

        Assert.NotEmpty(hits);
        Assert.Equal(expectedUrl, hits[0].Url);
    }

    [Fact]
    public async Task EveryWordMustMatch_ANonsenseWordLeavesNoResults_AndThePageHelps()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString("chùa Đại Bi xyzzyq"));

        Assert.Empty(page.QuerySelectorAll(".search-results li"));
        Assert.Contains("Không tìm thấy kết quả nào cho “chùa Đại Bi xyzzyq”", Text(page), StringComparison.Ordinal);
        var sections = page.QuerySelectorAll(".search-help a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/dai-hoi", sections);
        Assert.Contains("/di-san", sections);
        Assert.Contains("/van-ban", sections);
    }

    [Fact]
    public async Task EmptyQuery_ShowsTheBoxAndTheMainSections()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/tim-kiem");

        Assert.Equal("Tìm kiếm", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Contains("Nhập từ cần tìm", Text(page), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".search-help a"), a => a.GetAttribute("href") == "/thanh-tuu");
    }

    [Fact]
    public async Task Results_ShowTypeLabels_AndSnippetsWithTheMatchedWordsMarked()
    {
        var hits = await SearchAsync(factory.CreateClient(), "den tam giang");

        Assert.Contains(hits, h => h.Kind == "Di sản" && h.Title == "Đền Tam Giang" && h.Url == "/di-san/den-tam-giang");
        Assert.Contains(hits, h => h.Kind == "Lễ hội");
        var site = hits.First(h => h.Url == "/di-san/den-tam-giang");
        Assert.Contains("<mark>", site.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>đền</mark>", site.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasTheSearchBoxInItsHeader()
    {
        foreach (var path in new[] { "/", "/di-san", "/van-ban/1676-nq-ubtvqh15" })
        {
            var page = await factory.CreateClient().GetDocumentAsync(path);
            var form = page.QuerySelector("header form[role=search]");
            Assert.NotNull(form);
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal("/tim-kiem", form.GetAttribute("action"));
            var input = form.QuerySelector("input[name=q]");
            Assert.Equal("Tìm kiếm", form.QuerySelector($"label[for='{input?.Id}']")?.TextContent);
        }
    }

    public static TheoryData<string> LiteralQueries =>
    [
        "%", "_", "[", "*", "\"", "100%", "a_b", "[abc]", "tam*", "\"tam giang\"", "tam AND giang", "tam OR", "NOT tam", "NEAR(tam giang)",
        "-tam", "tam:giang", "FoldedTitle:tam", "^tam", "(tam", "tam)", "<script>alert(1)</script>", "<b>tam</b>", "'; DROP TABLE Articles; --",
    ];

    [Theory]
    [MemberData(nameof(LiteralQueries))]
    public async Task OddQueries_AreTakenLiterally_ShownEscaped_AndNeverFail(string query)
    {
        var response = await factory.CreateClient().GetAsync("/tim-kiem?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>tam</b>", html, StringComparison.Ordinal);
        var page = await ParseAsync(response);
        Assert.Equal(query, page.QuerySelector("main input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task OperatorWords_AreSearchedAsWords()
    {
        // "AND" is a word like any other: every word must match, so nothing has "tam", "and" and "giang".
        Assert.Empty(await SearchAsync(factory.CreateClient(), "tam AND giang"));
        Assert.NotEmpty(await SearchAsync(factory.CreateClient(), "tam giang"));
        Assert.Equal("/di-san/chua-dai-bi", (await SearchAsync(factory.CreateClient(), "\"chùa Đại Bi\"*"))[0].Url);
    }

    [Fact]
    public async Task AQueryOver200Characters_Is400_WithAVietnameseMessage()
    {
        var response = await factory.CreateClient().GetAsync("/tim-kiem?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Từ khóa quá dài: tối đa 200 ký tự", Text(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/tim-kiem?q=" + new string('a', 200))).StatusCode);
    }

    [Theory]
    [InlineData("/tim-kiem?q=tam&trang=abc", HttpStatusCode.BadRequest)]
    [InlineData("/tim-kiem?q=tam&trang=0", HttpStatusCode.NotFound)]
    [InlineData("/tim-kiem?q=tam&trang=999", HttpStatusCode.NotFound)]
    public async Task BadPages_AreClientErrors(string url, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Paging_KeepsTheQuery_AndShowsTheNextResults()
    {
        var first = await factory.CreateClient().GetDocumentAsync("/tim-kiem?q=phuong");
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/tim-kiem?trang=2&q=phuong", next);

        var second = await factory.CreateClient().GetDocumentAsync(next!);
        var firstUrls = first.QuerySelectorAll(".search-results h3 a").Select(a => a.GetAttribute("href")).ToList();
        var secondUrls = second.QuerySelectorAll(".search-results h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(10, firstUrls.Count);
        Assert.NotEmpty(secondUrls);
        Assert.Empty(firstUrls.Intersect(secondUrls));
    }

    [Fact]
    public async Task AnEditedArticle_IsFoundByItsNewWords_AndNoLongerByItsOldOnes()
    {
        var client = await factory.SignedInClientAsync();
        var (before, after) = ("cu" + ArticleForms.Unique(), "moi" + ArticleForms.Unique());
        var id = await client.CreatePublishedAsync("Bài thử " + before, "Nội dung có từ " + before + ".");
        Assert.Single(await SearchAsync(client, before));

        AssertRedirect(await client.EditArticleAsync(id, f =>
        {
            f["Title"] = "Bài thử " + after;
            f["BodyMarkdown"] = "Nội dung có từ " + after + ".";
        }), ArticleForms.EditUrl(id));

        Assert.Empty(await SearchAsync(client, before));
        var hits = await SearchAsync(client, after);
        Assert.Equal("Bài thử " + after, Assert.Single(hits).Title);
    }

    [Fact]
    public async Task DraftsAndScheduledArticles_AreNotFound()
    {
        var client = await factory.SignedInClientAsync();
        var word = "an" + ArticleForms.Unique();
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = "Bản nháp " + word;
            f["Status"] = nameof(ArticleStatus.Draft);
        });
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = "Hẹn giờ " + word;
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = "2031-03-02T08:00";
        });

        Assert.Empty(await SearchAsync(client, word));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Title.EndsWith(word))));
    }

    [Fact]
    public async Task AnArchivedSite_DisappearsFromResults_AndRestoringBringsItBack()
    {
        var client = await factory.SignedInClientAsync();
        var word = "lt" + ArticleForms.Unique();
        var id = IdFromRedirect(await client.SubmitAsync("/admin/di-san/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = "Di tích " + word,
            ["Form.Kind"] = nameof(HeritageKind.Dinh),
            ["Form.Summary"] = "Tóm tắt thử.",
        }));
        Assert.Equal("Di sản", Assert.Single(await SearchAsync(client, word)).Kind);

        await client.SubmitAsync("/admin/di-san", $"form[action='/admin/di-san/{id}/luu-tru']");
        Assert.Empty(await SearchAsync(client, word));

        await client.SubmitAsync($"/admin/di-san/{id}/sua", $"form[action='/admin/di-san/{id}/khoi-phuc']");
        Assert.Single(await SearchAsync(client, word));
    }

    [Fact]
    public async Task ArchivingACategory_HidesItsArticles()
    {
        var client = await factory.SignedInClientAsync();
        var word = "cm" + ArticleForms.Unique();
        var category = IdFromRedirect(await client.SubmitAsync("/admin/chuyen-muc/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = "Chuyên mục " + word,
        }));
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = "Bài " + word;
            f["CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture);
            f["Status"] = nameof(ArticleStatus.Published);
        });
        Assert.Single(await SearchAsync(client, word));

        await client.SubmitAsync("/admin/chuyen-muc", $"form[action='/admin/chuyen-muc/{category}/luu-tru']");

        Assert.Empty(await SearchAsync(client, word));
    }

    [Fact]
    public async Task HeadAnswersLikeGet()
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/tim-kiem?q=tam"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>The search entries of a database that has none (from before search, or restored without them) are rebuilt at start.</summary>
public sealed class SearchRebuildTests
{
    [Fact]
    public async Task Startup_RebuildsMissingEntries()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            using (var first = new PortalFactory(folder))
            {
                Assert.NotEmpty((await first.CreateClient().GetDocumentAsync("/tim-kiem?q=chua+dai+bi")).QuerySelectorAll(".search-results li"));
                await first.WithDbAsync(db => db.SearchEntries.Where(e => e.Kind != SearchKind.Document).ExecuteDeleteAsync());
                Assert.Empty((await first.CreateClient().GetDocumentAsync("/tim-kiem?q=chua+dai+bi")).QuerySelectorAll(".search-results li"));
            }

            using var second = new PortalFactory(folder);
            var page = await second.CreateClient().GetDocumentAsync("/tim-kiem?q=chua+dai+bi");

            Assert.Equal("/di-san/chua-dai-bi", page.QuerySelector(".search-results h3 a")?.GetAttribute("href"));
            var counts = await second.WithDbAsync(db => db.SearchEntries.CountAsync());
            Assert.True(counts > 20, $"only {counts} entries");
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task TheSearch_IsUnderTheGeneralRateLimit()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:GeneralPerAddress"] = "2",
            ["RateLimits:GeneralWindowSeconds"] = "600",
        });
        var client = portal.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tim-kiem?q=tam")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tim-kiem?q=giang")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/tim-kiem?q=chua")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/di-san")).StatusCode);
    }
}
