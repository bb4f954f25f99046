using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/chuyen-muc, /admin/the and /admin/don-vi: categories, tags and the former units.</summary>
public sealed class AdminTaxonomyTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    private Task<(string Slug, int TagId)> ArticleWithTagAsync(string tagSlug) =>
        factory.WithDbAsync(async db =>
        {
            var tag = await db.Tags.Include(t => t.Articles).SingleAsync(t => t.Slug == tagSlug);
            return (tag.Articles.OrderBy(a => a.Id).First().Slug, tag.Id);
        });

    [Theory]
    [InlineData(Category.CongressSlug)]
    [InlineData(Category.NewsSlug)]
    public async Task WellKnownCategory_KeepsItsSlug(string slug)
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<Category>(slug);
        var page = await client.GetDocumentAsync($"/admin/chuyen-muc/{id}/sua");
        Assert.True(page.QuerySelector("[name='Form.Slug']")!.HasAttribute("readonly"));

        var response = await client.SubmitAsync(page, Form, new Dictionary<string, string> { ["Form.Slug"] = slug + "-moi" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không thể đổi đường dẫn", FieldError(await ParseAsync(response), "Form.Slug"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == id && c.Slug == slug)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dai-hoi")).StatusCode);
    }

    [Fact]
    public async Task WellKnownCategory_CanBeRenamed_ButNotArchived()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<Category>(Category.NewsSlug);

        var renamed = await client.SubmitAsync($"/admin/chuyen-muc/{id}/sua", Form, new Dictionary<string, string> { ["Form.Name"] = "Tin hoạt động" });
        var archived = await client.PostFormAsync($"/admin/chuyen-muc/{id}/luu-tru", [], "/admin/chuyen-muc");

        AssertRedirect(renamed, $"/admin/chuyen-muc/{id}/sua");
        Assert.Contains("Tin hoạt động", Text(await client.GetDocumentAsync("/tin-tuc")), StringComparison.Ordinal);
        AssertRedirect(archived, $"/admin/chuyen-muc/{id}/sua");
        Assert.Contains("Không thể lưu trữ", Text(await client.GetDocumentAsync($"/admin/chuyen-muc/{id}/sua")), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Categories.Where(c => c.Id == id).Select(c => c.IsArchived).SingleAsync()));
    }

    [Fact]
    public async Task OtherCategory_SlugCanChange()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<Category>("thong-bao");

        var response = await client.SubmitAsync($"/admin/chuyen-muc/{id}/sua", Form, new Dictionary<string, string> { ["Form.Slug"] = "thong-bao-chinh-thuc" });

        AssertRedirect(response, $"/admin/chuyen-muc/{id}/sua");
        Assert.Equal(id, await factory.IdOfAsync<Category>("thong-bao-chinh-thuc"));
    }

    [Fact]
    public async Task RenamedTag_ShowsUnderItsArticles_ArchivingHidesIt_AndRestoringShowsItAgain()
    {
        var client = await factory.SignedInClientAsync();
        var (article, tagId) = await ArticleWithTagAsync("chuyen-doi-so");

        await client.SubmitAsync($"/admin/the/{tagId}/sua", Form, new Dictionary<string, string> { ["Form.Name"] = "Chuyển đổi số toàn diện" });
        Assert.Contains("Chuyển đổi số toàn diện", (await client.GetDocumentAsync($"/tin-tuc/{article}")).QuerySelector(".tags")!.TextContent, StringComparison.Ordinal);

        await client.SubmitAsync($"/admin/the/{tagId}/sua", $"form[action='/admin/the/{tagId}/luu-tru']");
        Assert.DoesNotContain("Chuyển đổi số toàn diện", Text(await client.GetDocumentAsync($"/tin-tuc/{article}")), StringComparison.Ordinal);

        await client.SubmitAsync($"/admin/the/{tagId}/sua", $"form[action='/admin/the/{tagId}/khoi-phuc']");
        Assert.Contains("Chuyển đổi số toàn diện", Text(await client.GetDocumentAsync($"/tin-tuc/{article}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedTag_GetsASlugFromItsName_AndADuplicateSlugIsRefused()
    {
        var client = await factory.SignedInClientAsync();

        var created = await client.SubmitAsync("/admin/the/tao", Form, new Dictionary<string, string> { ["Form.Name"] = "Môi trường xanh" });
        var duplicate = await client.SubmitAsync("/admin/the/tao", Form, new Dictionary<string, string> { ["Form.Name"] = "Xanh", ["Form.Slug"] = "moi-truong-xanh" });

        var id = IdFromRedirect(created);
        Assert.Equal(id, await factory.IdOfAsync<Tag>("moi-truong-xanh"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("đã được dùng cho một từ khóa khác", FieldError(await ParseAsync(duplicate), "Form.Slug"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name == "Xanh")));
    }

    [Fact]
    public async Task TagWithoutAName_ShowsTheRequiredMessage()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/the/tao", Form, new Dictionary<string, string> { ["Form.Name"] = "   " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Vui lòng nhập từ khóa.", FieldError(await ParseAsync(response), "Form.Name"));
    }

    [Fact]
    public async Task EditedUnitHistory_ShowsRenderedOnTheAboutPage()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<FormerUnit>("song-lo");

        var response = await client.SubmitAsync($"/admin/don-vi/{id}/sua", Form, new Dictionary<string, string>
        {
            ["Form.HistoryMarkdown"] = "Xã ven **sông Lô**.\r\n\r\n- Bến đò cũ\r\n- <b>không in đậm</b>",
        });

        AssertRedirect(response, $"/admin/don-vi/{id}/sua");
        var unit = (await client.GetDocumentAsync("/gioi-thieu")).QuerySelector("#song-lo")!.ParentElement!;
        Assert.Equal("sông Lô", unit.QuerySelector(".prose strong")?.TextContent);
        Assert.Equal(2, unit.QuerySelectorAll(".prose li").Length);
        Assert.Null(unit.QuerySelector(".prose b"));
        Assert.DoesNotContain("\r", await factory.WithDbAsync(db => db.FormerUnits.Where(u => u.Id == id).Select(u => u.HistoryMarkdown).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAnUntouchedUnitForm_ChangesNothing()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<FormerUnit>("tien-cat");
        var before = await factory.WithDbAsync(db => db.FormerUnits.AsNoTracking().SingleAsync(u => u.Id == id));

        var response = await client.SubmitAsync($"/admin/don-vi/{id}/sua", Form);

        AssertRedirect(response, $"/admin/don-vi/{id}/sua");
        var after = await factory.WithDbAsync(db => db.FormerUnits.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(FormerUnit) && a.EntityId == key)));
    }

    [Fact]
    public async Task ArchivingAUnit_HidesItFromTheAboutPage()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<FormerUnit>("tho-son");

        await client.SubmitAsync("/admin/don-vi", $"form[action='/admin/don-vi/{id}/luu-tru']");

        Assert.Null((await client.GetDocumentAsync("/gioi-thieu")).QuerySelector("#tho-son"));
    }

    [Fact]
    public async Task ConflictingTagEdits_AreReportedAs409()
    {
        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<Tag>("du-lich");
        var firstForm = await first.GetDocumentAsync($"/admin/the/{id}/sua");
        var secondForm = await second.GetDocumentAsync($"/admin/the/{id}/sua");

        AssertRedirect(await first.SubmitAsync(firstForm, Form, new Dictionary<string, string> { ["Form.Name"] = "Du lịch văn hóa" }), $"/admin/the/{id}/sua");
        var response = await second.SubmitAsync(secondForm, Form, new Dictionary<string, string> { ["Form.Name"] = "Du lịch cộng đồng" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Du lịch văn hóa", await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("GET", "/admin/chuyen-muc/999999/sua")]
    [InlineData("POST", "/admin/the/999999/sua")]
    [InlineData("GET", "/admin/don-vi/999999/sua")]
    [InlineData("POST", "/admin/don-vi/999999/luu-tru")]
    public async Task UnknownIds_Answer404(string method, string url)
    {
        var client = await factory.SignedInClientAsync();

        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostFormAsync(url, new Dictionary<string, string> { ["Form.Name"] = "x" }, "/admin/the");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
