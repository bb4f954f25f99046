using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.ArticleForms;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>The article editor under /admin/bai-viet, through real HTTP on a real SQLite database.</summary>
public sealed class AdminArticleTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private Task<Article> ArticleAsync(int id) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == id));

    private Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        factory.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());

    // ---- Create, edit, public pages ----

    [Fact]
    public async Task Create_PublishedArticle_AppearsOnNewsListAndDetailAtOnce()
    {
        var client = await factory.SignedInClientAsync();
        var title = $"Khai trương phố ẩm thực Tiên Dung {Unique()}";

        var id = await client.CreatePublishedAsync(title, "Phố ẩm thực **Tiên Dung** mở cửa.");

        var article = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, article.Status);
        var list = await factory.CreateClient().GetDocumentAsync("/tin-tuc");
        Assert.Contains(title, Text(list));
        var detail = await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + article.Slug);
        Assert.Equal(title, detail.QuerySelector("h1")?.TextContent);
        Assert.Contains("<strong>Tiên Dung</strong>", detail.QuerySelector(".prose")?.InnerHtml);
    }

    [Fact]
    public async Task Create_RedirectsToEditWithNotice_AndAuthorIsTheUsersDisplayName()
    {
        var email = $"bientap-{Unique()}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var title = $"Thông báo lịch tiếp dân {Unique()}";

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = title;
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdFromRedirect(response);
        var page = await client.GetDocumentAsync(response.LocationPath()!);
        Assert.Contains($"Đã lưu bài viết “{title}”", page.QuerySelector(".notice[role=status]")?.TextContent);
        Assert.Equal(email, (await ArticleAsync(id)).Author);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task Create_Draft_IsNotPublic()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Bản nháp chưa đăng {Unique()}");

        var article = await ArticleAsync(id);

        Assert.Null(article.PublishedAtUtc);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/tin-tuc/" + article.Slug)).StatusCode);
    }

    [Fact]
    public async Task Edit_ChangesWhatThePublicPageShows()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreatePublishedAsync($"Tin sửa {Unique()}", "Nội dung ban đầu.");

        var response = await client.EditArticleAsync(id, f =>
        {
            f["Title"] = "Tiêu đề đã sửa " + f["Title"];
            f["BodyMarkdown"] = "Nội dung **đã sửa**.";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EditUrl(id), response.LocationPath());
        var article = await ArticleAsync(id);
        Assert.StartsWith("Tiêu đề đã sửa", article.Title);
        Assert.Equal("Nội dung **đã sửa**.", article.BodyMarkdown);
        Assert.Contains("<strong>đã sửa</strong>", article.BodyHtml);
        var detail = await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + article.Slug);
        Assert.StartsWith("Tiêu đề đã sửa", detail.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Edit_CongressReport_ChangesTheCongressPage()
    {
        var client = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var id = await factory.WithDbAsync(db => db.Articles.Where(a => a.Category!.Slug == Category.CongressSlug).Select(a => a.Id).FirstAsync());
        var marker = $"Đoạn bổ sung {Unique()}";
        var original = (await ArticleAsync(id)).BodyMarkdown;

        var response = await client.EditArticleAsync(id, f => f["BodyMarkdown"] += "\n\n## Phụ lục\n\n" + marker);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await factory.CreateClient().GetDocumentAsync("/dai-hoi");
        Assert.Contains(marker, Text(page));
        Assert.NotNull(page.QuerySelector("h2#phu-luc"));

        // The seeded report had no revision: its text before this first edit is kept as revision 1.
        var revisions = await RevisionsAsync(id);
        Assert.Equal(original, revisions[0].BodyMarkdown);
        Assert.Equal(1, revisions[0].Number);
        Assert.Contains(marker, revisions[^1].BodyMarkdown);
    }

    [Fact]
    public async Task Edit_ChangesTags_FromExistingTags()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Bài có thẻ {Unique()}");
        var tags = await factory.WithDbAsync(db => db.Tags.Where(t => !t.IsArchived).OrderBy(t => t.Id).Take(2).ToListAsync());

        var fields = (await client.EditFieldsAsync(id)).ToList();
        fields.AddRange(tags.Select(t => new KeyValuePair<string, string>("TagIds", t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var response = await client.PostFormAsync(EditUrl(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(tags.Select(t => t.Id).Order(), (await ArticleAsync(id)).Tags.Select(t => t.Id).Order());
        var form = await client.GetDocumentAsync(EditUrl(id));
        Assert.Equal(2, form.QuerySelectorAll("input[name=TagIds]:checked").Length);
    }

    [Fact]
    public async Task Administrator_CanEditArticlesToo()
    {
        var client = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var id = await client.CreateArticleAsync(f => f["Title"] = $"Bài của quản trị viên {Unique()}");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(EditUrl(id))).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await factory.CreateBrowserClient().GetAsync(CreateUrl);

        AssertRedirect(response, "/admin/dang-nhap");
    }

    // ---- Preview and hostile Markdown ----

    [Fact]
    public async Task Preview_RendersMarkdownWithThePublicRenderer_AndEscapesRawHtml()
    {
        var client = await factory.SignedInClientAsync();
        var token = await client.GetAntiforgeryTokenAsync(CreateUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/bai-viet/xem-truoc?phan=xem-truoc")
        {
            Content = new FormUrlEncodedContent([new("BodyMarkdown", "## Đền Tam Giang\n\n**đậm** <script>alert(1)</script> [xấu](javascript:alert(1))")]),
        };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h2 id=\"den-tam-giang\">Đền Tam Giang</h2>", html);
        Assert.Contains("<strong>đậm</strong>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("xấu", html);
    }

    [Fact]
    public async Task Preview_AcceptsTheTokenAsAFormFieldToo()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.PostFormAsync("/admin/bai-viet/xem-truoc?phan=xem-truoc", [new("BodyMarkdown", "*nghiêng*")], CreateUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<p><em>nghiêng</em></p>", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Preview_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.PostAsync("/admin/bai-viet/xem-truoc?phan=xem-truoc", new FormUrlEncodedContent([new("BodyMarkdown", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Save_HostileMarkdown_IsNeutralisedOnThePublicPage()
    {
        var client = await factory.SignedInClientAsync();
        const string hostile = "<img src=x onerror=alert(1)>\n\n[bấm vào đây](javascript:alert(document.cookie))\n\n<a href=\"javascript:alert(2)\">liên kết</a>";

        var id = await client.CreatePublishedAsync($"Bài có mã độc {Unique()}", hostile);

        var article = await ArticleAsync(id);
        Assert.Equal(hostile, article.BodyMarkdown);
        var prose = (await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + article.Slug)).QuerySelector(".prose");
        Assert.NotNull(prose);
        Assert.Empty(prose.QuerySelectorAll("img, script, [onerror]"));
        Assert.DoesNotContain(prose.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("bấm vào đây", prose.TextContent);
        Assert.Contains("<a href=\"javascript:alert(2)\">", prose.TextContent);
    }

    // ---- Validation ----

    [Fact]
    public async Task Create_WithEmptySlug_TakesTheSlugFromTheTitle()
    {
        var client = await factory.SignedInClientAsync();
        var unique = Unique();

        var id = await client.CreateArticleAsync(f => f["Title"] = $"Lễ hội rước nước Bạch Hạc {unique}");

        Assert.Equal($"le-hoi-ruoc-nuoc-bach-hac-{unique}", (await ArticleAsync(id)).Slug);
    }

    [Fact]
    public async Task Create_WithEmptySlug_WhenTheSuggestionIsTaken_AddsANumber()
    {
        var client = await factory.SignedInClientAsync();
        var title = $"Hội thi giã bánh dày {Unique()}";
        var first = await client.CreateArticleAsync(f => f["Title"] = title);

        var second = await client.CreateArticleAsync(f => f["Title"] = title);

        Assert.Equal((await ArticleAsync(first)).Slug + "-2", (await ArticleAsync(second)).Slug);
    }

    [Fact]
    public async Task Create_WithSlugOfAnotherArticle_ShowsErrorBesideTheSlugField()
    {
        var client = await factory.SignedInClientAsync();
        var existing = await ArticleAsync(await client.CreateArticleAsync(f => f["Title"] = $"Bài đầu tiên {Unique()}"));
        var title = $"Bài thứ hai {Unique()}";

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = title;
        fields["Slug"] = existing.Slug;
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("đã được dùng cho một bài viết khác", FieldError(page, "Slug"));
        Assert.Equal(title, page.QuerySelector<IHtmlInputElement>("input[name=Title]")?.Value);
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Create_WithMalformedSlug_ExplainsTheFormatAndSuggestsOne()
    {
        var client = await factory.SignedInClientAsync();

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = "Đình Bạch Hạc";
        fields["Slug"] = "Đình Bạch Hạc";
        var page = await ParseAsync(await client.PostFormAsync(CreateUrl, fields));

        var error = FieldError(page, "Slug");
        Assert.Contains("chữ thường không dấu", error);
        Assert.Contains("dinh-bach-hac", error);
    }

    [Fact]
    public async Task Create_CoverImageWithoutAltText_ShowsMessageAndSavesNothing()
    {
        var client = await factory.SignedInClientAsync();
        var title = $"Bài có ảnh bìa {Unique()}";

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = title;
        fields["CoverImagePath"] = "/media/3f2a9c.webp";
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Vui lòng nhập mô tả ảnh bìa", FieldError(page, "CoverImageAlt"));
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Create_CoverImageWithAltText_IsShownOnThePublicPage()
    {
        var client = await factory.SignedInClientAsync();

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Bài có ảnh {Unique()}";
            f["Status"] = nameof(ArticleStatus.Published);
            f["CoverImagePath"] = "/media/den-tam-giang.webp";
            f["CoverImageAlt"] = "Cổng đền Tam Giang";
        });

        var page = await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + (await ArticleAsync(id)).Slug);
        var cover = page.QuerySelector("img.cover");
        Assert.Equal("/media/den-tam-giang.webp", cover?.GetAttribute("src"));
        Assert.Equal("Cổng đền Tam Giang", cover?.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("https://evil.example/a.png")]
    [InlineData("//evil.example/a.png")]
    [InlineData("/media/../appsettings.json")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/css/site.css")]
    public async Task Create_CoverImageOutsideTheMediaLibrary_IsRejected(string path)
    {
        var client = await factory.SignedInClientAsync();

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Ảnh lạ {Unique()}";
        fields["CoverImagePath"] = path;
        fields["CoverImageAlt"] = "ảnh";
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("thư viện ảnh", FieldError(await ParseAsync(response), "CoverImagePath"));
    }

    [Fact]
    public async Task Create_WithoutTitle_ShowsAllProblemsAtOnce()
    {
        var client = await factory.SignedInClientAsync();

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = "";
        fields["CoverImagePath"] = "/media/anh.webp";
        fields["Status"] = nameof(ArticleStatus.Scheduled);
        var page = await ParseAsync(await client.PostFormAsync(CreateUrl, fields));

        Assert.Equal("Vui lòng nhập tiêu đề.", FieldError(page, "Title"));
        Assert.Contains("mô tả ảnh bìa", FieldError(page, "CoverImageAlt"));
        Assert.Equal("Bài hẹn giờ cần có thời gian đăng.", FieldError(page, "PublishAt"));
    }

    [Theory]
    [InlineData("ngày mai")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    public async Task Create_BadPublishTime_ShowsVietnameseMessageBesideTheField(string value)
    {
        var client = await factory.SignedInClientAsync();

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Giờ đăng xấu {Unique()}";
        fields["PublishAt"] = value;
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Thời gian đăng không hợp lệ", FieldError(await ParseAsync(response), "PublishAt"));
    }

    [Theory]
    [InlineData("CategoryId", "abc")]
    [InlineData("Status", "Bogus")]
    [InlineData("Status", "17")]
    [InlineData("TagIds", "x")]
    [InlineData("ConcurrencyStamp", "not-a-guid")]
    public async Task Create_MalformedMachineValue_IsABadRequest(string field, string value)
    {
        var client = await factory.SignedInClientAsync();

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Giả mạo {Unique()}";
        fields[field] = value;
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithoutStatus_SavesADraft()
    {
        var client = await factory.SignedInClientAsync();

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Không trạng thái {Unique()}";
            f.Remove("Status");
        });

        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task Create_BodyBeyondTheFormLimits_IsRefusedAsBadInputNotAServerError()
    {
        var client = await factory.SignedInClientAsync();
        var title = $"Nội dung khổng lồ {Unique()}";

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = title;
        fields["BodyMarkdown"] = new string('x', 4_500_000);
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Create_UnknownCategory_ShowsMessageBesideTheField()
    {
        var client = await factory.SignedInClientAsync();

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Chuyên mục lạ {Unique()}";
        fields["CategoryId"] = "987654";
        var response = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Chuyên mục không tồn tại", FieldError(await ParseAsync(response), "CategoryId"));
    }

    [Fact]
    public async Task Edit_WithoutConcurrencyStamp_IsABadRequest()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Không tem {Unique()}");

        var response = await client.EditArticleAsync(id, f => f.Remove("ConcurrencyStamp"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // ---- Not found ----

    [Theory]
    [InlineData("GET", "/admin/bai-viet/987654/sua")]
    [InlineData("GET", "/admin/bai-viet/987654/phien-ban")]
    [InlineData("GET", "/admin/bai-viet/987654/so-sanh?tu=1&den=2")]
    [InlineData("GET", "/admin/bai-viet/abc/sua")]
    [InlineData("GET", "/admin/bai-viet/99999999999999/sua")]
    [InlineData("GET", "/admin/bai-viet/-1/sua")]
    [InlineData("POST", "/admin/bai-viet/987654/sua")]
    [InlineData("POST", "/admin/bai-viet/987654/luu-tru")]
    [InlineData("POST", "/admin/bai-viet/987654/phien-ban/1/dung-lai")]
    public async Task UnknownArticle_Is404(string method, string url)
    {
        var client = await factory.SignedInClientAsync();
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "x",
            ["CategoryId"] = "1",
            ["ConcurrencyStamp"] = Guid.NewGuid().ToString(),
        };

        var response = method == "GET" ? await client.GetAsync(url) : await client.PostFormAsync(url, fields, CreateUrl);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRevision_Is404()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Một phiên bản {Unique()}");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/bai-viet/{id}/so-sanh?tu=1&den=9")).StatusCode);
        var restore = await client.PostFormAsync($"/admin/bai-viet/{id}/phien-ban/9/dung-lai", [], $"/admin/bai-viet/{id}/phien-ban");
        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
    }

    [Theory]
    [InlineData("/admin/bai-viet?Status=Bogus")]
    [InlineData("/admin/bai-viet?CategoryId=abc")]
    [InlineData("/admin/bai-viet?Page=abc")]
    [InlineData("/admin/bai-viet/1/so-sanh?tu=abc&den=2")]
    public async Task MalformedQuery_Is400(string url)
    {
        var client = await factory.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(url)).StatusCode);
    }

    // ---- Revisions, compare, restore ----

    [Fact]
    public async Task EverySave_AddsARevisionNumberedPerArticle_WithTheUsersName()
    {
        var email = $"phienban-{Unique()}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Bài nhiều phiên bản {Unique()}");

        Assert.Equal(HttpStatusCode.Redirect, (await client.EditArticleAsync(id, f => f["BodyMarkdown"] = "Bản hai")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.EditArticleAsync(id, _ => { })).StatusCode);
        var archive = await client.PostFormAsync($"/admin/bai-viet/{id}/luu-tru", [], EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);

        var revisions = await RevisionsAsync(id);
        Assert.Equal([1, 2, 3, 4], revisions.Select(r => r.Number));
        Assert.All(revisions, r => Assert.Equal(email, r.SavedBy));
        Assert.Equal("Bản hai", revisions[1].BodyMarkdown);
        Assert.Equal("Lưu trữ", revisions[3].Note);
        var page = await client.GetDocumentAsync($"/admin/bai-viet/{id}/phien-ban");
        Assert.Equal(4, page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Compare_ShowsAWordLevelDiff_Escaped()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"So sánh {Unique()}";
            f["BodyMarkdown"] = "Dòng một không đổi.\nPhường có bốn đơn vị <b>cũ</b>.\nDòng cuối.";
        });
        await client.EditArticleAsync(id, f => f["BodyMarkdown"] = "Dòng một không đổi.\nPhường có năm đơn vị <b>cũ</b>.\nDòng cuối.\nDòng thêm mới.");

        var response = await client.GetAsync($"/admin/bai-viet/{id}/so-sanh?tu=1&den=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await ParseAsync(response);
        var body = page.QuerySelectorAll(".diff-lines")[^1];
        Assert.Equal(["bốn"], body.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(["năm", "Dòng thêm mới."], body.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Contains("Dòng một không đổi.", body.TextContent);
        Assert.Empty(body.QuerySelectorAll("b"));
        Assert.Contains("&lt;b&gt;", html);
    }

    [Fact]
    public async Task Compare_WithoutNumbers_ComparesTheNewestWithTheOneBefore()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Mặc định {Unique()}");
        await client.EditArticleAsync(id, f => f["Summary"] = "Tóm tắt mới");

        var page = await client.GetDocumentAsync($"/admin/bai-viet/{id}/so-sanh");

        Assert.Equal("So sánh phiên bản 1 và 2", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Tóm tắt mới", page.QuerySelectorAll("ins").Select(e => e.TextContent));
    }

    [Fact]
    public async Task Restore_MakesTheOldTextCurrent_AndAddsARevision()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreatePublishedAsync($"Khôi phục {Unique()}", "Văn bản gốc.");
        await client.EditArticleAsync(id, f => f["BodyMarkdown"] = "Văn bản bị sửa nhầm.");
        var before = await RevisionsAsync(id);

        var response = await client.PostFormAsync($"/admin/bai-viet/{id}/phien-ban/1/dung-lai", [], $"/admin/bai-viet/{id}/phien-ban");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await ArticleAsync(id);
        Assert.Equal("Văn bản gốc.", article.BodyMarkdown);
        Assert.Contains("Văn bản gốc.", article.BodyHtml);
        var after = await RevisionsAsync(id);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal("Khôi phục từ phiên bản 1", after[^1].Note);
        Assert.Equal("Văn bản gốc.", after[^1].BodyMarkdown);
        Assert.Equal("Văn bản bị sửa nhầm.", after[^2].BodyMarkdown);
        Assert.Equal(before.Select(r => (r.Number, r.BodyMarkdown)), after.Take(before.Count).Select(r => (r.Number, r.BodyMarkdown)));
        var page = await client.GetDocumentAsync(response.LocationPath()!);
        Assert.Contains("Đã khôi phục", page.QuerySelector(".notice")?.TextContent);
        Assert.Contains("Văn bản gốc.", Text(await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + article.Slug)));
    }

    [Fact]
    public async Task Restore_WritesARestoreAuditEntry()
    {
        var email = $"khoiphuc-{Unique()}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Nhật ký khôi phục {Unique()}");
        await client.EditArticleAsync(id, f => f["BodyMarkdown"] = "Sửa");

        await client.PostFormAsync($"/admin/bai-viet/{id}/phien-ban/1/dung-lai", [], $"/admin/bai-viet/{id}/phien-ban");

        var entry = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == AuditAction.Restore && a.EntityType == nameof(Article) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(email, entry.UserName);
        Assert.Contains("phiên bản 1", entry.Summary);
    }

    [Fact]
    public async Task Restore_KeepsTheCurrentSlug_WhenTheOldOneNowBelongsToAnotherArticle()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Đổi đường dẫn {Unique()}");
        var oldSlug = (await ArticleAsync(id)).Slug;
        await client.EditArticleAsync(id, f => f["Slug"] = oldSlug + "-moi");
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = "Bài khác";
            f["Slug"] = oldSlug;
        });

        var response = await client.PostFormAsync($"/admin/bai-viet/{id}/phien-ban/1/dung-lai", [], $"/admin/bai-viet/{id}/phien-ban");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(oldSlug + "-moi", (await ArticleAsync(id)).Slug);
        var page = await client.GetDocumentAsync(response.LocationPath()!);
        Assert.Contains("giữ đường dẫn hiện tại", page.QuerySelector(".notice")?.TextContent);
    }

    [Fact]
    public async Task UndatedPage_ShowsAnEmptyPublishTime_AndStaysUndatedWhenSaved()
    {
        using var portal = new PortalFactory();
        var client = await portal.SignedInClientAsync();
        var undated = Article.UndatedUtc.AddDays(1);
        var id = await portal.WithDbAsync(db => db.Articles.Where(a => a.PublishedAtUtc < undated).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

        var fields = await client.EditFieldsAsync(id);
        Assert.Equal("", fields["PublishAt"]);
        fields["Summary"] += " Cập nhật.";
        AssertRedirect(await client.PostFormAsync(EditUrl(id), fields), EditUrl(id));

        var stored = await portal.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.PublishedAtUtc).SingleAsync());
        Assert.True(Article.IsUndated(stored!.Value), $"stored {stored:o}");
    }

    // ---- Concurrency ----

    [Fact]
    public async Task TwoEditorsSaveTheSameVersion_SecondGets409WithBothTexts_AndTheFirstIsKept()
    {
        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var id = await first.CreatePublishedAsync($"Hai người cùng sửa {Unique()}", "Bản chung.");
        var firstFields = await first.EditFieldsAsync(id);
        var secondFields = await second.EditFieldsAsync(id);

        firstFields["BodyMarkdown"] = "Bản của người thứ nhất.";
        var firstSave = await first.PostFormAsync(EditUrl(id), firstFields);
        secondFields["BodyMarkdown"] = "Bản của người thứ hai.";
        var secondSave = await second.PostFormAsync(EditUrl(id), secondFields);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var page = await ParseAsync(secondSave);
        var saved = page.QuerySelectorAll(".conflict-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Nội dung (Markdown)");
        Assert.Equal("Bản của người thứ nhất.", saved.QuerySelector(".saved-value")!.TextContent);
        Assert.Equal("Bản của người thứ hai.", page.QuerySelector<IHtmlTextAreaElement>("form[data-article-editor] textarea[name=BodyMarkdown]")?.Value);
        Assert.Equal(["nhất"], page.QuerySelectorAll(".diff-lines del").Select(e => e.TextContent));
        Assert.Equal(["hai"], page.QuerySelectorAll(".diff-lines ins").Select(e => e.TextContent));
        var article = await ArticleAsync(id);
        Assert.Equal("Bản của người thứ nhất.", article.BodyMarkdown);
        Assert.Equal(article.ConcurrencyStamp.ToString(), EditorFields(page)["ConcurrencyStamp"]);
        Assert.Equal(2, (await RevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task ConflictPage_Form_SavesTheMergedText()
    {
        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var id = await first.CreateArticleAsync(f => f["Title"] = $"Gộp bản {Unique()}");
        var stale = await second.EditFieldsAsync(id);
        await first.EditArticleAsync(id, f => f["BodyMarkdown"] = "Đoạn A.");
        stale["BodyMarkdown"] = "Đoạn B.";
        var conflict = await second.PostFormAsync(EditUrl(id), stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        var merged = EditorFields(await ParseAsync(conflict));
        merged["BodyMarkdown"] = "Đoạn A.\n\nĐoạn B.";
        var save = await second.PostFormAsync(EditUrl(id), merged);

        Assert.True(save.StatusCode == HttpStatusCode.Redirect, await ErrorsAsync(save));
        Assert.Equal("Đoạn A.\n\nĐoạn B.", (await ArticleAsync(id)).BodyMarkdown);
    }

    // ---- Archive ----

    [Fact]
    public async Task Archive_HidesTheArticleFromThePublicSite()
    {
        var client = await factory.SignedInClientAsync();
        var title = $"Bài sẽ lưu trữ {Unique()}";
        var id = await client.CreatePublishedAsync(title, "Nội dung.");
        var slug = (await ArticleAsync(id)).Slug;
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/tin-tuc/" + slug)).StatusCode);

        var response = await client.PostFormAsync($"/admin/bai-viet/{id}/luu-tru", [], EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await ArticleAsync(id)).IsArchived);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/tin-tuc/" + slug)).StatusCode);
        Assert.DoesNotContain(title, Text(await factory.CreateClient().GetDocumentAsync("/tin-tuc")));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Article) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.Archive, audit);
    }

    // ---- Audit ----

    [Fact]
    public async Task SavingAsEditor_WritesAuditEntriesWithTheUsersName()
    {
        var email = $"nhatky-{Unique()}@example.org";
        var client = await factory.SignedInClientAsync(PortalUser.EditorRole, email);
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Bài có nhật ký {Unique()}");

        await client.EditArticleAsync(id, f => f["Title"] = "Tiêu đề mới " + f["Title"]);

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Article) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(email, e.UserName));
        Assert.Contains("Tiêu đề", entries[1].Summary);
    }

    // ---- List ----

    [Fact]
    public async Task List_FiltersByTextStatusAndCategory()
    {
        var client = await factory.SignedInClientAsync();
        var unique = Unique();
        var congress = await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == Category.CongressSlug).Select(c => c.Id).SingleAsync());
        await client.CreateArticleAsync(f => f["Title"] = $"Lọc nháp {unique}");
        await client.CreateArticleAsync(f =>
        {
            // Published would make it the congress report shown at /dai-hoi; another test edits that one.
            f["Title"] = $"Lọc đại hội {unique}";
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = "2099-01-01T08:00";
            f["CategoryId"] = congress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        async Task<string[]> TitlesAsync(string query) =>
            (await client.GetDocumentAsync("/admin/bai-viet?" + query)).QuerySelectorAll("table.article-list tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToArray();

        Assert.Equal(2, (await TitlesAsync($"Q={unique}")).Length);
        Assert.Equal([$"Lọc nháp {unique}"], await TitlesAsync($"Q={unique}&Status=Draft"));
        Assert.Equal([$"Lọc đại hội {unique}"], await TitlesAsync($"Q={unique}&CategoryId={congress}"));
        Assert.Equal([$"Lọc đại hội {unique}"], await TitlesAsync($"Q={Uri.EscapeDataString("loc dai hoi " + unique)}"));
    }

    [Fact]
    public async Task List_IsPaged()
    {
        var client = await factory.SignedInClientAsync();
        var unique = Unique();
        for (var i = 0; i < 21; i++)
        {
            await client.CreateArticleAsync(f => f["Title"] = $"Trang {i} {unique}");
        }

        var first = await client.GetDocumentAsync($"/admin/bai-viet?Q={unique}");
        var second = await client.GetDocumentAsync($"/admin/bai-viet?Q={unique}&Page=2");

        Assert.Equal(20, first.QuerySelectorAll("table.article-list tbody tr").Length);
        Assert.Equal(1, second.QuerySelectorAll("table.article-list tbody tr").Length);
        Assert.Contains("Trang 1 / 2", Text(first));
        Assert.Equal($"/admin/bai-viet?Q={unique}&Page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    // ---- Page contract with admin-editor.js ----

    [Fact]
    public async Task EditPage_LoadsAVersionedEditorScript_ThatBrowsersGet_AndThatUsesEveryHookTheMarkupDeclares()
    {
        var client = await factory.SignedInClientAsync();
        var page = await client.GetDocumentAsync(EditUrl(await client.CreateArticleAsync(f => f["Title"] = $"Kịch bản trang sửa {Unique()}")));
        var src = Assert.Single(page.QuerySelectorAll("script[src]")).GetAttribute("src")!;
        // Fingerprinted by the static assets manifest (served immutable), so a new version is a new URL.
        Assert.Matches(@"^/js/admin-editor\.[a-z0-9]{6,}\.js$", src);

        // As a browser asks for it: compressed if the server likes. An empty or different body here once left pages unscripted.
        using var request = new HttpRequestMessage(HttpMethod.Get, src);
        request.Headers.Add("Accept-Encoding", "gzip, br");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await ReadDecodedAsync(response);
        Assert.Equal(await client.GetStringAsync(src), script);
        var hooks = page.QuerySelectorAll($"{EditorForm}, {EditorForm} *, [data-draft-offer]")
            .SelectMany(e => e.Attributes.Select(a => a.Name))
            .Where(name => name.StartsWith("data-", StringComparison.Ordinal) && !name.StartsWith("data-val", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "data-preview", "data-preview-url", "data-body", "data-draft-key", "data-draft-offer", "data-clear-drafts" }, hooks);
        Assert.All(hooks, hook => Assert.Matches($"[\\[\"']{hook}[\\]\"']", script));
    }

    private static async Task<string> ReadDecodedAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = response.Content.Headers.ContentEncoding.LastOrDefault() switch
        {
            null => body,
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            var other => throw new InvalidOperationException($"unexpected Content-Encoding {other}"),
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task EditPage_GivesTheScriptWhatItNeeds_WithoutInlineScript()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f => f["Title"] = $"Trang sửa {Unique()}");
        var article = await ArticleAsync(id);

        var page = await client.GetDocumentAsync(EditUrl(id));

        var form = page.QuerySelector(EditorForm);
        Assert.NotNull(form);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), form.GetAttribute("data-draft-key"));
        Assert.Equal(article.UpdatedAtUtc, DateTime.Parse(form.GetAttribute("data-updated-at")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind));
        Assert.Equal("/admin/bai-viet/xem-truoc?phan=xem-truoc", form.GetAttribute("data-preview-url"));
        Assert.NotNull(page.QuerySelector("[data-draft-offer][role=status]"));
        var preview = page.QuerySelector("[data-preview]");
        Assert.Equal("polite", preview?.GetAttribute("aria-live"));
        Assert.Equal("Xem trước", page.QuerySelector("#" + preview!.ParentElement!.GetAttribute("aria-labelledby"))?.TextContent);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Matches(@"^/js/admin-editor\.[a-z0-9]{6,}\.js$", s.GetAttribute("src")));
        Assert.All(page.QuerySelectorAll($"{EditorForm} input:not([type=hidden]):not([type=checkbox]), {EditorForm} select, {EditorForm} textarea"),
            input => Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']")));
    }

    [Fact]
    public async Task PageAfterSave_TellsTheScriptToDropTheUnsavedCopy()
    {
        var client = await factory.SignedInClientAsync();
        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Xóa bản nháp trình duyệt {Unique()}";

        var created = await client.PostFormAsync(CreateUrl, fields);
        var afterCreate = await client.GetDocumentAsync(created.LocationPath()!);
        var id = IdFromRedirect(created);
        var edited = await client.EditArticleAsync(id, f => f["Summary"] = "Tóm tắt");
        var afterEdit = await client.GetDocumentAsync(edited.LocationPath()!);
        var reloaded = await client.GetDocumentAsync(EditUrl(id));

        Assert.Equal("new", afterCreate.QuerySelector(EditorForm)?.GetAttribute("data-clear-drafts"));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), afterEdit.QuerySelector(EditorForm)?.GetAttribute("data-clear-drafts"));
        Assert.True(string.IsNullOrEmpty(reloaded.QuerySelector(EditorForm)?.GetAttribute("data-clear-drafts")));
    }

    // The slug's limit is the slug rule's (80), below the column's 200: one over gets the format message with the limit.
    [Fact]
    public async Task SlugOfEightyCharacters_IsSaved_AndEightyOne_IsExplainedBesideTheField()
    {
        var client = await factory.SignedInClientAsync();
        var slug = $"do-dai-duong-dan-{Unique()}-".PadRight(80, 'a');

        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Đường dẫn dài {Unique()}";
        fields["Slug"] = slug + "a";
        var refused = await client.PostFormAsync(CreateUrl, fields);
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Đường dẫn dài {Unique()}";
            f["Slug"] = slug;
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("dài quá 80 ký tự", FieldError(await ParseAsync(refused), "Slug"));
        Assert.Equal(slug, (await ArticleAsync(id)).Slug);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(EditUrl(id))).StatusCode);
    }

    // The limits are written out, not read from FieldLengths: a change to a limit should be seen here on purpose.
    [Theory]
    [InlineData("Title", 200, "Tiêu đề không được dài quá 200 ký tự.")]
    [InlineData("Summary", 1000, "Tóm tắt không được dài quá 1000 ký tự.")]
    [InlineData("CoverImagePath", 400, "Đường dẫn ảnh bìa không được dài quá 400 ký tự.")]
    [InlineData("CoverImageAlt", 300, "Mô tả ảnh bìa không được dài quá 300 ký tự.")]
    [InlineData("BodyMarkdown", 200_000, "Nội dung không được dài quá 200000 ký tự.")]
    public async Task FieldAtItsLimit_IsSavedWhole_AndOneCharacterMore_GetsTheFormBackWithTheLengthMessage(string field, int limit, string message)
    {
        var client = await factory.SignedInClientAsync();
        var unique = Unique();
        var column = await factory.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(Article))!.FindProperty(field)!.GetMaxLength()));
        Assert.True(column is null || column >= limit, $"the {field} column holds {column} characters, the form accepts {limit}");
        void Fill(Dictionary<string, string> fields, string value)
        {
            fields["Title"] = $"Độ dài tối đa {unique}";
            fields["CoverImagePath"] = "/media/cong-den.webp";
            fields["CoverImageAlt"] = "Cổng đền";
            fields[field] = value;
        }

        var tooLong = ValueOfLength(field, limit + 1, unique);
        var fields = await client.NewArticleFieldsAsync();
        Fill(fields, tooLong);
        var refused = await client.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await ParseAsync(refused);
        Assert.Contains(message, FieldError(form, field));
        Assert.Equal(tooLong, EditorFields(form)[field]);
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == fields["Title"])));

        var atLimit = ValueOfLength(field, limit, unique);
        var id = await client.CreateArticleAsync(f => Fill(f, atLimit));

        Assert.Equal(atLimit, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => EF.Property<string>(a, field)).SingleAsync()));
        var editForm = await client.GetDocumentAsync(EditUrl(id));
        Assert.Equal(atLimit, EditorFields(editForm)[field]);
        Assert.Equal(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), editForm.QuerySelector($"[name={field}]")?.GetAttribute("maxlength"));
        AssertRedirect(await client.EditArticleAsync(id, _ => { }), EditUrl(id));
        Assert.Equal(atLimit, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => EF.Property<string>(a, field)).SingleAsync()));
    }

    /// <summary>
    /// A value of exactly <paramref name="length"/> characters that the field otherwise accepts: Vietnamese text (one
    /// character, several UTF-8 bytes) where the field takes text, so a limit counted in bytes would show.
    /// </summary>
    private static string ValueOfLength(string field, int length, string unique) =>
        field switch
        {
            "CoverImagePath" => $"/media/{unique}-".PadRight(length - ".webp".Length, 'a') + ".webp",
            _ => string.Concat(Enumerable.Repeat("Đền Tam Giang ", (length / 14) + 1)).Insert(0, unique + " ")[..(length - 1)] + "ệ",
        };
}
