using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The public target tracker: /muc-tieu per breakthrough linking a page per target, with its numbers, its status in
/// words, the share of the way done where the goal is numeric, and its dated history with sources.
/// </summary>
public sealed class TargetTrackerTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    private Task<(int Id, string Slug)> CreateNumericTargetAsync(HttpClient client, string title) => CreateMeasuredTargetAsync(factory, client, title);

    /// <summary>
    /// A target of breakthrough 2 from 40% to 90% by 2030, with three dated updates: 50% (10/01/2026), 65% (30/06/2026)
    /// and a note without a value (01/09/2026); so its share is 50%.
    /// </summary>
    public static async Task<(int Id, string Slug)> CreateMeasuredTargetAsync(PortalFactory factory, HttpClient client, string title)
    {
        var breakthroughId = await factory.IdOfAsync<Breakthrough>("dot-pha-cai-cach-hanh-chinh-chuyen-doi-so");
        var id = IdFromRedirect(await client.SubmitAsync("/admin/muc-tieu/tao", Form, new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.BreakthroughId"] = breakthroughId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Metric"] = "Hồ sơ giải quyết trực tuyến",
            ["Form.Unit"] = "%",
            ["Form.BaselineValue"] = "40",
            ["Form.TargetValue"] = "90",
            ["Form.DeadlineYear"] = "2030",
            ["Form.ResponsibleBody"] = "Văn phòng HĐND và UBND phường",
            ["Form.Status"] = nameof(TargetStatus.OnTrack),
        }));
        foreach (var (date, value, note, source) in new[]
        {
            ("10/01/2026", "50", "Quý I", "Báo cáo UBND phường quý I/2026"),
            ("30/06/2026", "65", "Sáu tháng đầu năm", "Báo cáo UBND phường 6 tháng đầu năm 2026"),
            ("01/09/2026", "", "Đang tổng hợp số liệu quý III", "Văn phòng UBND phường"),
        })
        {
            AssertRedirect(
                await client.SubmitAsync($"/admin/muc-tieu/{id}/sua", "form[action$='/tien-do/them']", new Dictionary<string, string>
                {
                    ["NewUpdate.Date"] = date,
                    ["NewUpdate.Value"] = value,
                    ["NewUpdate.Note"] = note,
                    ["NewUpdate.Source"] = source,
                }),
                $"/admin/muc-tieu/{id}/sua#tien-do");
        }

        return (id, await factory.WithDbAsync(db => db.Targets.Where(t => t.Id == id).Select(t => t.Slug).SingleAsync()));
    }

    private static string Fact(AngleSharp.Html.Dom.IHtmlDocument page, string term) =>
        page.QuerySelectorAll(".facts dt").Single(dt => dt.TextContent.Trim() == term).NextElementSibling!.TextContent.Trim();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task TargetPage_ShowsItsNumbersStatusShareAndDatedHistoryWithSources()
    {
        var client = await factory.SignedInClientAsync();
        var (_, slug) = await CreateNumericTargetAsync(client, "Hồ sơ trực tuyến toàn trình");

        var page = await factory.CreateClient().GetDocumentAsync($"/muc-tieu/{slug}");

        Assert.Equal("Hồ sơ trực tuyến toàn trình", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Đang thực hiện đúng tiến độ", Fact(page, "Trạng thái"));
        Assert.Equal("Hồ sơ giải quyết trực tuyến 90%", Fact(page, "Chỉ tiêu"));
        Assert.Equal("40%", Fact(page, "Giá trị ban đầu"));
        Assert.Equal("65% (ngày 30/06/2026)", Fact(page, "Giá trị đạt được gần nhất"));
        Assert.Equal("50% chặng đường từ giá trị ban đầu đến chỉ tiêu", Squash(Fact(page, "Mức hoàn thành")));
        Assert.Equal("50", page.QuerySelector(".share progress")!.GetAttribute("value"));
        Assert.Equal("2030", Fact(page, "Thời hạn"));
        Assert.Equal("Văn phòng HĐND và UBND phường", Fact(page, "Đơn vị chủ trì"));
        Assert.StartsWith("Khâu đột phá thứ 2: Cải cách hành chính", page.QuerySelector("a[href='/muc-tieu#dot-pha-cai-cach-hanh-chinh-chuyen-doi-so']")!.TextContent, StringComparison.Ordinal);

        var rows = page.QuerySelectorAll("ol.progress-history > li")
            .Select(r => string.Join(" | ", r.Children.Select(c => Squash(c.TextContent))))
            .ToList();
        Assert.Equal(
            [
                "01/09/2026 | Đang tổng hợp số liệu quý III | Nguồn: Văn phòng UBND phường",
                "30/06/2026 | Giá trị: 65% | Sáu tháng đầu năm | Nguồn: Báo cáo UBND phường 6 tháng đầu năm 2026",
                "10/01/2026 | Giá trị: 50% | Quý I | Nguồn: Báo cáo UBND phường quý I/2026",
            ],
            rows);
        Assert.Equal("2026-09-01", page.QuerySelector("ol.progress-history time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task TargetsPage_LinksEachTargetToItsPage_UnderItsBreakthrough_WithItsShare()
    {
        var client = await factory.SignedInClientAsync();
        var (_, slug) = await CreateNumericTargetAsync(client, "Thanh toán không dùng tiền mặt");

        var page = await factory.CreateClient().GetDocumentAsync("/muc-tieu");

        var item = page.GetElementById(slug)!;
        Assert.Equal("dot-pha-cai-cach-hanh-chinh-chuyen-doi-so", item.Closest("section")!.GetAttribute("aria-labelledby"));
        Assert.Equal($"/muc-tieu/{slug}", item.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("50% chặng đường", Squash(item.QuerySelector(".share")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("01/09/2026", item.QuerySelector(".progress")!.TextContent, StringComparison.Ordinal);

        // A qualitative goal's row says nothing of a share there: its own page says why there is none.
        Assert.DoesNotContain("Mức hoàn thành", page.GetElementById("xay-dung-thanh-mieu-thanh-diem-den-van-hoa")!.TextContent, StringComparison.Ordinal);

        // Every shown target links to a page that answers.
        var links = page.QuerySelectorAll("li.target h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count >= 10, $"{links.Count} target links");
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task QualitativeTarget_SaysWhyNoShareIsComputed_AndHasNoProgressBar()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/muc-tieu/xay-dung-thanh-mieu-thanh-diem-den-van-hoa");

        Assert.Equal("Xây dựng Thanh Miếu thành “điểm đến văn hóa”", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Chưa đánh giá", Fact(page, "Trạng thái"));
        Assert.Contains("mục tiêu định tính", Fact(page, "Mức hoàn thành"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("progress"));
        Assert.Contains("Chưa có cập nhật tiến độ", page.QuerySelector("#lich-su-tien-do")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumericTargetWithoutMeasurement_SaysTheActualIsMissing()
    {
        var client = await factory.SignedInClientAsync();
        var breakthroughId = await factory.IdOfAsync<Breakthrough>("dot-pha-ha-tang-do-thi");
        var id = IdFromRedirect(await client.SubmitAsync("/admin/muc-tieu/tao", Form, new Dictionary<string, string>
        {
            ["Form.Title"] = "Chiều dài đường được chỉnh trang",
            ["Form.BreakthroughId"] = breakthroughId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Unit"] = "km",
            ["Form.BaselineValue"] = "0",
            ["Form.TargetValue"] = "12",
        }));
        var slug = await factory.WithDbAsync(db => db.Targets.Where(t => t.Id == id).Select(t => t.Slug).SingleAsync());

        var page = await factory.CreateClient().GetDocumentAsync($"/muc-tieu/{slug}");

        Assert.Equal("Chưa tính được: chưa có số liệu thực hiện.", Fact(page, "Mức hoàn thành"));
        Assert.Null(page.QuerySelector(".latest-actual"));
    }

    [Theory]
    [InlineData("/muc-tieu/khong-co-muc-tieu-nay")]
    [InlineData("/muc-tieu/Khong%20Hop%20Le")]
    [InlineData("/muc-tieu/muc_tieu")]
    public async Task UnknownOrMalformedTarget_Is404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task ArchivedTarget_HasNoPage_AndRenamedTarget_LeavesA301()
    {
        var client = await factory.SignedInClientAsync();
        var (id, slug) = await CreateNumericTargetAsync(client, "Mục tiêu đổi địa chỉ");
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        AssertRedirect(await client.SubmitAsync($"/admin/muc-tieu/{id}/sua", Form, new Dictionary<string, string> { ["Form.Slug"] = slug + "-moi" }), $"/admin/muc-tieu/{id}/sua");
        var moved = await anonymous.GetAsync($"/muc-tieu/{slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/muc-tieu/{slug}-moi", moved.Headers.Location!.OriginalString);

        AssertRedirect(await client.SubmitAsync("/admin/muc-tieu?Q=doi+dia+chi", $"form[action='/admin/muc-tieu/{id}/luu-tru']"), "/admin/muc-tieu");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/muc-tieu/{slug}-moi")).StatusCode);
        Assert.Null((await anonymous.GetDocumentAsync("/muc-tieu")).GetElementById(slug + "-moi"));
    }

    [Fact]
    public async Task Sitemap_ListsEachShownTargetsPage()
    {
        var sitemap = await factory.CreateClient().GetStringAsync("/sitemap.xml");
        var slugs = await factory.WithDbAsync(db => db.Targets.Where(t => !t.IsArchived).Select(t => t.Slug).ToListAsync());

        Assert.All(slugs, slug => Assert.Contains($"/muc-tieu/{slug}</loc>", sitemap, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TargetsInTheApi_LinkToTheirPages_AndGiveTheShareOnlyWhereItIsComputed()
    {
        var (_, slug) = await CreateNumericTargetAsync(await factory.SignedInClientAsync(), "Mục tiêu trong API");
        var client = factory.CreateClient();

        using var measured = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/targets/{slug}"));
        using var qualitative = JsonDocument.Parse(await client.GetStringAsync("/api/v1/targets/xay-dung-thanh-mieu-thanh-diem-den-van-hoa"));

        Assert.EndsWith($"/muc-tieu/{slug}", measured.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(50m, measured.RootElement.GetProperty("progressPercent").GetDecimal());
        Assert.EndsWith("/muc-tieu/xay-dung-thanh-mieu-thanh-diem-den-van-hoa", qualitative.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, qualitative.RootElement.GetProperty("progressPercent").ValueKind);
    }

    [Theory]
    [InlineData("/thanh-tuu", new[] { "/du-lieu-mo/chi-tieu.csv", "/api/v1/indicators" })]
    [InlineData("/muc-tieu", new[] { "/du-lieu-mo/muc-tieu.csv", "/du-lieu-mo/cap-nhat-muc-tieu.csv", "/api/v1/targets" })]
    [InlineData("/di-san", new[] { "/api/v1/heritage-sites", "/di-san/lich-le-hoi.ics" })]
    public async Task DataPages_LinkTheirDownloads_AndEachAnswers(string path, string[] downloads)
    {
        var client = factory.CreateClient();
        var box = (await client.GetDocumentAsync(path)).QuerySelector("aside.downloads")!;
        var links = box.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href")!, Type: a.GetAttribute("type"))).ToList();

        foreach (var download in downloads)
        {
            var link = links.Single(l => l.Href.Split('?')[0] == download);
            var response = await client.GetAsync(link.Href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(link.Type, response.Content.Headers.ContentType!.MediaType);
        }

        Assert.Contains(links, l => l.Href.StartsWith("/du-lieu-mo#", StringComparison.Ordinal));
    }
}
