using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/lien-he, /thu-tuc-hanh-chinh and the footer as shipped: nothing filled in, and nothing invented.</summary>
public sealed class ContactsAsShippedTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ContactsPage_WithNothingFilledIn_SaysSoInOneSentence_AndShowsNoEmptyLines()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/lien-he");

        var main = Text(page.QuerySelector("main")!);
        Assert.Contains("Thông tin liên hệ của phường đang được cập nhật.", main, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".contact-lines"));
        Assert.DoesNotContain("chưa cập nhật", Text(page.Body!), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("a[href^='tel:'], a[href^='mailto:']"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SiteSettings.CountAsync()));
    }

    [Fact]
    public async Task ProceduresPage_WithNothingListed_ReadsWell()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/thu-tuc-hanh-chinh");

        var text = Text(page.QuerySelector("main")!);
        Assert.Contains("Bộ phận một cửa", text, StringComparison.Ordinal);
        Assert.Contains("Thông tin về bộ phận một cửa đang được cập nhật.", text, StringComparison.Ordinal);
        Assert.Contains("Danh sách thủ tục thường gặp đang được cập nhật.", text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form[role=search]"));
        Assert.Empty(page.QuerySelectorAll("main a[rel=external]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Procedures.CountAsync()));
    }

    [Fact]
    public async Task MainNavigation_LeadsToContactsAndProcedures()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var links = page.QuerySelectorAll(".site-nav a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/lien-he", links["Liên hệ"]);
        Assert.Equal("/thu-tuc-hanh-chinh", links["Thủ tục"]);
        Assert.Empty(page.QuerySelectorAll(".site-footer .contact-lines"));
    }
}

/// <summary>/admin/cai-dat: administrators only, audited, stamp-guarded; its values on /lien-he and in every footer.</summary>
public sealed class SiteSettingsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Url = "/admin/cai-dat";
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task Editor_IsForbidden_ToSeeOrSaveTheSettings()
    {
        var editor = await factory.SignedInClientAsync(PortalUser.EditorRole);
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var token = await editor.GetAntiforgeryTokenAsync("/admin");

        var post = await editor.PostAsync(Url, new FormUrlEncodedContent(
            [new("Form.Phone", "0210 000 000"), new(TokenField, token)]));

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await editor.GetDocumentAsync("/admin")).QuerySelector($"nav a[href='{Url}']"));
        Assert.NotNull((await admin.GetDocumentAsync("/admin")).QuerySelector($"nav a[href='{Url}']"));
    }

    [Fact]
    public async Task SavedSettings_ShowOnTheContactsPage_AndInTheFooter_EmptyOnesLeftOut_AndAreAudited()
    {
        var email = $"cai-dat-{Guid.NewGuid():N}@example.org";
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole, email);

        var response = await admin.SubmitAsync(Url, Form, new Dictionary<string, string>
        {
            ["Form.OfficialName"] = "Ủy ban nhân dân phường Thử",
            ["Form.OfficeAddress"] = "Số 1 đường Thử",
            ["Form.Phone"] = "(0210) 3.000-111",
            ["Form.Hotline"] = "",
            ["Form.Email"] = "lienhe@thu.example.vn",
            ["Form.WorkingHours"] = "Sáng thứ Hai đến thứ Sáu",
            ["Form.OneStopDeskPlace"] = "Tầng 1 trụ sở thử",
            ["Form.NationalPortalUrl"] = "https://dichvucong.example.vn/",
            ["Form.ProvincialPortalUrl"] = "",
        });

        AssertRedirect(response, Url);
        var contacts = await factory.CreateClient().GetDocumentAsync("/lien-he");
        var lines = Lines(contacts.QuerySelector("main")!);
        Assert.Equal("Số 1 đường Thử", lines["Địa chỉ"]);
        Assert.Equal("lienhe@thu.example.vn", lines["Thư điện tử"]);
        Assert.Equal("Tầng 1 trụ sở thử", lines["Địa điểm"]);
        Assert.DoesNotContain("Đường dây nóng", lines.Keys);
        Assert.DoesNotContain("Cổng Dịch vụ công của tỉnh", lines.Keys);
        Assert.DoesNotContain("Lịch tiếp công dân", Text(contacts.QuerySelector("main")!), StringComparison.Ordinal);
        Assert.Equal("tel:02103000111", contacts.QuerySelector("main a[href^='tel:']")?.GetAttribute("href"));
        Assert.Equal("mailto:lienhe@thu.example.vn", contacts.QuerySelector("main a[href^='mailto:']")?.GetAttribute("href"));
        Assert.Contains("Ủy ban nhân dân phường Thử", Text(contacts.QuerySelector("main")!), StringComparison.Ordinal);
        Assert.DoesNotContain("đang được cập nhật", Text(contacts.QuerySelector("main")!), StringComparison.Ordinal);

        var footer = Lines((await factory.CreateClient().GetDocumentAsync("/di-san")).QuerySelector(".site-footer")!);
        Assert.Equal(["Địa chỉ", "Điện thoại", "Giờ làm việc"], footer.Keys);
        Assert.Equal("(0210) 3.000-111", footer["Điện thoại"]);

        var procedures = await factory.CreateClient().GetDocumentAsync("/thu-tuc-hanh-chinh");
        Assert.Equal("https://dichvucong.example.vn/", procedures.QuerySelector("main a[rel=external]")?.GetAttribute("href"));
        Assert.Contains("Tầng 1 trụ sở thử", Text(procedures.QuerySelector("#mot-cua")!.ParentElement!), StringComparison.Ordinal);

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.UserName == email && a.EntityType == nameof(SiteSettings)));
        Assert.True(audited, "no audit entry of the settings' save");
    }

    [Fact]
    public async Task ASave_ShowsInTheFooterAtTheNextRequest_ThoughTheFooterHadJustReadTheSettings()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var visitor = factory.CreateClient();
        AssertRedirect(await admin.SubmitAsync(Url, Form, new Dictionary<string, string> { ["Form.Phone"] = "0210 3000 001" }), Url);
        Assert.Equal("0210 3000 001", Lines((await visitor.GetDocumentAsync("/di-san")).QuerySelector(".site-footer")!)["Điện thoại"]);

        AssertRedirect(await admin.SubmitAsync(Url, Form, new Dictionary<string, string> { ["Form.Phone"] = "0210 3000 002" }), Url);

        Assert.Equal("0210 3000 002", Lines((await visitor.GetDocumentAsync("/di-san")).QuerySelector(".site-footer")!)["Điện thoại"]);
    }

    [Fact]
    public async Task TwoSavesFromOneStamp_TheSecondGetsAConflict_AndTheFirstIsKept()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var other = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var page = await admin.GetDocumentAsync(Url);
        var otherPage = await other.GetDocumentAsync(Url);

        var first = await admin.SubmitAsync(page, Form, new Dictionary<string, string> { ["Form.WorkingHours"] = "Giờ của người thứ nhất" });
        var second = await other.SubmitAsync(otherPage, Form, new Dictionary<string, string> { ["Form.WorkingHours"] = "Giờ của người thứ hai" });

        AssertRedirect(first, Url);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = await ParseAsync(second);
        Assert.Contains("Giờ của người thứ nhất", Text(conflict.QuerySelector(".conflict-table")!), StringComparison.Ordinal);
        Assert.Equal("Giờ của người thứ nhất", await factory.WithDbAsync(db => db.SiteSettings.Select(s => s.WorkingHours).SingleAsync()));
        Assert.Contains("Giờ của người thứ nhất", Text((await factory.CreateClient().GetDocumentAsync("/lien-he")).QuerySelector("main")!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.OfficialName", "", "không được dài quá 200 ký tự")]
    [InlineData("Form.Email", "khong-phai-thu@", "không đúng dạng")]
    [InlineData("Form.Email", "hai chu@example.vn", "không đúng dạng")]
    [InlineData("Form.Phone", "gọi ngay", "chỉ gồm chữ số")]
    [InlineData("Form.NationalPortalUrl", "javascript:alert(1)", "bắt đầu bằng https://")]
    [InlineData("Form.ProvincialPortalUrl", "http://tinh.example.vn", "bắt đầu bằng https://")]
    public async Task BadInput_IsExplainedBesideTheField_AndNothingIsSaved(string field, string value, string message)
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var before = await factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().Select(s => s.ConcurrencyStamp).FirstOrDefaultAsync());

        var response = await admin.SubmitAsync(Url, Form, new Dictionary<string, string>
        {
            [field] = value.Length == 0 ? new string('x', 201) : value,
            ["Form.ManagingAgency"] = "Không được lưu",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
        var after = await factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().Select(s => s.ConcurrencyStamp).FirstOrDefaultAsync());
        Assert.Equal(before, after);
        Assert.False(await factory.WithDbAsync(db => db.SiteSettings.AnyAsync(s => s.ManagingAgency == "Không được lưu")));
    }

    private static Dictionary<string, string> Lines(AngleSharp.Dom.IElement scope) =>
        scope.QuerySelectorAll(".contact-lines dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
}

/// <summary>/admin/thu-tuc and /thu-tuc-hanh-chinh: the procedures staff keep, searchable without diacritics.</summary>
public sealed class ProcedureTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    private static async Task<int> CreateAsync(HttpClient client, string name, string field, string? url = null) =>
        IdFromRedirect(await client.SubmitAsync("/admin/thu-tuc/tao", Form, new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Field"] = field,
            ["Form.WhereToApply"] = "Bộ phận một cửa thử",
            ["Form.PortalUrl"] = url ?? "",
            ["Form.Note"] = "Mang theo giấy tờ thử.",
        }));

    private static async Task<string> ListedAsync(HttpClient client, string query = "") =>
        Text((await client.GetDocumentAsync("/thu-tuc-hanh-chinh" + (query.Length > 0 ? "?q=" + Uri.EscapeDataString(query) : ""))).QuerySelector("#danh-sach-thu-tuc")!.ParentElement!);

    [Fact]
    public async Task CreatedEditedArchivedAndRestored_ThroughThePipeline_ShowsOnlyWhenNotArchived()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "Thủ tục tạo thử", "Lĩnh vực thử", "https://dichvucong.example.vn/thu-tuc/1");

        var page = await factory.CreateClient().GetDocumentAsync("/thu-tuc-hanh-chinh");
        var item = page.GetElementById("thu-tuc-tao-thu");
        Assert.NotNull(item);
        Assert.Contains("Lĩnh vực thử", Text(item), StringComparison.Ordinal);
        Assert.Contains("Mang theo giấy tờ thử.", Text(item), StringComparison.Ordinal);
        Assert.Equal("https://dichvucong.example.vn/thu-tuc/1", item.QuerySelector("a[rel=external]")?.GetAttribute("href"));

        AssertRedirect(await client.SubmitAsync($"/admin/thu-tuc/{id}/sua", Form, new Dictionary<string, string> { ["Form.Name"] = "Thủ tục đã sửa thử" }), $"/admin/thu-tuc/{id}/sua");
        Assert.Contains("Thủ tục đã sửa thử", await ListedAsync(factory.CreateClient()), StringComparison.Ordinal);
        Assert.Contains(" thu tuc da sua thu ", await factory.WithDbAsync(db => db.Procedures.Where(p => p.Id == id).Select(p => p.SearchText).SingleAsync()), StringComparison.Ordinal);

        await client.SubmitAsync("/admin/thu-tuc", $"form[action='/admin/thu-tuc/{id}/luu-tru']");
        Assert.DoesNotContain("Thủ tục đã sửa thử", await ListedAsync(factory.CreateClient()), StringComparison.Ordinal);
        Assert.DoesNotContain("Thủ tục đã sửa thử", await ListedAsync(factory.CreateClient(), "da sua thu"), StringComparison.Ordinal);

        await client.SubmitAsync($"/admin/thu-tuc/{id}/sua", $"form[action='/admin/thu-tuc/{id}/khoi-phuc']");
        Assert.Contains("Thủ tục đã sửa thử", await ListedAsync(factory.CreateClient()), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Procedure) && a.Action == AuditAction.Create)));
    }

    [Theory]
    [InlineData("chung thuc")]
    [InlineData("Chứng Thực")]
    [InlineData("CHUNG THUC BAN")]
    [InlineData("ban sao chung")]
    public async Task Search_FindsAProcedureByItsWords_WithOrWithoutDiacritics(string query)
    {
        var client = await factory.SignedInClientAsync();
        if (!await factory.WithDbAsync(db => db.Procedures.AnyAsync(p => p.Slug == "chung-thuc-ban-sao-thu")))
        {
            await CreateAsync(client, "Chứng thực bản sao thử", "Chứng thực");
            await CreateAsync(client, "Đăng ký khai sinh thử", "Hộ tịch");
        }

        var found = await ListedAsync(factory.CreateClient(), query);

        Assert.Contains("Chứng thực bản sao thử", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng ký khai sinh thử", found, StringComparison.Ordinal);
        Assert.Contains("Không có thủ tục nào phù hợp", await ListedAsync(factory.CreateClient(), "khong co thu tuc nay"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://dichvucong.example.vn/thu-tuc")]
    [InlineData("/thu-tuc-hanh-chinh")]
    public async Task ALinkThatIsNotAnAbsoluteHttpsAddress_IsRefusedBesideTheField(string url)
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/thu-tuc/tao", Form, new Dictionary<string, string>
        {
            ["Form.Name"] = "Thủ tục có liên kết xấu",
            ["Form.PortalUrl"] = url,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("bắt đầu bằng https://", FieldError(await ParseAsync(response), "Form.PortalUrl"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Procedures.AnyAsync(p => p.Name == "Thủ tục có liên kết xấu")));
    }

    [Theory]
    [InlineData("/admin/thu-tuc/999999/sua")]
    [InlineData("/thu-tuc-hanh-chinh/khong-co")]
    public async Task UnknownAddresses_Answer404(string url)
    {
        var client = await factory.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AnOversizeSearch_Answers400()
    {
        var response = await factory.CreateClient().GetAsync("/thu-tuc-hanh-chinh?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
