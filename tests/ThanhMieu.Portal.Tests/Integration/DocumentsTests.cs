using System.Net;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>The documents register as residents use it: /van-ban with its filters and search, and a page per document.</summary>
public sealed class DocumentsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string SeededPage = "/van-ban/1676-nq-ubtvqh15";

    private static async Task<int> AddAsync(PortalFactory portal, string number, LegalDocumentType type, string issuer, DateOnly signed, string summary,
        string? field = null, bool archived = false, int? replaces = null) =>
        await portal.WithDbAsync(async db =>
        {
            var document = new LegalDocument
            {
                DocumentNumber = number,
                Slug = ThanhMieu.Portal.Services.Slugifier.Slugify(number),
                Type = type,
                IssuingBody = issuer,
                SignedOn = signed,
                Summary = summary,
                Field = field,
                IsArchived = archived,
                ReplacesId = replaces,
                ConcurrencyStamp = Guid.NewGuid(),
            };
            document.UpdateSearchText();
            db.LegalDocuments.Add(document);
            await db.SaveChangesAsync();
            return document.Id;
        });

    private static async Task<IReadOnlyList<string>> ListedAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelectorAll(".document-list h3").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task TheList_ShowsTheSeededResolution_AndTheNavigationLeadsThere()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/van-ban");

        Assert.Contains("Nghị quyết 1676/NQ-UBTVQH15", page.QuerySelector(".document-list")?.TextContent);
        Assert.Contains("Ủy ban Thường vụ Quốc hội", page.QuerySelector(".document-list")?.TextContent);
        Assert.Contains("16/06/2025", page.QuerySelector(".document-list")?.TextContent);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href") == "/van-ban" && a.TextContent == "Văn bản");
    }

    [Theory]
    [InlineData("1676/NQ-UBTVQH15")]
    [InlineData("1676-NQ-UBTVQH15")]
    [InlineData("1676/nq/ubtvqh15")]
    [InlineData("nq-ubtvqh15")]
    [InlineData("sắp xếp đơn vị hành chính")]
    [InlineData("sap xep don vi hanh chinh")]
    [InlineData("PHÚ THỌ")]
    [InlineData("uy ban thuong vu")]
    public async Task Search_FindsTheResolution_ByNumberOrSummary_WithOrWithoutDiacritics(string q)
    {
        var listed = await ListedAsync(factory.CreateClient(), "/van-ban?q=" + Uri.EscapeDataString(q));

        Assert.Contains("Nghị quyết 1676/NQ-UBTVQH15", listed);
    }

    [Theory]
    [InlineData("1677/NQ-UBTVQH15")]
    [InlineData("quyết toán")]
    public async Task Search_ForSomethingElse_FindsNothing_AndSaysSo(string q)
    {
        var page = await factory.CreateClient().GetDocumentAsync("/van-ban?q=" + Uri.EscapeDataString(q));

        Assert.Empty(page.QuerySelectorAll(".document-list h3"));
        Assert.Contains("Không tìm thấy văn bản nào khớp", page.Body?.TextContent);
    }

    [Fact]
    public async Task Filters_ByTypeIssuerFieldAndYear_KeepOnlyMatchingDocuments()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        await AddAsync(portal, "12/KH-UBND", LegalDocumentType.Plan, "Ủy ban nhân dân phường Thanh Miếu", new DateOnly(2026, 3, 2), "Kế hoạch thử nghiệm chuyển đổi số", field: "Chuyển đổi số");
        await AddAsync(portal, "5/QĐ-UBND", LegalDocumentType.Decision, "Ủy ban nhân dân phường Thanh Miếu", new DateOnly(2025, 9, 1), "Quyết định thử nghiệm", field: "Tổ chức bộ máy");

        Assert.Equal(["Kế hoạch 12/KH-UBND"], await ListedAsync(client, "/van-ban?loai=ke-hoach"));
        Assert.Equal(["Nghị quyết 1676/NQ-UBTVQH15"], await ListedAsync(client, "/van-ban?co-quan=" + Uri.EscapeDataString("Ủy ban Thường vụ Quốc hội")));
        Assert.Equal(["Quyết định 5/QĐ-UBND"], await ListedAsync(client, "/van-ban?linh-vuc=" + Uri.EscapeDataString("Tổ chức bộ máy")));
        Assert.Equal(["Quyết định 5/QĐ-UBND", "Nghị quyết 1676/NQ-UBTVQH15"], await ListedAsync(client, "/van-ban?nam=2025"));
        Assert.Empty(await ListedAsync(client, "/van-ban?nam=2025&loai=ke-hoach"));

        // The selects offer what the register holds.
        var page = await client.GetDocumentAsync("/van-ban");
        Assert.Contains(page.QuerySelectorAll("#linh-vuc option"), o => o.TextContent == "Chuyển đổi số");
        Assert.Equal(["", "2026", "2025"], page.QuerySelectorAll("#nam option").Select(o => o.GetAttribute("value")));
    }

    [Theory]
    [InlineData("/van-ban?nam=abc")]
    [InlineData("/van-ban?loai=khong-co-loai-nay")]
    [InlineData("/van-ban?nam=1800")]
    [InlineData("/van-ban?trang=x")]
    public async Task MalformedFilters_Get400(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Paging_SplitsTheList_AndKeepsTheFilters()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?> { ["Portal:DocumentsPageSize"] = "2" });
        var client = portal.CreateClient();
        for (var i = 1; i <= 4; i++)
        {
            await AddAsync(portal, $"{i}/TB-UBND", LegalDocumentType.Notice, "Ủy ban nhân dân phường Thanh Miếu", new DateOnly(2026, 1, i), "Thông báo thử nghiệm số " + i);
        }

        var first = await client.GetDocumentAsync("/van-ban?loai=thong-bao");
        Assert.Equal(["Thông báo 4/TB-UBND", "Thông báo 3/TB-UBND"], first.QuerySelectorAll(".document-list h3").Select(h => h.TextContent.Trim()));
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/van-ban?loai=thong-bao&trang=2", next);
        Assert.Equal(["Thông báo 2/TB-UBND", "Thông báo 1/TB-UBND"], await ListedAsync(client, next!));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/van-ban?loai=thong-bao&trang=3")).StatusCode);
    }

    [Fact]
    public async Task ThePage_ShowsEveryFact_ItsSource_AndThatNoFileIsHeld()
    {
        var page = await factory.CreateClient().GetDocumentAsync(SeededPage);

        Assert.Equal("Nghị quyết 1676/NQ-UBTVQH15", page.QuerySelector("h1")?.TextContent);
        var facts = page.QuerySelector("dl.facts")?.TextContent;
        Assert.Contains("Ủy ban Thường vụ Quốc hội", facts);
        Assert.Contains("16/06/2025", facts);
        Assert.Contains("Còn hiệu lực", facts);
        Assert.Contains("sắp xếp các đơn vị hành chính cấp xã của tỉnh Phú Thọ", page.QuerySelector(".lead")?.TextContent);
        Assert.Contains("Nghị quyết 1676/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội", page.QuerySelector(".sources")?.TextContent);
        Assert.Contains("chưa có bản điện tử", page.Body?.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("dl.facts dt"), dt => dt.TextContent == "Người ký");
    }

    [Fact]
    public async Task ThePage_LinksBothWays_BetweenAReplacedDocumentAndItsReplacement_OnlyWhileBothShow()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        var old = await AddAsync(portal, "1/KH-UBND", LegalDocumentType.Plan, "Ủy ban nhân dân phường Thanh Miếu", new DateOnly(2025, 8, 1), "Kế hoạch cũ");
        var newer = await AddAsync(portal, "2/KH-UBND", LegalDocumentType.Plan, "Ủy ban nhân dân phường Thanh Miếu", new DateOnly(2025, 10, 1), "Kế hoạch mới", replaces: old);

        var newPage = await client.GetDocumentAsync("/van-ban/2-kh-ubnd");
        Assert.Contains(newPage.QuerySelectorAll("dl.facts a"), a => a.GetAttribute("href") == "/van-ban/1-kh-ubnd");
        var oldPage = await client.GetDocumentAsync("/van-ban/1-kh-ubnd");
        Assert.Contains(oldPage.QuerySelectorAll("dl.facts a"), a => a.GetAttribute("href") == "/van-ban/2-kh-ubnd");
        Assert.Contains("Bị thay thế bởi", oldPage.QuerySelector("dl.facts")?.TextContent);

        await portal.WithDbAsync(async db =>
        {
            (await db.LegalDocuments.FindAsync(newer))!.IsArchived = true;
            return await db.SaveChangesAsync();
        });
        oldPage = await client.GetDocumentAsync("/van-ban/1-kh-ubnd");
        Assert.DoesNotContain("Bị thay thế bởi", oldPage.QuerySelector("dl.facts")?.TextContent);
    }

    [Theory]
    [InlineData("/van-ban/khong-co-van-ban-nay")]
    [InlineData("/van-ban/Khong_Hop_Le")]
    [InlineData("/van-ban/1676-nq-ubtvqh15/tep/999")]
    public async Task UnknownDocumentsAndFiles_Get404(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnArchivedDocument_NeverShows_NotInTheList_NotInSearch_AndItsPageIs404()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        await AddAsync(portal, "9/TB-UBND", LegalDocumentType.Notice, "Ủy ban nhân dân phường Thanh Miếu", new DateOnly(2026, 2, 1), "Thông báo đã lưu trữ", archived: true);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/van-ban/9-tb-ubnd")).StatusCode);
        Assert.DoesNotContain("Thông báo 9/TB-UBND", await ListedAsync(client, "/van-ban"));
        Assert.Empty(await ListedAsync(client, "/van-ban?q=9-tb-ubnd"));
        Assert.DoesNotContain(
            (await client.GetDocumentAsync("/van-ban")).QuerySelectorAll("#nam option"), o => o.TextContent == "2026");
    }

    [Fact]
    public async Task Head_AnswersLikeGet()
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, SeededPage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
