using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/gioi-thieu/to-chuc and /admin/to-chuc: the ward's bodies and their people, on the shared edit pipeline.</summary>
public sealed class OrganisationTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";
    private const string AddOfficialForm = "form[action$='/can-bo/them']";

    private static async Task<int> CreateOrganisationAsync(HttpClient client, string name, string duties = "")
    {
        var response = await client.SubmitAsync("/admin/to-chuc/tao", Form, new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.DutiesMarkdown"] = duties,
        });
        return IdFromRedirect(response);
    }

    private static Task<HttpResponseMessage> AddOfficialAsync(HttpClient client, int id, Dictionary<string, string> fields) =>
        client.SubmitAsync($"/admin/to-chuc/{id}/sua", AddOfficialForm, fields);

    [Fact]
    public async Task OrganisationPage_ShowsTheSeededBodies_AndPhamXuanHiep_WithNoInventedContacts()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/gioi-thieu/to-chuc");

        var text = Text(page);
        Assert.Equal("Tổ chức bộ máy", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains("Đảng ủy phường Thanh Miếu", text, StringComparison.Ordinal);
        Assert.Contains("Hội đồng nhân dân phường Thanh Miếu", text, StringComparison.Ordinal);
        var party = page.QuerySelector("section[aria-labelledby=dang-uy-phuong]");
        Assert.Contains("Phạm Xuân Hiệp", party?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bí thư Đảng ủy", party?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch HĐND phường", page.QuerySelector("section[aria-labelledby=hoi-dong-nhan-dan-phuong]")?.TextContent, StringComparison.Ordinal);
        var seeded = await factory.WithDbAsync(db => db.Officials.AsNoTracking().Where(p => p.Name == "Phạm Xuân Hiệp").ToListAsync());
        Assert.Equal(2, seeded.Count);
        Assert.All(seeded, p => Assert.True(p.Phone is null && p.Email is null && p.PhotoPath is null));
    }

    [Fact]
    public async Task AboutPage_LinksTheOrganisationPage()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/gioi-thieu");

        Assert.NotNull(page.QuerySelector("main a[href='/gioi-thieu/to-chuc']"));
    }

    [Fact]
    public async Task Organisation_IsCreatedEditedAndArchived_ThroughThePipeline_WithItsPeople()
    {
        var client = await factory.SignedInClientAsync();
        var name = "Ủy ban Mặt trận Tổ quốc thử " + ArticleForms.Unique();
        var id = await CreateOrganisationAsync(client, name, "## Nhiệm vụ\n\n- **Tập hợp** khối đại đoàn kết");

        var saved = await factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Contains("<strong>Tập hợp</strong>", saved.DutiesHtml, StringComparison.Ordinal);

        var added = await AddOfficialAsync(client, id, new()
        {
            ["NewOfficial.Name"] = "Nguyễn Văn Thử",
            ["NewOfficial.Position"] = "Chủ tịch",
            ["NewOfficial.Phone"] = "0210 000 000",
            ["NewOfficial.Email"] = "thu@example.org",
        });
        AssertRedirect(added, $"/admin/to-chuc/{id}/sua#can-bo");
        var official = await factory.WithDbAsync(db => db.Officials.AsNoTracking().SingleAsync(p => p.OrganisationId == id));

        var section = (await factory.CreateClient().GetDocumentAsync("/gioi-thieu/to-chuc")).QuerySelector($"section[aria-labelledby={saved.Slug}]");
        Assert.NotNull(section);
        Assert.Contains("Nguyễn Văn Thử", section.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:0210000000", section.QuerySelector("a[href^='tel:']")?.GetAttribute("href"));
        Assert.Equal("mailto:thu@example.org", section.QuerySelector("a[href^='mailto:']")?.GetAttribute("href"));

        var edited = await client.SubmitAsync($"/admin/to-chuc/{id}/sua", $"form[action$='/can-bo/{official.Id}/sua']", new Dictionary<string, string>
        {
            [$"Official{official.Id}.Position"] = "Phó Chủ tịch",
        });
        AssertRedirect(edited, $"/admin/to-chuc/{id}/sua#can-bo");
        Assert.Equal("Phó Chủ tịch", await factory.WithDbAsync(db => db.Officials.Where(p => p.Id == official.Id).Select(p => p.Position).SingleAsync()));

        var renamed = await client.SubmitAsync($"/admin/to-chuc/{id}/sua", Form, new Dictionary<string, string> { ["Form.Contact"] = "Trụ sở thử nghiệm" });
        AssertRedirect(renamed, $"/admin/to-chuc/{id}/sua");
        Assert.Contains("Trụ sở thử nghiệm", Text(await factory.CreateClient().GetDocumentAsync("/gioi-thieu/to-chuc")), StringComparison.Ordinal);

        var question = await client.GetDocumentAsync($"/admin/to-chuc/{id}/can-bo/{official.Id}/xoa");
        Assert.Contains("Nguyễn Văn Thử", question.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        AssertRedirect(await client.SubmitAsync(question, "main form[method=post]"), $"/admin/to-chuc/{id}/sua#can-bo");
        Assert.False(await factory.WithDbAsync(db => db.Officials.AnyAsync(p => p.Id == official.Id)));

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(Organisation) && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                || (e.EntityType == nameof(Official) && e.EntityId == official.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(e => new { e.EntityType, e.Action }).ToListAsync());
        Assert.Contains(audit, e => e.EntityType == nameof(Organisation) && e.Action == AuditAction.Create);
        Assert.Contains(audit, e => e.EntityType == nameof(Organisation) && e.Action == AuditAction.Update);
        Assert.Contains(audit, e => e.EntityType == nameof(Official) && e.Action == AuditAction.Create);
        Assert.Contains(audit, e => e.EntityType == nameof(Official) && e.Action == AuditAction.Delete);

        await client.PostFormAsync($"/admin/to-chuc/{id}/luu-tru", [], $"/admin/to-chuc/{id}/sua");
        Assert.DoesNotContain(name, Text(await factory.CreateClient().GetDocumentAsync("/gioi-thieu/to-chuc")), StringComparison.Ordinal);
        Assert.Contains(name, Text(await client.GetDocumentAsync("/admin/to-chuc?Show=All")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleOrganisationSave_IsAConflict()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateOrganisationAsync(client, "Cơ quan xung đột " + ArticleForms.Unique());
        var stale = await client.GetDocumentAsync($"/admin/to-chuc/{id}/sua");
        AssertRedirect(await client.SubmitAsync($"/admin/to-chuc/{id}/sua", Form, new Dictionary<string, string> { ["Form.Contact"] = "Lần một" }), $"/admin/to-chuc/{id}/sua");

        var response = await client.SubmitAsync(stale, Form, new Dictionary<string, string> { ["Form.Contact"] = "Lần hai" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Lần một", await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Contact).SingleAsync()));
    }

    [Theory]
    [InlineData("NewOfficial.PhotoAlt", "/media/anh-can-bo.jpg", "", "Vui lòng nhập mô tả ảnh")]
    [InlineData("NewOfficial.PhotoPath", "https://example.org/anh.jpg", "Ảnh chân dung", "thư viện ảnh")]
    [InlineData("NewOfficial.Email", "", "", "")]
    public async Task PhotoWithoutAltText_OrFromOutsideTheLibrary_IsRefusedInVietnamese(string field, string photo, string alt, string message)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateOrganisationAsync(client, "Cơ quan ảnh " + ArticleForms.Unique());

        var response = await AddOfficialAsync(client, id, new()
        {
            ["NewOfficial.Name"] = "Trần Thị Ảnh",
            ["NewOfficial.Position"] = "Ủy viên",
            ["NewOfficial.PhotoPath"] = photo,
            ["NewOfficial.PhotoAlt"] = alt,
        });

        if (message.Length == 0)
        {
            AssertRedirect(response, $"/admin/to-chuc/{id}/sua#can-bo");
            return;
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Officials.AnyAsync(p => p.OrganisationId == id)));
    }

    [Theory]
    [InlineData("NewOfficial.Email", "khong-phai-thu", "Địa chỉ thư điện tử không hợp lệ")]
    [InlineData("NewOfficial.Phone", "gọi cho tôi", "Số điện thoại chỉ gồm chữ số")]
    [InlineData("NewOfficial.Name", "", "Vui lòng nhập họ và tên")]
    [InlineData("NewOfficial.Position", "", "Vui lòng nhập chức vụ")]
    public async Task BadOfficialInput_IsRefusedInVietnamese(string field, string typed, string message)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateOrganisationAsync(client, "Cơ quan nhập sai " + ArticleForms.Unique());

        var response = await AddOfficialAsync(client, id, new()
        {
            ["NewOfficial.Name"] = "Lê Văn Nhập",
            ["NewOfficial.Position"] = "Ủy viên",
            [field] = typed,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/admin/to-chuc/987654/sua")]
    [InlineData("GET", "/admin/to-chuc/987654/can-bo/1/xoa")]
    [InlineData("POST", "/admin/to-chuc/987654/can-bo/them")]
    public async Task UnknownOrganisation_IsNotFound(string method, string path)
    {
        var client = await factory.SignedInClientAsync();

        var response = method == "GET"
            ? await client.GetAsync(path)
            : await client.PostFormAsync(path, [new("NewOfficial.Name", "Ai đó"), new("NewOfficial.Position", "Ủy viên")], "/admin/to-chuc/tao");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OrganisationAdmin_IsForStaffOnly()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/admin/to-chuc");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/dang-nhap", response.LocationPath(), StringComparison.Ordinal);
    }
}
