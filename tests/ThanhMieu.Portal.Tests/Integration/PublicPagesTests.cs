using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class PublicPagesTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IHtmlDocument> GetPageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/", "Phường Thanh Miếu")]
    [InlineData("/dai-hoi", "Mục lục")]
    [InlineData("/thanh-tuu", "Thành tựu nhiệm kỳ 2020–2025")]
    [InlineData("/muc-tieu", "Mục tiêu nhiệm kỳ 2025–2030")]
    [InlineData("/di-san", "Di sản và lễ hội")]
    [InlineData("/di-san/den-tam-giang", "Đền Tam Giang")]
    [InlineData("/tin-tuc", "Tin tức")]
    [InlineData("/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "01/07/2025")]
    [InlineData("/gioi-thieu", "Sông Lô")]
    public async Task PublicPage_AnswersInVietnamese(string path, string expectedText)
    {
        var document = await GetPageAsync(path);

        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(expectedText, TestForms.Text(document));
        Assert.NotNull(document.QuerySelector("main#noi-dung h1"));
        Assert.NotNull(document.QuerySelector("a.skip-link[href='#noi-dung']"));
        Assert.Contains("width=device-width", document.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/", "hơn 15.200 tỷ đồng")]
    [InlineData("/", "trên 1.600 hộ")]
    [InlineData("/", "gần 800 doanh nghiệp")]
    [InlineData("/", "20/20 trường")]
    [InlineData("/", "0,55%")]
    [InlineData("/", "0,27%")]
    [InlineData("/", "0,56%")]
    [InlineData("/", "0,35%")]
    [InlineData("/", "trên 96%")]
    [InlineData("/thanh-tuu", "hơn 15.200 tỷ đồng")]
    [InlineData("/thanh-tuu", "trên 1.600 hộ")]
    [InlineData("/thanh-tuu", "gần 800 doanh nghiệp")]
    [InlineData("/thanh-tuu", "20/20 trường")]
    [InlineData("/thanh-tuu", "trên 96%")]
    [InlineData("/thanh-tuu", "đạt và vượt 100%")]
    public async Task KeyFigure_AppearsInVietnameseFormat(string path, string figure)
    {
        var document = await GetPageAsync(path);

        Assert.Contains(figure, TestForms.Text(document));
    }

    [Fact]
    public async Task Achievements_TabulatesPoorHouseholdRateByYear()
    {
        var document = await GetPageAsync("/thanh-tuu");

        var table = document.QuerySelector("#chi-tieu-ty-le-ho-ngheo")?.ParentElement?.QuerySelector("table");
        Assert.NotNull(table);
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(r => (Year: r.QuerySelector("th")!.TextContent.Trim(), Value: r.QuerySelector("td")!.TextContent.Trim()))
            .ToList();
        Assert.Equal([("2021", "0,55%"), ("2025", "0,27%")], rows);
    }

    [Fact]
    public async Task Achievements_GroupsIndicators()
    {
        var text = TestForms.Text(await GetPageAsync("/thanh-tuu"));

        Assert.Contains("Kinh tế", text);
        Assert.Contains("Văn hóa – xã hội", text);
        Assert.Contains("Giáo dục", text);
        Assert.Contains("Xây dựng Đảng", text);
    }

    [Fact]
    public async Task CongressReport_TableOfContentsLinksToSectionsOnThePage()
    {
        var document = await GetPageAsync("/dai-hoi");

        var links = document.QuerySelectorAll("nav.toc a").OfType<IHtmlAnchorElement>().ToList();
        Assert.True(links.Count >= 4, $"expected several sections, found {links.Count}");
        foreach (var link in links)
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            var target = document.GetElementById(id);
            Assert.NotNull(target);
            Assert.Matches("^h[2-6]$", target.LocalName);
        }
    }

    [Fact]
    public async Task CongressReport_HasAPrintStylesheet()
    {
        var document = await GetPageAsync("/dai-hoi");
        var href = document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);

        var css = await _client.GetStringAsync(href);

        Assert.Contains("@media print", css);
    }

    [Fact]
    public async Task Targets_AreGroupedByTheTwoBreakthroughs()
    {
        var document = await GetPageAsync("/muc-tieu");

        var headings = document.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.Contains("Khâu đột phá thứ 1", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Contains("Khâu đột phá thứ 2", StringComparison.Ordinal));
        Assert.True(document.QuerySelectorAll("#dot-pha-ha-tang-do-thi ~ ul .target, section:has(#dot-pha-ha-tang-do-thi) .target").Length > 0);
    }

    [Fact]
    public async Task Heritage_ListsSitesWithTheirFestivals()
    {
        var text = TestForms.Text(await GetPageAsync("/di-san"));

        foreach (var name in new[] { "Đền Tam Giang", "Chùa Đại Bi", "Đình Bạch Hạc", "Phố ẩm thực Tiên Dung", "Bơi chải", "Rước nước" })
        {
            Assert.Contains(name, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task HeritageSite_ShowsItsFestivals()
    {
        var document = await GetPageAsync("/di-san/den-tam-giang");

        var festivals = document.QuerySelectorAll(".festival h3").Select(h => h.TextContent).ToList();
        Assert.Contains(festivals, f => f.Contains("Bơi chải", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(festivals, f => f.Contains("Rước nước", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task About_DescribesAllFiveFormerUnits()
    {
        var document = await GetPageAsync("/gioi-thieu");

        var units = document.QuerySelectorAll("section.unit h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Phường Thanh Miếu", "Phường Tiên Cát", "Phường Thọ Sơn", "Phường Bạch Hạc", "Xã Sông Lô"], units);
    }

    [Fact]
    public async Task NewsList_PagesThroughAllArticles()
    {
        var first = await GetPageAsync("/tin-tuc");
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/tin-tuc?trang=2", next);

        var second = await GetPageAsync(next!);
        var firstSlugs = first.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        var secondSlugs = second.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(secondSlugs);
        Assert.Empty(firstSlugs.Intersect(secondSlugs));
        Assert.Equal("/tin-tuc", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/tin-tuc/khong-ton-tai")]
    [InlineData("/di-san/khong-ton-tai")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/tin-tuc?trang=999")]
    [InlineData("/tin-tuc?trang=0")]
    [InlineData("/tin-tuc?trang=-1")]
    [InlineData("/tin-tuc/DEN-TAM-GIANG")]
    [InlineData("/di-san/%E1%BB%81n")]
    [InlineData("/di-san/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/di-san/a%20b")]
    [InlineData("/loi/404")]
    public async Task UnknownOrMalformedAddress_GetsTheVietnameseNotFoundPage(string path)
    {
        var document = await GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("Không tìm thấy trang", TestForms.Text(document));
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/tin-tuc?trang=abc")]
    [InlineData("/tin-tuc?trang=99999999999999999999")]
    [InlineData("/tin-tuc?trang=1e3")]
    public async Task MalformedPageNumber_GetsAVietnameseBadRequest(string path)
    {
        var document = await GetPageAsync(path, HttpStatusCode.BadRequest);

        Assert.Contains("Yêu cầu không hợp lệ", TestForms.Text(document));
    }

    [Fact]
    public async Task LongSlug_IsNotFoundRatherThanAnError()
    {
        var response = await _client.GetAsync("/tin-tuc/" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task PublicPages_AreCompressedForClientsThatAcceptIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/thanh-tuu");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Pages_WriteVietnameseLettersAsTextNotEntities()
    {
        var html = await _client.GetStringAsync("/gioi-thieu");

        Assert.Contains("Giới thiệu phường Thanh Miếu", html);
        Assert.DoesNotContain("&#x1E", html, StringComparison.Ordinal);
    }
}
