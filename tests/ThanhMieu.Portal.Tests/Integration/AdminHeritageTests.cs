using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/di-san and /admin/le-hoi: heritage sites and festivals, as /di-san shows them.</summary>
public sealed class AdminHeritageTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    private static async Task<int> CreateSiteAsync(HttpClient client, string name, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string> { ["Form.Name"] = name, ["Form.Kind"] = nameof(HeritageKind.Dinh), ["Form.Summary"] = "Tóm tắt thử." };
        foreach (var (key, value) in fields ?? [])
        {
            values[key] = value;
        }

        return IdFromRedirect(await client.SubmitAsync("/admin/di-san/tao", Form, values));
    }

    [Fact]
    public async Task EditedDescriptionMarkdown_ShowsRenderedOnTheSitePage_WithRawHtmlEscaped()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<HeritageSite>("den-tam-giang");
        const string markdown = "## Lịch sử mới\n\nĐền **thờ** Tam Giang.\n\n<script>alert('xss')</script>\n\n[Liên kết xấu](javascript:alert(1))";

        var response = await client.SubmitAsync($"/admin/di-san/{id}/sua", Form, new Dictionary<string, string> { ["Form.DescriptionMarkdown"] = markdown });

        AssertRedirect(response, $"/admin/di-san/{id}/sua");
        var prose = (await client.GetDocumentAsync("/di-san/den-tam-giang")).QuerySelector("article .prose")!;
        Assert.Equal("Lịch sử mới", prose.QuerySelector("h2#lich-su-moi")?.TextContent);
        Assert.Equal("thờ", prose.QuerySelector("strong")?.TextContent);
        Assert.Null(prose.QuerySelector("script"));
        Assert.Contains("<script>alert('xss')</script>", prose.TextContent, StringComparison.Ordinal);
        Assert.Empty(prose.QuerySelectorAll("a[href^='javascript']"));
        var saved = await factory.WithDbAsync(db => db.HeritageSites.SingleAsync(h => h.Id == id));
        Assert.Equal(markdown, saved.DescriptionMarkdown);
    }

    [Fact]
    public async Task PreviewingTheDescription_RendersIt_WithoutSaving()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<HeritageSite>("chua-dai-bi");
        var before = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));
        var page = await client.GetDocumentAsync($"/admin/di-san/{id}/sua");

        var response = await client.SubmitAsync(
            page, Form, new Dictionary<string, string> { ["Form.DescriptionMarkdown"] = "Chùa có *gác chuông* cổ." }, submitter: "button[formaction$='/xem-truoc']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await ParseAsync(response);
        Assert.Equal("gác chuông", preview.QuerySelector("#ban-xem-truoc .prose em")?.TextContent);
        Assert.Contains("Chùa có *gác chuông* cổ.", preview.QuerySelector("textarea[name='Form.DescriptionMarkdown']")!.TextContent, StringComparison.Ordinal);
        var after = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal(before.DescriptionMarkdown, after.DescriptionMarkdown);
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task CreatedSite_WithFormerUnitAndCoordinates_ShowsOnHeritagePages()
    {
        var client = await factory.SignedInClientAsync();
        var unitId = await factory.IdOfAsync<FormerUnit>("tho-son");

        var id = await CreateSiteAsync(client, "Đình Thọ Sơn thử", new()
        {
            ["Form.FormerUnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Latitude"] = "21,3189",
            ["Form.Longitude"] = "105.4303",
        });

        var site = await factory.WithDbAsync(db => db.HeritageSites.SingleAsync(h => h.Id == id));
        Assert.Equal("dinh-tho-son-thu", site.Slug);
        Assert.Equal(21.3189, site.Latitude);
        Assert.Equal(105.4303, site.Longitude);
        Assert.Contains("Đình Thọ Sơn thử", Text(await client.GetDocumentAsync("/di-san")), StringComparison.Ordinal);
        var detail = Text(await client.GetDocumentAsync("/di-san/dinh-tho-son-thu"));
        Assert.Contains("21,3189, 105,4303", detail, StringComparison.Ordinal);
        Assert.Contains("Thọ Sơn", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91", "10", "Form.Latitude", "phải từ -90 đến 90")]
    [InlineData("21", "181", "Form.Longitude", "phải từ -180 đến 180")]
    [InlineData("21,3", "", "Form.Longitude", "cả vĩ độ và kinh độ")]
    [InlineData("bắc", "105", "Form.Latitude", "phải là một số")]
    public async Task BadCoordinates_ShowAMessageBesideTheField_AndSaveNothing(string latitude, string longitude, string field, string message)
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<HeritageSite>("dinh-bach-hac");
        var before = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));

        var response = await client.SubmitAsync($"/admin/di-san/{id}/sua", Form, new Dictionary<string, string>
        {
            ["Form.Latitude"] = latitude,
            ["Form.Longitude"] = longitude,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
        var after = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.Null(after.Latitude);
    }

    [Fact]
    public async Task ArchivingASite_Answers404OnItsPage_AndRestoringBringsItBack()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateSiteAsync(client, "Di tích lưu trữ thử");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/di-san/di-tich-luu-tru-thu")).StatusCode);

        var archived = await client.SubmitAsync("/admin/di-san", $"form[action='/admin/di-san/{id}/luu-tru']");

        AssertRedirect(archived, "/admin/di-san");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/di-san/di-tich-luu-tru-thu")).StatusCode);
        Assert.DoesNotContain("Di tích lưu trữ thử", Text(await client.GetDocumentAsync("/di-san")), StringComparison.Ordinal);
        var editPage = await client.GetDocumentAsync($"/admin/di-san/{id}/sua");
        Assert.Contains("đang được lưu trữ", Text(editPage), StringComparison.Ordinal);

        await client.SubmitAsync(editPage, $"form[action='/admin/di-san/{id}/khoi-phuc']");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/di-san/di-tich-luu-tru-thu")).StatusCode);
    }

    [Fact]
    public async Task TwoEditorsSavingTheSameSite_SecondGetsAConflictShowingBothValues_AndTheFirstIsKept()
    {
        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var id = await CreateSiteAsync(first, "Di tích hai người sửa");
        var firstForm = await first.GetDocumentAsync($"/admin/di-san/{id}/sua");
        var secondForm = await second.GetDocumentAsync($"/admin/di-san/{id}/sua");

        var firstSave = await first.SubmitAsync(firstForm, Form, new Dictionary<string, string> { ["Form.DescriptionMarkdown"] = "Bản của người thứ nhất." });
        var secondSave = await second.SubmitAsync(secondForm, Form, new Dictionary<string, string>
        {
            ["Form.DescriptionMarkdown"] = "Bản của người thứ hai.",
            ["Form.Address"] = "Phố Bạch Hạc",
        });

        AssertRedirect(firstSave, $"/admin/di-san/{id}/sua");
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var conflict = await ParseAsync(secondSave);
        var rows = conflict.QuerySelectorAll(".conflict-table tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => (Saved: r.QuerySelector(".saved-value")!.TextContent, Mine: r.QuerySelector(".submitted-value")!.TextContent));
        Assert.Equal(("Bản của người thứ nhất.", "Bản của người thứ hai."), rows["Mô tả"]);
        Assert.Equal(("(để trống)", "Phố Bạch Hạc"), rows["Địa chỉ"]);
        Assert.DoesNotContain("Tên di sản", rows.Keys);
        Assert.Contains("Bản của người thứ hai.", conflict.QuerySelector("textarea[name='Form.DescriptionMarkdown']")!.TextContent, StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal("Bản của người thứ nhất.", saved.DescriptionMarkdown);
        Assert.Null(saved.Address);
        Assert.Equal(saved.ConcurrencyStamp.ToString(), conflict.QuerySelector("[name='Form.ConcurrencyStamp']")!.GetAttribute("value"));
        Assert.Contains("Bản của người thứ nhất.", Text(await first.GetDocumentAsync("/di-san/di-tich-hai-nguoi-sua")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FestivalWithoutASite_ShowsAmongOtherFestivals()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/le-hoi/tao", Form, new Dictionary<string, string>
        {
            ["Form.Name"] = "Hội vật cổ truyền",
            ["Form.HeritageSiteId"] = "",
            ["Form.Description"] = "Hội vật đầu xuân.",
        });

        var id = IdFromRedirect(response);
        await client.SubmitAsync($"/admin/le-hoi/{id}/sua", "form[action$='/ngay/them']", new Dictionary<string, string>
        {
            ["NewDate.Day"] = "6",
            ["NewDate.Month"] = "1",
        });
        Assert.Null(await factory.WithDbAsync(db => db.Festivals.Where(f => f.Id == id).Select(f => f.HeritageSiteId).SingleAsync()));
        var other = (await client.GetDocumentAsync("/di-san")).QuerySelector("#le-hoi-khac")!.ParentElement!;
        var festival = other.QuerySelector("#hoi-vat-co-truyen");
        Assert.NotNull(festival);
        Assert.Contains("Ngày 6/1 (âm lịch)", festival.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FestivalAddedFromASite_IsHeldThere_AndListedInTheSitesEditScreen()
    {
        var client = await factory.SignedInClientAsync();
        var siteId = await CreateSiteAsync(client, "Đình có lễ hội thử");
        var sitePage = await client.GetDocumentAsync($"/admin/di-san/{siteId}/sua");
        var addLink = sitePage.QuerySelector("a[href^='/admin/le-hoi/tao?site=']")!.GetAttribute("href")!;

        var festivalId = IdFromRedirect(await client.SubmitAsync(addLink, Form, new Dictionary<string, string> { ["Form.Name"] = "Lễ rước thử" }));

        Assert.Equal(siteId, await factory.WithDbAsync(db => db.Festivals.Where(f => f.Id == festivalId).Select(f => f.HeritageSiteId).SingleAsync()));
        var links = (await client.GetDocumentAsync($"/admin/di-san/{siteId}/sua")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/admin/le-hoi/{festivalId}/sua", links);
        Assert.NotNull((await client.GetDocumentAsync("/di-san/dinh-co-le-hoi-thu")).QuerySelector("#le-ruoc-thu"));
    }

    [Fact]
    public async Task ArchivingAFestival_HidesItFromItsSitePage()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<Festival>("le-hoi-den-tam-giang");
        Assert.NotNull((await client.GetDocumentAsync("/di-san/den-tam-giang")).QuerySelector("#le-hoi-den-tam-giang"));

        await client.SubmitAsync("/admin/le-hoi", $"form[action='/admin/le-hoi/{id}/luu-tru']");

        Assert.Null((await client.GetDocumentAsync("/di-san/den-tam-giang")).QuerySelector("#le-hoi-den-tam-giang"));
    }

    [Fact]
    public async Task DuplicateFestivalSlug_IsRefusedWithAMessage()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/le-hoi/tao", Form, new Dictionary<string, string> { ["Form.Name"] = "Bơi chải", ["Form.Slug"] = "boi-chai" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("đã được dùng cho một lễ hội khác", FieldError(await ParseAsync(response), "Form.Slug"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/admin/di-san/999999/sua")]
    [InlineData("POST", "/admin/di-san/999999/sua")]
    [InlineData("POST", "/admin/di-san/999999/xem-truoc")]
    [InlineData("GET", "/admin/le-hoi/999999/sua")]
    [InlineData("POST", "/admin/le-hoi/999999/luu-tru")]
    public async Task UnknownIds_Answer404(string method, string url)
    {
        var client = await factory.SignedInClientAsync();

        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostFormAsync(url, new Dictionary<string, string> { ["Form.Name"] = "x" }, "/admin/di-san");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
