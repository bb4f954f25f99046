using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The indicators' charts as residents get them: inline SVG on /thanh-tuu and on each indicator's own page
/// (/thanh-tuu/{slug}), named and described for screen readers with every value the source gives, as the source words it.
/// </summary>
public sealed partial class IndicatorChartTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly HttpClient _client = factory.CreateClient();

    private Task<List<Indicator>> SeededIndicatorsAsync() =>
        factory.WithDbAsync(db => db.Indicators.AsNoTracking().Where(i => !i.IsArchived)
            .Include(i => i.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year)).OrderBy(i => i.SortOrder).ToListAsync());

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    /// <summary>The page's charts as the server wrote them, each parsed as XML (so each is well-formed SVG).</summary>
    private async Task<List<XElement>> ChartsAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return SvgElement().Matches(html).Select(m => XElement.Parse(m.Value))
            .Where(e => (e.Attribute("class")?.Value ?? "").Split(' ').Contains("chart")).ToList();
    }

    private static string Classes(XElement element) => element.Attribute("class")?.Value ?? "";

    private static List<XElement> Marks(XElement chart) =>
        chart.Descendants().Where(e => Classes(e).Split(' ').Contains("chart-mark")).ToList();

    [Fact]
    public async Task EverySeededIndicator_HasAPageWithANamedDescribedChart_OneMarkPerValue()
    {
        var indicators = await SeededIndicatorsAsync();
        Assert.Equal(8, indicators.Count);

        foreach (var indicator in indicators)
        {
            var chart = Assert.Single(await ChartsAsync("/thanh-tuu/" + indicator.Slug));

            Assert.Equal("img", chart.Attribute("role")?.Value);
            var title = chart.Element(Svg + "title")!;
            Assert.Equal(title.Attribute("id")!.Value, chart.Attribute("aria-labelledby")?.Value);
            Assert.Equal(indicator.Name, title.Value);
            var desc = chart.Element(Svg + "desc")!;
            Assert.Equal(desc.Attribute("id")!.Value, chart.Attribute("aria-describedby")?.Value);
            Assert.Equal("100%", chart.Attribute("width")?.Value);
            Assert.NotNull(chart.Attribute("viewBox"));
            Assert.DoesNotContain(chart.DescendantsAndSelf(), e => e.Attribute("style") is not null);

            var marks = Marks(chart);
            Assert.Equal(indicator.Observations.Count, marks.Count);
            foreach (var observation in indicator.Observations)
            {
                var value = VietnameseFormat.Observation(observation, indicator.Unit);
                Assert.Contains(value, desc.Value, StringComparison.Ordinal);
                Assert.Contains(marks, m => m.Attribute("data-value")?.Value == value);
                if (VietnameseFormat.Period(observation) is { Length: > 0 } period)
                {
                    Assert.Contains(period, desc.Value, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("ty-le-ho-ngheo", "chart-kind-line", "Biểu đồ đường, 2 giá trị theo năm: 2021: 0,55%; 2025: 0,27%.")]
    [InlineData("ty-le-ho-can-ngheo", "chart-kind-bars", "Biểu đồ cột so sánh 2 giá trị: Đầu giai đoạn: 0,56%; Cuối giai đoạn: 0,35%.")]
    [InlineData("truong-dat-chuan-quoc-gia", "chart-kind-bars", "Biểu đồ cột so với tổng số: không nêu năm: 20/20 trường.")]
    [InlineData("ho-kinh-doanh-ca-the", "chart-kind-figure", "Số liệu: không nêu năm: trên 1.600 hộ.")]
    [InlineData("tong-von-dau-tu-toan-xa-hoi", "chart-kind-figure", "Số liệu: 2020–2025: hơn 15.200 tỷ đồng.")]
    [InlineData("chi-tieu-nghi-quyet-2020-2025", "chart-kind-figure", "Số liệu: 2020–2025: đạt và vượt 100%.")]
    public async Task TheKindOfChart_FollowsTheData_AndTheDescriptionSaysEveryValue(string slug, string kind, string description)
    {
        var chart = Assert.Single(await ChartsAsync("/thanh-tuu/" + slug));

        Assert.Contains(kind, Classes(chart).Split(' '));
        Assert.Equal(description, chart.Element(Svg + "desc")!.Value);
        var drawn = chart.Descendants(Svg + "text").Select(t => t.Value).ToList();
        switch (kind)
        {
            case "chart-kind-line":
                Assert.Single(chart.Descendants(Svg + "polyline"));
                Assert.Equal(2, chart.Descendants(Svg + "circle").Count());
                Assert.Contains("2021", drawn);
                Assert.Contains("0,55%", drawn);
                Assert.Contains("0,3", drawn);
                break;
            case "chart-kind-bars":
                Assert.Contains(chart.Descendants(Svg + "rect"), r => Classes(r).Contains("chart-bar", StringComparison.Ordinal));
                Assert.Empty(chart.Descendants(Svg + "polyline"));
                break;
            default:
                Assert.Empty(chart.Descendants(Svg + "rect"));
                Assert.Empty(chart.Descendants(Svg + "line"));
                break;
        }
    }

    [Theory]
    [InlineData("ho-kinh-doanh-ca-the", "trên", "1.600", "trên 1.600 hộ")]
    [InlineData("doanh-nghiep-hoat-dong", "gần", "800", "gần 800 doanh nghiệp")]
    [InlineData("tong-von-dau-tu-toan-xa-hoi", "hơn", "15.200", "hơn 15.200 tỷ đồng")]
    [InlineData("dang-vien-hoan-thanh-tot-nhiem-vu", "trên", "96%", "trên 96%")]
    public async Task AQualifiedFigure_KeepsItsQualifierBesideTheNumber(string slug, string qualifier, string number, string value)
    {
        var chart = Assert.Single(await ChartsAsync("/thanh-tuu/" + slug));

        var texts = chart.Descendants(Svg + "text").ToList();
        var mark = Assert.Single(Marks(chart));
        Assert.Equal(number, mark.Value);
        Assert.Equal(value, mark.Attribute("data-value")?.Value);
        Assert.Contains(texts, t => t.Value == qualifier);
        Assert.Contains(value, chart.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTotalOfACount_IsDrawnBehindItsBar()
    {
        var chart = Assert.Single(await ChartsAsync("/thanh-tuu/truong-dat-chuan-quoc-gia"));

        var total = Assert.Single(chart.Descendants(Svg + "rect"), r => Classes(r) == "chart-total");
        var bar = Assert.Single(Marks(chart));
        Assert.Equal(total.Attribute("width")!.Value, bar.Attribute("width")!.Value);
        Assert.Contains(chart.Descendants(Svg + "text"), t => t.Value == "20/20 trường");
    }

    [Fact]
    public async Task IndicatorPage_HasBreadcrumbs_Metadata_TheTableAndItsSources()
    {
        var page = await _client.GetDocumentAsync("/thanh-tuu/ty-le-ho-ngheo");

        Assert.Equal("Tỷ lệ hộ nghèo", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(["Trang chủ", "Thành tựu", "Tỷ lệ hộ nghèo"], page.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/thanh-tuu", page.QuerySelector(".breadcrumb a[href='/thanh-tuu']")?.GetAttribute("href"));
        Assert.EndsWith("/thanh-tuu/ty-le-ho-ngheo", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Tỷ lệ hộ nghèo trên tổng số hộ dân của địa bàn phường.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Contains("BreadcrumbList", string.Join(" ", page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent)), StringComparison.Ordinal);
        Assert.Equal(["0,55%", "0,27%"], page.QuerySelectorAll("main table td.number").Select(td => td.TextContent));
        Assert.StartsWith("Nguồn:", page.QuerySelector("main p.meta")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/thanh-tuu#chi-tieu-ty-le-ho-ngheo']"));
    }

    [Fact]
    public async Task Achievements_DrawsEveryIndicator_AndLinksEachToItsPage()
    {
        var indicators = await SeededIndicatorsAsync();
        var charts = await ChartsAsync("/thanh-tuu");
        var page = await _client.GetDocumentAsync("/thanh-tuu");

        Assert.Equal(indicators.Select(i => i.Name).Order(), charts.Select(c => c.Element(Svg + "title")!.Value).Order());
        Assert.Equal(charts.Count, charts.Select(c => c.Element(Svg + "title")!.Attribute("id")!.Value).Distinct().Count());
        foreach (var indicator in indicators)
        {
            var link = page.QuerySelector($"#chi-tieu-{indicator.Slug} a");
            Assert.Equal("/thanh-tuu/" + indicator.Slug, link?.GetAttribute("href"));
            Assert.Equal(indicator.Observations.Count, page.QuerySelector($"#chi-tieu-{indicator.Slug}")!.ParentElement!.QuerySelectorAll("tbody tr").Length);
        }
    }

    [Fact]
    public async Task Sitemap_ListsEveryIndicatorPage()
    {
        var indicators = await SeededIndicatorsAsync();
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();

        Assert.All(indicators, i => Assert.Contains("/thanh-tuu/" + i.Slug, locations));
    }

    [Theory]
    [InlineData("/thanh-tuu/khong-co-chi-tieu-nay")]
    [InlineData("/thanh-tuu/Ty-Le-Ho-Ngheo")]
    [InlineData("/thanh-tuu/ty_le_ho_ngheo")]
    [InlineData("/thanh-tuu/ty--le")]
    [InlineData("/thanh-tuu/-ty-le")]
    [InlineData("/thanh-tuu/t%E1%BB%B7-l%E1%BB%87")]
    public async Task AnUnknownOrMalformedSlug_Gets404(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    /// <summary>A renamed indicator's old page answers 301 to the new one; an archived one's page and chart are gone.</summary>
    [Fact]
    public async Task RenamedIndicator_KeepsItsOldAddress_AndArchivedOneLeavesEveryPage()
    {
        using var portal = new PortalFactory();
        var editor = await portal.SignedInClientAsync();
        var visitor = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = await portal.IdOfAsync<Indicator>("ty-le-ho-ngheo");

        AssertRedirect(await editor.SubmitAsync($"/admin/chi-tieu/{id}/sua", "main form[method=post]",
            new Dictionary<string, string> { ["Form.Slug"] = "ty-le-ho-ngheo-moi" }), "/admin/chi-tieu/");

        var moved = await visitor.GetAsync("/thanh-tuu/ty-le-ho-ngheo");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/thanh-tuu/ty-le-ho-ngheo-moi", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/thanh-tuu/ty-le-ho-ngheo-moi")).StatusCode);

        AssertRedirect(await editor.SubmitAsync("/admin/chi-tieu?Q=ngheo", $"form[action='/admin/chi-tieu/{id}/luu-tru']"), "/admin/chi-tieu");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/thanh-tuu/ty-le-ho-ngheo-moi")).StatusCode);
        var achievements = await visitor.GetDocumentAsync("/thanh-tuu");
        Assert.Null(achievements.QuerySelector("#chi-tieu-ty-le-ho-ngheo-moi"));
        Assert.Null(achievements.QuerySelector("#bieu-do-ty-le-ho-ngheo-moi-tieu-de"));
        Assert.DoesNotContain(achievements.QuerySelectorAll("svg.chart title"), t => t.TextContent == "Tỷ lệ hộ nghèo");
        Assert.NotEmpty(achievements.QuerySelectorAll("svg.chart"));
        Assert.DoesNotContain("/thanh-tuu/ty-le-ho-ngheo-moi", await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }
}
